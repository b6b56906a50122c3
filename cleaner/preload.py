"""Load every built-in table ahead of time, instead of on first use.

The rule tables, stopword lists, language profiles, date patterns and the other tables are
read and compiled the first time a page needs them (a language's phrase rules when its
first page comes, the month names when a first date is read), so a long run pays that cost
once per process, part way through. :func:`preload` pays it up front: before timing a
pipeline, or in a parent process before it forks workers that then share the compiled
tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from . import code_pages, dates, langid, share_bars, titles
from .langid import default_model
from .rules import builtin_languages, kin_languages, no_article_rules, rules_for, thresholds
from .steps import density, language
from .stopwords import stopwords

TABLES: tuple[Callable[[], object], ...] = (
    thresholds,
    kin_languages,
    no_article_rules,
    langid._normalize_table,
    code_pages._tables,
    dates.month_names,
    dates._patterns,
    dates._ascii_digits,
    share_bars._names,
    titles._label_phrase_re,
    titles._byline_words,
    titles._byline_staff,
    titles._byline_joins,
    titles._update_re,
    density._cjk_stops,
    language._required_scripts,
    language._script_languages,
    language._letter_languages,
    language._candidate_stopwords,
    language._word_languages,
)
"""The tables that do not depend on a language, each built once per process on first use."""


def preload(languages: Iterable[str] | None = None) -> list[str]:
    """Compile the phrase rules and read the stopwords of ``languages`` (default: every
    language the detector knows, a phrase file covers or ``kin_languages`` names), and
    build the tables every page may need (:data:`TABLES`: language profiles, no-article
    rules, date patterns, month names, share networks, byline words ...); return the
    languages loaded, sorted."""
    model = default_model()
    if languages is None:
        wanted = set(model.languages) | set(builtin_languages()) | set(kin_languages())
    else:
        wanted = {str(lang) for lang in languages}
    for table in TABLES:
        table()
    for lang in sorted(wanted):
        rules_for(lang)
        stopwords(lang)
    return sorted(wanted)

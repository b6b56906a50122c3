"""Load every built-in table ahead of time, instead of on first use.

The rule tables, stopword lists and language profiles are read and compiled the first time
a page needs them (a language's phrase rules when its first page comes), so a long run pays
that cost once per process, part way through. :func:`preload` pays it up front: before
timing a pipeline, or in a parent process before it forks workers that then share the
compiled tables.
"""

from __future__ import annotations

from collections.abc import Iterable

from .langid import default_model
from .rules import builtin_languages, no_article_rules, rules_for, thresholds
from .stopwords import stopwords


def preload(languages: Iterable[str] | None = None) -> list[str]:
    """Compile the phrase rules and read the stopwords of ``languages`` (default: every
    language the detector knows or a phrase file covers), the language profiles and the
    no-article rules; return the languages loaded, sorted."""
    model = default_model()
    if languages is None:
        wanted = set(model.languages) | set(builtin_languages())
    else:
        wanted = {str(lang) for lang in languages}
    thresholds()
    no_article_rules()
    for lang in sorted(wanted):
        rules_for(lang)
        stopwords(lang)
    return sorted(wanted)

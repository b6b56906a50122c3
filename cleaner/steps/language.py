"""language: detect the article's language from its prose-like lines.

The language chooses which phrase lists and stopwords later steps use. Detection scores
langdetect's profiles in one deterministic pass over a bounded sample (:mod:`cleaner.langid`);
a language always written in a script of its own is taken only for text that has it
(``[language] required_scripts`` in ``rules/thresholds.toml``), and a language the profiles
lack but whose script is its own alone (Georgian, Armenian, Khmer ...) is read off the
script (``[language] script_languages``), one with letters of its own in a shared script
(Serbian, Kazakh, Icelandic ...) off those letters (``letter_languages``), one whose
stopword list tells it (Basque, Irish, Latin ...) off its stopwords (``stopword_languages``),
and one a neighbour's profile reads (Malay as Indonesian, Galician as Spanish) off words of
its own that the neighbour spells otherwise (``word_languages``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any, ClassVar

import regex

from ..document import Document
from ..langid import default_model
from ..pipeline import Step
from ..rules import rules_for, thresholds
from ..stopwords import has_stopwords, stopwords
from ..text import is_paragraph, word_count

UNDETERMINED = "und"


@lru_cache(maxsize=1024)
def detect_language(text: str, *, min_letters: int = 20) -> str:
    """ISO 639-1 code of ``text``'s language, or ``"und"`` when there is too little text.

    Scores langdetect's profiles in one deterministic pass (:mod:`cleaner.langid`).
    Cached: re-cleaning a body usually samples the same prose lines again.
    """
    head = text[:2000]
    letters = _letters(head)
    if letters < min_letters:
        return UNDETERMINED
    own = _script_language(head, letters) or _letter_language(head, letters)
    if own is not None:
        return own
    code = default_model().detect(text, allowed=lambda code: _script_allows(code, text))
    if not code:
        return UNDETERMINED
    return _word_language(head, _stopword_language(head, code.split("-")[0]))


@cache
def _required_scripts() -> dict[str, regex.Pattern[str]]:
    """``[language] required_scripts`` of the thresholds, compiled."""
    table = thresholds()["language"]["required_scripts"]
    return {code: regex.compile(f"[{chars}]") for code, chars in table.items()}


@cache
def _script_languages() -> tuple[regex.Pattern[str], dict[str, regex.Pattern[str]]]:
    """``[language] script_languages`` of the thresholds, compiled: a pattern of all their
    scripts together (one search rules most texts out), and one per language."""
    table = thresholds()["language"]["script_languages"]
    each = {code: regex.compile(f"[{chars}]") for code, chars in table.items()}
    joined = "".join(table.values())
    return regex.compile(f"[{joined}]" if joined else "(?!)"), each


def _script_language(text: str, letters: int) -> str | None:
    """The language of ``script_languages`` in whose script most of the ``letters`` of
    ``text`` are written, if any."""
    if text.isascii():
        return None
    any_script, each = _script_languages()
    if any_script.search(text) is None:
        return None
    for code, script in each.items():
        if 2 * len(script.findall(text)) > letters:
            return code
    return None


@cache
def _letter_languages() -> tuple[regex.Pattern[str], list[tuple[str, regex.Pattern[str]]]]:
    """``[language] letter_languages`` of the thresholds, compiled: a pattern of all their
    letters (one search rules most texts out), and one per language, in order."""
    table = thresholds()["language"]["letter_languages"]
    each = [(code, regex.compile(letters, regex.IGNORECASE)) for code, letters in table]
    joined = "|".join(f"(?:{letters})" for _, letters in table)
    return regex.compile(joined or "(?!)", regex.IGNORECASE), each


def _letter_language(text: str, letters: int) -> str | None:
    """The first language of ``letter_languages`` whose own letters ``text`` holds often
    enough (see the thresholds)."""
    if text.isascii():
        return None
    any_letter, each = _letter_languages()
    if any_letter.search(text) is None:
        return None
    cfg = thresholds()["language"]
    needed = max(int(cfg["letter_min_count"]), letters // int(cfg["letter_per_letters"]))
    for code, own in each:
        if len(own.findall(text)) >= needed:
            return code
    return None


_WORD_RE = regex.compile(r"\p{L}+")
_LATIN_WORD_RE = regex.compile(r"\p{Latin}")


def _stopword_language(text: str, detected: str) -> str:
    """``detected``, or a language of ``stopword_languages`` whose stopwords cover the
    words of ``text`` far more densely than the detected language's do. Only a text in
    Latin letters (the script of those languages) is compared, and only against a
    detected language that has a list of its own (Welsh and Albanian have none)."""
    cfg = thresholds()["language"]
    if not has_stopwords(detected):
        return detected
    words = [w.casefold() for w in _WORD_RE.findall(text)]
    if not words or (
        not text.isascii() and 2 * sum(map(bool, map(_LATIN_WORD_RE.match, words))) < len(words)
    ):
        return detected
    floor = float(cfg["stopword_min_density"])
    best, best_density = (
        detected,
        _density(words, stopwords(detected)) * float(cfg["stopword_margin"]),
    )
    # No one list covers more than all of them together: one pass rules most texts out.
    if _density(words, _candidate_stopwords()) < max(best_density, floor):
        return detected
    for code in cfg["stopword_languages"]:
        density = _density(words, stopwords(code))
        if density > best_density and density >= floor:
            best, best_density = code, density
    return best


@cache
def _word_languages() -> tuple[tuple[str, frozenset[str], frozenset[str], frozenset[str]], ...]:
    """``[[language.word_languages]]`` of the thresholds: (language, the languages it is
    read as, its own words, the other spellings of those languages), casefolded."""
    return tuple(
        (
            str(entry["code"]),
            frozenset(entry["over"]),
            frozenset(w.casefold() for w in entry["own"]),
            frozenset(w.casefold() for w in entry["other"]),
        )
        for entry in thresholds()["language"].get("word_languages", [])
    )


def _word_language(text: str, detected: str) -> str:
    """``detected``, or the language of ``word_languages`` read as ``detected`` whose own
    words ``text`` holds often enough, and far more often than its neighbours' spellings of
    them (Malay "bahawa", "kerana" where Indonesian writes "bahwa", "karena")."""
    tables = [t for t in _word_languages() if detected in t[1]]
    if not tables:
        return detected
    cfg = thresholds()["language"]
    words = [w.casefold() for w in _WORD_RE.findall(text)]
    for code, _, own, other in tables:
        mine = sum(map(own.__contains__, words))
        if mine >= int(cfg["word_min_count"]) and mine > float(cfg["word_margin"]) * sum(
            map(other.__contains__, words)
        ):
            return code
    return detected


@cache
def _candidate_stopwords() -> frozenset[str]:
    """The stopwords of every language of ``stopword_languages`` together."""
    codes = thresholds()["language"]["stopword_languages"]
    return frozenset().union(*(stopwords(code) for code in codes))


def _density(words: list[str], listed: frozenset[str]) -> float:
    """The share of ``words`` that are in ``listed``."""
    return sum(map(listed.__contains__, words)) / len(words)


def _script_allows(code: str, text: str) -> bool:
    """False when ``code``'s language is always written in a script ``text`` lacks."""
    required = _required_scripts().get(code.split("-")[0])
    return required is None or required.search(text) is not None


def _english_debris(text: str) -> bool:
    """True for a line the English phrase rules drop (a cookie notice, a newsletter
    prompt, a copyright line): those rules apply on every page, so such a line is debris
    whatever the article's language, and must not vote for English."""
    return rules_for("en").first("drop_line", text, word_count(text)) is not None


def language_sample(texts: list[str], max_chars: int) -> str:
    """Prose-like lines, in order, up to ``max_chars``; all lines if none look like prose.

    When the sample mixes Latin-only lines with lines in another script (English site
    chrome around an article in Korean made the page read as English), or holds a line
    the English phrase rules drop (an English disclaimer under a one-paragraph German
    brief), it is taken again without such lines, and a sample that still mixes scripts
    is read from its other script's lines when they hold enough of its letters
    (:func:`_other_script_lines`); otherwise only the sample's own few lines are looked
    up. Lines are judged only until the sample is full.
    """
    sample = _sample(texts, max_chars, keep=None)
    if _mixes_scripts(sample) or any(map(_english_debris, sample.split("\n"))):
        sample = _sample(texts, max_chars, keep=lambda t: not _english_debris(t))
        if _mixes_scripts(sample):
            sample = _other_script_lines(sample)
    return sample


def _other_script_lines(sample: str) -> str:
    """The lines of ``sample`` with letters beyond the Latin alphabets, when they hold at
    least ``[language] non_latin_share`` of its letters (an article in Korean under English
    chrome); else ``sample`` as it is."""
    lines = sample.split("\n")
    other = [line for line in lines if _NON_LATIN_RE.search(line)]
    share = float(thresholds()["language"]["non_latin_share"])
    if sum(map(_letters, other)) >= share * sum(map(_letters, lines)):
        return "\n".join(other)
    return sample


def _letters(text: str) -> int:
    """The letters of ``text`` (any script)."""
    return sum(map(str.isalpha, text))


def _mixes_scripts(sample: str) -> bool:
    """True when some line of ``sample`` has only Latin letters and another holds letters
    beyond the Latin alphabets. (Not "is ASCII": a syndicator's English disclaimer has
    curly quotes, and it outweighed a short Chinese article.)"""
    if _NON_LATIN_RE.search(sample) is None:
        return False
    return any(_NON_LATIN_RE.search(line) is None for line in sample.split("\n"))


_NON_LATIN_RE = regex.compile(r"[^\p{Latin}\P{L}]")


def _sample(texts: list[str], max_chars: int, keep: Callable[[str], bool] | None) -> str:
    for chosen in (
        (t for t in texts if is_paragraph(t, 8) and (keep is None or keep(t))),
        (t for t in texts if word_count(t) >= 3 and (keep is None or keep(t))),
        iter(texts),
    ):
        out: list[str] = []
        size = 0
        for t in chosen:
            out.append(t)
            size += len(t) + 1
            if size >= max_chars:
                break
        if out:
            return "\n".join(out)[:max_chars]
    return ""


class LanguageStep(Step):
    """Sets ``meta["language"]`` from a bounded sample of prose-like lines.

    Options: ``max_chars`` bounds the sample (the cost grows with it; on the 1,458
    benchmark texts, 700 characters pick the language the whole prose gives on every one);
    ``language`` forces a language and skips detection.
    """

    name = "language"
    defaults: ClassVar[dict[str, Any]] = {"max_chars": 700, "language": None}

    def apply(self, doc: Document) -> None:
        """Set ``meta['language']`` (forced, or detected from a prose sample)."""
        forced = self.options["language"]
        if forced:
            doc.meta["language"] = forced
            return
        sample = language_sample([b.text for b in doc.kept], self.options["max_chars"])
        doc.meta["language"] = detect_language(sample)

"""Stopword lists per language, from the stopwordsiso package (58 languages).

Stopword density (the share of a line's words that are function words) tells prose from
menus, teasers and tag clouds in any language that has a list; see :mod:`cleaner.steps.density`.
A user can add or override a list with a plain text file (one word a line) in
``cleaner/rules/stopwords/<lang>.txt``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import stopwordsiso


@cache
def stopwords(language: str) -> frozenset[str]:
    """The stopwords of ``language`` (lower case); English when the language has no list."""
    words: set[str] = set()
    if language and stopwordsiso.has_lang(language):
        words |= set(stopwordsiso.stopwords(language))
    extra = resources.files("cleaner.rules").joinpath("stopwords", f"{language}.txt")
    if extra.is_file():
        for line in extra.read_text(encoding="utf-8").splitlines():
            line = line.strip().lower()
            if line and not line.startswith("#"):
                words.add(line)
    if not words:
        return stopwords("en") if language != "en" else frozenset()
    return frozenset(w.lower() for w in words)


@cache
def has_stopwords(language: str) -> bool:
    """True when ``language`` has its own stopword list."""
    return bool(language) and (
        stopwordsiso.has_lang(language)
        or resources.files("cleaner.rules").joinpath("stopwords", f"{language}.txt").is_file()
    )

"""Share bars in any language: a short line that names two networks or more in the shape
of a share bar.

Phrase files list share verbs language by language; a share bar repeats the same verb
before or after each network ("Partager sur Facebook Partager sur X", "페이스북 공유 트위터
공유"), parts its buttons with bars ("Teilen auf Facebook | Auf X teilen"), or is a row of
names under one verb ("Поделиться ВКонтакте Telegram Одноклассники"). Those shapes, with
the network names of ``rules/share_networks.toml``, tell one in a language no file
covers.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import regex

from .text import LINE_CACHE_SIZE, alternation, ends_sentence, word_automaton, word_count

SHARE_BAR_MAX_WORDS = 16
"""Words of the longest line read as a share bar."""
SEGMENT_MAX_WORDS = 4
"""Words of one button of a bar parted by "|", "•" or "·" ("Auf X teilen")."""
WORDS_PER_NETWORK = 4
"""Other words a share bar holds per network it names (verbs, prepositions, "Copy link")."""
REPEATED_WORD_MIN_LETTERS = 4
"""Letters of a word a bar repeats ("Partager"); a script without spaces between words
("分享到", "공유") needs two, and a shorter word ("Del på Facebook Del på X") must come
as often as the networks, or with another word repeated beside it (a repeated phrase:
Gujarati "ફેસબુક પર શેર કરો ટ્વિટર પર શેર કરો", where "on" and "share" are short)."""
INFLECTION_MAX_LETTERS = 4
"""Letters of an ending a network's name may carry ("Facebookissa", "Facebooku")."""
ROW_MIN_NETWORKS = 3
"""Networks of a row of names under one verb ("Поделиться ВКонтакте Telegram Одноклассники")."""

_SEGMENT_SPLIT_RE = regex.compile(r"\s*[|•·]\s*")
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
_SPACELESS_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_CASED = r"\p{Latin}\p{Cyrillic}\p{Greek}"


@cache
def _names() -> tuple[frozenset[str], regex.Pattern[str], Any]:
    """The ambiguous names, one pattern finding every name (longest first), and an
    automaton of the other names: most lines hold none, and one pass over the line says so."""
    text = resources.files("cleaner.rules").joinpath("share_networks.toml").read_text("utf-8")
    table = tomllib.loads(text)
    ambiguous = frozenset(n.casefold() for n in table["ambiguous"])
    automaton = word_automaton((name.casefold(), name) for name in table["networks"])
    names = alternation({n.casefold() for n in (*table["networks"], *ambiguous)})
    # A name in a cased script stands as a word of its own, up to a short inflection.
    pattern = regex.compile(
        rf"(?<![{_CASED}\d])(?P<name>{names})(?:[\p{{Ll}}]{{1,{INFLECTION_MAX_LETTERS}}})?(?![{_CASED}\d])",
        regex.IGNORECASE,
    )
    return ambiguous, pattern, automaton


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_share_bar(text: str) -> bool:
    """True for a short line, no sentence, that names two networks or more (one of them
    not an ambiguous name such as "X") as a share bar does: buttons parted by bars, each
    naming a network; a word repeated at the networks ("Compartir en Facebook Compartir en
    X", see ``REPEATED_WORD_MIN_LETTERS``); or a row of at least ``ROW_MIN_NETWORKS`` names
    under at most one other word."""
    ambiguous, pattern, automaton = _names()
    if next(automaton.iter(text.casefold()), None) is None:
        return False
    if word_count(text) > SHARE_BAR_MAX_WORDS or ends_sentence(text):
        return False
    found = [m.group("name").casefold() for m in pattern.finditer(text)]
    if len(found) < 2 or all(name in ambiguous for name in found):
        return False
    segments = [s for s in _SEGMENT_SPLIT_RE.split(text) if s]
    if len(segments) >= 2 and all(
        word_count(s) <= SEGMENT_MAX_WORDS and pattern.search(s) for s in segments
    ):
        return True
    others = [w.casefold() for w in _WORD_RE.findall(pattern.sub(" ", text))]
    if len(others) > WORDS_PER_NETWORK * len(found):
        return False
    if len(found) >= ROW_MIN_NETWORKS and len(others) <= 1:
        return True
    counts = Counter(others)
    if sum(count >= 2 and len(word) >= 2 for word, count in counts.items()) >= 2:
        return True
    for word, count in counts.items():
        if count < 2 or len(word) < 2:
            continue
        if (
            len(word) >= REPEATED_WORD_MIN_LETTERS
            or _SPACELESS_RE.match(word) is not None
            or count >= len(found)
        ):
            return True
    return False

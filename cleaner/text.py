"""Small text measures shared by the steps: words, paragraphs, headline shapes.

They are pure functions of one line, so a step's decision about a line does not depend on
what other steps did, which keeps cleaning stable when re-run on its own output.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import ahocorasick
import regex

LINE_CACHE_SIZE = 8192
"""Lines whose measures (word counts, features, folds, dates) each cache keeps: enough for a
page's second cleaning round and a site's recurring lines, small enough for flat memory."""
WORD_RE = regex.compile(r"\w+")
_CJK_CLASS = r"\p{Han}\p{Hiragana}\p{Katakana}"
_SPACELESS_CLASS = r"\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
CJK_RE = regex.compile(f"[{_CJK_CLASS}]")
# Other scripts written without spaces between words; their words are longer.
SPACELESS_RE = regex.compile(f"[{_SPACELESS_CLASS}]")
SPACELESS_LETTERS_PER_WORD = 4
# Either kind: one search spares the two counts on other non-ASCII lines.
_UNSPACED_RE = regex.compile(f"[{_CJK_CLASS}{_SPACELESS_CLASS}]")
# Full stops, question and exclamation marks of the scripts we meet (Latin, CJK, Arabic,
# Devanagari, Urdu, Armenian, Ethiopic).
_SENTENCE_MARKS = ".!?。！？…؟।॥۔։።។။།"
# Closing quotes and brackets that may follow a sentence's end, CJK corner quotes and
# full-width brackets among them (「……。」).
_CLOSERS = "'\"”’»›)]」』）》〉】"
_CLAUSE_MARKS = _SENTENCE_MARKS + ":;»\"”’')：；」』）》"
TERMINAL_RE = regex.compile(rf"[{regex.escape(_CLAUSE_MARKS)}]\s*$")
SENTENCE_END_RE = regex.compile(rf"[{_SENTENCE_MARKS}][{regex.escape(_CLOSERS)}]*\s*$")
# What the regex module's \s matches: Python's whitespace but for the four separators
# U+001C..U+001F (no whitespace lies above U+3000). The line-end tests below strip it
# instead of searching with the patterns above, which try every position of the line.
_REGEX_SPACE = "".join(
    ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch not in "\x1c\x1d\x1e\x1f"
)
_NUMBER_MARK = r"\d{1,3}[.)]"
HTML_BLOCK_TAGS = "p|div|li|h[1-6]|blockquote|td|tr|section|article|figure|figcaption|ul|ol|table"
"""The HTML block elements whose tags end a paragraph in scraped text (a regular-expression
alternation): a line closed by one was not broken by a hard wrap, and one closing where
another opens on the same line is a line break the scraper flattened away."""

_BULLETS = "-*•·+▪►‣◦"  # "-" first: a literal in a character class
LIST_ITEM_RE = regex.compile(rf"^\s*(?:[{_BULLETS}o]|{_NUMBER_MARK})\s")
"""A list item's marker: a bullet ("o" too, as text renderers draw nested lists) or "1."."""
MARKED_ITEM_RE = regex.compile(rf"^\s*(?:[{_BULLETS}]|{_NUMBER_MARK})\s")
"""A list item's marker but the letter "o", which may also be a word opening a line of
wrapped prose (Czech, Portuguese "o")."""
NUMBERED_ITEM_RE = regex.compile(rf"^\s*{_NUMBER_MARK}\s")
"""An item of a numbered list ("1. Finland", "2) Norway")."""
SPACE_RE = regex.compile(r"[^\S\n]+")
# Letters with their combining marks: the vowel signs of Indic scripts are marks, not letters
# (str.isalpha is False for them), yet a headline in Hindi or Tamil is made of them too.
_LETTER_RE = regex.compile(r"[\p{L}\p{M}]")
FOLD_RE = regex.compile(r"[\W_]+")

# On ASCII text (most lines) ``\w`` is [A-Za-z0-9_]: one bytes.translate that blanks every
# other byte, then split(), gives the same words as the regex at a fifth of the cost.
ASCII_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
"""What ``\\w`` matches in ASCII."""
ASCII_NON_WORD = "".join(ch for ch in map(chr, range(128)) if ch not in ASCII_WORD_CHARS)
"""The other ASCII characters: what ``\\W`` matches in ASCII."""
_ASCII_WORD_BYTES = frozenset(ASCII_WORD_CHARS.encode("ascii"))
_WORD_BYTES = bytes(b if b in _ASCII_WORD_BYTES else 0x20 for b in range(256))
_LOWER_WORD_BYTES = _WORD_BYTES.lower()
_FOLD_BYTES = bytes(b if b != ord("_") else 0x20 for b in _LOWER_WORD_BYTES)


def alternation(phrases: Iterable[str]) -> str:
    """``phrases`` as one regular-expression alternation, each escaped, longest first (so
    "last updated" is tried before "updated", "März" before "mär")."""
    return "|".join(sorted(map(regex.escape, phrases), key=len, reverse=True))


def word_automaton(pairs: Iterable[tuple[str, object]]) -> Any:
    """An Aho-Corasick automaton of (word, value) pairs, ready to search: one pass over a
    text finds every word in it (``automaton.iter(text)`` yields (end, value)). None when
    there are no pairs."""
    automaton = ahocorasick.Automaton()
    for word, value in pairs:
        automaton.add_word(word, value)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def ascii_words(text: str) -> list[bytes]:
    """The lower-cased words of an ASCII ``text``, as bytes: the tokens of :func:`words`."""
    return text.encode("ascii").translate(_LOWER_WORD_BYTES).split()


def words(text: str) -> list[str]:
    """The word tokens of ``text`` (Unicode ``\\w+`` runs), lower-cased."""
    if text.isascii():
        return [w.decode("ascii") for w in ascii_words(text)]
    return WORD_RE.findall(text.lower())


DOUBLED_MIN_CHARS = 3
"""The shortest string that counts as printed twice in :func:`undoubled`."""


def undoubled(text: str) -> str:
    """``text`` once, where the line is one string printed twice, touching or a space apart
    ("Sponsored Links Sponsored Links", "by Taboolaby Taboola": a label's visible text and
    its copy for screen readers); the line itself otherwise.

    >>> undoubled("Sponsored Links Sponsored Links")
    'Sponsored Links'
    >>> undoubled("Go, go, go")
    'Go, go, go'
    """
    n = len(text)
    if n < 2 * DOUBLED_MIN_CHARS:
        return text
    half = n // 2
    if n % 2 == 0:
        if text[0] == text[half] and text[:half] == text[half:]:
            return text[:half]
    elif text[half] == " " and text[0] == text[half + 1] and text[:half] == text[half + 1 :]:
        return text[:half]
    return text


GLUED_LABEL_MIN_CHARS = 6
"""The shortest label that counts as printed twice at a line's start in :func:`opens_doubled`."""
GLUED_LABEL_MAX_CHARS = 60
"""The longest such label."""
GLUED_LABEL_MIN_LETTERS = 4
"""Distinct characters such a label holds, at least."""


def opens_doubled(text: str) -> bool:
    """True for a line that opens with a label printed twice with nothing between, most
    often with more after it ("Customer StoriesCustomer StoriesDiscover how ...",
    "FollowFollowing", "Sponsored LinksSponsored Links"): a menu entry's or button's visible
    text, its copy for screen readers and its description, as a scraper joins them. Prose
    never glues a phrase to itself; a spaced repeat ("Bills Bills Bills") may be a
    headline's.

    >>> opens_doubled("About usAbout usRead more about our mission")
    True
    >>> opens_doubled("Sponsored LinksSponsored Links")
    True
    >>> opens_doubled("Bills Bills Bills... and a Gareth")
    False
    >>> opens_doubled("hahahahahaha, said the crowd")
    False
    """
    first = text[:1]
    if not first.isalpha():
        return False
    limit = min(GLUED_LABEL_MAX_CHARS, len(text) // 2) + 1
    at = text.find(first, GLUED_LABEL_MIN_CHARS, limit)
    while at > 0:
        label = text[:at]
        if not text[at - 1].isspace() and text.startswith(label, at):
            # A run of one letter or syllable ("aaaaaaaa", "hahahaha") is no label.
            return len(set(label)) >= GLUED_LABEL_MIN_LETTERS
        at = text.find(first, at + 1, limit)
    return False


@lru_cache(maxsize=LINE_CACHE_SIZE)
def word_count(text: str) -> int:
    """Words in ``text``; in scripts written without spaces between words, two Chinese or
    Japanese characters, or four Thai, Lao, Khmer or Burmese letters, count as a word.

    Cached: several steps ask about the same line (a string's hash is computed once).
    """
    if text.isascii():
        return len(ascii_words(text))
    n = len(WORD_RE.findall(text))
    if n and _UNSPACED_RE.search(text):
        n += len(CJK_RE.findall(text)) // 2
        n += len(SPACELESS_RE.findall(text)) // SPACELESS_LETTERS_PER_WORD
    return n


def ends_sentence(text: str) -> bool:
    """True when the line ends like a sentence (full stop, question or exclamation mark,
    closing quotes or brackets allowed after it): what :data:`SENTENCE_END_RE` finds."""
    last = text.rstrip(_REGEX_SPACE).rstrip(_CLOSERS)[-1:]
    return bool(last) and last in _SENTENCE_MARKS


def ends_clause(text: str) -> bool:
    """True when the line ends a sentence or a clause (also ":", ";" or a closing quote):
    what :data:`TERMINAL_RE` finds."""
    last = text.rstrip(_REGEX_SPACE)[-1:]
    return bool(last) and last in _CLAUSE_MARKS


@lru_cache(maxsize=LINE_CACHE_SIZE)
def fold(text: str) -> str:
    """A comparison key: lower-cased words only, so punctuation and spacing do not matter."""
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_FOLD_BYTES).split()).decode("ascii")
    return FOLD_RE.sub(" ", text.lower()).strip()


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_paragraph(text: str, min_words: float = 12) -> bool:
    """A line that reads like article prose: long enough and ending like a sentence.

    A very long line (three times ``min_words``) counts even without final punctuation,
    unless it is a list joined by bars ("Story one | Story two | Story three") with no
    cell that is long itself: a menu or a row of teasers. Cached: every step asks it of
    the lines it walks.
    """
    n = word_count(text)
    if n >= 3 * min_words:
        return text.count("|") < 2 or max(map(word_count, text.split("|"))) >= 3 * min_words
    return n >= min_words and ends_sentence(text)


def is_headline(text: str, *, min_words: int = 3, max_words: int = 30) -> bool:
    """A line shaped like a headline: a few words, no sentence-final full stop or colon, no
    closing dash (a dateline: "MADRID, 22 Jul. (EUROPA PRESS) -", "WASHINGTON —")."""
    n = word_count(text)
    if not min_words <= n <= max_words:
        return False
    stripped = text.rstrip()
    if stripped.endswith((".", ":", ";", ",", "-", "–", "—")) and not stripped.endswith(".."):
        return False
    letters = sum(ch.isalpha() for ch in text) if text.isascii() else len(_LETTER_RE.findall(text))
    return letters >= 0.6 * len(text.replace(" ", ""))


_SAME_WRITING = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "FULLWIDTH": "CJK", "HALFWIDTH": "CJK"}


@lru_cache(maxsize=65536)
def script_of(ch: str) -> str:
    """The script of a letter, from its Unicode name ("LATIN", "ARABIC", "CJK", ...).

    Japanese kana count as CJK: one Japanese sentence mixes them with kanji.
    """
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0] if name else ""
    return _SAME_WRITING.get(first, first)

"""Mojibake through a legacy code page that ftfy's detector passes over.

UTF-8 read as Windows-1251 turns "für" into "fГјr" and "adopté" into "adoptГ©"; read as
Latin-2, "für" becomes "fĂźr"; read as the DOS code page, "f├╝r". ftfy can decode all of
these, but its detector looks for the mojibake of each code page's own script (Cyrillic
text read as Windows-1251), so a German or French page read through a Cyrillic or Central
European code page passes as good text and stays garbled.

A UTF-8 character of two bytes or more, read through a code page, becomes a *lead*
character (the code page's reading of bytes C2-F4) followed by *continuation* characters
(its reading of bytes 80-BF). A line holding such pairs is encoded back with the code page
and decoded as UTF-8, strictly: real text in that code page (Russian in Windows-1251,
Czech in Latin-2) almost never forms valid UTF-8 once a line holds a few letters beyond
ASCII, so the round trip itself is the test. A page is re-read only when its re-read lines
hold several pairs and most of its suspect lines re-read (``[normalize]`` in
``rules/thresholds.toml``): one pair alone, in one short line, may be real text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-*" codecs)
import regex

from .langid import default_model
from .rules import thresholds
from .text import script_of

_C1_CONTROLS_RE = re.compile("[\x80-\x9f]")


@cache
def _tables() -> tuple[tuple[str, frozenset[str], frozenset[str], re.Pattern[str]], ...]:
    """(code page, lead characters, continuation characters, pattern of a pair) for each
    code page of ``[normalize] code_pages``."""
    out = []
    for code_page in thresholds()["normalize"]["code_pages"]:
        leads = frozenset(_read(code_page, range(0xC2, 0xF5)))
        follows = frozenset(_read(code_page, range(0x80, 0xC0)))
        pair = re.compile(f"[{_class(leads)}][{_class(follows)}]")
        out.append((code_page, leads, follows, pair))
    return tuple(out)


def _read(code_page: str, codes: range) -> list[str]:
    """The characters ``code_page`` reads bytes ``codes`` as, where it defines one."""
    chars = []
    for code in codes:
        try:
            chars.append(bytes([code]).decode(code_page))
        except UnicodeDecodeError:
            continue
    return chars


def _class(chars: frozenset[str]) -> str:
    """A character-class body holding exactly ``chars``."""
    return "".join(re.escape(ch) for ch in sorted(chars))


def undo_code_page_mojibake(text: str, rare: set[str]) -> str:
    """``text`` with lines that are UTF-8 read through a legacy code page read again as
    UTF-8, where the page as a whole shows it (see the module's docstring). ``rare`` holds
    the text's characters beyond printable ASCII: a page lacking a code page's lead or
    continuation characters is passed over without a scan.

    A reading must make its lines read better than they did: fewer oddities inside words
    (:func:`_oddities`: a capital after a small letter, a letter of another script than
    its neighbour, as "soĘťzlari" for "soʻzlari"), or as many and more typical of some
    language, as the language profiles see them. A French page's "l’équipe" re-reads
    strictly through MacRoman as "lՎquipe": an Armenian capital inside a Latin word, and
    less French. Code pages that share characters can each re-read the same page ("fĂźr" is
    "für" read as Latin-2 and "fßr" read as Windows-1250): the best reading is taken."""
    readings = [
        lines
        for code_page, leads, follows, pair in _tables()
        if not (leads.isdisjoint(rare) or follows.isdisjoint(rare))
        and (lines := _reread_page(text, code_page, pair)) is not None
    ]
    if not readings:
        return text
    out = text.split("\n")
    scored = [(_badness(lines), lines) for lines in readings]
    badness, best = min(scored, key=lambda pair: pair[0])
    if not _reads_better(badness, len(best), _badness({i: out[i] for i in best})):
        return text
    for i, line in best.items():
        out[i] = line
    return "\n".join(out)


def _badness(lines: dict[int, str]) -> tuple[int, int, float]:
    """How badly ``lines`` read: their combining marks with no letter to carry them first
    (a reading that turns letters into such marks lost them: "ÃßaÃß" is no mojibake of
    "̧a̧"), then their oddities, then how untypical they are."""
    joined = " ".join(lines.values())
    return len(_ORPHAN_MARK_RE.findall(joined)), _oddities(joined), -_typicality(lines)


_ORPHAN_MARK_RE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{M}")
"""A combining mark with no letter or figure before it to combine with."""


ODDITIES_PER_LINE = 0.1
"""Oddities a reading may add per line it re-reads when it reads as more typical: a real
word may have them (a name in two scripts), the mojibake's symbols none."""


def _reads_better(
    reading: tuple[int, int, float], lines: int, original: tuple[int, int, float]
) -> bool:
    """True when a reading of ``lines`` lines (its :func:`_badness`) leaves no more
    combining marks without a letter than the original lines, and has fewer oddities than
    them, or hardly more and is more typical of some language."""
    orphans, odd, untypical = reading
    was_orphans, was_odd, was_untypical = original
    if orphans > was_orphans:
        return False
    if odd < was_odd:
        return True
    return odd <= was_odd + ODDITIES_PER_LINE * lines and untypical < was_untypical


_WORD_RE = regex.compile(r"\p{L}{2,}")


def _oddities(text: str) -> int:
    """Places inside the words of ``text`` (those with letters beyond ASCII) where a
    capital follows a small letter or a letter's script is not its neighbour's: the marks
    mojibake leaves in a word ("soĘťzlari", "lՎquipe"), which text rarely has."""
    found = 0
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        for before, after in itertools.pairwise(word):
            if before.islower() and after.isupper():
                found += 1
                continue
            scripts = _script(before), _script(after)
            if None not in scripts and scripts[0] != scripts[1]:
                found += 1
    return found


def _script(char: str) -> str | None:
    """The script of a letter (:func:`cleaner.text.script_of`: Japanese kana and kanji are
    one writing); None for a modifier letter, which words of any script hold (Uzbek "oʻ",
    Hawaiian "ʻokina")."""
    if unicodedata.category(char) == "Lm":
        return None
    return script_of(char)


def _reread_page(text: str, code_page: str, pair: re.Pattern[str]) -> dict[int, str] | None:
    """The lines of ``text`` (by index) re-read through ``code_page``, or None when the page
    does not show that mojibake (too few pairs, or too few of its suspect lines re-read)."""
    if pair.search(text) is None:  # one scan of the page, and most pages hold no pair
        return None
    cfg = thresholds()["normalize"]
    lines = text.split("\n")
    suspects = [i for i, line in enumerate(lines) if pair.search(line)]
    fixed: dict[int, str] = {}
    for i in suspects:
        read = _reread(lines[i], code_page)
        if read is not None:
            fixed[i] = read
    pairs = sum(len(pair.findall(lines[i])) for i in fixed)
    if pairs < int(cfg["min_pairs"]) or len(fixed) < float(cfg["min_line_share"]) * len(suspects):
        return None
    return fixed


TYPICALITY_SAMPLE = 2000
"""Characters of the re-read lines that readings are compared on."""


def _typicality(lines: dict[int, str]) -> float:
    """How typical of its likeliest language the language profiles find ``lines``."""
    sample = " ".join(lines[i] for i in sorted(lines))[:TYPICALITY_SAMPLE]
    return float(default_model().scores(sample).max())


def _reread(line: str, code_page: str) -> str | None:
    """``line`` encoded with ``code_page`` and decoded as UTF-8, or None when either fails
    or the result holds C1 control characters (no text has them)."""
    try:
        read = line.encode(code_page).decode("utf-8")
    except UnicodeError:
        return None
    if _C1_CONTROLS_RE.search(read):
        return None
    return read

"""Required substrings of a pattern: a cheap test that a pattern cannot match a line.

Most lines of a page match no rule, yet each line would cost one regular-expression search
per rule kind. Almost every rule pattern holds plain words: ``\\bsubscribe to (?:our|the)``
cannot match a line that contains neither "subscribe to our" nor "subscribe to the". This
module reads a pattern with Python's own parser and finds a set of strings (case-folded),
one of which is in every match; a line holding none of them is skipped without running the
pattern. Patterns the parser cannot read, or with no usable literal, give None and are
always run.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as C
    import sre_parse

MIN_FACTOR = 3
"""Shortest useful required string: shorter ones are in almost every line."""
MAX_FACTORS = 128
"""A pattern needing one of more strings than this is not worth testing this way."""

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)

Factors = frozenset[str]


def _selectivity(factor: str) -> int:
    """How rare a required string is, as a length: a string with a non-ASCII character
    ("©", "中文") counts two characters longer, since such characters are rarer than letters
    of the ASCII range on most lines we see."""
    return len(factor) + (0 if factor.isascii() else 2)


def _score(factors: set[str] | None) -> tuple[int, int]:
    if not factors:
        return (-1, 0)
    return (min(map(_selectivity, factors)), -len(factors))


def _leads(items: Any) -> set[str]:
    """Strings one of which every match of the sequence ``items`` starts with ({""} when
    nothing is known): its leading characters, through one alternation or group."""
    out = {""}
    for op, arg in items:
        char = _single_char(op, arg)
        if char is not None:
            out = {s + char for s in out}
            continue
        if op in _ZERO_WIDTH:
            continue
        if op is C.SUBPATTERN:
            follow = _leads(arg[-1])
        elif op is C.BRANCH:
            follow = set().union(*(_leads(branch) for branch in arg[1]))
        else:
            break
        if len(out) * len(follow) <= MAX_FACTORS:
            out = {s + t for s in out for t in follow}
        break
    return out


def _single_char(op: Any, arg: Any) -> str | None:
    """The one character (case-folded) an item matches, if it matches exactly one."""
    if op is C.LITERAL:
        return chr(arg).casefold()
    if op is C.IN:
        folded = set()
        for kind, value in arg:
            if kind is not C.LITERAL:
                return None
            folded.add(chr(value).casefold())
        if len(folded) == 1:
            return folded.pop()
    return None


def _required(items: Any) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` contains (None: unknown)."""
    best: set[str] | None = None
    run = ""

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and len(candidate) <= MAX_FACTORS and _score(candidate) > _score(best):
            best = candidate

    for op, arg in items:
        char = _single_char(op, arg)
        if char is not None:
            run += char
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literal run on either side stays contiguous
        if run and op in (C.SUBPATTERN, C.BRANCH):
            # r"\((?:ap|afp)" needs "(ap" or "(afp": the run goes on into the group.
            consider({run + lead for lead in _leads([(op, arg)])})
        consider({run} if run else None)
        run = ""
        if op is C.SUBPATTERN:
            consider(_required(arg[-1]))
        elif op is C.BRANCH:
            options: set[str] = set()
            for branch in arg[1]:
                found = _required(branch)
                if not found:
                    options = set()
                    break
                options |= found
            consider(options or None)
        elif op in _REPEATS and arg[0] >= 1:
            consider(_required(arg[2]))
    consider({run} if run else None)
    return best


_PROPERTY_RE = re.compile(r"\\[pP]\{[^}]*\}")
_ANY = "[\\w\\W]"


def _for_python(pattern: str) -> str:
    """``pattern`` with each ``\\p{...}`` or ``\\P{...}`` (the regex module's Unicode
    properties, which Python's parser cannot read), and each character class holding one,
    widened to any character: a pattern that matches more, so the strings every match of
    it holds are held by every match of the original too."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            found = _PROPERTY_RE.match(pattern, i)
            out.append(_ANY if found else pattern[i : i + 2])
            i = found.end() if found else i + 2
            continue
        if ch == "[":
            end = _class_end(pattern, i)
            part = pattern[i:end]
            out.append(_ANY if _PROPERTY_RE.search(part) else part)
            i = end
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    """The index after the character class that opens at ``start``."""
    i = start + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":  # a "]" first in a class is a literal
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _starts_anchored(items: Any) -> bool:
    """True when every match of the sequence ``items`` begins with a start-of-text anchor."""
    for op, arg in items:
        if op is C.AT:
            return arg in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
        if op is C.SUBPATTERN:
            return _starts_anchored(arg[-1])
        if op is C.BRANCH:
            return all(_starts_anchored(branch) for branch in arg[1])
        return False
    return False


def anchored_at_start(pattern: str) -> bool:
    """True when ``pattern`` can only match at the start of the text (``^`` or ``\\A``
    first, outside multi-line mode), so trying it there alone finds every match it has;
    False when unsure."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = sre_parse.parse(_for_python(pattern))
    except Exception:  # the regex module's own syntax: not provably anchored
        return False
    if parsed.state.flags & C.SRE_FLAG_MULTILINE:
        return False
    return _starts_anchored(parsed.data)


def required_factors(pattern: str) -> Factors | None:
    """Case-folded strings, one of which every match of ``pattern`` contains; None when
    no such set of strings of at least :data:`MIN_FACTOR` characters is found."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = sre_parse.parse(_for_python(pattern))
    except Exception:  # the regex module's own syntax: no factors, the pattern always runs
        return None
    found = _required(parsed.data)
    if not found or min(map(_selectivity, found)) < MIN_FACTOR:
        return None
    return frozenset(found)

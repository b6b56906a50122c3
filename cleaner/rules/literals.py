"""Expanding simple patterns into the finite set of strings they match.

A whole-line rule such as ``share(?: this)?(?: article| story)?`` matches a handful of
strings. Looking a line up in that set costs a hash; running the pattern costs a regex
search, and a page has thousands of lines times a hundred rules. Patterns that are not a
small finite language (``\\w+``, ``.*``, large repeats) return None and stay regular
expressions. The expansion reads the pattern with Python's own regular-expression parser,
so it only runs what that parser builds; it never executes anything.
"""

from __future__ import annotations

import warnings
from itertools import product
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as C
    import sre_parse

MAX_STRINGS = 4000
"""Patterns with more expansions than this stay regular expressions."""


class _Infinite(Exception):
    """The pattern is not a small finite set of strings."""


def _join(parts: list[set[str]]) -> set[str]:
    out = {""}
    for p in parts:
        out = {a + b for a, b in product(out, p)}
        if len(out) > MAX_STRINGS:
            raise _Infinite
    return out


def _expand(items: Any) -> set[str]:
    parts: list[set[str]] = []
    for op, arg in items:
        if op is C.LITERAL:
            parts.append({chr(arg).lower()})
        elif op is C.IN:
            chars: set[str] = set()
            for kind, value in arg:
                if kind is C.LITERAL:
                    chars.add(chr(value).lower())
                elif kind is C.RANGE and value[1] - value[0] < 30:
                    chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
                else:
                    raise _Infinite
            parts.append(chars)
        elif op is C.SUBPATTERN:
            parts.append(_expand(arg[-1]))
        elif op is C.BRANCH:
            options: set[str] = set()
            for branch in arg[1]:
                options |= _expand(branch)
            parts.append(options)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, body = arg
            if high > 3:
                raise _Infinite
            inner = _expand(body)
            options = set()
            for n in range(low, high + 1):
                options |= _join([inner] * n)
            parts.append(options)
        else:
            raise _Infinite
    return _join(parts)


def expand_literals(pattern: str) -> frozenset[str] | None:
    """The lower-cased strings ``pattern`` matches in full, or None if not small and finite."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = sre_parse.parse(pattern)
        strings = _expand(parsed)
    except (_Infinite, Exception):
        return None
    if not strings or any(not s or not s[0].isalnum() or not s[-1].isalnum() for s in strings):
        return None
    return frozenset(strings)

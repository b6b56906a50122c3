"""Loading and validating rule data: phrase lists per language and thresholds.

The data lives in TOML files beside this module (``phrases/<lang>.toml``,
``thresholds.toml``) so a user can read and extend it without touching code. Files are parsed
as data (``tomllib``), never executed, and every pattern is compiled on load: a bad file gives
one :class:`RuleError` naming the file, the place and the problem.

A phrase file has these kinds of rule tables, each a list:

``drop_line``
    A line matching one of ``patterns`` is removed (``max_words`` bounds the line length,
    so a long article paragraph that merely mentions the phrase stays).
``cut_tail``
    A line that is only a section marker ("Related Articles"): it and everything after it
    is removed, provided enough article text comes before it (the head guard).
``strip_inline``
    Debris glued inside a line ("Read also: <headline>" mid-paragraph): the match is cut out
    of the line and the rest stays.
``head_line``
    Lines that are debris only in the page head, before the article starts (site
    taglines, "SEE OTHER BRANDS").
``tail_line``
    Lines that are debris only as the article's last paragraphs, after its text (an
    author's bio: "Anna Müller is a reporter on the city desk.").
``comment_meta``
    Header lines of a comment (author, time, score, "Reply"): when several follow the
    article, the comment thread starts at the first and the rest of the page is removed.
``no_article``
    Phrases of pages that hold no article (a cookie wall, a bot check): when one shows
    and little other text is left, the page is reported as "no article".

Optional keys: ``max_words`` (the rule fires only on lines this short), ``anchor``
(``"full"``: the whole line must be the phrase, punctuation around it allowed; default
``"search"``: anywhere in the line) and ``scope`` (``"first_paragraph"``: only the first
prose paragraph, for source tags such as "(MENAFN)"; default ``"any"``) and, for
``cut_tail``, ``followed_by`` (default ``"teasers"``: the section lists other stories, so a
marker followed by article-length prose is a heading inside the article and loses only its
own line; ``"anything"``: a comments section, cut whatever follows).

Each table has ``family`` (a short name), ``reason`` (the human explanation) and
``patterns`` (regular expressions in the ``regex`` module's syntax, matched
case-insensitively against the stripped line).

A file may also name lists of alternatives its patterns share in a ``[terms]`` table
(``verb = ["show", "view", "afficher"]``) and use them as ``{{verb}}``: each becomes one
non-capturing alternation, so a list written once serves every pattern that needs it.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from ..text import ASCII_NON_WORD, word_automaton, word_count
from .factors import anchored_at_start, required_factors
from .literals import expand_literals

RULE_KINDS = (
    "drop_line",
    "cut_tail",
    "strip_inline",
    "head_line",
    "tail_line",
    "no_article",
    "comment_meta",
)
RULE_KEYS = {"family", "reason", "patterns", "max_words", "anchor", "scope", "followed_by"}
_EDGE_RE = regex.compile(r"^\W+|\W+$")
MEMO_SIZE = 8192
"""Lines whose rule lookups a rule set remembers before it starts afresh."""
LENGTH_TIERS = (12, 40, 120, 1 << 62)
"""Line lengths (words) at which the set of rules that can still fire shrinks."""
FULL_LINE_MAX_WORDS = 12
"""Rules anchored to the whole line apply to lines of at most this many words (unless they
set ``max_words``): a whole-line phrase is short, and longer lines skip those patterns."""
REGEX_TIMEOUT = 1.0
"""Seconds a pattern may run on a short line before it is reported as too slow (catastrophic
backtracking); longer lines get :data:`REGEX_SECONDS_PER_MB` more per megabyte."""
REGEX_SECONDS_PER_MB = 10.0


def timeout_for(text: str) -> float:
    """The time budget of one search over ``text``: linear in its length."""
    return REGEX_TIMEOUT + REGEX_SECONDS_PER_MB * len(text) / 1e6


class RuleError(ValueError):
    """A rule file or pattern is malformed; the message names the file, place and problem."""


@dataclass(frozen=True)
class Rule:
    """One compiled rule: a family of phrases with the reason given when it fires."""

    kind: str
    family: str
    reason: str
    pattern: regex.Pattern[str]
    source: str
    max_words: int | None = None
    scope: str = "any"
    literals: frozenset[str] | None = None
    """For a whole-line rule that matches a small finite set of strings: those strings
    (lower case), so a line can be looked up instead of searched (same result)."""
    followed_by: str = "teasers"
    """For ``cut_tail``: what the section holds ("teasers" or "anything")."""
    factors: frozenset[str] | None = None
    """Case-folded strings one of which every match contains (:mod:`cleaner.rules.factors`):
    a line holding none of them is not searched."""
    budgeted: bool = True
    """Searched with a time budget (:func:`timeout_for`): a user's pattern that backtracks
    catastrophically fails with an error naming it instead of hanging. The built-in phrase
    files' patterns, tested against runaway inputs, are searched without one: the budget's
    clock costs more than most searches do."""

    def search(self, text: str) -> regex.Match[str] | None:
        """Search ``text``, failing with a :class:`RuleError` naming the pattern if it runs away."""
        if not self.budgeted:
            return self.pattern.search(text)
        budget = timeout_for(text)
        try:
            return self.pattern.search(text, timeout=budget)
        except TimeoutError as exc:
            raise self._too_slow(text, budget) from exc

    def finditer(self, text: str) -> list[regex.Match[str]]:
        """Every match in ``text``, with the same time budget and error as :meth:`search`."""
        if not self.budgeted:
            return list(self.pattern.finditer(text))
        budget = timeout_for(text)
        try:
            return list(self.pattern.finditer(text, timeout=budget))
        except TimeoutError as exc:
            raise self._too_slow(text, budget) from exc

    def _too_slow(self, text: str, budget: float) -> RuleError:
        return RuleError(
            f"{self.source}: pattern {self.pattern.pattern!r} took over {budget:.1f}s "
            f"on one line of {len(text):,} characters (catastrophic backtracking?)"
        )


# Characters whose case folding is more than one character ("ß" -> "ss"): on a line
# holding one, folded text and the patterns' own case-insensitive matching may disagree,
# so every rule is searched.
_MULTI_FOLD_RE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x10000) if len(chr(c).casefold()) > 1) + "]"
)


class _EveryRule(frozenset[int]):
    """Type of the sentinel below: an object of its own, never equal by identity to an
    empty set of candidates however the interpreter shares empty frozensets."""


_EVERY_RULE: frozenset[int] = _EveryRule()
"""Sentinel of :meth:`RuleSet.candidates`: no shortcut, every rule must be searched."""


@dataclass(frozen=True)
class RuleSet:
    """The rules for a set of languages, grouped by kind, with fast paths.

    Most lines match no rule. Whole-line rules that match a small finite set of strings are
    looked up (:mod:`cleaner.rules.literals`). Rules with required strings
    (:mod:`cleaner.rules.factors`) are searched only on lines that hold one: one
    Aho-Corasick pass over the line finds them all. The few other rules are gated by two
    combined patterns, one tried at the start of the line only (rules anchored there), one
    searched. A kind made only of rules with required strings and literal lines answers
    "no" from those two tests alone, and :meth:`absent` asks a whole page at once. A line
    only meets the rules whose ``max_words`` it fits (:data:`LENGTH_TIERS`), and rules are
    tried in file order (the first that fires wins).
    """

    rules: tuple[Rule, ...]
    _kinds: dict[str, tuple[Rule, ...]] = field(default_factory=dict, repr=False, compare=False)
    _tiers: dict[tuple[str, int], _Tier] = field(default_factory=dict, repr=False, compare=False)
    _memo: dict[tuple[str, str, int], Rule | None] = field(
        default_factory=dict, repr=False, compare=False
    )
    _candidates: dict[str, frozenset[int]] = field(default_factory=dict, repr=False, compare=False)
    _kind_split: dict[str, tuple[frozenset[int], tuple[int, ...]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _kind_automata: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    _cores: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _automaton: list[Any] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        for kind in RULE_KINDS:
            chosen = tuple((i, r) for i, r in enumerate(self.rules) if r.kind == kind)
            self._kinds[kind] = tuple(r for _, r in chosen)
            self._kind_split[kind] = (
                frozenset(i for i, r in chosen if r.factors is not None),
                tuple(i for i, r in chosen if r.factors is None),
            )
            lower = 0
            for tier, upper in enumerate(LENGTH_TIERS):
                # Rules that can fire on some line of lower+1 .. upper words.
                able = [(i, r) for i, r in chosen if r.max_words is None or r.max_words > lower]
                self._tiers[(kind, tier)] = _Tier.build(able)
                lower = upper
        owners: dict[str, set[int]] = {}
        for i, rule in enumerate(self.rules):
            for factor in rule.factors or ():
                owners.setdefault(factor, set()).add(i)
        # Tuples, not sets: a tuple of ints leaves the garbage collector's watch, and the
        # rule sets of every language hold a hundred thousand of them, which each full
        # collection would otherwise walk.
        self._automaton.append(
            word_automaton((factor, tuple(sorted(indices))) for factor, indices in owners.items())
        )

    def of_kind(self, kind: str) -> tuple[Rule, ...]:
        """The rules of one kind, in file order."""
        return self._kinds[kind]

    def candidates(self, text: str) -> frozenset[int]:
        """Indices (in ``rules``) of the rules with required strings that ``text`` holds;
        the empty :data:`_EVERY_RULE` sentinel object when every rule must be searched."""
        found = self._candidates.get(text)
        if found is not None:
            return found
        automaton = self._automaton[0]
        if automaton is None:
            found = frozenset()
        elif not text.isascii() and _MULTI_FOLD_RE.search(text):
            found = _EVERY_RULE
        else:
            hits: set[int] = set()
            for _, owners in automaton.iter(text.casefold()):
                hits.update(owners)
            found = frozenset(hits)
        if len(self._candidates) >= MEMO_SIZE:
            self._candidates.clear()
        self._candidates[text] = found
        return found

    def absent(self, kind: str, text: str) -> bool:
        """True when no rule of ``kind`` can fire on any line of ``text`` (a whole page):
        every rule of the kind has required strings, and the page holds none of them.
        One pass over the page instead of a question per line."""
        factored, others = self._kind_split[kind]
        if others or (not text.isascii() and _MULTI_FOLD_RE.search(text)):
            return False
        if kind not in self._kind_automata:
            self._kind_automata[kind] = word_automaton(
                (factor, factor) for i in factored for factor in self.rules[i].factors or ()
            )
        automaton = self._kind_automata[kind]
        if automaton is None:
            return True
        return next(automaton.iter(text.casefold()), None) is None

    def may_fire_of_kind(self, kind: str, text: str) -> tuple[int, ...]:
        """Indices (in ``rules``, in file order) of the rules of ``kind`` that may fire on
        ``text``: all but those whose required strings it lacks."""
        factored, unfactored = self._kind_split[kind]
        found = self.candidates(text)
        hit = factored if found is _EVERY_RULE else factored & found
        if not hit:
            return unfactored
        return tuple(sorted((*unfactored, *hit)))

    def first(self, kind: str, text: str, words: int) -> Rule | None:
        """The first rule of ``kind`` that fires on ``text`` (a line of ``words`` words).

        Answers are remembered per line (bounded): the second cleaning round and a site's
        recurring lines ask the same question again.
        """
        every = self._tiers[(kind, 0)]  # the first tier holds every rule of the kind
        if not (every.anchored or every.floating):
            # Every rule of the kind has required strings or is a set of literal lines: a
            # line holding none of those strings and being none of those lines is answered
            # without the memo and the length tiers.
            held = self.candidates(text)
            if (
                held is not _EVERY_RULE
                and held.isdisjoint(every.factored)
                and not self._literal_hits(every, text)
            ):
                return None
        key = (kind, text, words)
        if key in self._memo:
            return self._memo[key]
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        found = self._first(kind, text, words)
        self._memo[key] = found
        return found

    def _core(self, text: str) -> str:
        """The line without surrounding punctuation, lower case: the key of literal rules."""
        core = self._cores.get(text)
        if core is None:
            stripped = text.strip(ASCII_NON_WORD) if text.isascii() else _EDGE_RE.sub("", text)
            core = stripped.lower()
            if len(self._cores) >= MEMO_SIZE:
                self._cores.clear()
            self._cores[text] = core
        return core

    def _literal_hits(self, tier: _Tier, text: str) -> tuple[int, ...]:
        """The literal rules of ``tier`` that ``text`` is one of."""
        if not tier.literal or word_count(text) > tier.literal_words:
            return ()
        return tier.literal.get(self._core(text), ())

    def _first(self, kind: str, text: str, words: int) -> Rule | None:
        tier = self._tiers[(kind, bisect_left(LENGTH_TIERS, words))]
        # Only rules that may fire are tried: the literal rules the line is one of, the
        # rules whose required strings it holds, and the rest when their combined gate hits.
        found = self.candidates(text)
        pool = set(tier.factored if found is _EVERY_RULE else tier.factored & found)
        pool.update(self._literal_hits(tier, text))
        if tier.anchored and _gate_hits(
            tier.anchored_gate, text, at_start=True, budgeted=tier.budgeted
        ):
            pool.update(tier.anchored)
        if tier.floating and _gate_hits(
            tier.floating_gate, text, at_start=False, budgeted=tier.budgeted
        ):
            pool.update(tier.floating)
        if not pool:
            return None
        for index in sorted(pool):
            rule = self.rules[index]
            if rule.max_words is not None and words > rule.max_words:
                continue
            if rule.literals is not None or rule.search(text):
                return rule
        return None


@dataclass(frozen=True)
class _Tier:
    """The rules of one kind that can fire on lines of one length tier, by how to test them.

    Rules with neither literals nor required strings are split in two gates: a combined
    alternation loses each pattern's own anchoring, and trying anchored patterns at the
    line's start alone keeps the gate from scanning every position for them.
    """

    factored: frozenset[int]
    literal: dict[str, tuple[int, ...]]
    literal_words: int
    """The most words of a literal string: a longer line is none of them (stripping the
    line's edges, which hold no word characters, leaves its words as they are)."""
    anchored: tuple[int, ...]
    anchored_gate: regex.Pattern[str] | None
    floating: tuple[int, ...]
    floating_gate: regex.Pattern[str] | None
    budgeted: bool
    """Whether the gates are searched with a time budget: when one of their rules is."""

    @classmethod
    def build(cls, able: list[tuple[int, Rule]]) -> _Tier:
        """Sort ``able`` (index, rule) pairs by how each rule is tested."""
        literal: dict[str, list[int]] = {}
        for i, rule in able:
            for string in rule.literals or ():
                literal.setdefault(string, []).append(i)
        rest = [(i, r) for i, r in able if r.literals is None and r.factors is None]
        starts = {i for i, r in rest if anchored_at_start(r.pattern.pattern)}
        anchored = [(i, r) for i, r in rest if i in starts]
        floating = [(i, r) for i, r in rest if i not in starts]
        return cls(
            factored=frozenset(i for i, r in able if r.factors is not None),
            literal={k: tuple(v) for k, v in literal.items()},
            literal_words=max(map(word_count, literal), default=0),
            anchored=tuple(i for i, _ in anchored),
            anchored_gate=_combine(tuple(r for _, r in anchored)),
            floating=tuple(i for i, _ in floating),
            floating_gate=_combine(tuple(r for _, r in floating)),
            budgeted=any(r.budgeted for _, r in rest),
        )


def _gate_hits(
    gate: regex.Pattern[str] | None, text: str, *, at_start: bool, budgeted: bool
) -> bool:
    """Whether a combined gate matches ``text`` (at its start only, with ``at_start``), with
    a time budget when ``budgeted``."""
    if gate is None:
        return False
    if not budgeted:
        return (gate.match(text) if at_start else gate.search(text)) is not None
    try:
        budget = timeout_for(text)
        hit = gate.match(text, timeout=budget) if at_start else gate.search(text, timeout=budget)
    except TimeoutError:
        return True  # let each rule search alone, and name a slow one
    return hit is not None


def _combine(rules: tuple[Rule, ...]) -> regex.Pattern[str] | None:
    """One alternation of the rules' patterns (None for no rules)."""
    if not rules:
        return None
    return regex.compile(
        "|".join(f"(?:{r.pattern.pattern})" for r in rules),
        regex.IGNORECASE | regex.UNICODE | regex.V0,
    )


def compile_pattern(pattern: str, where: str, shown: str | None = None) -> regex.Pattern[str]:
    """Compile one pattern case-insensitively, or raise a RuleError naming where it came from.

    ``shown`` is the pattern as the user wrote it, when ``pattern`` wraps it.
    """
    try:
        return regex.compile(pattern, regex.IGNORECASE | regex.UNICODE | regex.V0)
    except regex.error as exc:
        problem = getattr(exc, "msg", exc)
        shown = shown or repr(pattern)
        raise RuleError(f"{where}: invalid regular expression {shown}: {problem}") from exc


def _line_of(text: str, needle: str) -> int:
    """Best-effort line number of ``needle`` in a TOML source, for error messages."""
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return n
    return 0


def parse_rules(
    text: str, source: str, kinds: Container[str] = RULE_KINDS, *, budgeted: bool = True
) -> list[Rule]:
    """Parse and compile the rules of one TOML document; ``source`` names it in errors.

    ``kinds`` limits the rules compiled to those kinds (the others are still checked to be
    known kinds). ``budgeted`` rules are searched with a time budget (:attr:`Rule.budgeted`):
    every file but the built-in ones."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{source}: not valid TOML: {exc}") from exc
    terms = _parse_terms(data.get(TERMS_TABLE, {}), source)
    rules: list[Rule] = []
    for kind, tables in data.items():
        if kind in ("language", TERMS_TABLE) or (kind in RULE_KINDS and kind not in kinds):
            continue
        if kind not in RULE_KINDS:
            raise RuleError(
                f"{source}:{_line_of(text, kind)}: unknown rule kind {kind!r}; "
                f"expected one of {', '.join(RULE_KINDS)}"
            )
        if not isinstance(tables, list):
            raise RuleError(f"{source}: {kind} must be a list of tables ([[{kind}]])")
        for n, table in enumerate(tables, 1):
            rules.extend(_parse_table(kind, n, table, text, source, terms, budgeted))
    return rules


TERMS_TABLE = "terms"
"""The table of named alternatives a phrase file may define and its patterns use."""
_TERM_RE = re.compile(r"\{\{(\w+)\}\}")
_TERM_NAME_RE = re.compile(r"[a-z_][a-z0-9_]*")


def _parse_terms(table: Any, source: str) -> dict[str, str]:
    """The ``[terms]`` of a phrase file, each as one non-capturing alternation: a name for a
    list of regular-expression alternatives that several patterns share (the verbs of an
    AI-summary button in thirty languages), written once and used as ``{{name}}``."""
    if not isinstance(table, dict):
        raise RuleError(f"{source}: [{TERMS_TABLE}] must be a table of name = [alternatives]")
    terms: dict[str, str] = {}
    for name, alternatives in table.items():
        if not _TERM_NAME_RE.fullmatch(name):
            raise RuleError(
                f"{source}: [{TERMS_TABLE}] {name!r}: a name is lower-case letters, digits "
                "and underscores"
            )
        if (
            not isinstance(alternatives, list)
            or not alternatives
            or not all(isinstance(a, str) and a for a in alternatives)
        ):
            raise RuleError(
                f"{source}: [{TERMS_TABLE}] {name}: must be a non-empty list of strings"
            )
        terms[name] = "(?:" + "|".join(alternatives) + ")"
    return terms


def _expand_terms(pattern: str, terms: dict[str, str], where: str) -> str:
    """``pattern`` with each ``{{name}}`` replaced by that term's alternation."""

    def term(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in terms:
            known = ", ".join(sorted(terms)) or "none"
            raise RuleError(f"{where}: unknown term {{{{{name}}}}} (the file defines: {known})")
        return terms[name]

    return _TERM_RE.sub(term, pattern)


def _parse_table(
    kind: str,
    n: int,
    table: Any,
    text: str,
    source: str,
    terms: dict[str, str],
    budgeted: bool,
) -> list[Rule]:
    where = f"{source}: [[{kind}]] #{n}"
    if not isinstance(table, dict):
        raise RuleError(f"{where}: must be a table")
    unknown = set(table) - RULE_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    family = table.get("family")
    patterns = table.get("patterns")
    if not isinstance(family, str) or not family:
        raise RuleError(f"{where}: needs a 'family' string")
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise RuleError(f"{where} ({family}): 'patterns' must be a list of strings")
    reason = table.get("reason", family)
    max_words = table.get("max_words")
    if max_words is not None and (not isinstance(max_words, int) or max_words < 1):
        raise RuleError(f"{where} ({family}): 'max_words' must be a positive integer")
    anchor = table.get("anchor", "search")
    if anchor not in ("search", "full"):
        raise RuleError(f"{where} ({family}): 'anchor' must be 'search' or 'full'")
    scope = table.get("scope", "any")
    if scope not in ("any", "first_paragraph"):
        raise RuleError(f"{where} ({family}): 'scope' must be 'any' or 'first_paragraph'")
    followed_by = table.get("followed_by", "teasers")
    if followed_by not in ("teasers", "anything") or (
        "followed_by" in table and kind != "cut_tail"
    ):
        raise RuleError(
            f"{where} ({family}): 'followed_by' is for cut_tail, 'teasers' or 'anything'"
        )
    out = []
    for p in patterns:
        line = _line_of(text, p[:40]) if p else 0
        # The text rules meet is NFC (the normalize step): a pattern typed in another form
        # (a decomposed accent, a precomposed Devanagari nukta letter) would never match.
        shown = repr(p)
        p = unicodedata.normalize("NFC", _expand_terms(p, terms, f"{source}:{line}"))
        body = f"(?:{p})" if anchor == "search" else rf"^\W*(?:{p})\W*$"
        compiled = compile_pattern(body, f"{source}:{line}", shown)
        limit = max_words if max_words is not None or anchor == "search" else FULL_LINE_MAX_WORDS
        literals = expand_literals(p) if anchor == "full" else None
        factors = required_factors(body) if literals is None else None
        out.append(
            Rule(
                kind,
                family,
                str(reason),
                compiled,
                f"{source}:{line}",
                limit,
                scope,
                literals,
                followed_by,
                factors,
                budgeted,
            )
        )
    return out


@cache
def _builtin_rules(lang: str, kinds: tuple[str, ...] = RULE_KINDS) -> tuple[Rule, ...]:
    """The compiled rules of the kinds ``kinds`` in the built-in phrase file of ``lang``."""
    path = resources.files(__package__).joinpath("phrases", f"{lang}.toml")
    if not path.is_file():
        return ()
    text = path.read_text(encoding="utf-8")
    return tuple(parse_rules(text, f"phrases/{lang}.toml", kinds, budgeted=False))


def builtin_languages() -> list[str]:
    """Languages that have a built-in phrase file."""
    folder = resources.files(__package__).joinpath("phrases")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def load_rule_file(path: str | Path) -> RuleSet:
    """Load a user's phrase file (same format as the built-in ones), validated."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(f"{p}: cannot read rule file: {exc}") from exc
    return RuleSet(tuple(parse_rules(text, str(p))))


@cache
def rules_for(language: str) -> RuleSet:
    """English rules (syndication debris is often English) plus those of ``language`` and
    of its kin (:func:`kin_languages`: Malay reads Indonesian's, Galician Spanish's and
    Portuguese's)."""
    if language in ("en", "und", ""):
        langs = ["en"]
    else:
        langs = list(dict.fromkeys(["en", language, *kin_languages().get(language, ())]))
    return RuleSet(tuple(r for lang in langs for r in _builtin_rules(lang)))


@cache
def kin_languages() -> dict[str, tuple[str, ...]]:
    """``[phrases] kin_languages`` of the thresholds: for a language, the close neighbours
    whose phrase files apply to its pages too (its sites print the same words for "Read
    also" or "Share", or print their chrome in the neighbour's language)."""
    table = thresholds()["phrases"].get("kin_languages", {})
    return {str(lang): tuple(map(str, kin)) for lang, kin in table.items()}


@cache
def no_article_rules() -> RuleSet:
    """The ``no_article`` rules of every built-in language: a consent wall or bot check is
    often in another language than the page behind it (served by the reader's location),
    and a wall leaves too little text to tell the page's language anyway. Only those
    tables are compiled: compiling every language's rules costs a third of a second."""
    return RuleSet(
        tuple(r for lang in builtin_languages() for r in _builtin_rules(lang, ("no_article",)))
    )


def by_favor(value: Any, favor: str) -> Any:
    """A threshold's value for ``favor``: thresholds that move with the precision/recall
    knob are tables keyed by favor, the others plain values."""
    return value[favor] if isinstance(value, dict) else value


@cache
def thresholds() -> dict[str, Any]:
    """The thresholds of ``thresholds.toml``, by step name."""
    text = resources.files(__package__).joinpath("thresholds.toml").read_text(encoding="utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - shipped data
        raise RuleError(f"thresholds.toml: not valid TOML: {exc}") from exc


def word_weight(language: str) -> float:
    """English words per word of ``language`` (``[word_weight]`` of thresholds.toml; 1 for
    languages not listed): converts a count of the language's words into the English
    words that the thresholds counted in words were set for."""
    return float(thresholds()["word_weight"].get(language, 1.0))

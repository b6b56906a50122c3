"""The built-in phrase files' patterns are searched without a time budget
(``Rule.budgeted``): each is tried here, with one, on inputs that make a backtracking
pattern run away."""

from __future__ import annotations

from importlib import resources

import pytest

from cleaner.rules import Rule, RuleError, builtin_languages, parse_rules

RUNAWAY_INPUTS = [
    unit * (2000 // len(unit)) + end
    for unit in ("a", "a ", "1", "1 ", ". ", " ", "-", "ab1 .,:-/|", "Ab ", "ا ", "字", "\u00e9")
    for end in ("", "!", "\n")
]
"""Long runs of one character or a short unit, bare and followed by a character that makes a
match fail at the end: the inputs on which nested or overlapping repetitions backtrack."""

BUDGET = 0.5
"""Seconds one search may take here; a linear pattern takes well under a millisecond."""


def _runs_away(rule: Rule) -> str | None:
    """The first input on which ``rule`` exceeds :data:`BUDGET`, or None."""
    for text in RUNAWAY_INPUTS:
        try:
            rule.pattern.search(text, timeout=BUDGET)
        except TimeoutError:
            return text
    return None


def _builtin_file_rules(lang: str) -> list[Rule]:
    text = resources.files("cleaner.rules").joinpath("phrases", f"{lang}.toml").read_text("utf-8")
    return parse_rules(text, f"phrases/{lang}.toml")


@pytest.mark.parametrize("lang", builtin_languages())
def test_no_builtin_pattern_runs_away(lang: str) -> None:
    slow = [
        f"{rule.source}: {rule.pattern.pattern!r} on {text[:12]!r}..."
        for rule in _builtin_file_rules(lang)
        if (text := _runs_away(rule)) is not None
    ]
    assert slow == []


def test_the_check_finds_a_pattern_that_runs_away() -> None:
    evil = parse_rules("[[drop_line]]\nfamily='x'\npatterns=['(a|aa)+$']\n", "evil.toml")
    assert _runs_away(evil[0]) is not None


def test_builtin_rules_are_searched_without_a_budget_and_user_rules_with_one() -> None:
    from cleaner.rules import rules_for

    assert not any(rule.budgeted for rule in rules_for("de").rules)
    user = parse_rules("[[drop_line]]\nfamily='x'\npatterns=['(a|aa)+$']\n", "user.toml")
    assert user[0].budgeted
    with pytest.raises(RuleError, match="took over"):
        user[0].search("a" * 60 + "!")

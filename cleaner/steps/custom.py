"""Helpers to write steps of your own in a line or two.

>>> import cleaner
>>> pipe = cleaner.default_pipeline().add(drop_lines_matching(r"^Sponsored"))
>>> text = "The council met on Monday to vote on the new budget for schools.\\n\\nSponsored by Acme"
>>> pipe.run(text).body
'The council met on Monday to vote on the new budget for schools.'
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import Document
from ..pipeline import FunctionStep
from ..rules import RuleError, compile_pattern, timeout_for


def drop_lines_matching(
    pattern: str, *, reason: str | None = None, name: str = "drop_lines_matching"
) -> FunctionStep:
    """A step that removes every line matching ``pattern`` (case-insensitive search).

    An invalid pattern raises :class:`~cleaner.rules.RuleError` naming it.
    """
    compiled = compile_pattern(pattern, f"step {name!r}")
    why = reason or f"matches {pattern!r}"

    def step(doc: Document) -> None:
        for block in doc.kept:
            try:
                hit = compiled.search(block.text, timeout=timeout_for(block.text))
            except TimeoutError as exc:
                raise RuleError(f"step {name!r}: pattern {pattern!r} is too slow") from exc
            if hit:
                doc.remove(block, why)

    return FunctionStep(step, name)


def line_filter(func: Callable[[str], bool | str], *, name: str | None = None) -> FunctionStep:
    """A step from a function of one line: return False or a reason string to drop it.

    ``True`` (or an empty string) keeps the line; ``False`` drops it with a generic reason;
    a non-empty string drops it with that string as the reason.
    """
    step_name = name or getattr(func, "__name__", "line_filter")

    def step(doc: Document) -> None:
        for block in doc.kept:
            verdict = func(block.text)
            if verdict is False:
                doc.remove(block, f"rejected by {step_name}")
            elif isinstance(verdict, str) and verdict:
                doc.remove(block, verdict)

    return FunctionStep(step, step_name)

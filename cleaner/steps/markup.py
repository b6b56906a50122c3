"""markup: lines of raw HTML a scraper left in the text.

Ad slots, tracking pixels and script includes often survive an HTML-to-text conversion as
whole lines of tags (``<a href="..."><img src="..." width=1 height=1></a>``). They are
removed before the language is detected, because their attribute names and URL pieces
read as words of some language. A line counts as markup when it opens with a tag of a
standard HTML element and tags make up most of its characters, or opens with a script or
style tag (its code follows); code samples of other
languages (``<TargetFrameworks>``) and prose with a tag inside it stay. The element list
and the share are data: ``[markup]`` in ``rules/thresholds.toml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any, ClassVar

import regex

from ..document import Document
from ..pipeline import PipelineError, Step
from ..rules import thresholds
from ..text import alternation


@cache
def tag_pattern(elements: tuple[str, ...]) -> regex.Pattern[str]:
    """A pattern matching one opening or closing tag of ``elements``, or an HTML comment.

    Neither may hold "<" or ">": a try that starts at a "<" stops at the next one, so a line
    of many unclosed comments costs linear time, not quadratic.
    """
    names = alternation(elements)
    return regex.compile(rf"<(?:/?(?:{names})(?![\w-])[^<>]*|!--[^<>]*--)>", regex.I)


def tag_share(text: str, pattern: regex.Pattern[str]) -> float:
    """The share of ``text``'s characters inside tags that ``pattern`` matches."""
    if not text:
        return 0.0
    return sum(m.end() - m.start() for m in pattern.finditer(text)) / len(text)


_SCRIPT_RE = regex.compile(r"<(?:script|style|noscript)\b[^<>]*>", regex.I)
"""A line that opens with a script or style tag holds code, whatever share of it is tags."""


class MarkupStep(Step):
    """Removes lines of raw HTML markup (ad slots, tracking pixels, script includes).

    Options: ``min_tag_share`` overrides ``[markup] min_tag_share`` of the thresholds (the
    share of a line's characters that must be tags); ``elements`` overrides the element
    names whose tags count.
    """

    name = "markup"
    defaults: ClassVar[dict[str, Any]] = {"min_tag_share": None, "elements": None}

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        share = self.options["min_tag_share"]
        if share is not None and not 0.0 < float(share) <= 1.0:
            raise PipelineError(f"step 'markup': min_tag_share must be in (0, 1], got {share!r}")
        elements = self.options["elements"]
        if elements is not None and (
            isinstance(elements, str)
            or not elements
            or not all(isinstance(e, str) and e.isalnum() for e in elements)
        ):
            raise PipelineError(
                f"step 'markup': elements must be a list of element names, got {elements!r}"
            )

    def apply(self, doc: Document) -> None:
        """Remove kept lines that open with a tag and are mostly tags."""
        opening = [b for b in doc.kept if b.text.startswith("<")]
        if not opening:
            return  # the usual page: no line opens with a tag
        cfg = thresholds()["markup"]
        share = float(self.options["min_tag_share"] or cfg["min_tag_share"])
        pattern = tag_pattern(tuple(self.options["elements"] or cfg["elements"]))
        for block in opening:
            if _SCRIPT_RE.match(block.text):
                doc.remove(block, "script or style code left by the scraper")
                continue
            if pattern.match(block.text) is None:
                continue
            found = tag_share(block.text, pattern)
            if found >= share:
                doc.remove(
                    block,
                    f"raw HTML markup left by the scraper ({found:.0%} of the line is tags)",
                )

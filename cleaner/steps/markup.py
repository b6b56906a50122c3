"""markup: lines of raw HTML a scraper left in the text.

Ad slots, tracking pixels and script includes often survive an HTML-to-text conversion as
whole lines of tags (``<a href="..."><img src="..." width=1 height=1></a>``). They are
removed before the language is detected, because their attribute names and URL pieces
read as words of some language. A line counts as markup when it opens with a tag of a
standard HTML element and tags make up most of its characters, or opens with a script or
style tag (its code follows); code samples of other
languages (``<TargetFrameworks>``) stay. Inside a line of prose, tags the scraper left
around words (``<p>...</p>``, ``<a href="...">link</a>``, ``<strong>``) are cut out and the
words kept, each cut with its reason; a tag merely named in the text ("the <br> element")
stays. The element lists and the share are data: ``[markup]`` in ``rules/thresholds.toml``.
"""

from __future__ import annotations

import html
from functools import cache
from typing import Any, ClassVar

import regex

from ..document import Block, Document
from ..pipeline import PipelineError, Step
from ..rules import thresholds
from ..text import alternation
from .normalize import ENTITY_RE


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


@cache
def named_tag_pattern(elements: tuple[str, ...]) -> regex.Pattern[str]:
    """One opening, closing or self-closing tag of ``elements``, its name in group
    ``name``, a closing tag's slash in ``close``, attributes in ``attrs``."""
    names = alternation(elements)
    return regex.compile(rf"<(?P<close>/)?(?P<name>{names})(?![\w-])(?P<attrs>[^<>]*?)/?>", regex.I)


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
        whole = doc.meta.get("normalized_text")
        if isinstance(whole, str) and "<" not in whole:
            return  # the usual page: one search of it spares a look at each line
        opening = [b for b in doc.kept if b.text.startswith("<")]
        cfg = thresholds()["markup"]
        share = float(self.options["min_tag_share"] or cfg["min_tag_share"])
        elements = tuple(self.options["elements"] or cfg["elements"])
        pattern = tag_pattern(elements)
        tags = named_tag_pattern(elements)
        inline = frozenset(cfg["inline_elements"])
        void = frozenset(cfg["void_elements"])
        for block in opening:
            if _SCRIPT_RE.match(block.text):
                doc.remove(block, "script or style code left by the scraper")
                continue
            if pattern.match(block.text) is None or _wraps_a_line(block.text, tags, inline | void):
                continue
            found = tag_share(block.text, pattern)
            if found >= share:
                doc.remove(
                    block,
                    f"raw HTML markup left by the scraper ({found:.0%} of the line is tags)",
                )
        for block in doc.kept:
            if "<" in block.text:
                _cut_tags(doc, block, tags, inline, void)


def _wraps_a_line(text: str, tags: regex.Pattern[str], not_blocks: frozenset[str]) -> bool:
    """True for a line of words inside one block element's tags, and no other tag
    ("<p>Comments</p>", "<h2>Related Articles</h2>"): a paragraph or heading whose words the
    later steps must read (a section marker among them), however short, not markup."""
    found = list(tags.finditer(text))
    if len(found) != 2:
        return False
    first, last = found
    name = first["name"].lower()
    return (
        first.start() == 0
        and not first["close"]
        and name not in not_blocks
        and last.end() == len(text)
        and bool(last["close"])
        and last["name"].lower() == name
        and any(ch.isalnum() for ch in text[first.end() : last.start()])
    )


def _cut_tags(
    doc: Document,
    block: Block,
    tags: regex.Pattern[str],
    inline: frozenset[str],
    void: frozenset[str],
) -> None:
    """Cut the tags left around the words of one line (see the module's docstring), right
    to left so that the offsets still to cut stay valid; then decode the line's HTML
    entities, which ftfy leaves in text holding a "<"."""
    found = list(tags.finditer(block.text))
    if not found:
        return
    opened = {m["name"].lower() for m in found if not m["close"]}
    closed = {m["name"].lower() for m in found if m["close"]}
    paired = opened & closed
    end = len(block.text)
    cuts = []
    for m in found:
        name = m["name"].lower()
        # a paragraph's wrapper: an opening tag at the line's start, a closing one (or a
        # "<br>") at its end
        at_edge = (m.start() == 0 and not m["close"]) or (
            m.end() == end and (m["close"] or name in void)
        )
        if name in paired or at_edge or (name in void and (paired or m["attrs"].strip())):
            cuts.append((m.start(), m.end(), name in inline))
    for start, stop, glue in reversed(cuts):
        doc.cut(block, start, stop, "HTML tag left by the scraper (its words stay)", glue=glue)
    if cuts and block.removal is None and "&" in block.text and ENTITY_RE.search(block.text):
        block.text = html.unescape(block.text)

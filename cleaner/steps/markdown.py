"""markdown: the markup of pages a scraper wrote as Markdown.

Scrapers and reader services often emit Markdown: ``[link text](https://...)``, images
``![alt](https://...)``, ``# Heading`` lines, ``**bold**``, ``> quotes`` and ``---`` rules.
This step keeps the words and takes out the markup, each piece with its reason: a link
keeps its text and loses its target, a line that is only an image goes (with the caption
in emphasis right under it), heading, quote and emphasis markers go. The first first-level
heading is noted (``meta["markdown_h1"]``) for the header step, which takes it as the title.

It runs before ``language``, whose sample the URLs would skew, and only on pages with
Markdown links or images, or a few ``**bold**`` pairs: plain text is never touched.
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex

from ..document import Block, Document
from ..pipeline import Step

_INLINE_IMAGE = "markdown image"
HEADING_KEY = "markdown_h1"
"""``doc.meta`` key: the line number (``Block.index``) of the page's first first-level
heading ("# Title"), which the header step takes as the title."""

_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"  # (url) or (url "title")
_LINK_RE = regex.compile(rf"(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]{_TARGET}")
_IMAGE_LINE_RE = regex.compile(rf"^\[?!\[[^\[\]\n]*\]{_TARGET}(?:\]{_TARGET})?$")
_CAPTION_RE = regex.compile(r"^(?:\*[^*\s][^*]*\*|_[^_\s][^_]*_)$")
_HEADING_RE = regex.compile(r"^(#{1,6})\s+")
_CLOSING_HASHES_RE = regex.compile(r"\s+#+$")
_QUOTE_RE = regex.compile(r"^(?:>\s?)+")
_RULE_RE = regex.compile(r"^(?:[-*_]\s*){3,}$")
_STRONG_RE = regex.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_RE = regex.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])")


STRONG_PAIRS_MIN = 2
"""``**bold**`` pairs that tell a page without links is Markdown (one alone may be a
footnote's asterisks)."""
_STARS_RE = regex.compile(r"\*\*(?=[^\s*])[^*\n]+?(?<=[^\s*])\*\*")


def looks_like_markdown(blocks: list[Block]) -> bool:
    """True when some line holds a Markdown link or image, or the page holds a few
    ``**bold**`` pairs (a reader service's Markdown of an article without links). A "# "
    line alone does not tell: shell and Python comments in a code sample open with it too;
    nor does "__": Python's ``__init__``."""
    if any("](" in b.text and _LINK_RE.search(b.text) for b in blocks):
        return True
    pairs = 0
    for b in blocks:
        if "**" in b.text:
            pairs += len(_STARS_RE.findall(b.text))
            if pairs >= STRONG_PAIRS_MIN:
                return True
    return False


class MarkdownStep(Step):
    """Takes Markdown markup out of the lines, keeping their words (see the module)."""

    name = "markdown"
    defaults: ClassVar[dict[str, Any]] = {}

    def apply(self, doc: Document) -> None:
        """Remove image lines and rules; cut link targets and markers out of the rest."""
        whole = doc.meta.get("normalized_text")
        if isinstance(whole, str) and "](" not in whole and "**" not in whole:
            return  # one search of the page spares a look at each line
        kept = doc.kept
        if not looks_like_markdown(kept):
            return
        caption_may_follow = False
        for block in kept:
            text = block.text
            if _IMAGE_LINE_RE.match(text):
                doc.remove(block, "markdown image")
                caption_may_follow = True
                continue
            if caption_may_follow and _CAPTION_RE.match(text):
                doc.remove(block, "image caption (the emphasised line under a markdown image)")
                continue
            caption_may_follow = False
            if _RULE_RE.match(text):
                doc.remove(block, "markdown rule line")
                continue
            self._cut_markers(doc, block)

    @staticmethod
    def _cut_markers(doc: Document, block: Block) -> None:
        """Cut heading, quote, link and emphasis markup out of one line, right to left so
        that the offsets of the pieces still to cut stay valid."""
        text = block.text
        cuts: list[tuple[int, int, str]] = []  # (start, end, reason)
        heading = _HEADING_RE.match(text)
        if heading:
            cuts.append((0, heading.end(), "markdown heading marker"))
            closing = _CLOSING_HASHES_RE.search(text, heading.end())
            if closing:
                cuts.append((closing.start(), closing.end(), "markdown heading marker"))
            if len(heading.group(1)) == 1:
                doc.meta.setdefault(HEADING_KEY, block.index)
        else:
            quote = _QUOTE_RE.match(text)
            if quote:
                cuts.append((0, quote.end(), "markdown quote marker"))
        for m in _LINK_RE.finditer(text):
            if m.group(1):  # an image inside a line: alt text and target go
                cuts.append((m.start(), m.end(), _INLINE_IMAGE))
                continue
            cuts.append((m.start(), m.start() + 1, "markdown link (its text stays)"))
            cuts.append((m.end(2), m.end(), "markdown link target (its text stays)"))
        for pattern in (_STRONG_RE, _EMPHASIS_RE):
            for m in pattern.finditer(text):
                if any(start <= m.start() < end for start, end, _ in cuts):
                    continue
                inner_start, inner_end = m.span(2 if pattern is _STRONG_RE else 1)
                cuts.append((m.start(), inner_start, "markdown emphasis marker"))
                cuts.append((inner_end, m.end(), "markdown emphasis marker"))
        for start, end, reason in sorted(set(cuts), reverse=True):
            # Markers are glued to the words they mark; an image stands between words.
            doc.cut(block, start, end, reason, glue=reason != _INLINE_IMAGE)

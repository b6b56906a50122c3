"""article: decide whether anything left is an article at all.

Cookie walls, bot checks, donation walls and pages that are only lists of headlines leave
little or no prose. This step sets ``meta["is_article"]`` and, when False,
``meta["no_article_reason"]``, which :meth:`Result.explain` shows; the body is then empty.
"""

from __future__ import annotations

from typing import Any, ClassVar

from ..document import Block, Document
from ..pipeline import Step
from ..rules import Rule, RuleSet, by_favor, no_article_rules, thresholds
from ..text import is_paragraph, word_count
from .header import HeaderStep


class ArticleStep(Step):
    """Marks pages without an article (too little prose left, or a wall/check page).

    Options: ``min_words`` overrides ``[article] min_words`` of the thresholds.
    """

    name = "article"
    defaults: ClassVar[dict[str, Any]] = {"min_words": None}

    def apply(self, doc: Document) -> None:
        """Set ``is_article`` (and the reason when False) from what the other steps left."""
        cfg = thresholds()["article"]
        min_words = self.options["min_words"]
        if min_words is None:
            min_words = by_favor(cfg["min_words"], doc.favor)
        kept = doc.kept
        words = sum(word_count(b.text) for b in kept)
        prose = any(is_paragraph(b.text, 8) for b in kept)

        wall = None
        other = words
        if words < cfg["max_wall_page_words"]:
            # Only a page with little text left can be a wall; its phrases are looked for in
            # every language (see no_article_rules).
            rules = no_article_rules()
            page = "\n".join(b.text for b in doc.blocks)
            if not rules.absent("no_article", page):  # one pass spares most pages
                # The wall's own lines are not the text the page holds besides it.
                other = words - sum(
                    word_count(b.text) for b in kept if rules.first("no_article", b.text, 0)
                )
                # With more text besides them than either limit the page is an article,
                # and the removed lines need not be asked.
                if other < max(cfg["min_words_with_wall"], cfg["min_words_beside_banner"]):
                    wall = _wall(doc, rules, other, prose, cfg)

        reason = None
        if wall is not None:
            reason = f"{wall.reason} ({other} words of other text)"
        elif not kept:
            reason = "nothing was left after cleaning"
        elif words < min_words:
            reason = f"only {words} words of text left (fewer than {min_words})"
        elif not prose:
            reason = "no prose sentences: a list of headlines or links, not an article"
        if reason:
            doc.meta["is_article"] = False
            doc.meta["no_article_reason"] = reason
        else:
            doc.meta.setdefault("is_article", True)


PAGE_ONLY_FAMILIES = frozenset({"error page"})
"""Families of no-article lines that never stand as a banner beside an article: "Page not
found" is the page, whichever step took the line."""


def _wall(
    doc: Document, rules: RuleSet, other: int, prose: bool, cfg: dict[str, Any]
) -> Rule | None:
    """The no-article rule of the first wall line of a page with ``other`` words besides its
    wall's lines, if the page is a wall. A wall's text is what the page holds, and stays; a
    consent banner the other steps removed beside a short article (a news brief) needs the
    article to be shorter still before the page is called a wall, and to hold no prose
    sentence (a one-paragraph brief of 23 Russian words is an article, the banner under it
    debris). A line the header step took (the title) is no banner, nor is an error page's
    line wherever it went (see :data:`PAGE_ONLY_FAMILIES`)."""
    hits = [(b, hit) for b in doc.blocks if (hit := rules.first("no_article", b.text, 0))]
    banner = not any(_shown(b) or hit.family in PAGE_ONLY_FAMILIES for b, hit in hits)
    limit = cfg["min_words_beside_banner" if banner else "min_words_with_wall"]
    if hits and other < limit and not (banner and prose):
        return hits[0][1]
    return None


def _shown(block: Block) -> bool:
    """True when the page shows ``block`` as its own text: kept, or taken by the header step
    (an error page's "Page not found" read as its title), not removed as a banner beside
    an article."""
    return block.kept or (block.removal is not None and block.removal.step == HeaderStep.name)

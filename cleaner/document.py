"""The one data model every step shares: blocks of text, what was removed, and the result.

Steps never throw text away. They *mark* a block as removed (with their name and a
reason) or *cut* a span out of a block (keeping the cut text as a record). Rendering the
kept blocks gives the body; the records give :meth:`Result.explain` for free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .text import HTML_BLOCK_TAGS, LIST_ITEM_RE, MARKED_ITEM_RE

Favor = Literal["precision", "balanced", "recall"]
FAVORS: tuple[Favor, ...] = ("precision", "balanced", "recall")


@dataclass(frozen=True)
class Removal:
    """One piece of text a step took out, with the step's name and a human reason.

    ``line`` is the 0-based index of the line in the normalised input the text came from.
    ``whole_line`` is False when only a span was cut out of a line that stays.
    """

    step: str
    reason: str
    text: str
    line: int
    whole_line: bool = True

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly view of the removal."""
        return {
            "step": self.step,
            "reason": self.reason,
            "text": self.text,
            "line": self.line,
            "whole_line": self.whole_line,
        }


@dataclass(slots=True)
class Block:
    """One non-empty line of the normalised input: the unit steps keep or remove.

    ``text`` may be shortened by a step that cuts debris out of the line; ``original`` keeps
    the line as it was after normalisation. ``removal`` is set once the block is removed.
    ``role`` is a step's note on what the line is, for later steps: the density step's
    classes ("near>good"), or the family of the phrase rule that removed it ("advertisement").
    """

    index: int
    text: str
    original: str
    removal: Removal | None = None
    cuts: list[Removal] = field(default_factory=list)
    role: str = ""

    @property
    def kept(self) -> bool:
        """True while no step has removed this block."""
        return self.removal is None


_WRAP_MIN_CHARS = 45
_OPEN_END = (",", "-", "–", "—", "&", "(", "/")
_CLOSED_END = (".", "!", "?", ":", ";", "…", "。", "！", "？")
_BLOCK_END_RE = re.compile(rf"</(?:{HTML_BLOCK_TAGS})>$", re.I)
"""A line closed by a block element's tag ("...</p>"): a paragraph's end, whatever its last
word, not a line a hard wrap broke."""


def _closed(line: str) -> bool:
    """True when ``line`` ends a sentence or a clause, or an HTML paragraph."""
    return line.endswith(_CLOSED_END) or (
        line.endswith(">") and _BLOCK_END_RE.search(line) is not None
    )


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` continues a hard-wrapped sentence begun on ``previous``. A short
    line that ends no sentence or clause is none (a byline "di Marco Rossi" or a stamp
    "dinsdag 8 juli 2025" under a headline): a wrapped paragraph's inner lines fill the
    width, and its last one ends the sentence."""
    if len(previous) < _WRAP_MIN_CHARS or _closed(previous):
        return False
    if LIST_ITEM_RE.match(line) or LIST_ITEM_RE.match(previous):
        return False
    if len(line) < _WRAP_MIN_CHARS and not line.endswith((*_CLOSED_END, ",")):
        return False
    first = line[:1]
    return _lower(first) or (previous.endswith(_OPEN_END) and first.isalnum())


def _lower(char: str) -> bool:
    """A lower-case letter of a script whose writing has capitals: Georgian's letters are
    lower case to Unicode, but its text has no capitals to start a sentence with."""
    return char.islower() and not "\u10d0" <= char <= "\u10ff"


WRAP_MIN_LINES = 3
"""Lines a run needs before it can be read as one hard-wrapped paragraph."""
WRAP_WIDTH_SLACK = 1.1
"""A short run may be this much wider than the widest wrapped run measured on the page."""
WRAP_MAX_WIDTH = 100
"""The widest wrap width recognised (mail and feed text wraps at 60 to 80 characters;
footers and rows of links run wider)."""


def _forced_breaks(cores: list[str], run: range, width: int) -> bool:
    """True when every line of ``run`` but the last was broken because the next word did
    not fit in ``width`` characters (and no line is wider), mostly inside a sentence, and
    no line is a list item (a list of ads or headlines of similar length breaks at their
    ends)."""
    broken = run[:-1]
    if any(MARKED_ITEM_RE.match(cores[i]) for i in run):
        return False
    if 2 * sum(_closed(cores[i]) for i in broken) > len(broken):
        return False
    return all(len(cores[i]) <= width for i in run) and all(
        len(cores[i]) + 1 + len(cores[i + 1].split(" ", 1)[0]) > width for i in broken
    )


def _wrapped_runs(cores: list[str]) -> set[int]:
    """Indices of lines that continue a hard-wrapped paragraph begun on the line before.

    A run of at least ``WRAP_MIN_LINES`` adjacent lines is a wrapped paragraph when each
    line but the last was broken because the next word did not fit in the run's widest
    line; that width then tells the page's wrapping, and shorter runs (a paragraph of two
    lines) are tested against it. German nouns and names open wrapped lines with capitals,
    so a lower-case start (:func:`_continues`) misses them; a list of headlines of similar
    length rarely passes this test for every line."""
    runs: list[range] = []
    start, n = 0, len(cores)
    while start < n:
        if not cores[start]:
            start += 1
            continue
        end = start
        while end + 1 < n and cores[end + 1]:
            end += 1
        if end > start:
            runs.append(range(start, end + 1))
        start = end + 1
    joined: set[int] = set()
    widths: list[int] = []
    for run in runs:
        width = max(len(cores[i]) for i in run)
        if (
            len(run) >= WRAP_MIN_LINES
            and _WRAP_MIN_CHARS <= width <= WRAP_MAX_WIDTH
            and _forced_breaks(cores, run, width)
        ):
            joined.update(run[1:])
            widths.append(width)
    if not widths:
        widths = _paired_width(cores, runs)
    if widths:
        page_width = max(widths)
        for run in runs:
            # The longest lines of the page need not be in the runs measured: a run may
            # reach a little past their width.
            width = max(page_width, max(len(cores[i]) for i in run))
            if (
                run[1] not in joined
                and width <= page_width * WRAP_WIDTH_SLACK
                and _forced_breaks(cores, run, width)
            ):
                joined.update(run[1:])
    return joined


WRAP_MIN_PAIRS = 3
"""Paragraphs of two lines a page needs, their first lines of about one width, before that
width is read as its wrapping (no paragraph of three lines or more told it)."""
WRAP_PAIR_BAND = 0.85
"""The shortest of those first lines is at least this share of the longest."""


def _paired_width(cores: list[str], runs: list[range]) -> list[int]:
    """The wrap width of a page whose wrapped paragraphs all have two lines (a short
    article in a script without capitals, Hebrew or Arabic, where no lower-case start
    tells a continued line): at least ``WRAP_MIN_PAIRS`` runs of two lines whose first
    lines end no sentence, are about as long as each other (``WRAP_PAIR_BAND``) and no
    shorter than their second lines could fill. Empty when the page shows no such width."""
    firsts = [
        len(cores[run[0]])
        for run in runs
        if len(run) == 2
        and _WRAP_MIN_CHARS <= len(cores[run[0]]) <= WRAP_MAX_WIDTH
        and not _closed(cores[run[0]])
        and len(cores[run[1]]) <= WRAP_MAX_WIDTH
    ]
    if len(firsts) < WRAP_MIN_PAIRS or min(firsts) < WRAP_PAIR_BAND * max(firsts):
        return []
    return [max(firsts)]


def split_blocks(text: str) -> list[Block]:
    """One block per line with text, stripped of spaces and of table borders ("| cell |").

    Hard-wrapped prose is joined back into one block, so a wrapped paragraph is judged as
    one: a line that stops mid-sentence and a next line that goes on in lower case, or a
    run of lines each broken where the next word would not fit (:func:`_wrapped_runs`).
    """
    lines = text.split("\n")
    cores = [line.strip() for line in lines]
    wrapped = _wrapped_runs(cores) if "\n" in text else set()
    pipes = "|" in text
    blocks: list[Block] = []
    prev: Block | None = None
    last = -2
    for i, core in enumerate(cores):
        if not core:
            continue
        if pipes and (core[0] == "|" or core[-1] == "|"):
            core = core.strip("| ")
            if not core:
                continue
        if (
            prev is not None
            and last == i - 1
            and (
                i in wrapped or (len(prev.text) >= _WRAP_MIN_CHARS and _continues(prev.text, core))
            )
        ):
            # A word broken at its hyphen ("diru-" / "laguntza") is joined as one.
            glued = prev.text.endswith("-") and prev.text[-2:-1].isalpha() and core[:1].isalpha()
            prev.text = f"{prev.text}{core}" if glued else f"{prev.text} {core}"
            prev.original = f"{prev.original}\n{lines[i]}"
        else:
            prev = Block(index=i, text=core, original=lines[i])
            blocks.append(prev)
        last = i
    return blocks


@dataclass
class Document:
    """The text being cleaned: its blocks, metadata found so far, and the current step.

    ``meta`` holds what steps learn about the page (``title``, ``date``, ``language``,
    ``is_article``, ``no_article_reason``); ``favor`` is the precision/recall knob.
    """

    blocks: list[Block]
    favor: Favor = "balanced"
    meta: dict[str, object] = field(default_factory=dict)
    step_name: str = "custom"

    @classmethod
    def from_text(cls, text: str, *, favor: Favor = "balanced") -> Document:
        """Split text on line ends; every line with text becomes a block."""
        return cls(blocks=split_blocks(text), favor=favor)

    @property
    def kept(self) -> list[Block]:
        """The blocks no step has removed, in order."""
        return [b for b in self.blocks if b.removal is None]

    def remove(self, block: Block, reason: str) -> None:
        """Mark ``block`` removed by the current step, unless an earlier step already did."""
        if block.removal is None:
            block.removal = Removal(self.step_name, reason, block.text, block.index)

    def cut(self, block: Block, start: int, end: int, reason: str, *, glue: bool = False) -> None:
        """Cut ``block.text[start:end]`` out of a kept block, recording the cut text.

        The two sides are joined with one space (a teaser cut out between two sentences),
        or, with ``glue``, as they are (markup cut out of a word: "[text](url)." gives
        "text."). A block left with no word characters is removed as a whole.
        """
        if block.removal is not None or start >= end:
            return
        piece = block.text[start:end]
        if glue:
            rest = (block.text[:start] + block.text[end:]).strip()
        else:
            rest = (block.text[:start].rstrip() + " " + block.text[end:].lstrip()).strip()
        if not any(ch.isalnum() for ch in rest):
            self.remove(block, reason)
            return
        block.cuts.append(Removal(self.step_name, reason, piece.strip(), block.index, False))
        block.text = rest

    def render(self) -> str:
        """The body: kept blocks as paragraphs separated by one blank line."""
        return "\n\n".join(b.text for b in self.blocks if b.removal is None)

    def removals(self) -> list[Removal]:
        """Every removal and cut, in input order."""
        out: list[Removal] = []
        for b in self.blocks:
            out.extend(b.cuts)
            if b.removal is not None:
                out.append(b.removal)
        return out


@dataclass(frozen=True)
class Result:
    """What :func:`cleaner.clean_document` returns.

    ``body`` is what :func:`cleaner.clean` returns; ``removed`` lists every removed piece
    with the step that removed it and why. ``is_article`` is False for pages with no
    article (a cookie wall, a bot check, a list of headlines); ``no_article_reason`` says why.
    """

    body: str
    title: str | None
    date: str | None
    language: str
    removed: tuple[Removal, ...]
    is_article: bool = True
    no_article_reason: str | None = None

    def explain(self) -> str:
        """A readable account of what was removed and why, grouped by step."""
        lines = [
            f"title: {self.title or '-'}",
            f"date: {self.date or '-'}",
            f"language: {self.language}",
        ]
        if not self.is_article:
            lines.append(f"no article: {self.no_article_reason}")
        if not self.removed:
            lines.append("nothing removed")
        for r in self.removed:
            shown = r.text if len(r.text) <= 80 else r.text[:77] + "..."
            where = "line" if r.whole_line else "cut from line"
            lines.append(f"- [{r.step}] {where} {r.line + 1}: {r.reason}: {shown!r}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly view, as written by the ``jsonl`` output format."""
        return {
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "is_article": self.is_article,
            "no_article_reason": self.no_article_reason,
            "body": self.body,
            "removed": [r.to_dict() for r in self.removed],
        }

"""corpus: lines that recur across many files of one batch are boilerplate.

A site's footer, a syndicator's disclaimer or a newsletter box is the same line in every
file of a crawl, while article text is not. In corpus mode (``clean_folder(..., learn=True)``
or ``cleaner clean --learn``) a first pass counts, for every line, the number of files it
occurs in; lines found in at least ``min_files`` files and ``min_fraction`` of the batch
(``[corpus]`` of ``rules/thresholds.toml``) are learned, and this step removes them. It is
off for single texts, where there is nothing to compare with.

Caveat: a wire story published many times in one batch recurs too; keep ``min_fraction``
above the share of such duplicates in your data, or de-duplicate first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from ..document import Document
from ..pipeline import Step
from ..rules import thresholds
from ..text import fold


def line_keys(text: str, min_chars: int) -> set[str]:
    """The distinct comparison keys of the lines of ``text`` long enough to learn."""
    keys = set()
    for line in text.split("\n"):
        if len(line.strip()) >= min_chars:
            key = fold(line)
            if key:
                keys.add(key)
    return keys


def learn_common_lines(
    texts_or_paths: Iterable[str | Path],
    *,
    min_files: int | None = None,
    min_fraction: float | None = None,
) -> frozenset[str]:
    """Learn the recurring lines of a batch (paths are read and decoded, strings used as is)."""
    from ..batch import DEFAULT_MAX_BYTES, read_text_file
    from .normalize import normalize_text

    cfg = thresholds()["corpus"]
    min_files = cfg["min_files"] if min_files is None else min_files
    min_fraction = cfg["min_fraction"] if min_fraction is None else min_fraction
    counts: Counter[str] = Counter()
    n = 0
    for item in texts_or_paths:
        if isinstance(item, Path):
            try:
                text, _, _ = read_text_file(item, DEFAULT_MAX_BYTES)
            except OSError:
                continue
            if text is None:
                continue
        else:
            text = item
        n += 1
        counts.update(line_keys(normalize_text(text), cfg["min_chars"]))
    need = max(min_files, min_fraction * n)
    return frozenset(k for k, c in counts.items() if c >= need)


class CorpusStep(Step):
    """Removes lines learned as recurring across the batch (see :func:`learn_common_lines`).

    Options: ``common_lines``, the learned keys.
    """

    name = "corpus"
    defaults: ClassVar[dict[str, Any]] = {"common_lines": frozenset()}

    def apply(self, doc: Document) -> None:
        """Remove kept lines whose comparison key was learned as batch boilerplate."""
        common = self.options["common_lines"]
        if not common:
            return
        for block in doc.kept:
            if fold(block.text) in common:
                doc.remove(block, "recurs across many files of the batch (site boilerplate)")

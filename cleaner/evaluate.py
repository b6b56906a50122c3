"""Scoring predicted bodies against gold bodies: bag-of-tokens precision, recall and F1.

The rule of the benchmark we measure on: text lower-cased, tokens are ``\\w+`` runs
(Unicode-aware), per page TP = sum over tokens of min(count in output, count in gold);
precision = TP / output tokens, recall = TP / gold tokens, F1 their harmonic mean.
Macro scores average pages; micro scores come from summed counts. Pages are grouped by
source, the part of the file name before the first ``-``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

_TOKEN_RE = regex.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    """The bag of lower-cased word tokens of ``text``."""
    return Counter(_TOKEN_RE.findall(text.lower()))


@dataclass(frozen=True)
class PageScore:
    """Counts and scores of one page."""

    name: str
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Share of output tokens that are in the gold body (1.0 for an empty output)."""
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        """Share of gold tokens found in the output."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def source(self) -> str:
        """The dataset prefix of the page name (before the first '-')."""
        return self.name.split("-", 1)[0]


def score_page(name: str, predicted: str, gold: str) -> PageScore:
    """Score one predicted body against its gold body."""
    p, g = tokens(predicted), tokens(gold)
    tp = sum(min(c, g[t]) for t, c in p.items())
    return PageScore(name, tp, sum(p.values()), sum(g.values()))


@dataclass
class Scores:
    """Macro and micro precision, recall and F1 over a set of pages."""

    pages: list[PageScore] = field(default_factory=list)

    def _macro(self, attr: str) -> float:
        return sum(getattr(p, attr) for p in self.pages) / len(self.pages) if self.pages else 0.0

    @property
    def macro(self) -> tuple[float, float, float]:
        """(precision, recall, F1), each the mean over pages."""
        return self._macro("precision"), self._macro("recall"), self._macro("f1")

    @property
    def micro(self) -> tuple[float, float, float]:
        """(precision, recall, F1) from token counts summed over pages."""
        tp = sum(p.tp for p in self.pages)
        pred = sum(p.predicted for p in self.pages)
        gold = sum(p.gold for p in self.pages)
        prec = tp / pred if pred else 0.0
        rec = tp / gold if gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return prec, rec, f1

    def by_source(self) -> dict[str, Scores]:
        """The scores split by source (file-name prefix)."""
        out: dict[str, Scores] = {}
        for p in self.pages:
            out.setdefault(p.source, Scores()).pages.append(p)
        return dict(sorted(out.items()))

    def table(self) -> str:
        """A Markdown table: all pages, then one row per source."""
        rows = [
            "| set | pages | macro P | macro R | macro F1 | micro P | micro R | micro F1 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]

        def row(name: str, s: Scores) -> str:
            vals = " | ".join(f"{v:.3f}" for v in (*s.macro, *s.micro))
            return f"| {name} | {len(s.pages)} | {vals} |"

        rows.append(row("all", self))
        rows.extend(row(src, s) for src, s in self.by_source().items())
        return "\n".join(rows)


def score_pairs(pairs: Iterable[tuple[str, str, str]]) -> Scores:
    """Score (name, predicted, gold) triples."""
    return Scores([score_page(n, p, g) for n, p, g in pairs])


def _gold_name(path: Path) -> str:
    name = path.name
    for suffix in (".gold.txt", ".txt"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def evaluate(pred_dir: str | Path, gold_dir: str | Path) -> Scores:
    """Score every gold file in ``gold_dir`` against the same-named file in ``pred_dir``.

    Gold files are ``NAME.gold.txt`` (or ``NAME.txt``); predictions are ``NAME.txt``. A
    missing prediction counts as an empty output. Raises FileNotFoundError for a missing
    folder and ValueError when ``gold_dir`` holds no gold files.
    """
    pred, gold = Path(pred_dir), Path(gold_dir)
    for folder in (pred, gold):
        if not folder.is_dir():
            raise FileNotFoundError(f"not a folder: {folder}")
    gold_files = sorted(gold.glob("*.gold.txt")) or sorted(gold.glob("*.txt"))
    if not gold_files:
        raise ValueError(f"no gold files (*.gold.txt or *.txt) in {gold}")
    triples = []
    for g in gold_files:
        name = _gold_name(g)
        p = pred / f"{name}.txt"
        predicted = p.read_text(encoding="utf-8") if p.is_file() else ""
        triples.append((name, predicted, g.read_text(encoding="utf-8")))
    return score_pairs(triples)

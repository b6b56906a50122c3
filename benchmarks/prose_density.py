"""Measure the usual stopword density of prose per language: the ``[prose_density]`` table.

Usage: python benchmarks/prose_density.py
For every language of tests/cases/articles.json that has a stopword list of its own, prints
the median stopword density of its article paragraphs, rounded down to 0.05, where it is
under ``[density] prose_density`` (the languages whose prose shows fewer free-standing
function words than the thresholds expect), next to the value in
``cleaner/rules/thresholds.toml``. Languages without a list of their own are judged by
shape alone and need no entry.
"""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path

from cleaner.rules import thresholds
from cleaner.steps.density import features
from cleaner.stopwords import has_stopwords, stopwords

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "cases" / "articles.json"


def main() -> int:
    """Print language, measured median, suggested entry and current entry."""
    articles: dict[str, list[str]] = json.loads(ARTICLES.read_text("utf-8"))
    expected = float(thresholds()["density"]["prose_density"])
    table = thresholds()["prose_density"]
    print(f"{'lang':6}{'median':>8}{'entry':>8}{'now':>8}")
    for lang, paragraphs in sorted(articles.items()):
        if lang.startswith("_") or not has_stopwords(lang):
            continue
        stops = stopwords(lang)
        median = statistics.median(features(p, stops).stop_density for p in paragraphs)
        if median >= expected and lang not in table:
            continue
        entry = math.floor(median * 20 + 1e-9) / 20
        print(f"{lang:6}{median:8.3f}{entry:8.2f}{table.get(lang, '-')!s:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Measure the usual stopword density of prose per language: the ``[prose_density]`` table.

Usage: python benchmarks/prose_density.py [--words]
For every language of tests/cases/articles.json that has a stopword list of its own, prints
the median stopword density of its article paragraphs, rounded down to 0.05, where it is
under ``[density] prose_density`` (the languages whose prose shows fewer free-standing
function words than the thresholds expect), next to the value in
``cleaner/rules/thresholds.toml``. Languages without a list of their own are judged by
shape alone and need no entry.

With ``--words`` it prints instead the ``[word_weight]`` table: for each language, the words
of English's first three paragraphs over the words of the language's first three (the
paragraphs translate one text), rounded to 0.1, where that ratio is at least
``WORD_WEIGHT_FLOOR``, next to the value in thresholds.toml. Languages written without
spaces (Chinese, Japanese, Thai), whose words are counted by characters, are left out.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from pathlib import Path

from cleaner.rules import thresholds
from cleaner.steps.density import features
from cleaner.stopwords import has_stopwords, stopwords
from cleaner.text import word_count

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "cases" / "articles.json"
WORD_WEIGHT_FLOOR = 1.25
"""Below this ratio a language's difference from English is within what three translated
paragraphs vary by: no ``[word_weight]`` entry."""


def word_ratio(articles: dict[str, list[str]], lang: str) -> float:
    """English words per word of ``lang`` over the first three paragraphs of each."""
    english = sum(word_count(p) for p in articles["en"][:3])
    return english / sum(word_count(p) for p in articles[lang][:3])


def counted_by_characters(paragraphs: list[str]) -> bool:
    """True for text without spaces between words (Chinese, Japanese, Thai): its "words"
    are counted by characters, and a ratio to English words means nothing."""
    return any(word_count(p) > 2 * len(p.split()) for p in paragraphs)


def print_word_weights(articles: dict[str, list[str]]) -> None:
    """Print language, measured ratio, suggested entry and current entry."""
    table = thresholds()["word_weight"]
    print(f"{'lang':6}{'ratio':>8}{'entry':>8}{'now':>8}")
    for lang in sorted(articles):
        if lang.startswith("_") or lang == "en" or counted_by_characters(articles[lang]):
            continue
        ratio = word_ratio(articles, lang)
        if ratio < WORD_WEIGHT_FLOOR and lang not in table:
            continue
        print(f"{lang:6}{ratio:8.3f}{round(ratio, 1):8.1f}{table.get(lang, '-')!s:>8}")


def main() -> int:
    """Print language, measured median, suggested entry and current entry."""
    articles: dict[str, list[str]] = json.loads(ARTICLES.read_text("utf-8"))
    if "--words" in sys.argv[1:]:
        print_word_weights(articles)
        return 0
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

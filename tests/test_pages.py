"""Whole news pages in many languages (tests/cases/pages.json): the title is the headline
however many lines (byline, date, share bar, photo caption) stand between it and the
article, the date is read, and the body is the article alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cleaner

CASES = Path(__file__).parent / "cases"
ARTICLES: dict[str, list[str]] = json.loads((CASES / "articles.json").read_text("utf-8"))
PAGES: dict[str, dict[str, Any]] = json.loads((CASES / "pages.json").read_text("utf-8"))["pages"]


def _page(language: str) -> str:
    case = PAGES[language]
    return "\n\n".join([*case["head"], *ARTICLES[language], *case["tail"]])


@pytest.mark.parametrize("favor", ["balanced", "precision", "recall"])
@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_news_page_gives_its_headline_date_and_article(language: str, favor: str) -> None:
    result = cleaner.clean_document(_page(language), favor=favor)  # type: ignore[arg-type]
    assert result.title == PAGES[language]["title"]
    assert result.date == "2025-07-04"
    assert result.language == language
    assert result.body.split("\n\n") == ARTICLES[language]

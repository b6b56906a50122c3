"""Whole news pages in many languages (tests/cases/pages.json): the title is the headline
however many lines (byline, date, share bar, photo caption, reading time, listen button,
AI-summary button) stand between it and the article, the date is read, and the body is
the article alone (no author's bio, teasers, comments or footer)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cleaner

CASES = Path(__file__).parent / "cases"
ARTICLES: dict[str, list[str]] = json.loads((CASES / "articles.json").read_text("utf-8"))
PAGES: list[dict[str, Any]] = json.loads((CASES / "pages.json").read_text("utf-8"))["pages"]


def _text(page: dict[str, Any]) -> str:
    article = ARTICLES[page["lang"]]
    half = len(article) // 2
    parts = {
        "{article}": article,
        "{article1}": article[:half],
        "{article2}": article[half:],
        "{article tagged}": [f"(MENAFN) {article[0]}", *article[1:]],
    }
    return "\n\n".join(part for line in page["lines"] for part in parts.get(line, [line]))


@pytest.mark.parametrize("favor", ["balanced", "precision", "recall"])
@pytest.mark.parametrize("page", PAGES, ids=[f"{p['lang']}-{i}" for i, p in enumerate(PAGES)])
def test_a_news_page_gives_its_headline_date_and_article(page: dict[str, Any], favor: str) -> None:
    result = cleaner.clean_document(_text(page), favor=favor)  # type: ignore[arg-type]
    assert result.title == page["title"]
    assert result.date == page["date"]
    assert result.language == page["lang"]
    assert result.body.split("\n\n") == ARTICLES[page["lang"]]


@pytest.mark.parametrize("favor", ["balanced", "precision", "recall"])
@pytest.mark.parametrize("page", PAGES, ids=[f"{p['lang']}-{i}" for i, p in enumerate(PAGES)])
def test_a_news_page_with_single_line_breaks_gives_the_same(
    page: dict[str, Any], favor: str
) -> None:
    """The same page with one line break between lines instead of a blank line (as many
    scrapers print it): a headline is not joined to the byline or stamp under it ("... di
    Marco Rossi", "... dinsdag 8 juli 2025") as if it were a hard-wrapped sentence."""
    result = cleaner.clean_document(_text(page).replace("\n\n", "\n"), favor=favor)  # type: ignore[arg-type]
    assert result.title == page["title"]
    assert result.date == page["date"]
    assert result.body.split("\n\n") == ARTICLES[page["lang"]]


SCRAPER_FORMS = {
    # each line a paragraph of HTML, the page's blank lines gone
    "html-p": lambda text: "\n".join(f"<p>{line}</p>" for line in text.split("\n") if line),
    # a feed's HTML flattened onto one line, short lines as headings
    "html-flattened": lambda text: "".join(
        f"<h2>{line}</h2>" if len(line.split()) < 6 else f"<p>{line}</p>"
        for line in text.split("\n")
        if line.strip()
    ),
    # written as a JSON string's body
    "json": lambda text: json.dumps(text, ensure_ascii=False)[1:-1],
}


@pytest.mark.parametrize("form", sorted(SCRAPER_FORMS))
@pytest.mark.parametrize("page", PAGES, ids=[f"{p['lang']}-{i}" for i, p in enumerate(PAGES)])
def test_a_news_page_in_another_scrapers_form_gives_the_same(
    page: dict[str, Any], form: str
) -> None:
    """The page as HTML paragraphs, as flattened HTML or as a JSON string: the same title,
    date and article (Chinese lines closed by "</p>" were joined as one hard-wrapped
    paragraph: nothing but the tag ended them)."""
    result = cleaner.clean_document(SCRAPER_FORMS[form](_text(page)))
    assert result.title == page["title"]
    assert result.date == page["date"]
    assert result.body.split("\n\n") == ARTICLES[page["lang"]]


def _brief(page: dict[str, Any]) -> str:
    """The page with its article cut to the first paragraph: a one-paragraph brief."""
    first = ARTICLES[page["lang"]][0]
    parts = {
        "{article}": [first],
        "{article1}": [first],
        "{article2}": [],
        "{article tagged}": [f"(MENAFN) {first}"],
    }
    return "\n\n".join(part for line in page["lines"] for part in parts.get(line, [line]))


@pytest.mark.parametrize("favor", ["balanced", "precision", "recall"])
@pytest.mark.parametrize("page", PAGES, ids=[f"{p['lang']}-{i}" for i, p in enumerate(PAGES)])
def test_a_brief_on_a_news_page_gives_its_one_paragraph(page: dict[str, Any], favor: str) -> None:
    """The same page around a one-paragraph brief: the debris under it (comments, a related
    card whose summary is as long as the brief, an app prompt) must not outweigh it."""
    result = cleaner.clean_document(_brief(page), favor=favor)  # type: ignore[arg-type]
    assert result.title == page["title"]
    assert result.body == ARTICLES[page["lang"]][0], result.explain()
    single = cleaner.clean_document(_brief(page).replace("\n\n", "\n"), favor=favor)  # type: ignore[arg-type]
    assert (single.title, single.body) == (result.title, result.body), single.explain()

"""The markdown step: pages a scraper wrote as Markdown keep their words, lose the markup."""

from __future__ import annotations

import cleaner
from cleaner.document import Document, split_blocks

PARAGRAPHS = [
    "The city council on Tuesday approved a $2 billion plan to modernise public transport, "
    "including new electric bus lines and the renewal of commuter trains, officials said.",
    "According to the transport commissioner, the plan will be carried out over four years "
    "and most of the money will come from state grants approved last year.",
    "The goal is to cut emissions from urban transport by 30 percent by 2030 and to improve "
    "the frequency of services in the outer suburbs, the commissioner told reporters.",
    "Districts can submit their projects until the end of October, and the council will "
    "decide on funding before the end of the year, according to a statement.",
]

PAGE = f"""[Skip to content](#main)

[![Example News](https://example.com/logo.png)](https://example.com/)

* [World](https://example.com/world)
* [Business](https://example.com/business)

# City approves $2bn plan to modernise public transport

By [Jane Smith](https://example.com/authors/jane-smith) | July 22, 2025

![A new electric bus in the city centre](https://example.com/img/bus.jpg)
*A new electric bus in the city centre. Photo: Reuters*

{PARAGRAPHS[0].replace("officials said", "[officials said](https://example.com/said)")}

> {PARAGRAPHS[1].replace("four years", "**four years**")}

---

{PARAGRAPHS[2]}

{PARAGRAPHS[3].replace("a statement", "[a statement](https://en.wikipedia.org/wiki/Bus_(vehicle))")}

## Related articles

* [Metro workers strike in the capital](https://example.com/strike)

© 2025 Example News. All rights reserved.
"""


def test_a_markdown_page_keeps_its_words_and_loses_its_markup() -> None:
    result = cleaner.clean_document(PAGE)
    assert result.body == "\n\n".join(PARAGRAPHS), result.explain()
    assert result.title == "City approves $2bn plan to modernise public transport"
    assert result.date == "2025-07-22"
    reasons = {r.reason for r in result.removed if r.step == "markdown"}
    assert "markdown image" in reasons
    assert "image caption (the emphasised line under a markdown image)" in reasons
    assert "markdown link target (its text stays)" in reasons
    assert "markdown rule line" in reasons


def test_cleaning_a_markdown_page_is_idempotent() -> None:
    body = cleaner.clean(PAGE)
    assert cleaner.clean(body) == body


def test_the_first_heading_is_the_title_even_far_above_the_article() -> None:
    page = "\n\n".join(
        ["# Council backs the bus plan", "[Home](/)", "News", "Short line here", *PARAGRAPHS]
    )
    assert cleaner.clean_document(page).title == "Council backs the bus plan"


def test_comment_lines_of_code_without_links_are_not_headings() -> None:
    """A "# " line alone does not make a page Markdown: shell comments in a code sample."""
    code = "# Create a new repository git init my-project"
    result = cleaner.clean_document("\n\n".join([PARAGRAPHS[0], code, *PARAGRAPHS[1:]]))
    assert code in result.body
    assert not any(r.step == "markdown" for r in result.removed)


def test_plain_text_is_not_touched() -> None:
    """Brackets, stars and underscores of plain text are not Markdown: a page with no link
    and no heading line is left alone, and inside a Markdown page only paired markup goes."""
    plain = "See note [1] (page 4): 2 * 3 * 4 = 24, and snake_case_names stay."
    assert cleaner.clean_document("\n\n".join([*PARAGRAPHS, plain])).body.endswith(plain)
    doc = Document(blocks=split_blocks(f"[a](https://x.org) {plain}"))
    doc.meta["source_text"] = ""
    cleaner.steps.MarkdownStep()(doc)
    assert doc.blocks[0].text == f"a {plain}"


def test_a_cut_with_glue_joins_the_sides_as_they_are() -> None:
    doc = Document(blocks=split_blocks("read [the statement](https://x.org)."))
    block = doc.blocks[0]
    doc.cut(block, 19, 35, "link target", glue=True)
    doc.cut(block, 5, 6, "link", glue=True)
    assert block.text == "read the statement."
    assert [c.text for c in block.cuts] == ["](https://x.org)", "["]


def test_an_image_inside_a_line_leaves_one_space() -> None:
    doc = Document(blocks=split_blocks("Buses ![a bus](https://x.org/b.jpg) run [late](/l)."))
    cleaner.steps.MarkdownStep()(doc)
    assert doc.blocks[0].text == "Buses run late."


def test_a_page_with_bold_pairs_and_no_link_is_markdown() -> None:
    """A reader service's Markdown of an article without links: its "**bold**" goes. One
    pair alone (a footnote's stars) leaves the page as it is."""
    bold = [p.replace("the ", "**the** ", 1) for p in PARAGRAPHS]
    assert sum(p.count("**the**") for p in bold) >= 2
    assert cleaner.clean_document("\n\n".join(bold)).body == "\n\n".join(PARAGRAPHS)
    once = [PARAGRAPHS[0].replace("the ", "**the** ", 1), *PARAGRAPHS[1:]]
    assert "**the**" in cleaner.clean_document("\n\n".join(once)).body

"""The markup step: lines of raw HTML a scraper left behind go, code and prose stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.document import Document
from cleaner.steps import MarkupStep

ARTICLES: dict[str, list[str]] = json.loads(
    (Path(__file__).parent / "cases" / "articles.json").read_text("utf-8")
)
PIXEL = (
    '<div style="position:absolute;"><img width=1 height=1 alt="" '
    'src="http://stats.example.jp/b?P=ab12cd34ef56&T=1489053188%2fE%3d2078709551%2fR%3d'
    'jp_hdln_te%2fK%3d5%2fV%3d2.1%2fW%3dH%2fY%3djp%2fF%3d779653832"></div>'
)


def _marked(lines: list[str], **options: object) -> list[str]:
    """The lines MarkupStep removes from a page of ``lines``."""
    doc = Document.from_text("\n".join(lines))
    doc.step_name = "markup"
    MarkupStep(**options).apply(doc)
    return [b.text for b in doc.blocks if not b.kept]


@pytest.mark.parametrize("lang", ["zh", "ko"])
def test_tracking_pixels_do_not_decide_the_language(lang: str) -> None:
    # Without the step, the pixels' attribute names and URL pieces outweigh the article's
    # first lines in the language sample ("no" for Chinese, "et" for Korean).
    text = "\n\n".join([PIXEL, PIXEL.replace("ab12", "zz99"), *ARTICLES[lang]])
    result = cleaner.clean_document(text)
    assert result.language == lang
    assert "<div" not in result.body
    reasons = [r.reason for r in result.removed if r.step == "markup"]
    assert len(reasons) == 2
    assert all("raw HTML markup" in r for r in reasons)


def test_ad_slots_comments_and_script_includes_go() -> None:
    lines = [
        '<a href="http://ads.example.net/click?zone=12" target="_blank">'
        '<img src="http://ads.example.net/view?zone=12" width="300" height="250"></a>',
        "<!-- ad slot 3 -->",
        '<script src="http://ad.example.com/adj/site/news;sz=300x250"></script>',
        '<ins class="adsbygoogle" data-ad-slot="1234"></ins>',
    ]
    assert _marked(lines) == lines


def test_code_of_other_languages_and_prose_with_tags_stay() -> None:
    lines = [
        "<TargetFrameworks>net6.0;net8.0</TargetFrameworks>",  # not an HTML element
        "<abc>x</abc>",  # "a" is one, "abc" is not
        "<b>Note:</b> the council will meet again on Monday to vote on the final budget.",
        "The mayor said <em>no</em> to the plan.",  # does not open with a tag
        "<< Previous story",
    ]
    assert _marked(lines) == []


def test_the_share_of_tags_is_an_option() -> None:
    line = '<a href="https://example.org/album/shipwreck">Shipwreck, the album</a>'
    assert _marked([line]) == [line]  # tags are 70% of it
    assert _marked([line], min_tag_share=0.9) == []
    with pytest.raises(cleaner.PipelineError, match="min_tag_share"):
        MarkupStep(min_tag_share=1.5)


def _kept(lines: list[str], **options: object) -> list[str]:
    """The kept lines' text after MarkupStep, on a page of ``lines``."""
    doc = Document.from_text("\n".join(lines))
    doc.step_name = "markup"
    MarkupStep(**options).apply(doc)
    return [b.text for b in doc.blocks if b.kept]


def test_the_elements_are_an_option() -> None:
    line = "<blink>SALE</blink>"
    slot = '<blink class="ad" data-slot="https://ads.example.net/slot?id=12345678"></blink>'
    assert _kept([line, slot]) == [line, slot]  # not a standard element: left as it is
    # Counted: a slot of tags goes; words in a pair of its tags stay, the tags cut out.
    assert _kept([line, slot], elements=["blink"]) == ["SALE"]
    for bad in ("div", [], ["div", "a b"]):
        with pytest.raises(cleaner.PipelineError, match="elements"):
            MarkupStep(elements=bad)


def test_a_line_of_script_code_goes_whatever_its_share_of_tags() -> None:

    script = (
        "<SCRIPT LANGUAGE='JavaScript1.1'>if (document.layers) {document.write('<SCR' + "
        "'IPT SRC=/ads/x.js></SCR' + 'IPT>');}</SCRIPT>"
    )
    result = cleaner.clean_document("\n\n".join([script, *ARTICLES["en"]]))
    assert script not in result.body
    assert any("script" in r.reason for r in result.removed if r.step == "markup")


def test_tags_left_around_words_are_cut_and_the_words_stay() -> None:
    """A feed's HTML inside the text: paragraphs wrapped in <p>, names in <strong>, links
    in <a>, a <br> and entities (which ftfy leaves where a "<" stands)."""
    clean = ARTICLES["en"]
    tagged = [
        f"<p>{clean[0].replace('council', '<strong>council</strong>')}</p>",
        f'<p class="body">{clean[1]}<br/></p>',
        *(f"<p>{p}</p>" for p in clean[2:]),
    ]
    tagged[1] = tagged[1].replace("mayor", '<a href="https://example.org/mayor">mayor</a>', 1)
    result = cleaner.clean_document("\n\n".join(tagged))
    assert result.body == "\n\n".join(clean), result.explain()
    reasons = {r.reason for r in result.removed if r.step == "markup"}
    assert reasons == {"HTML tag left by the scraper (its words stay)"}


def test_an_entity_beside_a_cut_tag_is_decoded() -> None:
    line = "<p>The council&#39;s vote was 12 to 9, &quot;a clear result&quot;, the mayor said.</p>"
    doc = Document.from_text(line)
    doc.step_name = "markup"
    MarkupStep().apply(doc)
    assert (
        doc.blocks[0].text == 'The council\'s vote was 12 to 9, "a clear result", the mayor said.'
    )


@pytest.mark.parametrize(
    "line",
    [
        "Use the <br> element to break a line in the middle of a paragraph of text.",
        "If a < b and c > d then the function returns early, as the tests check.",
        "The <div> and <span> elements group content, as the specification explains.",
        "<TargetFrameworks>net6.0;net8.0</TargetFrameworks> targets both runtimes.",
    ],
)
def test_tags_named_in_prose_stay(line: str) -> None:
    doc = Document.from_text(line)
    doc.step_name = "markup"
    MarkupStep().apply(doc)
    assert doc.blocks[0].text == line


def test_a_br_inside_other_markup_leaves_its_line_whole() -> None:
    from cleaner.steps.normalize import break_html_lines

    alert = '<div class="alert"><p>JavaScript is off.<br>Turn it <a href="/h">on</a>.</p></div>'
    assert break_html_lines(alert) == alert
    assert break_html_lines("One line.<br>Another line.") == "One line.<br>\nAnother line."
    assert break_html_lines("<p>One.</p><p>Two.</p>") == "<p>One.</p>\n<p>Two.</p>"

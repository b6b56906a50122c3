"""The Pipeline API: named steps, dropping, replacing, adding, configuring, explaining."""

from __future__ import annotations

import pytest

import cleaner
from cleaner import Document, Pipeline, PipelineError
from cleaner.steps import drop_lines_matching, line_filter

ARTICLE = (
    "The city council voted on Tuesday to expand the bus network, adding three new routes "
    "that will connect the northern suburbs with the hospital by next spring.\n\n"
    "Officials said the plan would cost about 12 million dollars over five years, most of "
    "it paid for by a regional transport grant approved after a long debate."
)


def test_default_pipeline_names() -> None:
    assert cleaner.default_pipeline().names == [
        "normalize",
        "markup",
        "markdown",
        "language",
        "phrases",
        "dedupe",
        "density",
        "header",
        "article",
    ]


def test_clean_and_clean_document_agree() -> None:
    text = "Sponsored by Acme\n\n" + ARTICLE + "\n\nAdvertisement"
    result = cleaner.clean_document(text)
    assert cleaner.clean(text) == result.body
    assert "Advertisement" not in result.body
    assert result.language == "en"
    assert any(r.step == "phrases" and "advertisement" in r.reason for r in result.removed)


def test_custom_step_in_five_lines() -> None:
    pipe = cleaner.default_pipeline().without("density").add(drop_lines_matching(r"^Sponsored"))
    result = pipe.run(ARTICLE + "\n\nSponsored by Acme")
    assert "Sponsored" not in result.body
    assert "[drop_lines_matching] line 5: matches '^Sponsored'" in result.explain()


def test_plain_function_is_a_step_with_explain() -> None:
    def no_dollars(doc: Document) -> None:
        for block in doc.kept:
            if "dollars" in block.text:
                doc.remove(block, "mentions money")

    pipe = cleaner.default_pipeline().add(no_dollars, after="phrases")
    result = pipe.run(ARTICLE)
    assert "dollars" not in result.body
    assert pipe.names.index("no_dollars") == pipe.names.index("phrases") + 1
    assert "[no_dollars]" in result.explain() and "mentions money" in result.explain()


def test_line_filter_reason() -> None:
    pipe = cleaner.default_pipeline().add(line_filter(lambda s: "bus" not in s or "no buses"))
    result = pipe.run(ARTICLE)
    assert "bus network" not in result.body
    assert any(r.reason == "no buses" for r in result.removed)


def test_replace_reorder_move_and_without() -> None:
    pipe = cleaner.default_pipeline()
    assert "density" not in pipe.without("density").names
    moved = pipe.move("dedupe", before="phrases")
    assert moved.names.index("dedupe") < moved.names.index("phrases")
    reordered = pipe.reorder(list(reversed(pipe.names)))
    assert reordered.names == list(reversed(pipe.names))
    replaced = pipe.replace("density", lambda doc: None)
    assert "density" not in replaced.names and len(replaced) == len(pipe)
    assert pipe.names[6] == "density"  # the original is unchanged


def test_configure_changes_options() -> None:
    pipe = cleaner.default_pipeline().configure("language", language="de")
    assert pipe.run(ARTICLE).language == "de"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: p.without("nope"), "no step named 'nope'"),
        (lambda p: p.configure("density", nonsense=1), "has no option 'nonsense'"),
        (lambda p: p.add(lambda d: None, before="x", after="y"), "not both"),
        (lambda p: p.reorder(["normalize"]), "every step exactly once"),
        (lambda p: p.add(p["density"]), "unique"),
    ],
)
def test_pipeline_errors_are_clear(call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PipelineError, match=message):
        call(cleaner.default_pipeline())


def test_bad_favor() -> None:
    with pytest.raises(PipelineError, match="favor must be one of"):
        cleaner.clean(ARTICLE, favor="fast")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["x"]])
def test_non_str_input_is_a_clear_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="takes str"):
        cleaner.clean(bad)  # type: ignore[arg-type]


def test_bytes_error_says_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        cleaner.clean(b"abc")  # type: ignore[arg-type]


def test_favor_moves_the_tradeoff() -> None:
    text = "\n".join(
        ["Menu", "World news today", ARTICLE, "Short teaser line here", "Footer links and more"]
    )
    kept = {f: len(cleaner.clean(text, favor=f)) for f in cleaner.FAVORS}
    assert kept["precision"] <= kept["balanced"] <= kept["recall"]


def test_no_article_page() -> None:
    wall = (
        "Before you continue\n\nWe and our partners use cookies and data to deliver and maintain "
        "services. If you choose to Accept all, we will also use cookies."
        "\n\nAccept all\n\nReject all"
    )
    result = cleaner.clean_document(wall)
    assert result.body == "" and not result.is_article
    assert "cookie" in (result.no_article_reason or "")
    assert "no article" in result.explain()


def test_headline_list_is_no_article() -> None:
    page = "\n".join(f"Headline number {i} about the city budget" for i in range(12))
    result = cleaner.clean_document(page)
    assert not result.is_article and result.body == ""


def test_pipeline_run_matches_default_clean() -> None:
    assert Pipeline(cleaner.default_pipeline()).run(ARTICLE).body == cleaner.clean(ARTICLE)


def test_a_news_brief_under_a_consent_banner_is_an_article() -> None:
    """A consent banner the phrase rules remove does not make a short article a wall:
    the page is a wall only when its text is the wall's, or almost nothing else is left."""
    brief = [
        "Apple shares rose 3% on Tuesday after strong iPhone sales in China, Japan and Europe "
        "lifted quarterly revenue past analyst forecasts, the company said in a statement.",
        "The company expects the trend to continue into the holiday quarter, when it will "
        "launch two new models.",
    ]
    banner = (
        "We use cookies to improve your experience. By continuing to browse you accept our "
        "use of cookies."
    )
    result = cleaner.clean_document("\n\n".join(["Home | News", *brief, banner, "Accept"]))
    assert result.is_article, result.no_article_reason
    assert result.body == "\n\n".join(brief)
    # With only a line of other text the banner is the page.
    result = cleaner.clean_document("\n\n".join(["Home | News", "Breaking news", banner]))
    assert not result.is_article and "cookie" in (result.no_article_reason or "")

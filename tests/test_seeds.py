"""The five seed pages: body lines in, debris lines out, title and date right."""

from __future__ import annotations

import json

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)
import pytest

import cleaner
from cleaner.text import fold

from .conftest import SAMPLES

SEEDS = sorted(p.stem for p in (SAMPLES / "input").glob("*.txt"))


def _load(name: str) -> tuple[str, dict, str]:  # type: ignore[type-arg]
    text = (SAMPLES / "input" / f"{name}.txt").read_text(encoding="utf-8")
    spec = json.loads((SAMPLES / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    expected = (SAMPLES / "expected" / f"{name}.txt").read_text(encoding="utf-8")
    return text, spec, expected


def _in_body(line: str, body_keys: set[str], body_fold: str) -> bool:
    key = fold(line.replace("(MENAFN)", ""))
    return key in body_keys or (len(key) > 30 and key in body_fold)


def test_there_are_five_seeds() -> None:
    assert len(SEEDS) == 5


@pytest.mark.parametrize("name", SEEDS)
def test_seed_lines(name: str) -> None:
    text, spec, _ = _load(name)
    result = cleaner.clean_document(text)
    lines = text.split("\n")
    body_keys = {fold(p) for p in result.body.split("\n\n")}
    body_fold = fold(result.body)
    either = set(spec["either_lines"])
    for i in spec["body_lines"]:
        if i not in either:
            assert _in_body(lines[i], body_keys, body_fold), f"body line {i} lost: {lines[i]!r}"
    for i in spec["debris_lines"]:
        assert fold(lines[i]) not in body_keys, f"debris line {i} kept: {lines[i]!r}"


@pytest.mark.parametrize("name", SEEDS)
def test_seed_metadata(name: str) -> None:
    text, spec, _ = _load(name)
    result = cleaner.clean_document(text)
    assert result.title == spec["title"]
    assert result.date == spec["date"]
    assert result.language == spec["language"]
    assert result.is_article


@pytest.mark.parametrize("name", SEEDS)
def test_seed_body_matches_expected(name: str) -> None:
    text, _, expected = _load(name)
    assert cleaner.clean(text) == expected.strip()


@pytest.mark.parametrize("name", SEEDS)
@pytest.mark.parametrize("codec", ["sloppy-windows-1252", "latin-1", "double"])
def test_mojibake_copy_gives_same_body(name: str, codec: str) -> None:
    # Mojibake as browsers and scrapers make it: UTF-8 bytes read as Windows-1252 (bytes
    # that codec leaves undefined pass through as C1 controls) or Latin-1, or twice over.
    text, _, _ = _load(name)
    if codec == "double":
        broken = text.encode("utf-8").decode("sloppy-windows-1252")
        broken = broken.encode("utf-8").decode("sloppy-windows-1252")
    else:
        broken = text.encode("utf-8").decode(codec)
    assert broken != text
    assert cleaner.clean(broken) == cleaner.clean(text)


@pytest.mark.parametrize("name", SEEDS)
def test_other_damage_is_repaired(name: str) -> None:
    text, _, _ = _load(name)
    damaged = (
        text.replace("\n", "\r\n")
        .replace(" the ", " the\u00a0")
        .replace("Kremlin", "Krem\u200blin")
    )
    damaged = damaged.replace("\u2019", "&rsquo;")
    assert cleaner.clean(damaged).replace("\u2019", "'") == cleaner.clean(text).replace(
        "\u2019", "'"
    )


@pytest.mark.parametrize("name", SEEDS)
@pytest.mark.parametrize(
    "wrap",
    [
        # each line a paragraph of HTML, the page's blank lines gone
        lambda page: "\n".join(f'<p class="x">{line}</p>' for line in page.split("\n") if line),
        # a feed's HTML flattened onto one line, short lines as headings
        lambda page: "".join(
            f"<h2>{line}</h2>" if len(line.split()) < 6 else f"<p>{line}</p>"
            for line in page.split("\n")
            if line.strip()
        ),
        # paragraphs separated by <br> only
        lambda page: "<br>".join(page.split("\n\n")),
        # written as a JSON string: line breaks and quotes escaped, on one line
        lambda page: json.dumps(page)[1:-1],
        lambda page: json.dumps(page, ensure_ascii=False)[1:-1],
    ],
    ids=["html-p-lines", "html-flattened", "html-br", "json-ascii", "json-utf8"],
)
def test_seed_in_another_scrapers_form_gives_same_body(name: str, wrap: object) -> None:
    """HTML left in the text (section markers such as "<p>Comments</p>" still end the
    article; paragraphs glued by their tags are split where the tags split them) and a
    page written as a JSON string's body."""
    text, _, expected = _load(name)
    wrapped = wrap(text)  # type: ignore[operator]
    assert wrapped != text
    result = cleaner.clean_document(wrapped)
    assert result.body == expected.strip(), result.explain()


def test_escaped_line_breaks_among_real_lines_stay() -> None:
    """A code sample's "\\n" in an article of real lines is text, not a JSON escape."""
    from cleaner.steps.normalize import unescape_json_text

    code = 'printf("one\\n"); printf("two\\n"); printf("three\\n");'
    article = "\n".join(["The loop prints three lines:", code, "Each ends with a newline."])
    assert unescape_json_text(article) == article


def test_explain_names_steps_and_reasons() -> None:
    text, _, _ = _load(SEEDS[3])
    result = cleaner.clean_document(text)
    account = result.explain()
    assert "[phrases]" in account and "section and everything after it" in account
    assert all(r.reason and r.step for r in result.removed)

"""Bytes of unknown encoding: the legacy code pages of scraped news files decode right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.decode import BinaryDataError, decode_bytes, single_byte

ARTICLES: dict[str, list[str]] = json.loads(
    (Path(__file__).parent / "cases" / "articles.json").read_text("utf-8")
)

LEGACY = [
    ("pl", "cp1250"),
    ("pl", "iso8859_2"),
    ("cs", "cp1250"),
    ("hu", "cp1250"),
    ("hr", "cp1250"),
    ("lv", "cp1257"),
    ("lt", "cp1257"),
    ("et", "cp1257"),
    ("ru", "cp1251"),
    ("ru", "koi8_r"),
    ("uk", "cp1251"),
    ("bg", "cp1251"),
    ("el", "cp1253"),
    ("tr", "cp1254"),
    ("he", "cp1255"),
    ("ar", "cp1256"),
    ("th", "cp874"),
    ("es", "cp1252"),
    ("it", "cp1252"),
    ("ca", "cp1252"),
    ("da", "cp1252"),
    ("fi", "cp1252"),
    ("zh", "gb18030"),
    ("ja", "shift_jis"),
    ("ko", "euc_kr"),
]


@pytest.mark.parametrize(("lang", "encoding"), LEGACY)
@pytest.mark.parametrize("paragraphs", [1, 2])
def test_a_short_article_in_a_legacy_code_page_decodes_to_its_text(
    lang: str, encoding: str, paragraphs: int
) -> None:
    """One or two paragraphs are little for a charset guess: a Polish paragraph in cp1250
    was read as cp1252 ("zdecydowa³a") and a Latvian one in cp1257 as cp1250 ("Pilsçtas").
    Among single-byte code pages the decoding that reads most like a language wins."""
    for start in range(len(ARTICLES[lang]) - paragraphs + 1):
        text = "\n\n".join(ARTICLES[lang][start : start + paragraphs])
        decoded, _ = decode_bytes(text.encode(encoding))
        assert decoded == text, (start, decoded[:80])


def test_english_with_windows_quotes_stays_cp1252() -> None:
    text = "The council said \u201cyes\u201d to the new routes \u2013 three of them \u2013 today."
    decoded, encoding = decode_bytes(text.encode("cp1252"))
    assert decoded == text, encoding


def test_single_byte_code_pages_are_told_from_multibyte_ones() -> None:
    assert single_byte("cp1250") and single_byte("koi8_r") and single_byte("latin-1")
    assert not single_byte("shift_jis") and not single_byte("utf-8")
    assert not single_byte("no-such-codec")


def test_binary_data_is_refused() -> None:
    with pytest.raises(BinaryDataError):
        decode_bytes(bytes(range(256)) * 20)


def test_a_code_page_that_cannot_decode_a_later_byte_gives_way_to_the_next() -> None:
    """Candidates are scored on the first bytes; a byte further on that the winner leaves
    undefined (0x81 in cp1252) hands the text to the next candidate, whole."""
    from cleaner.decode import PLAUSIBILITY_BYTES, most_plausible

    data = b"The council met on Tuesday. " * (PLAUSIBILITY_BYTES // 28 + 10) + b"\x81 end"
    text, encoding = most_plausible(data, ["cp1252", "latin-1"])
    assert encoding == "latin-1" and len(text) == len(data) and text.endswith("\x81 end")


@pytest.mark.parametrize(
    ("lang", "encoding"), [("ja", "iso2022_jp"), ("ja", "iso2022_jp_2"), ("ko", "iso2022_kr")]
)
def test_seven_bit_iso_2022_text_decodes_to_its_text(lang: str, encoding: str) -> None:
    """ISO-2022 bytes are all ASCII, so they passed as UTF-8 with their escape sequences
    left in ("\\x1b$B;T5D2q..." for a Japanese article)."""
    text = "\n\n".join(ARTICLES[lang])
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


def test_an_ansi_escape_in_ascii_text_is_no_iso_2022() -> None:
    text = "plain text with a \x1b[31mcoloured\x1b[0m word"
    assert decode_bytes(text.encode("ascii")) == (text, "utf-8")

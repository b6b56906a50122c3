"""Bytes of unknown encoding to text: BOMs, strict UTF-8, then charset-normalizer.

Scraped files come as UTF-8 (with or without BOM), UTF-16, Windows-1252, Latin-1 and
more. The order of attempts: a byte-order mark decides; else strict UTF-8; else
charset-normalizer's guesses. Binary data (NUL bytes outside UTF-16/32, or no plausible
decoding) raises :class:`BinaryDataError`. The text then goes through ftfy's repair in the
normalize step like any other text.

Why a second opinion on single-byte code pages: every byte decodes in each of them, and on
a short text charset-normalizer often picks a neighbour (Polish cp1250 read as cp1252 gives
"zdecydowa³a"; Latvian cp1257 read as cp1250 gives "Pilsçtas"). When its best guess is a
single-byte code page, the single-byte candidates (its own and the common legacy pages in
:data:`LEGACY_CODE_PAGES`) are each decoded and scored with the language profiles the
language step uses; a candidate replaces the guess only when its text reads strictly more
like some language.
"""

from __future__ import annotations

import codecs
from functools import cache

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class BinaryDataError(ValueError):
    """The bytes do not look like text in any encoding."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text; returns (text, encoding name).

    Raises :class:`BinaryDataError` for data that is not text.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"decode_bytes() takes bytes, got {type(data).__name__}")
    data = bytes(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise BinaryDataError(
                    f"starts with a {encoding} BOM but does not decode: {exc}"
                ) from exc
    if b"\x00" in data[:8192]:
        guess = from_bytes(data[:65536], cp_isolation=["utf_16", "utf_16_le", "utf_16_be"]).best()
        if guess is None or guess.encoding is None:
            raise BinaryDataError("contains NUL bytes: binary data, not text")
        try:
            return data.decode(guess.encoding), guess.encoding
        except UnicodeDecodeError as exc:
            raise BinaryDataError("contains NUL bytes: binary data, not text") from exc
    if _ISO_2022_ESCAPE in data:
        # Seven-bit Japanese or Korean mail and old web text: ASCII bytes that switch to a
        # multibyte set with an escape sequence, so they would pass as UTF-8 undecoded.
        encoding = "iso2022_kr" if _ISO_2022_KR_DESIGNATION in data else "iso2022_jp_2"
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise BinaryDataError("no text encoding fits these bytes")
    if not single_byte(best.encoding):
        return str(best), best.encoding
    guesses = [m.encoding for m in matches if m.encoding]
    return most_plausible(data, [*guesses, *LEGACY_CODE_PAGES])


_ISO_2022_ESCAPE = b"\x1b$"
"""The escape that switches ISO-2022 text to a multibyte character set."""
_ISO_2022_KR_DESIGNATION = b"\x1b$)C"
"""The designation at the head of ISO-2022-KR text (else the Japanese family is read)."""

LEGACY_CODE_PAGES = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "koi8_r",
    "koi8_u",
    "iso8859_2",
    "iso8859_7",
    "cp874",
)
"""Single-byte code pages of the web's legacy text (Windows, KOI8, ISO 8859) tried beside
charset-normalizer's own guesses."""
PLAUSIBILITY_SAMPLE = 4000
"""Characters of each candidate decoding scored against the language profiles."""
PLAUSIBILITY_BYTES = 16384
"""Bytes each candidate code page decodes to be scored (the winner then decodes all)."""


@cache
def single_byte(encoding: str) -> bool:
    """True when ``encoding`` maps each byte to one character (every byte sequence decodes
    in it, so only the text's statistics tell two such code pages apart)."""
    try:
        return len(bytes(range(256)).decode(encoding, errors="replace")) == 256 and not (
            codecs.lookup(encoding).name.startswith("utf")
        )
    except LookupError:
        return False


def most_plausible(data: bytes, encodings: list[str]) -> tuple[str, str]:
    """Decode ``data`` with the single-byte ``encodings`` (the first is the default) and
    return the (text, encoding) that reads most like a language: the highest score under
    the language profiles of :mod:`cleaner.langid`. Ties keep the earlier encoding. Each
    candidate is scored on the text of the first ``PLAUSIBILITY_BYTES`` bytes (a byte is a
    character in these code pages), and only the winner decodes the whole of ``data``."""
    from .langid import default_model  # the profiles load only for legacy-encoded input

    model = default_model()
    head = data[:PLAUSIBILITY_BYTES]
    scored: list[tuple[float, int, str]] = []
    seen: set[str] = set()
    for order, encoding in enumerate(encodings):
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            continue
        if name in seen or not single_byte(encoding):
            continue
        seen.add(name)
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((-float(model.scores(text[:PLAUSIBILITY_SAMPLE]).max()), order, encoding))
    for _, _, encoding in sorted(scored):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue  # a byte further on that this code page leaves undefined
    raise BinaryDataError("no text encoding fits these bytes")

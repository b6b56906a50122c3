"""Bytes of unknown encoding to text: BOMs, strict UTF-8, then charset-normalizer.

Scraped files come as UTF-8 (with or without BOM), UTF-16, Windows-1252, Latin-1 and
more. The order of attempts: a byte-order mark decides; else strict UTF-8; else
charset-normalizer's best guess. Binary data (NUL bytes outside UTF-16/32, or no plausible
decoding) raises :class:`BinaryDataError`. The text then goes through ftfy's repair in the
normalize step like any other text.
"""

from __future__ import annotations

import codecs

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
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise BinaryDataError("no text encoding fits these bytes")
    return str(best), best.encoding

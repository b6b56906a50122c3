"""normalize: repair mis-decoded text and tidy whitespace before anything reads it.

Mojibake through a code page ftfy's detector passes over (a German page read as
Windows-1251) is undone first (:mod:`cleaner.code_pages`); ftfy then repairs mojibake
(UTF-8 read as Windows-1252 or Latin-1, also doubly), HTML entities, control characters,
surrogates and line breaks; then the text is NFC-normalised and spaces are tidied.
ftfy is the costly part, so it runs only when a cheap scan finds something it
could act on (see :func:`needs_repair`); a test checks this gives the same text as running
ftfy on everything.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any, ClassVar

import ftfy
from ftfy.badness import is_bad
from ftfy.chardata import HTML_ENTITY_RE

from ..code_pages import undo_code_page_mojibake
from ..document import Document, split_blocks
from ..pipeline import Step
from ..text import HTML_BLOCK_TAGS

FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # keep the author's quotes: we never change what we need not
    fix_character_width=False,  # full-width forms are legitimate in CJK text
    explain=False,
)

# Characters and pairs ftfy may act on: C0/C1 controls, HTML entities (ftfy's own entity
# pattern, which wants the final ";", so "Q&A" and "AT&T" do not count), odd line breaks, BOM,
# ligatures, surrogates, replacement characters, and a Latin-1 lead byte followed by a
# UTF-8 continuation byte (the signature of UTF-8 read as Windows-1252 or Latin-1).
_SUSPECT_CLASS = "\x00-\x08\x0b-\x1f\x7f-\x9f\r\u2028\u2029\ufeff\ufb00-\ufb06\ud800-\udfff\ufffd"
_LEAD_CLASS = "\xc2-\xf4"
_FOLLOW_CLASS = (
    "\x80-\xbf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e"
    "\u0178"
)
ENTITY_RE = re.compile(HTML_ENTITY_RE.pattern)
"""An HTML entity in ftfy's own shape (with the final ";"): what ftfy would decode."""
_PAIR_RE = re.compile(f"[{_LEAD_CLASS}][{_FOLLOW_CLASS}]")
# ftfy's badness patterns look at most one ASCII character either side of a non-ASCII
# one, so a long ASCII run can shrink to its two ends (with a NUL, which no pattern
# matches, between them) without changing what ``is_bad`` finds: the scan then costs
# little on mostly-ASCII text. A property test checks the equivalence.
_ASCII_RUN_RE = re.compile(r"(?<=[\x00-\x7f])[\x00-\x7f]+(?=[\x00-\x7f])")
_ZERO_WIDTH_CLASS = "\u200b\u2060\u00ad\ufeff"
_ZERO_WIDTH_RE = re.compile(f"[{_ZERO_WIDTH_CLASS}]")
# Runs of spaces other than a lone " " (which needs no change: most of them). Python's
# \s also takes the controls U+001C-U+001F, which repair has removed by now.
_SPACES_RE = re.compile(r"[^\S\n ][^\S\n]*| [^\S\n]+")
_SPACE_RUN_RE = re.compile(" {2,}")


def _chars_of(char_class: str) -> frozenset[str]:
    """The characters of a class body written as characters and ranges ("a-z\\u2028")."""
    out: set[str] = set()
    i = 0
    while i < len(char_class):
        if i + 2 < len(char_class) and char_class[i + 1] == "-":
            out.update(map(chr, range(ord(char_class[i]), ord(char_class[i + 2]) + 1)))
            i += 3
        else:
            out.add(char_class[i])
            i += 1
    return frozenset(out)


# The classes above as sets: a text's distinct rare characters (one pass over it) are then
# tested against each of them at once, instead of one scan of the text per pattern. None
# of them is printable ASCII or the line break.
_SUSPECT_CHARS = _chars_of(_SUSPECT_CLASS)
_LEAD_CHARS = _chars_of(_LEAD_CLASS)
_FOLLOW_CHARS = _chars_of(_FOLLOW_CLASS)
_ZERO_WIDTH_CHARS = _chars_of(_ZERO_WIDTH_CLASS)
_ODD_SPACES = frozenset(ch for ch in map(chr, range(0x3001)) if ch.isspace()) - {"\n", " "}
"""What ``[^\\S\\n ]`` matches: whitespace other than the line break and the plain space
(tabs, NBSP, ...); Python has none above U+3000."""


def looks_bad(text: str) -> bool:
    """ftfy's ``is_bad`` (mojibake signatures), run on the non-ASCII parts of ``text``."""
    return is_bad(_ASCII_RUN_RE.sub("\x00", text))


_RARE_RE = re.compile(r"[^\n\x20-\x7e]")


def rare_chars(text: str) -> set[str]:
    """The distinct characters of ``text`` other than the line break and printable ASCII:
    every character the sets above hold is among them."""
    return set(_RARE_RE.findall(text))


def needs_repair(text: str, rare: set[str] | None = None) -> bool:
    """True unless a cheap scan proves ftfy would leave ``text`` unchanged.

    ``rare``, the text's :func:`rare_chars` when the caller has them, spares a pass.
    """
    if rare is None:
        rare = rare_chars(text)
    if not _SUSPECT_CHARS.isdisjoint(rare) or (
        "&" in text and ";" in text and ENTITY_RE.search(text) is not None
    ):
        return True
    return not text.isascii() and (
        (
            not _LEAD_CHARS.isdisjoint(rare)
            and not _FOLLOW_CHARS.isdisjoint(rare)
            and _PAIR_RE.search(text) is not None
        )
        or looks_bad(text)
        or not unicodedata.is_normalized("NFC", text)
    )


def repair(text: str, *, always: bool = False) -> str:
    """ftfy's repair (on suspect text only, unless ``always``).

    The fast path cuts the text where ``ftfy.fix_text`` cuts it (after each line break,
    and every ``max_decode_length`` characters of a longer line; HTML entities left alone
    from the first piece holding a ``<``, as ftfy's "auto" does) and runs ftfy's
    ``fix_and_explain`` only on the pieces that need it: the same result as
    ``fix_text`` for the cost of the few suspect lines.
    """
    if always:
        return ftfy.fix_text(text, FTFY_CONFIG)
    if not needs_repair(text):
        return text
    config = FTFY_CONFIG
    out: list[str] = []
    pos = 0
    while pos < len(text):
        end = min(text.find("\n", pos) + 1 or len(text), pos + config.max_decode_length)
        piece = text[pos:end]
        if config.unescape_html == "auto" and "<" in piece:
            config = config._replace(unescape_html=False)
        out.append(ftfy.fix_and_explain(piece, config)[0] if needs_repair(piece) else piece)
        pos = end
    return "".join(out)


def tidy_whitespace(text: str, rare: set[str] | None = None) -> str:
    """Drop zero-width and soft-hyphen characters; fold runs of spaces (NBSP too) in a line.

    ``rare``, the text's :func:`rare_chars` when the caller has them, spares a pass.
    """
    if rare is None:
        rare = rare_chars(text)
    if not _ZERO_WIDTH_CHARS.isdisjoint(rare):
        text = _ZERO_WIDTH_RE.sub("", text)
    if _ODD_SPACES.isdisjoint(rare):
        # Only plain spaces can run: the space pattern then folds exactly the runs of them.
        return _SPACE_RUN_RE.sub(" ", text) if "  " in text else text
    return _SPACES_RE.sub(" ", text)


def normalize_text(text: str, *, always_repair: bool = False) -> str:
    """The text every later step reads: repaired, NFC, with tidy whitespace.

    A zero-width character or soft hyphen can keep ftfy from seeing mojibake around it
    (and must stay for the repair: "Ã" and a soft hyphen are the mojibake of "í"), and so
    can odd whitespace ("Ã" and a form feed, which tidying turns into "Ã ", the mojibake of
    "à"); once tidying has dropped or folded it, the text is repaired again, as cleaning it
    again would, so that normalising is idempotent."""
    rare = rare_chars(text)
    once = _normalize_once(text, rare, always_repair)
    if _ZERO_WIDTH_CHARS.isdisjoint(rare) and (
        _ODD_SPACES.isdisjoint(rare) or not (always_repair or needs_repair(text, rare))
    ):
        return once
    return _normalize_once(once, rare_chars(once), always_repair)


ESCAPED_BREAKS_MIN = 3
"""Escaped line breaks ("\\n" as two characters) a text must hold, and four times its real
ones, to be read as a JSON string."""
_JSON_ESCAPE_RE = re.compile(r'\\(?:u[0-9a-fA-F]{4}|["\\/bfnrt])')


def unescape_json_text(text: str) -> str:
    """``text`` decoded as the body of a JSON string when it is one: a scraper that wrote
    a page's text as JSON leaves its line breaks as "\\n" and its quotes as '\\"', and the
    page reads as one line. Only a text with several escaped line breaks and few real ones
    qualifies (a code sample's "\\n" sits among real lines)."""
    escaped = text.count("\\n")
    if escaped < ESCAPED_BREAKS_MIN or text.count("\n") * 4 > escaped:
        return text
    try:
        decoded = json.loads(f'"{text.strip()}"')
    except ValueError:
        # Not strict JSON (a raw quote or line break in it): decode the escapes alone.
        decoded = _JSON_ESCAPE_RE.sub(_one_escape, text)
    return decoded if isinstance(decoded, str) else text


def _one_escape(match: re.Match[str]) -> str:
    try:
        value = json.loads(f'"{match.group(0)}"')
    except ValueError:
        return match.group(0)
    return value if isinstance(value, str) else match.group(0)


def _normalize_once(text: str, rare: set[str], always_repair: bool) -> str:
    if "\\" in text:
        unescaped = unescape_json_text(text)
        if unescaped is not text:
            text = unescaped
            rare = rare_chars(text)
    # Code-page mojibake first: ftfy mends some lines of such a page (those its detector
    # flags), and the lines it leaves would then hold too little of the page's evidence.
    fixed = undo_code_page_mojibake(text, rare)
    if fixed is not text:
        text = unicodedata.normalize("NFC", fixed)
        rare = rare_chars(text)
    if "<" in text:
        text = break_html_lines(text)
    if always_repair:
        return tidy_whitespace(repair(text, always=True))
    if needs_repair(text, rare):
        return tidy_whitespace(repair(text))
    return tidy_whitespace(text, rare)


_BLOCK_BREAK_RE = re.compile(
    rf"</(?:{HTML_BLOCK_TAGS})>(?=[ \t]*<(?:{HTML_BLOCK_TAGS})\b)", re.IGNORECASE
)
_BR_RE = re.compile(r"<br\s*/?>(?=[ \t]*[^\s<])", re.IGNORECASE)
_OTHER_TAG_RE = re.compile(r"<(?!br\s*/?>)/?[a-zA-Z][^<>]*>")


def break_html_lines(text: str) -> str:
    """``text`` with a line break after each closing tag of a block element that opens
    another on the same line ("<p>One.</p><p>Two.</p>"), and after each ``<br>`` that text
    follows on a line of text and line breaks only ("One.<br>Two."): a feed's HTML
    flattened onto one line keeps its paragraphs, whose tags the markup step then cuts
    out. A ``<br>`` inside other markup (an alert box of tags) leaves its line whole, for
    the markup step to judge as one. Nothing is removed here."""
    text = _BLOCK_BREAK_RE.sub(lambda m: m.group(0) + "\n", text)
    if "<br" in text or "<BR" in text:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if _BR_RE.search(line) and not _OTHER_TAG_RE.search(line):
                lines[i] = _BR_RE.sub(lambda m: m.group(0) + "\n", line)
        text = "\n".join(lines)
    return text


class NormalizeStep(Step):
    """Repairs encoding (ftfy), normalises Unicode (NFC) and whitespace; rebuilds the blocks.

    Options: ``always_repair`` runs ftfy on every text instead of only on suspect ones
    (slower; the reference path the speed test compares against).
    """

    name = "normalize"
    defaults: ClassVar[dict[str, Any]] = {"always_repair": False}
    builds_blocks = True

    def apply(self, doc: Document) -> None:
        """Repair and normalise the source text; (re)build the blocks from it when it changed
        or when the pipeline left the splitting to this step."""
        source = str(doc.meta.get("source_text", "\n".join(b.original for b in doc.blocks)))
        fixed = normalize_text(source, always_repair=self.options["always_repair"])
        doc.meta["normalized_text"] = fixed
        if fixed != source or not doc.blocks:
            doc.blocks = split_blocks(fixed)

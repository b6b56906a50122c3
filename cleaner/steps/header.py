"""header: read the title and date from the page head, and clear the head of page chrome.

The article starts at its first prose paragraph. Before it sits the head: site name,
menus, taglines, the headline, a byline, a date. This step

- takes the headline closest above the article as the title (or a "date 2025-07-04
  <headline>" line some scrapers write), and moves it from the body to metadata;
- reads the date from the date line closest to the article start (a page clock further
  up loses to the article's own date; an update stamp loses to a publication stamp a few
  lines up); relative times ("a day ago") give no date;
- removes what stands in the head above the title (site name, menus, taglines), but the
  lines the density step read as prose (unless ``favor="precision"``: a headline-shaped
  line inside an article whose lines end without full stops would otherwise take the
  article's first paragraphs with it), and the headline-shaped lines between title and
  article (kicker, byline, standfirst).

Everything it decides depends on the head's own lines, so re-running it on the body it
leaves changes nothing.
"""

from __future__ import annotations

import unicodedata
from typing import Any, ClassVar

import regex

from ..dates import CLOCK_RE, find_date, is_date_line, is_relative_time
from ..document import Block, Document
from ..pipeline import Step
from ..rules import by_favor, thresholds, word_weight
from ..stopwords import has_stopwords, stopwords
from ..text import fold, is_headline, is_paragraph, word_count
from ..titles import (
    is_byline,
    is_label_value,
    is_page_furniture,
    is_update_stamp,
    may_be_title,
    without_site_suffix,
)
from .dedupe import CONTENTS_REASON
from .density import judged_prose
from .markdown import HEADING_KEY

_DATE_PREFIX_RE = regex.compile(r"^\W*(?:date|dated|datum|fecha|data)?\W*", regex.I)
_CLOCK_ZONE = (
    r"(?:\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.|[Uu]hr|hrs|Hrs|WIB|WITA|WIT|น\.)(?!\w))?"
    r"(?:\s+(?:(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|IST|JST|KST|AES?T|AEDT|HKT|SGT)"
    r"(?:[+-]\d{1,2}(?::?\d{2})?)?(?!\w)"
    r"|(?:Eastern|Central|Mountain|Pacific|Atlantic)(?: (?:Standard|Daylight))? Time))?"
)
"""After a clock time: "AM", "p.m.", "Uhr", Thai "น.", a time zone ("ET", "GMT+3", "WIB",
"Eastern Daylight Time")."""
_TIME_AFTER_DATE = rf"(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}})?{_CLOCK_ZONE})?"
_TIME_PREFIX_RE = regex.compile(rf"^{_TIME_AFTER_DATE}\W*")
"""The time and punctuation between a date and a headline on one line."""
_FIELD_BAR_RE = regex.compile(rf"^{_TIME_AFTER_DATE}\s*[|·•]")
"""A bar or a dot after a date (and time): a stamp's fields may follow ("04/07/2025 | สมชาย
ใจดี", a date and its author), if they are short (``BAR_FIELDS_MAX_WORDS``)."""
BAR_FIELDS_MAX_WORDS = 4
"""Words after a bar behind a date that are a stamp's fields (an author, a section), not a
headline ("date: 2025-07-04 | Council approves three new bus lines")."""
_DATE_SUFFIX_SEPARATOR_RE = regex.compile(r"\s+(?:[-–—|·•]\s*|\()$")
"""What parts a headline from the date that closes its line ("Title - July 4, 2025")."""


TITLE_AFTER_STEPS = ("density", "dedupe")
"""A line these steps removed may still be the title (density removes the short lines above
the article, the headline among them); lines removed as known debris may not."""


def _open(block: Block) -> bool:
    """True for a line that may be the title: kept, or removed only for its shape (an entry
    of a table of contents is a section's heading, not the page's)."""
    removal = block.removal
    return removal is None or (
        removal.step in TITLE_AFTER_STEPS and removal.reason != CONTENTS_REASON
    )


def _inside_widget(blocks: list[Block], pos: int) -> bool:
    """True for a line between two lines the phrases step removed for the same reason
    ("Email" / "IM on Yahoo" / "Add to Del.icio.us"; "Previous Article" / a teaser's
    headline / "Next Article"): a part of that widget, whatever its shape, not the title."""
    if not 0 < pos < len(blocks) - 1:
        return False
    above, below = blocks[pos - 1].removal, blocks[pos + 1].removal
    return (
        above is not None
        and below is not None
        and above.step == below.step == "phrases"
        and above.reason == below.reason
    )


CLOCK_STAMP_WORDS = 6
"""Words of a short line with a clock time in it: a stamp ("Last updated at 12:59 ET")."""


def _is_clock_stamp(text: str) -> bool:
    return word_count(text) <= CLOCK_STAMP_WORDS and CLOCK_RE.search(text) is not None


def _date_title(text: str, min_words: int, max_words: int) -> tuple[str, str | None] | None:
    """(date, title) from a line that starts with a date and continues with a headline;
    (date, None) where a credit, a byline or metadata fields follow the date instead."""
    head = _DATE_PREFIX_RE.match(text)
    offset = head.end() if head else 0
    found = find_date(text[offset:])
    if found is None:
        return None
    if found[1] > 0:
        return _title_then_date(text[offset:], found, min_words, max_words)
    rest = text[offset + found[2] :]
    bar = _FIELD_BAR_RE.match(rest)
    if bar and word_count(rest[bar.end() :]) <= BAR_FIELDS_MAX_WORDS:
        return found[0], None
    prefix = _TIME_PREFIX_RE.match(rest)
    rest = rest[prefix.end() if prefix else 0 :].strip()
    if is_label_value(rest) or is_page_furniture(rest) or _is_clock_stamp(rest):
        # "2025-07-22 10:45 来源：新华网", "Date: ... | Category: ... | Author: ...",
        # "November 8, 2012 10:22 pm AEST — By Long Zheng", "24 July 2012 Last updated at
        # 12:59 ET": a dated credit or stamp, no title
        return found[0], None
    if word_count(rest) >= min_words + 1 and may_be_title(rest, min_words, max_words):
        return found[0], rest
    return None


def _title_then_date(
    text: str, found: tuple[str, int, int], min_words: int, max_words: int
) -> tuple[str, str] | None:
    """(date, title) from a headline closed by its date after a dash, a bar or in brackets
    ("AWS Week in Review - October 29, 2012", "... (14/01/2008)"): nothing but the date may
    follow, and what comes before must be headline-shaped. The title is the line as printed,
    date and all: the date is often part of the headline's own wording."""
    date, start, end = found
    if text[end:].strip(" )]"):
        return None
    separator = _DATE_SUFFIX_SEPARATOR_RE.search(text[:start])
    if separator is None:
        return None
    title = text[: separator.start()].strip()
    if word_count(title) >= min_words + 1 and may_be_title(title, min_words, max_words):
        return date, text.strip()
    return None


def _above_standfirst(blocks: list[Block], pos: int, cfg: dict[str, Any]) -> int:
    """The title's position, given the headline-shaped line at ``pos`` closest above the
    article: the line right above it when ``pos`` is a standfirst under its headline (at
    least ``standfirst_min_words`` words, below a shorter headline-shaped line of at least
    ``headline_min_words``: "El Gobierno aprueba un plan ..." over "La medida, que se
    aplicará en cuatro años, prevé ..."; under a standfirst of ``long_standfirst_words``,
    longer than headlines run, a headline of ``title_min_words`` will do: "Kommunfullmäktige
    bygger ut bussnätet", "市议会投票扩大公交网络")."""
    words = word_count(blocks[pos].text)
    if pos == 0 or words < cfg["standfirst_min_words"]:
        return pos
    above = blocks[pos - 1]
    long_standfirst = words >= cfg["long_standfirst_words"]
    least = cfg["title_min_words"] if long_standfirst else cfg["headline_min_words"]
    if (
        _open(above)
        and word_count(above.text) < words
        and find_date(above.text) is None
        and may_be_title(above.text, least, cfg["title_max_words"])
    ):
        return pos - 1
    return pos


# What parts a name from its place, newsroom or address on a byline without "By":
# "Anna Müller, Berlin", "Budi Santoso - detikNews", "김민수 기자 minsu@example.com".
_NAME_LINE_RE = regex.compile(r",\s|\s[-–—|]\s|\S@\S")
_NAME_LINE_LOOKUP = 6
"""Lines above a name line looked at for the headline it stands under."""


BARE_NAME_MAX_WORDS = 4
"""Words of a bare name line ("Nguyễn Văn An"): every word capitalised, no figure."""


def _is_bare_name(text: str, language: str) -> bool:
    """A byline that is only a name: two to ``BARE_NAME_MAX_WORDS`` capitalised words, none
    a stop word of ``language`` ("No Trade Idea", "Our Integrity Network" are headlines in
    title case); in a script that neither has capitals nor spaces between its words (Thai,
    Lao, Khmer: "สมชาย ใจดี"), two or three runs of letters of at most
    ``BARE_NAME_MAX_CHARS`` each, a given name and a family name."""
    parts = text.split()
    if not 2 <= len(parts) <= BARE_NAME_MAX_WORDS:
        return False
    common = stopwords(language if has_stopwords(language) else "en")
    if _unspaced(text):
        return len(parts) <= 3 and all(
            len(p) <= BARE_NAME_MAX_CHARS and _letters(p) and p not in common for p in parts
        )
    return all(p[:1].isupper() and p.isalpha() and p.casefold() not in common for p in parts)


BARE_NAME_MAX_CHARS = 20
"""Characters of each part of a bare name in a script without spaces between its words."""


def _unspaced(text: str) -> bool:
    """True for a line in Thai, Lao, Khmer or Burmese, scripts without capitals that put no
    spaces between words: their spaces part phrases. (Not Chinese or Japanese, whose
    headlines part phrases with a space and whose names take none.)"""
    return _UNSPACED_RE.search(text) is not None


_UNSPACED_RE = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


def _letters(part: str) -> bool:
    """True for a run of letters and the vowel signs of their script (no figure, no mark
    of punctuation)."""
    return all(c.isalpha() or unicodedata.category(c).startswith("M") for c in part)


def _sentence_case(text: str) -> bool:
    """A headline with a word in lower case: not every word capitalised, as a name is; in
    a script without capitals or spaces between words, any headline."""
    return any(w[:1].islower() for w in text.split()[1:]) or _unspaced(text)


def _above_name_line(blocks: list[Block], pos: int, cfg: dict[str, Any], language: str) -> int:
    """The title's position, given the headline-shaped line at ``pos`` closest above the
    article: the longer headline-shaped line a few lines up when ``pos`` is a short name
    line (a byline without "By": a name and a place or newsroom, at most
    ``name_line_max_words`` words, or a bare name under a headline in sentence case), dates
    and a standfirst longer than a title between them passed over."""
    text = blocks[pos].text
    words = min(word_count(text), len(text.split()))
    if words > cfg["name_line_max_words"]:
        return pos
    # A bare name counts only under a headline in sentence case: in title case the short
    # line may be the headline.
    bare = _NAME_LINE_RE.search(text) is None
    if bare and not _is_bare_name(text, language):
        return pos
    for up in range(pos - 1, max(pos - 1 - _NAME_LINE_LOOKUP, -1), -1):
        above = blocks[up]
        if is_date_line(above.text) or not _open(above):
            continue
        if word_count(above.text) > cfg["title_max_words"]:
            continue  # a standfirst between headline and name
        if (
            word_count(above.text) >= word_count(text)
            and may_be_title(above.text, cfg["title_min_words"], cfg["title_max_words"])
            and (not bare or _sentence_case(above.text))
        ):
            return up
        break
    return pos


def _above_byline(blocks: list[Block], pos: int, cfg: dict[str, Any]) -> int:
    """The title's position, given the headline-shaped line at ``pos`` closest above the
    article: the line two up when a byline stands right above ``pos`` and a headline-shaped
    line at least as long right above that (a headline, its byline, then a photo's caption
    or the byline's second line over the article: "Promotional photo for Artists of
    Light", "Seattle Times staff reporter"); under a date alone only when ``pos`` is a
    credit or a label of a few words ("Benni McCarthy © Action Images", "Table of
    content"), since a headline under a date is common. The line two up is no breadcrumb
    ending in ``pos`` ("InfoWorld Home / Security / News / <headline>") and opens with no
    label ("tags: ...", "FLASH: ...")."""
    if pos < 2:
        return pos
    text = blocks[pos].text
    meta = blocks[pos - 1].text
    if not is_byline(meta) and not (
        is_date_line(meta) and ("©" in text or word_count(text) <= LABEL_UNDER_DATE_WORDS)
    ):
        return pos
    above = blocks[pos - 2]
    first = above.text.split(maxsplit=1)[0] if above.text.strip() else ""
    if (
        _open(above)
        and word_count(above.text) >= word_count(text)
        and text[:40] not in above.text
        and not first.endswith(":")
        and find_date(above.text) is None
        and may_be_title(above.text, cfg["title_min_words"], cfg["title_max_words"])
    ):
        return pos - 2
    return pos


LABEL_UNDER_DATE_WORDS = 3
"""Words of a line under a date that is a label ("Table of content"), not a headline."""


def _publication_date(dates: list[tuple[int, str, bool, bool]], lookup: int) -> str:
    """The date of the stamp closest to the article's start, or, when that stamp is the
    page's last update ("Updated: July 5, 2025"), of a publication stamp above the article
    at most ``lookup`` lines farther ("Published: July 4, 2025" a line up). A page clock
    far up the page does not outrank an update stamp by the article."""
    closest = min(dates)
    if not closest[2]:
        return closest[1]
    published = [d for d in dates if not d[2] and d[3] and d[0] <= closest[0] + lookup]
    return min(published)[1] if published else closest[1]


def _first_stamp_date(blocks: list[Block], until: int, max_words: int) -> str | None:
    """The date of the first stamp line from the top of the page to the block ``until``,
    removed or not ("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: ...", "Posted by
    Michael David Smith on November 19, 2019, 6:21 AM EST"): for a page whose head held no
    date. Lines further down (a quoted e-mail's "Date:" inside the article, comments,
    teasers) are not read. The line stays: removed, the next stamp down would date the
    body when it is cleaned again (a blog's page of dated posts), and cleaning would not
    settle."""
    for b in blocks[:until]:
        if word_count(b.text) <= max_words and is_date_line(b.text):
            found = find_date(b.text)
            if found:
                return found[0]
    return None


def _footer_stamp_date(
    blocks: list[Block], lines: int, max_words: int, families: frozenset[str]
) -> str | None:
    """The date of a stamp among the first ``lines`` lines under the article's last one
    ("Posted on the 15/12/2025 at 19:00 by ...", "This entry was posted on Monday, December
    15th, 2025 ..."): a blog prints its post's date there, under the post. A line of at
    most ``max_words`` words that is mostly a date, or that a phrase rule removed as one of
    ``families`` (a timestamp, a blog's filing line). For a page that holds no date above
    or at the start of its article."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kept), None)
    if last is None:
        return None
    for b in blocks[last + 1 : last + 1 + lines]:
        if word_count(b.text) > max_words:
            continue
        if b.role in families or is_date_line(b.text):
            found = find_date(b.text)
            if found:
                return found[0]
    return None


SITE_NAME_LINES = 3
"""The page's first lines, where a site prints its name (its logo's text)."""
_COPYRIGHT_RE = regex.compile(r"©|\(c\)|\bcopyright\b", regex.I)


def _printed_elsewhere(words: str, blocks: list[Block], title_block: Block | None) -> bool:
    """True when ``words`` (compared as folded words) are the site's name as the page prints
    it elsewhere: opening one of its first lines (the logo's text, "Le Monde", "Stadtanzeiger
    – Nachrichten aus der Region") or in a copyright line. A category in a menu ("Home |
    Fitness | Strength Training") or a tab ("Summary") is neither."""
    key = f" {fold(words)} "
    for i, b in enumerate(blocks):
        if b is title_block:
            continue
        line = f" {fold(b.text)} "
        if i < SITE_NAME_LINES and line.startswith(key):
            return True
        if _COPYRIGHT_RE.search(b.text) is not None and key in line:
            return True
    return False


class HeaderStep(Step):
    """Finds title and date in the page head and removes head debris.

    Options: ``remove_title`` (default True) takes the title line out of the body;
    ``clear_head`` (default True) removes lines above the title and headline-shaped lines
    between title and article.
    """

    name = "header"
    defaults: ClassVar[dict[str, Any]] = {"remove_title": True, "clear_head": True}

    def apply(self, doc: Document) -> None:
        """Read title and date from the head and remove the head's chrome."""
        cfg = thresholds()["header"]
        # In English words: a Finnish article's first paragraph may have eight words.
        language = str(doc.meta.get("language") or "und")
        min_words = thresholds()["text"]["paragraph_min_words"] / word_weight(language)
        t_min, t_max = cfg["title_min_words"], cfg["title_max_words"]
        blocks = doc.blocks
        start = next(
            (i for i, b in enumerate(blocks) if b.kept and is_paragraph(b.text, min_words)),
            len(blocks),
        )
        # (distance from the article's start, date, an update's stamp, above the start)
        dates: list[tuple[int, str, bool, bool]] = []
        title_pos: int | None = None
        title: str | None = None

        for i, b in enumerate(blocks[:start]):
            if _open(b):
                pair = _date_title(b.text, t_min, t_max)
                if pair:
                    dates.append((start - i, pair[0], is_update_stamp(b.text), True))
                if pair and pair[1] is not None:
                    title, title_pos = pair[1], i
                    self._take_title(doc, b, "title and date moved to metadata")
                    break

        heading = doc.meta.get(HEADING_KEY)
        if title is None and heading is not None:
            # A Markdown page names its title: its first "# " heading above the article.
            pos = next((i for i, b in enumerate(blocks[:start]) if b.index == heading), None)
            if pos is not None and _open(blocks[pos]):
                title, title_pos = blocks[pos].text, pos
                self._take_title(
                    doc, blocks[pos], "title (the page's markdown heading) moved to metadata"
                )

        for i in range(start - 1, -1, -1):
            b = blocks[i]
            if i == title_pos:
                continue
            if word_count(b.text) <= 8 and is_relative_time(b.text):
                doc.remove(b, "page timestamp or source/time line")
                continue
            if word_count(b.text) <= 14 and is_date_line(b.text):
                found = find_date(b.text)
                if found:
                    dates.append((start - i, found[0], is_update_stamp(b.text), True))
                doc.remove(b, "page timestamp")
                continue
            if (
                title is None
                and start < len(blocks)  # a title stands above an article, not alone
                and _open(b)
                and may_be_title(b.text, t_min, t_max)
                and not _inside_widget(blocks, i)
            ):
                title_pos = _above_byline(
                    blocks,
                    _above_name_line(blocks, _above_standfirst(blocks, i, cfg), cfg, language),
                    cfg,
                )
                title = blocks[title_pos].text
                self._take_title(doc, blocks[title_pos], "title moved to metadata")

        for i, b in enumerate(blocks[start : start + cfg["date_window"]], start):
            # A stamp an earlier step already dropped (as a timestamp, or in a run of short
            # metadata lines: "Author:", "Publish date:", "Nov 18, 2019") still dates it.
            if word_count(b.text) <= 10 and is_date_line(b.text, 3):
                found = find_date(b.text)
                if found:
                    dates.append((i - start + 1, found[0], is_update_stamp(b.text), False))
                    doc.remove(b, "page timestamp")

        if self.options["clear_head"] and title_pos is not None:
            keep_prose = by_favor(cfg["keep_prose_above_title"], doc.favor)
            for b in blocks[:title_pos]:
                if keep_prose and judged_prose(b):
                    continue  # the title may have been taken from inside the article
                doc.remove(b, "page head above the title (site name, menu, tagline)")
            for b in blocks[title_pos + 1 : start]:
                if b.kept and is_headline(b.text, min_words=2, max_words=t_max):
                    doc.remove(b, "kicker, byline or standfirst between title and article")

        if title:
            title_block = blocks[title_pos] if title_pos is not None else None
            title = without_site_suffix(
                title, t_min, lambda tail: _printed_elsewhere(tail, doc.blocks, title_block)
            )
            doc.meta["title"] = title
            key = fold(title)
            for b in blocks:
                if b is title_block or fold(b.text) != key:
                    continue
                if b.kept or (b.removal is not None and b.removal.step in TITLE_AFTER_STEPS):
                    b.removal = None  # a copy read by its shape only is the title printed again
                    doc.remove(b, "repeated title")
        if not dates and not doc.meta.get("date"):
            stamped = _first_stamp_date(
                blocks, start + int(cfg["stamp_window"]), int(cfg["stamp_max_words"])
            )
            stamped = stamped or _footer_stamp_date(
                blocks,
                int(cfg["footer_stamp_lines"]),
                int(cfg["stamp_max_words"]),
                frozenset(cfg["footer_stamp_families"]),
            )
            if stamped:
                dates.append((0, stamped, False, True))
        if dates and not doc.meta.get("date"):
            doc.meta["date"] = _publication_date(dates, int(cfg["update_lookup"]))

    def _take_title(self, doc: Document, block: Block, reason: str) -> None:
        if self.options["remove_title"]:
            # A line removed only for its shape (a headline printed twice read as an author
            # card, a short line above the prose) is explained as what it is: the title.
            if block.removal is not None and block.removal.step in TITLE_AFTER_STEPS:
                block.removal = None
            doc.remove(block, reason)

"""phrases: per-language rules that drop debris lines, cut tails and strip glued teasers.

The rules are data (``cleaner/rules/phrases/<lang>.toml``): English always applies, plus
the detected language's file. See :mod:`cleaner.rules` for the format. Two structural
checks need no phrase: a comment thread (several author/time headers after the article)
and a slideshow (captions numbered 1/M, 2/M, 3/M ...).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice, pairwise
from pathlib import Path
from typing import Any, ClassVar

import regex

from ..dates import CLOCK_RE, find_date, is_date_line, is_relative_time
from ..document import Block, Document
from ..pipeline import Step
from ..rules import (
    Rule,
    RuleSet,
    by_favor,
    compile_pattern,
    load_rule_file,
    rules_for,
    thresholds,
    word_weight,
)
from ..share_bars import SHARE_BAR_MAX_WORDS, is_share_bar
from ..text import (
    LIST_ITEM_RE,
    ends_clause,
    ends_sentence,
    fold,
    is_headline,
    is_paragraph,
    opens_doubled,
    undoubled,
    word_count,
)

GALLERY_FAMILY = "photo gallery"
"""The family the slideshow check gives the captions it removes (a block's ``role``)."""
TIMESTAMP_FAMILY = "timestamp"
"""The family of the line rules that drop page timestamps (see the phrase files)."""
HEADER_FAMILIES = frozenset({TIMESTAMP_FAMILY, "comment widget"})
"""Families of the dropped lines that still count as comment headers: a commenter's time,
and the "Reply" button under each comment ("Reageer", "Répondre"): of the widgets, only
one-word lines ("Post Comment (+)" under the article is none)."""
REPLY_WORDS = 1
"""Words of a dropped comment widget that counts as a comment header (a "Reply" button)."""
COMMENT_HEADERS = 3
"""Comment headers needed after the article before the thread is cut."""
STAMP_MAX_WORDS = 14
"""A line this short with a date and a clock time is a comment header (author, time)."""
_STAMP_RULE = Rule(
    "comment_meta",
    "comment thread",
    "comment thread (repeated author/time lines) and everything after it",
    compile_pattern("$^", "built-in"),
    "built-in: short line with a date and a time",
)


_DATED_NAME_RULE = Rule(
    "comment_meta",
    "comment thread",
    "comment thread or list of posts (names, each by a date, over a paragraph) and what follows",
    compile_pattern("$^", "built-in"),
    "built-in: a date alone next to a short name line",
)
DATED_NAME_DATE_WORDS = 6
"""Words of a bare date line next to a commenter's name ("November 5, 2012" over "Gigi")."""


def _dated_name(doc: Document, pos: int, words: int, min_words: float) -> bool:
    """True for a bare date next to a commenter's name (the kept line right under or right
    above it: a few words, no clause, no date), over a paragraph (the comment): a
    comment's header, where a date alone ("November 5, 2012") says too little. A
    timeline's dates head paragraphs, an event list's a venue and its address, a byline's
    the article's standfirst or its reading time."""
    text = doc.blocks[pos].text
    if (
        words > DATED_NAME_DATE_WORDS
        or _DIGIT_RE.search(text) is None  # a date has its day or year in figures
        or not is_date_line(text, 1)
        or CLOCK_RE.search(text)
    ):
        return False
    below = _next_kept(doc, pos, 1)
    if below is None:
        return False
    if _is_name_line(doc.blocks[below].text):
        comment = _next_kept(doc, below, 1)
    else:
        above = _next_kept(doc, pos, -1)
        if above is None or not _is_name_line(doc.blocks[above].text):
            return False
        comment = below
    return comment is not None and is_paragraph(doc.blocks[comment].text, min_words)


def _next_kept(doc: Document, pos: int, step: int) -> int | None:
    """The position of the nearest kept block after ``pos`` (``step`` 1) or before it (-1)."""
    i = pos + step
    while 0 <= i < len(doc.blocks):
        if doc.blocks[i].kept:
            return i
        i += step
    return None


def _is_name_line(text: str) -> bool:
    """A commenter's name: a few words, no sentence nor date, each word capitalised (a
    timeline's heading, "Protests begin", is no name) unless the name is one handle."""
    words = _NAME_WORD_RE.findall(text)
    return (
        0 < len(words) <= COMMENTER_WORDS
        and not ends_clause(text)
        and find_date(text) is None
        and not LIST_ITEM_RE.match(text)
        and (len(words) == 1 or all(not w[0].islower() for w in words))
    )


_NAME_WORD_RE = regex.compile(r"[^\W\d_][\w'’.-]*")

# A reply's salutation on a line of its own: a commenter's name and a comma ("Davey,").
_SALUTATION_RE = regex.compile(r"^[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?\s*,$")


def _salutation(doc: Document, pos: int, min_words: float) -> bool:
    """True for a reply's salutation: a name and a comma alone on a line ("Davey,") over a
    paragraph (the reply). An address's lines ("Lou Pidou," over "Saint Mathieu,") and
    code ("NotANumber," over "};") have no paragraph under them."""
    if not _SALUTATION_RE.match(doc.blocks[pos].text):
        return False
    below = _next_kept(doc, pos, 1)
    return below is not None and is_paragraph(doc.blocks[below].text, min_words)


_SALUTATION_RULE = Rule(
    "comment_meta",
    "comment thread",
    "comment thread (replies that open with a commenter's name and a comma) and what follows",
    compile_pattern("$^", "built-in"),
    "built-in: a line of one or two words and a comma",
)


# A header field of a quoted e-mail ("Date: Fri, 1 Feb 2002 11:53:40"): it has a date and a
# time like a comment header, but belongs to the article that quotes the mail.
_MAIL_FIELD_RE = regex.compile(r"^(?:date|sent|received)\s*:", regex.IGNORECASE)


# A date with a two-digit year right before a clock time: "Nathan 07.16.12 at 21:35".
# Too ambiguous to date a page, clear enough for a comment header.
_SHORT_STAMP_RE = regex.compile(
    r"(?<![\d.])\d{1,2}([./-])\d{1,2}\1\d{2}(?![\d.])(?:,|\s+at)?\s+\d{1,2}:\d{2}\b"
)


def _is_stamp(text: str) -> bool:
    return (
        CLOCK_RE.search(text) is not None
        and (find_date(text) is not None or _SHORT_STAMP_RE.search(text) is not None)
        and _MAIL_FIELD_RE.match(text) is None
    )


def _is_header_stamp(text: str) -> bool:
    """A comment header's time: a date with a clock time, or a short relative time ("vor 3
    Stunden", "il y a 3 heures", "3 hours ago")."""
    return _is_stamp(text) or (word_count(text) <= RELATIVE_STAMP_WORDS and is_relative_time(text))


RELATIVE_STAMP_WORDS = 6
"""Words of a line that is a relative time alone ("hace 3 horas"), as under a commenter."""
RELATIVE_STAMP_LINE_WORDS = 8
"""Words of a page's stamp ending in a relative time ("Mis à jour il y a 2 heures")."""
_RELATIVE_STAMP_RULE = Rule(
    "drop_line",
    TIMESTAMP_FAMILY,
    "page timestamp (a few words ending in a relative time, as 'Updated 2 hours ago')",
    compile_pattern("$^", "built-in"),
    "built-in: short line ending in a relative time (rules/relative_times.toml)",
)


_DOUBLED_LABEL_RULE = Rule(
    "drop_line",
    "navigation",
    "menu entry or button (its label printed twice, for the eye and for screen readers)",
    compile_pattern("$^", "built-in"),
    "built-in: a line opening with a label glued to its own copy (cleaner/text.py)",
)


_SHARE_BAR_RULE = Rule(
    "drop_line",
    "share widget",
    "share or social-media widget (a share bar naming two networks or more)",
    compile_pattern("$^", "built-in"),
    "built-in: a share bar in any language (cleaner/share_bars.py, rules/share_networks.toml)",
)


def _is_relative_stamp(text: str, words: int) -> bool:
    """A line of a few words that ends in a relative time and is no sentence ("Updated 2
    hours ago", "Mis à jour il y a 2 heures"), in every language of relative_times.toml:
    no phrase file need spell the label of each ("Aktualisiert", "Actualizado")."""
    return words <= RELATIVE_STAMP_LINE_WORDS and not ends_sentence(text) and is_relative_time(text)


TAIL_LINES_LOOKED_AT = 6
"""The page's last kept lines the ``tail_line`` rules (an author's bio) are tried on."""


COMMENTER_WORDS = 4
"""Words of the commenter's name line above a thread's first header."""


# A slide counter opening a caption: "1/50 United goin down", "3 of 12: ...".
_SLIDE_RE = regex.compile(r"^\W*(\d{1,3})\s*(?:/|of)\s*(\d{1,3})\b")
SLIDESHOW_MIN_RUN = 3
"""Consecutive captions numbered 1/M, 2/M, 3/M ... needed to call them a slideshow (one
or two such lines are more likely a recipe's "1/2 cup")."""


SLIDE_CAPTION_LINES = 3
"""Lines one slide's caption may take after its counter (the caption's text, a photo
credit): the next counter must come within this many lines for the run to go on."""


def _slideshow_runs(doc: Document) -> list[tuple[list[Block], int]]:
    """Slideshows among the kept lines: counters k/M opening lines, k counting up by one, M
    fixed, each within ``SLIDE_CAPTION_LINES`` lines of the one before. Each run is given
    with its captions (the lines from the first counter to the last one's caption, as
    long as the longest caption between two counters) and its number of slides."""
    kept = doc.kept
    runs: list[tuple[list[Block], int]] = []
    counters: list[int] = []  # positions in ``kept`` of the current run's counters
    last: tuple[int, int] | None = None

    def close() -> None:
        if len(counters) >= SLIDESHOW_MIN_RUN:
            caption = max(b - a for a, b in pairwise(counters)) - 1
            runs.append((kept[counters[0] : counters[-1] + 1 + caption], len(counters)))
        counters.clear()

    for i, b in enumerate(kept):
        m = _SLIDE_RE.match(b.text)
        counter = (int(m.group(1)), int(m.group(2))) if m else None
        if counter is not None and counter[0] > counter[1]:
            counter = None
        if counter is None:
            if counters and i - counters[-1] > SLIDE_CAPTION_LINES:
                close()
                last = None
            continue
        if not (last and counter == (last[0] + 1, last[1]) and counters):
            close()
        counters.append(i)
        last = counter
    close()
    return runs


def _blocks_after(doc: Document, pos: int) -> Iterator[Block]:
    """The blocks after ``pos``, one by one: a caller that stops after a few reads only
    those (a slice would copy the rest of the page for every marker or header asked)."""
    blocks = doc.blocks
    for i in range(pos + 1, len(blocks)):
        yield blocks[i]


def _section_after(doc: Document, pos: int, rules: RuleSet) -> Iterator[tuple[str, int]]:
    """The kept lines after the block at ``pos`` (text, words), up to the next section
    marker: what follows that belongs to its own section. Lazy, so a caller that looks at
    a few lines reads only those, and scans from successive markers stay linear."""
    for b in _blocks_after(doc, pos):
        if not b.kept:
            continue
        words = word_count(b.text)
        if rules.first("cut_tail", b.text, words) is not None:
            return
        yield b.text, words


_FIGURE_RE = regex.compile(r"^\W*\d[\d.,]*\s*[kKmM]?\W*$")
_DIGIT_RE = regex.compile(r"\d")


def _value_follows(doc: Document, pos: int) -> bool:
    """True when the next kept line after ``pos`` is a bare figure: the marker is the label
    of a count in a table of statistics ("Comments:" over "1664"), not a section heading.
    A marker that holds its count ("7 comments") is no label: a figure under it numbers
    the first comment."""
    if _DIGIT_RE.search(doc.blocks[pos].text):
        return False
    following = next((b for b in _blocks_after(doc, pos) if b.kept), None)
    return following is not None and _FIGURE_RE.match(following.text) is not None


def _long_prose(text: str, words: int, long_words: float) -> bool:
    """A line of ``long_words`` or more ending a sentence or clause: article prose, where a
    teaser list has headlines and short summaries."""
    return words >= long_words and ends_clause(text)


def _prose_follows(doc: Document, pos: int, rules: RuleSet, long_words: float) -> bool:
    """True when article prose follows the block at ``pos``: enough of the next kept lines
    of its section are long prose lines (of ``long_words`` words or more)."""
    cfg = thresholds()["phrases"]
    window = islice(_section_after(doc, pos, rules), int(cfg["continue_window"]))
    long = sum(_long_prose(text, words, long_words) for text, words in window)
    return long >= int(cfg["continue_paragraphs"])


def _paragraphs_follow(doc: Document, pos: int, rules: RuleSet, bar: float) -> bool:
    """True when what follows the block at ``pos`` reads as the article's own paragraphs:
    every kept line of its section (up to the window) a sentence of ``bar`` words or more,
    and at least two of them. A teaser list has headlines or list items among them."""
    cfg = thresholds()["phrases"]
    window = list(islice(_section_after(doc, pos, rules), int(cfg["continue_window"])))
    return len(window) >= int(cfg["continue_paragraphs"]) and all(
        words >= bar and ends_sentence(text) and not LIST_ITEM_RE.match(text)
        for text, words in window
    )


def _list_box(
    doc: Document, pos: int, rules: RuleSet, long_words: float, paragraph_bar: float
) -> list[Block]:
    """The links under the marker at ``pos`` when article prose comes right after them: a
    "Related stories" box inside the article, which goes on below it. The links are list
    items (at most ``BOX_MAX_ITEMS``, none a section marker itself: a tab bar's "Related
    Posts | 1 Comment"), or a few headlines without a bullet (``BOX_HEADLINES``: "Leggi
    anche" over one headline). After them comes a sentence, with a long prose line among
    the next ``BOX_PROSE_WINDOW`` lines and no further list item there (a teaser list's
    summaries sit between its items); after unbulleted headlines, two long prose lines
    there and every line of it ending a sentence (a teaser's summary is one, and a teaser
    list's next headline ends none), or, after several, one that is the page's last (a
    teaser's summary sits under each headline, not under a run of them). The box's own
    furniture is passed over: lines a line rule drops ("Previous", "Next", "Share this
    article") and a pager's bare figures; a section marker ("74 Comments") ends the
    search. ``long_words`` is the bar of a long prose line, or ``paragraph_bar`` where that
    is lower: the length of the article's own paragraphs, in an article of short ones.
    Empty otherwise."""
    items: list[Block] = []
    furniture: list[Block] = []
    bulleted = False
    after = (b for b in _blocks_after(doc, pos) if b.kept)
    for b in after:
        if _box_furniture(b.text, rules):
            furniture.append(b)
            continue
        words = word_count(b.text)
        if LIST_ITEM_RE.match(b.text) and not _long_prose(b.text, words, long_words):
            if len(items) >= BOX_MAX_ITEMS or rules.first("cut_tail", b.text, words):
                return []
            items.append(b)
            bulleted = True
            continue
        if (
            not bulleted
            and len(items) < BOX_HEADLINES
            and is_headline(b.text, min_words=3, max_words=20)
            and not rules.first("cut_tail", b.text, words)
        ):
            items.append(b)
            continue
        if not items or not ends_sentence(b.text):
            return []
        prose = (w for w in after if not _box_furniture(w.text, rules))
        window = [b, *islice(prose, BOX_PROSE_WINDOW - 1)]
        if any(LIST_ITEM_RE.match(w.text) or _is_marker(w.text, rules) for w in window):
            return []  # the list goes on (the sentence was an item's summary), or the page
        bar = min(long_words, paragraph_bar)
        long = sum(_long_prose(w.text, word_count(w.text), bar) for w in window)
        if bulleted:
            goes_on = long >= 1
        else:
            # A lone teaser's summary is one long sentence: after headlines without a
            # bullet, the article must go on for two, or end with one after several (a
            # summary cut short with an ellipsis is a teaser's all the same).
            ends_page = len(window) == 1 and len(items) >= 2 and not _cut_short(b.text)
            goes_on = long >= (1 if ends_page else 2) and all(ends_sentence(w.text) for w in window)
        return sorted([*items, *furniture], key=lambda b: b.index) if goes_on else []
    return []


def _links_under(doc: Document, pos: int, rules: RuleSet, long_words: float) -> list[Block]:
    """The bulleted links right under a teaser marker above the article ("Most Discussed"
    over a sidebar's list of headlines): at least ``TOP_LINKS_MIN_ITEMS`` list items, none
    long prose nor a marker itself, with the box's furniture among them; and the boxes
    stacked under it, each a short heading over as many items ("Top Technology stories").
    Empty otherwise."""
    after = [b for b in _blocks_after(doc, pos) if b.kept]
    box: list[Block] = []
    heading: Block | None = None  # a stacked box's heading, taken once its links are
    at = 0
    while True:
        items, end = _bulleted_run(after, at, rules, long_words)
        if sum(1 for b in items if LIST_ITEM_RE.match(b.text)) < TOP_LINKS_MIN_ITEMS:
            return box
        box.extend(items if heading is None else [heading, *items])
        if end >= len(after) or not _stacked_heading(after[end].text):
            return box
        heading, at = after[end], end + 1


def _stacked_heading(text: str) -> bool:
    """A short heading that is no list item nor a sentence: another box's, under a box."""
    return (
        not LIST_ITEM_RE.match(text)
        and not ends_sentence(text)
        and word_count(text) <= TOP_LINKS_HEADING_WORDS
    )


def _bulleted_run(
    blocks: list[Block], at: int, rules: RuleSet, long_words: float
) -> tuple[list[Block], int]:
    """The list items (and box furniture) of ``blocks`` from ``at`` on, none long prose nor
    a marker, at most ``BOX_MAX_ITEMS`` of them; and where the run stops."""
    items: list[Block] = []
    i = at
    while i < len(blocks):
        b = blocks[i]
        if not _box_furniture(b.text, rules):
            words = word_count(b.text)
            if not LIST_ITEM_RE.match(b.text) or _long_prose(b.text, words, long_words):
                break
            if rules.first("cut_tail", b.text, words) or len(items) >= BOX_MAX_ITEMS:
                return [], i
        items.append(b)
        i += 1
    return items, i


TOP_LINKS_MIN_ITEMS = 3
"""List items a teaser marker above the article needs under it for them to go with it."""
TOP_LINKS_HEADING_WORDS = 8
"""Words of the heading of a box stacked under another above the article."""


def _cut_short(text: str) -> bool:
    """True for a line that ends in an ellipsis: a teaser's summary cut short."""
    return text.rstrip().endswith(("...", "…"))


def _is_marker(text: str, rules: RuleSet) -> bool:
    """True for a section marker ("Related Articles", "74 Comments")."""
    return rules.first("cut_tail", text, word_count(text)) is not None


def _paragraph_bar(paragraph_words: list[int], min_words: float) -> float:
    """The length of the article's own paragraphs above (``paragraph_words``):
    :data:`BOX_PARAGRAPH_SHARE` of their median, never under a paragraph's ``min_words``
    (no bar at all before any paragraph)."""
    if not paragraph_words:
        return float("inf")
    median = sorted(paragraph_words)[len(paragraph_words) // 2]
    return max(min_words, BOX_PARAGRAPH_SHARE * median)


def _box_furniture(text: str, rules: RuleSet) -> bool:
    """True for a line of a box's own furniture: a line a line rule drops (a pager's
    "Previous", a share button) or a bare figure (a pager's page number), that is no
    section marker."""
    if _is_marker(text, rules):
        return False
    return _FIGURE_RE.match(text) is not None or (
        rules.first("drop_line", text, word_count(text)) is not None
    )


BOX_ROLE = "related box"
"""The role of a box's lines once removed: the density step lets it part no paragraphs
(``[density] gap_skip_before_prose_families``)."""


BOX_PARAGRAPH_SHARE = 0.8
"""In an article of short paragraphs, a prose line after a box is long at this share of the
median length of the article's paragraphs above the marker (never above the usual bar)."""


BOX_MAX_ITEMS = 12
"""Links a box inside an article lists at most; a longer list is the page's tail."""
BOX_HEADLINES = 3
"""Headlines without a bullet a box inside an article holds at most ("Read also" over one,
"Related Articles" over three)."""
TOP_BOX_MIN_LINES = 2
"""Lines a box needs near the top of the article (under a marker that has too little prose
above it to cut the rest): one line there is as often the article's first heading ("1. Sales
Associate at The Gap" under a "Read more" button)."""
BOX_PROSE_WINDOW = 3
"""Lines after a box among which a long prose line must come for the article to go on."""


def _cards_follow(doc: Document, pos: int, rules: RuleSet, long_words: float) -> bool:
    """True when the long prose lines after ``pos`` come each with a copy of the same short
    line (a share bar or "Read more" printed under every item): a list of cards, however
    long each card's text, not an article's paragraphs. A label that sits between an
    article's paragraphs ("Advertisement", a photo credit) does not count."""
    window = int(thresholds()["phrases"]["continue_window"])
    common: set[str] | None = None  # the short lines in every gap so far, folded
    gaps = 0
    gap: set[str] = set()
    prose = 0
    lines = 0
    for b in _blocks_after(doc, pos):
        text = b.text
        if not text.strip():
            continue
        lines += 1
        if lines > CARDS_SCAN_LINES:
            break
        words = word_count(text)
        if _long_prose(text, words, long_words):
            prose += 1
            if prose > 1:
                common = gap if common is None else common & gap
                gaps += 1
                if not common:
                    return False  # two long lines with nothing the same between them
            if prose > window:
                break
            gap = set()
        elif words <= FURNITURE_WORDS:
            gap.add(fold(text))
    if gaps < 2 or not common:
        return False
    skip = frozenset(thresholds()["density"]["gap_skip_families"])
    for line in common:
        hit = rules.first("drop_line", line, word_count(line))
        if hit is None or hit.family not in skip:
            return True
    return False


CARDS_SCAN_LINES = 24
"""Lines after a marker read for cards at most (a card is two or three lines)."""
FURNITURE_WORDS = 8
"""Words of a line printed under every card of a list (a share bar, "Read more")."""


def _prose_after(doc: Document, rules: RuleSet, long_words: float, first: int) -> list[int]:
    """For each block from ``first`` on, the words of the long prose lines after it, past
    the headings of other teaser sections (a sidebar's "Latest news", "More in Sports"), up
    to a comments section. One pass from the end, so asking it of every marker stays
    linear; the lines after a marker are as they were when it is asked (the step's loop
    has not reached them)."""
    after = [0] * len(doc.blocks)
    total = 0
    for pos in range(len(doc.blocks) - 1, first - 1, -1):
        after[pos] = total
        block = doc.blocks[pos]
        if not block.kept:
            continue
        words = word_count(block.text)
        marker = rules.first("cut_tail", block.text, words)
        if marker is not None:
            if marker.followed_by != "teasers":
                total = 0
        elif _long_prose(block.text, words, long_words) and _is_prose_of_a_page(
            rules.first("drop_line", block.text, words)
        ):
            total += words
    return after


def _is_prose_of_a_page(hit: Rule | None) -> bool:
    """True for a long line that no line rule drops, or that one drops as furniture of an
    article's own (a credited photo caption: ``[density] gap_skip_families``): an app prompt
    or a disclaimer under a marker is no prose that goes on after it."""
    return hit is None or hit.family in thresholds()["density"]["gap_skip_families"]


SENTENCES_SCAN_LINES = 40
"""Lines after a marker read for two sentences in a row (see :func:`_sentences_follow`)."""


def _sentences_follow(doc: Document, pos: int, rules: RuleSet, min_words: float) -> bool:
    """True when two kept lines in a row after the marker at ``pos`` (within
    :data:`SENTENCES_SCAN_LINES`, up to the next marker) are paragraphs ending a sentence:
    an article going on. A teaser list puts a headline between its summaries."""
    previous = False
    for block in islice(_blocks_after(doc, pos), SENTENCES_SCAN_LINES):
        if not block.kept:
            continue
        text = block.text
        words = word_count(text)
        if rules.first("cut_tail", text, words) is not None:
            return False
        sentence = is_paragraph(text, min_words) and ends_sentence(text)
        if sentence and previous:
            return True
        previous = sentence
    return False


def _short_article_ends(
    doc: Document,
    pos: int,
    marker: Rule,
    rules: RuleSet,
    bars: tuple[float, float, float],
    more_prose_after: bool,
) -> bool:
    """True when a short article (a one-paragraph brief, under the guard's word count) ends
    at the marker at ``pos``: the marker is a heading, not a list item, and no article
    prose follows it (judged with the lowest bar of every favor, ``any_long_words``:
    cutting near the top is the larger risk); under a comments marker, no more long prose
    than above it; under a teaser marker, no two sentences in a row either, and cards of a
    list or no more long prose than above. ``bars`` are the step's (min_words,
    long_words, any_long_words)."""
    min_words, long_words, any_long_words = bars
    if LIST_ITEM_RE.match(doc.blocks[pos].text) or _prose_follows(doc, pos, rules, any_long_words):
        return False  # a menu's or a post's toolbar entry ("* Comments"), not a heading
    if marker.followed_by != "teasers":
        return not more_prose_after  # comments are sentences in a row
    if _sentences_follow(doc, pos, rules, min_words):
        return False
    return not more_prose_after or _cards_follow(doc, pos, rules, long_words)


def _header_key(doc: Document, pos: int) -> tuple[str, str]:
    """A comment header's line and the line under it, folded: what tells one comment from
    the same header printed again over the same text."""
    following = next((b.text for b in _blocks_after(doc, pos) if b.text.strip()), "")
    return fold(doc.blocks[pos].text), fold(following)


class PhrasesStep(Step):
    """Removes lines that match known debris phrases, in English and the page's language.

    Options: ``extra_rules`` is a path to a phrase file of your own (same format as the
    built-in ones) or a :class:`~cleaner.rules.RuleSet`; ``tail_guard_words`` overrides the
    prose words that must precede a tail marker before it may cut the rest of the page.
    Word thresholds count English words: a line's words are weighted by its language's
    ``[word_weight]`` (see thresholds.toml).
    """

    name = "phrases"
    defaults: ClassVar[dict[str, Any]] = {"extra_rules": None, "tail_guard_words": None}

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        extra = self.options["extra_rules"]
        if isinstance(extra, str | Path):
            extra = load_rule_file(extra)
        self._extra: RuleSet | None = extra
        self._merged: dict[str, RuleSet] = {}

    def rules(self, language: str) -> RuleSet:
        """The rules applied to a page in ``language``."""
        base = rules_for(language)
        if self._extra is None:
            return base
        # Built once per language: a RuleSet compiles its gates when made.
        if language not in self._merged:
            self._merged[language] = RuleSet(base.rules + self._extra.rules)
        return self._merged[language]

    def apply(self, doc: Document) -> None:
        """Apply the line, head, tail, comment-thread and inline rules in that order."""
        language = str(doc.meta.get("language") or "und")
        rules = self.rules(language)
        guard = self.options["tail_guard_words"]
        if guard is None:
            guard = by_favor(thresholds()["phrases"]["tail_guard_words"], doc.favor)
        # The word thresholds were set for English: in a language whose words carry more,
        # fewer of its words make the same amount of prose.
        weight = word_weight(language)
        min_words = thresholds()["text"]["paragraph_min_words"] / weight
        guard = guard / weight
        long_words = int(by_favor(thresholds()["phrases"]["continue_words"], doc.favor)) / weight
        # Whether article prose goes on after a marker near the top is judged with the
        # lowest bar of every favor: cutting there is the larger risk.
        any_long_words = int(by_favor(thresholds()["phrases"]["continue_words"], "recall")) / weight
        in_head = True
        prose_words = 0
        long_before = 0  # words of the long prose lines above: _prose_after's measure
        prose_after: list[int] | None = None  # computed when a marker first needs it
        after_share = float(thresholds()["phrases"]["prose_after_share"])
        plain_paragraph = False  # one paragraph that is not a list item (teasers are)
        cut_from: tuple[int, Rule] | None = None
        stamps: set[int] = set()  # lines dropped as timestamps: comment headers too
        paragraph_words: list[int] = []  # the words of each paragraph above
        for pos, block in enumerate(doc.blocks):
            if not block.kept:
                continue
            paragraph = is_paragraph(block.text, min_words)
            if paragraph:
                in_head = False
            words = word_count(block.text)
            # A label printed twice ("Sponsored Links Sponsored Links") is read as printed once.
            probe = undoubled(block.text)
            probe_words = words if probe is block.text else word_count(probe)
            marker = rules.first("cut_tail", probe, probe_words)
            near_top = marker is not None and (prose_words < guard or not plain_paragraph)
            ends_here = False  # a short article (a one-paragraph brief) ends at the marker
            if marker is not None and near_top and plain_paragraph:
                if prose_after is None:
                    prose_after = _prose_after(doc, rules, long_words, pos)
                # A brief's one paragraph may be shorter than a long prose line: it still
                # counts, or a related card's summary under the marker outweighs it.
                more_after = prose_after[pos] >= after_share * max(long_before, prose_words, 1)
                ends_here = _short_article_ends(
                    doc, pos, marker, rules, (min_words, long_words, any_long_words), more_after
                )
            hit = None
            # Once the article has begun, a section marker ("74 Comments") is read as one
            # before any line rule that would only drop it as a widget label.
            if marker is None or (prose_words < guard and not ends_here):
                hit = rules.first("drop_line", probe, probe_words)
                if hit is None and in_head:
                    hit = rules.first("head_line", probe, probe_words)
                if hit is None and _is_relative_stamp(block.text, words):
                    hit = _RELATIVE_STAMP_RULE
                if hit is None and words <= SHARE_BAR_MAX_WORDS and is_share_bar(block.text):
                    hit = _SHARE_BAR_RULE
                if hit is None and opens_doubled(block.text):
                    hit = _DOUBLED_LABEL_RULE
            if hit is not None:
                doc.remove(block, hit.reason)
                block.role = hit.family
                if hit.family in HEADER_FAMILIES:
                    stamps.add(pos)
                continue
            if marker is not None:
                top = near_top and not ends_here
                # Cards of a list (each printed with the same share bar) are teasers however
                # long their text: the prose exceptions below do not apply to them.
                teasers = (
                    marker.followed_by == "teasers"
                    and (plain_paragraph or not top)
                    and not _cards_follow(doc, pos, rules, long_words)
                )
                # A box of links under the marker, with article prose right after it: the
                # box goes, and the article goes on (near the top too, once the article
                # has begun).
                box = (
                    _list_box(
                        doc, pos, rules, long_words, _paragraph_bar(paragraph_words, min_words)
                    )
                    if teasers
                    else None
                )
                if top and box and len(box) < TOP_BOX_MIN_LINES:
                    box = None  # one line under a marker up there: the article's own heading
                if top and not box and marker.followed_by == "teasers":
                    box = _links_under(doc, pos, rules, long_words)
                if top and not box:
                    # Too near the top to cut the rest: a menu's "Related", a byline's "12
                    # Comments", a box of links or a "Read more" button the article goes
                    # on after.
                    doc.remove(block, f"{marker.family} marker (too near the top to cut the rest)")
                    continue
                if box:
                    reason = f"{marker.family} box inside the article (its prose goes on after it)"
                    for b in (block, *box):
                        doc.remove(b, reason)
                        b.role = BOX_ROLE
                    continue
                if teasers and (
                    _prose_follows(doc, pos, rules, long_words)
                    or _paragraphs_follow(
                        doc, pos, rules, _paragraph_bar(paragraph_words, min_words)
                    )
                ):
                    doc.remove(block, f"{marker.family} marker (article prose goes on after it)")
                    continue
                if _value_follows(doc, pos):
                    doc.remove(block, f"{marker.family} label with a figure (a table of counts)")
                    continue
                if teasers:
                    if prose_after is None:
                        prose_after = _prose_after(doc, rules, long_words, pos)
                    if prose_after[pos] >= after_share * max(long_before, 1):
                        doc.remove(
                            block, f"{marker.family} marker (more of the page's prose follows it)"
                        )
                        continue
                cut_from = (pos, marker)
                break
            if _long_prose(block.text, words, long_words):
                long_before += words
            if paragraph:
                prose_words += words
                paragraph_words.append(words)
                plain_paragraph = plain_paragraph or LIST_ITEM_RE.match(block.text) is None

        if cut_from is not None:
            pos, marker = cut_from
            for block in doc.blocks[pos:]:
                doc.remove(block, marker.reason)
        self._cut_comment_thread(doc, rules, min_words, guard, stamps)
        self._drop_tail_lines(doc, rules, min_words)
        for run, slides in _slideshow_runs(doc):
            for b in run:
                doc.remove(b, f"photo gallery caption (slideshow of {slides} numbered slides)")
                b.role = GALLERY_FAMILY

        self._strip_inline(doc, rules, min_words)

    @staticmethod
    def _cut_comment_thread(
        doc: Document, rules: RuleSet, min_words: float, guard: float, stamps: set[int]
    ) -> None:
        """Cut from the first comment header once several follow enough article prose.
        A header over the same line as another (a page that prints its article twice, each
        time under its byline and timestamp) is that header again, not another comment;
        a thread's "Reply" buttons repeat, but over different comments.

        ``stamps`` are the lines the line rules dropped as timestamps ("Posted October 28,
        2012 at 10:31 pm") or comment widgets (a "Reply" button): gone from the body
        already, they still count as headers."""
        if not rules.of_kind("comment_meta"):
            return
        prose_words = 0
        headers: list[tuple[int, Rule]] = []
        for pos, block in enumerate(doc.blocks):
            if pos in stamps and (
                _is_header_stamp(block.text)
                if block.role == TIMESTAMP_FAMILY
                else word_count(block.text) <= REPLY_WORDS
            ):
                if prose_words >= guard:
                    headers.append((pos, _STAMP_RULE))
                continue
            if not block.kept:
                continue
            words = word_count(block.text)
            hit = rules.first("comment_meta", block.text, words)
            if hit is None and words <= STAMP_MAX_WORDS and _is_header_stamp(block.text):
                hit = _STAMP_RULE
            if hit is None and prose_words >= guard and _dated_name(doc, pos, words, min_words):
                hit = _DATED_NAME_RULE
            if (
                hit is None
                and prose_words >= guard
                and words <= 2
                and _salutation(doc, pos, min_words)
            ):
                hit = _SALUTATION_RULE
            if hit is not None and prose_words >= guard:
                headers.append((pos, hit))
            elif is_paragraph(block.text, min_words) and not headers:
                prose_words += words
        if len({_header_key(doc, pos) for pos, _ in headers}) >= COMMENT_HEADERS:
            pos, rule = headers[0]
            above = _next_kept(doc, pos, -1)
            if above is not None:
                name = doc.blocks[above].text
                if word_count(name) <= COMMENTER_WORDS and not ends_clause(name):
                    pos = above  # the first commenter's name, over the first header
            for block in doc.blocks[pos:]:
                doc.remove(block, f"{rule.reason} ({len(headers)} comment headers)")

    @staticmethod
    def _drop_tail_lines(doc: Document, rules: RuleSet, min_words: float) -> None:
        """Drop the ``tail_line`` debris (an author's bio) among the page's last kept
        lines, from the bottom up to the article's last paragraph that is none, as long as
        a paragraph of the article stays above it."""
        if not rules.of_kind("tail_line"):
            return
        tail: list[Block] = []  # the last kept lines, bottom up
        for block in reversed(doc.blocks):
            if block.kept:
                tail.append(block)
                if len(tail) == TAIL_LINES_LOOKED_AT:
                    break
        first: Block | None = None  # the article's first paragraph, once a rule fires
        for block in tail:
            hit = rules.first("tail_line", block.text, word_count(block.text))
            if hit is not None:
                first = first or next(
                    (b for b in doc.blocks if b.kept and is_paragraph(b.text, min_words)), None
                )
                if first is not None and first.index < block.index:
                    doc.remove(block, hit.reason)
                    block.role = hit.family
                    continue
            if is_paragraph(block.text, min_words):
                break

    @staticmethod
    def _strip_inline(doc: Document, rules: RuleSet, min_words: float) -> None:
        if not rules.of_kind("strip_inline"):
            return
        first_paragraph = next((b for b in doc.kept if is_paragraph(b.text, min_words)), None)
        for block in doc.kept:
            pending = list(rules.may_fire_of_kind("strip_inline", block.text))
            while pending and block.kept:
                index = pending.pop(0)
                rule = rules.rules[index]
                if rule.scope == "first_paragraph" and block is not first_paragraph:
                    continue
                text = block.text
                spans = [(m.start(), m.end()) for m in rule.finditer(text) if m.end() > m.start()]
                for start, end in reversed(spans):
                    doc.cut(block, start, end, rule.reason)
                if not block.kept:
                    block.role = rule.family  # the whole line was the teaser
                if block.text != text:
                    # The joined rest may hold another rule's required string anew.
                    later = rules.may_fire_of_kind("strip_inline", block.text)
                    pending = [i for i in later if i > index]

"""Line tests of a page head: which lines may be the title, which are bylines, credits
or page furniture (toolbars, menus, pagers).

They read one line at a time (the word lists are data: ``[header]`` in
``rules/thresholds.toml``), so the header step's decisions rest on the lines alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from .dates import find_date, is_relative_time
from .rules import thresholds
from .text import CJK_RE, LIST_ITEM_RE, SPACELESS_RE, alternation, is_headline, word_count

# The label's mark: a colon, a full-width one, or Armenian "՝" ("Հեղինակ՝ Անի Պետրոսյան").
_LABEL_VALUE_RE = regex.compile(r"^\W*[^\W\d_]{1,20}\s*[:：՝]")
CJK_LABEL_MAX_CHARS = 4
"""Characters of the longest Chinese or Japanese label ("责任编辑")."""
SPACELESS_LABEL_MAX_CHARS = 12
"""Characters (vowel and tone marks included) of the longest Thai, Lao, Khmer or Burmese
label ("ผู้สื่อข่าว", reporter): "เครือข่ายรถเมล์ขยาย: ..." is a headline."""
LABEL_VALUE_MAX_WORDS = 6
"""A "label: value" this short after a date ("Source: Reuters", "来源：新华网") is a credit."""


@cache
def _label_phrase_re() -> regex.Pattern[str]:
    phrases = alternation(thresholds()["header"]["label_phrases"])
    return regex.compile(rf"^\W*(?:{phrases})\s*[:：]", regex.IGNORECASE)


def is_label_value(text: str) -> bool:
    """True for a short "label: value" line, or fields of them ("Date: ... | Category: ...
    | Author: ..."), or a Latin label glued to a value in capitals ("Cast:Shah Rukh Khan,
    ..."): a credit or metadata, not a title. The label is one word or one of
    ``[header] label_phrases`` ("Tác giả:", "Article from:")."""
    if ":" not in text and "：" not in text and "՝" not in text:
        return False
    label = _LABEL_VALUE_RE.match(text)
    # Chinese, Japanese and Thai write no spaces: a label is a word of a few characters
    # ("来源：", "责任编辑："); "公交网络扩展：春季前新增三条线路" is a headline.
    if (
        label is not None
        and not text.isascii()
        and (
            len(CJK_RE.findall(label.group())) > CJK_LABEL_MAX_CHARS
            or len(SPACELESS_RE.findall(label.group())) > SPACELESS_LABEL_MAX_CHARS
        )
    ):
        label = None
    known = _label_phrase_re().match(text) is not None
    if label is None and not known:
        return False
    if label is not None and not known and _reads_as_clause(text[label.end() :]):
        return False  # "Israel: West Bank roadblocks will remain", a headline's kicker
    # Words as spaces part them too: Thai or Chinese words are counted by characters.
    words = min(word_count(text), len(text.split()))
    if words <= LABEL_VALUE_MAX_WORDS or "|" in text:
        return True
    # A Latin label glued to its value ("Cast:Shah Rukh Khan, Deepika Padukone, ..."): the
    # two cells of a table of fields; a headline puts a space after its colon.
    return (
        label is not None
        and text[: label.end()].isascii()
        and text[label.end() : label.end() + 1].isupper()
    )


CLAUSE_MIN_WORDS = 4
"""Words of a value after a colon that may read as a clause (see :func:`_reads_as_clause`)."""
CLAUSE_MIN_LOWER_WORDS = 2
"""Words in lower case such a clause holds, at least."""


def _reads_as_clause(value: str) -> bool:
    """True for the part after a headline's kicker ("Israel: West Bank roadblocks will
    remain"): several words, the first capitalised (tags are written in lower case: "tj
    nba ford raptors"), some others in lower case, and no list of values ("Politics,
    Europe", "Reuters | AFP"). A field's value is a name, a date or a list."""
    words = value.split()
    if len(words) < CLAUSE_MIN_WORDS or any(mark in value for mark in ",|/;"):
        return False
    if not words[0][:1].isupper():
        return False
    return sum(1 for w in words if w[:1].islower()) >= CLAUSE_MIN_LOWER_WORDS


_BYLINE_END_RE = regex.compile(r"\s[|•·]\s")


def is_byline(text: str) -> bool:
    """True for a byline: a word of ``[header] byline_words`` ("By", "By:", "Von", "Por"
    ...), then a newsroom (``byline_staff``: "Par la rédaction") or capitalised names: only
    names and joining words ("By Anna Müller and Jan Kurz"), or two names first and a date
    or a site after them ("By Steven Mufson March 18 at 12:22 PM", "By Allen Bernard |
    CIO.com"); in a script without capitals, a short name; at most ``byline_max_words``
    words."""
    cfg = thresholds()["header"]
    words = _BYLINE_END_RE.split(text, maxsplit=1)[0].split()
    if not 2 <= len(words) <= cfg["byline_max_words"]:
        return False
    if words[0].rstrip(":").casefold() not in _byline_words():
        return False
    joins = _byline_joins()
    names = [w for w in words[1:] if w.casefold() not in joins]
    staff = _byline_staff()
    signed = [w for w in names if w.casefold().strip(".,") not in staff]
    if names and not signed:
        return True  # "Par la rédaction", "By Staff"
    if names and all(_caseless(w) for w in names):
        # Hebrew, Arabic, Indic scripts: no capitals to tell a name; a name's length does.
        return len(names) <= CASELESS_NAME_WORDS
    if not names or not names[0][:1].isupper() or any(w.endswith(":") for w in names[:2]):
        return False  # "Di Montezemolo: Driver lineup is crucial" is a headline
    # Only names ("By The Currency editors": the site's name, then the newsroom), or two
    # names and more after them.
    return all(w[:1].isupper() for w in signed) or (
        len(names) >= 2 and names[1][:1].isupper() and names[1][:1].isalpha()
    )


CASELESS_NAME_WORDS = 4
"""In a script without capitals, a byline word and at most this many words is a byline."""


def _caseless(word: str) -> bool:
    """True for a word whose first letter has no case (Hebrew, Arabic, Devanagari ...)."""
    first = word[:1]
    return first.isalpha() and not first.isupper() and not first.islower()


@cache
def _byline_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in thresholds()["header"]["byline_words"])


@cache
def _byline_staff() -> frozenset[str]:
    return frozenset(w.casefold() for w in thresholds()["header"]["byline_staff"])


@cache
def _byline_joins() -> frozenset[str]:
    return frozenset(w.casefold() for w in thresholds()["header"]["byline_joins"])


CJK_TITLE_FACTOR = 2
"""A line mostly in Chinese or Japanese characters needs this many times ``title_min_words``
to be a title: two characters count as a word, and a name ("山田太郎") is four."""


_TOOLBAR_SPLIT_RE = regex.compile(r"\s*\|\s*|\s+[•·»›]\s+")
_SEGMENT_SPLIT_RE = regex.compile(r"\s+[|—–-]\s+")
_POSTED_BY_RE = regex.compile(
    r"^\W*(?:(?:written|posted|reported|published|story|words|text)\s+by"
    r"|(?:posted|filed)\s+(?:in|under))\b",
    regex.I,
)
# A date, a clock or a zone before a byline: "PM PST By JHOHL27", "1/7/2008, 6:30 p.m. EST
# By GILLIAN WONG The Associated Press", "at 10:45 am by Todd Bishop": each word of the
# stamp holds a figure, or is am/pm, a zone in capitals, or "at"/"on" before a clock.
_STAMP_WORD = r"(?:\S*\d\S*|[AaPp]\.?[Mm]\.?,?|[A-Z]{2,5},?|(?:at|on)(?=\s+\d))"
_STAMP_THEN_BY_RE = regex.compile(rf"^{_STAMP_WORD}(?:\s+{_STAMP_WORD})*\s+(?=[Bb][Yy]\s)")
TOOLBAR_SEGMENT_WORDS = 3
"""A line of segments split by "|", "•" or "»", each at most this long, is a toolbar, a
menu or a breadcrumb ("Email Print | More", "Sports News | Home", "Home » Blogs »")."""


def _quoted(text: str) -> bool:
    """True for a line that is one quotation in guillemets ("«Мы не отступим»", "« Le
    chômage baisse »"): a headline quoting someone, not a pager's "« Previous | Next »"."""
    return (
        text.startswith("«")
        and text.endswith("»")
        and text.count("«") == text.count("»") == 1
        and _TOOLBAR_SPLIT_RE.search(text) is None
    )


# A web address alone on its line ("www.immunoshield.com", "https://example.org/news"): an
# advertiser's or the site's own, never a headline.
_WEB_ADDRESS_RE = regex.compile(
    r"^\W*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?:/\S*)?\W*$"
)


def is_page_furniture(text: str) -> bool:
    """A headline-shaped line that is page furniture: a list item, a web address, a toolbar
    or menu of short segments, a "previous | next" pager ("« ... »"), or a line one of whose
    segments is a byline ("pm AEST — By Long Zheng", "Posted by admin in Blog on ...", "8
    Hours Ago By Richard Darell")."""
    if LIST_ITEM_RE.match(text) or _WEB_ADDRESS_RE.match(text):
        return True
    if (text.startswith(("«", "‹")) or text.endswith(("»", "›"))) and not _quoted(text):
        return True
    segments = _TOOLBAR_SPLIT_RE.split(text)
    if len(segments) > 1 and all(word_count(s) <= TOOLBAR_SEGMENT_WORDS for s in segments):
        return True
    if _POSTED_BY_RE.match(text):
        return True
    stamp = _STAMP_THEN_BY_RE.match(text)
    if stamp and is_byline(text[stamp.end() :]):
        return True
    parts = _SEGMENT_SPLIT_RE.split(text)
    return any(_ago_then_by(part) for part in parts) or (
        len(parts) > 1 and any(is_byline(part) for part in parts)
    )


_BEFORE_BY_RE = regex.compile(r"\s+(?=[Bb][Yy]\s)")


def _ago_then_by(text: str) -> bool:
    """A relative time, then a byline: "8 Hours Ago By Richard Darell"."""
    by = _BEFORE_BY_RE.search(text)
    return by is not None and is_relative_time(text[: by.start()]) and is_byline(text[by.end() :])


# A label, then a figure and at most a unit: a field ("Lesezeit: 3 Min.", "읽는 시간: 3분",
# "Comments: 12").
_FIELD_FIGURE_RE = regex.compile(r"^[^:：]{1,40}[:：]\s*\d+(?:[.,]\d+)?\s*[^\s\d]{0,8}$")
# A sentence, then a bracketed or copyright credit closing the line: a photo caption ("...
# 公交车。（新华社）", "... the station. (Reuters)", "Un bus à l'arrêt. © AFP").
_CREDITED_SENTENCE_RE = regex.compile(
    r"[.!?。！？।]\s*(?:[(（\[][^)）\]]{1,40}[)）\]]|©\s*[^.!?。！？©]{1,40})\W*$"
)


def may_be_title(text: str, min_words: int, max_words: int) -> bool:
    """A headline-shaped line that is not a byline, a "label: value" credit or field, page
    furniture or a caption (a sentence closed by a bracketed or copyright credit)."""
    if not text.isascii() and 2 * len(CJK_RE.findall(text)) > len(text):
        min_words *= CJK_TITLE_FACTOR
    return (
        is_headline(text, min_words=min_words, max_words=max_words)
        and not is_byline(text)
        and not is_label_value(text)
        and not is_page_furniture(text)
        and _CREDITED_SENTENCE_RE.search(text) is None
        and _FIELD_FIGURE_RE.match(text) is None
    )


@cache
def _update_re() -> regex.Pattern[str]:
    words = alternation(thresholds()["header"]["update_words"])
    return regex.compile(rf"(?<!\w)(?:{words})(?!\w)", regex.IGNORECASE)


def is_update_stamp(text: str) -> bool:
    """True for a stamp of the page's last update ("Updated: July 5, 2025", "Aktualisiert
    am ...", "Mis à jour le ..."; ``[header] update_words``) whose first date follows the
    update word: "Dec 16, 2007 18:22 | Updated Dec 17, 2007" dates the article first."""
    word = _update_re().search(text)
    if word is None:
        return False
    found = find_date(text)
    return found is None or found[1] >= word.start()


SITE_SUFFIX_WORDS = 4
"""A title's last "|" segment of at most this many words is the site or section name
("Kremlin says it pays attention | World | Reuters")."""


_DASH_SUFFIX_RE = regex.compile(r"^(?P<head>.+?)\s+(?:[-–—]|::)\s+(?P<tail>[^-–—:|?!\d]+)$")


def without_site_suffix(
    title: str, min_words: int, elsewhere: Callable[[str], bool] | None = None
) -> str:
    """``title`` without trailing " | Site" segments, while a headline is left; and without
    one " - Site" (or "–", "—", "::") that names the site: a few words, each capitalised,
    which the page prints elsewhere too (``elsewhere``: its name in the head, its footer's
    copyright). A headline's own clause after a dash stays ("Brexit - what happens next",
    "Shaq Picks Up Another Florida Home — For $235K")."""
    while " | " in title:
        head, tail = title.rsplit(" | ", 1)
        if word_count(tail) > SITE_SUFFIX_WORDS or not is_headline(head, min_words=min_words):
            break
        title = head.rstrip()
    dashed = _DASH_SUFFIX_RE.match(title)
    if dashed and elsewhere is not None:
        head, tail = dashed["head"], dashed["tail"].strip()
        if (
            word_count(tail) <= SITE_SUFFIX_WORDS
            and all(_capitalised(word) for word in tail.split())
            and is_headline(head, min_words=min_words)
            and elsewhere(tail)
        ):
            title = head.rstrip()
    return title


def _capitalised(word: str) -> bool:
    """A word of a name: its first letter a capital ("Monde", "BBC"; "iPhone" is not), or
    no letter at all ("24")."""
    first = next((ch for ch in word if ch.isalpha()), "")
    return not first or first.isupper()

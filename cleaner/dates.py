"""Reading calendar dates out of page lines ("2025-07-04", "July 4, 2025", "4. Juli 2025").

Month names come from ``rules/months.toml``. Relative times ("a day ago", from
``rules/relative_times.toml``) are recognised by :data:`RELATIVE_TIME_RE` but give no date:
the page's capture time is unknown.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from functools import cache, lru_cache
from importlib import resources

import regex

from .rules.factors import required_factors
from .text import LINE_CACHE_SIZE, alternation, word_automaton


@cache
def _month_tables() -> dict[str, dict[str, list[str]]]:
    """``rules/months.toml``: language -> month number -> spellings."""
    text = resources.files("cleaner.rules").joinpath("months.toml").read_text(encoding="utf-8")
    tables: dict[str, dict[str, list[str]]] = tomllib.loads(text)
    return tables


@cache
def month_names() -> dict[str, int]:
    """Every month name or abbreviation of every language (case-folded, NFC like the text
    the steps read), mapped to its number."""
    names: dict[str, int] = {}
    for language, table in _month_tables().items():
        if language == SOLAR_HIJRI:
            continue  # months of another calendar: only its own pattern reads them
        for number, spellings in table.items():
            for name in spellings:
                names[unicodedata.normalize("NFC", name).casefold()] = int(number)
    return names


_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}:\d\d(?!\d)))"
"""What may follow a date's year: no digit, or a clock glued to it, as a scraper joins a
page's spans ("Nov 20 20194:29 AM EST")."""


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    m = rf"(?P<month>{alternation(list(month_names()))})\.?"
    thai = [
        unicodedata.normalize("NFC", n) for v in _month_tables().get("th", {}).values() for n in v
    ]
    m_thai = rf"(?P<month>{alternation(thai)})" if thai else r"(?P<month>(?!))"
    hijri = [n for v in _month_tables().get(SOLAR_HIJRI, {}).values() for n in v]
    m_hijri = rf"(?P<sh_month>{alternation(hijri)})" if hijri else r"(?P<sh_month>(?!))"
    return (
        regex.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)(?!\d)"),
        regex.compile(
            rf"(?<![\d-])(?P<day>\d{{1,2}})(?P<sep>[./-]|\.\s)(?P<mon>\d{{1,2}})(?P=sep)(?P<year>(?:19|20)\d\d){_YEAR_END}"
        ),
        regex.compile(
            rf"(?<!\w){m}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>(?:19|20)\d\d){_YEAR_END}",
            regex.I,
        ),
        regex.compile(
            rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º)?(?:\.\s*|\s+|-|/)(?:de\s+|of\s+|d['’])?{m}(?:\s+de)?(?:,?\s+|(?<=\.)|-|/)(?P<year>(?:19|20)\d\d){_YEAR_END}",
            regex.I,
        ),
        # Year first, as Hungarian, Lithuanian and Basque write it: "2025. július 4.", "2025 m.
        # liepos 4 d.", "2025eko uztailaren 4a".
        regex.compile(
            rf"(?<!\d)(?P<year>(?:19|20)\d\d)(?:\.?(?:\s+m\.)?|e?ko)\s+{m}\s+(?P<day>\d{{1,2}})(?!\d)",
            regex.I,
        ),
        # Year first, the month's name between dashes or slashes: "2025-Jul-04", "2025/Jul/04".
        regex.compile(
            rf"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-/]){m}(?P=sep)(?P<day>\d{{1,2}})(?!\d)",
            regex.I,
        ),
        # Georgian, year first: "2025 წლის 4 ივლისი".
        regex.compile(
            rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s+წლის\s+(?P<day>\d{{1,2}})\s+{m}",
            regex.I,
        ),
        # Khmer: "ថ្ងៃទី៤ ខែកក្កដា ឆ្នាំ២០២៥" (day 4, month July, year 2025).
        regex.compile(
            rf"(?<!\d)(?P<day>\d{{1,2}})\s*ខែ\s*{m}\s*(?:ឆ្នាំ\s*)?(?P<year>(?:19|20)\d\d){_YEAR_END}",
            regex.I,
        ),
        # Japanese years of the Reiwa era: "令和7年7月4日" is 4 July 2025 ("元年", its first).
        regex.compile(
            r"令和\s*(?P<reiwa_year>\d{1,2}|元)\s*年\s*(?P<mon>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
        ),
        # Latvian: "2025. gada 4. jūlijs".
        regex.compile(
            rf"(?<!\d)(?P<year>(?:19|20)\d\d)\.\s+gada\s+(?P<day>\d{{1,2}})\.\s+{m}",
            regex.I,
        ),
        # Year first in figures: "2025/07/04", "2025.07.04" (Korean, Japanese, Chinese pages),
        # "2025. 07. 04." (Hungarian).
        regex.compile(
            r"(?<![\w.-])(?P<year>(?:19|20)\d\d)(?P<sep>[./-]|\.\s)(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\w-]|\.\d)"
        ),
        # Chinese and Japanese "2025年7月4日", Korean "2025년 7월 4일".
        regex.compile(
            r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<mon>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})(?!\d)"
        ),
        # Thai, whose pages count years in the Buddhist era: "4 ก.ค. 2568" is 4 July 2025.
        regex.compile(
            rf"(?<!\d)(?P<day>\d{{1,2}})\s*{m_thai}\s*(?:พ\.ศ\.\s*)?(?P<be_year>25\d\d)(?!\d)"
        ),
        # Solar Hijri: "۳۱ تیر ۱۴۰۴", "۳۱ تیر ماه ۱۴۰۴" (digits read as ASCII first).
        regex.compile(
            rf"(?<!\d)(?P<day>\d{{1,2}})\s+{m_hijri}(?:\s+ماه)?\s+(?P<sh_year>1[34]\d\d)(?!\d)"
        ),
        # Vietnamese "4 tháng 7 năm 2025", "ngày 4 tháng 7, 2025".
        regex.compile(
            r"(?<!\d)(?P<day>\d{1,2})\s+tháng\s+(?P<mon>\d{1,2})(?:\s+năm|,)?\s+(?P<year>(?:19|20)\d\d)(?!\d)",
            regex.I,
        ),
        # Mongolian "2025 оны 7-р сарын 4", "2025 оны 7 сарын 4".
        regex.compile(
            r"(?<!\d)(?P<year>(?:19|20)\d\d)\s+оны\s+(?P<mon>\d{1,2})(?:\s*-\s*р)?\s+сарын\s+(?P<day>\d{1,2})(?!\d)",
            regex.I,
        ),
    )


def _relative_time_patterns() -> list[str]:
    """The patterns of ``rules/relative_times.toml``, every language."""
    text = resources.files("cleaner.rules").joinpath("relative_times.toml").read_text("utf-8")
    return [p for table in tomllib.loads(text).values() for p in table["patterns"]]


def _required_words(patterns: list[str]) -> set[str] | None:
    """Strings one of which every match of one of ``patterns`` holds (None if a pattern
    has none): read pattern by pattern, since one alternation of every language has more
    than the factor reader keeps."""
    words: set[str] = set()
    for pattern in patterns:
        found = required_factors(pattern)
        if not found:
            return None
        words |= found
    return words


_RELATIVE_TIME_PATTERNS = _relative_time_patterns()
RELATIVE_TIME_RE = regex.compile(
    "(?:" + "|".join(f"(?:{p})" for p in _RELATIVE_TIME_PATTERNS) + r")\W*$",
    regex.I | regex.REVERSE,
)
"""A line ending with a relative time ("a day ago", "il y a 2 heures", "3 小时前"). Searched
from the line's end backwards: a match must end there, so the one start the search tries
first is the only one that can succeed, where a forward search tries every position with
the alternation of every language (ten times slower on the bench's lines, same answers)."""
_RELATIVE_TIME_WORDS = _required_words(_RELATIVE_TIME_PATTERNS)
_RELATIVE_TIME_WORDS_AUTOMATON = word_automaton((w, w) for w in _RELATIVE_TIME_WORDS or ())


RELATIVE_TIME_TAIL = 80
"""Characters at the end of a line that can hold a relative time (the longest is far
shorter): only they are searched, so a long line costs no more than a short one."""


@lru_cache(maxsize=LINE_CACHE_SIZE)
def is_relative_time(text: str) -> bool:
    """True when ``text`` ends with a relative time (:data:`RELATIVE_TIME_RE`). The
    pattern's required words ("ago", "il y a", "前" ...) are looked for first, in the
    line's last :data:`RELATIVE_TIME_TAIL` characters: most lines hold none there, and the
    pattern of every language would try each position."""
    tail = text[-RELATIVE_TIME_TAIL:]
    words = _RELATIVE_TIME_WORDS_AUTOMATON
    if words is not None and next(words.iter(tail.casefold()), None) is None:
        return False
    return RELATIVE_TIME_RE.search(tail) is not None


CLOCK_RE = regex.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\b", regex.I)
_TWELVE_HOUR_RE = regex.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\b\.?", regex.I)
"""A clock time of twelve hours ("2:32 PM"): the American way of stamping a page, with
which a slashed date is month first ("2:32 PM on 05/02/2013" is May 2) unless a time zone
of a day-first country stands beside it (:data:`_DAY_FIRST_ZONE_RE`)."""
_DAY_FIRST_ZONE_RE = regex.compile(
    r"\b(?:gmt|bst|utc|cet|cest|eet|eest|wet|west|ist|aest|aedt|acst|awst|nzst|nzdt|sast|wib)\b",
    regex.I,
)
"""Time zones of countries that write the day first ("12:01am GMT 08/01/2008")."""


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


SOLAR_HIJRI = "fa_solar_hijri"
"""The table of ``months.toml`` that holds the months of the Solar Hijri calendar."""


def _hijri_month(name: str) -> int:
    for number, spellings in _month_tables().get(SOLAR_HIJRI, {}).items():
        if name in spellings:
            return int(number)
    return 0


def _solar_hijri_iso(year: int, month: int, day: int) -> str | None:
    """The ISO date of a Solar Hijri date, or None if there is no such day. Counts the days
    since the calendar's epoch with the 33-year arithmetic rule (exact for 1178-1633 SH,
    which holds every year a news page gives)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    if month == 12 and day == 30 and not _solar_hijri_leap(year):
        return None
    days = 365 * (year - 1) + (8 * (year - 1) + 29) // 33
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return (SOLAR_HIJRI_EPOCH + dt.timedelta(days=days + day - 1)).isoformat()


def _solar_hijri_leap(year: int) -> bool:
    return (25 * year + 11) % 33 < 8


SOLAR_HIJRI_EPOCH = dt.date(622, 3, 21)
"""1 Farvardin 1 SH as the arithmetic count places it (proleptic Gregorian): checked
against known Nowruz dates (1 Farvardin 1404 = 21 March 2025, 1403 = 20 March 2024)."""

BUDDHIST_ERA_OFFSET = 543
"""Years of the Buddhist era (Thai pages) minus this are years of the common era."""
REIWA_ERA_OFFSET = 2018
"""Reiwa year N is the Gregorian year 2018 + N (its first year, 2019, is written "元年")."""

# Every date pattern holds a year of this shape (or the Reiwa era's name): a line without
# one needs no other search.
_YEAR_RE = re.compile(r"(?:19|20|25|13|14)\d\d|令和")


_OTHER_DIGIT_RE = re.compile(r"(?![0-9])\d")  # re's \d is every Unicode decimal digit


@cache
def _ascii_digits() -> dict[int, int]:
    """A ``str.translate`` table from every other decimal digit (Arabic-Indic "٢٠٢٥",
    Persian, Devanagari, full-width "２０２５" ...) to its ASCII digit."""
    table: dict[int, int] = {}
    for code in range(0x80, 0x20000):
        value = unicodedata.decimal(chr(code), None)
        if value is not None:
            table[code] = ord("0") + value
    return table


@lru_cache(maxsize=LINE_CACHE_SIZE)
def find_date(text: str) -> tuple[str, int, int] | None:
    """The first calendar date in ``text`` as (ISO date, start, end), or None.

    Digits of other scripts are read as their ASCII values (one character for one, so the
    span found is the span in ``text``)."""
    if not text.isascii() and _OTHER_DIGIT_RE.search(text):
        text = text.translate(_ascii_digits())
    if _YEAR_RE.search(text) is None:
        return None
    best: tuple[str, int, int] | None = None
    names = month_names()
    for n, pattern in enumerate(_patterns()):
        for m in pattern.finditer(text):
            g = m.groupdict()
            day = int(g["day"])
            if g.get("sh_year"):
                iso = _solar_hijri_iso(int(g["sh_year"]), _hijri_month(g["sh_month"]), day)
                if iso and (best is None or m.start() < best[1]):
                    best = (iso, m.start(), m.end())
                    break
                continue
            if g.get("year"):
                year = int(g["year"])
            elif g.get("reiwa_year"):
                reiwa = g["reiwa_year"]
                year = REIWA_ERA_OFFSET + (1 if reiwa == "元" else int(reiwa))
            else:
                year = int(g["be_year"]) - BUDDHIST_ERA_OFFSET
            if g.get("month"):
                # Matched case-insensitively: a folding the table lacks is no date.
                # Turkish "İyul" folds to "i" and a combining dot above.
                folded = unicodedata.normalize("NFC", g["month"]).casefold().replace("\u0307", "")
                month = names.get(folded, 0)
            else:
                month = int(g["mon"])
                if n == 1 and g["sep"] in "/-" and month > 12 >= day:
                    day, month = month, day  # US order: 07/04/2025
                elif (
                    n == 1
                    and g["sep"] == "/"
                    and day <= 12
                    and month <= 12
                    and _TWELVE_HOUR_RE.search(text) is not None
                    and _DAY_FIRST_ZONE_RE.search(text) is None
                ):
                    day, month = month, day  # US order beside a 12-hour clock
            iso = _valid(year, month, day)
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
                break
    return best


def is_date_line(text: str, max_other_words: int = 6) -> bool:
    """True when a line is mostly a date or time stamp (a few other words allowed)."""
    found = find_date(text)
    rest = text
    if found:
        rest = text[: found[1]] + " " + text[found[2] :]
    elif not CLOCK_RE.search(text):
        return False
    rest = CLOCK_RE.sub(" ", rest)
    others = [w for w in regex.findall(r"[^\W\d_]{2,}", rest)]
    return (found is not None or bool(CLOCK_RE.search(text))) and len(others) <= max_other_words

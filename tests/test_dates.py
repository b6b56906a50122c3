"""Dates are read in the orders and languages ``rules/months.toml`` and dates.py cover."""

from __future__ import annotations

import tomllib
import unicodedata
from importlib import resources

import pytest

from cleaner.dates import SOLAR_HIJRI, find_date, month_names

CASES = [
    ("Published 2025-07-04 at noon", "2025-07-04"),
    # a clock glued to the year, as a scraper joins a page's spans
    ("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago", "2019-11-20"),
    ("Nov 15, 20195:45 AM", "2019-11-15"),
    ("04.07.202510:15", "2025-07-04"),
    ("04.07.2025", "2025-07-04"),
    ("04-07-2025", "2025-07-04"),  # day first with dashes (Indian portals)
    ("First published on: 04-07-2025 at 10:15 IST", "2025-07-04"),
    ("12-25-2025", "2025-12-25"),  # US order, told by a month over 12
    ("4th of July, 2025", "2025-07-04"),
    ("12/25/2025", "2025-12-25"),  # US order, told by a month over 12
    ("July 4, 2025", "2025-07-04"),
    ("4th July 2025", "2025-07-04"),
    ("4. Juli 2025", "2025-07-04"),
    ("4 de julio de 2025", "2025-07-04"),
    ("4 июля 2025", "2025-07-04"),
    ("Опубліковано 4 липня 2025", "2025-07-04"),
    ("4. července 2025", "2025-07-04"),
    ("4 juli 2025", "2025-07-04"),
    ("4. jūlijā 2025", "2025-07-04"),  # Latvian
    ("2025 m. liepos 4 d.", "2025-07-04"),  # Lithuanian
    ("4 Hulyo 2025", "2025-07-04"),  # Tagalog
    ("4 iulie 2025", "2025-07-04"),
    ("2025. július 4. 10:15", "2025-07-04"),
    ("4 Ιουλίου 2025", "2025-07-04"),
    ("4 ΙΟΥΛΙΟΥ 2025", "2025-07-04"),
    ("פורסם 4 ביולי 2025", "2025-07-04"),
    ("4 जुलाई 2025", "2025-07-04"),
    ("4. heinäkuuta 2025", "2025-07-04"),
    ("4. júla 2025", "2025-07-04"),
    ("4 юли 2025", "2025-07-04"),
    ("4. srpnja 2025", "2025-07-04"),
    ("4 de juliol de 2025", "2025-07-04"),
    ("4. desember 2025", "2025-12-04"),
    ("৪ জুলাই ২০২৫", "2025-07-04"),  # Bengali, in Bengali digits
    ("4 جولائی 2025", "2025-07-04"),
    ("Imechapishwa: 4 Julai 2025", "2025-07-04"),
    ("4 ก.ค. 2568", "2025-07-04"),  # Thai, Buddhist-era year
    ("เผยแพร่: 4 กรกฎาคม พ.ศ. 2568 10:30 น.", "2025-07-04"),
    ("۱۲ ژوئیه ۲۰۲۵", "2025-07-12"),  # Persian, common era
    ("12 ஜூலை 2025", "2025-07-12"),  # Tamil
    ("జూలై 12, 2025", "2025-07-12"),  # Telugu
    ("12 ജൂലൈ 2025", "2025-07-12"),  # Malayalam
    ("12 ಜುಲೈ 2025", "2025-07-12"),  # Kannada
    ("१२ जुलै २०२५", "2025-07-12"),  # Marathi, in Devanagari digits
    ("12 જુલાઈ 2025", "2025-07-12"),  # Gujarati
    ("12 ਜੁਲਾਈ 2025", "2025-07-12"),  # Punjabi
    ("१२ अगस्ट २०२५", "2025-08-12"),  # Nepali
    ("12 korrik 2025", "2025-07-12"),  # Albanian
    ("12 јули 2025", "2025-07-12"),  # Macedonian
    ("12 Julie 2025", "2025-07-12"),  # Afrikaans
    ("12 Gorffennaf 2025", "2025-07-12"),  # Welsh
    ("12 Luulyo 2025", "2025-07-12"),  # Somali
    ("۳۱ تیر ۱۴۰۴", "2025-07-22"),  # Persian, Solar Hijri calendar
    ("تاریخ انتشار: ۱ فروردین ماه ۱۴۰۴ - ۱۰:۳۰", "2025-03-21"),
    ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),  # the leap day of 1403
    # A page may hold the precomposed nukta letter (U+095E); the steps read it as NFC.
    (unicodedata.normalize("NFC", "4 \u095eरवरी 2025"), "2025-02-04"),
    # Figures with a space after each dot (Czech, Slovak, Slovenian, Croatian, Hungarian).
    ("4. 7. 2025 10:30", "2025-07-04"),
    ("04. 07. 2025. u 10:30", "2025-07-04"),
    ("2025. 07. 04. 10:30", "2025-07-04"),
    ("4.jul.2025 às 10h30", "2025-07-04"),  # a Brazilian daily's stamp
    ("4 d'agost de 2025", "2025-08-04"),  # Catalan
    ("4 lip 2025", "2025-07-04"),  # Polish abbreviation
    ("4 Tem 2025", "2025-07-04"),  # Turkish abbreviation
    ("4 جويلية 2025", "2025-07-04"),  # Maghreb Arabic
    ("4. julija 2025", "2025-07-04"),  # Slovenian
    ("4. jula 2025.", "2025-07-04"),  # Serbian, Bosnian
    ("4. јул 2025.", "2025-07-04"),  # Serbian Cyrillic
    ("4. juuli 2025", "2025-07-04"),  # Estonian
    ("2025. gada 4. jūlijs", "2025-07-04"),  # Latvian, year first
    ("4 ліпеня 2025", "2025-07-04"),  # Belarusian
    ("04 İyul 2025 10:30", "2025-07-04"),  # Azerbaijani, capital dotted I
    ("4 шілде 2025", "2025-07-04"),  # Kazakh
    ("4 ივლისი 2025", "2025-07-04"),  # Georgian
    ("4 հուլիսի 2025", "2025-07-04"),  # Armenian
    ("4 Ogos 2025", "2025-08-04"),  # Malay
    ("4 de xullo de 2025", "2025-07-04"),  # Galician
    ("4. júlí 2025", "2025-07-04"),  # Icelandic
    ("4 Iúil 2025", "2025-07-04"),  # Irish
    ("2025 оны 7-р сарын 4", "2025-07-04"),  # Mongolian, year first
    ("2025 оны 7 сарын 4, 10:30", "2025-07-04"),
    ("4 avgust 2025", "2025-08-04"),  # Uzbek
    ("2025eko uztailaren 4a", "2025-07-04"),  # Basque
    ("2025-7-4", "2025-07-04"),  # year first, one-digit month and day
    ("4-Jul-2025", "2025-07-04"),
    ("July 4,2025", "2025-07-04"),
    ("4 июл 2025", "2025-07-04"),  # Russian abbreviation
    ("04/Jul/2025", "2025-07-04"),  # a month's name between slashes
    ("الجمعة 04/يوليو/2025 - 10:30 ص", "2025-07-04"),  # as Egyptian sites print it
    ("2025-Jul-04", "2025-07-04"),  # year first, the month's name between dashes
    ("2025/Jul/04", "2025-07-04"),
    ("4 يوليوز 2025", "2025-07-04"),  # Moroccan month names
    ("2 غشت 2025", "2025-08-02"),
    ("4 ກໍລະກົດ 2025", "2025-07-04"),  # Lao
    ("၄ ဇူလိုင် ၂၀၂၅", "2025-07-04"),  # Burmese, in its own digits
    ("2025 წლის 4 ივლისი", "2025-07-04"),  # Georgian, year first
    ("令和7年7月4日", "2025-07-04"),  # Japanese, a year of the Reiwa era
    ("2025 ජූලි 4", "2025-07-04"),  # Sinhala
    ("4 កក្កដា 2025", "2025-07-04"),  # Khmer
    ("ថ្ងៃសុក្រ ទី៤ ខែកក្កដា ឆ្នាំ២០២៥", "2025-07-04"),  # Khmer: day, month, year named
    ("4 Yuli, 2025", "2025-07-04"),  # Hausa
    ("4 Julayi 2025", "2025-07-04"),  # Zulu
    ("4 июли 2025", "2025-07-04"),  # Tajik
    ("ጁላይ 4, 2025", "2025-07-04"),  # Amharic, the Gregorian month
    ("令和元年5月1日", "2019-05-01"),  # the era's first year
]


@pytest.mark.parametrize(("text", "iso"), CASES)
def test_dates_in_many_languages(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found[0] == iso, text


@pytest.mark.parametrize(
    "text", ["4 Juli", "July 2025", "31 June 2025", "2025 was a year", "", "Nov 20 201945"]
)
def test_no_date(text: str) -> None:
    assert find_date(text) is None


def test_month_table_has_no_conflicting_spellings() -> None:
    """One spelling may not name two months (it would read some dates wrongly)."""
    text = resources.files("cleaner.rules").joinpath("months.toml").read_text(encoding="utf-8")
    seen: dict[str, int] = {}
    other_calendar: dict[str, int] = {}
    for language, table in tomllib.loads(text).items():
        into = other_calendar if language == SOLAR_HIJRI else seen
        for number, spellings in table.items():
            for name in spellings:
                key = unicodedata.normalize("NFC", name).casefold()
                assert into.setdefault(key, int(number)) == int(number), name
    assert seen == month_names()  # the Solar Hijri months are read by their own pattern only
    assert len(other_calendar) == 24


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025年7月4日 10:30", "2025-07-04"),
        ("发布时间：2025年07月04日", "2025-07-04"),
        ("2025년 7월 4일 오전 10:30", "2025-07-04"),
        ("２０２５年７月４日", "2025-07-04"),  # full-width digits
        ("٤ يوليو ٢٠٢٥", "2025-07-04"),  # Arabic-Indic digits
        ("2025/07/04", "2025-07-04"),
        ("입력 2025.07.04 10:30", "2025-07-04"),
        ("Cập nhật ngày 4 tháng 7 năm 2025", "2025-07-04"),
    ],
)
def test_dates_of_east_asian_vietnamese_and_other_digit_pages(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found[0] == iso
    assert text[found[1] : found[2]].strip()  # the span is the date in the text as given


@pytest.mark.parametrize(
    "text",
    [
        "2025.13.40",
        "2025/02/30",
        "version 2025.1.4-beta",
        "release v2025.1.4",
        "1.2025.1.4",
        "4 July 2500",  # a Buddhist-era year only with a Thai month
    ],
)
def test_year_first_figures_that_are_no_date(text: str) -> None:
    assert find_date(text) is None


def test_solar_hijri_dates_agree_with_known_nowruz_days() -> None:
    """1 Farvardin is the March equinox day: 21 March in 2021-2023 and 2025, 20 March in
    the leap year 2024; the leap day 30 Esfand exists only in leap years."""
    nowruz = {1400: "2021-03-21", 1401: "2022-03-21", 1402: "2023-03-21", 1403: "2024-03-20"}
    nowruz[1404] = "2025-03-21"
    for year, iso in nowruz.items():
        assert find_date(f"1 فروردین {year}") == (iso, 0, len(f"1 فروردین {year}"))
    assert find_date("30 اسفند 1402") is None  # 1402 is not a leap year
    assert find_date("22 Bahman 1357") is None  # Latin spellings are not in the table


@pytest.mark.parametrize(
    "line",
    [
        "Russia Todaya day ago",
        "Le Figaroil y a un jour",
        "El País hace 2 horas",
        "há 2 horas",
        "2 ore fa",
        "vor 3 Stunden",
        "2 uur geleden",
        "3 timmar sedan",
        "for 2 timer siden",
        "2 godziny temu",
        "před 2 hodinami",
        "5 часов назад",
        "2 години тому",
        "2 saat önce",
        "3 jam yang lalu",
        "3 giờ trước",
        "منذ 3 ساعات",
        "3 小时前",
        "5分前",
        "3시간 전",
        # singular units, which patterns of the form "giorni?" missed
        "Corriere della Seraun giorno fa",
        "una settimana fa",
        "NOSeen dag geleden",
        "een maand geleden",
        "en dag sedan",
        "1 timme sedan",
        "for en måned siden",
        "tydzień temu",
        "bir gün önce",
        "Kompassehari yang lalu",  # "se-" glued to the unit: one day
        "4h ago",  # a feed's short units
        "15m ago",
        "10H ago",
        "sejam yang lalu",
        # more languages
        "acum 2 ore",
        "fa 2 hores",
        "2 órája",
        "3 órával ezelőtt",
        "2 tuntia sitten",
        "2 tundi tagasi",
        "πριν από 2 ώρες",
        "pred 2 hodinami",
        "pred 2 urami",
        "prije 2 sata",
        "преди 2 часа",
        "пред 2 часа",
        "prieš 2 valandas",
        "pirms 2 stundām",
        "לפני 2 שעות",
        "۲ ساعت پیش",
        "2 گھنٹے پہلے",
        "2 घंटे पहले",
        "२ घण्टा अगाडि",
        "২ ঘণ্টা আগে",
        "2 ชั่วโมงที่แล้ว",
        "saa 2 zilizopita",
        "2 oras ang nakalipas",
        "pre 2 sata",  # Serbian
        "пре 2 сата",
        "2 საათის წინ",  # Georgian
        "2 ժամ առաջ",  # Armenian
        "2 saat əvvəl",  # Azerbaijani
        "2 сағат бұрын",  # Kazakh
        "2 гадзіны таму",  # Belarusian
        "2 orë më parë",  # Albanian
        "fyrir 2 klukkustundum",  # Icelandic
        "duela 2 ordu",  # Basque
        "orain dela egun bat",
        "2 soat oldin",  # Uzbek
        "2 цагийн өмнө",  # Mongolian
        "2 மணி நேரத்திற்கு முன்பு",  # Tamil
        "35 நிமிடங்களுக்கு முன்",
        "2 గంటల క్రితం",  # Telugu
        "2 മണിക്കൂർ മുമ്പ്",  # Malayalam
        "35 ನಿಮಿಷಗಳ ಹಿಂದೆ",  # Kannada
        "35 मिनिटांपूर्वी",  # Marathi
        "2 કલાક પહેલા",  # Gujarati
        "2 ਘੰਟੇ ਪਹਿਲਾਂ",  # Punjabi
        "Mintuna 35 da suka wuce",  # Hausa
        "Sa'o'i 2 da suka wuce",
        "wákàtí 2 sẹ́yìn",  # Yoruba
        "awa 2 gara aga",  # Igbo
        "35 daqiiqo ka hor",  # Somali
        "ከ 35 ደቂቃዎች በፊት",  # Amharic
        "۳۵ دقیقې مخکې",  # Pashto
        "၂ နာရီ အကြာ",  # Burmese
        "මිනිත්තු 35 කට පෙර",  # Sinhala
        "35 នាទីមុន",  # Khmer
        "2 uur gelede",  # Afrikaans
        "35 munud yn ôl",  # Welsh
        "2 uair an chloig ó shin",  # Irish
        "hai 2 horas",  # Galician
        # The times of a moment ago, as aggregators print them
        "just now",
        "moments ago",
        "a few minutes ago",
        "à l'instant",
        "il y a quelques heures",
        "hace un momento",
        "há pouco",
        "poco fa",
        "gerade eben",
        "vor wenigen Minuten",
        "zojuist",
        "przed chwilą",
        "только что",
        "щойно",
        "az önce",
        "baru saja",
        "vừa xong",
        "منذ قليل",
        "刚刚",
        "たった今",
        "방금 전",
    ],
)
def test_relative_times_in_many_languages(line: str) -> None:
    from cleaner.dates import RELATIVE_TIME_RE

    assert RELATIVE_TIME_RE.search(line)
    assert find_date(line) is None


@pytest.mark.parametrize(
    "line", ["Today is a good day", "il y a des jours", "Das ist vor allem", "Hai un minuto?"]
)
def test_lines_without_a_relative_time(line: str) -> None:
    from cleaner.dates import RELATIVE_TIME_RE

    assert RELATIVE_TIME_RE.search(line) is None


@pytest.mark.parametrize("stamp", ["Le Figaroil y a un jour", "Le Figaroà l'instant"])
def test_a_source_glued_to_a_relative_time_is_not_the_title(stamp: str) -> None:
    """An aggregator prints the source and its time as one line ("Le Figaroil y a un jour")
    under the headline: it is a timestamp, and the headline above is the title."""
    import cleaner

    headline = "Le Kremlin réagit au mécontentement de Trump après l'appel avec Poutine"
    article = [
        "La Russie prend au sérieux toutes les déclarations du président américain Donald "
        "Trump, mais reste déterminée à atteindre ses objectifs, a déclaré le Kremlin.",
        "Vladimir Poutine et Donald Trump se sont entretenus jeudi au téléphone pendant plus "
        "d'une heure, abordant le conflit en Ukraine et la situation autour de l'Iran.",
    ]
    page = "\n\n".join(["logo", headline, stamp, *article])
    result = cleaner.clean_document(page)
    assert result.title == headline
    assert result.body == "\n\n".join(article)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2:32 PM on 05/02/2013", "2013-05-02"),  # a 12-hour clock: American, month first
        ("by Bill McBride on 8/09/2012 12:13:00 PM", "2012-08-09"),
        ("Last Updated: 12:01am GMT 08/01/2008", "2008-01-08"),  # a British zone: day first
        ("05/02/2013 14:32", "2013-02-05"),  # a 24-hour clock: day first
        ("05/02/2013", "2013-02-05"),
        ("02/13/2013 2:32 pm", "2013-02-13"),  # unambiguous either way
        ("13/02/2013 2:32 pm", "2013-02-13"),
    ],
)
def test_a_slashed_date_beside_a_twelve_hour_clock_is_month_first(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found[0] == iso


def test_a_stamp_with_its_clock_glued_to_the_year_is_no_title() -> None:
    """ "Published Wed, Nov 20 20194:29 AM EST": read as no date, the stamp was taken for
    the headline above the article."""
    import cleaner

    headline = "Emirates inks order for 30 Boeing 787 jets, will restart talks on expansion"
    article = [
        "Emirates said on Wednesday it would buy 30 Boeing 787 Dreamliner jets at the Dubai "
        "Airshow, in a deal worth about nine billion dollars at list prices.",
        "The airline's president told reporters at a press conference that talks with the "
        "manufacturer on a larger order would restart early next year.",
    ]
    stamp = "Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago"
    result = cleaner.clean_document("\n\n".join([headline, stamp, *article]))
    assert result.title == headline
    assert result.date == "2019-11-20"
    assert result.body == "\n\n".join(article)


def test_every_relative_time_pattern_has_words_the_prefilter_looks_for() -> None:
    """A line is searched with the relative-time patterns only when its end holds one of
    their required words (one Aho-Corasick pass); a pattern without any (character classes
    only) turned that prefilter off for every line, which doubled the check's cost."""
    from cleaner.dates import _RELATIVE_TIME_PATTERNS, _RELATIVE_TIME_WORDS_AUTOMATON
    from cleaner.rules.factors import required_factors

    for pattern in _RELATIVE_TIME_PATTERNS:
        assert required_factors(pattern), pattern
    assert _RELATIVE_TIME_WORDS_AUTOMATON is not None

"""The header step: the title and the page head above it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.document import Document
from cleaner.steps import HeaderStep

ARTICLES: dict[str, list[str]] = json.loads(
    (Path(__file__).parent / "cases" / "articles.json").read_text("utf-8")
)
"""Article paragraphs per language (tests/cases/articles.json)."""

PROSE = "Der Sturm zog in der Nacht über die Küste und riss Bäume und Dächer mit sich fort"
PAGE = [
    "Example Travel Blog",
    PROSE,  # an article line without a full stop, read as prose by density
    "Photos from the morning after",  # headline-shaped, inside the article
    "The harbour reopened on Tuesday after the crews had cleared the wrecks from the "
    "channel and checked the piers.",
]


def _run(favor: str) -> Document:
    doc = Document.from_text("\n".join(PAGE), favor=favor)  # type: ignore[arg-type]
    doc.blocks[1].role = "near>good"  # what the density step records for such a line
    doc.step_name = "header"
    HeaderStep().apply(doc)
    return doc


@pytest.mark.parametrize("favor", ["balanced", "recall"])
def test_prose_above_the_title_stays(favor: str) -> None:
    doc = _run(favor)
    assert doc.meta["title"] == "Photos from the morning after"
    assert doc.blocks[1].kept, doc.blocks[1].removal
    assert not doc.blocks[0].kept  # the site name above the title still goes


def test_favor_precision_clears_the_whole_head() -> None:
    doc = _run("precision")
    assert doc.meta["title"] == "Photos from the morning after"
    assert not doc.blocks[1].kept


HEADLINE = "Ukraine says Russian drone strike hits energy facility in Odesa region"
ARTICLE = [
    "Ukraine's energy ministry said on Monday that a Russian drone attack overnight "
    "had damaged an energy facility in the southern Odesa region.",
    "Repair crews were working at the site, the ministry said in a statement on the "
    "Telegram messaging app, and power would return within a day.",
]


def _under_the_headline(line: str) -> cleaner.Result:
    """Clean a page with ``line`` between the headline and the article."""
    return cleaner.clean_document("\n\n".join(["World News", HEADLINE, line, *ARTICLE]))


@pytest.mark.parametrize(
    "byline",
    [
        "By Olena Harmash",
        "BY NICK TIMIRAOS",
        "By Juliette Garside and Helen Power",
        "Von Anna Müller und Jan Kurz",
        "Por María López",
        "By: Saru Yeknom",
        "By Allen Bernard | CIO.com",
        "By Steven Mufson March 18 at 12:22 PM",
        "Door Jan de Vries",
        "Por Maria da Silva e João dos Santos",
        "Της Μαρίας Παπαδοπούλου",
        "מאת דנה כהן",
        "Par la rédaction",
        "By Staff",
        "By The Currency editors",
        "بقلم: أحمد محمد",
        "记者 李明 通讯员 王强",
        "本报记者 李明",
    ],
)
def test_a_byline_under_the_headline_is_not_the_title(byline: str) -> None:
    """The title is the headline-shaped line closest above the article, but a byline is
    headline-shaped too and sits closer: it is passed over."""
    result = _under_the_headline(byline)
    assert result.title == HEADLINE
    assert byline not in result.body


def test_a_chinese_reporters_byline_is_not_the_title() -> None:
    """ "记者 李明 通讯员 王强" (reporter, then correspondent) under a Chinese headline."""
    headline = "市议会决定扩建北部公交网络"
    page = "\n\n".join(["新闻中心", headline, "记者 李明 通讯员 王强", *ARTICLES["zh"]])
    result = cleaner.clean_document(page)
    assert result.title == headline, result.explain()
    assert result.body == "\n\n".join(ARTICLES["zh"])


def test_headlines_that_open_with_a_byline_word_are_not_bylines() -> None:
    from cleaner.titles import is_byline

    assert is_byline("By Olena Harmash and John Smith")
    assert not is_byline("By the numbers: how the bus plan adds up")
    assert not is_byline("Von Berlin nach Moskau in zwei Tagen")
    assert not is_byline("Di Maio attacca il governo sulla manovra")
    assert not is_byline("By")
    assert not is_byline("Di Montezemolo: Driver lineup is crucial")
    assert not is_byline("By 2030 the city will run forty electric buses")


@pytest.mark.parametrize("address", ["www.immunoshield.com", "https://example.org/offers"])
def test_an_advertisers_web_address_above_the_article_is_not_the_title(address: str) -> None:
    """An advertisement's last line, its web address, stands right above the article's
    first paragraph: the headline above the advertisement is the title."""
    headline = "Federer aims to win a hat-trick of Australian Open titles"
    page = "\n\n".join(
        [
            headline,
            "Defend yourself against winter infections - superior to echinacea.",
            address,
            *ARTICLES["en"],
        ]
    )
    result = cleaner.clean_document(page)
    assert result.title == headline, result.explain()


@pytest.mark.parametrize(
    "headline",
    ["Israel: West Bank roadblocks will remain", "Gill: Glazers have been vindicated"],
)
def test_a_headline_behind_a_one_word_kicker_is_the_title(headline: str) -> None:
    """A kicker and a colon before a clause ("Israel: West Bank roadblocks will remain") is
    a headline, not a "label: value" field, however short."""
    page = "\n\n".join(
        ["Please support local business!", headline, "By Mark Lavie", *ARTICLES["en"]]
    )
    result = cleaner.clean_document(page)
    assert result.title == headline, result.explain()


@pytest.mark.parametrize(
    "field", ["Topics: tj nba ford raptors", "Source: Reuters", "Tags: Politics, Europe, Trade"]
)
def test_a_field_above_the_article_is_still_no_title(field: str) -> None:
    """Tags in lower case, a source's name, a list of values: fields, not headlines."""
    headline = "Ford cleared to practice with the team again"
    page = "\n\n".join([headline, field, *ARTICLES["en"]])
    result = cleaner.clean_document(page)
    assert result.title == headline, result.explain()


def test_a_dateline_under_the_headline_is_not_the_title() -> None:
    """ "MADRID, 22 Jul. (EUROPA PRESS) -" opens the article text; a headline never ends
    with a dash."""
    import cleaner

    headline = "El Gobierno aprueba un plan de 500 millones para el transporte público"
    page = "\n\n".join(
        [
            "Nacional",
            headline,
            "Por María López",
            "MADRID, 22 Jul. (EUROPA PRESS) -",
            "El Consejo de Ministros ha aprobado este martes un plan de 500 millones de euros "
            "para modernizar el transporte público en las principales ciudades del país.",
            "Según ha explicado la ministra, el plan se ejecutará en cuatro años y la mayor "
            "parte de los fondos procederá de los fondos europeos de recuperación.",
        ]
    )
    assert cleaner.clean_document(page).title == headline


def test_a_source_credit_after_the_date_is_not_the_title() -> None:
    """ "2025-07-22 10:45:12 来源：新华网" is a date and a credit, not a "date headline" line;
    a short "label: value" line ("Source: Reuters", "Tags: transport") is no title either."""
    import cleaner

    headline = "国务院批准五亿元公共交通现代化计划"
    page = "\n\n".join(
        [
            "首页",
            headline,
            "2025-07-22 10:45:12 来源：新华网",
            "国务院常务会议周二批准了一项五亿元的计划，用于改善主要城市的公共交通，包括新的电动公交线路和郊区列车的更新。",
            "交通运输部部长在会后的新闻发布会上表示，该计划将在四年内实施，大部分资金将来自地方发展基金。",
        ]
    )
    result = cleaner.clean_document(page)
    assert result.title == headline
    assert result.date == "2025-07-22"

    english = "\n\n".join(
        [
            "Council expands the city bus network to the north",
            "Source: Reuters",
            "The city council voted on Tuesday to expand the bus network, adding three new "
            "routes that will connect the northern suburbs with the hospital.",
        ]
    )
    assert cleaner.clean_document(english).title == (
        "Council expands the city bus network to the north"
    )


@pytest.mark.parametrize(
    "stamp",
    [
        "July 04, 2025 08:00 AM Eastern Daylight Time",
        "Jul 4, 2025 8:00 p.m. ET",
        "04.07.2025 10:30 CEST",
        "2025-07-04 05:29 GMT+3",
        "July 4, 2025 10:30 Pacific Standard Time",
    ],
)
def test_a_clock_time_with_its_zone_after_the_date_is_not_the_title(stamp: str) -> None:
    """A press wire's stamp under the headline ("July 04, 2025 08:00 AM Eastern Daylight
    Time"): the clock's "AM" and its time zone belong to the stamp; what was left of the
    line after the date and time ("AM Eastern Daylight Time") was taken for the headline."""
    headline = "Acme Robotics Raises $40 Million to Expand Warehouse Automation"
    page = "\n\n".join([headline, stamp, *ARTICLES["en"]])
    result = cleaner.clean_document(page)
    assert result.title == headline
    assert result.date == "2025-07-04"
    assert result.body == "\n\n".join(ARTICLES["en"])


def test_dates_of_metadata_lines_are_read_even_when_the_lines_go() -> None:
    """A "Date: ... | Category: ... | Author: ..." line dates the page without giving a
    title; a date in a run of short metadata lines ("Publish date:", "Nov 18, 2019") that
    the density step removes as a list still dates it."""

    import cleaner

    paragraphs = ARTICLES["en"]
    headline = "Council expands the city bus network to the north"
    fields = "Date:November 6, 2012 | Category:City News | Author:Laura Vecsey"
    result = cleaner.clean_document("\n\n".join([headline, fields, *paragraphs]))
    assert result.date == "2012-11-06"
    assert result.title == headline

    run = ["Author:", "The City Desk", "Publish date:", "Nov 18, 2019", "*", "*", "*"]
    page = "\n\n".join([headline, paragraphs[0], *run, *paragraphs[1:]])
    result = cleaner.clean_document(page)
    assert result.date == "2019-11-18", result.explain()


@pytest.mark.parametrize(
    "headline",
    [
        "सरकार ने सार्वजनिक परिवहन के लिए नई योजना को मंजूरी दी",  # Hindi
        "அரசு பொது போக்குவரத்துக்கு புதிய திட்டத்தை அறிவித்தது",  # Tamil
        "সরকার গণপরিবহনের জন্য নতুন পরিকল্পনা অনুমোদন করেছে",  # Bengali
        "รัฐบาลอนุมัติแผนพัฒนาระบบขนส่งสาธารณะ มูลค่า 2 หมื่นล้านบาท",  # Thai
    ],
)
def test_headlines_in_scripts_with_vowel_signs_are_headlines(headline: str) -> None:
    """Vowel signs of Indic and Thai script are combining marks, not letters to
    ``str.isalpha``: a headline made of them is still headline-shaped."""
    from cleaner.text import is_headline

    assert is_headline(headline)


def test_a_standfirst_under_the_headline_is_not_the_title() -> None:
    """A subtitle summing up the story sits between the headline and the article, and is
    headline-shaped too (no full stop): the shorter line above it is the title."""
    import cleaner

    headline = "El Gobierno aprueba un plan de 2.000 millones para el transporte público"
    standfirst = (
        "La medida, que se aplicará en cuatro años, prevé nuevas líneas de autobuses "
        "eléctricos y la renovación de los trenes de cercanías"
    )
    article = [
        "El Consejo de Ministros aprobó este martes un plan de 2.000 millones de euros para "
        "modernizar el transporte público en las grandes ciudades del país.",
        "Según el ministro de Transportes, el plan se ejecutará en cuatro años y la mayor "
        "parte de los fondos procederá de los fondos europeos de recuperación.",
    ]
    result = cleaner.clean_document("\n\n".join(["Economía", headline, standfirst, *article]))
    assert result.title == headline
    assert result.body == "\n\n".join(article)
    # A date line above a standfirst is not its headline.
    page = "\n\n".join(["Economía", "Madrid, 22 de julio de 2025", standfirst, *article])
    assert cleaner.clean_document(page).title == standfirst


def test_a_short_standfirst_under_the_headline_is_not_the_title() -> None:
    """A subtitle of a dozen words (no full stop) under an eight-word headline: the
    headline is the title, as for a longer standfirst."""
    headline = "Council approves three new bus lines for the suburbs"
    standfirst = "The plan will cost 12 million dollars and connect the suburbs with the hospital"
    result = cleaner.clean_document(
        "\n\n".join(["News", headline, standfirst, "By Jane Smith", *ARTICLES["en"]])
    )
    assert result.title == headline, result.explain()
    assert result.body == "\n\n".join(ARTICLES["en"])


def test_a_name_in_chinese_characters_is_not_the_title() -> None:
    """Two characters count as a word, so a four-character name under the headline is
    three words, headline-shaped; a title in Chinese or Japanese needs twice as many."""
    import cleaner

    headline = "政府、公共交通の近代化に2000億円 電気バス路線を新設"
    article = [
        "政府は22日の閣議で、大都市の公共交通を近代化するため、総額2000億円の計画を決定した。"
        "新たな電気バス路線の開設や郊外電車の更新などが含まれる。",
        "国土交通相によると、計画は4年間で実施され、資金の大半は国の予算と地方債でまかなわれる。",
    ]
    result = cleaner.clean_document("\n\n".join(["ホーム", headline, "山田太郎", *article]))
    assert result.title == headline


@pytest.mark.parametrize(
    "furniture",
    [
        "* Former Prime Minister says the plan was tried before and failed",
        "Email Print | More",
        "Sports News | Home",
        "Print article | E-mail article | Post comment | View comments",
        "« Real-time app is pure awesomeness | Main | How to make your site friendly »",
        "pm AEST — By Long Zheng",
        "Posted by admin in Auto Blog on Aug 9th, 2012 | no responses",
        "Written By: Jason Shafrin - Nov 06 12",
        "Home » Blogs » From The Road",
        "PM PST By JHOHL27",
        "1/7/2008, 6:30 p.m. EST By GILLIAN WONG The Associated Press",
        "by Amy Locurto · 2 Comments",
        "Posted in Sony, News, PSP by Darrin Olson on January 7th",
        "Filed under: Pop",
        "Email|Print| Text size – + By",
        "TECHNOLOGY | 8 Hours Ago By Richard Darell",
        "2 hours ago by Jane Smith",
    ],
)
def test_page_furniture_under_the_headline_is_not_the_title(furniture: str) -> None:
    """List items, toolbars, pagers and lines with a byline in them sit between headline
    and article on many pages; the headline above them is the title."""
    assert _under_the_headline(furniture).title == HEADLINE


def test_a_site_name_after_a_bar_is_not_part_of_the_title() -> None:
    import cleaner

    article = [
        "Ukraine's energy ministry said on Monday that a Russian drone attack overnight "
        "had damaged an energy facility in the southern Odesa region.",
        "Repair crews were working at the site, the ministry said in a statement.",
    ]
    line = "Drone strike hits energy facility in Odesa region | World | Example News"
    result = cleaner.clean_document("\n\n".join(["Home", line, *article]))
    assert result.title == "Drone strike hits energy facility in Odesa region"


def test_a_dated_byline_gives_the_date_and_is_not_the_title() -> None:
    import cleaner

    headline = "Hands on with the new phone and its software"
    article = [
        "The new phone arrived this week, and after a few days with it the software is the "
        "part that impressed us most, from the start screen to the camera.",
        "Battery life was good enough for a full day of use, with some charge to spare in "
        "the evening after streaming video on the train home.",
    ]
    dated = "November 8, 2012 10:22 pm AEST — By Long Zheng"
    result = cleaner.clean_document("\n\n".join(["Tech", headline, dated, *article]))
    assert result.title == headline
    assert result.date == "2012-11-08"


@pytest.mark.parametrize("headline", ["2012 Election By The Numbers", "Man bitten by Dog in park"])
def test_a_headline_with_by_in_it_is_still_a_title(headline: str) -> None:
    from cleaner.titles import may_be_title

    assert may_be_title(headline, 3, 30)


AGGREGATOR_PAGES = {
    # headline, source glued to its relative time, "Related Articles", one teaser
    "de": ("Stadtrat erweitert das Busnetz", "Der Spiegelvor einem Tag", "Ähnliche Artikel"),
    "fr": ("La mairie étend le réseau de bus", "Le Mondeil y a un jour", "Articles connexes"),
    "es": ("El ayuntamiento amplía la red de autobuses", "El Paíshace un día", "Relacionados"),
    "pt": ("Câmara amplia a rede de autocarros", "Públicohá um dia", "Artigos relacionados"),
    "it": ("Il comune amplia la rete degli autobus", "Corrieredella Seraun giorno fa", "Correlati"),
    "nl": ("Gemeente breidt busnetwerk uit", "NOSeen dag geleden", "Gerelateerde artikelen"),
    "sv": ("Kommunen bygger ut bussnätet", "SVTen dag sedan", "Relaterade artiklar"),
    "id": ("Dewan kota memperluas jaringan bus", "Kompassehari yang lalu", "Artikel Terkait"),
    "ru": ("Городской совет расширил сеть автобусов", "РИА Новостидень назад", "Похожие статьи"),
    "tr": ("Belediye otobüs ağını genişletiyor", "Anadolu Ajansıbir gün önce", "İlgili Makaleler"),
}


@pytest.mark.parametrize("lang", sorted(AGGREGATOR_PAGES))
def test_an_aggregators_page_in_its_language(lang: str) -> None:
    """An aggregator prints the headline twice and the source glued to a relative time in
    the page's language ("NOSeen dag geleden"): the headline is the title, the source line
    a timestamp. Italian, Dutch and Swedish singular units ("un giorno fa", "een dag
    geleden", "en dag sedan") were not read as relative times: the source line became the
    title."""
    headline, source, related = AGGREGATOR_PAGES[lang]
    paragraphs = ARTICLES[lang]
    page = "\n".join(
        ["logo", headline, "", headline, "", source, *paragraphs, "", related, "", headline]
    )
    result = cleaner.clean_document(page)
    assert result.title == headline, result.explain()
    assert result.body == "\n\n".join(paragraphs), result.explain()


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("en", "Table of Contents"),
        ("fr", "Table des matières"),
        ("es", "Tabla de contenidos"),
        ("de", "In diesem Artikel"),
    ],
)
def test_the_label_over_a_table_of_contents_is_not_the_title(lang: str, label: str) -> None:
    """Once the table of contents goes (dedupe), its label is the headline-shaped line
    closest above the article: it was the title of eight bench pages."""
    paragraphs = ARTICLES[lang]
    headings = ["Part one of the story", "Part two of the story", "Part three of the story"]
    article = [paragraphs[0], headings[0], paragraphs[1], headings[1], paragraphs[2]]
    article += [headings[2], paragraphs[-1]]
    page = "\n\n".join(["Headline of the article here", label, *headings, *article])
    result = cleaner.clean_document(page)
    assert result.title == "Headline of the article here", result.explain()


@pytest.mark.parametrize(
    ("lang", "headline", "credit"),
    [
        ("vi", "Hội đồng thành phố mở rộng mạng lưới xe buýt", "Tác giả: Nguyễn Văn An"),
        ("th", "สภาเมืองขยายเครือข่ายรถโดยสาร", "ผู้เขียน: สมชาย ใจดี"),
        ("en", "Council expands the bus network", "Article from: Agence France-Presse"),
        ("en", "Startup Psychology: Why Awareness Is Awesome", "Filed to: transport"),
    ],
)
def test_a_credit_line_under_the_headline_is_not_the_title(
    lang: str, headline: str, credit: str
) -> None:
    """A "label: value" credit between the headline and the article is metadata: its label
    may be two words ("Tác giả:", "Article from:", listed in [header] label_phrases) or a
    Thai word, which counts by its letters. A headline whose first half ends with a colon
    is still the title."""
    paragraphs = ARTICLES[lang]
    page = "\n\n".join(["Home", headline, credit, *paragraphs])
    result = cleaner.clean_document(page)
    assert result.title == headline, result.explain()
    assert result.body == "\n\n".join(paragraphs), result.explain()


NAME_LINES = {
    # headline, a byline without "By": the author's name and a place, newsroom or address
    "de": ("Stadtrat erweitert das Busnetz", "Anna Müller, Berlin"),
    "fr": ("La mairie étend le réseau de bus", "Marie Dupont, à Paris"),
    "it": ("Il comune amplia la rete degli autobus", "Marco Rossi, Roma"),
    "nl": ("Gemeente breidt busnetwerk uit", "Jan de Vries, Amsterdam"),
    "pl": ("Rada miasta rozbudowuje sieć autobusową", "Jan Kowalski, Warszawa"),
    "ru": ("Горсовет расширяет сеть автобусов", "Иван Петров, корреспондент"),
    "id": ("Dewan kota memperluas jaringan bus", "Budi Santoso - detikNews"),
    "ar": ("مجلس المدينة يوسع شبكة الحافلات", "أحمد علي - القاهرة"),
    "he": ("מועצת העיר מרחיבה את רשת האוטובוסים", "דנה כהן, תל אביב"),
    "hi": ("नगर परिषद ने बस नेटवर्क बढ़ाया", "राहुल शर्मा, नई दिल्ली"),
    "ko": ("시의회, 버스 노선망 확대 결정", "김민수 기자 minsu@example.com"),
}


@pytest.mark.parametrize("lang", sorted(NAME_LINES))
@pytest.mark.parametrize("date_first", [False, True])
def test_a_byline_without_by_under_the_headline_is_not_the_title(
    lang: str, date_first: bool
) -> None:
    """Many sites print the author's name and city ("Anna Müller, Berlin") between the
    headline and the article, with no "By": it was the title, being the headline-shaped
    line closest above the article. A short line parted by a comma, dash or bar (or
    holding an e-mail address) under a headline at least as long is such a byline."""
    headline, name_line = NAME_LINES[lang]
    paragraphs = ARTICLES[lang]
    date = "12.07.2025 10:30"
    head = [date, name_line] if date_first else [name_line, date]
    page = "\n\n".join(["Home", headline, *head, *paragraphs])
    result = cleaner.clean_document(page)
    assert result.title == headline, result.explain()
    assert result.date == "2025-07-12"
    assert result.body == "\n\n".join(paragraphs), result.explain()


def test_a_stamp_line_below_a_photo_caption_still_dates_the_page() -> None:
    """A long photo caption opens the article, so the stamp under it is not in the head:
    with no date in the head, the first stamp line near the article's start gives it (and
    stays, so that cleaning the body again changes nothing)."""
    paragraphs = ARTICLES["en"]
    caption = (
        "Minnesota Wild players celebrate a goal during the second period of the game against "
        "the Buffalo Sabres at the Xcel Energy Center in St. Paul on Tuesday evening."
    )
    stamp = "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm"
    result = cleaner.clean_document("\n\n".join([caption, stamp, *paragraphs]))
    assert result.date == "2019-11-19", result.explain()
    assert cleaner.clean(result.body) == result.body


def test_a_date_quoted_deep_in_the_article_does_not_date_the_page() -> None:
    paragraphs = ARTICLES["en"]
    filler = [f"({i}) {p}" for i in range(5) for p in paragraphs]  # 20 paragraphs
    quoted = "Date: Fri, 1 Feb 2002 11:53:40 -0500 (EST)"
    result = cleaner.clean_document("\n\n".join([*filler, quoted, *paragraphs]))
    assert result.date is None, result.date


def test_a_headline_ending_in_an_ellipsis_is_a_title_and_the_breadcrumb_under_it_is_not() -> None:
    """ "Só quem se Ama…" ends as "Só quem se Ama..." would: a headline, not a sentence;
    the breadcrumb under it that repeats it is site chrome."""
    paragraphs = ARTICLES["pt"]
    headline = "Só quem se Ama…"
    crumb = "Mensagens » Mensagens de Autoestima » Só quem se Ama…"
    result = cleaner.clean_document("\n\n".join([headline, crumb, *paragraphs]))
    assert result.title == headline, result.explain()
    assert result.body == "\n\n".join(paragraphs)


def test_a_short_headline_printed_twice_is_explained_as_the_title() -> None:
    """An aggregator prints a short headline twice above the article; the dedupe step reads
    the pair as an author card by its shape, but the header takes it as the title, and
    the explanation says so for both copies."""
    headline = "Council expands bus network"
    page = "\n\n".join(["logo", headline, headline, "Russia Todaya day ago", *ARTICLES["en"]])
    result = cleaner.clean_document(page)
    assert result.title == headline
    reasons = sorted(r.reason for r in result.removed if r.text == headline)
    assert reasons == ["repeated title", "title moved to metadata"], result.explain()


@pytest.mark.parametrize(
    "stamp",
    [
        "24 July 2012 Last updated at 12:59 ET",
        "October 29, 2012 at 10:45 am by Anna Berg 1 Comment",
    ],
)
def test_a_dated_stamp_or_byline_under_the_headline_is_not_the_title(stamp: str) -> None:
    """A line that opens with a date and goes on with a clock stamp or an "at <time> by
    <name>" byline dates the page; the headline above it is the title."""
    headline = "Council expands bus network to the northern suburbs"
    result = cleaner.clean_document("\n\n".join([headline, stamp, *ARTICLES["en"]]))
    assert result.title == headline, result.explain()
    assert result.body == "\n\n".join(ARTICLES["en"]), result.explain()


UPDATED_PAGES = {
    # headline, publication stamp, update stamp (the page was published on 4 July)
    "en": (
        "Council approves three new bus lines",
        "Published: July 4, 2025",
        "Updated: July 5, 2025",
    ),
    "de": (
        "Stadtrat beschließt neue Buslinien",
        "Veröffentlicht am 4. Juli 2025",
        "Aktualisiert am 5. Juli 2025",
    ),
    "fr": (
        "Le conseil approuve trois lignes de bus",
        "Publié le 4 juillet 2025",
        "Mis à jour le 5 juillet 2025",
    ),
    "es": (
        "El ayuntamiento aprueba tres líneas",
        "Publicado: 04/07/2025 10:30",
        "Actualizado: 05/07/2025 08:15",
    ),
    "pt": (
        "Câmara aprova três novas linhas",
        "Publicado em 04/07/2025",
        "Atualizado em 05/07/2025",
    ),
    "ru": (
        "Совет утвердил три новых маршрута",
        "Опубликовано: 04.07.2025",
        "Обновлено: 05.07.2025",
    ),
}


@pytest.mark.parametrize("lang", sorted(UPDATED_PAGES))
def test_the_publication_date_wins_over_a_later_update(lang: str) -> None:
    headline, published, updated = UPDATED_PAGES[lang]
    page = "\n\n".join([headline, published, updated, *ARTICLES[lang]])
    assert cleaner.clean_document(page).date == "2025-07-04"


def test_an_update_stamp_by_the_article_wins_over_a_page_clock_far_up() -> None:
    """A page's clock at its top is when it was captured; the article's only stamp, an
    update, still dates it better. And a stamp that opens with the publication date is
    no update stamp."""
    menu = [f"Section {n}" for n in range(12)]
    clock = "Tuesday 15 January 2008"
    page = [clock, *menu, "Council approves three new bus lines", "Last Updated: 08/01/2008"]
    assert cleaner.clean_document("\n\n".join([*page, *ARTICLES["en"]])).date == "2008-01-08"
    both = ["Council approves three new bus lines", "Dec 16, 2007 18:22 | Updated Dec 17, 2007"]
    assert cleaner.clean_document("\n\n".join([*both, *ARTICLES["en"]])).date == "2007-12-16"


@pytest.mark.parametrize(
    ("head", "title", "date"),
    [
        # a headline after a date and a bar: the title (a bar is no field list before it)
        (
            "date: 2025-07-04 | Council approves three new bus lines for the suburbs",
            "Council approves three new bus lines for the suburbs",
            "2025-07-04",
        ),
        # a date and an author after a bar: the date, and no title
        ("04/07/2025 | Jane Smith", None, "2025-07-04"),
        # a headline closed by its date: the line as printed is the title, the date is read
        (
            "AWS Week in Review - October 29, 2012",
            "AWS Week in Review - October 29, 2012",
            "2012-10-29",
        ),
        (
            "10,000 trusted domains infected by crimeware Trojan (14/01/2008)",
            "10,000 trusted domains infected by crimeware Trojan (14/01/2008)",
            "2008-01-14",
        ),
    ],
)
def test_a_date_before_or_after_a_headline_on_its_line(
    head: str, title: str | None, date: str
) -> None:
    result = cleaner.clean_document("\n\n".join([head, *ARTICLES["en"]]))
    assert (result.title, result.date) == (title, date)
    assert result.body == "\n\n".join(ARTICLES["en"]), result.explain()


@pytest.mark.parametrize(
    ("page_head", "foot", "line", "title"),
    [
        # the site's name as its logo's text, over "Headline - Site"
        (
            ["Le Monde"],
            [],
            "Le conseil municipal approuve trois nouvelles lignes - Le Monde",
            "Le conseil municipal approuve trois nouvelles lignes",
        ),
        # the site's name in the footer's copyright
        (
            [],
            ["© 2025 The Daily Star. All rights reserved."],
            "Council approves three new bus lines for the suburbs – The Daily Star",
            "Council approves three new bus lines for the suburbs",
        ),
        # a subtitle after a dash, printed nowhere else: it stays
        (
            [],
            [],
            "Shaq Picks Up Another Florida Home — For His Mother",
            "Shaq Picks Up Another Florida Home — For His Mother",
        ),
        # a clause in small letters is the headline's own
        (
            ["Evening News"],
            [],
            "Brexit - what happens next for the trade deal",
            "Brexit - what happens next for the trade deal",
        ),
        # a menu's category is no site name
        (
            ["Evening News", "Home | Fitness | Strength Training"],
            [],
            "Gym Workouts for Beginners — Strength Training",
            "Gym Workouts for Beginners — Strength Training",
        ),
    ],
)
def test_a_site_name_after_a_dash_leaves_the_title(
    page_head: list[str], foot: list[str], line: str, title: str
) -> None:
    """ "Headline - Site", as a page's <title> reads, where the page prints the site's name in
    its first lines or its copyright line; a subtitle or a clause after a dash stays."""
    page = "\n\n".join([*page_head, line, *ARTICLE, *foot])
    result = cleaner.clean_document(page)
    assert result.title == title


@pytest.mark.parametrize(
    "caption",
    [
        "Un bus à l'arrêt devant la gare centrale. © AFP",
        "A bus at the central station's stop. © Reuters/Jane Doe",
        "Un bus à l'arrêt. (Photo AFP)",
    ],
)
def test_a_caption_closed_by_a_credit_is_not_the_title(caption: str) -> None:
    """A photo caption between the headline and the article, closed by a copyright or
    bracketed credit, was taken for the title: it is the line closest above the article."""
    page = "\n\n".join(["Site News", HEADLINE, caption, *ARTICLE])
    result = cleaner.clean_document(page)
    assert result.title == HEADLINE
    assert result.body == "\n\n".join(ARTICLE)


BLOG_FOOTERS = [
    ("Posted on the 15/12/2025 at 19:00 by Anna Miller", "2025-12-15"),
    (
        "This entry was posted on Monday, December 15th, 2025 at 7:00 pm and is filed under News.",
        "2025-12-15",
    ),
    ("Publié le 15 décembre 2025 par Jean Dupont", "2025-12-15"),
]


@pytest.mark.parametrize(("footer", "iso"), BLOG_FOOTERS)
def test_a_blog_post_is_dated_by_the_stamp_under_it(footer: str, iso: str) -> None:
    """A blog prints its post's date under the post, and nothing dates its head: that stamp
    dates the page, and leaves the body with the comments under it."""
    from .test_pages import ARTICLES

    article = ARTICLES["en"]
    page = "\n\n".join(
        [
            "My Blog",
            "Home | About",
            "A headline for the post today",
            *article,
            footer,
            "3 Comments",
            "Leave a reply",
        ]
    )
    result = cleaner.clean_document(page)
    assert result.date == iso
    assert result.body.split("\n\n") == article


def test_a_stamp_under_the_article_does_not_outrank_its_own_date() -> None:
    """The head's date stands; on a long undated page, a comment's stamp two lines under
    the article dates nothing."""
    from .test_pages import ARTICLES

    footer = ["Anna Miller", "December 16, 2025 at 3:00 pm", "Great news for the suburbs!"]
    article = ARTICLES["en"]
    dated = "\n\n".join(["A headline for the post today", "July 4, 2025", *article, *footer])
    assert cleaner.clean_document(dated).date == "2025-07-04"
    long_article = [f"{p} Part {n} of the report." for n in range(5) for p in article]
    undated = "\n\n".join(["A headline for the post today", *long_article, *footer])
    result = cleaner.clean_document(undated)
    assert len(result.body.split("\n\n")) == len(long_article)
    assert result.date is None


SCREEN_READER_LABELS = {
    # language: (image source label, image caption label)
    "en": ("Image source", "Image caption"),
    "es": ("Fuente de la imagen", "Pie de foto"),
    "ar": ("مصدر الصورة", "التعليق على الصورة"),
    "hi": ("इमेज स्रोत", "इमेज कैप्शन"),
    "sw": ("Chanzo cha picha", "Maelezo ya picha"),
    "tr": ("Fotoğraf kaynağı", "Fotoğraf altı yazısı"),
    "id": ("Sumber gambar", "Keterangan gambar"),
    "vi": ("Nguồn hình ảnh", "Chụp lại hình ảnh"),
}


def _words(text: str, n: int) -> str:
    return " ".join(text.split()[:n]).strip(".,;:")


@pytest.mark.parametrize("lang", sorted(SCREEN_READER_LABELS))
def test_a_photos_screen_reader_labels_do_not_take_the_title(lang: str) -> None:
    """A news site prints the hidden labels of a photo with a comma ("Image source, Getty
    Images", "Image caption, The minister in Abuja") between headline and article: they
    go, and the headline above them is the title."""
    source, caption = SCREEN_READER_LABELS[lang]
    article = ARTICLES[lang]
    headline = _words(article[1], 8)
    page = [
        headline,
        f"{source}, Getty Images",
        f"{caption}، {_words(article[2], 9)}"
        if lang == "ar"
        else f"{caption}, {_words(article[2], 9)}",
        *article,
    ]
    result = cleaner.clean_document("\n".join(page))
    assert result.title == headline
    assert result.body == "\n\n".join(article)


def test_a_bylines_screen_reader_labels_do_not_take_the_title() -> None:
    """ "Author, Name", "Role, Desk" and "Reporting from Place" between headline and
    article go with the photo labels; the headline is the title."""
    article = ARTICLES["en"]
    headline = "Nigeria announces a new minimum wage for public workers"
    page = [
        "Skip to content",
        headline,
        "Image source, Getty Images",
        "Image caption, The president speaking at a press conference in Abuja",
        "Author, Ibrahim Musa",
        "Role, BBC News",
        "Reporting from Abuja",
        "35 minutes ago",
        *article,
    ]
    result = cleaner.clean_document("\n".join(page))
    assert result.title == headline
    assert result.body == "\n\n".join(article)
    reasons = {r.text: r.reason for r in result.removed}
    assert "credit line" in reasons["Reporting from Abuja"]
    assert "photo caption" in reasons["Image source, Getty Images"]


HAUSA_ARTICLE = [
    "Gwamnatin tarayyar Najeriya ta sanar da sabon tsarin albashi mafi karanci ga "
    "ma'aikatan gwamnati a fadin kasar, bayan tattaunawa da kungiyoyin kwadago na tsawon watanni.",
    "Ministan kwadago ya shaida wa manema labarai a Abuja cewa sabon tsarin zai fara aiki ne "
    "daga watan gobe, kuma zai shafi ma'aikata fiye da miliyan daya a jihohi daban-daban.",
    "Kungiyar kwadago ta kasa ta ce ta amince da matakin, amma ta yi gargadin cewa za ta sa "
    "ido sosai domin tabbatar da cewa gwamnatocin jihohi sun aiwatar da shi yadda ya kamata.",
]


def test_a_hausa_pages_photo_labels_and_relative_time_do_not_take_the_title() -> None:
    """In Hausa too: "Asalin hoton," and "Bayanan hoto," label the photo, and "Mintuna 35
    da suka wuce" (35 minutes ago) is a stamp, not the headline."""
    headline = "Gwamnatin Najeriya ta sanar da sabon tsarin albashi ga ma'aikata"
    page = [
        "Tsallake zuwa babban shafi",
        headline,
        "Asalin hoton, Getty Images",
        "Bayanan hoto, Shugaban kasa yayin taron manema labarai a Abuja",
        "Mintuna 35 da suka wuce",
        *HAUSA_ARTICLE,
    ]
    result = cleaner.clean_document("\n".join(page))
    assert result.language == "ha"
    assert result.title == headline
    assert result.body == "\n\n".join(HAUSA_ARTICLE)


def test_a_thai_bare_name_under_the_headline_is_no_title() -> None:
    """Thai has no capitals and no spaces between words: a name line ("สมชาย ใจดี") under
    the headline is two runs of letters, a byline, and the headline above it the title."""
    headline = "สภาเมืองอนุมัติขยายเครือข่ายรถเมล์"
    page = ["หน้าแรก", headline, "สมชาย ใจดี", "4 ก.ค. 2568 10:32 น.", *ARTICLES["th"]]
    result = cleaner.clean_document("\n".join(page))
    assert result.title == headline
    assert result.date == "2025-07-04"
    assert result.body == "\n\n".join(ARTICLES["th"])


def test_a_thai_headline_of_two_phrases_under_the_site_name_is_the_title() -> None:
    headline = "สภาเมืองอนุมัติ ขยายเครือข่ายรถเมล์"
    result = cleaner.clean_document("\n".join(["ข่าวสด", headline, *ARTICLES["th"]]))
    assert result.title == headline


SHORT_HEADLINES = {
    # A headline of three or four words in a language of long words, and of few characters
    # in Chinese, over a standfirst that runs longer than headlines do.
    "sv": "Kommunfullmäktige bygger ut bussnätet",
    "zh": "市议会投票扩大公交网络",
    "de": "Stadtrat erweitert Busnetz",
}


@pytest.mark.parametrize("lang", sorted(SHORT_HEADLINES))
def test_a_short_headline_over_a_long_standfirst_is_the_title(lang: str) -> None:
    headline = SHORT_HEADLINES[lang]
    standfirst = ARTICLES[lang][0].rstrip(".。")  # printed without its full stop
    page = ["Home", headline, standfirst, *ARTICLES[lang][1:]]
    assert cleaner.clean_document("\n".join(page)).title == headline


def test_a_kicker_over_a_long_headline_is_no_title() -> None:
    """A kicker of three words over a headline of fifteen: the headline is no standfirst
    (under twenty words), and it is the title."""
    headline = (
        "Israel und Hamas vereinbaren nach wochenlangen Verhandlungen eine Feuerpause von "
        "sechs Wochen im Gazastreifen"
    )
    page = ["Home", "Krieg in Nahost", headline, *ARTICLES["de"]]
    assert cleaner.clean_document("\n".join(page)).title == headline


def test_a_standfirst_between_headline_and_a_bare_name_is_passed_over() -> None:
    """Headline, a standfirst longer than any title, then the author's bare name and the
    date: the headline is the title, not the name."""
    headline = "Hội đồng thành phố mở rộng mạng lưới xe buýt"
    standfirst = ARTICLES["vi"][0].rstrip(".")
    stamp = "Thứ sáu, 4/7/2025, 10:32 (GMT+7)"
    page = ["Trang chủ", headline, standfirst, "Nguyễn Văn An", stamp, *ARTICLES["vi"][1:]]
    result = cleaner.clean_document("\n".join(page))
    assert result.title == headline
    assert result.date == "2025-07-04"


@pytest.mark.parametrize(
    "stamp",
    [
        "4 ก.ค. 2568 10:32 น. | สมชาย ใจดี",  # Thai: the clock's "น." (o'clock), a bare name
        "04.07.2025 10:32 Uhr | Anna Müller",
        "4 Juli 2025 10:32 WIB | Budi Santoso",
    ],
)
def test_a_date_a_clock_word_and_a_name_after_a_bar_are_a_stamp(stamp: str) -> None:
    headline = "Council approves three new bus lines for the north"
    page = ["Home", headline, stamp, *ARTICLES["en"]]
    result = cleaner.clean_document("\n".join(page))
    assert result.title == headline
    assert result.date == "2025-07-04"


@pytest.mark.parametrize(
    ("lang", "headline"),
    [
        ("ru", "«Мы не отступим от своих планов по автобусам»"),
        ("fr", "« Le réseau de bus sera étendu dès le printemps »"),
        ("de", "«Wir bauen das Busnetz bis zum Frühjahr aus»"),
    ],
)
def test_a_headline_quoting_someone_in_guillemets_is_the_title(lang: str, headline: str) -> None:
    """A headline that is one quotation in guillemets is no pager ("« Previous | Next »")."""
    from cleaner.titles import is_page_furniture

    result = cleaner.clean_document("\n".join(["Home", headline, *ARTICLES[lang]]))
    assert result.title == headline
    assert result.body == "\n\n".join(ARTICLES[lang])
    assert is_page_furniture("« Previous | Next »")
    assert is_page_furniture("« Older Entries")


def test_share_buttons_between_headline_and_a_bare_name_are_passed_over() -> None:
    headline = "Hội đồng thành phố mở rộng mạng lưới xe buýt"
    page = ["Trang chủ", headline, "Facebook", "Twitter", "Zalo", "Nguyễn Văn An", "4/7/2025"]
    result = cleaner.clean_document("\n".join([*page, *ARTICLES["vi"]]))
    assert result.title == headline


def test_a_thai_headline_with_a_latin_site_name_over_a_bare_name_is_the_title() -> None:
    headline = "สภาเมืองอนุมัติขยายเครือข่ายรถเมล์"
    page = ["หน้าแรก", f"{headline} | Thai News", "สมชาย ใจดี", *ARTICLES["th"]]
    assert cleaner.clean_document("\n".join(page)).title == headline


@pytest.mark.parametrize(
    ("meta", "under"),
    [
        ("By Jayda Evans", "Seattle Times staff reporter"),  # the byline's second line
        ("By Bethany Rickwald • Nov 6, 2012 • New York City", "Promotional photo for the show"),
        ("29 December 2007 (16:00)", "Benni McCarthy © Action Images"),  # a credit
        ("October 3, 2024", "The short version"),  # a label of a few words
    ],
)
def test_the_headline_over_a_byline_is_the_title_not_the_line_under_it(
    meta: str, under: str
) -> None:
    """Headline, byline (or date), then a caption, the byline's second line or a label over
    the article: the headline is the title."""
    headline = "Council approves three new bus lines for the northern suburbs"
    page = ["Home", headline, meta, under, *ARTICLES["en"]]
    assert cleaner.clean_document("\n".join(page)).title == headline


@pytest.mark.parametrize(
    ("above", "meta"),
    [
        ("Home / Transport / News / Council approves three new bus lines", "November 6, 2012"),
        ("tags: buses, council, transport, northern suburbs, city budget", "by Jane Doe"),
        ("2012 Silver winner in the Health Category of the Independent Publishers", "May 1, 2012"),
    ],
)
def test_a_breadcrumb_a_label_or_a_headline_under_a_date_keeps_the_headline(
    above: str, meta: str
) -> None:
    """No breadcrumb ending in the headline, no line opening with a label, and no line over
    a date alone when a headline stands under it, is taken over that headline."""
    headline = "Council approves three new bus lines"
    page = ["Home", above, meta, headline, *ARTICLES["en"]]
    assert cleaner.clean_document("\n".join(page)).title == headline


def test_a_field_glued_to_its_label_is_no_title() -> None:
    """ "Cast:Shah Rukh Khan, Deepika Padukone, ..." is a table's two cells (label and
    value) run together, however many names follow: the film's name above is the title."""
    from cleaner.titles import is_label_value

    field = "Cast:Shah Rukh Khan, Deepika Padukone, Arjun Rampal, Shreyas Talpade, Kirron Kher"
    page = ["Home", "Om Shanti Om", field, *ARTICLES["en"]]
    assert cleaner.clean_document("\n".join(page)).title == "Om Shanti Om"
    assert not is_label_value("Exclusive: Trump says he will visit the city again next week")


def test_a_button_between_two_buttons_of_a_bar_is_not_the_title() -> None:
    """ "IM on Yahoo" between "Email" and "Add to Del.icio.us" (all three one share bar),
    right above the article: part of the bar, not the headline above it."""
    paragraphs = ARTICLES["en"]
    title = "Council expands the bus network to the northern suburbs"
    head = [title, "Print", "Email", "IM on Yahoo", "Add to Del.icio.us"]
    result = cleaner.clean_document("\n\n".join([*head, *paragraphs]))
    assert result.title == title, result.explain()
    assert result.body == "\n\n".join(paragraphs), result.explain()

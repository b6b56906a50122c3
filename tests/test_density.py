"""The density step's context pass: how short lines are judged by their neighbours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.steps import DensityStep
from cleaner.steps.density import BAD, GOOD, NEAR, SHORT, revise


def test_short_line_between_prose_is_prose_and_after_the_end_is_not() -> None:
    classes = [GOOD, SHORT, GOOD, SHORT, SHORT]
    assert revise(classes, [False] * 5) == [GOOD, GOOD, GOOD, BAD, BAD]


def test_list_introduced_by_a_colon_line_belongs_to_the_article() -> None:
    # prose, prose ending with ":", then list items up to the end of the page
    classes = [GOOD, GOOD, SHORT, SHORT, SHORT]
    intro = [False, True, False, False, False]
    assert revise(classes, intro) == [GOOD] * 5


def test_a_short_intro_line_opens_a_list_too() -> None:
    # prose, "Dare to Play 3:" (short), list items up to the end of the page
    classes = [GOOD, SHORT, SHORT, SHORT]
    intro = [False, True, False, False]
    assert revise(classes, intro) == [GOOD] * 4


def test_list_after_debris_stays_debris() -> None:
    classes = [BAD, SHORT, SHORT]
    intro = [False, True, False]
    assert revise(classes, intro)[2] == BAD


def test_near_line_takes_its_prose_neighbour() -> None:
    assert revise([GOOD, NEAR, BAD], None) == [GOOD, GOOD, BAD]


def test_closing_list_of_an_article_is_kept() -> None:
    prose = (
        "The game was designed for couples who have been together for a long time and "
        "want to try something new, and for people who have only just started dating."
    )
    text = "\n".join(
        [
            prose,
            prose.replace("game", "app"),
            "What is in it:",
            "- Hundreds of new tasks for the evening",
            "- Dozens of questions for each other",
            "- Challenges that last a whole week",
        ]
    )
    body = cleaner.clean(text)
    assert "What is in it:" in body
    assert "Dozens of questions" in body and "Challenges that last" in body


def _prose(n: int) -> str:
    return (
        f"Paragraph {n} of the report says the ranking compares the share of adults in "
        "work, the wages they earn and the hours they put in over a normal year."
    )


def test_numbered_list_inside_the_article_is_kept() -> None:
    lines = [_prose(1), _prose(2)]
    lines += [f"{i}. {c}" for i, c in enumerate(["Finland", "Norway", "Canada", "Spain"], 1)]
    lines += [_prose(3), _prose(4)]
    body = cleaner.clean("\n".join(lines))
    assert "1. Finland" in body and "4. Spain" in body


def test_unnumbered_menu_run_inside_the_article_goes() -> None:
    menu = ["Weather", "Science", "Culture", "Travel", "Books"]
    lines = [_prose(1), _prose(2), *menu, _prose(3), _prose(4)]
    body = cleaner.clean("\n".join(lines))
    assert "Culture" not in body and "Paragraph 4" in body


def test_cjk_prose_without_full_stops_is_kept() -> None:
    # A Taiwanese travel blog: most lines broken with spaces, not with full stops.
    lines = [
        "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣，真是美不勝收。",
        "第二次造訪美樹發現到營區變了 印象中以前生冷招牌換成了原木招牌可謂匠心獨運",
        "廣受歡迎的美樹營地有個很大特色就是楓紅時期楓香樹由綠轉黃、轉紅到楓紅層層",
        "來到現場已是落葉飄飄堆疊滿地 不時隨著風吹雨襲而葉落垂地",
        "入夜前雨絲終於漸漸緩和下來 雖然氣溫很低卻沒感受到寒冷的跡象",
    ]
    body = cleaner.clean("\n".join(lines))
    assert "第二次造訪美樹" in body and "入夜前雨絲" in body


def test_a_list_heading_after_the_article_keeps_its_list() -> None:
    heading = "Canadian Weather Highlights Ranked By Environment Canada:"
    lines = [_prose(1), _prose(2), _prose(3), heading]
    lines += [f"{i}. {t}" for i, t in enumerate(["Vanishing ice", "Long flood threat"], 1)]
    body = cleaner.clean("\n".join(lines))
    assert heading in body and "2. Long flood threat" in body


def test_a_terse_sentence_is_judged_by_its_neighbours() -> None:
    """A long sentence with fewer function words than stop_low (a lede, prose in a language
    that glues them on) is "near" while it keeps half of stop_low, "bad" below that."""
    from cleaner.rules import thresholds
    from cleaner.steps.density import LineFeatures, classify

    cfg = DensityStep().config("balanced")
    low, share = cfg["stop_low"], thresholds()["density"]["sentence_low_share"]
    terse = LineFeatures(
        words=18,
        stop_density=low * (share + 0.05),
        sentence=True,
        cells=1,
        digits=False,
        bullet=False,
        linkish=0,
        cjk=False,
    )
    assert classify(terse, cfg) == NEAR
    assert classify(terse._replace(stop_density=low * (share - 0.05)), cfg) == BAD
    assert classify(terse._replace(sentence=False, words=20), cfg) == BAD


def test_every_density_threshold_can_be_overridden_as_an_option() -> None:
    from cleaner.rules import thresholds
    from cleaner.steps import DensityStep

    for key in thresholds()["density"]:
        step = DensityStep(**{key: 1})
        assert step.config("balanced")[key] == 1


def test_a_table_of_fields_right_after_the_article_closes_it() -> None:
    fields = [
        "Sports: sports@dailypost.net or 202.555.7350",
        "Travel: travel@dailypost.net or 202.555.7750",
        "Business: business@dailypost.net or 202.555.7320",
    ]
    body = cleaner.clean("\n".join([_prose(1), _prose(2), _prose(3), *fields]))
    assert all(f in body for f in fields)


def test_field_rows_after_page_debris_still_go() -> None:
    footer = [
        "Home | News | Sport | Weather | Contact us | Terms of use",
        "Phone: 202.555.6000",
        "Fax: 202.555.6001",
        "Office: 1150 15th Street, Washington",
    ]
    body = cleaner.clean("\n".join([_prose(1), _prose(2), _prose(3), *footer]))
    assert "Fax:" not in body and "Paragraph 3" in body


ARTICLES: dict[str, list[str]] = json.loads(
    (Path(__file__).parent / "cases" / "articles.json").read_text("utf-8")
)
BRIEFS: dict[str, str] = json.loads(
    (Path(__file__).parent / "cases" / "briefs.json").read_text("utf-8")
)
CHROME_ABOVE = "Home | News | Sport | Business\n\nLogin\n\n"
CHROME_BELOW = "\n\nShare on Facebook\n© 2025 Example Media. All rights reserved.\n"


@pytest.mark.parametrize("lang", sorted(k for k in BRIEFS if not k.startswith("_")))
def test_a_one_sentence_brief_is_the_whole_article_in_any_language(lang: str) -> None:
    """A page whose article is one sentence (a news brief, or an article a scraper put on
    one line) has too few lines to measure its language's usual stopword density: the
    language's [prose_density] entry stands in, a language without a list is judged by
    shape, and a script langdetect lacks names its language."""
    brief = BRIEFS[lang]
    result = cleaner.clean_document(CHROME_ABOVE + brief + CHROME_BELOW)
    assert result.language == lang
    assert result.body == brief, result.explain()


# Briefs in languages read as a neighbour's (no profile of their own), whose stopword list
# then misses their function words: Javanese read as Indonesian, Pashto as Persian, Zulu as
# Swahili.
MISREAD_BRIEFS = {
    "jv": (
        "Dewan kutha wis nyetujoni telung jalur bis anyar sing bakal nyambungake wilayah "
        "pinggiran lor karo rumah sakit lan universitas. Warga nampa keputusan iki, nanging "
        "njaluk supaya bis uga mlaku ing wayah bengi."
    ),
    "ps": (
        "د ښار شورا درې نوي بس لیکې تصویب کړې چې شمالي سیمې به له روغتون او پوهنتون سره ونښلوي."
    ),
    "zu": (
        "Umkhandlu wedolobha uvumele imizila emithathu emisha yamabhasi ezoxhuma izindawo "
        "ezisenyakatho nesibhedlela kanye nenyuvesi."
    ),
}


@pytest.mark.parametrize("lang", sorted(MISREAD_BRIEFS))
def test_a_brief_the_stopword_list_misses_is_still_the_article(lang: str) -> None:
    """A one-paragraph page whose language is read as a neighbour's: no line reaches that
    list's density, yet its sentence of prose length is the article (it was emptied as "no
    prose"), judged by shape as on a page in a language without a list."""
    brief = MISREAD_BRIEFS[lang]
    result = cleaner.clean_document(CHROME_ABOVE + brief + CHROME_BELOW)
    assert result.body == brief, result.explain()


def test_a_terse_sentence_alone_on_a_page_is_its_article() -> None:
    """With no line of ordinary prose on the page, a long sentence with few function words
    is the best prose there is, not debris like the menus around it."""
    brief = (
        "Apple shares rose 3% Tuesday after strong iPhone sales in China, Japan and Europe "
        "lifted quarterly revenue past analyst forecasts."
    )
    assert cleaner.clean(CHROME_ABOVE + brief + CHROME_BELOW) == brief
    # Beside ordinary prose it is judged by its neighbours as before.
    prose = (
        "The company said that it had sold more phones in the last three months than in "
        "any other quarter of its history, and that it expects the trend to go on."
    )
    page = CHROME_ABOVE + prose + "\n\n" + brief + CHROME_BELOW
    assert cleaner.clean(page) == prose + "\n\n" + brief


@pytest.mark.parametrize("lang", ["ko", "ka", "ta", "en"])
def test_shape_alone_finds_no_article_in_a_page_of_labels(lang: str) -> None:
    """Judging by shape (no usable stopword list) still needs sentences: a page of short
    labels and a line of a dozen words without a sentence end has no article."""
    words = BRIEFS.get(lang, BRIEFS["ko"]).split()
    labels = [" ".join(words[i : i + 2]) for i in range(0, 12, 2)]
    page = "\n\n".join([*labels, " ".join(words[:14]).rstrip("."), *labels])
    result = cleaner.clean_document(page)
    assert result.body == "", result.explain()


def test_usual_density_of_languages() -> None:
    """Listed languages give their entry, unlisted ones None, one without a stopword list
    (judged by shape) 0."""
    from cleaner.rules import thresholds
    from cleaner.steps.density import usual_density

    table = thresholds()["prose_density"]
    assert usual_density("tr") == table["tr"] > 0
    assert usual_density("ko") == 0.0
    assert usual_density("en") is None
    assert usual_density("ka") == 0.0  # no stopword list


def test_debris_removed_before_density_still_separates_runs() -> None:
    """Widgets the phrase rules removed between the article and a site blurb still weigh
    against joining the blurb to the article; a removed label inside the article does not
    split it."""
    paragraphs = ARTICLES["en"][:3]
    widgets = [
        "Share on Facebook",
        "Share on Twitter",
        "Share via Email",
        "Print this article",
        "Sign up for our daily newsletter",
        "Advertisement",
    ]
    blurb = (
        "Example Media is an independent newsroom in the north of the city, funded by its "
        "readers and by the foundation that owns it."
    )
    result = cleaner.clean_document("\n\n".join([*paragraphs, *widgets, blurb]))
    assert result.body == "\n\n".join(paragraphs), result.explain()

    inside = [paragraphs[0], "Advertisement", "Share on Facebook", *paragraphs[1:]]
    assert cleaner.clean("\n\n".join(inside)) == "\n\n".join(paragraphs)


def test_main_run_across_gaps() -> None:
    from cleaner.steps.density import _main_run_across_gaps

    cfg = {"gap_weight": 1.0, "bad_weight": 1.0}
    assert _main_run_across_gaps([20, 20, 10], [0, 0, 30], cfg) == (0, 2)
    assert _main_run_across_gaps([20, 20, 10], [0, 0, 5], cfg) == (0, 3)
    assert _main_run_across_gaps([20, 20, 10], [0, 0, 30], {**cfg, "gap_weight": 0}) == (0, 3)
    assert _main_run_across_gaps([5, 40, 40], [0, 30, 0], cfg) == (1, 3)


def test_a_gallery_or_ad_inside_the_article_does_not_split_it() -> None:
    """Lines removed as in-article furniture (a gallery's captions, ad labels, photo
    credits) weigh nothing against joining the lede to the rest of the article."""
    paragraphs = ARTICLES["en"]
    furniture = ["Advertisement", "Photo: Getty Images"]
    for k in range(1, 6):
        furniture += [
            f"* {k}/5 Scenes from the new bus line, part {k}",
            f"Passengers board the first bus of line {k} at the northern terminus on a cold "
            "morning, while the drivers check the new ticket machines.",
        ]
    page = "\n\n".join([paragraphs[0], *furniture, *paragraphs[1:]])
    assert cleaner.clean(page) == "\n\n".join(paragraphs)


def test_one_long_prompt_inside_the_article_cuts_off_neither_end() -> None:
    """A long sign-up prompt the phrase rules removed between lede and article, or before
    the last paragraph, counts like a short line: it must not split the article."""
    paragraphs = ARTICLES["en"]
    prompt = (
        "Sign up for our newsletter to get the latest news about the city's buses, trams "
        "and trains delivered straight to your inbox every weekday morning."
    )
    for at in (1, len(paragraphs) - 1):
        page = "\n\n".join([*paragraphs[:at], prompt, *paragraphs[at:]])
        result = cleaner.clean_document(page)
        assert result.body == "\n\n".join(paragraphs), result.explain()
        assert any(r.text == prompt and r.step == "phrases" for r in result.removed)


def test_prose_density_entries_are_the_medians_of_the_article_paragraphs() -> None:
    """Each [prose_density] entry is what benchmarks/prose_density.py measures: the median
    stopword density of the language's paragraphs in articles.json, rounded down to 0.05.
    Editing the paragraphs or a stopword list without the table (or back) fails here."""
    import math
    import statistics

    from cleaner.rules import thresholds
    from cleaner.steps.density import features
    from cleaner.stopwords import stopwords

    for lang, entry in thresholds()["prose_density"].items():
        stops = stopwords(lang)
        median = statistics.median(features(p, stops).stop_density for p in ARTICLES[lang])
        assert math.floor(median * 20 + 1e-9) / 20 == entry, (lang, median, entry)


def test_a_page_median_above_the_usual_density_does_not_cut_sparse_paragraphs() -> None:
    """Hebrew glues most function words on: one paragraph may hold one free-standing
    function word and the next six. Two dense paragraphs after two sparse ones raise the
    page's median above the language's usual density; the usual density caps it, so the
    sparse paragraphs stay prose instead of going as the page head."""
    paragraphs = [
        "הממשלה אישרה ביום שלישי תוכנית בהיקף של 2 מיליארד שקל לשדרוג התחבורה הציבורית "
        "בערים הגדולות, הכוללת קווי אוטובוס חשמליים חדשים וחידוש רכבות פרברים.",
        "לדברי שרת התחבורה, התוכנית תיושם במשך ארבע שנים ורוב הכסף יגיע מתקציב המדינה "
        "ומהלוואות של מוסדות בינלאומיים.",
        "המטרה היא להפחית ב-30 אחוז את הפליטות של התחבורה העירונית עד 2030 ולשפר את תדירות "
        "השירות בפריפריה, אמרה השרה במסיבת עיתונאים.",
        "הרשויות המקומיות יוכלו להגיש את הפרויקטים שלהן עד סוף אוקטובר, והממשלה תחליט על "
        "המימון לפני סוף השנה, נמסר מהמשרד.",
    ]
    page = "חדשות\n\nכלכלה\n\nספורט\n\n" + "\n\n".join(paragraphs) + CHROME_BELOW
    result = cleaner.clean_document(page)
    assert result.language == "he"
    assert result.body == "\n\n".join(paragraphs), result.explain()


def test_code_samples_between_paragraphs_do_not_split_the_article() -> None:
    """A technical article alternates prose and code; code lines have no function words
    and would read as debris that ends the article's run. They weigh nothing in the run
    search, so the prose after a sample stays (the samples themselves may go)."""
    prose = [
        "The library captures HTTP messages in their raw protocol format, which makes the "
        "output easy to read and to replay with the usual testing tools.",
        "Security is built into the default configuration, and the headers that carry "
        "credentials are redacted before anything is written to the log.",
        "The library supports both global and named client configurations, which gives "
        "fine-grained control over what is logged for each of the clients.",
    ]
    code = [
        'builder.Services.AddHttpClient("Secure").AddLogging(options => { options.Redact = '
        'true; options.Headers = new[] { "Authorization" }; });',
        "services.ConfigureDefaults(b => { b.AddLogging(o => { o.Body = false; }); });",
    ]
    more = [
        'var client = factory.CreateClient("Secure"); var reply = await client.GetAsync(url);',
        "if (reply.StatusCode == 200) { logger.Log(reply.Headers); } else { Retry(url); }",
        'foreach (var header in reply.Headers) { writer.Write(header.Key + "=" + header.Value); }',
        "return new Result { Status = reply.StatusCode, Body = await reply.ReadAsync() };",
    ]
    code += [
        "public class WeatherService { private readonly HttpClient client; public int Calls; }",
        "public WeatherService(HttpClient http) { client = http; client.Timeout = Limit(30); }",
    ]
    page = "\n\n".join(
        ["Home", "Blog", prose[0], *code, prose[1], *more, prose[2], "Share on Facebook"]
    )
    body = cleaner.clean(page)
    for paragraph in prose:
        assert paragraph in body


def test_an_article_of_short_sentences_in_a_wordy_language_is_prose() -> None:
    """Finnish news sites print one sentence a paragraph, six to twelve Finnish words each:
    by English word counts none is long enough to be prose, and the whole article went as
    "no prose". Counted in English words ([word_weight]) the sentences are prose, the
    headline above them is the title (it was none: no paragraph, so no article start, for
    the header step), and the menus and the teasers after "Lue myös" still go."""
    sentences = [
        "Helsingin kaupunginvaltuusto hyväksyi tiistaina uuden joukkoliikennesuunnitelman.",
        "Suunnitelman mukaan kaupunkiin perustetaan kolme uutta bussilinjaa ensi vuoden aikana.",
        "Uudet linjat yhdistävät pohjoiset kaupunginosat keskustaan, sairaalaan ja yliopistoon.",
        "Hankkeen kustannusarvio on noin kaksitoista miljoonaa euroa viiden vuoden aikana.",
        "Suurin osa rahoituksesta tulee valtion avustuksesta, joka hyväksyttiin pitkän "
        "keskustelun jälkeen.",
        "Asukkaat ottivat päätöksen pääosin myönteisesti vastaan.",
        "Osa heistä kuitenkin kysyi, kulkevatko bussit myös iltaisin ja viikonloppuisin.",
        "Liikennelaitoksen mukaan aikataulut julkaistaan ensi kuussa.",
    ]
    teasers = ["Tampereen ratikka saa uuden linjan", "Oulun kirjasto avataan remontin jälkeen"]
    headline = "Bussiliikenne laajenee Helsingissä"
    chrome = ["Etusivu", "Uutiset", "Urheilu", headline]
    page = "\n\n".join([*chrome, *sentences, "Jaa", "Lue myös", *teasers])
    result = cleaner.clean_document(page)
    assert result.language == "fi"
    assert result.title == headline
    assert result.body == "\n\n".join(sentences), result.explain()


UNMARKED_TEASERS = {
    "pl": [
        "Miasto otwiera nowy park na północy",
        "W parku powstaną place zabaw i ścieżki rowerowe dla mieszkańców dzielnicy.",
        "Ceny paliw rosną trzeci tydzień z rzędu",
        "Analitycy spodziewają się dalszych podwyżek do końca bieżącego miesiąca.",
        "W Krakowie rozpoczął się remont mostu",
        "Ruch na moście będzie częściowo ograniczony aż do końca jesieni.",
    ],
    "ru": [
        "Мэрия Москвы открыла новый парк на севере города",
        "В парке появятся детские площадки и велосипедные дорожки для жителей района.",
        "Цены на бензин выросли третью неделю подряд",
        "Аналитики ожидают дальнейшего роста цен до конца текущего месяца.",
        "В Петербурге начался ремонт моста через Неву",
        "Движение по мосту будет частично ограничено до конца осени.",
    ],
}


@pytest.mark.parametrize("lang", sorted(UNMARKED_TEASERS))
def test_teasers_without_a_marker_stay_out_in_a_wordy_language(lang: str) -> None:
    """Teaser headlines with one-sentence summaries of ten words under a Polish or Russian
    article, with no "Read also" over them: the summaries are shorter than article prose
    in English words, and stay out. (The shorter, weighted bar for a sentence of prose
    applies only to a page that would otherwise hold none: applied everywhere, it let
    these summaries into the article.)"""
    paragraphs = ARTICLES[lang]
    page = "\n\n".join(["Home", *paragraphs, *UNMARKED_TEASERS[lang]])
    result = cleaner.clean_document(page)
    assert result.body == "\n\n".join(paragraphs), result.explain()


SHAPE_TEASERS = {
    "ko": [
        "서울시 내년부터 심야버스 노선을 두 배로 늘리기로 결정",
        "지하철 요금 인상 두고 시의회와 시민단체 사이 갈등 계속",
        "한강 다리 보수 공사로 가을까지 일부 차선 통제 예정",
    ],
    "ka": [
        "თბილისში ახალი ველოსიპედის ბილიკები შემოდგომაზე გაიხსნება ქალაქის ცენტრში",
        "მეტროს ახალი სადგურის მშენებლობა მომავალ წელს დაიწყება საბურთალოზე",
        "ქალაქის ცენტრში ფასიანი პარკირების გარშემო დავა კვლავ გრძელდება",
    ],
}


@pytest.mark.parametrize("favor", ["balanced", "precision"])
@pytest.mark.parametrize("lang", sorted(SHAPE_TEASERS))
def test_teaser_headlines_stay_out_where_shape_alone_judges(lang: str, favor: str) -> None:
    """In a language whose prose no stopword list measures (Korean, Georgian), lines are
    judged by length and sentence shape alone: a teaser's headline of six to ten words
    without a sentence end is no prose, and does not join the article above it as a line
    judged by its neighbours would."""
    paragraphs = ARTICLES[lang]
    page = "\n\n".join(["Home", *paragraphs, *SHAPE_TEASERS[lang]])
    result = cleaner.clean_document(page, favor=favor)  # type: ignore[arg-type]
    assert result.body == "\n\n".join(paragraphs), result.explain()


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ko", "이 기사는 인공지능(AI)의 도움을 받아 작성되었습니다."),
        ("he", "כתבה זו נכתבה בעזרת בינה מלאכותית."),
        ("ru", "Эта статья была подготовлена с помощью ИИ."),
    ],
)
def test_one_removed_line_does_not_cut_a_short_last_paragraph_in_any_language(
    lang: str, line: str
) -> None:
    """A removed line between two paragraphs weighs as a boundary by its words, at most
    gap_line_words of them counted in English words: a Korean line of eight words carries
    as much as an English one of sixteen, and must not cut off the short paragraph after it."""
    paragraphs = ARTICLES[lang][:3]
    result = cleaner.clean_document("\n\n".join([*paragraphs[:2], line, paragraphs[2]]))
    assert result.body == "\n\n".join(paragraphs), result.explain()


@pytest.mark.parametrize("favor", ["balanced", "precision", "recall"])
def test_a_teaser_line_between_paragraphs_does_not_part_the_article(favor: str) -> None:
    """A "Read also: <headline>" line removed between two paragraphs is inside the article:
    the one paragraph above it stays with the run below it."""
    lines = [
        _prose(1),
        "Read also: Council to vote on a new budget next week",
        _prose(2),
        _prose(3),
    ]
    body = cleaner.clean("\n\n".join(lines), favor=favor)  # type: ignore[arg-type]
    assert body.split("\n\n") == [_prose(1), _prose(2), _prose(3)]


def test_a_teaser_line_over_an_author_card_still_parts_it_from_the_article() -> None:
    lines = [_prose(1), _prose(2), _prose(3), "Also read: Council to vote on a new budget"]
    lines += [
        "Jayne Doe",
        "Senior editor at Example News. Covering cities since 2008, with stints abroad.",
    ]
    body = cleaner.clean("\n\n".join(lines))
    assert body.split("\n\n") == [_prose(1), _prose(2), _prose(3)]


MENU = [
    "Movie News", "Movie Reviews", "Television", "Music", "Video Games", "Sports",
    "Photo Galleries", "Columnists", "Lifestyle", "Business", "Contests & More", "Video",
    "Dating", "Hot Clicks", "Traffic Cameras", "Blogs", "Feature Series", "Obituaries",
]  # fmt: skip


def test_a_menu_between_a_promotions_sentence_and_the_article_is_no_part_of_it() -> None:
    """A sentence at the top ("Check out what's cooking ..."), then the site's menu of 18
    short lines, then a date, a headline of three words and a byline over the article:
    the menu, read as prose between two prose lines, joined them in one run, and the date
    and headline went with it as part of the menu."""
    promo = (
        "Check out what's cooking in tomorrow's Eat column. Take a look at our food section here."
    )
    headline = "Bus lawsuit settled"
    page = [promo, *MENU, "Thu, January 10, 2008", headline, "By CP", *ARTICLES["en"]]
    result = cleaner.clean_document("\n".join(page))
    assert result.body == "\n\n".join(ARTICLES["en"])
    assert result.title == headline
    assert result.date == "2008-01-10"


@pytest.mark.parametrize("kind", ["introduced", "numbered"])
def test_a_long_list_inside_the_article_does_not_part_it(kind: str) -> None:
    """A list of 18 items between two paragraphs, introduced by a line ending with ":" or
    numbered, is the article's own: both paragraphs stay."""
    first, second = ARTICLES["en"][0], ARTICLES["en"][1]
    if kind == "introduced":
        items = [first[:-1] + ". The new stops are:", *MENU]
    else:
        items = [first, *(f"{i}. {name}" for i, name in enumerate(MENU, 1))]
    result = cleaner.clean_document("\n".join(["Home", *items, second]))
    assert first.split(".")[0] in result.body
    assert second in result.body

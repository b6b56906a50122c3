"""The one-pass language scorer reads text exactly as langdetect does, and decides alike."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from langdetect.detector import Detector

import cleaner
from cleaner.langid import default_model, ngrams, prepare


def _langdetect_ngrams(text: str) -> list[str]:
    """langdetect's own extraction (private methods, used here only as the reference)."""
    model = default_model()
    detector = Detector.__new__(Detector)
    detector.text = ""
    detector.max_text_length = 10000
    detector.word_lang_prob_map = model.index
    detector.append(text)
    detector.cleaning_text()
    return list(detector._extract_ngrams())


@settings(max_examples=300, deadline=None)
@example("aЖЖḀ")  # langdetect counts Latin Extended Additional as not Latin (its own slip)
@given(
    st.lists(
        st.sampled_from([*"aBcDÉé  ÜßAB.,-'\nЖж日本가’", "http://a.io/x", "me@site.org"])
        | st.characters(),
        max_size=40,
    ).map("".join)
)
def test_ngrams_match_langdetect_extraction(text: str) -> None:
    index = default_model().index
    assert ngrams(prepare(text), index) == _langdetect_ngrams(text)


def test_scores_are_the_sum_over_words_of_the_whole_text_ngrams() -> None:
    model = default_model()
    text = "The NASA probe landed. The probe sent pictures home"
    direct = sum(
        model.weights[model.index[g]].astype(float) for g in ngrams(prepare(text), model.index)
    )
    assert abs(model.scores(text) - direct).max() < 1e-3


def test_word_vectors_summed_together_equal_one_by_one() -> None:
    """Words missing from the cache are summed in one numpy call: the same bits as summing
    each word's n-gram rows alone."""
    import numpy as np

    from cleaner.langid import word_rows

    model = default_model()
    keys = [(w, True) for w in ["Der", "Ausschuss", "teilte", "日本語", "NASA", "x", "probe"]]
    keys.append(("mit", False))
    model._word_cache.clear()
    together = model._word_vectors(keys)
    for (word, closed), vector in zip(keys, together, strict=True):
        rows = word_rows(f" {word}{' ' if closed else ''}", model.index)
        alone = model.weights[rows].sum(axis=0, dtype=np.float64).astype(np.float32)
        assert vector.tobytes() == alone.tobytes()


def test_detects_common_languages_on_short_prose() -> None:
    model = default_model()
    samples = {
        "en": "The committee said on Tuesday that the new rules would take effect next year.",
        "de": "Der Ausschuss teilte am Dienstag mit, dass die neuen Regeln bald gelten.",
        "fr": "Le comité a déclaré mardi que les nouvelles règles entreraient en vigueur.",
        "es": "El comité dijo el martes que las nuevas normas entrarán en vigor el próximo año.",
        "ru": "Комитет заявил во вторник, что новые правила вступят в силу в следующем году.",
        "ja": "委員会は火曜日、新しい規則が来年から施行されると発表した。",
    }
    for code, text in samples.items():
        assert model.detect(text) == code, code


def test_no_known_ngram_gives_none() -> None:
    assert default_model().detect("") is None
    assert default_model().detect("12345 !!! ???") is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abéßжд日本xyAB1.'")) | st.characters(), max_size=9))
def test_word_rows_by_slicing_match_the_state_machine(word: str) -> None:
    from cleaner.langid import word_rows

    index = default_model().index
    word = word.replace(" ", "")
    for text in (" " + word, " " + word + " "):
        assert word_rows(text, index) == [index[g] for g in ngrams(text, index)]


def test_chinese_without_hangul_is_not_korean() -> None:
    """langdetect's Korean profile holds many Chinese characters and reads much Chinese as
    Korean; the language step takes the next language when the text has no Hangul."""
    from cleaner.steps.language import detect_language

    chinese = {
        "台北市政府今天宣布，明年起將擴大公車路網，並在市中心增設自行車道，以減少交通壅塞。",
        "香港特區政府昨日公布新一份施政報告，重點包括房屋、醫療及教育等多個範疇，市民對此反應不一。",
    }
    for text in chinese:
        assert default_model().detect(text) == "ko"  # the profiles' own answer
        assert detect_language(text) == "zh"
    korean = "위원회는 화요일 새 규칙이 내년부터 시행된다고 발표했다."
    japanese = "委員会は火曜日、新しい規則が来年から施行されると発表した。"
    assert detect_language(korean) == "ko"
    assert detect_language(japanese) == "ja"


def test_languages_the_profiles_lack_are_read_off_their_own_script() -> None:
    """Georgian, Armenian and Khmer have no langdetect profile; scoring the profiles names a
    language they know (Georgian read as Estonian). A text mostly in such a script is in
    its language; a few of its letters in other prose change nothing."""
    from cleaner.steps.language import detect_language

    georgian = (
        "ჯანდაცვის სამინისტრომ კვირას გამოაცხადა, რომ სოფლად სამი ახალი საველე ჰოსპიტალი გაიხსნება."
    )
    armenian = (
        "Առողջապահության նախարարությունը կիրակի օրը հայտարարեց, որ կբացվեն երեք նոր հիվանդանոցներ։"
    )
    khmer = "ក្រសួងសុខាភិបាលបានប្រកាសនៅថ្ងៃអាទិត្យថានឹងបើកមន្ទីរពេទ្យថ្មីចំនួនបីនៅតាមជនបទ។"
    assert default_model().detect(georgian) != "ka"  # the profiles cannot say it
    assert detect_language(georgian) == "ka"
    assert detect_language(armenian) == "hy"
    assert detect_language(khmer) == "km"
    quoted = (
        "The minister said the word სამინისტრო means ministry, and the plan goes ahead next year."
    )
    assert detect_language(quoted) == "en"


BRIEFS = {
    # Languages the profiles lack, told by letters of their own in a shared script (Serbian
    # "ђ", Kazakh "қ", Icelandic "þ" ...) or by their stopword lists (Basque, Irish).
    "sr": "Градско веће је у уторак одлучило да прошири аутобуску мрежу са три нове линије, "
    "које ће од следећег пролећа повезивати северна предграђа са болницом и универзитетом. "
    "Према речима градске управе, план ће коштати око дванаест милиона евра.",
    "kk": "Қалалық кеңес сейсенбі күні автобус желісін кеңейту туралы шешім қабылдады, келесі "
    "көктемнен бастап үш жаңа бағыт солтүстік аудандарды аурухана мен университетпен "
    "байланыстырады. Қала әкімдігінің мәліметінше, жоспар он екі миллион теңгеге түседі.",
    "be": "Гарадскі савет у аўторак вырашыў пашырыць аўтобусную сетку трыма новымі маршрутамі, "
    "якія з наступнай вясны злучаць паўночныя раёны з бальніцай і ўніверсітэтам. Па словах "
    "гарадскіх уладаў, план каштуе каля дванаццаці мільёнаў еўра.",
    "mn": "Хотын зөвлөл мягмар гарагт автобусны сүлжээг өргөжүүлэх шийдвэр гаргаж, ирэх "
    "хавраас эхлэн гурван шинэ чиглэл хойд хорооллыг эмнэлэг, их сургуультай холбоно. "
    "Хотын захиргааны мэдээлснээр төлөвлөгөө арван хоёр орчим тэрбум төгрөг шаардана.",
    "az": "Şəhər şurası çərşənbə axşamı avtobus şəbəkəsini genişləndirmək qərarına gəlib və "
    "gələn yazdan etibarən üç yeni xətt şimal məhəllələrini xəstəxana və universitetlə "
    "birləşdirəcək. Şəhər rəhbərliyinin sözlərinə görə, plan on iki milyon manata başa gələcək.",
    "is": "Borgarráð ákvað á þriðjudag að stækka strætisvagnakerfið með þremur nýjum leiðum sem "
    "munu tengja norðurhverfin við sjúkrahúsið og háskólann frá og með næsta vori. Samkvæmt "
    "borgaryfirvöldum mun áætlunin kosta um tólf milljónir evra á næstu fimm árum.",
    "eu": "Udalak asteartean erabaki zuen autobus sarea zabaltzea hiru linea berrirekin, datorren "
    "udaberritik aurrera iparraldeko auzoak ospitalearekin eta unibertsitatearekin lotuko "
    "dituztenak. Udal administrazioaren arabera, planak hamabi milioi euro inguru kostatuko ditu.",
    "uz": "Shahar kengashi seshanba kuni avtobus tarmogʻini kengaytirishga qaror qildi, kelgusi "
    "bahordan boshlab uchta yangi yoʻnalish shimoliy mahallalarni kasalxona va universitet bilan "
    "bogʻlaydi. Shahar hokimligi maʼlumotiga koʻra, reja oʻn ikki million dollarga tushadi.",
    "ga": "Chinn an chomhairle cathrach Dé Máirt an líonra bus a leathnú le trí líne nua a "
    "nascfaidh na bruachbhailte thuaidh leis an ospidéal agus leis an ollscoil ón earrach seo "
    "chugainn. De réir an riaracháin, cosnóidh an plean timpeall dhá mhilliún déag euro.",
    # Tajik ("ӣ", "ӯ", "ҷ") was read as Uzbek, Tatar ("ә", "җ") and Bashkir ("ҡ", "ҙ") as
    # Kazakh, Kyrgyz ("ң") as Mongolian, Pashto and Sorani Kurdish as Persian, Maltese ("ħ")
    # as Catalan.
    "tg": "Ҳукумати Ҷумҳурии Тоҷикистон рӯзи сешанбе қарор қабул кард, ки се хатти нави "
    "автобус ноҳияҳои шимолии шаҳрро бо беморхона ва донишгоҳ пайваст мекунад. Ба гуфтаи "
    "мақомоти шаҳрӣ, лоиҳа тақрибан дувоздаҳ миллион сомонӣ арзиш дорад.",
    "tt": "Шәһәр советы сишәмбе көнне төньяк районнарны хастаханә һәм университет белән "
    "тоташтырачак өч яңа автобус маршрутын раслады. Шәһәр җитәкчелеге сүзләренчә, план "
    "якынча унике миллион сумга төшәчәк.",
    "ba": "Ҡала советы шишәмбе көндө төньяҡ райондарҙы дауахана һәм университет менән "
    "тоташтырасаҡ өс яңы автобус маршрутын раҫланы. Ҡала хакимиәте һүҙҙәренсә, проект "
    "яҡынса ун ике миллион һумға төшәсәк.",
    "ky": "Шаардык кеңеш шейшемби күнү жаңы үч автобус каттамын бекитти, алар түндүк "
    "аймактарды оорукана жана университет менен байланыштырат. Мэриянын маалыматы боюнча, "
    "долбоорго он эки миллион сом жумшалат, ал эми шаардыктардын көңүлүн кечки каттамдар "
    "бурат.",
    "ps": "د ښار شورا د سه شنبې په ورځ درې نوي بس لیکې تصویب کړې چې شمالي سیمې به له روغتون "
    "او پوهنتون سره ونښلوي. د ښاروالۍ د چارواکو په وینا، دا پروژه به شاوخوا دولس میلیونه "
    "افغانۍ لګښت ولري.",
    "ku": "ئەنجومەنی شار ڕۆژی سێشەممە سێ هێڵی نوێی پاسی پەسەند کرد کە ناوچە باکوورییەکان بە "
    "نەخۆشخانە و زانکۆوە دەبەستێتەوە. بەپێی قسەی بەرپرسانی شارەوانی، پڕۆژەکە نزیکەی دوازدە "
    "ملیۆن دۆلار تێدەچێت.",
    # Malay and Javanese were read as Indonesian, Galician as Spanish, Luxembourgish as
    # German: told by words of their own ("bahawa", "kerana"; "sing", "lan"; "unha", "tamén";
    # "net", "vun").
    "ms": "Kerajaan negeri berkata bahawa tiga laluan bas baharu akan dibuka selepas Hari "
    "Raya kerana permintaan penduduk semakin meningkat. Menurut kenyataan jabatan "
    "pengangkutan, perkhidmatan itu boleh digunakan oleh pelajar universiti dan pesakit.",
    "jv": "Dewan kutha wis nyetujoni telung jalur bis anyar sing bakal nyambungake wilayah "
    "pinggiran lor karo rumah sakit lan universitas. Warga nampa keputusan iki, nanging "
    "njaluk supaya bis uga mlaku ing wayah bengi.",
    "gl": "O concello aprobou tres novas liñas de autobús que unirán os barrios do norte co "
    "hospital e coa universidade. Os veciños saudaron a decisión, pero pediron que os "
    "autobuses circulen tamén pola noite e os domingos.",
    "lb": "De Gemengerot huet dräi nei Buslinnen approuvéiert, déi d'Viruerter am Norden mam "
    "Spidol an der Universitéit verbannen. D'Awunner hunn d'Decisioun begréisst, mee si "
    "hu gefrot, datt d'Bussen och owes an um Sonndeg fueren, well dat net ëmmer esou ass.",
    "mt": "Il-kunsill tal-belt approva nhar it-Tlieta tliet rotot ġodda tal-karozzi tal-linja "
    "li se jgħaqqdu l-irħula tat-tramuntana mal-isptar u mal-università. Skont "
    "l-awtoritajiet, il-proġett se jiswa madwar tnax-il miljun ewro fil-ħames snin li ġejjin.",
}


@pytest.mark.parametrize("lang", sorted(BRIEFS))
def test_languages_the_profiles_lack_are_read_off_their_letters_or_stopwords(lang: str) -> None:
    """The profiles read Serbian as Macedonian, Kazakh and Belarusian as Ukrainian, Icelandic
    as Norwegian, Uzbek and Basque as Indonesian, Irish as English (and the others as the
    comment above says); a one-paragraph brief in such a language was then judged with the
    wrong stopword list and emptied as "no prose"."""
    from cleaner.steps.language import detect_language

    text = BRIEFS[lang]
    assert default_model().detect(text) != lang
    assert detect_language(text) == lang
    brief = cleaner.clean_document(text)
    assert brief.language == lang
    assert brief.body == text


def test_indonesian_with_words_malay_shares_stays_indonesian() -> None:
    """Indonesian writes "kerajaan", "semasa", "jabatan" and "boleh" too: a text holding
    them, and none of Malay's own spellings, stays Indonesian."""
    from cleaner.steps.language import detect_language

    text = (
        "Kerajaan Majapahit pernah menguasai wilayah yang luas. Semasa jabatan presiden "
        "dipegang oleh tokoh itu, rakyat boleh menyampaikan pendapat secara terbuka di depan "
        "gedung parlemen, kata para sejarawan."
    )
    assert detect_language(text) == "id"


def test_a_few_letters_of_another_language_change_nothing() -> None:
    """A Russian text quoting one Serbian name, an English one quoting an Icelandic place,
    an English one about Hawaiʻi (whose ʻokina is Uzbek's turned comma), and Spanish prose
    (whose words the Latin or Basque lists share a little) keep their language."""
    from cleaner.steps.language import detect_language

    russian = "Министр встретился с Новаком Ђоковићем и обсудил турнир, который пройдёт весной."
    english = (
        "The eruption near Grindavík and Þingvellir closed the roads, officials said on Monday."
    )
    from .test_families import ARTICLES

    spanish = " ".join(ARTICLES["es"])
    hawaii = (
        "Officials on Oʻahu said the storm would reach Hawaiʻi Island on Tuesday night. "
        "Residents of Kauaʻi and Maui were asked to stay indoors, and schools across Hawaiʻi "
        "will stay closed until Thursday, the state's emergency agency said."
    )
    assert detect_language(russian) == "ru"
    assert detect_language(english) == "en"
    assert detect_language(hawaii) == "en"  # the ʻokina before a vowel is not Uzbek's "oʻ"
    assert detect_language(spanish) == "es"


def test_uzbek_in_cyrillic_is_not_kazakh() -> None:
    """Uzbek in Cyrillic shares "қ" and "ғ" with Kazakh, and "ў" with Belarusian; its "ҳ"
    (Kazakh writes "һ") tells it."""
    from cleaner.steps.language import detect_language

    uzbek = (
        "Тошкент шаҳар ҳокимлиги душанба куни мактаблар учун янги бюджетни тасдиқлади, "
        "мухолифат эса унга қарши овоз берди. Ҳоким пуллар эски биноларни таъмирлаш ва янги "
        "ўқитувчиларга сарфланишини айтди, аввало шаҳарнинг энг камбағал туманларидан."
    )
    assert detect_language(uzbek) == "uz"
    assert detect_language(BRIEFS["kk"]) == "kk"
    assert detect_language(BRIEFS["be"]) == "be"


ONE_PARAGRAPH_WITHOUT_OWN_LETTERS = {
    # A paragraph of the article in tests/cases/articles.json with one or two of the
    # language's own letters, under the letter count that tells it: read by its words.
    "uz": 3,  # read as Indonesian: "va", "hamda", "necha", "oldin"
    "be": 2,  # read as Ukrainian: "што", "якія", "аднак"
}


@pytest.mark.parametrize("lang", sorted(ONE_PARAGRAPH_WITHOUT_OWN_LETTERS))
def test_one_paragraph_is_read_off_its_own_words(lang: str) -> None:
    import json
    from pathlib import Path

    from cleaner.steps.language import detect_language

    articles = json.loads((Path(__file__).parent / "cases" / "articles.json").read_text("utf-8"))
    text = articles[lang][ONE_PARAGRAPH_WITHOUT_OWN_LETTERS[lang]]
    assert detect_language(text) == lang

"""Languages without a phrase file of their own read a close neighbour's
(``[phrases] kin_languages``): Malay pages print Indonesian's "Baca juga", Galician pages
Spanish's and Portuguese's "Compartir" and "Publicidade"."""

from __future__ import annotations

import cleaner
from cleaner.rules import builtin_languages, kin_languages, rules_for

MALAY = [
    "KUALA LUMPUR: Kerajaan hari ini mengumumkan bantuan tunai baharu untuk isi rumah "
    "berpendapatan rendah di seluruh negara, berkuat kuasa bulan depan.",
    "Menteri Kewangan berkata, inisiatif itu dijangka memanfaatkan lebih lima juta penerima "
    "dan akan disalurkan secara berperingkat mengikut kategori pendapatan.",
    "Beliau berkata, kerajaan juga akan memperkukuh sistem penyampaian bantuan bagi "
    "memastikan ia sampai kepada golongan sasar tanpa sebarang kelewatan.",
    "Permohonan boleh dibuat secara dalam talian melalui portal rasmi mulai minggu hadapan, "
    "dan semakan status akan dimaklumkan melalui khidmat pesanan ringkas.",
]

GALICIAN = [
    "O Concello de Vigo aprobou este martes un novo plan de mobilidade que amplía as liñas "
    "de autobús urbano e crea tres novos carrís bici no centro da cidade.",
    "Segundo explicou a concelleira de Mobilidade, o plan porase en marcha nos próximos "
    "meses e suporá un investimento de máis de dez millóns de euros.",
    "Os veciños dos barrios do sur levaban anos reclamando unha mellor conexión co centro, e "
    "o novo plan inclúe dúas liñas que os unirán coa estación de tren.",
    "A oposición criticou que o plan chega tarde e que non se consultou abondo coas "
    "asociacións veciñais, aínda que anunciou que non se oporá á súa aprobación.",
]


def test_every_kin_is_another_language_with_a_phrase_file() -> None:
    have = set(builtin_languages())
    for lang, kin in kin_languages().items():
        assert kin and set(kin) <= have, f"{lang}: {kin} lack phrase files"
        assert lang not in kin


SERBIAN_LATIN = [
    "Gradsko veće je u utorak izglasalo proširenje mreže autobuskih linija, čime se "
    "dodaju tri nove rute koje će povezati severne četvrti sa centrom grada.",
    "Odluka je doneta posle višemesečnih rasprava o troškovima i o tome kako bi nove "
    "linije uticale na saobraćaj u užem centru tokom jutarnje gužve.",
    "Stanovnici koji su govorili na sednici pozdravili su odluku, ali su mnogi pitali "
    "zašto je projektu trebalo skoro pet godina da dobije odobrenje.",
]


def test_a_serbian_page_in_latin_letters_meets_the_serbian_rules() -> None:
    """Read as Croatian, a Serbian page in Latin letters loses its ekavian "Podeli" (share)
    and "Preuzmite našu aplikaciju" (app prompt) by the Serbian rules, in both scripts."""
    page = ["Podeli", *SERBIAN_LATIN[:2], "Preuzmite našu aplikaciju", *SERBIAN_LATIN[2:]]
    result = cleaner.clean_document("\n".join(page))
    assert result.language == "hr"
    assert result.body == "\n\n".join(SERBIAN_LATIN)
    assert rules_for("sr").first("drop_line", "Podeli", 1) is not None


def test_a_kin_languages_rules_apply_to_its_neighbours_pages() -> None:
    malay = {r.source for r in rules_for("ms").rules}
    assert {r.source for r in rules_for("id").rules} <= malay
    assert rules_for("ms").first("drop_line", "Bagikan", 1) is not None  # Indonesian "Share"
    assert rules_for("ky").first("drop_line", "Поделиться", 1) is not None  # Russian "Share"


def test_a_malay_article_loses_its_read_also_line() -> None:
    page = [
        "Kerajaan umum bantuan tunai baharu untuk isi rumah berpendapatan rendah",
        *MALAY[:2],
        "Baca juga: Harga minyak masak dijangka stabil hingga hujung tahun",
        *MALAY[2:],
    ]
    result = cleaner.clean_document("\n".join(page))
    assert result.language == "ms"
    assert result.body == "\n\n".join(MALAY)


def test_a_galician_article_loses_its_share_and_advertisement_labels() -> None:
    page = [
        "Vigo aproba un novo plan de mobilidade",
        "Compartir",
        *GALICIAN[:2],
        "Publicidade",
        *GALICIAN[2:],
        "Comentarios",
        "Xoán: Por fin!",
    ]
    result = cleaner.clean_document("\n".join(page))
    assert result.language == "gl"
    assert result.body == "\n\n".join(GALICIAN)
    assert {r.text for r in result.removed if r.step == "phrases"} >= {"Compartir", "Publicidade"}

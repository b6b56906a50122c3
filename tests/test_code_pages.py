"""Mojibake through a legacy code page that ftfy's detector passes over (cleaner.code_pages)."""

from __future__ import annotations

import json
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-*" codecs)
import pytest

import cleaner
from cleaner.steps.normalize import normalize_text

ARTICLES = {
    "de": [
        "Der Stadtrat hat am Montag den neuen Haushalt für die Schulen beschlossen, die "
        "Opposition stimmte dagegen.",
        "Die Bürgermeisterin sagte, das Geld fließe in die Sanierung alter Gebäude und in "
        "neue Lehrkräfte, zuerst in den ärmsten Vierteln.",
    ],
    "fr": [
        "Le conseil municipal a adopté lundi le nouveau budget des écoles, et l'opposition "
        "a voté contre à l'unanimité.",
        "La maire a déclaré que l'argent servirait à rénover les vieux bâtiments et à "
        "recruter de nouveaux enseignants.",
    ],
    "pl": [
        "Rada miejska w poniedziałek przyjęła nowy budżet dla szkół, a opozycja głosowała "
        "przeciw temu rozwiązaniu.",
        "Burmistrz powiedziała, że pieniądze zostaną przeznaczone na remont starych budynków "
        "i nowych nauczycieli.",
    ],
    "el": [
        "Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα τον νέο προϋπολογισμό για τα σχολεία της "
        "πόλης, ενώ η αντιπολίτευση καταψήφισε.",
        "Η δήμαρχος δήλωσε ότι τα χρήματα θα διατεθούν για την ανακαίνιση παλαιών κτιρίων και "
        "για νέους εκπαιδευτικούς.",
    ],
}


@pytest.mark.parametrize(
    ("language", "code_page"),
    [
        ("de", "cp1251"),  # "fГјr"
        ("fr", "cp1251"),  # "adoptГ©"
        ("pl", "cp1251"),
        ("el", "cp1251"),
        ("de", "cp1250"),  # "fĂĽr"
        ("de", "iso-8859-2"),  # "fĂźr": Windows-1250 re-reads it too, as "fßr"
        ("fr", "iso-8859-2"),
        ("de", "cp437"),  # "f├╝r"
    ],
)
def test_utf8_read_through_a_legacy_code_page_is_read_again(language: str, code_page: str) -> None:
    article = ARTICLES[language]
    garbled = [p.encode("utf-8").decode(code_page) for p in article]
    assert garbled != article
    result = cleaner.clean_document("\n\n".join(garbled))
    assert result.body == "\n\n".join(article)
    assert result.language == language


@pytest.mark.parametrize(
    "text",
    [
        # Real text in the code pages' own scripts and letters stays as it is.
        "Городской совет утвердил новый бюджет «для школ» — а оппозиция проголосовала против.\n"
        "Мэр заявила, что деньги пойдут на ремонт старых зданий.",
        "Městská rada v pondělí schválila nový rozpočet pro školy, opozice hlasovala proti.\n"
        "Starostka řekla, že peníze půjdou na opravy starých budov.",
        "Rada miejska przyjęła nowy budżet dla szkół, a opozycja głosowała przeciw.",
        # "’é" re-reads strictly through MacRoman, as an Armenian letter.
        "Chercheur au sein de l’équipe-projet VeriDis.\nDirecteur de recherche de l’équipe EVA.",
        # One pair alone ("Гј" is "ü" read as Windows-1251) may be real text.
        "The ticker read ГјX at noon.",
        # Re-read, "Ãß" is a combining cedilla with no letter under it: the letters are
        # lost, not repaired.
        "ÃßaÃß",
    ],
)
def test_real_text_is_not_read_again(text: str) -> None:
    assert normalize_text(text) == text


PAGE_ARTICLES: dict[str, list[str]] = json.loads(
    (Path(__file__).parent / "cases" / "articles.json").read_text("utf-8")
)


@pytest.mark.parametrize(
    ("language", "code_page"),
    [
        ("fr", "sloppy-windows-1253"),  # "adoptΓ©": Greek letters for the lead bytes
        ("es", "sloppy-windows-1257"),  # Baltic
        ("de", "sloppy-windows-1257"),
        ("ru", "mac_roman"),
        ("uk", "mac_roman"),
        ("is", "iso-8859-2"),  # the reading has Icelandic letters, not Polish ones
        ("uz", "sloppy-windows-1251"),  # "oʻ": a modifier letter, no script of its own
        ("hy", "sloppy-windows-1252"),
    ],
)
def test_articles_through_more_code_pages_are_read_again(language: str, code_page: str) -> None:
    article = PAGE_ARTICLES[language]
    garbled = [p.encode("utf-8").decode(code_page) for p in article]
    assert garbled != article
    result = cleaner.clean_document("\n\n".join(garbled))
    assert result.body == "\n\n".join(article), result.explain()

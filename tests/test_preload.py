"""cleaner.preload: every table loaded up front, so that no page pays for it later."""

from __future__ import annotations

import pytest

import cleaner
from cleaner import rules

GERMAN = (
    "Menü\n\nDer Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt für "
    "die Schulen der Stadt beschlossen, und die Opposition hat dagegen gestimmt.\n\nTeilen"
)


@pytest.fixture
def cold_rules():
    """Rule caches emptied before the test and after it (other tests load them lazily)."""
    rules._builtin_rules.cache_clear()
    rules.rules_for.cache_clear()
    rules.no_article_rules.cache_clear()
    yield
    rules._builtin_rules.cache_clear()
    rules.rules_for.cache_clear()
    rules.no_article_rules.cache_clear()


def test_preload_compiles_every_language_so_cleaning_parses_no_rule_file(cold_rules, monkeypatch):
    loaded = cleaner.preload()
    assert {"en", "de", "ja", "ar", "zh"} <= set(loaded)

    def parse_rules(*args, **kwargs):
        raise AssertionError("a rule file was parsed after preload")

    monkeypatch.setattr(rules, "parse_rules", parse_rules)
    result = cleaner.clean_document(GERMAN)
    assert result.language == "de"
    assert "Stadtrat" in result.body


def test_preload_of_chosen_languages_loads_only_those(cold_rules):
    assert cleaner.preload(["de"]) == ["de"]
    assert rules.rules_for.cache_info().currsize == 1

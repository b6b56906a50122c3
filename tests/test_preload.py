"""cleaner.preload: every table loaded up front, so that no page pays for it later."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import cleaner
from cleaner import rules

GERMAN = (
    "Menü\n\nDer Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt für "
    "die Schulen der Stadt beschlossen, und die Opposition hat dagegen gestimmt.\n\nTeilen"
)


@pytest.fixture
def cold_rules() -> Iterator[None]:
    """Rule caches emptied before the test and after it (other tests load them lazily)."""
    rules._builtin_rules.cache_clear()
    rules.rules_for.cache_clear()
    rules.no_article_rules.cache_clear()
    yield
    rules._builtin_rules.cache_clear()
    rules.rules_for.cache_clear()
    rules.no_article_rules.cache_clear()


def test_preload_compiles_every_language_so_cleaning_parses_no_rule_file(
    cold_rules: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = cleaner.preload()
    assert {"en", "de", "ja", "ar", "zh"} <= set(loaded)

    def parse_rules(*args: object, **kwargs: object) -> None:
        raise AssertionError("a rule file was parsed after preload")

    monkeypatch.setattr(rules, "parse_rules", parse_rules)
    result = cleaner.clean_document(GERMAN)
    assert result.language == "de"
    assert "Stadtrat" in result.body


def test_preload_of_chosen_languages_loads_only_those(cold_rules: None) -> None:
    assert cleaner.preload(["de"]) == ["de"]
    assert rules.rules_for.cache_info().currsize == 1


def _zero_argument_caches() -> dict[str, object]:
    """Every module-level function of the package cached with ``functools.cache`` that
    takes no argument: a table built once per process."""
    import importlib
    import inspect
    import pkgutil

    found: dict[str, object] = {}
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        if info.name.endswith("__main__"):
            continue  # runs the command line
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            wrapped = getattr(obj, "__wrapped__", None)
            if not hasattr(obj, "cache_clear") or wrapped is None:
                continue
            if obj.__module__ != info.name:
                continue  # imported from another module: counted there
            if not inspect.signature(wrapped).parameters:
                found[f"{info.name}.{name}"] = obj
    return found


NOT_TABLES = {"cleaner._default", "cleaner.dates._month_tables"}
"""Built on first use without harm: the default pipeline (a few objects) and the month
file, which month_names reads."""


def test_preload_builds_every_table_a_page_may_need() -> None:
    caches = _zero_argument_caches()
    assert "cleaner.dates._patterns" in caches  # the walk finds them
    for func in caches.values():
        func.cache_clear()  # type: ignore[attr-defined]
    cleaner.preload(["en"])
    cold = sorted(
        name
        for name, func in caches.items()
        if name not in NOT_TABLES and func.cache_info().currsize == 0  # type: ignore[attr-defined]
    )
    assert cold == [], f"built on a first page, not by preload: {cold}"


def test_rule_tables_leave_the_garbage_collectors_watch() -> None:
    """The rule sets of every language hold a value per required string: as tuples of ints
    the collector stops tracking them, and its full collections stay short."""
    import gc

    ruleset = rules.rules_for("en")
    gc.collect()
    values = list(ruleset._automaton[0].values())
    assert values
    assert not any(gc.is_tracked(v) for v in values)

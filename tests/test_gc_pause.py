"""The cyclic garbage collector is paused while a page is cleaned, and only then."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import cleaner
from cleaner import Document, gc_pause

PAGE = (
    "Home | News\n\nCity council approves new bus lines\n\n"
    "The city council voted on Tuesday to add three bus routes that will link the northern "
    "suburbs with the hospital and the university from next spring, officials said."
)


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    """Each test starts with the collector on, and leaves it as it found it."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _seen_by_a_step() -> list[bool]:
    """Clean ``PAGE`` with a step that records whether the collector is on."""
    seen: list[bool] = []

    def probe(doc: Document) -> None:
        seen.append(gc.isenabled())

    cleaner.clean(PAGE, pipeline=cleaner.default_pipeline().add(probe))
    return seen


def test_the_collector_is_off_while_cleaning_and_on_after() -> None:
    assert _seen_by_a_step() and not any(_seen_by_a_step())
    assert gc.isenabled()


def test_a_collector_the_program_turned_off_stays_off() -> None:
    gc.disable()
    cleaner.clean(PAGE)
    assert not gc.isenabled()


def test_the_switch_leaves_the_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gc_pause, "PAUSE_GC", False)
    assert all(_seen_by_a_step())


def test_the_collector_is_on_again_after_a_step_fails() -> None:
    def broken(doc: Document) -> None:
        raise RuntimeError("a user's step failed")

    with pytest.raises(RuntimeError):
        cleaner.clean(PAGE, pipeline=cleaner.default_pipeline().add(broken))
    assert gc.isenabled()


def test_cleaning_leaves_no_reference_cycles() -> None:
    """Paused, the collector frees nothing: cleaning must make no garbage only it could
    free (reference cycles), or a long run would hold it until the pause ends."""
    seeds = Path(__file__).parent.parent / "samples" / "input"
    texts = [p.read_text("utf-8") for p in sorted(seeds.glob("*.txt"))]
    assert texts
    cleaner.clean(texts[0])  # tables built before counting
    gc.collect()
    gc.disable()
    for text in texts:
        cleaner.clean_document(text)
    assert gc.collect() == 0

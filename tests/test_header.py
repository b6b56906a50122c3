"""The header step: the title and the page head above it."""

from __future__ import annotations

import pytest

from cleaner.document import Document
from cleaner.steps import HeaderStep

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

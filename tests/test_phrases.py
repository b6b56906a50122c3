"""The phrases step's tail guard: what counts as article prose above a tail marker."""

from __future__ import annotations

import json
from pathlib import Path

import cleaner

ARTICLES: dict[str, list[str]] = json.loads(
    (Path(__file__).parent / "cases" / "articles.json").read_text("utf-8")
)
TEASERS = [
    "* Ten things to do in the old town this weekend, from night markets to open-air concerts!",
    "* Five new restaurants open by the river, with menus that mix old recipes and new ideas!",
    "* The museum's summer show brings painters from twelve countries to the harbour halls!",
    "* Our readers pick the best bakeries in the city, and the winner may surprise you!",
    "* How the tram line changed three neighbourhoods in ten years, told by the people there!",
]


def test_a_teaser_list_in_the_head_does_not_arm_the_tail_cut() -> None:
    # Five sentence-length teasers are enough words of "prose" for the guard, but they are
    # list items: the "Comments" label under them is a menu entry, not the thread's start.
    text = "\n".join(TEASERS) + "\n\nComments\n\n" + "\n\n".join(ARTICLES["en"])
    result = cleaner.clean_document(text)
    for paragraph in ARTICLES["en"]:
        assert paragraph in result.body, result.explain()
    reasons = [r.reason for r in result.removed if r.step == "phrases"]
    assert reasons == ["comments section marker (too near the top to cut the rest)"]


def test_after_a_plain_paragraph_the_tail_is_cut() -> None:
    text = "\n\n".join(ARTICLES["en"]) + "\n\n" + "\n".join(TEASERS) + "\n\nComments\n\nFirst!"
    body = cleaner.clean(text)
    assert "Comments" not in body and "First!" not in body
    assert ARTICLES["en"][-1] in body

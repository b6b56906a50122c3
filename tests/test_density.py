"""The density step's context pass: how short lines are judged by their neighbours."""

from __future__ import annotations

import cleaner
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

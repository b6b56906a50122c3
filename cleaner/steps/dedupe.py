"""dedupe: repeated paragraphs, author cards and tables of contents.

- A line seen before (ignoring case and punctuation) is a repeat; the first occurrence
  stays. (Repeats of the title are removed by the header step, which finds the title.)
- An author card is a short name line printed twice in a row, usually followed by a short
  role line ("Dmitry Peskov / Dmitry Peskov / Kremlin spokesman"): all of it goes.
- A table of contents is a run of short lines that the article prints again later, in the
  same order and spread out, as its headings: the run goes and the headings stay (keeping
  the first copy would keep the list and lose the headings when a later step drops it).
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex

from ..document import Block, Document
from ..pipeline import Step
from ..rules import thresholds
from ..text import ends_sentence, fold, word_count

CONTENTS_ROUNDS = 3
"""Searches for tables of contents on one page: each finds the tables whose entries are
printed next as headings, and a table printed again right after another needs one more."""
CARD_ROLE = "author card"
"""The ``role`` of an author card's lines: the density step reads a quoted person's card
between two paragraphs as part of the article (``gap_skip_before_prose_families``)."""
CONTENTS_REASON = "table of contents (its entries are the article's headings)"
"""The reason a table of contents' lines go with: never a title (see the header step)."""


def contents_runs(kept: list[Block], max_words: int, min_lines: int) -> list[list[Block]]:
    """Tables of contents among ``kept``: runs of at least ``min_lines`` consecutive lines of
    at most ``max_words`` words, each printed again after the run, the copies in the run's
    order and each apart from the next (text between them: headings over sections)."""
    later: list[int] = [-1] * len(kept)  # where each line is printed next; -1: nowhere
    next_seen: dict[str, int] = {}
    for i in range(len(kept) - 1, -1, -1):
        key = fold(kept[i].text)
        if key:
            later[i] = next_seen.get(key, -1)
            next_seen[key] = i
    runs: list[list[Block]] = []
    run: list[int] = []

    def close() -> None:
        if len(run) >= min_lines and later[run[0]] > run[-1]:
            runs.append([kept[i] for i in run])
        run.clear()

    for i, block in enumerate(kept):
        if later[i] < 0 or not 0 < word_count(block.text) <= max_words:
            close()
            continue
        if not (run and later[i] - later[run[-1]] >= 2):
            close()
        while run and later[run[0]] <= i:  # its copy is inside the run: not an entry
            run.pop(0)
        run.append(i)
    close()
    return runs


def _is_capitalised(text: str) -> bool:
    """True when every word of ``text`` opens like a name (:func:`_opens_like_a_name`): a
    person's name ("Dmitry Peskov", "Дмитрий Песков", "李娜"), not a credit ("Photo
    courtesy ...")."""
    return all(_opens_like_a_name(word) for word in text.split())


_INITIAL_AT_END_RE = regex.compile(r"(?:^|\s)\p{Lu}\.$")
"""A name closed by an initial ("Болормаа Д.", "Ana Đ."): its full stop ends no sentence."""


def _ends_like_a_sentence(text: str) -> bool:
    return ends_sentence(text) and _INITIAL_AT_END_RE.search(text) is None


def _opens_like_a_name(text: str) -> bool:
    """True when ``text`` opens with a capital, or with a letter of a script without case
    (Arabic, Chinese, Devanagari, Hangul ...): how a name line starts in any script."""
    first = text[:1]
    return first.isalpha() and not first.islower()


class DedupeStep(Step):
    """Removes repeated lines, author cards and tables of contents.

    Options: ``min_chars`` is the shortest line treated as a repeat when seen again
    (shorter repeats, such as list bullets, are left to other steps).
    """

    name = "dedupe"
    defaults: ClassVar[dict[str, Any]] = {"min_chars": 1}

    def apply(self, doc: Document) -> None:
        """Remove author cards, then tables of contents, then every line already seen earlier
        on the page."""
        card_max = thresholds()["dedupe"]["card_max_words"]
        role_max = thresholds()["dedupe"]["card_role_max_words"]
        kept = doc.kept

        for i in range(len(kept) - 1):
            a, b = kept[i], kept[i + 1]
            if not (a.kept and b.kept):
                continue
            n = word_count(a.text)
            if (
                1 <= n <= card_max
                and fold(a.text) == fold(b.text)
                and not _ends_like_a_sentence(a.text)
                and _opens_like_a_name(a.text)
            ):
                doc.remove(a, "author card (name printed twice)")
                doc.remove(b, "author card (name printed twice)")
                a.role = b.role = CARD_ROLE
                if i + 2 < len(kept):
                    role = kept[i + 2]
                    # Under a person's name ("Paul Lefèvre") a longer title is still the
                    # role; under a credit printed twice ("Photo courtesy X") it is a heading.
                    limit = role_max if _is_capitalised(a.text) else card_max
                    if word_count(role.text) <= limit and not ends_sentence(role.text):
                        doc.remove(role, "author card (role line)")
                        role.role = CARD_ROLE

        cfg = thresholds()["dedupe"]
        keys = [fold(b.text) for b in doc.kept]
        rounds = CONTENTS_ROUNDS if len(set(keys)) < len(keys) else 0  # no line repeats
        # Again once a table goes: a page may print its contents twice, and the first copy's
        # next copies are the second's until that one is gone. A few rounds at most, so
        # a page stacking many copies stays linear.
        for _ in range(rounds):
            runs = contents_runs(doc.kept, cfg["contents_max_words"], cfg["contents_min_lines"])
            if not runs:
                break
            for block in (b for run in runs for b in run):
                doc.remove(block, CONTENTS_REASON)

        seen: set[str] = set()
        for block in doc.kept:
            key = fold(block.text)
            if not key:
                continue
            if key in seen and len(block.text) >= self.options["min_chars"]:
                doc.remove(block, "repeated line")
            else:
                seen.add(key)

"""dedupe: repeated paragraphs and author cards.

- A line seen before (ignoring case and punctuation) is a repeat; the first occurrence
  stays. (Repeats of the title are removed by the header step, which finds the title.)
- An author card is a short name line printed twice in a row, usually followed by a short
  role line ("Dmitry Peskov / Dmitry Peskov / Kremlin spokesman"): all of it goes.
"""

from __future__ import annotations

from typing import Any, ClassVar

from ..document import Document
from ..pipeline import Step
from ..rules import thresholds
from ..text import ends_sentence, fold, word_count


class DedupeStep(Step):
    """Removes repeated lines and author cards.

    Options: ``min_chars`` is the shortest line treated as a repeat when seen again
    (shorter repeats, such as list bullets, are left to other steps).
    """

    name = "dedupe"
    defaults: ClassVar[dict[str, Any]] = {"min_chars": 1}

    def apply(self, doc: Document) -> None:
        """Remove author cards, then every line already seen earlier on the page."""
        card_max = thresholds()["dedupe"]["card_max_words"]
        kept = doc.kept

        for i in range(len(kept) - 1):
            a, b = kept[i], kept[i + 1]
            if not (a.kept and b.kept):
                continue
            n = word_count(a.text)
            if (
                1 <= n <= card_max
                and fold(a.text) == fold(b.text)
                and not ends_sentence(a.text)
                and a.text[:1].isupper()
            ):
                doc.remove(a, "author card (name printed twice)")
                doc.remove(b, "author card (name printed twice)")
                if i + 2 < len(kept):
                    role = kept[i + 2]
                    if word_count(role.text) <= card_max and not ends_sentence(role.text):
                        doc.remove(role, "author card (role line)")

        seen: set[str] = set()
        for block in doc.kept:
            key = fold(block.text)
            if not key:
                continue
            if key in seen and len(block.text) >= self.options["min_chars"]:
                doc.remove(block, "repeated line")
            else:
                seen.add(key)

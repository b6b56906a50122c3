"""One-pass, deterministic scoring of langdetect's language profiles.

langdetect picks n-grams at random in seven trials and costs several milliseconds a call
whatever the text. This module uses the same profiles, the same text preparation and the
same n-gram extraction (langdetect's own helpers), but scores every n-gram of the text
once, as a naive Bayes sum of log probabilities with langdetect's smoothing. It needs no
random numbers, so it is deterministic by construction, and on texts of 200 characters or
more it picks the language langdetect picks (``tests/test_fast_path.py`` measures the
agreement on the benchmark and the samples).

Why not call langdetect: it dominated the pipeline's cost. Why not another library: the
profiles, the language codes and the behaviour users already know stay the same.
"""

from __future__ import annotations

import json
import math
import operator
import re
from array import array
from collections import Counter
from collections.abc import Callable, Container, Iterable
from functools import cache, lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.utils.ngram import NGram

#: langdetect's smoothing: each n-gram multiplies a language's probability by
#: ``p + ALPHA / BASE_FREQ``; the random jitter langdetect adds to ALPHA is left out.
SMOOTHING = Detector.ALPHA_DEFAULT / Detector.BASE_FREQ
#: langdetect reads at most this many characters of a text.
MAX_TEXT_LENGTH = 10000
#: Words whose weights are kept; the cache is emptied when full (memory stays bounded).
WORD_CACHE_SIZE = 20_000


class LanguageModel:
    """langdetect's profiles as a matrix of log-probability weights, loaded once per process.

    Row ``index[ngram]`` of ``weights`` holds, per language, ``log(1 + p / SMOOTHING)``
    where ``p`` is the n-gram's probability in that language's profile. Every n-gram
    also contributes ``log(SMOOTHING)`` to every language, a constant that does not change
    which language wins, so it is left out.
    """

    def __init__(self, profiles: Iterable[dict[str, Any]]) -> None:
        """Build from langdetect profiles (``name``, ``freq``, ``n_words``), read one at a
        time so that only one profile's dictionary is in memory at once."""
        self.languages: list[str] = []
        self.index: dict[str, int] = {}
        rows, columns, values = array("l"), array("l"), array("d")
        for column, profile in enumerate(profiles):
            self.languages.append(str(profile["name"]))
            n_words = profile["n_words"]
            for gram, count in profile["freq"].items():
                if 1 <= len(gram) <= 3:
                    rows.append(self.index.setdefault(gram, len(self.index)))
                    columns.append(column)
                    values.append(math.log1p(count / n_words[len(gram) - 1] / SMOOTHING))
        self.weights = np.zeros((len(self.index), len(self.languages)), dtype=np.float32)
        self.weights[
            np.frombuffer(rows, dtype=rows.typecode), np.frombuffer(columns, dtype=columns.typecode)
        ] = np.frombuffer(values)
        self._zero = np.zeros(len(self.languages), dtype=np.float32)
        self._word_cache: dict[tuple[str, bool], np.ndarray] = {}

    def scores(self, text: str) -> np.ndarray:
        """Log-score per language (same order as ``languages``) of every n-gram of ``text``.

        Words are scored once each (cached) and weighted by how often they occur: the
        n-grams of a text are exactly the n-grams of its space-separated words.
        """
        words = prepare(text).split(" ")
        last = words.pop()
        counts = Counter(w for w in words if w)
        keys = [(w, True) for w in counts]
        weights = list(counts.values())
        if last:
            keys.append((last, False))
            weights.append(1)
        if not keys:
            return self._zero
        vectors = self._word_vectors(keys)
        totals: np.ndarray = np.asarray(weights, dtype=np.float64) @ np.array(vectors)
        return totals

    def _word_vectors(self, keys: list[tuple[str, bool]]) -> list[np.ndarray]:
        """:meth:`word_vector` of each (word, closed) key; the words not in the cache are
        summed in one numpy call (row sums of each word's n-grams, as word_vector adds them)."""
        cache = self._word_cache
        missing = [key for key in keys if key not in cache]
        if missing:
            if len(cache) + len(missing) > WORD_CACHE_SIZE:
                cache.clear()
                missing = keys
            index = self.index
            rows: list[int] = []
            starts: list[int] = []
            summed: list[tuple[str, bool]] = []
            for word, closed in missing:
                grams = word_rows(" " + word + (" " if closed else ""), index)
                if grams:
                    starts.append(len(rows))
                    summed.append((word, closed))
                    rows.extend(grams)
                else:
                    cache[(word, closed)] = self._zero
            if summed:
                sums = np.add.reduceat(self.weights[rows], starts, axis=0, dtype=np.float64)
                for key, vector in zip(summed, sums.astype(np.float32), strict=True):
                    cache[key] = vector
        return [cache[key] for key in keys]

    def word_vector(self, word: str, closed: bool) -> np.ndarray:
        """Summed weights of one word's n-grams; ``closed`` when a space follows the word
        (its last n-grams then include that space)."""
        return self._word_vectors([(word, closed)])[0]

    def detect(self, text: str, allowed: Callable[[str], bool] | None = None) -> str | None:
        """The most likely language code of ``text``, or None when it has no known n-gram.

        ``allowed`` rules codes out (the next most likely one is taken instead): the
        language step uses it to keep a text without Hangul from being read as Korean.
        """
        totals = self.scores(text)
        for best in np.argsort(-totals, kind="stable").tolist():  # ties: the first, as argmax
            if totals[best] <= 0.0:
                break
            code: str = self.languages[best]
            if allowed is None or allowed(code):
                return code
        return None


# langdetect's own test, as character classes: "A" to "z" is Latin; everything from U+0300
# up is not. (langdetect means to spare the Latin Extended Additional block, but compares its
# block number with the block's name, so it never does: this follows what it does.)
_LATIN = re.compile("[A-z]")
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")


@cache
def default_model() -> LanguageModel:
    """The model built from langdetect's bundled profiles, in sorted file order."""
    paths = sorted(Path(PROFILES_DIRECTORY).iterdir())
    return LanguageModel(json.loads(p.read_text(encoding="utf-8")) for p in paths)


@cache
def _normalize_table() -> str:
    """``str.translate`` table doing langdetect's per-character ``NGram.normalize``: the
    normalised character at each code point of the Basic Multilingual Plane (a string
    indexes faster than a dictionary; ``normalize`` changes no character above it)."""
    return "".join(NGram.normalize(chr(code)) for code in range(0x10000))


def prepare(text: str) -> str:
    """langdetect's text preparation: URLs and e-mails out, Vietnamese marks composed,
    runs of spaces squeezed, at most 10,000 characters, Latin letters dropped from a text
    mostly in another script, and every character normalised."""
    if "://" in text:
        text = Detector.URL_RE.sub(" ", text)
    if "@" in text:
        text = Detector.MAIL_RE.sub(" ", text)
    text = NGram.normalize_vi(text)[:MAX_TEXT_LENGTH]
    while "  " in text:
        text = text.replace("  ", " ")
    if _mostly_not_latin(text):
        text = _LATIN.sub("", text)
    return text.translate(_normalize_table())


def _mostly_not_latin(text: str) -> bool:
    """langdetect's test ``latin * 2 < non_latin``, counting Latin letters only as far as
    the answer needs (Latin text has hundreds of them and few others)."""
    needed = (len(_NON_LATIN.findall(text)) + 1) // 2
    if needed == 0:
        return False
    return sum(1 for _ in islice(_LATIN.finditer(text), needed)) < needed


def word_rows(text: str, index: dict[str, int]) -> list[int]:
    """The rows in ``index`` of the n-grams :func:`ngrams` takes from one space-led word
    (" word" or " word "), in the same order.

    A word without two capitals in a row takes every 1- to 3-gram ending at each
    character, by slicing (one look-up a gram); langdetect's state machine
    (:func:`ngrams`), which skips n-grams inside runs of capitals, is needed only for those.
    """
    if _two_capitals(text):
        return [index[gram] for gram in ngrams(text, index)]
    return [row for row in map(index.get, _slices(text)) if row is not None]


def _two_capitals(text: str) -> bool:
    """True when two capitals stand in a row somewhere in ``text``."""
    if text.islower():  # no capital at all: the usual word
        return False
    upper = list(map(str.isupper, text))
    return any(upper) and any(map(operator.and_, upper, upper[1:]))


def _slices(text: str) -> list[str]:
    """Every 1- to 3-gram of ``text`` ending at its second character or later, in
    langdetect's order, but the closing space alone (``text`` is one space-led word)."""
    return [text[start:end] for start, end in _gram_bounds(len(text), text[-1:] == " ")]


@lru_cache(maxsize=128)  # bounded: a word can be thousands of characters long
def _gram_bounds(length: int, closed: bool) -> tuple[tuple[int, int], ...]:
    """(start, end) of those n-grams in a text of ``length`` characters, but the last
    character alone when ``closed``."""
    return tuple(
        (start, end)
        for end in range(2, length + 1)
        for start in (end - 1, end - 2, end - 3)
        if start >= 0 and not (closed and start == length - 1)
    )


def ngrams(text: str, known: Container[str]) -> list[str]:
    """The 1- to 3-grams langdetect extracts from prepared ``text`` that ``known`` holds.

    The same state machine as langdetect's ``NGram``: a space starts a new word, and
    inside a word of two or more capitals in a row no n-gram is taken.
    """
    out: list[str] = []
    grams = " "
    capital = False
    for ch in text:
        last = grams[-1]
        if last == " ":
            grams = " "
            capital = False
            if ch == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        size = len(grams)
        w = grams[-1]
        if w != " " and w in known:
            out.append(w)
        if size >= 2:
            w = grams[-2:]
            if w in known:
                out.append(w)
            if size >= 3:
                w = grams
                if w in known:
                    out.append(w)
    return out

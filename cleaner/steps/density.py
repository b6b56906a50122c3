"""density: tell article prose from navigation, teasers and widgets no phrase list names.

The algorithm, in the spirit of jusText but on plain text lines:

1. **Classify each line on its own** (:func:`classify`): ``good`` (long, with many
   function words, like prose), ``near`` (some prose signals), ``short`` (too short to judge)
   or ``bad`` (menu items, tag clouds, lists of names, link-like text).
2. **Revise by context** (:func:`revise`): a ``short`` or ``near`` line takes the class of its
   neighbours; one between two prose lines is a subheading or a short paragraph, one
   among menu items is a menu item.
3. **Find the article** (:func:`main_run`): the article is one contiguous run of lines. Each
   line gets a weight (prose positive, debris negative, by length) and the run with the
   largest total is the article; debris clusters at the head and the tail fall outside it.
   A long run of menu-like short lines weighs as debris even between two prose lines
   (:func:`_weigh_menu_runs`).
4. **Inside the run**, lines still judged ``bad`` and runs of short list-like lines go.

Thresholds live in ``rules/thresholds.toml`` under ``[density]``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import Any, ClassVar, NamedTuple

import regex

from ..document import Block, Document
from ..pipeline import Step
from ..rules import by_favor, thresholds, word_weight
from ..stopwords import has_stopwords, stopwords
from ..text import (
    CJK_RE,
    LINE_CACHE_SIZE,
    LIST_ITEM_RE,
    NUMBERED_ITEM_RE,
    WORD_RE,
    ascii_words,
    ends_sentence,
    is_paragraph,
    script_of,
    word_count,
)

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"
_PROSE_ROLES = (f"{GOOD}>{GOOD}", f"{NEAR}>{GOOD}")


def judged_prose(block: Block) -> bool:
    """True for a block this step read as prose on its own (good, or near and good in
    context): what later steps should be slow to remove. The step records its judgement
    in ``block.role`` ("first class>final class")."""
    return block.role in _PROSE_ROLES


# Bounded and anchored at the start of a run, so a long line without spaces stays linear.
_LINKISH_RE = regex.compile(
    r"https?://|www\.|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,255}\.\w|[»›]|\s/\s|#\w"
)


def _may_be_linkish(text: str) -> bool:
    """False when no link-like token can be in ``text`` (none of their marks is)."""
    # Every mark _LINKISH_RE needs, tested one by one: this runs on every line.
    return (
        "/" in text
        or "@" in text
        or "#" in text
        or "»" in text
        or "›" in text
        or "http" in text
        or "www." in text
    )


_CELL_RE = regex.compile(r"\s\|\s")
_DIGIT_RE = regex.compile(r"\d")
CJK_DENSITY_SCALE = 1.5


@cache
def _cjk_stops() -> frozenset[str]:
    """One-character stopwords of Chinese and Japanese."""
    return frozenset(w for lang in ("zh", "ja") for w in stopwords(lang) if len(w) == 1)


@lru_cache(maxsize=64)
def _ascii_stops(stops: frozenset[str]) -> frozenset[bytes]:
    """The ASCII words of a stopword list, as bytes, to meet :func:`ascii_words` tokens."""
    return frozenset(w.encode("ascii") for w in stops if w.isascii())


_CODE_TOKEN_RE = re.compile(r"[{}\[\];=<>]|\w\(")
CODE_MIN_TOKENS = 4
"""Braces, brackets, semicolons, "=", angle brackets and calls ("f(") a line needs to read
as program code (prose has few of them: its parentheses follow a space)."""


_CODE_CHAR_RE = re.compile(r"[{}\[\];=<>]")


def _looks_like_code(text: str) -> bool:
    """True for a line of program code, markup or a protocol message: in the main-run
    search it neither joins nor splits the prose around it (a technical article's code
    samples sit between its paragraphs). Most lines hold none of the symbols, which one
    search tells before the tokens are counted."""
    if _CODE_CHAR_RE.search(text) is None:
        return False
    return len(_CODE_TOKEN_RE.findall(text)) >= CODE_MIN_TOKENS


class LineFeatures(NamedTuple):
    """What the classifier knows about one line (immutable: measured lines are cached)."""

    words: int
    stop_density: float
    sentence: bool
    cells: int
    digits: bool
    bullet: bool
    linkish: int
    cjk: bool
    intro: bool = False
    code: bool = False


@lru_cache(maxsize=LINE_CACHE_SIZE)
def features(text: str, stops: frozenset[str]) -> LineFeatures:
    """Measure one line. Cached: the next cleaning round and a site's recurring lines
    measure the same lines again."""
    tokens: Sequence[str | bytes]
    if text.isascii():  # most lines: bytes tokens, and every token is a word
        tokens = ascii_words(text)
        stops_here: frozenset[str] | frozenset[bytes] = _ascii_stops(stops)
        n = len(tokens)
    else:
        tokens = WORD_RE.findall(text.lower())
        stops_here = stops
        n = word_count(text)
    digits = _DIGIT_RE.search(text) is not None
    cjk = n > len(tokens) * 2
    if cjk:
        # Scripts without spaces: the share of characters that are one-character
        # function words (的, 了, は, の ...), scaled to the range of word-based densities.
        chars = CJK_RE.findall(text)
        if chars:
            hits = sum(ch in _cjk_stops() for ch in chars)
            density = min(1.0, CJK_DENSITY_SCALE * hits / len(chars))
        else:
            # Thai, Lao, Khmer, Burmese: no function-word measure applies to unsegmented
            # text, so the density does not count against the line: length and shape decide.
            density = 1.0
    else:
        density = sum(map(stops_here.__contains__, tokens)) / len(tokens) if tokens else 0.0
    return LineFeatures(
        words=n,
        stop_density=density,
        sentence=ends_sentence(text),
        bullet=LIST_ITEM_RE.match(text) is not None,
        linkish=(len(_LINKISH_RE.findall(text)) if _may_be_linkish(text) else 0)
        + (0 if digits else text.count("|")),
        cjk=cjk,
        cells=(len(_CELL_RE.findall(text)) if "|" in text else 0) + 1,
        digits=digits,
        intro=text.endswith(":"),
        code=_looks_like_code(text),
    )


def classify(f: LineFeatures, cfg: dict[str, Any]) -> str:
    """The context-free class of one line: good, near, short or bad."""
    if f.words == 0:
        return BAD
    if f.linkish >= 2 and f.linkish * 4 >= f.words:
        return BAD
    if f.cells >= 3 and f.words <= 8 * f.cells:
        # A table row ("a | b | c") in an article, or a menu bar ("Home | News | Sport"):
        # rows with figures or several words a cell are judged by their neighbours.
        return SHORT if f.digits else BAD
    if f.words < cfg["short_words"]:
        return SHORT
    if f.intro and f.words < cfg["good_words"]:
        # A heading that opens a list ("Top weather stories of 2007:"): its context decides.
        return SHORT
    if f.bullet and f.words <= 2 * cfg["good_words"]:
        # A list item: part of the article when prose stands on both sides of the list.
        return SHORT
    if f.stop_density < cfg["stop_low"]:
        if (
            f.sentence
            and f.words >= cfg["good_words"]
            and f.stop_density >= cfg["stop_low"] * cfg["sentence_low_share"]
        ):
            return NEAR
        return BAD
    if f.words >= cfg["good_words"] and (f.sentence or f.words >= 2 * cfg["good_words"]):
        return GOOD if f.stop_density >= cfg["stop_high"] or f.sentence else NEAR
    if f.sentence or f.stop_density >= cfg["stop_high"]:
        return NEAR
    if f.cjk:
        # Scripts without spaces: bloggers often break lines with a space instead of a
        # full stop; function characters above stop_low are enough to be judged in context.
        return NEAR
    return BAD


def _nearest(classes: Sequence[str], wanted: tuple[str, ...], reverse: bool) -> list[int]:
    """For each line, the index of the nearest other line whose class is in ``wanted``.

    Looks backwards (or forwards with ``reverse``); -1 where there is none. One pass.
    """
    n = len(classes)
    out = [-1] * n
    last = -1
    order = range(n - 1, -1, -1) if reverse else range(n)
    for i in order:
        out[i] = last
        if classes[i] in wanted:
            last = i
    return out


def revise(classes: Sequence[str], intro: Sequence[bool] | None = None) -> list[str]:
    """Context pass: short and near lines take the class of their non-short neighbours.

    A ``near`` line is prose when a prose line is its nearest judged neighbour on either
    side; a ``short`` line (a subheading, a list item, a table row) when prose stands on
    both sides of it, or when the prose line before it introduces a list (ends with ":",
    marked in ``intro``). Linear in the number of lines.
    """
    judged = (GOOD, BAD)
    prev_j = _nearest(classes, judged, reverse=False)
    next_j = _nearest(classes, judged, reverse=True)
    out = list(classes)
    for i, c in enumerate(classes):
        if c == NEAR:
            p, q = prev_j[i], next_j[i]
            good = (p >= 0 and classes[p] == GOOD) or (q >= 0 and classes[q] == GOOD)
            out[i] = GOOD if good else BAD
    long_lines = (GOOD, BAD, NEAR)
    prev_l = _nearest(classes, long_lines, reverse=False)
    next_l = _nearest(classes, long_lines, reverse=True)
    introduced = _introduced(classes, intro)
    fixed = list(out)
    for i, c in enumerate(classes):
        if c == SHORT:
            p, q = prev_l[i], next_l[i]
            before = out[p] if p >= 0 else BAD
            after = out[q] if q >= 0 else BAD
            listed = introduced[i] and before == GOOD
            fixed[i] = GOOD if (before == GOOD and after == GOOD) or listed else BAD
    return fixed


def _introduced(classes: Sequence[str], intro: Sequence[bool] | None) -> list[bool]:
    """For each short line: True when it belongs to a list introduced by a line ending
    with ":", that is when such a line comes before it with only short lines between. The
    intro may itself be short ("Dare to Play 3:"); it then belongs to its list."""
    out = [False] * len(classes)
    if intro is None:
        return out
    open_list = False
    for i, c in enumerate(classes):
        if c == SHORT:
            # A short intro belongs to the list it opens.
            opens = intro[i] and i + 1 < len(classes) and classes[i + 1] == SHORT
            out[i] = open_list or opens
            open_list = open_list or intro[i]
        else:
            open_list = intro[i]
    return out


def main_run(weights: Sequence[float]) -> tuple[int, int]:
    """The contiguous run [start, end) with the largest total weight (Kadane's algorithm)."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = w, i
        else:
            total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _gap_words(
    doc: Document,
    line_cap: float,
    cap: float,
    skip: frozenset[str],
    skip_before_prose: frozenset[str] = frozenset(),
    prose: Sequence[bool] = (),
) -> list[float]:
    """For each kept block, the words of the lines earlier steps removed between it and the
    kept block before it (0 for the first): each line counts at most ``line_cap`` words and
    a gap at most ``cap``. How many lines were removed marks a boundary, not how long they
    were: one long disclaimer or prompt inside an article must not cut off its last
    paragraph, and a long run of widgets is no surer a boundary than a few. Lines removed
    as furniture that sits inside articles (their ``role`` in ``skip``: an advertisement
    label, a photo credit, a gallery) count nothing; lines of a family in
    ``skip_before_prose`` (a "Read also" teaser) count nothing when the kept block after
    them is prose (``prose``: one flag per kept block)."""
    out: list[float] = []
    gap = 0.0
    teasers = 0.0  # the words of the gap's lines of a skip_before_prose family
    seen_kept = False
    for b in doc.blocks:
        if b.kept:
            if teasers:
                if not (len(out) < len(prose) and prose[len(out)]):
                    gap = min(gap + teasers, cap)
                teasers = 0.0
            out.append(gap if seen_kept else 0.0)
            gap = 0.0
            seen_kept = True
        elif gap < cap:  # a full gap stays full whatever follows
            role = b.role
            if role in skip_before_prose:
                teasers = min(teasers + min(word_count(b.original), line_cap), cap)
            elif role not in skip:
                gap = min(gap + min(word_count(b.original), line_cap), cap)
    return out


def _main_run_across_gaps(
    weights: Sequence[float], gaps: Sequence[float], cfg: dict[str, Any]
) -> tuple[int, int]:
    """:func:`main_run` where the debris earlier steps removed between two kept lines still
    weighs against joining them (a post's "Posted ... by" line, a share bar): the removed
    words count ``gap_weight`` of a bad line's."""
    factor = float(cfg["gap_weight"]) * float(cfg["bad_weight"])
    if factor <= 0 or not any(gaps):
        return main_run(weights)
    merged: list[float] = []
    owner: list[int] = []  # index of the kept line of each entry; -1 for a gap
    for i, (w, g) in enumerate(zip(weights, gaps, strict=True)):
        if g:
            merged.append(-g * factor)
            owner.append(-1)
        merged.append(w)
        owner.append(i)
    start, end = main_run(merged)
    inside = [o for o in owner[start:end] if o >= 0]
    if not inside:
        return main_run(weights)
    return inside[0], inside[-1] + 1


def _weight(c0: str, c: str, f: LineFeatures, cfg: dict[str, Any]) -> float:
    if f.code and c != GOOD:
        return 0.0  # a code sample between two paragraphs of a technical article
    if c == GOOD:
        return float(f.words) if c0 == GOOD else f.words * float(cfg["near_weight"])
    if c0 == SHORT:
        return -float(cfg["short_penalty"])
    return -float(max(f.words, 1)) * float(cfg["bad_weight"])


def _list_fits(feats: Sequence[LineFeatures], cfg: dict[str, Any]) -> bool:
    """False when the page has prose-length lines but none reaches the stopword threshold:
    the list does not fit the page (a language without a list, or a wrong guess)."""
    long = [f for f in feats if f.words >= cfg["good_words"] and not f.cjk]
    return len(long) < 2 or any(f.stop_density >= cfg["stop_low"] for f in long)


def _without_the_list(feats: Sequence[LineFeatures], cfg: dict[str, Any]) -> list[LineFeatures]:
    """``feats`` for a page no stopword list measures: judged by length and sentence shape
    alone. Every line counts as holding some function words, not many: a sentence is prose
    by its shape, and a line of a few words without one (a teaser's headline, a tag line)
    is debris unless it sits between prose lines."""
    floor = float(cfg["stop_low"])
    return [f._replace(stop_density=max(f.stop_density, floor)) for f in feats]


def _long_sentence(f: LineFeatures, cfg: dict[str, Any]) -> bool:
    """Whether a line is a sentence of prose length (``good_words``) in a spaced script."""
    return f.sentence and not f.cjk and f.words >= cfg["good_words"]


def _has_long_sentence(feats: Sequence[LineFeatures], cfg: dict[str, Any]) -> bool:
    """Whether a line of ``feats`` is a :func:`_long_sentence`."""
    return any(_long_sentence(f, cfg) for f in feats)


def _calibrated(
    cfg: dict[str, Any], feats: Sequence[LineFeatures], usual: float | None = None
) -> dict[str, Any]:
    """The stopword thresholds scaled to the page's own prose, never up.

    Languages that glue function words to their neighbours (Turkish suffixes, Arabic
    prefixes) leave fewer free-standing stopwords in their prose than English does. The
    median density of the page's sentence-length lines, against ``prose_density`` (that of
    prose in the languages the thresholds were set on), scales ``stop_low`` and
    ``stop_high`` down when the page's prose is thinner. On a page with too few such lines
    to take a median of, ``usual`` (the language's usual density, :func:`usual_density`)
    stands in for it; on other pages it caps it: in such a language one paragraph's density
    varies a lot (a Hebrew paragraph may hold one free-standing function word, the next
    six), so a page whose median came out high still has paragraphs at the usual level.
    """
    dense = sorted(f.stop_density for f in feats if _long_sentence(f, cfg))
    if len(dense) >= cfg["calibration_lines"]:
        median = dense[len(dense) // 2]
        if usual is not None:
            median = min(median, usual)
    elif usual is not None:
        median = usual
    else:
        return cfg
    scale = min(1.0, median / cfg["prose_density"])
    if scale >= 1.0:
        return cfg
    return {**cfg, "stop_low": cfg["stop_low"] * scale, "stop_high": cfg["stop_high"] * scale}


def usual_density(language: str) -> float | None:
    """The usual stopword density of prose in ``language`` (``[prose_density]`` of the
    thresholds): None for a language not listed there, whose list fits its prose as the
    thresholds expect; 0.0 where stopwords do not measure its prose (its entry is 0, or it
    has no list of its own: the English one would call all its prose debris)."""
    if not has_stopwords(language):
        return 0.0
    value = thresholds()["prose_density"].get(language)
    return None if value is None else float(value)


def _promote_terse_sentences(
    classes: list[str], feats: Sequence[LineFeatures], cfg: dict[str, Any]
) -> list[str]:
    """On a page with no line of ordinary prose, its long sentences with few function
    words are the best prose it has (a one-sentence brief: "Apple shares rose 3% Tuesday
    after strong iPhone sales in China, Japan and Europe ..."): they count as prose instead
    of taking the class of the menus around them."""
    if GOOD in classes:
        return classes
    return [
        GOOD if c == NEAR and f.sentence and f.words >= cfg["good_words"] else c
        for c, f in zip(classes, feats, strict=True)
    ]


FRAGMENT_MAX_WORDS = 3
"""A line this short written in another script than the article is a language switcher or a
stray label ("عربي" in an English article)."""


_LATIN_SCRIPT = script_of("a")
_ASCII_LETTER_RE = regex.compile(r"[A-Za-z]")
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def _scripts(text: str) -> set[str]:
    """The scripts of the letters in ``text``."""
    if text.isascii():
        return {_LATIN_SCRIPT} if _ASCII_LETTER_RE.search(text) else set()
    return {script_of(ch) for ch in set(text) if ch.isalpha()}


def dominant_script(texts: Iterable[str], max_chars: int = 4000) -> str:
    """The script most letters of ``texts`` are written in (sampled)."""
    sample: list[str] = []
    seen = 0
    for t in texts:
        sample.append(t)
        seen += len(t)
        if seen >= max_chars:
            break
    joined = "".join(sample)
    ascii_part = joined.encode("ascii", "ignore")
    if len(ascii_part.translate(None, _ASCII_NON_LETTERS)) > len(joined) - len(ascii_part):
        return _LATIN_SCRIPT  # more ASCII letters than other characters, letters or not
    if len(ascii_part) == len(joined):
        return ""  # ASCII without a letter
    chars = Counter(joined)
    counts: Counter[str] = Counter()
    for ch, n in chars.items():
        if ch.isalpha():
            counts[script_of(ch)] += n
    return counts.most_common(1)[0][0] if counts else ""


def _remove_foreign_fragments(doc: Document) -> None:
    kept = doc.kept
    main = dominant_script(b.text for b in kept if is_paragraph(b.text, 8))
    if not main or _scripts("".join(b.text for b in kept)) <= {main}:
        return  # no letter on the page is of another script: no line can be foreign
    line_scripts = [_scripts(b.text) for b in kept]
    own = [i for i, b in enumerate(kept) if main in line_scripts[i] and is_paragraph(b.text, 8)]
    for i, (b, scripts) in enumerate(zip(kept, line_scripts, strict=True)):
        if not scripts or main in scripts:
            continue
        if word_count(b.text) <= FRAGMENT_MAX_WORDS:
            doc.remove(b, "fragment in another script than the article (language switcher)")
        elif own and not own[0] < i < own[-1]:
            # Outside the article's own paragraphs a whole line in another script is the
            # site's ("Our newsroom is committed to ..." under an article in Korean); a
            # quote between them stays.
            doc.remove(b, "line in another script than the article, outside its paragraphs")


def _remove_menu_run(doc: Document, run: list[Block], before: str, cfg: dict[str, Any]) -> None:
    """Remove a run of short list-like lines inside the article, unless it is the article's
    own list: introduced by a line ending with ":", numbered ("1. Finland", "2. Norway"),
    or the rows of a table of figures."""
    if len(run) < cfg["list_run"]:
        return
    if before.endswith(":") or all(NUMBERED_ITEM_RE.match(b.text) for b in run):
        return
    if all(" | " in b.text and _DIGIT_RE.search(b.text) for b in run):
        return  # rows of a table of figures ("5 | Hawaii | 72.8"), not a menu
    for b in run:
        doc.remove(b, f"run of {len(run)} short list-like lines (menu, tags, teasers)")


_FIELD_ROW_RE = regex.compile(r"^[^\W\d_][\w /&.'-]{0,30}:\s+\S")
CLOSING_TABLE_ROWS = 3
"""Rows of one "Label: value" table, each holding a figure, that follow the article's last
prose line directly and so close the article ("Local: metro@post.com or 202.334.7300")."""


def _closing_table(after: Sequence[Block]) -> int:
    """How many of the lines right after the article's run form such a closing table."""
    rows = 0
    for b in after:
        if not (_FIELD_ROW_RE.match(b.text) and _DIGIT_RE.search(b.text)):
            break
        rows += 1
    return rows if rows >= CLOSING_TABLE_ROWS else 0


def _judge(
    feats: Sequence[LineFeatures], cfg: dict[str, Any]
) -> tuple[list[str], list[str], list[float]]:
    """Each line's class on its own, its class in context, and its weight in the search for
    the article's run."""
    first = _promote_terse_sentences([classify(f, cfg) for f in feats], feats, cfg)
    final = revise(first, [f.intro for f in feats])
    weights = [_weight(c0, c, f, cfg) for c0, c, f in zip(first, final, feats, strict=True)]
    return first, final, weights


def _weigh_menu_runs(
    first: Sequence[str],
    weights: list[float],
    feats: Sequence[LineFeatures],
    texts: Sequence[str],
    cfg: dict[str, Any],
) -> None:
    """Weigh each line of a long run of menu-like lines (``menu_run_lines`` short lines or
    more in a row, none a sentence, a table row, a numbered item or code, the run not
    introduced by a line ending with ":") at ``-menu_run_penalty`` at most, whatever its
    neighbours. :func:`revise` reads short lines between two prose lines as prose (a
    subheading, a short list): a site's menu between a promotion's sentence at the top and
    the article was read so, and joined the two into one run."""
    least, cost = int(cfg["menu_run_lines"]), -float(cfg["menu_run_penalty"])
    if first.count(SHORT) < least:
        return  # most pages: too few short lines for such a run
    n = len(first)
    menu = [
        first[k] == SHORT
        and not (feats[k].sentence or feats[k].code or feats[k].cells > 1)
        and "\t" not in texts[k]
        and NUMBERED_ITEM_RE.match(texts[k]) is None
        for k in range(n)
    ]
    i = 0
    while i < n:
        if not menu[i]:
            i += 1
            continue
        j = i
        while j < n and menu[j]:
            j += 1
        if j - i >= least and not (i > 0 and feats[i - 1].intro):
            for k in range(i, j):
                weights[k] = min(weights[k], cost)
        i = j


class DensityStep(Step):
    """Finds the article's contiguous run of prose and removes what lies outside it.

    Options override ``[density]`` thresholds of ``rules/thresholds.toml`` (for example
    ``stop_low=0.2``); ``favor`` of the run chooses among their precision/balanced/recall
    values.
    """

    name = "density"
    defaults: ClassVar[dict[str, Any]] = {
        "short_words": None,
        "good_words": None,
        "stop_low": None,
        "stop_high": None,
        "sentence_low_share": None,
        "near_weight": None,
        "bad_weight": None,
        "short_penalty": None,
        "menu_run_lines": None,
        "menu_run_penalty": None,
        "list_words": None,
        "list_run": None,
        "inner_bad_density": None,
        "prose_density": None,
        "calibration_lines": None,
        "gap_weight": None,
        "gap_line_words": None,
        "gap_max_words": None,
        "gap_skip_families": None,
        "gap_skip_before_prose_families": None,
    }

    def config(self, favor: str) -> dict[str, Any]:
        """The thresholds in force for ``favor``, with this step's overrides."""
        cfg: dict[str, Any] = {}
        for key, value in thresholds()["density"].items():
            cfg[key] = by_favor(value, favor)
        cfg.update({k: v for k, v in self.options.items() if v is not None})
        return cfg

    def apply(self, doc: Document) -> None:
        """Classify the kept lines, find the article's run, remove what lies outside it."""
        _remove_foreign_fragments(doc)
        blocks = doc.kept
        if not blocks:
            return
        language = str(doc.meta.get("language") or "en")
        stops = stopwords(language)
        feats = [features(b.text, stops) for b in blocks]
        cfg = self.config(doc.favor)
        usual = usual_density(language)
        listless = usual == 0.0 or not _list_fits(feats, cfg)
        if listless:
            feats = _without_the_list(feats, cfg)
        else:
            cfg = _calibrated(cfg, feats, usual)
        first, final, weights = _judge(feats, cfg)
        if max(weights) <= 0 and not listless and _has_long_sentence(feats, cfg):
            # Not one line is prose by the list, yet the page has a sentence of prose
            # length: the list does not fit its one paragraph (a brief in a language read
            # as a neighbour's, Javanese as Indonesian), as it fails several on other pages.
            feats = _without_the_list(feats, cfg)
            first, final, weights = _judge(feats, cfg)
        weight = word_weight(language)
        if max(weights) <= 0 and weight > 1:
            # good_words counts English words. In a language whose words carry more
            # (Finnish, Malayalam), an article of short sentences may have no line that
            # long: counted in English words, its sentences are prose. Only then, since
            # the shorter bar would also let its teaser summaries into the article.
            cfg = {**cfg, "good_words": cfg["good_words"] / weight}
            first, final, weights = _judge(feats, cfg)
        _weigh_menu_runs(first, weights, feats, [b.text for b in blocks], cfg)
        for b, c0, c in zip(blocks, first, final, strict=True):
            b.role = f"{c0}>{c}"
        if max(weights) <= 0:
            for b in blocks:
                doc.remove(b, "no prose: reads like navigation or a list, not an article")
            return
        # The caps count English words: a removed line of a language whose words carry
        # more reaches them with fewer words.
        start, end = _main_run_across_gaps(
            weights,
            _gap_words(
                doc,
                float(cfg["gap_line_words"]) / weight,
                float(cfg["gap_max_words"]) / weight,
                frozenset(cfg["gap_skip_families"]),
                frozenset(cfg["gap_skip_before_prose_families"]),
                [c == GOOD for c in first],
            ),
            cfg,
        )
        end += _closing_table(blocks[end:])
        for b in blocks[:start]:
            doc.remove(b, "before the article's main run of prose (page head, navigation)")
        for b in blocks[end:]:
            doc.remove(b, "after the article's main run of prose (footer, teasers, comments)")
        self._inside(doc, blocks[start:end], first, final[start:end], feats[start:end], cfg)

    @staticmethod
    def _inside(
        doc: Document,
        blocks: list[Block],
        first: list[str],
        final: list[str],
        feats: list[LineFeatures],
        cfg: dict[str, Any],
    ) -> None:
        run: list[Block] = []
        before_run = ""
        for b, c, f in zip(blocks, final, feats, strict=True):
            listy = not f.sentence and f.words <= cfg["list_words"]
            if listy:
                run.append(b)
                continue
            _remove_menu_run(doc, run, before_run, cfg)
            run = []
            before_run = b.text
            if (
                c == BAD
                and f.words >= cfg["short_words"]
                and f.stop_density < cfg["inner_bad_density"]
            ):
                doc.remove(b, "not prose (few function words, no sentence shape)")
        _remove_menu_run(doc, run, before_run, cfg)

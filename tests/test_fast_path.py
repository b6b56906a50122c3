"""The fast path gives the straightforward path's output (issue: speed without drift).

Reference path: ftfy on every text, and plain langdetect (the library itself, seeded) on
the whole prose of every document. Fast path (the default): ftfy only where a cheap scan
finds something to repair, and langdetect's profiles scored in one pass over a bounded
sample (:mod:`cleaner.langid`).
"""

from __future__ import annotations

import unicodedata
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

from ftfy.badness import BADNESS_RE, is_bad
from hypothesis import given, settings
from hypothesis import strategies as st
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

import cleaner
from cleaner.code_pages import undo_code_page_mojibake
from cleaner.document import Document
from cleaner.steps import NormalizeStep
from cleaner.steps.language import UNDETERMINED, language_sample

from .conftest import SAMPLES


@cache
def _langdetect_factory() -> DetectorFactory:
    factory = DetectorFactory()
    profiles = sorted(Path(PROFILES_DIRECTORY).iterdir())
    factory.load_json_profile([p.read_text(encoding="utf-8") for p in profiles])
    factory.seed = 0
    return factory


def plain_langdetect(text: str) -> str:
    """langdetect itself on the whole text (same "too little text" rule as the step)."""
    if sum(ch.isalpha() for ch in text[:2000]) < 20:
        return UNDETERMINED
    detector = _langdetect_factory().create()
    detector.append(text)
    try:
        code: str = detector.detect()
    except LangDetectException:
        return UNDETERMINED
    return code.split("-")[0] if code != "unknown" else UNDETERMINED


def language(doc: Document) -> None:
    """Reference language step: plain langdetect on all prose-like lines."""
    doc.meta["language"] = plain_langdetect(language_sample([b.text for b in doc.kept], 10**9))


REFERENCE = (
    cleaner.default_pipeline()
    .replace("normalize", NormalizeStep(always_repair=True))
    .replace("language", language)
)


def _both(path: str) -> tuple[str, str, str, str, int]:
    text = Path(path).read_text("utf-8")
    fast = cleaner.clean_document(text)
    ref = REFERENCE.run(text)
    return fast.body, ref.body, fast.language, ref.language, len(text)


def _compare(paths: list[Path]) -> None:
    with ProcessPoolExecutor(2) as pool:
        rows = list(pool.map(_both, map(str, paths), chunksize=8))
    same_lang = [r for r in rows if r[2] == r[3]]
    differing = [p for p, r in zip(paths, rows, strict=True) if r[2] == r[3] and r[0] != r[1]]
    assert not differing, f"fast and reference bodies differ: {differing[:5]}"
    long_docs = [r for r in rows if r[4] >= 200]
    agree = sum(r[2] == r[3] for r in long_docs) / len(long_docs)
    assert agree >= 0.99, f"language agreement {agree:.3f}"
    assert same_lang


def test_fast_path_matches_reference_on_samples() -> None:
    _compare(sorted((SAMPLES / "input").glob("*.txt")))


def test_fast_path_matches_reference_on_bench(bench_dir: Path) -> None:
    pages = sorted(
        p for p in (bench_dir / "full").glob("*.txt") if not p.name.endswith(".gold.txt")
    )
    _compare(pages)


def test_repair_is_skipped_only_when_it_changes_nothing() -> None:
    from cleaner.steps.normalize import needs_repair, normalize_text

    for text in ["plain ascii & more", "Q & A", "café", "naïve — “quoted”", "AT&T", "x\u00a0y"]:
        assert normalize_text(text) == normalize_text(text, always_repair=True)
    assert needs_repair("caf\u00c3\u00a9") and needs_repair("&amp;") and needs_repair("a\r\nb")
    assert not needs_repair("Q & A, plain text.")


_BADNESS_CHARS = sorted({ch for ch in BADNESS_RE.pattern if not ch.isascii()})


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(_BADNESS_CHARS + list("aZ \n.-'Ø9é")) | st.characters(),
        max_size=40,
    )
)
def test_badness_scan_on_shrunk_ascii_runs_agrees_with_ftfy(text: str) -> None:
    from cleaner.steps.normalize import looks_bad

    assert looks_bad(text) == is_bad(text)


def test_badness_scan_finds_mojibake_between_long_ascii_runs() -> None:
    from cleaner.steps.normalize import looks_bad

    assert looks_bad("plain text " * 50 + "cafÃ© " + "more text " * 50)
    assert not looks_bad("plain text " * 50 + "café " + "more text " * 50)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list(" \t\r\n\x0b\x0c\x1c\x1fab.\u00a0\u200b")), max_size=30)
)
def test_whitespace_fast_path_agrees_with_the_patterns(text: str) -> None:
    from cleaner.steps.normalize import _SPACES_RE, _ZERO_WIDTH_RE, tidy_whitespace

    assert tidy_whitespace(text) == _SPACES_RE.sub(" ", _ZERO_WIDTH_RE.sub("", text))


_LINE_CHARS = [*"aZ_9 .!?。\"”’')]»:;,-\t\x1c\u00a0\u3000…é」：", "ß", "中", "\u0301"]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(_LINE_CHARS) | st.characters(), max_size=24))
def test_line_measures_agree_with_their_patterns(text: str) -> None:
    """Word counts, folds and line-end tests take shortcuts (bytes on ASCII lines, stripping
    the line's end instead of searching it); the patterns define what they must return."""
    from cleaner import text as t

    words = t.WORD_RE.findall(text.lower())
    assert t.words(text) == words
    if text.isascii():
        assert t.word_count(text) == len(words)
        assert [w.decode() for w in t.ascii_words(text)] == words
    assert t.fold(text) == t.FOLD_RE.sub(" ", text.lower()).strip()
    assert t.ends_sentence(text) == (t.SENTENCE_END_RE.search(text) is not None)
    assert t.ends_clause(text) == (t.TERMINAL_RE.search(text) is not None)


def test_a_sentence_closed_by_a_cjk_quote_ends_a_sentence() -> None:
    """「……。」 is a quoted sentence in Japanese, as "...." is in English."""
    from cleaner.text import ends_clause, ends_sentence

    assert ends_sentence("「新しい路線は来年の春から運行を始める予定だ。」")
    assert ends_sentence("『夜間も運行する！』") and ends_sentence("（以上。）")
    assert ends_clause("記者の質問：") and not ends_sentence("記者の質問：")


def test_character_sets_are_their_classes() -> None:
    """The scans test a text's distinct characters against sets built from the patterns'
    classes; each set must hold exactly what its class matches."""
    import re

    from cleaner.steps import normalize as n

    for char_class, chars in [
        (n._SUSPECT_CLASS, n._SUSPECT_CHARS),
        (n._LEAD_CLASS, n._LEAD_CHARS),
        (n._FOLLOW_CLASS, n._FOLLOW_CHARS),
        (n._ZERO_WIDTH_CLASS, n._ZERO_WIDTH_CHARS),
        (r"^\S\n ", n._ODD_SPACES),
    ]:
        pattern = re.compile(f"[{char_class}]")
        assert chars == {chr(c) for c in range(0x110000) if pattern.match(chr(c))}
        # Only the text's rare characters are collected: none of these may be common.
        assert not any(" " <= ch <= "~" or ch == "\n" for ch in chars)


_SCAN_CHARS = [
    *"aé&;<>Ã©â€™\u00a0\u2028\x85\x9d\ufffd\ufb01 \t\n\r\x0b\x1c\u200b",
    *["&amp;", "&#233;", "e\u0301", "  ", "a  b", "x\x00"],
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_CHARS) | st.characters(), max_size=12).map("".join))
def test_repair_scan_agrees_with_its_patterns(text: str) -> None:
    import re

    from cleaner.steps import normalize as n

    # One scan of the text for what ftfy acts on: controls, entities, mojibake pairs.
    suspect = re.compile(
        f"[{n._SUSPECT_CLASS}]|{n.ENTITY_RE.pattern}|[{n._LEAD_CLASS}][{n._FOLLOW_CLASS}]"
    )
    reference = suspect.search(text) is not None or (
        not text.isascii() and (n.looks_bad(text) or not unicodedata.is_normalized("NFC", text))
    )
    assert n.needs_repair(text) == reference
    # Both paths first read lines that are UTF-8 seen through a legacy code page again
    # (cleaner.code_pages), which ftfy does not do; then ftfy repairs what is left.
    reread = undo_code_page_mojibake(text, n.rare_chars(text))
    if reread is not text:
        reread = unicodedata.normalize("NFC", reread)
    expected = n.tidy_whitespace(n.repair(reread))
    if not n._ZERO_WIDTH_CHARS.isdisjoint(text) or (
        not n._ODD_SPACES.isdisjoint(text) and n.needs_repair(text)
    ):
        # A zero-width character or soft hyphen dropped, or odd whitespace folded in a text
        # that needed repair: repaired again (see normalize_text)
        expected = n.tidy_whitespace(n.repair(expected))
    assert n.normalize_text(text) == expected


_SCRIPT_PIECES = [*"aZ1 .é", "Жж", "日本", "ΑΩ", "ª"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SCRIPT_PIECES) | st.characters()).map("".join))
def test_dominant_script_shortcut_agrees_with_counting_every_letter(text: str) -> None:
    """dominant_script answers Latin at once when ASCII letters outnumber the other
    characters; counting every letter's script must give the same answer."""
    from collections import Counter

    from cleaner.steps.density import dominant_script
    from cleaner.text import script_of

    counts = Counter(script_of(ch) for ch in text if ch.isalpha())
    expected = max(counts, key=lambda s: (counts[s], -list(counts).index(s))) if counts else ""
    assert dominant_script([text], max_chars=10**6) == expected

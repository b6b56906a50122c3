"""The fast path gives the straightforward path's output (issue: speed without drift).

Reference path: ftfy on every text and langdetect on the whole prose of every document.
Fast path (the default): ftfy only where a cheap scan finds something to repair, and
langdetect on a bounded sample.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cleaner
from cleaner.steps import LanguageStep, NormalizeStep

from .conftest import SAMPLES

REFERENCE = (
    cleaner.default_pipeline()
    .replace("normalize", NormalizeStep(always_repair=True))
    .replace("language", LanguageStep(max_chars=10**9))
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

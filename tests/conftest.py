"""Shared fixtures: where the samples and the shared benchmark are."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import settings

from cleaner.text import WORD_RE

# Property tests explore new random inputs on every local run; on CI (CI set) they replay
# one fixed sequence, so a run's verdict does not depend on luck.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
BENCH = ROOT.parent / "shared" / "bench"


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    """../shared/bench, or skip with a clear message where it is absent."""
    if not (BENCH / "full").is_dir():
        pytest.skip(f"benchmark not found at {BENCH} (it lives in ../shared/bench beside the repo)")
    return BENCH


def visible_chars(text: str) -> int:
    """Characters other than whitespace. The body separates paragraphs by a blank line even
    where the input had a single line break, so "never longer" counts visible text."""
    return sum(not ch.isspace() for ch in text)


def word_bag(text: str) -> Counter[str]:
    """The word tokens of ``text`` with their counts (for "never invents text")."""
    return Counter(WORD_RE.findall(text))

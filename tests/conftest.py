"""Shared fixtures: where the samples and the shared benchmark are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
BENCH = ROOT.parent / "shared" / "bench"


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    """../shared/bench, or skip with a clear message where it is absent."""
    if not (BENCH / "full").is_dir():
        pytest.skip(f"benchmark not found at {BENCH} (it lives in ../shared/bench beside the repo)")
    return BENCH

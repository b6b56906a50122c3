"""Throughput of cleaner.clean against ftfy.fix_text alone, in one process, in one run.

Usage: python benchmarks/throughput.py [--bench DIR] [--limit N] [--steps] [--warm]
Reads ../shared/bench/full/*.txt (or samples/input where the bench is absent) and prints
docs/s, MB/s and peak traced memory for ftfy alone and for the default pipeline, their
ratio, and the time for 1x and 10x input sizes (long single lines and many short lines).
With --steps it prints instead each step's share of the pipeline's time (a run of its own,
so that no earlier pass has warmed the per-line caches). With --warm it prints instead the
throughput of a second cleaning of each text right after the first, when every per-line
answer is cached: what the pipeline's own per-line bookkeeping costs, a bound on what
caching alone can reach.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import ftfy

import cleaner

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "full"


def load(folder: Path, limit: int | None) -> list[str]:
    """The input texts of the benchmark (gold files excluded); the samples, with a notice,
    where ``folder`` holds none."""
    files = sorted(p for p in folder.glob("*.txt") if not p.name.endswith(".gold.txt"))
    if not files:
        print(f"no texts in {folder}: timing samples/input instead")
        files = sorted((ROOT / "samples" / "input").glob("*.txt"))
    else:
        print(f"texts: {folder}")
    return [p.read_text("utf-8") for p in files[:limit]]


def peak_memory(func: Callable[[str], object], texts: list[str]) -> int:
    """Peak traced bytes while ``func`` runs over ``texts``.

    Measured in a pass of its own: tracing slows Python down and would distort the timing.
    """
    tracemalloc.start()
    for t in texts:
        func(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def timed(func: Callable[[str], object], text: str) -> float:
    """Seconds for one call."""
    start = time.perf_counter()
    func(text)
    return time.perf_counter() - start


def print_step_shares(texts: list[str]) -> None:
    """Each step's share of the default pipeline's time (every cleaning round counted),
    measured in a pass of its own: where the time goes, without a profiler's distortion."""
    spent: dict[str, float] = {}

    def timed_step(
        step: Callable[[cleaner.Document], cleaner.Document | None],
    ) -> cleaner.FunctionStep:
        name = str(getattr(step, "name", "step"))

        def run(doc: cleaner.Document) -> cleaner.Document | None:
            start = time.perf_counter()
            out = step(doc)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
            return out

        return cleaner.FunctionStep(run, name)

    pipe = cleaner.Pipeline(timed_step(s) for s in cleaner.default_pipeline())
    start = time.perf_counter()
    for t in texts:
        pipe.run(t)
    total = time.perf_counter() - start
    shares = ", ".join(
        f"{name} {secs / total:.0%}" for name, secs in sorted(spent.items(), key=lambda kv: -kv[1])
    )
    rest = 1 - sum(spent.values()) / total
    print(f"time by step: {shares}; the rest (splitting, rendering) {rest:.0%}")


def print_warm(texts: list[str], mb: float) -> None:
    """Throughput of cleaning each text a second time, right after the first (every
    per-line answer then cached), against ftfy's on the same texts, timed alternately."""
    ftfy_secs = warm_secs = 0.0
    for t in texts:
        cleaner.clean(t)
        warm_secs += timed(cleaner.clean, t)
        ftfy_secs += timed(ftfy.fix_text, t)
    print(
        f"cleaner.clean, caches warm: {mb / warm_secs:.2f} MB/s; "
        f"ftfy.fix_text {mb / ftfy_secs:.2f} MB/s; ratio {ftfy_secs / warm_secs:.2f}x"
    )


LINEAR_RUNS = 3
"""Runs of the 1x and of the 10x text in the linear-cost check; the best of each counts."""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--memory-docs", type=int, default=100, help="docs traced for peak memory")
    ap.add_argument("--steps", action="store_true", help="print each step's share of the time")
    ap.add_argument("--warm", action="store_true", help="time a second cleaning of each text")
    args = ap.parse_args()
    texts = load(args.bench, args.limit)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    # Rules, profiles and stopwords are loaded once per process; outside the timing.
    started = time.perf_counter()
    cleaner.preload()
    cleaner.clean(texts[0])
    print(
        f"loading every language's tables (once per process): {time.perf_counter() - started:.2f}s"
    )
    if args.steps:  # a run of its own, so that no earlier pass has warmed the line caches
        print_step_shares(texts)
        return 0
    if args.warm:
        print_warm(texts, mb)
        return 0

    # Interleaved per text, in one pass: the machine's speed drifts (other tenants), and
    # both sides then meet the same drift. One pass only: a second would find cleaner's
    # per-line caches warm.
    secs = {"ftfy.fix_text": 0.0, "cleaner.clean": 0.0}
    funcs: dict[str, Callable[[str], object]] = {
        "ftfy.fix_text": ftfy.fix_text,
        "cleaner.clean": cleaner.clean,
    }
    for t in texts:
        for name, func in funcs.items():
            secs[name] += timed(func, t)
    rows = []
    for name, func in funcs.items():
        peak = peak_memory(func, texts[: args.memory_docs])
        rows.append((name, secs[name], peak))
        print(
            f"{name:15} {len(texts) / secs[name]:8.1f} docs/s {mb / secs[name]:6.2f} MB/s "
            f"peak {peak / 1e6:6.1f} MB  ({len(texts)} docs, {mb:.1f} MB, {secs[name]:.1f}s)"
        )
    ratio = rows[0][1] / rows[1][1]
    print(f"cleaner throughput / ftfy throughput = {ratio:.2f}x")

    sample = max(texts, key=len)
    long_line = sample.replace("\n", " ")
    short_lines = "\n".join(w for w in sample.split() if w)
    for label, text in (("long single line", long_line), ("many short lines", short_lines)):
        # The best of as many runs on each side: a later run finds the per-line caches warm.
        t1 = min(timed(cleaner.clean, text) for _ in range(LINEAR_RUNS))
        t10 = min(timed(cleaner.clean, "\n".join([text] * 10)) for _ in range(LINEAR_RUNS))
        print(f"{label:17} 1x {t1 * 1000:8.1f} ms  10x {t10 * 1000:8.1f} ms  ratio {t10 / t1:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

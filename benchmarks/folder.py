"""Folder benchmark: files/s and peak memory of `cleaner clean` for 1 and 2 workers.

Usage: python benchmarks/folder.py [--files 10000] [--bench DIR] [--keep DIR]
Generates a folder of N files (copies of ../shared/bench/full pages, or of samples/input
where the bench is absent, cycling), then runs the command once per worker count in a fresh
process and reports files/s, the speed-up, and peak resident memory: of the main process,
of the largest worker, and their sum bound (main + workers x largest worker).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "full"

CHILD = """
import json, resource, sys, time
import cleaner
src, out, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
t = time.perf_counter()
report = cleaner.clean_folder(src, out, workers=workers)
elapsed = time.perf_counter() - t
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"files": report.files, "failed": report.failed, "elapsed": elapsed,
                  "main_kb": own, "worker_kb": kids}))
"""


def make_folder(dest: Path, n: int, bench: Path) -> int:
    """Write ``n`` files into ``dest`` (in subfolders of 1,000); returns total bytes."""
    sources = sorted(p for p in bench.glob("*.txt") if not p.name.endswith(".gold.txt"))
    if not sources:
        sources = sorted((ROOT / "samples" / "input").glob("*.txt"))
    texts = [p.read_bytes() for p in sources]
    total = 0
    for i in range(n):
        folder = dest / f"part{i // 1000:03}"
        folder.mkdir(parents=True, exist_ok=True)
        data = texts[i % len(texts)]
        (folder / f"page{i:06}.txt").write_bytes(data)
        total += len(data)
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        size = make_folder(src, args.files, args.bench)
        print(f"{args.files} files, {size / 1e6:.1f} MB")
        rates = {}
        for workers in (1, 2):
            out = Path(tmp) / f"out{workers}"
            started = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-c", CHILD, str(src), str(out), str(workers)],
                capture_output=True,
                text=True,
                check=True,
            )
            wall = time.perf_counter() - started
            r = json.loads(proc.stdout)
            rates[workers] = r["files"] / r["elapsed"]
            main_mb, worker_mb = r["main_kb"] / 1024, r["worker_kb"] / 1024
            bound = main_mb + (workers * worker_mb if workers > 1 else 0)
            print(
                f"workers={workers}: {rates[workers]:7.1f} files/s ({r['elapsed']:.1f}s, "
                f"{wall:.1f}s with start-up), failed={r['failed']}, peak RSS main "
                f"{main_mb:.0f} MB, largest worker {worker_mb:.0f} MB, whole run <= {bound:.0f} MB"
            )
        print(f"speed-up 2 workers / 1 worker: {rates[2] / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

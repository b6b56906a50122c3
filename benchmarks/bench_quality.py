"""Score cleaner on ../shared/bench (both tiers), per source, for each favor setting.

Usage: python benchmarks/bench_quality.py [--bench DIR] [--favor balanced] [--tier full]
       [--worst N] [--jobs N]
Prints the Markdown table of macro/micro precision, recall and F1 per source, how many
of the L3S-GN1 pages' titles are a line of their gold body (its annotators marked the
headline as part of it, so a title found there is most likely the headline), and how many
of the pages whose URL holds a date (manifest.tsv, "/2012/10/29/") are dated that day.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cleaner
from cleaner.evaluate import score_pairs

DEFAULT_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


TITLED_SOURCE = "l3sgn1"
"""The source whose gold bodies hold the headline (labelled by its annotators)."""
URL_DATE_RE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:/|\b)")
"""A date in a page's URL path ("/2012/10/29/"): the day the page was published."""

Result = tuple[str, str, str, str | None, str | None]
"""(name, predicted body, gold body, title, date) of one page."""


def _clean_one(args: tuple[str, str, str]) -> Result:
    path, gold, favor = args
    text = Path(path).read_text(encoding="utf-8")
    result = cleaner.clean_document(text, favor=favor)  # type: ignore[arg-type]
    name = Path(path).name[: -len(".txt")]
    return name, result.body, Path(gold).read_text(encoding="utf-8"), result.title, result.date


def date_agreement(results: list[Result], manifest: Path) -> tuple[int, int, int]:
    """(dated the URL's day, dated another day, undated) over the pages whose URL in
    ``manifest`` holds a date."""
    urls: dict[str, str] = {}
    if manifest.is_file():
        with manifest.open(encoding="utf-8", newline="") as f:
            urls = {row["name"]: row.get("url") or "" for row in csv.DictReader(f, delimiter="\t")}
    same = other = none = 0
    for name, _, _, _, date in results:
        m = URL_DATE_RE.search(urls.get(name, ""))
        if not m:
            continue
        want = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        if date is None:
            none += 1
        elif date == want:
            same += 1
        else:
            other += 1
    return same, other, none


def title_agreement(results: list[Result]) -> tuple[int, int]:
    """(titles that are a line of the gold body, pages) over the L3S-GN1 pages."""
    from cleaner.text import fold

    pages = [r for r in results if r[0].startswith(TITLED_SOURCE)]
    hits = sum(
        1
        for _, _, gold, title, _ in pages
        if title and fold(title) in {fold(line) for line in gold.splitlines() if line.strip()}
    )
    return hits, len(pages)


def run(bench: Path, tier: str, favor: str, jobs: int) -> list[Result]:
    """(name, predicted body, gold body, title, date) for every page of one tier."""
    folder = bench / tier
    tasks = [
        (str(p), str(p.with_name(p.name[:-4] + ".gold.txt")), favor)
        for p in sorted(folder.glob("*.txt"))
        if not p.name.endswith(".gold.txt")
    ]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(_clean_one, tasks, chunksize=8))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--tier", choices=["full", "near", "both"], default="both")
    ap.add_argument("--favor", choices=list(cleaner.FAVORS), default="balanced")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if not args.bench.is_dir():
        print(f"no benchmark folder at {args.bench}", file=sys.stderr)
        return 2
    tiers = ["full", "near"] if args.tier == "both" else [args.tier]
    for tier in tiers:
        results = run(args.bench, tier, args.favor, args.jobs)
        scores = score_pairs([(name, body, gold) for name, body, gold, _, _ in results])
        print(f"\n### tier {tier}, favor={args.favor}\n")
        print(scores.table())
        hits, pages = title_agreement(results)
        if pages:
            print(
                f"\ntitles of {TITLED_SOURCE} pages that are a line of the gold: {hits} of {pages}"
            )
        same, other, none = date_agreement(results, args.bench / "manifest.tsv")
        if same + other + none:
            print(
                f"dates of the {same + other + none} pages whose URL holds one: {same} that day, "
                f"{other} another, {none} undated"
            )
        if args.worst:
            for p in sorted(scores.pages, key=lambda p: p.f1)[: args.worst]:
                print(f"{p.f1:.3f} P={p.precision:.2f} R={p.recall:.2f} {p.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The ``cleaner`` command: ``cleaner clean`` and ``cleaner evaluate``.

Exit status: 0 when every file was cleaned or skipped for a stated reason, 1 when any
failed, 2 for usage errors (bad arguments, missing inputs, an output folder inside an input).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import FAVORS, __version__, clean_document
from .decode import BinaryDataError, decode_bytes
from .evaluate import evaluate


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="cleaner", description="Turn scraped news text into clean article bodies."
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    c = sub.add_parser("clean", help="clean files, folders or standard input")
    c.add_argument("sources", nargs="+", metavar="SRC", help="files or folders; - for stdin")
    c.add_argument("-o", "--output", metavar="OUT", help="output folder (or file for jsonl)")
    c.add_argument(
        "--favor",
        choices=FAVORS,
        default="balanced",
        help="precision drops more debris, recall keeps more text (default: balanced)",
    )
    c.add_argument(
        "--format",
        choices=["txt", "jsonl"],
        default="txt",
        help="txt: one body file per input; jsonl: one JSON line per input with title, "
        "date, language and what was removed (default: txt)",
    )
    c.add_argument("--workers", type=int, default=None, help="processes (default: cores)")
    c.add_argument("--glob", default=None, help="only files whose name matches PATTERN")
    c.add_argument("--force", action="store_true", help="redo files whose output is newer")
    c.add_argument("--report", metavar="FILE", help="write a JSON report of the run")
    c.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    c.add_argument("--learn", action="store_true", help="corpus mode: learn recurring lines")
    c.add_argument("--max-bytes", type=int, default=None, help="skip files larger than this")
    c.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local: a process pool on this machine; dask: a Dask cluster (default: local)",
    )
    c.add_argument("--scheduler", default=None, help="dask scheduler address")

    e = sub.add_parser("evaluate", help="score predicted bodies against gold bodies")
    e.add_argument("pred_dir", metavar="PRED_DIR")
    e.add_argument("gold_dir", metavar="GOLD_DIR")
    e.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return ap


def _read_stdin() -> str:
    """Standard input as text: its bytes decoded as files are (BOM, UTF-8, else the most
    plausible encoding), not by the terminal's locale; already decoded text as it is."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return sys.stdin.read()
    text, _ = decode_bytes(buffer.read())
    return text


def _clean_stdin(args: argparse.Namespace) -> int:
    try:
        text = _read_stdin()
    except BinaryDataError as exc:
        print(f"cleaner clean: standard input is not text ({exc})", file=sys.stderr)
        return 1
    result = clean_document(text, favor=args.favor)
    if args.format == "jsonl":
        sys.stdout.write(json.dumps({"path": "-", **result.to_dict()}, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(result.body + ("\n" if result.body else ""))
        if not result.is_article and not args.quiet:
            # An empty body says nothing by itself: say why there is no article.
            print(f"cleaner clean: no article ({result.no_article_reason})", file=sys.stderr)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    try:
        scores = evaluate(args.pred_dir, args.gold_dir)
    except (FileNotFoundError, ValueError) as exc:
        print(f"cleaner evaluate: {exc}", file=sys.stderr)
        return 2
    if args.json:
        out = {
            "macro": dict(zip(("precision", "recall", "f1"), scores.macro, strict=True)),
            "micro": dict(zip(("precision", "recall", "f1"), scores.micro, strict=True)),
            "sources": {
                src: {"pages": len(s.pages), "macro_f1": s.macro[2], "micro_f1": s.micro[2]}
                for src, s in scores.by_source().items()
            },
        }
        print(json.dumps(out, indent=2))
    else:
        print(scores.table())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "evaluate":
        return _evaluate(args)
    if args.sources == ["-"]:
        return _clean_stdin(args)
    if "-" in args.sources:
        print("cleaner clean: - (standard input) cannot be mixed with paths", file=sys.stderr)
        return 2
    if not args.output:
        print("cleaner clean: -o OUT is required when cleaning files", file=sys.stderr)
        return 2
    from .batch import run_cli

    return run_cli(args)

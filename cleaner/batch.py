"""Cleaning folders: discover files, decode them, clean in worker processes, write safely.

Guarantees, each tested in ``tests/test_batch.py``:

- inputs are never modified; an output folder equal to or inside an input folder is refused;
- each output is written to a temporary file and renamed into place, so an interrupted run
  leaves no partial file; a second run skips files whose output is newer than the input
  (``force=True`` redoes them), so a killed run resumes where it stopped;
- binary, empty, oversized and unreadable files are skipped or failed with a reason, and a
  worker that crashes fails only its file;
- memory stays flat: files are streamed through a bounded window of in-flight tasks.
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .decode import BinaryDataError, decode_bytes
from .document import Favor, Result
from .pipeline import Pipeline

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Files larger than this are skipped (configurable with ``max_bytes`` / ``--max-bytes``)."""
IN_PROCESS_BELOW = 16
"""With fewer files than this, cleaning runs in the calling process (no pool start-up)."""
TMP_PREFIX = ".cleaner-tmp-"


Runner = Callable[[list["Task"]], Iterable["FileOutcome"]]
"""Runs tasks somewhere (a process pool, a cluster) and yields their outcomes."""


class BatchError(ValueError):
    """A batch run cannot start (bad sources, output inside an input, ...)."""


@dataclass(frozen=True)
class Task:
    """One file to clean: where it is, where its output goes, and how to clean it."""

    path: str
    rel: str
    out: str | None
    favor: Favor
    max_bytes: int
    keep_result: bool
    common_lines: frozenset[str] | None = None


@dataclass
class FileOutcome:
    """What happened to one file: cleaned, no_article, skipped or failed, and why."""

    path: str
    status: str
    reason: str | None = None
    bytes_in: int = 0
    bytes_out: int = 0
    removal_reasons: dict[str, int] = field(default_factory=dict)
    result: Result | None = None


@dataclass
class Report:
    """Counts of a batch run, and every skipped or failed file with its reason."""

    cleaned: int = 0
    no_article: int = 0
    skipped: int = 0
    failed: int = 0
    up_to_date: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    elapsed: float = 0.0
    problems: list[dict[str, str]] = field(default_factory=list)
    removal_reasons: Counter[str] = field(default_factory=Counter)

    @property
    def files(self) -> int:
        """Files looked at."""
        return self.cleaned + self.no_article + self.skipped + self.failed + self.up_to_date

    @property
    def exit_status(self) -> int:
        """0 when nothing failed, 1 otherwise."""
        return 1 if self.failed else 0

    def add(self, outcome: FileOutcome) -> None:
        """Count one file's outcome."""
        if outcome.status == "up_to_date":
            self.up_to_date += 1
            return
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        self.bytes_in += outcome.bytes_in
        self.bytes_out += outcome.bytes_out
        self.removal_reasons.update(outcome.removal_reasons)
        if outcome.status in ("skipped", "failed"):
            self.problems.append(
                {"path": outcome.path, "status": outcome.status, "reason": outcome.reason or ""}
            )

    def summary(self) -> str:
        """The one-line summary printed at the end of a run."""
        rate = self.files / self.elapsed if self.elapsed > 0 else 0.0
        reasons = Counter(p["reason"] for p in self.problems if p["status"] == "skipped")
        skipped = ", ".join(f"{n} {r}" for r, n in reasons.most_common(3))
        return (
            f"{self.cleaned} cleaned, {self.no_article} no article, {self.skipped} skipped"
            + (f" ({skipped})" if skipped else "")
            + f", {self.failed} failed, {self.up_to_date} up to date; "
            f"{self.bytes_in:,} bytes in, {self.bytes_out:,} out; "
            f"{self.elapsed:.1f}s, {rate:.1f} files/s"
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON report written by ``--report``."""
        return {
            "cleaned": self.cleaned,
            "no_article": self.no_article,
            "skipped": self.skipped,
            "failed": self.failed,
            "up_to_date": self.up_to_date,
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "elapsed_seconds": round(self.elapsed, 3),
            "problems": self.problems,
            "removal_reasons": dict(self.removal_reasons.most_common()),
        }


# ----------------------------------------------------------------------------- discovery


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def discover(
    sources: Iterable[str | Path], *, out: str | Path | None = None, glob: str | None = None
) -> Iterator[tuple[Path, str]]:
    """Yield (file, path relative to its source) for every candidate file, in sorted order.

    Folders are walked recursively without following links out of the source; hidden files
    and folders and the output folder are skipped; ``glob`` matches the file name (or the
    relative path, when it contains a ``/``).
    """
    out_resolved = Path(out).resolve() if out else None
    for src in sources:
        root = Path(src)
        if root.is_file():
            if glob is None or fnmatch.fnmatch(root.name, glob):
                yield root, root.name
            continue
        if not root.is_dir():
            raise BatchError(f"no such file or folder: {root}")
        root_resolved = root.resolve()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            here = Path(dirpath)
            dirnames[:] = sorted(
                d
                for d in dirnames
                if not d.startswith(".")
                and (out_resolved is None or (here / d).resolve() != out_resolved)
            )
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                path = here / name
                rel = path.relative_to(root).as_posix()
                if glob is not None and not fnmatch.fnmatch(rel if "/" in glob else name, glob):
                    continue
                if path.is_symlink():
                    target = path.resolve()
                    if not _is_within(target, root_resolved) or not target.is_file():
                        continue
                elif not path.is_file():
                    continue
                yield path, rel


def check_output(sources: Iterable[str | Path], out: str | Path) -> None:
    """Refuse an output folder that is an input, lies inside one, or is an existing file."""
    out_path = Path(out).resolve()
    for src in sources:
        s = Path(src).resolve()
        if s.is_dir() and _is_within(out_path, s):
            raise BatchError(
                f"output folder {out} is inside the input folder {src}: choose a folder outside it"
            )
        if s.is_file() and s == out_path:
            raise BatchError(f"output {out} is the input file itself")
    if out_path.exists() and not out_path.is_dir():
        raise BatchError(f"output {out} exists and is not a folder")


# ----------------------------------------------------------------------------- one file


def atomic_write(path: Path, text: str) -> int:
    """Write ``text`` to ``path`` through a temporary file and a rename; returns bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return len(data)


_PIPELINE: Pipeline | None = None
_PIPELINE_KEY: frozenset[str] | None = None


def _pipeline(common_lines: frozenset[str] | None) -> Pipeline:
    global _PIPELINE, _PIPELINE_KEY
    if _PIPELINE is None or common_lines != _PIPELINE_KEY:
        from . import default_pipeline
        from .steps.corpus import CorpusStep

        pipe = default_pipeline()
        if common_lines:
            pipe = pipe.add(CorpusStep(common_lines=common_lines), before="density")
        _PIPELINE, _PIPELINE_KEY = pipe, common_lines
    return _PIPELINE


def read_text_file(path: Path, max_bytes: int) -> tuple[str | None, str | None, int]:
    """(text, reason it was skipped, size): None text with a reason for files to skip."""
    size = path.stat().st_size
    if size == 0:
        return None, "empty file", 0
    if size > max_bytes:
        return None, f"larger than {max_bytes:,} bytes", size
    data = path.read_bytes()
    try:
        text, _ = decode_bytes(data)
    except BinaryDataError as exc:
        return None, f"binary file ({exc})", len(data)
    return text, None, len(data)


def clean_one(task: Task) -> FileOutcome:
    """Read, decode, clean and (for folder output) write one file; never raises."""
    path = Path(task.path)
    try:
        text, skip, size = read_text_file(path, task.max_bytes)
        if text is None:
            return FileOutcome(task.path, "skipped", skip, bytes_in=size)
        result = _pipeline(task.common_lines).run(text, favor=task.favor)
        written = 0
        if task.out is not None:
            written = atomic_write(Path(task.out), result.body + ("\n" if result.body else ""))
        reasons = Counter(f"{r.step}: {r.reason}" for r in result.removed)
        return FileOutcome(
            task.path,
            "cleaned" if result.is_article else "no_article",
            None if result.is_article else result.no_article_reason,
            bytes_in=size,
            bytes_out=written or len(result.body.encode("utf-8")),
            removal_reasons=dict(reasons),
            result=result if task.keep_result else None,
        )
    except Exception as exc:  # one bad file must not stop the run
        return FileOutcome(task.path, "failed", f"{type(exc).__name__}: {exc}")


# ----------------------------------------------------------------------------- many files


def _run_tasks(tasks: Iterable[Task], workers: int, few: bool) -> Iterator[FileOutcome]:
    """Outcomes of tasks, in completion order, with at most a window of tasks in flight."""
    if workers <= 1 or few:
        for t in tasks:
            yield clean_one(t)
        return
    it = iter(tasks)
    window = workers * 4
    pool = ProcessPoolExecutor(workers)
    pending: dict[Future[FileOutcome], Task] = {}
    try:
        while True:
            while len(pending) < window:
                nxt = next(it, None)
                if nxt is None:
                    break
                pending[pool.submit(clean_one, nxt)] = nxt
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                t = pending.pop(fut)
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    # A worker died (killed, out of memory, crash in C code). Redo the others
                    # in a fresh pool; the file that was running is reported as failed.
                    yield from _recover(pool, pending, t)
                    pool = ProcessPoolExecutor(workers)
                    pending = {pool.submit(clean_one, p): p for p in list(pending.values())}
                    break
    finally:
        for fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _recover(
    pool: ProcessPoolExecutor, pending: dict[Future[FileOutcome], Task], crashed: Task
) -> Iterator[FileOutcome]:
    """After a worker crash: run each pending task alone to find which ones crash."""
    pool.shutdown(wait=False, cancel_futures=True)
    suspects = [crashed, *pending.values()]
    pending.clear()
    for t in suspects:
        single = ProcessPoolExecutor(1)
        try:
            yield single.submit(clean_one, t).result()
        except BrokenProcessPool:
            yield FileOutcome(t.path, "failed", "the worker process crashed on this file")
        finally:
            single.shutdown(wait=True)


def _up_to_date(src: Path, out: Path) -> bool:
    try:
        return out.stat().st_mtime >= src.stat().st_mtime
    except OSError:
        return False


def _remove_stale_temps(out: Path) -> None:
    if out.is_dir():
        for tmp in out.rglob(TMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                tmp.unlink()


def _progress(total: int | None, quiet: bool) -> Any:
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", dynamic_ncols=True, file=sys.stderr)


def clean_folder(
    src: str | Path | Iterable[str | Path],
    dst: str | Path,
    *,
    favor: Favor = "balanced",
    workers: int | None = None,
    fmt: str = "txt",
    glob: str | None = None,
    force: bool = False,
    learn: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    quiet: bool = True,
    runner: Runner | None = None,
) -> Report:
    """Clean every file under ``src`` (one or more folders or files) into ``dst``.

    With ``fmt="txt"`` each body goes to the same relative path under ``dst``; with
    ``fmt="jsonl"`` ``dst`` is one JSON Lines file (``"-"`` for standard output) with a
    record per file. ``learn=True`` first learns lines that recur across many files (a
    site's footer) and removes them too (see :mod:`cleaner.steps.corpus`).
    ``runner`` replaces the local process pool (see :mod:`cleaner.integrations.dask`).
    Raises :class:`BatchError` before doing anything if the run cannot start safely.
    """
    sources = [src] if isinstance(src, str | Path) else list(src)
    if not sources:
        raise BatchError("no sources given")
    if fmt not in ("txt", "jsonl"):
        raise BatchError(f"unknown format {fmt!r}: use txt or jsonl")
    if workers is not None and workers < 1:
        raise BatchError("workers must be at least 1")
    to_stdout = fmt == "jsonl" and str(dst) == "-"
    out = Path(dst)
    if fmt == "txt":
        check_output(sources, out)
        _remove_stale_temps(out)
    elif not to_stdout:
        for s in sources:
            if Path(s).resolve() == out.resolve():
                raise BatchError(f"output {dst} is an input file")
    files = list(discover(sources, out=None if to_stdout or fmt == "jsonl" else out, glob=glob))
    common = None
    if learn:
        from .steps.corpus import learn_common_lines

        common = learn_common_lines(p for p, _ in files)

    report = Report()
    started = time.perf_counter()
    tasks: list[Task] = []
    for path, rel in files:
        target = out / rel if fmt == "txt" else None
        if target is not None and not force and _up_to_date(path, target):
            report.add(FileOutcome(str(path), "up_to_date"))
            continue
        tasks.append(
            Task(
                str(path),
                rel,
                str(target) if target else None,
                favor,
                max_bytes,
                keep_result=fmt == "jsonl",
                common_lines=common,
            )
        )
    n_workers = workers or os.cpu_count() or 1
    bar = _progress(len(tasks), quiet)
    sink: IO[str] | None = None
    tmp_name = None
    try:
        if fmt == "jsonl":
            if to_stdout:
                sink = sys.stdout
            else:
                out.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp_name = tempfile.mkstemp(prefix=TMP_PREFIX, dir=out.parent)
                sink = os.fdopen(fd, "w", encoding="utf-8")
        rel_of = {t.path: t.rel for t in tasks}
        outcomes = (
            runner(tasks)
            if runner is not None
            else _run_tasks(tasks, n_workers, len(tasks) < IN_PROCESS_BELOW)
        )
        for outcome in outcomes:
            report.add(outcome)
            if sink is not None and outcome.result is not None:
                record = {
                    "path": rel_of.get(outcome.path, outcome.path),
                    **outcome.result.to_dict(),
                }
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            if bar is not None:
                bar.update(1)
        if sink is not None and tmp_name is not None:
            sink.close()
            os.replace(tmp_name, out)
            tmp_name = None
    finally:
        if bar is not None:
            bar.close()
        if tmp_name is not None:
            if sink is not None:
                sink.close()
            os.unlink(tmp_name)
    report.elapsed = time.perf_counter() - started
    return report


def clean_files(
    paths: Iterable[str | Path],
    *,
    favor: Favor = "balanced",
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[tuple[Path, Result]]:
    """Yield (path, Result) for each file, decoded like the command does.

    Files that are skipped (empty, binary, too large) or fail are left out; use
    :func:`clean_folder` for a report of them. Results come in completion order when
    ``workers`` > 1.
    """
    tasks = (Task(str(p), Path(p).name, None, favor, max_bytes, keep_result=True) for p in paths)
    for outcome in _run_tasks(tasks, workers, workers <= 1):
        if outcome.result is not None:
            yield Path(outcome.path), outcome.result


def run_cli(args: Any) -> int:
    """``cleaner clean`` for files and folders (argument checks done by the caller)."""
    runner: Runner | None = None
    closer: Callable[[], None] = lambda: None  # noqa: E731
    if args.engine == "dask":
        try:
            from .integrations.dask import connect, dask_runner
        except ImportError:
            print(
                'cleaner clean: --engine dask needs: pip install "cleaner[dask]"', file=sys.stderr
            )
            return 2
        client, closer = connect(args.scheduler, args.workers)
        runner = dask_runner(client)
    try:
        report = clean_folder(
            args.sources,
            args.output,
            favor=args.favor,
            workers=args.workers,
            fmt=args.format,
            glob=args.glob,
            force=args.force,
            learn=args.learn,
            max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
            quiet=args.quiet,
            runner=runner,
        )
    except BatchError as exc:
        print(f"cleaner clean: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "cleaner clean: interrupted; finished files are kept, run again to resume",
            file=sys.stderr,
        )
        return 130
    except OSError as exc:
        print(f"cleaner clean: {exc}", file=sys.stderr)
        return 1
    finally:
        closer()
    if args.report:
        try:
            atomic_write(Path(args.report), json.dumps(report.to_dict(), indent=2) + "\n")
        except OSError as exc:
            print(f"cleaner clean: cannot write report: {exc}", file=sys.stderr)
            return 1
    if not args.quiet:
        print(report.summary(), file=sys.stderr)
    return report.exit_status

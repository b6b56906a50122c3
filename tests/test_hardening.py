"""What cleaner survives: hostile text, runaway patterns, bad rule data, file-system faults.

Each case in NASTY is a kind of input seen on the open web; every one must clean without
raising, deterministically, idempotently, and without inventing text.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

import cleaner
from cleaner import batch
from cleaner.rules import RuleError, parse_rules
from cleaner.steps import drop_lines_matching
from cleaner.steps.normalize import normalize_text

from .conftest import visible_chars, word_bag

PROSE = (
    "The city council voted on Tuesday to expand the bus network, adding three new routes "
    "that will connect the northern suburbs with the hospital by next spring."
)

NASTY: dict[str, Callable[[], str]] = {
    "empty": lambda: "",
    "only whitespace": lambda: " \n\t\r\n \u00a0\u2003\n\n",
    "only debris": lambda: "Share\nFacebook\nAdvertisement\nRelated Articles\nComments\n© 2025",
    "NUL and control characters": lambda: f"abc\x00def\x01\x02\x1b[31m {PROSE}\x7f\x85\x9f",
    "lone surrogates": lambda: f"The council \ud800 voted \udfff. {PROSE}",
    "right-to-left and mixed scripts": lambda: (
        "قال المجلس إن شبكة الحافلات ستتوسع بثلاثة خطوط جديدة تربط الضواحي الشمالية "
        f"بالمستشفى.\n\u202e{PROSE}\u202c\nעברית English Русский 中文"
    ),
    "CJK without spaces": lambda: (
        "市议会周二投票决定扩大公交网络，新增三条线路，将北部郊区与医院连接起来。" * 20
    ),
    "emoji": lambda: f"🚌🚌🚌 {PROSE} 🎉👍🏽👨‍👩‍👧\n\n🔥🔥🔥",
    "mojibake everywhere": lambda: PROSE.encode("utf-8").decode("latin-1") * 3,
    "10 MB in one line": lambda: (PROSE + " ") * (10_000_000 // (len(PROSE) + 1)),
    "200,000 short lines": lambda: "\n".join(f"item {i}" for i in range(200_000)),
    "1 MB of one repeated character": lambda: "a" * 1_000_000,
    "Related Articles 50,000 times": lambda: PROSE + "\n" + "Related Articles\n" * 50_000,
    "deeply nested brackets": lambda: "(" * 50_000 + PROSE + ")" * 50_000,
    "one huge word-like token": lambda: "x" * 200_000 + "@" + "y" * 200_000 + ".com",
    "only punctuation": lambda: "!?.,;:-" * 10_000,
    "tabs and form feeds": lambda: f"\t\t{PROSE}\f\v\n\x0c{PROSE}",
    "HTML left in": lambda: f"<div class='x'><p>{PROSE}</p><script>var a=1;</script></div>",
    "1 MB of unclosed HTML comments": lambda: "<a>" + "<!--x" * 200_000 + f"\n{PROSE}",
    "1 MB of unclosed tags": lambda: "<div " * 200_000 + f"\n{PROSE}",
    "BOM and zero-width": lambda: f"\ufeff\u200b{PROSE}\u200b\u2060",
}
CASES = list(NASTY)


@pytest.fixture(scope="module")
def outputs() -> dict[str, tuple[str, str, cleaner.Result]]:
    """Each nasty input, its normalised form and its result (computed once)."""
    out = {}
    for name, make in NASTY.items():
        text = make()
        out[name] = (text, normalize_text(text), cleaner.clean_document(text))
    return out


@pytest.mark.parametrize("name", CASES)
def test_nasty_input_is_cleaned(name: str, outputs: dict) -> None:  # type: ignore[type-arg]
    text, normalised, result = outputs[name]
    assert isinstance(result.body, str) and result.body == result.body.strip()
    assert visible_chars(result.body) <= visible_chars(normalised)
    assert not word_bag(result.body) - word_bag(normalised), "invented words"
    if len(text) < 300_000:  # the giants are re-cleaned by the idempotence property test
        assert cleaner.clean(result.body) == result.body


def test_prose_survives_nasty_wrapping(outputs: dict) -> None:  # type: ignore[type-arg]
    for name in (
        "NUL and control characters",
        "emoji",
        "BOM and zero-width",
        "tabs and form feeds",
    ):
        assert "expand the bus network" in outputs[name][2].body, name


def test_repeated_marker_does_not_eat_the_article(outputs: dict) -> None:  # type: ignore[type-arg]
    assert outputs["Related Articles 50,000 times"][2].body == PROSE


@pytest.mark.parametrize("bad", [b"text", bytearray(b"text"), None, 1.5, object()])
def test_non_text_is_a_clear_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="takes str"):
        cleaner.clean_document(bad)  # type: ignore[arg-type]


# ------------------------------------------------------------------ runaway patterns


def test_catastrophic_user_pattern_is_bounded_and_named() -> None:
    step = drop_lines_matching(r"(a|aa)+$", name="evil")
    pipe = cleaner.default_pipeline().add(step, before="phrases")
    with pytest.raises(RuleError, match=r"evil.*\(a\|aa\)\+\$.*too slow"):
        pipe.run("a" * 60 + "!")


@pytest.mark.parametrize("kind", ["drop_line", "strip_inline"])
def test_catastrophic_pattern_in_rule_file_names_file_and_pattern(
    tmp_path: Path, kind: str
) -> None:
    """Line rules and inline (cutting) rules alike: the error names file, line and pattern."""
    f = tmp_path / "slow.toml"
    f.write_text(f"[[{kind}]]\nfamily = 'x'\npatterns = [\n  '(a|aa)+$',\n]\n", "utf-8")
    pipe = cleaner.default_pipeline().configure("phrases", extra_rules=f)
    with pytest.raises(RuleError, match=r"slow\.toml:4: pattern .*\(a\|aa\)\+\$.*took over"):
        pipe.run("a" * 60 + "!")


def test_rule_data_is_never_executed() -> None:
    # A TOML string that looks like code is just a (failing or literal) pattern.
    rules = parse_rules("[[drop_line]]\nfamily='x'\npatterns=['__import__(\"os\")']\n", "u.toml")
    assert rules[0].pattern.search('__import__("os")') is None


# ------------------------------------------------------------------ files and folders


def _assert_every_file_failed_cleanly(report: batch.Report, out: Path, reason: str) -> None:
    """All six files failed with ``reason``, and no output or temporary file was left."""
    assert report.failed == 6 and report.exit_status == 1
    assert all(reason in p["reason"] for p in report.problems)
    assert not [p for p in out.rglob("*") if p.is_file()], "no partial or temporary files"


def _tree(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(6):
        (src / f"page{i}.txt").write_text(f"{PROSE}\n\nNote {i}.", "utf-8")
    return src


def test_odd_file_names(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    names = [
        "with space.txt",
        "ünïcödé.txt",
        "tab\tname.txt",
        "new\nline.txt",
        "-dash.txt",
        "日本.txt",
    ]
    for n in names:
        (src / n).write_text(PROSE, "utf-8")
    report = cleaner.clean_folder(src, tmp_path / "out", workers=1)
    assert report.cleaned == len(names)
    for n in names:
        assert (tmp_path / "out" / n).read_text("utf-8").strip() == PROSE


def test_file_vanishing_mid_run_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _tree(tmp_path)
    real = batch.clean_one

    def vanish_then_clean(task: batch.Task) -> batch.FileOutcome:
        if task.path.endswith("page2.txt"):
            os.unlink(task.path)
        return real(task)

    monkeypatch.setattr(batch, "clean_one", vanish_then_clean)
    report = cleaner.clean_folder(src, tmp_path / "out", workers=1)
    assert report.failed == 1 and report.cleaned == 5
    assert "page2.txt" in report.problems[0]["path"]
    assert "FileNotFoundError" in report.problems[0]["reason"]


def test_full_disk_fails_the_file_without_partial_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _tree(tmp_path)
    out = tmp_path / "out"
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fh: IO[str]) -> None:
            self.fh = fh

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def write(self, data: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode="r", **kw: FullDisk(real_fdopen(fd, mode)))
    _assert_every_file_failed_cleanly(cleaner.clean_folder(src, out, workers=1), out, "No space")
    assert len(list(src.iterdir())) == 6


def test_read_only_output_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _tree(tmp_path)
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", "utf-8")
    from cleaner.cli import main

    assert main(["clean", str(src), "-o", str(blocker), "--quiet"]) == 2
    assert "exists and is not a folder" in capsys.readouterr().err


_REAL_CLEAN_ONE = batch.clean_one


def crash_on_page3(task: batch.Task) -> batch.FileOutcome:
    """A clean_one that kills its worker process on one file (module level: picklable)."""
    if task.path.endswith("page3.txt"):
        os._exit(17)
    return _REAL_CLEAN_ONE(task)


def test_worker_crash_fails_only_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _tree(tmp_path)
    for i in range(6, 30):
        (src / f"page{i}.txt").write_text(f"{PROSE}\n\nNote {i}.", "utf-8")
    monkeypatch.setattr(batch, "clean_one", crash_on_page3)
    report = cleaner.clean_folder(src, tmp_path / "out", workers=2)
    assert report.failed == 1 and report.cleaned == 29
    assert report.problems[0]["path"].endswith("page3.txt")
    assert "crashed" in report.problems[0]["reason"]


def test_read_only_output_fails_files_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Running as root ignores permission bits, so the refusal is injected where the OS
    # would raise it: creating the temporary output file.
    src = _tree(tmp_path)
    out = tmp_path / "out"

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied", str(out))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    report = cleaner.clean_folder(src, out, workers=1)
    _assert_every_file_failed_cleanly(report, out, "Permission denied")


def test_tables_of_contents_are_searched_a_bounded_number_of_rounds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each search for tables of contents may expose another (a table printed twice); a page
    stacking many copies must not make the dedupe step search once per copy (quadratic)."""
    from cleaner.steps import dedupe

    calls = []
    real = dedupe.contents_runs

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dedupe, "contents_runs", counting)
    headings = ["Part one of the story", "Part two of the story", "Part three of the story"]
    paragraph = "The council said the plan would be ready by spring, and residents agreed."
    body = [x for h in headings for x in (h, paragraph.replace("spring", h))]
    cleaner.clean("\n\n".join([*headings * 40, *body]))
    assert 0 < len(calls) <= 2 * dedupe.CONTENTS_ROUNDS  # two cleaning rounds at most

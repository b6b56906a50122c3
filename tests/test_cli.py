"""The command line: files and folders, standard input, evaluate, exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner
from cleaner.cli import main

from .conftest import SAMPLES


def test_clean_samples_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["clean", str(SAMPLES / "input"), "-o", str(out), "--quiet"]) == 0
    for expected in sorted((SAMPLES / "expected").glob("*.txt")):
        got = (out / expected.name).read_text("utf-8")
        assert got.strip() == expected.read_text("utf-8").strip()


def test_stdin_to_stdout_via_python_m() -> None:
    text = (SAMPLES / "input" / "004_1d3b3ea1e1132731.txt").read_text("utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    expected = (SAMPLES / "expected" / "004_1d3b3ea1e1132731.txt").read_text("utf-8")
    assert proc.stdout.strip() == expected.strip()


def test_stdin_jsonl(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    text = (SAMPLES / "input" / "002_9be217cb5ba1d0f2.txt").read_text("utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    assert main(["clean", "-", "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["date"] == "2025-07-22" and record["language"] == "en"
    assert record["title"] == "Kremlin reacts to Trump being ‘unhappy’ after Putin talks"
    assert record["removed"] and all(r["step"] and r["reason"] for r in record["removed"])


def test_missing_output_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(SAMPLES / "input")]) == 2
    assert "-o OUT is required" in capsys.readouterr().err


def test_bad_option_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["clean", "x", "--favor", "speed"])
    assert exc.value.code == 2


def test_evaluate_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred, gold = tmp_path / "pred", tmp_path / "gold"
    pred.mkdir()
    gold.mkdir()
    (gold / "src-a.gold.txt").write_text("one two three four", "utf-8")
    (pred / "src-a.txt").write_text("one two three five six", "utf-8")
    assert main(["evaluate", str(pred), str(gold), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["macro"]["precision"] == pytest.approx(3 / 5)
    assert scores["macro"]["recall"] == pytest.approx(3 / 4)
    assert scores["sources"]["src"]["pages"] == 1
    assert main(["evaluate", str(pred), str(tmp_path / "none")]) == 2


def _run_stdin(data: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", "-", *args], input=data, capture_output=True
    )


def test_stdin_bytes_are_decoded_like_files_not_by_the_locale() -> None:
    """Latin-1 bytes on standard input are read as the files of a folder are."""
    text = (
        "Köln: Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt für die "
        "Schulen der Stadt beschlossen, und die Opposition hat dagegen gestimmt, weil sie mehr "
        "Geld für die Straßen wollte."
    )
    proc = _run_stdin(text.encode("latin-1"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8").strip() == text


def test_stdin_without_an_article_says_why_on_stderr() -> None:
    proc = _run_stdin(b"Please enable cookies.\n")
    assert proc.returncode == 0 and proc.stdout == b""
    assert b"no article" in proc.stderr
    assert _run_stdin(b"Please enable cookies.\n", "--quiet").stderr == b""


def test_binary_stdin_is_an_error() -> None:
    proc = _run_stdin(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" * 50)
    assert proc.returncode == 1
    assert b"not text" in proc.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"cleaner {cleaner.__version__}"

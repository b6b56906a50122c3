"""Batch cleaning end to end: folders, encodings, skips, safety, resume, JSONL, engines."""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleaner
from cleaner import batch
from cleaner.cli import main

from .conftest import SAMPLES

ARTICLE = (SAMPLES / "input" / "004_1d3b3ea1e1132731.txt").read_text("utf-8")
EXPECTED = (SAMPLES / "expected" / "004_1d3b3ea1e1132731.txt").read_text("utf-8").strip()
LATIN = (
    "Le conseil municipal a voté mardi l'extension du réseau de bus, avec trois nouvelles "
    "lignes qui relieront les quartiers du nord à l'hôpital dès le printemps prochain.\n\n"
    "Selon les services de la ville, le projet coûtera environ douze millions d'euros sur "
    "cinq ans, financés en grande partie par une subvention de la région."
)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A source folder with nested files in mixed encodings and files to skip."""
    src = tmp_path / "src"
    (src / "a" / "b").mkdir(parents=True)
    (src / "plain.txt").write_text(ARTICLE, "utf-8")
    (src / "a" / "bom.txt").write_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    (src / "a" / "b" / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (src / "a" / "cp1252.txt").write_bytes(LATIN.encode("cp1252"))
    (src / "a" / "mojibake.txt").write_text(
        ARTICLE.encode("utf-8").decode("cp1252", errors="ignore"), "utf-8"
    )
    (src / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (src / "empty.txt").write_bytes(b"")
    (src / ".hidden.txt").write_text(ARTICLE, "utf-8")
    return src


def test_folder_mirrors_paths_and_decodes(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = cleaner.clean_folder(tree, out, workers=1)
    for rel in ("plain.txt", "a/bom.txt", "a/b/utf16.txt", "a/mojibake.txt"):
        assert (out / rel).read_text("utf-8").strip() == EXPECTED, rel
    assert "douze millions d'euros" in (out / "a" / "cp1252.txt").read_text("utf-8")
    assert not (out / ".hidden.txt").exists()
    assert report.cleaned == 5 and report.failed == 0 and report.skipped == 2
    reasons = {Path(p["path"]).name: p["reason"] for p in report.problems}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.bin"].startswith("binary file")
    assert report.exit_status == 0
    assert report.removal_reasons


def test_inputs_untouched(tree: Path, tmp_path: Path) -> None:
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    cleaner.clean_folder(tree, tmp_path / "out", workers=1)
    assert before == {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}


def test_process_pool_gives_same_output(tree: Path, tmp_path: Path) -> None:
    for i in range(20):
        (tree / f"extra{i}.txt").write_text(ARTICLE + f"\n\nNote {i}.", "utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    cleaner.clean_folder(tree, one, workers=1)
    r2 = cleaner.clean_folder(tree, two, workers=2)
    assert r2.cleaned == 25
    for f in one.rglob("*.txt"):
        assert f.read_bytes() == (two / f.relative_to(one)).read_bytes()


def test_out_inside_src_refused(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(tree), "-o", str(tree / "out"), "--quiet"]) == 2
    assert "inside the input folder" in capsys.readouterr().err
    assert main(["clean", str(tree), "-o", str(tree), "--quiet"]) == 2
    assert not (tree / "out").exists()


def test_glob_narrows(tree: Path, tmp_path: Path) -> None:
    report = cleaner.clean_folder(tree, tmp_path / "out", glob="cp*.txt", workers=1)
    assert report.cleaned == 1 and report.files == 1


def test_second_run_skips_up_to_date_and_force_redoes(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cleaner.clean_folder(tree, out, workers=1)
    again = cleaner.clean_folder(tree, out, workers=1)
    assert again.cleaned == 0 and again.up_to_date == 5
    forced = cleaner.clean_folder(tree, out, workers=1, force=True)
    assert forced.cleaned == 5


def test_interrupted_run_leaves_no_partial_file_and_resumes(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    real = batch.clean_one
    calls = {"n": 0, "cleaned": 0}

    def flaky(task: batch.Task) -> batch.FileOutcome:
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        outcome = real(task)
        calls["cleaned"] += outcome.status == "cleaned"
        return outcome

    monkeypatch.setattr(batch, "clean_one", flaky)
    with pytest.raises(KeyboardInterrupt):
        cleaner.clean_folder(tree, out, workers=1)
    monkeypatch.setattr(batch, "clean_one", real)
    written = [p for p in out.rglob("*") if p.is_file()]
    assert 0 < len(written) == calls["cleaned"] < 5
    assert not list(out.rglob(batch.TMP_PREFIX + "*"))
    resumed = cleaner.clean_folder(tree, out, workers=1)
    assert resumed.up_to_date == len(written)
    assert resumed.cleaned == 5 - len(written)


def test_killed_cli_run_resumes(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    for i in range(400):
        (src / f"{i:04}.txt").write_text(ARTICLE + f"\n\nNote {i}.", "utf-8")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cleaner",
            "clean",
            str(src),
            "-o",
            str(out),
            "--workers",
            "2",
            "--quiet",
        ],
        start_new_session=True,
    )
    deadline = time.time() + 60
    while time.time() < deadline and len(list(out.glob("*.txt"))) < 20:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = list(out.glob("*.txt"))
    assert 0 < len(done) < 400, "the run should have been killed mid-way"
    for f in done:  # every visible output is complete
        assert f.read_text("utf-8").startswith(EXPECTED[:200])
    report = tmp_path / "report.json"
    assert main(["clean", str(src), "-o", str(out), "--quiet", "--report", str(report)]) == 0
    data = json.loads(report.read_text("utf-8"))
    assert data["up_to_date"] >= len(done) - 2  # files finished before the kill are not redone
    assert data["cleaned"] + data["up_to_date"] == 400
    assert not list(out.glob(batch.TMP_PREFIX + "*"))


def test_unreadable_file_fails_with_reason_and_exit_1(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "plain.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report_file = tmp_path / "r.json"
    code = main(
        [
            "clean",
            str(tree),
            "-o",
            str(tmp_path / "out"),
            "--quiet",
            "--workers",
            "1",
            "--report",
            str(report_file),
        ]
    )
    assert code == 1
    data = json.loads(report_file.read_text("utf-8"))
    failed = [p for p in data["problems"] if p["status"] == "failed"]
    assert len(failed) == 1 and "Permission denied" in failed[0]["reason"]
    assert data["cleaned"] == 4


def test_jsonl_output(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    assert main(["clean", str(tree), "-o", str(out), "--format", "jsonl", "--quiet"]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == 5
    by_path = {r["path"]: r for r in records}
    assert by_path["plain.txt"]["body"] == EXPECTED
    assert set(by_path["plain.txt"]) >= {
        "path",
        "title",
        "date",
        "language",
        "body",
        "is_article",
        "removed",
    }


def test_clean_files_yields_results(tree: Path) -> None:
    results = dict(cleaner.clean_files(sorted(tree.rglob("*.txt"))))
    assert results[tree / "plain.txt"].body == EXPECTED
    assert tree / "empty.txt" not in results


def test_missing_source_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(tmp_path / "nope"), "-o", str(tmp_path / "o"), "--quiet"]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_symlink_outside_source_not_followed(tree: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(ARTICLE, "utf-8")
    (tree / "link.txt").symlink_to(outside)
    (tree / "a" / "loop").symlink_to(tree, target_is_directory=True)
    report = cleaner.clean_folder(tree, tmp_path / "out", workers=1)
    assert not (tmp_path / "out" / "link.txt").exists()
    assert report.cleaned == 5


def test_dask_engine_matches_local(tree: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the test extra installs dask[distributed]")
    local, remote = tmp_path / "local", tmp_path / "dask"
    cleaner.clean_folder(tree, local, workers=1)
    assert (
        main(
            ["clean", str(tree), "-o", str(remote), "--engine", "dask", "--workers", "2", "--quiet"]
        )
        == 0
    )
    files = sorted(p.relative_to(local) for p in local.rglob("*.txt"))
    assert files == sorted(p.relative_to(remote) for p in remote.rglob("*.txt"))
    for rel in files:
        assert (local / rel).read_bytes() == (remote / rel).read_bytes()


def test_dask_bag_of_texts() -> None:
    db = pytest.importorskip("dask.bag")
    from cleaner.integrations.dask import clean_bag

    out = clean_bag(db.from_sequence([ARTICLE, ARTICLE], npartitions=2)).compute(
        scheduler="processes"
    )
    assert [r["body"] for r in out] == [EXPECTED, EXPECTED]


def test_jsonl_to_standard_output(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(tree), "-o", "-", "--format", "jsonl", "--quiet"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["path"] for r in records) == sorted(
        ["plain.txt", "a/bom.txt", "a/b/utf16.txt", "a/cp1252.txt", "a/mojibake.txt"]
    )

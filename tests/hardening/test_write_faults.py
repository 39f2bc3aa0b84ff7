"""Every file the CLI writes, into a missing folder, a read-only filesystem, a read-only file and a full disk.

Each fault is real (tmpfs mounts from tests/conftest.py, chmod), never mocked. The user must get exit
code 1 and one Dutch line that names the file and the reason; no partial file may be left behind and
an old file at the same place must be byte-for-byte intact.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hardening_support import SESSION_ID, Run, assert_one_clear_line, cli, fill_disk, record_session, snapshot

from gedragen.core.paths import history_db

REASON = {
    "missing": r"bestaat niet",
    "readonly-fs": r"alleen[- ]lezen|beveiligd",
    "readonly-file": r"alleen[- ]lezen|beveiligd|geen toestemming",
    "full": r"\bvol\b",
}

Writer = Callable[[pytest.CaptureFixture[str], Path, Path], Run]


def _gedragen(*args: str) -> Writer:
    def write(capsys: pytest.CaptureFixture[str], home: Path, out: Path) -> Run:
        argv = [a.replace("{out}", str(out)) for a in args]
        return cli(capsys, "--data-dir", str(home), *argv)

    return write


WRITERS: dict[str, tuple[Writer, str]] = {
    "print": (_gedragen("print", "vo-mbo", "-o", "{out}", "--theme", "pesten", "--kind", "school", "--blank", "0"),
              ".pdf"),
    "board": (_gedragen("board", "-o", "{out}"), ".pdf"),
    "report": (_gedragen("report", SESSION_ID, "-o", "{out}"), ".pdf"),
    "poster": (_gedragen("report", SESSION_ID, "-o", "{out}", "--part", "poster"), ".pdf"),
    "protocol-pdf": (_gedragen("report", SESSION_ID, "-o", "{out}", "--part", "protocol"), ".pdf"),
    "protocol-md": (_gedragen("report", SESSION_ID, "-o", "{out}", "--part", "protocol"), ".md"),
    "protocol-docx": (_gedragen("report", SESSION_ID, "-o", "{out}", "--part", "protocol"), ".docx"),
    "agreements-docx": (_gedragen("report", SESSION_ID, "-o", "{out}", "--part", "agreements"), ".docx"),
    "parents-docx": (_gedragen("report", SESSION_ID, "-o", "{out}", "--part", "parents"), ".docx"),
    "csv": (_gedragen("export", SESSION_ID, "--format", "csv", "-o", "{out}"), ".csv"),
    "json": (_gedragen("export", SESSION_ID, "--format", "json", "-o", "{out}"), ".json"),
}
OLD = b"oud bestand van de gebruiker\n"

@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with one recorded session (copied per test)."""
    folder = tmp_path_factory.mktemp("recorded")
    record_session(folder)
    return folder


@pytest.fixture
def home(recorded: Path, data_home: Path) -> Path:
    """The data folder of one test, holding the recorded session."""
    shutil.copy(history_db(recorded), history_db(data_home))
    return data_home


CASES = [pytest.param(writer, fault, id=f"{writer}-{fault}") for writer in WRITERS for fault in REASON]


def _provoke(
    writer: str, fault: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    readonly_dir: Path | None, full_disk: Path | None,
) -> tuple[Run, Path, Path, dict[str, bytes]]:
    """Set up the fault, run the writer; the run, the target file, its folder and the folder before."""
    write, suffix = WRITERS[writer]
    if fault == "missing":
        folder = tmp_path / "bestaat-niet"
        out = folder / f"uit{suffix}"
    elif fault == "readonly-fs":
        if readonly_dir is None:
            pytest.skip("needs root to mount a read-only tmpfs")
        folder = readonly_dir
        # the extension picks the format of a report, and the PDF commands refuse other names before writing
        out = folder / "old.txt" if suffix not in (".md", ".docx", ".pdf") else folder / f"nieuw{suffix}"
    elif fault == "readonly-file":
        folder = tmp_path / "uitvoer"
        folder.mkdir()
        out = folder / f"oud{suffix}"
        out.write_bytes(OLD)
        out.chmod(0o444)
    else:
        if full_disk is None:
            pytest.skip("needs root to mount a small tmpfs")
        folder = full_disk
        out = folder / f"oud{suffix}"
        out.write_bytes(OLD)
        fill_disk(folder)
    before = snapshot(folder) if folder.exists() else {}
    return write(capsys, home, out), out, folder, before


@pytest.mark.parametrize(("writer", "fault"), CASES)
def test_write_fault_exits_1_and_loses_nothing(
    writer: str, fault: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    readonly_dir: Path | None, full_disk: Path | None,
) -> None:
    run, out, folder, before = _provoke(writer, fault, home, tmp_path, capsys, readonly_dir, full_disk)
    assert_one_clear_line(run)
    if fault == "missing":
        assert not folder.exists()
        return
    # byte for byte: the old file intact, no temp or partial file beside it
    assert snapshot(folder) == before
    if fault == "readonly-file":
        assert out.stat().st_mode & 0o777 == 0o444


@pytest.mark.parametrize(("writer", "fault"), CASES)
def test_write_fault_names_the_file_and_the_reason_in_dutch(
    writer: str, fault: str, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    readonly_dir: Path | None, full_disk: Path | None,
) -> None:
    run, out, _, _ = _provoke(writer, fault, home, tmp_path, capsys, readonly_dir, full_disk)
    line = assert_one_clear_line(run)
    assert re.search(REASON[fault], line), line
    assert out.name in line and ".tmp" not in line, line


def test_the_same_writers_succeed_without_a_fault(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The control case: every writer above works on a healthy folder, so each refusal is the fault's."""
    for name, (write, suffix) in WRITERS.items():
        out = tmp_path / f"{name}{suffix}"
        run = write(capsys, home, out)
        assert run.code == 0, (name, run.err)
        head = out.read_bytes()[:5]
        assert head == b"%PDF-" if suffix == ".pdf" else head, name
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_new_files_get_the_usual_permissions(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "verslag.csv"
        assert cli(capsys, "--data-dir", str(home), "export", SESSION_ID, "-o", str(out)).code == 0
    finally:
        os.umask(old)
    # a colleague (or the print shop's account) must be able to read an exported file
    assert out.stat().st_mode & 0o777 == 0o644

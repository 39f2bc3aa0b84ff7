"""Shared test setup: Qt offscreen before any QApplication, and an isolated data folder per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GEDRAGEN_HOME", None)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, also set as GEDRAGEN_HOME so nothing touches the real one."""
    home = tmp_path / "gedragen-home"
    home.mkdir()
    monkeypatch.setenv("GEDRAGEN_HOME", str(home))
    return home


@pytest.fixture
def repo_root() -> Path:
    """The source checkout."""
    return REPO


def _mount_tmpfs(target: Path, options: str) -> bool:
    """Mount a tmpfs at target (needs root); False if this machine does not allow it."""
    import subprocess

    if os.geteuid() != 0:
        return False
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
    return result.returncode == 0


def _umount(target: Path) -> None:
    import subprocess

    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def full_disk(tmp_path: Path):
    """A real, small filesystem (1 MiB tmpfs) to fill up, or None where mounting is not allowed."""
    target = tmp_path / "small-disk"
    target.mkdir()
    if not _mount_tmpfs(target, "size=1m"):
        yield None
        return
    try:
        yield target
    finally:
        _umount(target)


@pytest.fixture
def readonly_dir(tmp_path: Path):
    """A real read-only filesystem (holding one file `old.txt`), or None where mounting is not allowed."""
    target = tmp_path / "readonly"
    target.mkdir()
    if not _mount_tmpfs(target, "size=64k"):
        yield None
        return
    try:
        (target / "old.txt").write_text("oud", encoding="utf-8")
        import subprocess

        subprocess.run(["mount", "-o", "remount,ro", str(target)], check=True, capture_output=True)
        yield target
    finally:
        _umount(target)

"""Atomic writes: a failed write leaves no partial file and the old file intact (faults really induced)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from gedragen.core.atomic import write_atomic, write_atomic_with


def test_replaces_file_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("oud", encoding="utf-8")
    write_atomic(target, "nieuw")
    assert target.read_text(encoding="utf-8") == "nieuw"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_error_while_producing_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-old")

    def produce(handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"%PDF-half")
        raise RuntimeError("renderer failed halfway")

    with pytest.raises(RuntimeError):
        write_atomic_with(target, produce)
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_disk_full_keeps_old_file_and_leaves_no_partial(full_disk: Path | None, tmp_path: Path) -> None:
    if full_disk is None:
        pytest.skip("mounting a tiny filesystem needs root; the fault cannot be induced here")
    target = full_disk / "sessie.json"
    write_atomic(target, b"x" * 1000)
    with pytest.raises(OSError) as info:
        write_atomic(target, b"y" * 3_000_000)
    assert info.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"x" * 1000
    assert [p.name for p in full_disk.iterdir()] == ["sessie.json"]


def test_read_only_folder_raises_and_changes_nothing(readonly_dir: Path | None) -> None:
    if readonly_dir is None:
        pytest.skip("mounting a read-only filesystem needs root; the fault cannot be induced here")
    with pytest.raises(OSError) as info:
        write_atomic(readonly_dir / "old.txt", "nieuw")
    assert info.value.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    assert (readonly_dir / "old.txt").read_text(encoding="utf-8") == "oud"
    assert os.listdir(readonly_dir) == ["old.txt"]


def test_keeps_permissions_of_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "deck.yaml"
    target.write_text("a", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "b")
    assert target.stat().st_mode & 0o777 == 0o640

"""A damaged, newer, read-only or full history, seen through the CLI and through the app's start and session.

tests/store covers the History class itself; these tests check what the user sees and that the
history file is never deleted or changed by a command that only reads it.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hardening_support import (
    SESSION_ID,
    assert_one_clear_line,
    cli,
    fill_disk,
    record_session,
    session_dict,
    write_json,
)
from tmpfs_support import mount_tmpfs, remount_read_only, unmount

from gedragen.core.paths import history_db
from gedragen.store.database import SCHEMA_VERSION


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with one recorded session (closed, so the history is one self-contained file)."""
    folder = tmp_path_factory.mktemp("recorded")
    record_session(folder)
    return folder


@pytest.fixture(scope="module")
def session_file(recorded: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The recorded session as a JSON file with a new id, ready to import."""
    data = session_dict(recorded)
    data["id"] = "uit-bestand"
    return write_json(tmp_path_factory.mktemp("json") / "sessie.json", data)


def _garbage(path: Path) -> None:
    path.write_bytes(b"Dit is geen database maar een boodschappenlijst.\n" * 200)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scribbled(path: Path) -> None:
    """Overwrite the middle pages with noise: the header is fine, the tables are not."""
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data) - 4096):
        data[i] = (i * 7919) % 251
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "garbage": (_garbage, "beschadigd"),
    "truncated": (_truncated, "beschadigd"),
    "scribbled": (_scribbled, "beschadigd"),
    "newer version": (_newer, "nieuwere versie"),
}


def _commands(session_file: Path, tmp_path: Path) -> dict[str, list[str]]:
    return {
        "sessions": ["sessions"],
        "export": ["export", SESSION_ID, "-o", str(tmp_path / "s.json")],
        "report": ["report", SESSION_ID, "-o", str(tmp_path / "r.pdf")],
        "import": ["import", str(session_file)],
    }


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("command", ["sessions", "export", "report", "import"])
def test_cli_on_a_damaged_history_says_so_and_leaves_the_file_alone(
    damage: str, command: str, recorded: Path, session_file: Path, data_home: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = history_db(data_home)
    shutil.copy(history_db(recorded), path)
    spoil, word = DAMAGE[damage]
    spoil(path)
    before = path.read_bytes()
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(data_home), *_commands(session_file, tmp_path)[command]))
    assert word in line, line
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_home.iterdir() if p.name.startswith(path.name)) == [path.name]
    assert not (tmp_path / "s.json").exists() and not (tmp_path / "r.pdf").exists()


@pytest.fixture
def read_only_home(recorded: Path, tmp_path: Path) -> Iterator[Path]:
    """A data folder on a read-only filesystem (a locked USB stick) that holds the recorded history."""
    folder = tmp_path / "usb"
    if not mount_tmpfs(folder):
        pytest.skip("needs root to mount a tmpfs")
    try:
        shutil.copy(history_db(recorded), history_db(folder))
        remount_read_only(folder)
        yield folder
    finally:
        unmount(folder)


def test_import_into_a_read_only_data_folder_is_one_clear_line(
    read_only_home: Path, session_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = history_db(read_only_home).read_bytes()
    line = assert_one_clear_line(cli(capsys, "--data-dir", str(read_only_home), "import", str(session_file)))
    assert "alleen-lezen" in line, line
    assert history_db(read_only_home).read_bytes() == before


@pytest.mark.parametrize("command", ["sessions", "export", "report"])
def test_reading_a_history_on_a_read_only_stick_works(
    command: str, read_only_home: Path, session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = cli(capsys, "--data-dir", str(read_only_home), *_commands(session_file, tmp_path)[command])
    assert run.code == 0, run.err
    assert SESSION_ID in run.out or "geschreven" in run.out


def test_import_on_a_full_disk_keeps_the_history(
    recorded: Path, session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vol"
    if not mount_tmpfs(folder, "96k"):
        pytest.skip("needs root to mount a tmpfs")
    try:
        shutil.copy(history_db(recorded), history_db(folder))
        fill_disk(folder)
        line = assert_one_clear_line(cli(capsys, "--data-dir", str(folder), "import", str(session_file)))
        assert "vol" in line, line
        (folder / ".ballast").unlink()
        listing = cli(capsys, "--data-dir", str(folder), "sessions")
        assert listing.code == 0 and SESSION_ID in listing.out and "uit-bestand" not in listing.out
        # with room again, the same import works: the failed attempt left nothing half-done
        assert cli(capsys, "--data-dir", str(folder), "import", str(session_file)).code == 0
        assert "uit-bestand" in cli(capsys, "--data-dir", str(folder), "sessions").out
    finally:
        unmount(folder)


def test_a_healthy_history_on_a_full_disk_is_kept_and_called_full_not_damaged(
    recorded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gedragen.store.history import History, UnwritableHistoryError

    folder = tmp_path / "vol"
    if not mount_tmpfs(folder, "160k"):
        pytest.skip("needs root to mount a tmpfs")
    try:
        shutil.copy(history_db(recorded), history_db(folder))  # no -wal, no -shm beside it
        before = history_db(folder).read_bytes()
        fill_disk(folder)
        with pytest.raises(UnwritableHistoryError, match="schijf is vol"):
            History.open_or_recover(folder)
        assert not [p.name for p in folder.iterdir() if "beschadigd" in p.name]  # nothing set aside
        assert history_db(folder).read_bytes() == before
        listing = cli(capsys, "--data-dir", str(folder), "sessions")
        assert listing.code == 0 and SESSION_ID in listing.out, listing.err
        for command in (["export", SESSION_ID, "--format", "json", "-o", str(tmp_path / "s.json")],
                        ["report", SESSION_ID, "-o", str(tmp_path / "s.pdf")]):
            result = cli(capsys, "--data-dir", str(folder), *command)
            assert result.code == 0 and "beschadigd" not in result.err, result.err
        assert history_db(folder).read_bytes() == before
    finally:
        unmount(folder)


# --- the app ------------------------------------------------------------------------------------


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Error dialogs of the main window, recorded instead of shown (no modal loop in tests)."""
    calls: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        "gedragen.ui.main_window.show_error", lambda parent, title, text, next_step: calls.append((title, text, next_step))
    )
    return calls


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_the_app_starts_on_a_damaged_history_keeps_it_aside_and_says_what_to_do(
    qtbot, damage: str, recorded: Path, data_home: Path, shown: list[tuple[str, str, str]]  # type: ignore[no-untyped-def]
) -> None:
    from tests.ui.session_helpers import open_main_window, start_session, stored_events

    path = history_db(data_home)
    shutil.copy(history_db(recorded), path)
    spoil, word = DAMAGE[damage]
    spoil(path)
    damaged = path.read_bytes()
    window = open_main_window(qtbot, data_home)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    _title, text, next_step = shown[0]
    assert word in text and "bewaard als" in text and "niet weggegooid" in next_step
    aside = [p for p in data_home.iterdir() if p.name.startswith(f"{path.name}.") and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged and str(aside[0]) in text
    assert word in window.start_screen.status.text()
    # and the facilitator can simply go on with a new session, stored in the fresh history
    start_session(qtbot, window, "board", teams=2, cards=2)
    ctrl = window.controller
    assert ctrl is not None
    ctrl.wait_idle()
    assert len(stored_events(data_home, ctrl.state.id)) == len(ctrl.events)


def test_the_app_starts_on_a_read_only_data_folder_and_says_so(
    qtbot, read_only_home: Path, shown: list[tuple[str, str, str]]  # type: ignore[no-untyped-def]
) -> None:
    from tests.ui.session_helpers import open_main_window

    window = open_main_window(qtbot, read_only_home)
    qtbot.waitUntil(lambda: "alleen-lezen" in window.start_screen.status.text(), timeout=5000)
    assert history_db(read_only_home).exists()


def test_a_full_disk_during_a_session_never_shows_a_step_that_was_not_stored(
    qtbot, full_disk: Path | None, shown: list[tuple[str, str, str]]  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt

    from gedragen.core.session import replay
    from tests.ui.session_helpers import open_main_window, start_session, stored_events

    if full_disk is None:
        pytest.skip("needs root to mount a small tmpfs")
    window = open_main_window(qtbot, full_disk)
    screen = start_session(qtbot, window, "board", teams=2, cards=3)
    ctrl = window.controller
    assert ctrl is not None
    ctrl.wait_idle()
    board = screen.view()
    fill_disk(full_disk)
    qtbot.keyClick(board, Qt.Key.Key_1)
    ctrl.wait_idle()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "vol" in shown[0][1]
    (full_disk / ".ballast").unlink()
    qtbot.keyClick(board, Qt.Key.Key_3)
    ctrl.wait_idle()
    qtbot.wait(50)
    # what the facilitator sees is what a resume after a crash would show
    assert replay(stored_events(full_disk, ctrl.state.id)) == ctrl.state

"""Opening the history only to read (`gedragen sessions`, `export`, `report`): nothing is created or changed."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from history_support import make_deck, next_event, start_event
from tmpfs_support import mount_tmpfs, remount_read_only, unmount

from gedragen.core.errors import StoreError
from gedragen.core.paths import history_db
from gedragen.core.session import replay
from gedragen.store import DamagedHistoryError, History, NewerHistoryError
from gedragen.store.database import SCHEMA_VERSION

DECK = make_deck()


def _record(folder: Path, session_id: str = "sessie-1", steps: int = 12) -> tuple[str, tuple[object, ...]]:
    with History(folder) as history:
        sid = history.start(start_event(DECK, session_id=session_id))
        rng = random.Random(3)
        for _ in range(steps):
            history.append(sid, next_event(history.state(sid), DECK, rng))
        return sid, history.events(sid)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_missing_history_is_empty_and_nothing_is_created(tmp_path: Path) -> None:
    folder = tmp_path / "bestaat-niet"
    with History.open_read_only(folder) as history:
        assert history.sessions() == [] and history.unfinished() == []
        with pytest.raises(StoreError, match="Geen sessie gevonden"):
            history.find("sessie")
    assert not folder.exists()


def test_reads_a_history_without_changing_a_byte_or_leaving_files(data_home: Path) -> None:
    sid, events = _record(data_home)
    before = _files(data_home)
    with History(data_home, read_only=True) as history:
        assert [s.id for s in history.sessions()] == [sid]
        assert history.events(sid) == events
        assert history.state(history.find(sid[:4])) == replay(events)
    assert _files(data_home) == before


def test_every_write_is_refused(data_home: Path) -> None:
    sid, events = _record(data_home)
    with History.open_read_only(data_home) as history:
        state = history.state(sid)
        with pytest.raises(StoreError, match="alleen geopend om te lezen"):
            history.append(sid, next_event(state, DECK, random.Random(9)))
        with pytest.raises(StoreError, match="alleen geopend om te lezen"):
            history.delete(sid)
        with pytest.raises(StoreError, match="alleen geopend om te lezen"):
            history.start(start_event(DECK, session_id="nieuw"))
        assert history.events(sid) == events


def test_reader_sees_what_the_running_app_stored_and_the_app_goes_on(data_home: Path) -> None:
    app = History(data_home)
    try:
        sid = app.start(start_event(DECK))
        rng = random.Random(4)
        for _ in range(5):
            app.append(sid, next_event(app.state(sid), DECK, rng))
        with History.open_read_only(data_home) as reader:
            assert reader.events(sid) == app.events(sid)
        app.append(sid, next_event(app.state(sid), DECK, rng))
        assert len(app.events(sid)) == 7
    finally:
        app.close()


def test_newer_version_is_refused_clearly(data_home: Path) -> None:
    _record(data_home)
    db = sqlite3.connect(history_db(data_home))
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = _files(data_home)
    with pytest.raises(NewerHistoryError, match="nieuwere versie"):
        History.open_read_only(data_home)
    assert _files(data_home) == before


def test_damaged_file_is_refused_and_left_alone(data_home: Path) -> None:
    history_db(data_home).write_bytes(b"geen database\n" * 300)
    before = _files(data_home)
    with pytest.raises(DamagedHistoryError, match="beschadigd"):
        History.open_read_only(data_home)
    assert _files(data_home) == before


def test_an_empty_file_is_an_empty_history(data_home: Path) -> None:
    history_db(data_home).write_bytes(b"")
    with History.open_read_only(data_home) as history:
        assert history.sessions() == []
    assert history_db(data_home).read_bytes() == b""


@pytest.fixture
def locked_stick(tmp_path: Path) -> Iterator[tuple[Path, str, tuple[object, ...]]]:
    """A folder on a read-only filesystem (a locked USB stick) holding a recorded WAL-mode history."""
    folder = tmp_path / "usb"
    if not mount_tmpfs(folder, "1m"):
        pytest.skip("a read-only filesystem needs root to mount a tmpfs")
    try:
        sid, events = _record(folder)
        remount_read_only(folder)
        yield folder, sid, events
    finally:
        unmount(folder)


def test_a_locked_stick_can_be_read(locked_stick: tuple[Path, str, tuple[object, ...]]) -> None:
    folder, sid, events = locked_stick
    with pytest.raises(StoreError, match="alleen-lezen"):
        History(folder)
    with History.open_read_only(folder) as history:
        assert [s.id for s in history.sessions()] == [sid]
        assert history.events(sid) == events
    assert sorted(p.name for p in folder.iterdir()) == [history_db(folder).name]

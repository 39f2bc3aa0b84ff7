"""The SQLite history: persistence, undo, two instances, threads, and the damage it must survive."""

from __future__ import annotations

import os
import random
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from history_support import TEAMS, make_deck, next_event, start_event
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tmpfs_support import mount_tmpfs, remount_read_only, unmount

from gedragen.core.errors import SessionError, StoreError
from gedragen.core.events import CardPlaced, RoundClosed, RoundDrawn, SessionEnded
from gedragen.core.paths import history_db
from gedragen.core.session import apply, replay
from gedragen.store import DamagedHistoryError, History, NewerHistoryError
from gedragen.store.database import SCHEMA_VERSION

DECK = make_deck()


def play(history: History, session_id: str, count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    for _ in range(count):
        state = history.state(session_id)
        if state.is_ended:
            return
        history.append(session_id, next_event(state, DECK, rng))


@pytest.fixture
def history(data_home: Path) -> Iterator[History]:
    with History(data_home) as h:
        yield h


def test_events_persist_and_replay_to_the_same_state(data_home: Path) -> None:
    with History(data_home) as history:
        sid = history.start(start_event(DECK))
        play(history, sid, 120)
        live = history.state(sid)
        events = history.events(sid)
    with History(data_home) as again:
        assert again.events(sid) == events
        assert again.state(sid) == live == replay(events)
        assert live.event_count == len(events)


def test_schema_and_durability_settings(history: History) -> None:
    db = sqlite3.connect(history.path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert history._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    sid = history.start(start_event(DECK))
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO events VALUES (?, 0, 'round_closed', '{}')", (sid,))
    db.close()


def test_illegal_event_is_refused_and_not_stored(data_home: Path) -> None:
    with History(data_home) as history:
        sid = history.start(start_event(DECK))
        with pytest.raises(SessionError, match="geen open ronde"):
            history.append(sid, CardPlaced("t1", "k-000", 0, 0))
        assert len(history.events(sid)) == 1
    with History(data_home) as again:
        assert len(again.events(sid)) == 1


def test_second_start_with_same_id_and_unknown_session(history: History) -> None:
    sid = history.start(start_event(DECK))
    with pytest.raises(StoreError, match="al een sessie"):
        history.start(start_event(DECK))
    with pytest.raises(StoreError, match="staat niet in de geschiedenis"):
        history.state("nope")
    assert history.has(sid) and not history.has("nope")


def test_list_unfinished_find_and_delete(history: History) -> None:
    one = history.start(start_event(DECK, session_id="abc-1"))
    two = history.start(start_event(DECK, "debate", session_id="abd-2"))
    history.append(two, SessionEnded("2026-11-23T21:00:00+01:00"))
    summaries = {s.id: s for s in history.sessions()}
    assert summaries[one].variant == "board" and summaries[one].date == "2026-11-23"
    assert summaries[two].is_ended and summaries[two].events == 2
    assert [s.id for s in history.unfinished()] == [one]
    assert history.find("abc") == one and history.find("abd-2") == two
    with pytest.raises(StoreError, match="past bij 2 sessies"):
        history.find("ab")
    with pytest.raises(StoreError, match="Geen sessie"):
        history.find("zz")
    history.delete(one)
    assert [s.id for s in history.sessions()] == [two]
    db = sqlite3.connect(history.path)
    assert db.execute("SELECT count(*) FROM events WHERE session_id = ?", (one,)).fetchone()[0] == 0
    db.close()
    with pytest.raises(StoreError):
        history.delete(one)


def test_undo_drops_the_last_event_for_good(data_home: Path) -> None:
    with History(data_home) as history:
        sid = history.start(start_event(DECK))
        history.append(sid, RoundDrawn(1, ("k-001", "k-002"), "hand"))
        history.append(sid, CardPlaced("t1", "k-001", 0, 0))
        state = history.undo(sid)
        assert state.rounds[0].board("t1").zones == ((), (), ())
        history.append(sid, CardPlaced("t1", "k-002", 2, 0))
        history.undo(sid)
        history.undo(sid)
        with pytest.raises(SessionError, match="niets om ongedaan"):
            history.undo(sid)
    with History(data_home) as again:
        assert len(again.events(sid)) == 1 and again.sessions()[0].events == 1


def test_ended_session_is_recorded_in_the_list(history: History) -> None:
    sid = history.start(start_event(DECK))
    history.append(sid, SessionEnded("2026-11-23T21:00:00+01:00"))
    assert history.sessions()[0].ended == "2026-11-23T21:00:00+01:00"
    history.undo(sid)
    assert history.sessions()[0].ended is None


def test_a_second_instance_cannot_interleave_a_session(data_home: Path) -> None:
    with History(data_home) as first, History(data_home) as second:
        sid = first.start(start_event(DECK))
        first.append(sid, RoundDrawn(1, ("k-001", "k-002"), "hand"))
        assert second.state(sid).current_round is not None
        first.append(sid, CardPlaced("t1", "k-001", 0, 0))
        with pytest.raises(StoreError, match="ander venster"):
            second.append(sid, CardPlaced("t2", "k-002", 0, 0))
        assert second.reload(sid).rounds[0].zone_of("t1", "k-001") == 0
        second.append(sid, CardPlaced("t2", "k-002", 0, 0))
        with pytest.raises(StoreError, match="ander venster"):
            first.undo(sid)
        assert [e for e in first.reload(sid).rounds[0].placements()] == list(
            second.state(sid).rounds[0].placements()
        )


def test_a_busy_database_gives_a_clear_error_and_keeps_nothing(data_home: Path) -> None:
    with History(data_home, busy_timeout_ms=100) as history:
        sid = history.start(start_event(DECK))
        other = sqlite3.connect(history_db(data_home), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match="bezet"):
            history.append(sid, RoundDrawn(1, ("k-001",), "hand"))
        other.execute("ROLLBACK")
        other.close()
        assert len(history.events(sid)) == 1
        history.append(sid, RoundDrawn(1, ("k-001",), "hand"))
        assert len(history.events(sid)) == 2


def test_usable_from_a_worker_thread(history: History) -> None:
    sid = history.start(start_event(DECK))
    with ThreadPoolExecutor(max_workers=1) as worker:
        worker.submit(play, history, sid, 40).result()
        state = worker.submit(history.state, sid).result()
    assert state == replay(history.events(sid))
    assert threading.current_thread() is threading.main_thread()
    assert history.sessions()[0].events == state.event_count


def test_import_events_once(history: History) -> None:
    events = [start_event(DECK, session_id="imp")]
    rng = random.Random(3)
    state = apply(None, events[0])
    for _ in range(50):
        event = next_event(state, DECK, rng)
        state = apply(state, event)
        events.append(event)
    assert history.import_events(events) is True
    assert history.import_events(events) is False
    assert history.events("imp") == tuple(events)
    assert history.sessions()[0].imported
    with pytest.raises(SessionError):
        history.import_events([events[0], RoundClosed()])


# --- damage ----------------------------------------------------------------------------------


def test_garbage_file_is_moved_aside_not_deleted(data_home: Path) -> None:
    garbage = b"dit is geen database\n" * 500
    history_db(data_home).write_bytes(garbage)
    with pytest.raises(DamagedHistoryError, match="beschadigd"):
        History(data_home)
    history, notice = History.open_or_recover(data_home)
    with history:
        assert notice is not None and "beschadigd" in notice and "nieuwe, lege geschiedenis" in notice
        aside = [p for p in data_home.iterdir() if ".beschadigd-" in p.name]
        assert len(aside) == 1 and aside[0].read_bytes() == garbage and str(aside[0]) in notice
        sid = history.start(start_event(DECK))
        assert history.state(sid).event_count == 1


def test_truncated_file_is_detected_and_moved_aside(data_home: Path) -> None:
    with History(data_home) as history:
        sid = history.start(start_event(DECK))
        play(history, sid, 400)
    path = history_db(data_home)
    size = path.stat().st_size
    assert size > 8 * 4096
    with open(path, "r+b") as handle:
        handle.truncate(size // 2)
    history, notice = History.open_or_recover(data_home)
    with history:
        assert notice is not None and "bewaard als" in notice
        assert history.sessions() == []
    assert any(".beschadigd-" in p.name and p.stat().st_size == size // 2 for p in data_home.iterdir())


def test_healthy_history_opens_without_notice(data_home: Path) -> None:
    with History(data_home) as history:
        history.start(start_event(DECK))
    history, notice = History.open_or_recover(data_home)
    with history:
        assert notice is None and len(history.sessions()) == 1


def test_newer_schema_is_refused_and_can_be_set_aside(data_home: Path) -> None:
    with History(data_home) as history:
        history.start(start_event(DECK))
    db = sqlite3.connect(history_db(data_home))
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(NewerHistoryError, match="nieuwere versie"):
        History(data_home)
    history, notice = History.open_or_recover(data_home)
    with history:
        assert notice is not None and "nieuwere versie" in notice
        assert history.sessions() == []
    assert any(".nieuwere-versie-" in p.name for p in data_home.iterdir())


def test_disk_full_keeps_every_confirmed_event(data_home: Path) -> None:
    """SQLITE_FULL, induced for real by capping the database's page count."""
    with History(data_home) as history:
        sid = history.start(start_event(DECK))
        play(history, sid, 30)
        confirmed = history.events(sid)
        pages = history._db.execute("PRAGMA page_count").fetchone()[0]
        history._db.execute(f"PRAGMA max_page_count = {pages}")
        rng = random.Random(9)
        with pytest.raises(StoreError, match="schijf is vol"):
            for _ in range(2000):
                history.append(sid, next_event(history.state(sid), DECK, rng))
        stored = history.events(sid)
        assert stored[: len(confirmed)] == confirmed
    with History(data_home) as again:
        assert again.events(sid) == stored
        play(again, sid, 5, seed=4)
        assert len(again.events(sid)) > len(stored) or again.state(sid).is_ended


def test_disk_full_on_a_real_tiny_filesystem(tmp_path: Path) -> None:
    """A full filesystem (a 256 KiB tmpfs): the write fails clearly, confirmed events stay readable."""
    folder = tmp_path / "klein"
    folder.mkdir()
    if not mount_tmpfs(folder, "256k"):
        pytest.skip("mounting a tmpfs needs root on Linux; the page-cap test covers SQLITE_FULL")
    try:
        with History(folder) as history:
            sid = history.start(start_event(DECK))
            filler = folder / "vulling"
            with pytest.raises(OSError), open(filler, "wb") as handle:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
            confirmed = history.events(sid)
            rng = random.Random(2)
            with pytest.raises(StoreError, match=r"schijf is vol|niet bewaard"):
                for _ in range(5000):
                    history.append(sid, next_event(history.state(sid), DECK, rng))
            stored = history.events(sid)
            assert stored[: len(confirmed)] == confirmed
        filler.unlink()
        with History(folder) as again:
            assert again.events(sid) == stored
    finally:
        unmount(folder)


def test_read_only_data_folder_is_a_clear_store_error(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    if os.geteuid() == 0:
        if not mount_tmpfs(folder, "1m"):
            pytest.skip("as root a read-only folder needs a mount, which is not allowed here")
        with History(folder) as history:
            history.start(start_event(DECK))
        remount_read_only(folder)
    else:
        with History(folder) as history:
            history.start(start_event(DECK))
        folder.chmod(0o555)
        history_db(folder).chmod(0o444)
    try:
        with pytest.raises(StoreError, match=r"alleen-lezen|kan niet worden geopend"):
            History(folder)
        empty = folder / "nieuw"
        with pytest.raises(StoreError, match="kan niet worden gemaakt"):
            History(empty)
    finally:
        if os.geteuid() == 0:
            unmount(folder)
        else:
            folder.chmod(0o755)


def test_data_folder_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="kan niet worden gemaakt"):
        History(blocker / "gegevens")


def test_team_ids_survive_in_events(history: History) -> None:
    sid = history.start(start_event(DECK))
    assert history.state(sid).teams == TEAMS


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 10_000), st.sampled_from(["board", "quick", "debate"]), st.integers(1, 60))
def test_store_round_trip_equals_live_state(tmp_path: Path, seed: int, variant: str, steps: int) -> None:
    folder = tmp_path / f"h-{seed}-{variant}-{steps}"
    rng = random.Random(seed)
    start = start_event(DECK, variant, seed=seed)
    live = apply(None, start)
    with History(folder) as history:
        history.start(start)
        for _ in range(steps):
            if live.is_ended:
                break
            event = next_event(live, DECK, rng)
            live = apply(live, event)
            history.append(start.session_id, event)
            assert history.state(start.session_id) == live
    with History(folder) as again:
        assert again.state(start.session_id) == live
        assert replay(again.events(start.session_id)) == live


def test_a_hand_edited_event_row_is_reported_with_its_step(data_home: Path) -> None:
    with History(data_home) as history:
        sid = history.start(start_event(DECK))
        history.append(sid, RoundDrawn(1, ("k-001", "k-002"), "hand"))
        history.append(sid, CardPlaced("t1", "k-001", 0, 0))
    db = sqlite3.connect(history_db(data_home))
    db.execute("UPDATE events SET payload = ? WHERE seq = 2", ('{"type": "card_placed", "team": "t1"}',))
    db.commit()
    with History(data_home) as history:
        with pytest.raises(StoreError, match=r"beschadigd bij stap 2: .*mist velden"):
            history.state(sid)
        db.execute("UPDATE events SET payload = 'niet json' WHERE seq = 2")
        db.commit()
        with pytest.raises(StoreError, match="beschadigd bij stap 2"):
            history.reload(sid)
        db.execute("DELETE FROM events WHERE seq = 1")
        db.commit()
        with pytest.raises(StoreError, match="stap 1 ontbreekt"):
            history.reload(sid)
    db.close()

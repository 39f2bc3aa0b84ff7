"""When the history refuses a write during a session, the screen goes back to what is stored, and says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tmpfs_support import mount_tmpfs, unmount

from gedragen.core.events import CardSkipped
from gedragen.core.session import replay
from gedragen.store import History
from tests.ui.session_helpers import open_main_window, start_session, stored_events


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The main window's error dialogs as (title, text), recorded instead of shown (no modal loop in tests)."""
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "gedragen.ui.main_window.show_error", lambda parent, title, text, next_step: calls.append((title, text))
    )
    return calls


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB filesystem (room for the deck cache and the history) to fill up later."""
    folder = tmp_path / "klein"
    if not mount_tmpfs(folder, "1m"):
        pytest.skip("a small filesystem needs root to mount a tmpfs")
    try:
        yield folder
    finally:
        unmount(folder)


def _fill(folder: Path) -> Path:
    """Write a ballast file until the filesystem refuses (a real ENOSPC afterwards)."""
    ballast = folder / ".ballast"
    try:
        with ballast.open("wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)
    except OSError:
        pass
    return ballast


def test_a_full_disk_puts_the_screen_back_on_the_stored_steps(
    qtbot, small_disk: Path, shown: list[tuple[str, str]]  # type: ignore[no-untyped-def]
) -> None:
    window = open_main_window(qtbot, small_disk)
    start_session(qtbot, window, "board", teams=2, cards=3)
    ctrl = window.controller
    assert ctrl is not None
    ctrl.wait_idle()
    saved = ctrl.state
    rnd = ctrl.current_round()
    assert rnd is not None
    first, second = rnd.cards[:2]
    ballast = _fill(small_disk)
    assert ctrl.place("t1", first, 0, 0) and ctrl.place("t2", second, 1, 0)  # both on screen at once
    ctrl.wait_idle()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(50)
    assert len(shown) == 1  # one dialog, not one per refused step
    _title, text = shown[0]
    assert "vol" in text and "toont weer wat wel bewaard is" in text and "ruimte vrij" in text
    assert ctrl.state == saved == replay(stored_events(small_disk, saved.id))
    assert ctrl.events == list(stored_events(small_disk, saved.id))
    # with room again the facilitator redoes the step, and it is stored
    ballast.unlink()
    assert ctrl.place("t1", first, 0, 0)
    ctrl.wait_idle()
    qtbot.wait(50)
    assert ctrl.state == replay(stored_events(small_disk, saved.id))
    assert ctrl.state.current_round is not None and ctrl.state.current_round.zone_of("t1", first) == 0
    assert len(shown) == 1


def test_a_step_another_window_stored_meanwhile_is_shown_after_the_refusal(
    qtbot, data_home: Path, shown: list[tuple[str, str]]  # type: ignore[no-untyped-def]
) -> None:
    """A second Gedragen on the same folder changed the session: the refused step goes, theirs appears."""
    window = open_main_window(qtbot, data_home)
    start_session(qtbot, window, "board", teams=2, cards=3)
    ctrl = window.controller
    assert ctrl is not None
    ctrl.wait_idle()
    rnd = ctrl.current_round()
    assert rnd is not None
    with History(data_home) as other:
        other.append(ctrl.state.id, CardSkipped(rnd.cards[2]))
    assert ctrl.place("t1", rnd.cards[0], 0, 0)
    ctrl.wait_idle()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "ander venster" in shown[0][1] and "toont weer wat wel bewaard is" in shown[0][1]
    assert "ruimte vrij" not in shown[0][1]  # no disk advice when the disk is not the problem
    stored = stored_events(data_home, ctrl.state.id)
    assert ctrl.events == list(stored) and ctrl.state == replay(stored)
    assert ctrl.state.current_round is not None
    assert ctrl.state.current_round.zone_of("t1", rnd.cards[0]) is None
    assert rnd.cards[2] in ctrl.state.current_round.skipped
    # and the session goes on from there, in step with the history
    assert ctrl.place("t1", rnd.cards[0], 0, 0)
    ctrl.wait_idle()
    qtbot.wait(50)
    assert ctrl.state == replay(stored_events(data_home, ctrl.state.id))
    assert len(shown) == 1

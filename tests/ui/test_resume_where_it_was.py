"""After a crash (kill -9) the facilitator finds the session as it was: the timer goes on with the time that
was left, the same team is on screen, and the window has its size and maximised state."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gedragen.ui.common.settings import Settings
from gedragen.ui.main_window import MainWindow
from gedragen.ui.session.board import BoardView
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


def crash_and_resume(qtbot, data_home: Path, session_id: str, crashed: MainWindow):  # type: ignore[no-untyped-def]
    # the first window is simply abandoned, as after kill -9: no close event, nothing saved on the way out;
    # a kill comes after the steps the store acknowledged, so those are on disk first
    crashed.store.wait()
    again = open_main_window(qtbot, data_home)
    again.resume_session(session_id)
    return again, again.current_page()


def test_the_timer_and_the_team_come_back_as_they_were(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    Settings(data_home).set("session/timer_minutes", 5)
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=3, cards=4)
    ctrl = window.controller
    board = screen.view()
    assert isinstance(board, BoardView)
    assert ctrl.timer.remaining() == 300
    board.set_team(1)  # team B's board is being entered
    ctrl.place("t2", ctrl.current_round().cards[0], 0, 0)
    ctrl.wait_idle()
    # three seconds of the round have passed when the laptop dies
    saved = Settings(data_home)
    marked = time.time()
    saved.set_play_state(ctrl.session_id, deadline=marked + 297)
    session_id = ctrl.session_id
    ctrl.timer.stop()
    again, screen2 = crash_and_resume(qtbot, data_home, session_id, window)
    board2 = screen2.view()
    assert isinstance(board2, BoardView)
    assert board2.team_id() == "t2"
    # the deadline runs on while the app restarts: exactly the seconds that passed are gone (a loaded
    # machine may take many seconds to resume; a timer that restarted or stood still would be seen)
    remaining = again.controller.timer.remaining()
    passed = time.time() - marked
    assert 297 - passed - 1 <= remaining <= 297


def test_a_paused_timer_comes_back_paused(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    Settings(data_home).set("session/timer_minutes", 2)
    window = open_main_window(qtbot, data_home)
    start_session(qtbot, window, "board", teams=2, cards=3)
    ctrl = window.controller
    ctrl.timer._remaining = 75  # 45 seconds have gone by
    ctrl.timer.toggle_pause()
    session_id = ctrl.session_id
    ctrl.timer.stop()
    again, _screen = crash_and_resume(qtbot, data_home, session_id, window)
    assert again.controller.timer.is_paused() and again.controller.timer.remaining() == 75


def test_the_window_comes_back_maximised_after_a_crash(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    window.showMaximized()
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowMaximized))
    qtbot.waitUntil(lambda: Settings(data_home).geometry("main") is not None, timeout=3000)
    from gedragen.ui.app import main_widget_for_tests

    again = main_widget_for_tests(data_home)  # no closeEvent for the first window: it was killed
    qtbot.addWidget(again)
    assert again.windowState() & Qt.WindowState.WindowMaximized

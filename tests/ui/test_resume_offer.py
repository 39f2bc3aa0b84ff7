"""The start-up check for an interrupted session may answer late: it must not take the keys or offer the running one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from session_helpers import open_main_window, start_session


def test_a_late_answer_neither_offers_the_running_session_nor_takes_the_focus(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = start_session(qtbot, window, "board", teams=2, cards=2)
    board = screen.view()
    board.setFocus()
    assert QApplication.focusWidget() is board

    running = window.controller.session_id
    window._offer_resume((running, "Team onderbouw", "23-11-2026 20:15"), None)
    assert window.start_screen.resume_id() == ""
    assert QApplication.focusWidget() is board

    window._offer_resume(("een-andere-sessie", "Klas 2B", "22-11-2026 09:00"), None)
    assert window.start_screen.resume_id() == "een-andere-sessie"
    assert QApplication.focusWidget() is board  # the start screen is not shown: the keys stay on the board
    window.controller.close()

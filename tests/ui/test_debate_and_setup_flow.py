"""Walking debate and setup, as a facilitator meets them: no team fields for a debate, Tab follows the
counting, a click in a count field replaces the number, and an eigen-situaties deck made during a session
is offered at once for the next session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gedragen.ui.session.debate import DebateView
from gedragen.ui.session.dialogs import EigenSituatieDialog
from gedragen.ui.session.setup import SessionSetup
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


def test_the_debate_setup_shows_no_team_fields(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    window.start_screen.new_button.click()
    setup = window.current_page()
    assert isinstance(setup, SessionSetup)
    assert setup.teams_box.isVisible() and setup.team_count.isVisible()
    setup.set_variant("debate")
    assert not setup.teams_box.isVisible() and not setup.team_count.isVisible()
    setup.set_variant("board")
    assert setup.teams_box.isVisible() and setup.team_count.isVisible()


def debate(qtbot, data_home: Path) -> DebateView:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "debate")
    view = screen.view()
    assert isinstance(view, DebateView)
    window.activateWindow()
    return view


def test_tab_goes_before_left_before_right_after_left_after_right(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    view = debate(qtbot, data_home)
    qtbot.waitUntil(lambda: view.window().isActiveWindow())
    chain = [view.left.before, view.right.before, view.left.after, view.right.after]
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: chain[0].hasFocus())
    for there in chain[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is there or focused.parentWidget() is there, focused


def test_a_click_in_a_count_field_replaces_the_number(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    view = debate(qtbot, data_home)
    spin = view.left.before
    assert spin.value() == 0
    QTest.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    spin.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: spin.lineEdit().selectedText() == "0")
    QTest.keyClicks(spin.lineEdit(), "14")
    assert spin.text() == "14" and spin.value() == 14


def test_a_new_eigen_situaties_deck_is_offered_in_the_next_setup(  # type: ignore[no-untyped-def]
    qtbot, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: EigenSituatieDialog) -> int:
        dialog.text_edit.setPlainText("Een ouder zet een foto van de schoolreis met alle kinderen op Facebook.")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(EigenSituatieDialog, "exec", fill)
    monkeypatch.setattr("gedragen.ui.session.screen.ask", lambda *args: True)
    window = open_main_window(qtbot, data_home)
    before = {d.id for d in window.decks}
    screen = start_session(qtbot, window, "board", teams=2, cards=3)
    screen.add_custom_card()
    kept: list[str] = []
    window.controller.custom_card_kept.connect(kept.append)
    qtbot.waitUntil(lambda: bool(kept) or len(window.library.all()) > len(before), timeout=5000)
    new_decks = {d.id for d in window.library.all()} - before
    assert new_decks, "the eigen situatie was not kept in an own deck"
    window.show_start()
    QApplication.processEvents()
    window.start_screen.new_button.click()
    setup = window.current_page()
    assert isinstance(setup, SessionSetup)
    offered = {setup.deck_combo.itemData(i) for i in range(setup.deck_combo.count())}
    assert new_decks <= offered

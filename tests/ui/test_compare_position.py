"""The compare view: each card shows its own stored group position; a digit or a click stores it at once;
moving to another card never carries a position over."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gedragen.core.events import OutcomeRecorded
from gedragen.ui.session.compare import CompareView
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
    stored_events,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


def revealed(qtbot, data_home: Path):  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=3, cards=4)
    ctrl = window.controller
    cards = ctrl.current_round().cards
    for team in ("t1", "t2", "t3"):
        for i, card in enumerate(cards):
            ctrl.place(team, card, (i + int(team[1])) % 3, 0)
    ctrl.reveal()
    compare = screen.view()
    assert isinstance(compare, CompareView)
    return window, ctrl, compare


def outcomes(data_home: Path, session_id: str) -> dict[str, OutcomeRecorded]:
    found: dict[str, OutcomeRecorded] = {}
    for event in stored_events(data_home, session_id):
        if isinstance(event, OutcomeRecorded):
            found[event.card] = event
    return found


def test_a_digit_stores_the_position_and_the_next_card_shows_its_own(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _window, ctrl, compare = revealed(qtbot, data_home)
    first, second = compare.order()[:2]
    compare.select_card(first)
    compare.table.setFocus()
    QTest.keyClick(compare.table, Qt.Key.Key_2)
    ctrl.wait_idle()
    assert outcomes(data_home, ctrl.session_id)[first].group_zone == 1  # stored at once
    assert "✎" in compare.table.item(0, 0).text()
    QTest.keyClick(compare.table, Qt.Key.Key_Down)
    assert compare.current_card() == second
    assert compare.group_zone() is None  # nothing carried over from the first card
    compare.agreement_edit.setPlainText("We vragen eerst of het goed is.")
    compare.save_outcome()
    ctrl.wait_idle()
    stored = outcomes(data_home, ctrl.session_id)
    assert stored[second].group_zone is None and stored[second].agreement == "We vragen eerst of het goed is."
    assert stored[first].group_zone == 1
    QTest.keyClick(compare.table, Qt.Key.Key_Up)
    assert compare.current_card() == first and compare.group_zone() == 1


def test_zero_clears_and_a_click_stores(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _window, ctrl, compare = revealed(qtbot, data_home)
    first = compare.order()[0]
    compare.select_card(first)
    compare.zone_buttons[2].click()
    ctrl.wait_idle()
    assert outcomes(data_home, ctrl.session_id)[first].group_zone == 2
    compare.table.setFocus()
    QTest.keyClick(compare.table, Qt.Key.Key_0)
    ctrl.wait_idle()
    assert outcomes(data_home, ctrl.session_id)[first].group_zone is None
    assert compare.group_zone() is None


def test_after_the_reveal_the_room_sees_the_card_the_facilitator_sees(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.session.board import BoardView
    from gedragen.ui.session.presenter import AudienceView

    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=3, cards=6)
    ctrl = window.controller
    board = screen.view()
    assert isinstance(board, BoardView)
    cards = ctrl.current_round().cards
    for team in ("t1", "t2", "t3"):
        for i, card in enumerate(cards):
            ctrl.place(team, card, (i * int(team[1])) % 3, 0)
    board.select_card(cards[-1])  # the facilitator last looked at card 6
    audience = AudienceView(ctrl)
    qtbot.addWidget(audience)
    screen.reveal()
    compare = screen.view()
    assert isinstance(compare, CompareView)
    shown = compare.current_card()
    assert shown == compare.order()[0]
    assert ctrl.focus_card == shown
    number = ctrl.card_number(shown)
    assert f"kaart {number} van 6" in audience.header.text()


def test_the_compare_list_shows_each_cards_printed_code(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _window, ctrl, compare = revealed(qtbot, data_home)
    for row, card in enumerate(compare.order()):
        assert compare.table.item(row, 0).text().startswith(f"{ctrl.card_number(card)}. [{card}] ")
    assert compare.current_card() in compare.card_title.text()

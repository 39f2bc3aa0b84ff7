"""Entering a round fast: a whole board as one typed line, and the next digit always places the card the
facilitator sees (after a drag, after an eigen situatie). Cards show their printed code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from gedragen.core.events import CardPlaced
from gedragen.ui.session.board import BoardView
from gedragen.ui.session.dialogs import EigenSituatieDialog
from gedragen.ui.session.models import card_mime
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
    stored_events,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


def board_session(qtbot, data_home: Path, teams: int = 3):  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=teams, cards=6)
    board = screen.view()
    assert isinstance(board, BoardView)
    return window, window.controller, board


def test_three_teams_by_board_lines_take_three_lines_and_three_enters(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _window, ctrl, board = board_session(qtbot, data_home)
    cards = ctrl.current_round().cards
    before = len(ctrl.events)
    lines = {"t1": "313212", "t2": "112233", "t3": "321321"}
    presses = 0
    board.focus_line()
    for line in lines.values():
        for digit in line:
            QTest.keyClick(board.line_edit, digit)
            presses += 1
        QTest.keyClick(board.line_edit, Qt.Key.Key_Return)
        presses += 1
    assert presses == 3 * 6 + 3
    ctrl.wait_idle()
    for team, line in lines.items():
        expected = tuple(tuple(c for c, d in zip(cards, line, strict=True) if int(d) == z + 1) for z in range(3))
        assert ctrl.board(team) == expected
    placed = [e for e in ctrl.events[before:] if isinstance(e, CardPlaced)]
    assert len(placed) == 18 and len(ctrl.events) - before == 18
    assert stored_events(data_home, ctrl.session_id) == tuple(ctrl.events)  # all stored, in order


def test_the_preview_shows_the_board_before_it_is_stored(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _window, ctrl, board = board_session(qtbot, data_home)
    before = len(ctrl.events)
    board.focus_line()
    QTest.keyClicks(board.line_edit, "313212")
    assert "vak 1: 2 5" in board.line_preview.text() and "vak 3: 1 3" in board.line_preview.text()
    assert len(ctrl.events) == before  # nothing stored until Enter


@pytest.mark.parametrize(("line", "message"), [("31321", "5 cijfers voor 6 kaarten"),
                                               ("313242", "vak 4 bestaat niet")])
def test_a_wrong_line_stores_nothing_and_says_why(qtbot, data_home: Path, line: str, message: str) -> None:  # type: ignore[no-untyped-def]
    _window, ctrl, board = board_session(qtbot, data_home)
    before = len(ctrl.events)
    board.focus_line()
    QTest.keyClicks(board.line_edit, line)
    QTest.keyClick(board.line_edit, Qt.Key.Key_Return)
    assert len(ctrl.events) == before
    assert message in board.line_preview.text()
    assert board.team_id() == "t1" and board.line_edit.text() == line  # still there to correct


def test_a_line_over_a_half_placed_board_stores_only_the_difference(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _window, ctrl, board = board_session(qtbot, data_home)
    cards = ctrl.current_round().cards
    ctrl.place("t1", cards[0], 2, 0)
    ctrl.place("t1", cards[1], 0, 0)
    before = len(ctrl.events)
    board.focus_line()
    QTest.keyClicks(board.line_edit, "313212")
    QTest.keyClick(board.line_edit, Qt.Key.Key_Return)
    assert len(ctrl.events) - before == 4  # cards 1 and 2 already lay where the line puts them


def test_after_a_drag_the_next_digit_places_the_next_card(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _window, ctrl, board = board_session(qtbot, data_home)
    cards = ctrl.current_round().cards
    assert board.selected_card() == cards[0]
    # drag the card that is shown into zone 2
    assert board.models[2].dropMimeData(card_mime(cards[0]), Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert board.selected_card() == cards[1]
    board.setFocus()
    QTest.keyClick(board, Qt.Key.Key_3)
    assert ctrl.board("t1") == ((), (cards[0],), (cards[1],))


def test_after_an_eigen_situatie_it_is_shown_and_the_next_digit_places_it(  # type: ignore[no-untyped-def]
    qtbot, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: EigenSituatieDialog) -> int:
        dialog.text_edit.setPlainText("Een leerling fotografeert stiekem het rooster van de juf.")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(EigenSituatieDialog, "exec", fill)
    window, ctrl, board = board_session(qtbot, data_home)
    screen = window.current_page()
    screen.add_custom_card()
    new = ctrl.current_round().cards[-1]
    assert new.startswith("eigen")
    assert board.selected_card() == new
    board.setFocus()
    QTest.keyClick(board, Qt.Key.Key_2)
    assert ctrl.board("t1")[1] == (new,)


def test_cards_show_their_printed_code(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _window, ctrl, board = board_session(qtbot, data_home)
    first = ctrl.current_round().cards[0]
    label = board.models[0].data(board.models[0].index(0), Qt.ItemDataRole.DisplayRole)
    assert label.startswith(f"1. [{first}] ")

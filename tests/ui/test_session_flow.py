"""Whole sessions driven through the UI, for each variant, checked against what the history stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from gedragen.core.analysis import analyse_round
from gedragen.core.events import (
    CardPlaced,
    DebateCounted,
    OutcomeRecorded,
    RoundDrawn,
    SessionEnded,
    SessionStarted,
)
from gedragen.core.session import replay
from gedragen.ui.history.summary import SummaryView
from gedragen.ui.session.board import BoardView
from gedragen.ui.session.compare import CompareView
from gedragen.ui.session.debate import DebateView
from gedragen.ui.session.models import card_mime
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
    stored_events,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


@pytest.fixture
def always_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Confirmation dialogs answer yes (no modal loop in tests)."""
    monkeypatch.setattr("gedragen.ui.session.screen.ask", lambda *args: True)


def test_board_session_by_keyboard_and_drop(qtbot, data_home: Path, always_yes: None) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=3, cards=4)
    board = screen.view()
    assert isinstance(board, BoardView)
    ctrl = window.controller
    assert ctrl is not None
    cards = ctrl.current_round().cards
    assert len(cards) == 4

    # team A by keyboard: the digit puts the chosen card in that zone and moves on to the next card
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_1):
        qtbot.keyClick(board, key)
    assert ctrl.board("t1") == ((cards[0], cards[3]), (cards[2],), (cards[1],))
    board.select_card(cards[3])
    qtbot.keyClick(board, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert ctrl.board("t1")[0] == (cards[3], cards[0])
    qtbot.keyClick(board, Qt.Key.Key_Right)
    assert ctrl.board("t1") == ((cards[0],), (cards[2], cards[3]), (cards[1],))

    # Tab: team B's board, which shows nothing of team A's placements
    qtbot.keyClick(board, Qt.Key.Key_Tab)
    assert board.team_id() == "t2"
    assert board.models[0].cards() == list(cards)
    assert all(m.cards() == [] for m in board.models[1:])

    # team B by drag and drop: each drop is one placement
    for i, card in enumerate(cards):
        model = board.models[1 + (i % 3)]
        assert model.dropMimeData(card_mime(card), Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert ctrl.board("t2") == ((cards[0], cards[3]), (cards[1],), (cards[2],))
    # a drop onto row 0 puts the card first in that zone
    assert board.models[1].dropMimeData(card_mime(cards[3]), Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert ctrl.board("t2")[0] == (cards[3], cards[0])

    qtbot.keyClick(board, Qt.Key.Key_Tab)
    assert board.team_id() == "t3"
    for key in (Qt.Key.Key_3, Qt.Key.Key_3, Qt.Key.Key_3, Qt.Key.Key_2):
        qtbot.keyClick(board, key)
    assert ctrl.current_round().complete

    board.reveal_button.click()
    compare = screen.view()
    assert isinstance(compare, CompareView)
    rnd = ctrl.current_round()
    assert rnd.revealed
    expected = [c.card for c in analyse_round(ctrl.state, rnd).cards]
    assert compare.order() == expected
    # the most disputed card is first: team C put it at the other end
    first = expected[0]
    compare.select_card(first)
    compare.zone_buttons[2].setChecked(True)
    compare.agreement_edit.setPlainText("We spreken elkaar direct aan als iemand een foto zonder toestemming deelt.")
    compare.section_combo.setCurrentIndex(compare.section_combo.findData("privacy"))
    compare.save_button.click()
    outcome = ctrl.current_round().outcome(first)
    assert outcome is not None and outcome.group_zone == 2 and outcome.section == "privacy"
    assert compare.table.item(0, 0).text().endswith("✎")

    compare.next_button.click()
    assert screen.mode() == ("board", 2)
    live = ctrl.state
    screen.end_session()
    qtbot.waitUntil(lambda: isinstance(window.current_page(), SummaryView))
    summary = window.current_page()
    qtbot.waitUntil(lambda: summary.state is not None)

    events = stored_events(data_home, live.id)
    stored = replay(events)
    assert stored.is_ended
    assert stored.rounds[:1] == live.rounds[:1]
    assert isinstance(events[0], SessionStarted) and events[0].name == "Team onderbouw"
    assert isinstance(events[-1], SessionEnded)
    placed = [e for e in events if isinstance(e, CardPlaced)]
    assert len(placed) == 6 + 5 + 4  # every key press and every drop is one event
    outcomes = [e for e in events if isinstance(e, OutcomeRecorded)]
    assert [o.agreement for o in outcomes] == [
        "We spreken elkaar direct aan als iemand een foto zonder toestemming deelt."
    ]
    assert "foto zonder toestemming" in summary.scroll_area.widget().findChildren(type(summary.facts))[2].text() or any(
        "foto zonder toestemming" in w.text() for w in summary.scroll_area.widget().findChildren(type(summary.facts))
    )


def test_quick_sort_session(qtbot, data_home: Path, always_yes: None) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "quick", teams=2, cards=3, name="Klas 2B")
    board = screen.view()
    assert isinstance(board, BoardView)
    ctrl = window.controller
    assert ctrl.zone_labels() == ("Gewenst", "Ongewenst")
    assert len(board.models) == 3  # the pile plus two zones
    cards = ctrl.current_round().cards
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_2):
        qtbot.keyClick(board, key)
    qtbot.keyClick(board, Qt.Key.Key_3)  # no third zone: nothing happens
    qtbot.keyClick(board, Qt.Key.Key_Tab)
    for key in (Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_1):
        qtbot.keyClick(board, key)
    assert ctrl.board("t1") == ((cards[0],), (cards[1], cards[2]))
    assert ctrl.board("t2") == ((cards[2],), (cards[0], cards[1]))
    board.go_next()  # clicker: every team is done, so next means reveal
    compare = screen.view()
    assert isinstance(compare, CompareView)
    assert set(compare.order()[:2]) == {cards[0], cards[2]}  # the two cards the teams disagree on
    live = ctrl.state
    screen.end_session()
    qtbot.waitUntil(lambda: isinstance(window.current_page(), SummaryView))
    stored = replay(stored_events(data_home, live.id))
    assert stored.variant == "quick" and stored.k == 2 and stored.is_ended
    assert stored.rounds[0].boards == live.rounds[0].boards


def test_walking_debate_counts_by_keyboard(qtbot, data_home: Path, always_yes: None) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "debate", name="Klas 2B")
    debate = screen.view()
    assert isinstance(debate, DebateView)
    ctrl = window.controller
    first = debate.card()
    assert first is not None and ctrl.teams() == ()
    assert debate.left.before.lineEdit().width() > 100  # the typed number is visible, not squeezed

    def enter(spin, value: str) -> None:  # type: ignore[no-untyped-def]
        spin.selectAll()
        qtbot.keyClicks(spin.lineEdit(), value)
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)

    enter(debate.left.before, "12")
    enter(debate.right.before, "8")
    enter(debate.left.after, "9")
    enter(debate.right.after, "11")
    count = ctrl.current_round().debate_count(first)
    assert count is not None and count.before == (12, 8) and count.after == (9, 11)
    assert debate.shift_label.text() == "Verschuiving: −15 procentpunt naar ongewenst"

    debate.agreement_edit.setText("We lachen niet mee als iemand wordt uitgelachen.")
    qtbot.keyClick(debate, Qt.Key.Key_Right)  # clicker: next card
    second = screen.view()
    assert isinstance(second, DebateView) and second.card() not in (None, first)
    live = ctrl.state
    screen.end_session()
    qtbot.waitUntil(lambda: isinstance(window.current_page(), SummaryView))
    events = stored_events(data_home, live.id)
    stored = replay(events)
    assert stored.variant == "debate" and stored.is_ended
    counts = [e for e in events if isinstance(e, DebateCounted)]
    assert [(c.phase, c.gewenst, c.ongewenst) for c in counts] == [
        ("before", 12, 0), ("before", 12, 8), ("after", 9, 0), ("after", 9, 11)
    ]
    assert stored.rounds[0].outcome(first).agreement == "We lachen niet mee als iemand wordt uitgelachen."
    assert sum(isinstance(e, RoundDrawn) for e in events) == 2


def test_resume_after_a_crash_shows_the_same_round(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=3)
    board = screen.view()
    qtbot.keyClick(board, Qt.Key.Key_1)
    qtbot.keyClick(board, Qt.Key.Key_3)
    ctrl = window.controller
    ctrl.wait_idle()
    before = ctrl.state
    window.hide()  # the app dies: nothing is ended or closed

    again = open_main_window(qtbot, data_home)
    qtbot.waitUntil(lambda: again.start_screen.resume_button.isVisible())
    assert "Team onderbouw" in again.start_screen.resume_button.text()
    again.start_screen.resume_button.click()
    resumed = again.current_page().view()
    assert isinstance(resumed, BoardView)
    assert again.controller.state == before
    cards = before.current_round.cards
    assert resumed.models[1].cards() == [cards[0]]
    assert resumed.models[3].cards() == [cards[1]]
    assert resumed.models[0].cards() == [cards[2]]
    ctrl.close()


def test_undo_skip_and_eigen_situatie(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=3)
    board = screen.view()
    ctrl = window.controller
    cards = ctrl.current_round().cards
    qtbot.keyClick(board, Qt.Key.Key_2)
    assert ctrl.board("t1")[1] == (cards[0],)
    window.undo_action.trigger()
    assert ctrl.board("t1")[1] == ()

    board.select_card(cards[1])
    screen.skip_button.click()
    assert ctrl.current_round().cards == (cards[0], cards[2])
    assert ctrl.current_round().skipped == (cards[1],)

    deck = ctrl.deck
    theme_id = deck.themes[0].id
    with qtbot.waitSignal(ctrl.custom_card_kept, timeout=5000):
        assert ctrl.add_custom_card(theme_id, "school", "Een leerling filmt stiekem een ruzie op het plein.")
    rnd = ctrl.current_round()
    assert rnd.cards[-1] == "eigen-1"
    assert ctrl.card("eigen-1").text == "Een leerling filmt stiekem een ruzie op het plein."
    ctrl.wait_idle()
    from gedragen.core.library import DeckLibrary

    own = [d for d in DeckLibrary(data_home).own() if any("filmt stiekem" in c.text for c in d.cards)]
    assert own, "the eigen situatie is kept in the own deck for later sessions"
    stored = replay(stored_events(data_home, ctrl.state.id))
    assert stored == ctrl.state


def test_compare_view_by_keyboard(qtbot, data_home: Path, always_yes: None) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=2)
    ctrl = window.controller
    board = screen.view()
    for _ in range(2):
        qtbot.keyClick(board, Qt.Key.Key_1)
        qtbot.keyClick(board, Qt.Key.Key_3)
        qtbot.keyClick(board, Qt.Key.Key_Tab)
    screen.reveal()
    compare = screen.view()
    assert isinstance(compare, CompareView)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts only reach the active window
    compare.table.setFocus()
    first = compare.current_card()
    qtbot.keyClick(compare.table, Qt.Key.Key_2)
    assert compare.group_zone() == 1
    compare.agreement_edit.setPlainText("Dit bespreken we in de teamvergadering.")
    qtbot.keyClick(compare.agreement_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ctrl.current_round().outcome(first).group_zone == 1
    qtbot.keyClick(compare.table, Qt.Key.Key_Down)
    assert compare.current_card() != first
    qtbot.keyClick(compare.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.mode() == ("board", 2)
    qtbot.keyClick(screen.view(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # no timer set: nothing breaks


def test_refused_moves_and_store_failures_are_said_in_dutch(qtbot, data_home: Path,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from gedragen.core.errors import StoreError
    from gedragen.store.history import History

    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=2)
    ctrl = window.controller
    card = ctrl.current_round().cards[0]
    assert not ctrl.place("t1", card, 7, 0)  # no zone 8 on a board of 3
    assert screen.status.isVisibleTo(screen) and "Zone 7 bestaat niet" in screen.status.text()

    dialogs: list[tuple[str, str]] = []
    monkeypatch.setattr("gedragen.ui.main_window.show_error",
                        lambda _parent, _title, message, next_step: dialogs.append((message, next_step)))

    def broken(self, session_id, events):  # type: ignore[no-untyped-def]
        raise StoreError("De schijf is vol.")

    monkeypatch.setattr(History, "append_many", broken)  # the store writes steps in groups
    assert ctrl.place("t1", card, 0, 0)  # the game goes on; the history reports back
    qtbot.waitUntil(lambda: bool(dialogs))
    assert "De schijf is vol." in dialogs[0][0] and dialogs[0][1]
    assert ctrl.board("t1")[0] == ()  # the screen shows only what the history holds


def test_eigen_situatie_dialog_checks_the_text(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.session.dialogs import EigenSituatieDialog, HandPickDialog

    window = open_main_window(qtbot, data_home)
    start_session(qtbot, window, "board", teams=2, cards=2)
    ctrl = window.controller
    dialog = EigenSituatieDialog(ctrl.deck, ctrl.state.setup.themes, ctrl.state.setup.kinds, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.text() == "Schrijf eerst de situatie op."
    dialog.text_edit.setPlainText("x " * 300)
    dialog.accept()
    assert "korter" in dialog.error.text()
    dialog.text_edit.setPlainText("  Iemand  zet een   filmpje van de gymles online. ")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.values()[2] == "Iemand zet een filmpje van de gymles online."

    from gedragen.core.dealing import available_cards

    picker = HandPickDialog(available_cards(ctrl.state, ctrl.deck), ctrl.deck, window)
    qtbot.addWidget(picker)
    for row in (0, 2):
        picker.list.item(row).setCheckState(Qt.CheckState.Checked)
    chosen = picker.chosen()
    assert len(chosen) == 2
    assert ctrl.hand_pick(chosen)
    assert ctrl.current_round().cards == tuple(chosen) and ctrl.current_round().number == 2

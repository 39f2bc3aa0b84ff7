"""What a facilitator meets when following the manual: keys work at once, eigen situaties can be played,
Esc goes back, nothing stray on screen, the real minus sign, the A3 poster, the game board from the app,
and one form of address ("je") in the app's own texts."""

from __future__ import annotations

import ast
import gc
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gedragen.core.events import CardPlaced, DebateCounted, RoundDrawn
from gedragen.ui.history.summary import SummaryView
from gedragen.ui.main_window import MainWindow
from gedragen.ui.session.board import BoardView
from gedragen.ui.session.compare import CompareView, format_tau
from gedragen.ui.session.debate import DebateView
from gedragen.ui.session.dialogs import EigenSituatieDialog, HandPickDialog
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
    stored_events,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")

OWN_SITUATION = "Een ouder stuurt de mentor 's avonds laat appjes over de cijfers van een klasgenoot."


@pytest.fixture
def always_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Confirmation dialogs answer yes (no modal loop in tests)."""
    monkeypatch.setattr("gedragen.ui.session.screen.ask", lambda *args: True)


@pytest.fixture
def own_situation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The eigen-situatie dialog is filled in and confirmed as a facilitator would."""

    def fill(dialog: EigenSituatieDialog) -> int:
        dialog.text_edit.setPlainText(OWN_SITUATION)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(EigenSituatieDialog, "exec", fill)


def active_window(qtbot, data_home: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A main window that has the keyboard, as after a double click on the app."""
    # windows of earlier tests, collected later, would take the activation (and the keys) with them
    gc.collect()
    QApplication.processEvents()
    window = open_main_window(qtbot, data_home)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(window: MainWindow, key: Qt.Key) -> None:
    """A key from the keyboard: it goes to whatever has the focus, as a real key press does (no click first).

    Like a person's next key, it comes after the events already queued (focus and activation changes).
    """
    QApplication.processEvents()
    QTest.keyClick(window.windowHandle(), key)


def placements(window: MainWindow) -> list[CardPlaced]:
    """The placement events of the running session."""
    assert window.controller is not None
    return [e for e in window.controller.events if isinstance(e, CardPlaced)]


# --- 1. keys work on the board at once --------------------------------------------------------------


def test_board_takes_keys_after_start_and_after_tips_and_help(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = active_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=3)
    board = screen.view()
    assert isinstance(board, BoardView)
    cards = window.controller.current_round().cards

    press(window, Qt.Key.Key_1)
    assert [(e.team, e.card, e.zone) for e in placements(window)] == [("t1", cards[0], 0)]

    screen.tips_button.click()
    assert window.current_page() is window.page("tips")
    window.page("tips").back_button.click()
    assert window.current_page() is screen
    press(window, Qt.Key.Key_3)
    assert [(e.card, e.zone) for e in placements(window)][-1] == (cards[1], 2)

    screen.help_button.click()  # F1 from the session; Esc (no full screen) brings the session back
    assert window.current_page() is window.page("help")
    press(window, Qt.Key.Key_Escape)
    assert window.current_page() is screen
    press(window, Qt.Key.Key_2)
    assert [(e.card, e.zone) for e in placements(window)][-1] == (cards[2], 1)
    press(window, Qt.Key.Key_Left)  # the last card placed stays chosen and moves one zone to the left
    assert [(e.card, e.zone) for e in placements(window)][-1] == (cards[2], 0)
    press(window, Qt.Key.Key_Tab)
    assert board.team_id() == "t2"

    screen.pause_button.click()  # a click on a tool leaves the keys with the board
    press(window, Qt.Key.Key_2)
    assert [(e.team, e.zone) for e in placements(window)][-1] == ("t2", 1)


# --- 2. an eigen situatie in the walking debate is shown and counted ----------------------------------


def test_debate_shows_the_eigen_situatie_added_during_the_debate(  # type: ignore[no-untyped-def]
    qtbot, data_home: Path, always_yes: None, own_situation: None
) -> None:
    window = active_window(qtbot, data_home)
    screen = start_session(qtbot, window, "debate", name="Klas 2B")
    debate = screen.view()
    assert isinstance(debate, DebateView)
    ctrl = window.controller
    first = debate.card()
    debate.left.before.setValue(14)
    debate.right.before.setValue(6)
    assert debate.record("before")

    screen.add_custom_card()
    rnd = ctrl.current_round()
    assert len(rnd.cards) == 2 and rnd.cards[0] == first
    own = rnd.cards[1]
    assert ctrl.card(own).text == OWN_SITUATION
    assert debate.card() == first  # the room finishes the card it is talking about

    debate.next_button.click()
    assert screen.view() is debate and ctrl.current_round() is not None  # same round: the own card comes first
    assert debate.card() == own
    assert debate.card_view.card().text == OWN_SITUATION
    assert ctrl.focus_card == own  # the room's screen follows
    assert (debate.left.before.value(), debate.right.before.value()) == (0, 0)  # no counts of the other card
    assert "2 van 2" in debate.position_label.text()
    debate.left.before.setValue(5)
    debate.right.before.setValue(15)
    assert debate.record("before")
    debate.left.after.setValue(9)
    debate.right.after.setValue(11)
    assert debate.record("after")
    assert debate.shift_label.text() == "Verschuiving: +20 procentpunt naar gewenst"

    debate.go_previous()  # clicker back: the first card again, with its own counts
    assert debate.card() == first and debate.left.before.value() == 14
    debate.go_next()
    debate.go_next()  # past the last card of the round: the next round
    second = screen.view()
    assert isinstance(second, DebateView) and second.card() not in (first, own, None)

    ctrl.wait_idle()
    events = stored_events(data_home, ctrl.session_id)
    assert [(e.card, e.phase, e.gewenst, e.ongewenst) for e in events if isinstance(e, DebateCounted)] == [
        (first, "before", 14, 6), (own, "before", 5, 15), (own, "after", 9, 11)
    ]
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)  # the own deck is written in the background


# --- 3. an eigen situatie added while comparing can be picked ----------------------------------------


def test_hand_pick_offers_the_unused_eigen_situatie(  # type: ignore[no-untyped-def]
    qtbot, data_home: Path, always_yes: None, own_situation: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = active_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=2)
    ctrl = window.controller
    cards = ctrl.current_round().cards
    for team in ("t1", "t2"):
        for card in cards:
            ctrl.place(team, card, 0, len(ctrl.board(team)[0]))
    screen.reveal()
    assert isinstance(screen.view(), CompareView)

    screen.add_custom_card()  # while comparing: kept for a later round, said on the status line
    own = ctrl.state.custom_cards[-1].id
    assert own not in ctrl.current_round().cards
    assert "Kaarten kiezen" in screen.status.text()

    offered: list[tuple[str, str]] = []

    def pick_own(dialog: HandPickDialog) -> int:
        for i in range(dialog.list.count()):
            item = dialog.list.item(i)
            offered.append((str(item.data(Qt.ItemDataRole.UserRole)), item.text()))
            if item.data(Qt.ItemDataRole.UserRole) == own:
                item.setCheckState(Qt.CheckState.Checked)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(HandPickDialog, "exec", pick_own)
    screen.hand_pick()
    assert offered[0] == (own, f"[Eigen situatie · {ctrl.deck.theme(ctrl.card(own).theme).label}] {OWN_SITUATION}")
    assert not any(card in cards for card, _text in offered)  # used cards are not offered again
    assert screen.mode() == ("board", 2)
    assert ctrl.current_round().cards == (own,)
    board = screen.view()
    assert isinstance(board, BoardView) and board.card_view.card().text == OWN_SITUATION

    screen.hand_pick()  # once played, it is no longer offered
    assert own not in [card for card, _text in offered[len(offered) // 2 + 1:]]
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)


# --- 4. Esc goes back -------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["tips", "help", "history"])
def test_esc_goes_back_and_first_leaves_full_screen(qtbot, data_home: Path, page: str) -> None:  # type: ignore[no-untyped-def]
    window = active_window(qtbot, data_home)
    button = {"tips": window.start_screen.tips_button, "help": window.start_screen.help_button,
              "history": window.start_screen.history_button}[page]
    button.click()
    assert window.current_page() is window.page(page)
    press(window, Qt.Key.Key_Escape)
    assert window.current_page() is window.start_screen

    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    button.click()
    press(window, Qt.Key.Key_Escape)  # the first Esc only leaves full screen
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.current_page() is window.page(page)
    press(window, Qt.Key.Key_Escape)
    assert window.current_page() is window.start_screen
    assert "Esc" in window.start_screen.keys_label.text() and "terug" in window.start_screen.keys_label.text()


def test_esc_closes_the_settings(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = active_window(qtbot, data_home)
    seen: list[str] = []

    def press_esc() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press_esc)
            return
        seen.append(dialog.windowTitle())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        QTimer.singleShot(3000, dialog.close)  # never hang the suite if Esc did nothing

    QTimer.singleShot(0, press_esc)
    window.open_settings()
    assert seen and QApplication.activeModalWidget() is None


def test_esc_does_not_leave_a_running_session(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = active_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=2)
    press(window, Qt.Key.Key_Escape)
    assert window.current_page() is screen and window.controller is not None


# --- 5. nothing stray on the deck browser ------------------------------------------------------------


def test_deck_browser_shows_only_the_chosen_decks_filter_buttons(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from gedragen.core.library import DeckLibrary
    from gedragen.ui.decks.browser import DeckBrowser
    from gedragen.ui.decks.filter_buttons import FilterButton

    library = DeckLibrary(data_home)
    browser = DeckBrowser(library)
    qtbot.addWidget(browser)
    first = browser.deck_combo.currentData() if browser.deck_combo.currentData() else library.all()[0].id
    other = next(d.id for d in library.all() if d.id != first)
    browser.select_deck(other)  # as the screenshot script and the decks page do before the window is shown
    browser.resize(1920, 1080)
    browser.show()
    qtbot.waitExposed(browser)
    # the chosen deck's own filters: themes, kinds and, where it has them, levels and estimates
    current = (set(browser.theme_buttons.values()) | set(browser.kind_buttons.values())
               | set(browser.level_buttons.values()) | set(browser.expected_buttons.values()))
    shown = [b for b in browser.findChildren(FilterButton) if b.isVisible()]
    assert shown and all(b in current for b in shown)
    for button in shown:  # each sits in its row, right of the row's title, never over the deck label
        assert button.geometry().left() >= 90 and button.geometry().top() > browser.deck_combo.geometry().top()


# --- 6. the compare view: the header fits, a real minus sign ------------------------------------------


def test_tau_uses_the_real_minus_sign() -> None:
    assert format_tau(-0.07) == "\u22120,07"
    assert format_tau(0.333) == "+0,33"
    assert format_tau(None) == "–"


def test_compare_header_fits_and_agreement_shows_minus(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = active_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=3, cards=3)
    ctrl = window.controller
    cards = ctrl.current_round().cards
    orders = {"t1": cards, "t2": tuple(reversed(cards)), "t3": cards}
    for team, order in orders.items():
        for zone, card in enumerate(order):
            ctrl.place(team, card, zone, 0)
    ctrl.reveal()
    compare = screen.view()
    assert isinstance(compare, CompareView)
    qtbot.waitUntil(lambda: compare.table.viewport().width() > 0)
    header = compare.table.horizontalHeader()
    last = compare.table.columnCount() - 1
    title = compare.table.horizontalHeaderItem(last).text()
    assert title == "Verschil"
    needed = QFontMetrics(header.font()).horizontalAdvance(title)
    assert header.sectionSize(last) >= needed + 24  # the text plus the header's own margins
    assert header.sectionPosition(last) + header.sectionSize(last) <= compare.table.viewport().width()
    text = compare.agreement_label.text()
    assert "A\u2060–\u2060B\u00a0\u22121,00" in text and "-" not in text


# --- 7. the afsprakenposter on A3 ---------------------------------------------------------------------


def test_summary_offers_the_poster_on_a3_and_a4(  # type: ignore[no-untyped-def]
    qtbot, data_home: Path, tmp_path: Path, always_yes: None
) -> None:
    from pypdf import PdfReader

    window = active_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=2)
    ctrl = window.controller
    cards = ctrl.current_round().cards
    for team in ("t1", "t2"):
        for card in cards:
            ctrl.place(team, card, 0, len(ctrl.board(team)[0]))
    ctrl.reveal()
    ctrl.record_outcome(cards[0], 0, "We groeten elkaar elke ochtend bij de deur.", None)
    screen.end_session()
    qtbot.waitUntil(lambda: isinstance(window.current_page(), SummaryView))
    summary = window.current_page()
    qtbot.waitUntil(lambda: summary.state is not None)
    assert "A3" in summary.export_buttons["poster-a3"].text() and "A4" in summary.export_buttons["poster"].text()
    sizes = {}
    for kind in ("poster", "poster-a3"):
        out = tmp_path / f"{kind}.pdf"
        with qtbot.waitSignal(summary.exported, timeout=60_000):
            summary.export(kind, out)
        box = PdfReader(out).pages[0].mediabox
        sizes[kind] = sorted((round(float(box.width)), round(float(box.height))))
    assert sizes == {"poster": [595, 842], "poster-a3": [842, 1191]}


# --- 8. the game board from the app ---------------------------------------------------------------------


def test_print_dialog_saves_the_game_board(qtbot, data_home: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    from gedragen.core.library import DeckLibrary
    from gedragen.ui.decks.board_dialog import BoardDialog
    from gedragen.ui.decks.print_dialog import PrintDialog

    opened: list[BoardDialog] = []

    def save_board(dialog: BoardDialog) -> int:
        opened.append(dialog)
        dialog.zones_combo.setCurrentIndex(dialog.zones_combo.findData(5))
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("a4"))
        monkeypatch.setattr(dialog, "choose_save_file", lambda suggestion: tmp_path / "bord")
        with qtbot.waitSignal(dialog.board_saved, timeout=60_000) as saved:
            dialog.save_button.click()
        assert saved.args == [str(tmp_path / "bord.pdf")]
        return 0

    monkeypatch.setattr(BoardDialog, "exec", save_board)
    printer = PrintDialog(None, DeckLibrary(data_home), data_home)
    qtbot.addWidget(printer)
    printer.board_button.click()
    assert len(opened) == 1
    reader = PdfReader(tmp_path / "bord.pdf")
    assert len(reader.pages) == 2  # A4: two sheets to glue
    text = reader.pages[0].extract_text() + reader.pages[1].extract_text()
    assert "Eerder ongewenst" in text
    assert "Opgeslagen" in opened[0].status.text()


def test_board_dialog_says_why_a_board_was_not_saved(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.decks.board_dialog import BoardDialog

    dialog = BoardDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.board_failed, timeout=60_000) as failed:
        dialog.save_to(tmp_path / "bestaat-niet" / "bord.pdf")
    assert failed.args[0].startswith("Het speelbord is niet opgeslagen: ")
    assert dialog.save_button.isEnabled() and not dialog.is_busy()


# --- 9. one form of address ------------------------------------------------------------------------------

FACILITATOR_MODULES = (
    "main_window", "session/screen", "session/debate", "session/dialogs", "session/compare", "session/board",
    "decks/browser", "history/summary", "start_screen", "decks/print_dialog", "common/widgets", "session/presenter",
    "history/view",
)
POLITE = re.compile(r"\b(u|U|uw|Uw|kunt u|heeft u|wilt u)\b")


@pytest.mark.parametrize("module", FACILITATOR_MODULES)
def test_app_texts_say_je_not_u(module: str, repo_root: Path) -> None:
    source = (repo_root / "gedragen" / "ui" / f"{module}.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    texts = [
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]
    assert [t for t in texts if POLITE.search(t)] == []


def test_end_question_says_je(qtbot, data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr("gedragen.ui.session.screen.ask", lambda _parent, _title, question, *_: asked.append(question))
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=2, cards=2)
    screen.end_session()
    assert asked == ["De sessie afronden? Daarna kun je niets meer leggen, wel het verslag maken."]
    assert window.current_page() is screen  # not confirmed: the session goes on
    assert sum(isinstance(e, RoundDrawn) for e in window.controller.events) == 1

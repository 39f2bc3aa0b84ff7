"""History (list, delete after asking, compare two sessions) and the summary's exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gedragen.ui.history.summary import SummaryView
from gedragen.ui.history.view import HistoryView
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


def play_and_end(qtbot, window, zones: tuple[int, ...], agreement: str, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    """One short board session with hand-picked cards; returns its id."""
    monkeypatch.setattr("gedragen.ui.session.screen.ask", lambda *args: True)
    start_session(qtbot, window, "board", teams=2, cards=3, name="Team onderbouw")
    ctrl = window.controller
    cards = ctrl.current_round().cards
    for team in ("t1", "t2"):
        for card, zone in zip(cards, zones, strict=True):
            ctrl.place(team, card, zone, len(ctrl.board(team)[zone]))
    ctrl.reveal()
    ctrl.record_outcome(cards[0], zones[0], agreement, "gedragsregels")
    session_id = ctrl.session_id
    ctrl.end()
    qtbot.waitUntil(lambda: isinstance(window.current_page(), SummaryView))
    summary = window.current_page()
    qtbot.waitUntil(lambda: summary.state is not None)
    return session_id


def test_summary_exports_csv_json_and_report(qtbot, data_home: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_main_window(qtbot, data_home)
    session_id = play_and_end(qtbot, window, (0, 1, 2), "We groeten elkaar elke ochtend bij de deur.", monkeypatch)
    summary = window.current_page()
    texts = [w.text() for w in summary.scroll_area.widget().findChildren(type(summary.facts))]
    summary.scroll(0, 0)  # QWidget.scroll is the widget's own again, not hidden by the scroll area
    assert any("We groeten elkaar elke ochtend bij de deur." in t for t in texts)
    for kind, name in (("json", "sessie.json"), ("csv", "sessie.csv"), ("protocol-md", "protocol.md")):
        with qtbot.waitSignal(summary.exported, timeout=20_000):
            summary.export(kind, tmp_path / name)
    data = json.loads((tmp_path / "sessie.json").read_text(encoding="utf-8"))
    assert data["format"] == "gedragen-session/1" and data["id"] == session_id
    assert data["rounds"][0]["outcomes"][0]["agreement"] == "We groeten elkaar elke ochtend bij de deur."
    csv = (tmp_path / "sessie.csv").read_bytes()
    assert csv.startswith(b"\xef\xbb\xbf") and b";" in csv.splitlines()[0]
    assert "We groeten elkaar" in (tmp_path / "protocol.md").read_text(encoding="utf-8")
    with qtbot.waitSignal(summary.exported, timeout=60_000):
        summary.export("poster", tmp_path / "poster.pdf")
    assert (tmp_path / "poster.pdf").read_bytes().startswith(b"%PDF")


def test_history_lists_compares_and_deletes(qtbot, data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    first = play_and_end(qtbot, window, (2, 2, 2), "Eerste afspraak", monkeypatch)
    window.show_start()
    second = play_and_end(qtbot, window, (0, 0, 0), "Tweede afspraak", monkeypatch)
    window.show_history()
    history = window.current_page()
    assert isinstance(history, HistoryView)
    qtbot.waitUntil(lambda: len(history.sessions) == 2)
    assert {s.id for s in history.sessions} == {first, second}

    history.select_ids([first, second])
    with qtbot.waitSignal(history.compared, timeout=5000):
        history.compare_selected()
    # the two sessions drew their cards independently: only shared cards are compared
    for row in history.comparison:
        assert row.first[0] is not None and row.second[0] is not None

    monkeypatch.setattr("gedragen.ui.history.view.ask", lambda *args: False)
    history.select_ids([first])
    history.delete_selected()
    qtbot.wait(50)
    assert len(history.sessions) == 2  # said no: nothing deleted
    monkeypatch.setattr("gedragen.ui.history.view.ask", lambda *args: True)
    history.select_ids([first])
    with qtbot.waitSignal(history.loaded, timeout=5000):
        history.delete_selected()
    assert [s.id for s in history.sessions] == [second]


def test_compare_sessions_card_by_card() -> None:
    from gedragen.core.dealing import hand_pick, new_session
    from gedragen.core.events import CardPlaced, OutcomeRecorded, RoundRevealed, Team
    from gedragen.core.library import DeckLibrary
    from gedragen.core.play import compare_sessions
    from gedragen.core.session import apply

    deck = next(d for d in DeckLibrary(Path("/nonexistent-gedragen-home")).all() if d.builtin)
    ids = [c.id for c in deck.cards[:3]]
    teams = (Team("t1", "Groep 1", "#0072B2"), Team("t2", "Groep 2", "#E69F00"))

    def session(zones: tuple[int, int], group: int) -> object:
        state = apply(None, new_session("Team onderbouw", deck, teams=teams, seed=1))
        state = apply(state, hand_pick(state, deck, ids[:2]))
        for team, zone in zip(("t1", "t2"), zones, strict=True):
            state = apply(state, CardPlaced(team, ids[0], zone, 0))
        state = apply(state, RoundRevealed())
        return apply(state, OutcomeRecorded(ids[0], group, "Afspraak"))

    rows = compare_sessions(session((0, 2), 1), session((2, 2), 2), lambda c: c)  # type: ignore[arg-type]
    assert [r.card for r in rows] == ids[:2]
    assert rows[0].first == (0, 1) and rows[0].second == (2, 2)  # lower median of (0, 2) is 0
    assert rows[1].first == (None, None)


def test_session_summary_and_history_share_one_store_path(qtbot, data_home: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The session, its summary and the history read and write through the window's one store thread."""
    import threading

    from gedragen.store.history import History

    window = open_main_window(qtbot, data_home)
    opened: list[int] = []
    original = History.__init__

    def counting_init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(threading.get_ident())
        original(self, *args, **kwargs)

    monkeypatch.setattr(History, "__init__", counting_init)
    start_session(qtbot, window, "board", teams=2, cards=3)
    assert window.controller.store is window.store
    first = play_and_end(qtbot, window, (0, 1, 2), "Eerste.", monkeypatch)
    assert window.current_page().store is window.store
    window.show_start()
    second = play_and_end(qtbot, window, (2, 1, 0), "Tweede.", monkeypatch)
    window.show_history()
    history = window.current_page()
    assert isinstance(history, HistoryView) and history.store is window.store
    qtbot.waitUntil(lambda: len(history.sessions) == 3)
    history.select_ids([first, second])
    with qtbot.waitSignal(history.compared, timeout=10_000):
        history.compare_selected()
    window.store.wait()
    # one connection for the window's life: three sessions, two summaries, the list and a comparison
    assert len(opened) == 1, f"the history was opened {len(opened)} times"
    assert threading.main_thread().ident not in opened

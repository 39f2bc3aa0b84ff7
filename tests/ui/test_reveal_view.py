"""The reveal on screen: the clicker walks overview → cards → overview, and markers sit where the teams put them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QShortcut

from gedragen.ui.session.compare import CompareView
from gedragen.ui.session.presenter import AudienceView
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


def _revealed(qtbot, data_home: Path, monkeypatch: pytest.MonkeyPatch, zones: dict[str, tuple[int, ...]],  # type: ignore[no-untyped-def]
              sequence: dict[str, tuple[int, ...]] | None = None):
    """A revealed board round of 3 cards; `sequence` gives a team's order of placing (card indexes)."""
    monkeypatch.setattr("gedragen.ui.session.screen.ask", lambda *args: True)
    window = open_main_window(qtbot, data_home)
    screen = start_session(qtbot, window, "board", teams=len(zones), cards=3)
    ctrl = window.controller
    cards = ctrl.current_round().cards
    for team, row in zones.items():
        for index in (sequence or {}).get(team, (0, 1, 2)):
            zone = row[index]
            ctrl.place(team, cards[index], zone, len(ctrl.board(team)[zone]))
    screen.reveal()
    compare = screen.view()
    assert isinstance(compare, CompareView)
    return window, ctrl, compare, cards


def test_clicker_goes_from_the_overview_through_the_cards_and_back(qtbot, data_home: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window, ctrl, compare, _cards = _revealed(qtbot, data_home, monkeypatch,
                                              {"t1": (0, 1, 2), "t2": (2, 1, 2), "t3": (1, 1, 2)})
    audience = AudienceView(ctrl)
    qtbot.addWidget(audience)
    audience.resize(1920, 1080)
    audience.show()
    order = compare.order()
    # the room sees the card the compare view opens with, not the one last chosen on the board
    assert compare.current_card() == order[0] == ctrl.focus_card and not ctrl.overview
    assert audience.strip.isVisible() and not audience.overview.isVisible()

    window.prev_action.trigger()  # PageUp before the first card: the round overview
    assert compare.overview_position() == "start" and ctrl.overview
    assert compare.overview.isVisibleTo(compare) and not compare.table.isVisibleTo(compare)
    assert audience.overview.isVisible() and not audience.card_view.isVisible()
    assert [c.card for c in audience.overview.cards()] == order  # the same order on both screens
    assert "overzicht van de ronde" in audience.header.text()
    window.prev_action.trigger()  # nothing before the overview
    assert compare.overview_position() == "start"

    window.next_action.trigger()  # PageDown: into the cards, most disagreement first
    assert compare.overview_position() is None and not ctrl.overview
    assert ctrl.focus_card == order[0] and audience.strip.strip().card == order[0]
    for card in order[1:]:
        window.next_action.trigger()
        assert ctrl.focus_card == card and audience.strip.strip().card == card
    window.next_action.trigger()  # after the last card: the overview again
    assert compare.overview_position() == "end" and audience.overview.isVisible()
    window.next_action.trigger()  # the next round stays a deliberate step (Ctrl+Enter), not a click
    assert compare.overview_position() == "end" and ctrl.current_round().number == 1
    window.prev_action.trigger()  # back to the last card
    assert compare.overview_position() is None and ctrl.focus_card == order[-1]


def test_overview_button_and_a_click_on_a_row(qtbot, data_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _window, ctrl, compare, _cards = _revealed(qtbot, data_home, monkeypatch, {"t1": (0, 1, 2), "t2": (2, 1, 0)})
    keys = {s.key().toString() for s in compare.findChildren(QShortcut)}
    assert "Ctrl+O" in keys
    compare.overview_button.click()
    assert compare.overview_position() == "start" and compare.overview_button.isChecked() and ctrl.overview
    compare.overview.grab()  # paint, so the rows have their places
    rows = compare.overview.row_rects()
    card, title, _track = rows[1]
    qtbot.mouseClick(compare.overview, Qt.MouseButton.LeftButton, pos=QPoint(int(title.center().x()),
                                                                             int(title.center().y())))
    assert compare.overview_position() is None and ctrl.focus_card == card and compare.current_card() == card
    compare.overview_button.click()
    assert ctrl.overview
    compare.overview_button.click()
    assert not ctrl.overview and compare.current_card() == card
    compare.show_overview()
    compare.next_round_requested.emit()  # a new round starts on its board, and the room sees no old overview
    assert ctrl.current_round().number == 2 and not ctrl.overview


def test_marker_drawn_in_the_zone_and_at_the_place_the_team_chose(qtbot, data_home: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # t1 puts all three cards in zone 0 (card 1 first), t2 puts card 1 last of three in zone 0, t3 all in zone 2
    _window, ctrl, _compare, cards = _revealed(qtbot, data_home, monkeypatch,
                                               {"t1": (0, 0, 0), "t2": (0, 0, 0), "t3": (2, 2, 2)},
                                               {"t2": (1, 2, 0)})
    audience = AudienceView(ctrl)
    qtbot.addWidget(audience)
    audience.resize(1920, 1080)
    audience.show()
    ctrl.set_focus_card(cards[0])
    audience.painted_texts()
    zones = audience.strip.zone_rects()
    markers = audience.strip.marker_rects()
    assert len(zones) == 3 and set(markers) == {"t1", "t2", "t3"}
    rnd = ctrl.current_round()
    for team in ("t1", "t2", "t3"):
        chosen = rnd.zone_of(team, cards[0])
        assert zones[chosen].contains(markers[team])
        assert not any(z.contains(markers[team].center()) for i, z in enumerate(zones) if i != chosen)
    assert markers["t1"].center().x() < zones[0].center().x() < markers["t2"].center().x()
    band = audience.strip.strip().band
    assert band is not None


def test_markers_arrive_briefly_and_never_hold_up_the_clicker(qtbot, data_home: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from gedragen.ui.session.reveal_strip import ARRIVAL_MS

    window, ctrl, compare, _cards = _revealed(qtbot, data_home, monkeypatch,
                                              {"t1": (0, 1, 2), "t2": (2, 1, 0), "t3": (1, 2, 0)})
    audience = AudienceView(ctrl)
    qtbot.addWidget(audience)
    audience.resize(1920, 1080)
    audience.show()
    qtbot.waitExposed(audience)
    order = compare.order()
    assert ctrl.focus_card == order[0] and audience.strip.strip().card == order[0]
    window.next_action.trigger()
    assert 0.0 <= audience.strip.arrival() < 1.0  # a new card: its markers are arriving
    window.next_action.trigger()  # the clicker does not wait for it
    assert audience.strip.strip().card == order[2] == ctrl.focus_card
    qtbot.waitUntil(lambda: audience.strip.arrival() == 1.0, timeout=ARRIVAL_MS * 5)
    audience.refresh()  # the same card again (a state change): no second arrival
    assert audience.strip.arrival() == 1.0

"""The audience view at 1920×1080: card text ≥ 48 px, other text ≥ 32 px, contrast ≥ 7:1, in both themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from gedragen.ui.common import theme
from gedragen.ui.common.card_view import card_metrics
from gedragen.ui.session.presenter import AudienceView
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


def check_legible(view: AudienceView, scale: float = 1.0) -> int:
    """Assert the room's rules on every visible label and painted text; returns how many were checked.

    `scale` is the card widget's projector scale: 1.0 on a 1920×1080 screen; on a smaller screen the card
    keeps its physical size, every other text stays at least 32 px.
    """
    labels = view.labels()
    assert labels, "the audience view shows text"
    for label in labels:
        px = label.font().pixelSize()
        assert px >= 32, f"{label.text()!r} is {px} px"
        fg = label.palette().color(QPalette.ColorRole.WindowText).name()
        bg = label.palette().color(QPalette.ColorRole.Window).name()
        assert theme.contrast_ratio(fg, bg) >= 7.0, f"{label.text()!r}: {fg} on {bg}"
    painted = view.painted_texts()
    for text in painted:  # the strip's zone labels and team letters, the overview, the debate bars
        assert text.px >= 32, f"{text.text!r} is {text.px} px"
        assert theme.contrast_ratio(text.fg, text.bg) >= 7.0, f"{text.text!r}: {text.fg} on {text.bg}"
        assert text.rect.right() <= view.width() and text.rect.left() >= 0, f"{text.text!r} leaves the screen"
    if view.card_view.isVisible():
        # the card itself is painted by the card widget in projector mode at full screen scale
        assert view.card_view.is_large()
        assert view.card_view.scale() == pytest.approx(scale, abs=0.01)
        metrics = card_metrics(QRectF(view.card_view.card_rect()), True, view.card_view.scale())
        assert metrics.text_min_px >= 48 * scale and metrics.footer_px >= 32 * scale and metrics.label_px >= 32 * scale
        card = view.card_view.card()
        if card is not None:
            layout = view.card_view._painter.layout(QRectF(view.card_view.card_rect()),
                                                    view.card_view.deck().theme(card.theme), card.text,
                                                    large=True, scale=view.card_view.scale())
            assert layout.text_fits and layout.text_px >= 48 * scale - 0.5, (card.id, layout.text_px)
    return len(labels) + len(painted)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_audience_view_board_compare_and_debate(qtbot, data_home: Path, palette: theme.Palette,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("gedragen.ui.session.screen.ask", lambda *args: True)
    window = open_main_window(qtbot, data_home)
    app = QApplication.instance()
    theme.apply_palette(app, palette)
    screen = start_session(qtbot, window, "board", teams=3, cards=3)
    ctrl = window.controller
    ctrl.timer.start(300)  # the room sees the round timer too
    view = AudienceView(ctrl)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    assert view.timer_label in view.labels() and view.timer_label.text() == "5:00"
    check_legible(view)

    board = screen.view()
    for _team in range(3):
        for _card in range(3):
            qtbot.keyClick(board, "1" if _team == 0 else "3")
        board.set_team(board._team_index + 1)
    screen.reveal()
    view.refresh()
    # every team's marker (letter, shape and colour) on the strip, in the zone it chose
    assert view.strip.isVisible()
    letters = {t.text for t in view.painted_texts()}
    assert {"A", "B", "C", "1 Gewenst", "3 Ongewenst"} <= letters
    zones = view.strip.zone_rects()
    markers = view.strip.marker_rects()
    assert zones[0].contains(markers["t1"]) and zones[2].contains(markers["t3"])
    assert check_legible(view) >= 6

    view.set_black(True)
    assert view.is_black()
    view.set_black(False)
    theme.apply_palette(app, theme.LIGHT)


def test_audience_view_walking_debate(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    start_session(qtbot, window, "debate")
    ctrl = window.controller
    card = ctrl.current_round().cards[0]
    ctrl.count_debate(card, "before", 10, 10)
    ctrl.count_debate(card, "after", 15, 5)
    view = AudienceView(ctrl)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    texts = [label.text() for label in view.labels()]
    assert "Verschuiving: +25 procentpunt naar gewenst" in texts
    assert "◀ Gewenst" in texts and "Ongewenst ▶" in texts
    check_legible(view)


def test_palettes_meet_seven_to_one() -> None:
    for p in theme.PALETTES.values():
        for fg, bg in ((p.text, p.window), (p.text, p.panel), (p.accent_text, p.accent),
                       (p.card_light_text, p.card_light), (p.card_dark_text, p.card_dark),
                       (p.alert_text, p.alert), (p.muted_text, p.window)):
            assert theme.contrast_ratio(fg, bg) >= 7.0, (p.name, fg, bg)


def test_team_styles_differ_by_more_than_colour() -> None:
    styles = theme.TEAM_STYLES
    assert len({s.letter for s in styles}) == len({s.marker for s in styles}) == len(styles) == 8


def test_audience_window_fills_a_screen(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from gedragen.ui.session.presenter import AudienceWindow

    window = open_main_window(qtbot, data_home)
    start_session(qtbot, window, "board", teams=2, cards=2)
    audience = AudienceWindow(window.controller)
    qtbot.addWidget(audience)
    screen = QGuiApplication.screens()[-1]
    audience.show_on(screen)
    qtbot.waitUntil(audience.isFullScreen)
    assert audience.screen() is screen
    qtbot.keyClick(audience, "b")
    assert audience.is_black()


SIZES = {"1920x1080": ((1920, 1080), 1.0), "1366x768": ((1366, 768), 768 / 1080)}


def _revealed_board(qtbot, data_home: Path, teams: int, zones: int,  # type: ignore[no-untyped-def]
                    monkeypatch: pytest.MonkeyPatch):
    """A board round of 6 cards, placed by every team through the controller, revealed; the compare screen."""
    monkeypatch.setattr("gedragen.ui.session.screen.ask", lambda *args: True)
    window = open_main_window(qtbot, data_home)
    window.start_screen.new_button.click()
    setup = window.current_page()
    setup.name_edit.setText("Teamdag")
    setup.set_variant("board")
    setup.team_count.setValue(teams)
    setup.cards_spin.setValue(6)
    setup.zones_combo.setCurrentIndex(setup.zones_combo.findData(zones))
    setup.start_button.click()
    ctrl = window.controller
    cards = ctrl.current_round().cards
    for t, team in enumerate(ctrl.teams()):
        for c, card in enumerate(cards):
            zone = (t * 3 + c * 2) % zones
            ctrl.place(team.id, card, zone, len(ctrl.board(team.id)[zone]))
    window.current_page().reveal()
    ctrl.record_outcome(cards[0], zones - 1, "We spreken elkaar direct aan als iemand een foto deelt.", None)
    return window, ctrl


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
@pytest.mark.parametrize("size", list(SIZES), ids=list(SIZES))
@pytest.mark.parametrize(("teams", "zones"), [(3, 3), (8, 5), (8, 2)], ids=["3x3", "8x5", "8x2"])
def test_reveal_strip_and_overview_are_legible(qtbot, data_home: Path, palette: theme.Palette, size: str,  # type: ignore[no-untyped-def]
                                               teams: int, zones: int, monkeypatch: pytest.MonkeyPatch) -> None:
    _window, ctrl = _revealed_board(qtbot, data_home, teams, zones, monkeypatch)
    theme.apply_palette(QApplication.instance(), palette)
    (width, height), scale = SIZES[size]
    view = AudienceView(ctrl)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    rnd = ctrl.current_round()
    ctrl.set_overview(True)
    assert (view.width(), view.height()) == (width, height)  # nothing widens the view past the screen
    ctrl.set_overview(False)
    for card in rnd.cards:
        ctrl.set_focus_card(card)
        assert view.strip.isVisible() and not view.overview.isVisible()
        letters = [t for t in view.painted_texts() if len(t.text) == 1]
        assert len(letters) == teams  # every team's letter is painted
        assert check_legible(view, scale) >= teams + zones
        zone_rects, marker_rects = view.strip.zone_rects(), view.strip.marker_rects()
        for team in ctrl.teams():
            assert zone_rects[rnd.zone_of(team.id, card)].contains(marker_rects[team.id])
        assert view.strip.geometry().bottom() < view.agreement.geometry().top() or not view.agreement.isVisible()
    ctrl.set_overview(True)
    view.repaint()
    assert view.overview.isVisible() and not view.card_view.isVisible() and not view.strip.isVisible()
    texts = [t.text for t in view.painted_texts()]
    assert len(view.overview.cards()) == 6
    assert all(any(t.startswith(f"{o.number}. ") for t in texts) for o in view.overview.cards())
    if size == "1920x1080" and teams == 3:  # room for two lines a card: the title with the card's code
        assert all(any(f"({c})" in t for t in texts) for c in rnd.cards)
    assert sum(1 for t in texts if t.endswith(ctrl.teams()[0].name)) == 1  # the legend names every team
    check_legible(view, scale)
    rows = view.overview.row_rects()
    assert all(track.bottom() <= view.overview.height() for _, _, track in rows)
    ctrl.set_overview(False)
    theme.apply_palette(QApplication.instance(), theme.LIGHT)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
@pytest.mark.parametrize("size", list(SIZES), ids=list(SIZES))
def test_debate_bars_are_legible(qtbot, data_home: Path, palette: theme.Palette, size: str) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, data_home)
    start_session(qtbot, window, "debate")
    theme.apply_palette(QApplication.instance(), palette)
    ctrl = window.controller
    card = ctrl.current_round().cards[0]
    ctrl.count_debate(card, "before", 9, 17)
    ctrl.count_debate(card, "after", 25, 1)  # one head left in ongewenst: its part is too narrow for text
    (width, height), scale = SIZES[size]
    view = AudienceView(ctrl)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.repaint()
    assert view.bars.isVisible()
    bars = view.bars.bar_rects()
    wanted, unwanted = bars["before"]
    assert wanted.width() / (wanted.width() + unwanted.width()) == pytest.approx(9 / 26, abs=0.01)
    texts = [t.text for t in view.painted_texts()]
    assert "9 (35 %)" in texts and "17 (65 %)" in texts
    assert "25 gewenst · 1 ongewenst" in texts  # no count goes missing when a part is narrow
    assert "Verschuiving: +62 procentpunt naar gewenst" in [label.text() for label in view.labels()]
    check_legible(view, scale)
    theme.apply_palette(QApplication.instance(), theme.LIGHT)

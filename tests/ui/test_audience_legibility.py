"""The audience view at 1920×1080: card text ≥ 48 px, other text ≥ 32 px, contrast ≥ 7:1, in both themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from gedragen.ui import theme
from gedragen.ui.card_view import card_metrics
from gedragen.ui.presenter import AudienceView
from tests.ui.session_helpers import (
    open_main_window,
    restore_app_style,  # noqa: F401 (a fixture, used by pytestmark)
    start_session,
)

pytestmark = pytest.mark.usefixtures("restore_app_style")


def check_legible(view: AudienceView) -> int:
    """Assert the room's rules on every visible label; returns how many were checked."""
    labels = view.labels()
    assert labels, "the audience view shows text"
    for label in labels:
        px = label.font().pixelSize()
        assert px >= 32, f"{label.text()!r} is {px} px"
        fg = label.palette().color(QPalette.ColorRole.WindowText).name()
        bg = label.palette().color(QPalette.ColorRole.Window).name()
        assert theme.contrast_ratio(fg, bg) >= 7.0, f"{label.text()!r}: {fg} on {bg}"
    # the card itself is painted by the card widget in projector mode at full screen scale
    assert view.card_view.is_large()
    assert view.card_view.scale() == pytest.approx(1.0, abs=0.01)
    metrics = card_metrics(QRectF(view.card_view.card_rect()), True, view.card_view.scale())
    assert metrics.text_min_px >= 48 and metrics.footer_px >= 32 and metrics.label_px >= 32
    return len(labels)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_audience_view_board_compare_and_debate(qtbot, data_home: Path, palette: theme.Palette,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("gedragen.ui.session_screen.ask", lambda *args: True)
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
    texts = [label.text() for label in view.labels()]
    # every team by letter, shape and name next to its zone: never colour alone
    assert any(t.startswith("A ● Groep 1: 1 Gewenst") for t in texts)
    assert any(t.startswith("C ■ Groep 3: 3 Ongewenst") for t in texts)
    assert check_legible(view) >= 4

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

    from gedragen.ui.presenter import AudienceWindow

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

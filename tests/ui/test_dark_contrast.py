"""The facilitator's screens in light and dark: every text ≥ 4.5:1, icons visible, checkboxes large enough."""

from __future__ import annotations

import pytest

from gedragen.core.colors import contrast_ratio
from gedragen.ui.common import theme
from tests.ui.contrast import low_contrast_texts
from tools import screenshots


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_every_text_on_every_screen_reaches_4_5_to_1(qapp, palette: str) -> None:
    problems: list[str] = []

    def check(name: str, widget: object) -> None:
        if "zaalbeeld" in name or name.startswith("deck-card"):
            return  # the room's screens have their own, stricter test (test_audience_legibility)
        problems.extend(f"{name}: {p}" for p in low_contrast_texts(widget))  # type: ignore[arg-type]

    try:
        screenshots.render(None, (1920, 1080), palette, check)
    finally:
        theme.apply_palette(qapp, theme.LIGHT)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK])
def test_status_colours_reach_4_5_to_1_on_window_and_panel(qapp, palette: theme.Palette) -> None:
    for kind, color in theme.STATUS_COLORS[palette.name].items():
        for background in (palette.window, palette.panel):
            assert contrast_ratio(color, background) >= 4.5, (palette.name, kind, color, background)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK])
def test_theme_icons_show_on_the_window_in_both_palettes(qapp, tmp_path, palette: theme.Palette) -> None:
    from gedragen.core.library import DeckLibrary

    theme.apply_palette(qapp, palette)
    try:
        colours = {t.color.upper() for deck in DeckLibrary(tmp_path).builtin() for t in deck.themes}
        assert "#063831" in colours  # the pesten green: 1.6:1 on black as it is
        for color in colours:
            shown = theme.readable_on_window(color)
            assert contrast_ratio(shown, palette.window) >= 3.0, (palette.name, color, shown)
    finally:
        theme.apply_palette(qapp, theme.LIGHT)


def test_card_checkboxes_in_kaarten_kiezen_are_large_and_visible_in_dark(qtbot, qapp, tmp_path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from gedragen.core.library import DeckLibrary
    from gedragen.ui.session.dialogs import HandPickDialog

    theme.apply_palette(qapp, theme.DARK)
    try:
        deck = DeckLibrary(tmp_path).builtin()[0]
        dialog = HandPickDialog(deck.cards[:5], deck)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        image = dialog.list.viewport().grab().toImage()
        rect = dialog.list.visualItemRect(dialog.list.item(0))
        # the indicator sits at the row's left: its light left edge is one unbroken vertical line of ≥ 24 px
        # (a glyph of the card text is never that tall)
        longest = 0
        for x in range(rect.left(), rect.left() + 20):
            run = 0
            for y in range(rect.top(), rect.bottom()):
                run = run + 1 if QColor(image.pixel(x, y)).lightness() > 200 else 0
                longest = max(longest, run)
        assert longest >= 24, f"checkbox edge only {longest} px high in the dark palette"
        assert dialog.list.item(0).checkState() == Qt.CheckState.Unchecked
    finally:
        theme.apply_palette(qapp, theme.LIGHT)

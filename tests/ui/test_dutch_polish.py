"""Polish on the facilitator's screens: dialog text size, visible spin-box arrows, an all-Dutch file dialog,
'1 kaart', and a decimal comma in spin boxes."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QAbstractButton, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from gedragen.core.colors import contrast_ratio
from gedragen.ui.common import theme


@pytest.fixture
def palette_reset(qapp):  # type: ignore[no-untyped-def]
    yield
    theme.apply_palette(qapp, theme.LIGHT)


def test_confirmation_and_error_dialogs_use_the_facilitator_text_size(qtbot, qapp, palette_reset) -> None:
    from gedragen.ui.common.widgets import error_box, question_box

    theme.apply_palette(qapp, theme.LIGHT)
    box, _yes = question_box(None, "Sessie afronden", "Wil je de sessie afronden?", "Afronden", "Doorgaan")
    error = error_box(None, "Niet gelukt", "De schijf is vol.", "Maak ruimte vrij.")
    for dialog in (box, error):
        qtbot.addWidget(dialog)
        dialog.show()
        texts = [w for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
        assert texts
        for label in texts:
            assert QFontInfo(label.font()).pixelSize() >= theme.FACILITATOR_TEXT_PX, label.text()
        dialog.hide()


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK])
def test_spin_box_arrows_stand_out_in_both_palettes(qtbot, qapp, palette_reset, palette: theme.Palette) -> None:
    theme.apply_palette(qapp, palette)
    holder = QWidget()
    spin = QSpinBox(holder)
    spin.setRange(0, 10)
    spin.setValue(5)
    spin.resize(220, 48)
    qtbot.addWidget(holder)
    holder.resize(240, 60)
    holder.show()
    qtbot.waitExposed(holder)
    image = spin.grab().toImage()
    # the arrow column at the right: enough pixels in a colour that reads on the button (≥ 4.5:1)
    strong = sum(
        1
        for x in range(image.width() - 30, image.width() - 6)  # inside the frame: the border is no arrow
        for y in range(6, image.height() - 6)
        if contrast_ratio(QColor(image.pixel(x, y)).name(), palette.panel) >= 4.5
    )
    assert strong >= 60, f"{palette.name}: only {strong} arrow pixels"


ENGLISH = ("Look in", "Files of type", "File name", "Save", "Cancel", "Open", "Directory", "Folder")


@pytest.mark.parametrize("save", [True, False])
def test_file_dialog_speaks_only_dutch(qtbot, qapp, save: bool) -> None:
    from gedragen.ui.app import install_translator
    from gedragen.ui.common.widgets import file_dialog

    translators = install_translator(qapp, "nl")
    try:
        dialog = file_dialog(None, "Verslag opslaan", str(Path.home() / "verslag.pdf"), "PDF (*.pdf)", save)
        qtbot.addWidget(dialog)
        dialog.show()
        texts = []
        for widget in dialog.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text().replace("&", ""))
            texts.append(widget.toolTip())
        english = [t for t in texts for word in ENGLISH if re.search(rf"\b{word}\b", t, re.IGNORECASE)]
        assert not english, english
        assert any("Bestandstype" in t for t in texts)
        dialog.hide()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_one_card_is_one_kaart_in_every_deck_list(qtbot, tmp_path: Path) -> None:
    from gedragen.core.library import DeckLibrary
    from gedragen.ui.common.widgets import card_count
    from gedragen.ui.session.setup import SessionSetup

    assert card_count(1) == "1 kaart"
    assert card_count(0) == "0 kaarten"
    assert card_count(12) == "12 kaarten"
    deck = DeckLibrary(tmp_path).builtin()[0]
    own = dataclasses.replace(deck, id="eigen", title="Eigen situaties", builtin=False, cards=deck.cards[:1])
    setup = SessionSetup([deck, own])
    qtbot.addWidget(setup)
    entries = [setup.deck_combo.itemText(i) for i in range(setup.deck_combo.count())]
    assert "Eigen situaties (1 kaart)" in entries, entries
    assert not any("1 kaarten" in e for e in entries)


def test_spin_boxes_show_a_decimal_comma_like_the_rest_of_the_screen(qtbot, qapp) -> None:
    from PySide6.QtCore import QLocale

    from gedragen.ui.app import install_translator

    before = QLocale()
    translators = install_translator(qapp, "nl")
    try:
        spin = QDoubleSpinBox()
        qtbot.addWidget(spin)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        spin.setValue(3.0)
        assert spin.text() == "3,0 mm"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)

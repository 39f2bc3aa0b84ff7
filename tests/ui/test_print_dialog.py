"""The print dialog: options map to PrintOptions, the preview is the real PDF, errors name the card."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from gedragen.core.errors import ExportError
from gedragen.core.library import DeckLibrary
from gedragen.ui.decks.print_dialog import PrintDialog, render_pdf_pages


def _own_deck(library: DeckLibrary, deck_id: str, cards: int = 5, long_text: bool = False) -> None:
    base = library.get("vo-mbo")
    chosen = list(base.cards[:cards])
    if long_text:
        chosen[1] = dataclasses.replace(chosen[1], id=f"{deck_id}-lang", text="Onbreekbaarwoord" * 25)
    deck = dataclasses.replace(base, id=deck_id, title=deck_id, builtin=False, source=None, cards=tuple(chosen),
                               blank_cards=2)
    library.save_own(deck)


def _dialog(qtbot, data_home: Path, deck_id: str) -> PrintDialog:  # type: ignore[no-untyped-def]
    dialog = PrintDialog(None, DeckLibrary(data_home), data_home, deck_id=deck_id)
    qtbot.addWidget(dialog)
    return dialog


def _wait(qtbot, dialog: PrintDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)


def test_preview_pages_are_the_saved_pdf(qtbot, data_home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _own_deck(DeckLibrary(data_home), "klein", cards=5)
    dialog = _dialog(qtbot, data_home, "klein")
    _wait(qtbot, dialog)
    preview = dialog.preview
    assert preview is not None and dialog.error is None
    assert preview.cards == 5 + 2 and preview.blanks == 2
    assert dialog.page_view.image() is preview.pages[0]
    assert dialog.page_label.text() == f"Pagina 1 van {len(preview.pages)}"
    dialog.show_page(1)
    assert dialog.page_view.image() is preview.pages[1]

    out = dialog.save_to(tmp_path / "kaarten")
    assert out.suffix == ".pdf" and out.read_bytes() == preview.pdf
    from pypdf import PdfReader

    assert len(PdfReader(str(out)).pages) == len(preview.pages)
    again = render_pdf_pages(out.read_bytes(), scale=0.5)
    assert len(again) == len(preview.pages)
    first = preview.pages[0]
    # the card band (theme colour) is on the page, not just white paper
    colours = {first.pixelColor(x, y).name() for x in range(0, first.width(), 17) for y in range(0, first.height(), 17)}
    assert len(colours) > 5


def test_selection_and_options_map_to_print_options(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, data_home, "vo-mbo")
    options = dialog.options()
    assert options.themes is None and options.kinds is None and options.card_size == "poker"
    for key, box in dialog.theme_boxes.items():
        box.setChecked(key == "pesten")
    dialog.kind_boxes["team"].setChecked(False)
    dialog.offset_x.setValue(0.6)  # not a 0.25 step: snapped
    dialog.offset_y.setValue(-0.25)
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("a6"))
    dialog.duplex_combo.setCurrentIndex(dialog.duplex_combo.findData("short"))
    dialog.calibration_check.setChecked(True)
    options = dialog.options()
    assert options.themes == frozenset({"pesten"})
    assert options.kinds == frozenset({"school"})
    assert options.back_offset_mm == (0.5, -0.25)
    assert (options.card_size, options.duplex, options.calibration) == ("a6", "short", True)
    options.check()

    dialog.crop_check.setChecked(False)
    assert dialog.options().bleed_mm == 0
    dialog.crop_check.setChecked(True)
    assert dialog.options().bleed_mm == 3
    _wait(qtbot, dialog)
    assert dialog.preview is not None
    assert dialog.preview.cards - dialog.preview.blanks == len(
        [c for c in DeckLibrary(data_home).get("vo-mbo").cards if c.theme == "pesten" and c.kind == "school"]
    )


def test_a_card_that_does_not_fit_is_named(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _own_deck(DeckLibrary(data_home), "te-lang", cards=3, long_text=True)
    dialog = _dialog(qtbot, data_home, "te-lang")
    _wait(qtbot, dialog)
    assert dialog.preview is None and dialog.error is not None
    assert not dialog.error_label.isHidden()
    assert "te-lang-lang" in dialog.error_label.text()
    assert "kaart" in dialog.error_label.text()
    assert not dialog.save_button.isEnabled()
    with pytest.raises(ExportError, match="nog geen PDF"):
        dialog.save_to(data_home / "x.pdf")


def test_back_offset_is_remembered_for_the_next_print(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _own_deck(DeckLibrary(data_home), "klein", cards=2)
    dialog = _dialog(qtbot, data_home, "klein")
    dialog.offset_x.setValue(1.25)
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("a3"))
    dialog.generate()
    _wait(qtbot, dialog)
    assert dialog.preview is not None
    later = _dialog(qtbot, data_home, "klein")
    assert later.offset_x.value() == pytest.approx(1.25)
    assert later.paper_combo.currentData() == "a3"
    _wait(qtbot, later)

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


# --- remembered choices: declared settings --------------------------------------------------------


def test_choices_are_declared_settings_and_no_second_store(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from gedragen.ui.common.settings import Settings

    _own_deck(DeckLibrary(data_home), "klein", cards=2)
    dialog = _dialog(qtbot, data_home, "klein")
    _wait(qtbot, dialog)
    dialog.duplex_combo.setCurrentIndex(dialog.duplex_combo.findData("none"))
    dialog.crop_check.setChecked(False)
    dialog.offset_y.setValue(-2.5)
    _wait(qtbot, dialog)
    settings = Settings(data_home)
    assert (settings.get("print/duplex"), settings.get("print/crop_marks")) == ("none", False)
    assert settings.get("print/back_offset_y_mm") == pytest.approx(-2.5)
    assert settings.get("print/deck") == "klein"
    assert not (data_home / "print-options.json").exists()
    later = PrintDialog(None, DeckLibrary(data_home), data_home)  # no deck asked for: the last one printed
    qtbot.addWidget(later)
    assert later.current_deck() is not None and later.current_deck().id == "klein"
    assert (later.duplex_combo.currentData(), later.crop_check.isChecked()) == ("none", False)
    assert later.offset_y.value() == pytest.approx(-2.5) and later.bleed_spin.value() == 0
    _wait(qtbot, later)


@pytest.mark.parametrize("value", ["nan", "inf", "-1e999", "12", "abc", "99999999999999999999999999", "@ByteArray(x)"])
def test_a_broken_stored_value_gives_the_default(qtbot, data_home: Path, value: str) -> None:  # type: ignore[no-untyped-def]
    (data_home / "settings.ini").write_text(
        "[print]\n"
        f"card_size={value}\npaper={value}\nduplex={value}\ncrop_marks={value}\n"
        f"bleed_mm={value}\nback_offset_x_mm={value}\nback_offset_y_mm={value}\ndeck={value}\n",
        encoding="utf-8",
    )
    _own_deck(DeckLibrary(data_home), "klein", cards=2)
    dialog = _dialog(qtbot, data_home, "klein")
    options = dialog.options()
    assert (options.card_size, options.paper, options.duplex) == ("poker", "a4", "long")
    assert options.bleed_mm == 3 and options.back_offset_mm == (0, 0)
    _wait(qtbot, dialog)
    assert dialog.preview is not None


def _legacy(data_home: Path, text: str) -> Path:
    from gedragen.ui.decks.print_dialog import LEGACY_OPTIONS_FILE

    path = data_home / LEGACY_OPTIONS_FILE
    path.write_text(text, encoding="utf-8")
    return path


def test_choices_of_an_earlier_version_are_carried_over_once(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _own_deck(DeckLibrary(data_home), "klein", cards=2)
    legacy = _legacy(data_home, '{"card_size": "a6", "paper": "a3", "duplex": "short", "crop_marks": false,'
                                ' "bleed_mm": 1.5, "back_offset_mm": [1.25, -0.75], "deck": "klein"}')
    dialog = PrintDialog(None, DeckLibrary(data_home), data_home)
    qtbot.addWidget(dialog)
    assert not legacy.exists()
    options = dialog.options()
    assert dialog.current_deck() is not None and dialog.current_deck().id == "klein"
    assert (options.card_size, options.paper, options.duplex, options.crop_marks) == ("a6", "a3", "short", False)
    assert options.bleed_mm == 1.5 and options.back_offset_mm == (1.25, -0.75)
    _wait(qtbot, dialog)


@pytest.mark.parametrize("text", [
    '{"card_size": "huge", "paper": 3, "duplex": null, "crop_marks": "ja", "bleed_mm": 1e999,'
    ' "back_offset_mm": [true, "x"], "deck": ["vo-mbo"]}',
    '{"bleed_mm": NaN, "back_offset_mm": [99, -99]}',
    '[1, 2, 3]',
    '{"card_size": ',
    '\xff\xfe not json',
])
def test_a_broken_earlier_file_gives_the_defaults(qtbot, data_home: Path, text: str) -> None:  # type: ignore[no-untyped-def]
    _legacy(data_home, text)
    _own_deck(DeckLibrary(data_home), "klein", cards=2)
    dialog = _dialog(qtbot, data_home, "klein")
    options = dialog.options()
    assert (options.card_size, options.paper, options.duplex, options.crop_marks) == ("poker", "a4", "long", True)
    assert options.bleed_mm == 3 and options.back_offset_mm == (0, 0)
    _wait(qtbot, dialog)
    assert dialog.preview is not None


# --- levels -----------------------------------------------------------------------------------------

LEVELS_DECK = Path(__file__).parent.parent / "core" / "data" / "levels.yaml"


def test_level_choice_prints_what_gedragen_print_level_prints(  # type: ignore[no-untyped-def]
    qtbot, data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gedragen.cli import main

    library = DeckLibrary(data_home)
    deck = dataclasses.replace(library.get(str(LEVELS_DECK)), builtin=False, source=None, blank_cards=0)
    library.save_own(deck)
    dialog = _dialog(qtbot, data_home, "niveaus")
    combo = dialog.level_combo
    assert dialog.deck_form.isRowVisible(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Alle niveaus", "vo onderbouw", "vo bovenbouw", "mbo"]
    _wait(qtbot, dialog)
    assert dialog.options().levels is None
    assert dialog.preview is not None and dialog.preview.cards == len(deck.cards)
    for index in range(1, combo.count()):
        combo.setCurrentIndex(index)
        level = combo.currentData()
        assert dialog.options().levels == frozenset({level})
        _wait(qtbot, dialog)
        assert dialog.preview is not None
        out = tmp_path / f"{level}.pdf"
        assert main(["--data-dir", str(data_home), "print", "niveaus", "-o", str(out), "--level", level]) == 0
        printed = capsys.readouterr().out
        assert f": {dialog.preview.cards} kaarten," in printed, (level, printed)
        assert dialog.preview.cards < len(deck.cards)  # every level of this deck leaves a card out


def test_no_level_choice_for_a_deck_without_levels(qtbot, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    library = DeckLibrary(data_home)
    _own_deck(library, "zonder", cards=2)
    deck = library.get("zonder")
    library.save_own(dataclasses.replace(deck, levels=(), cards=tuple(
        dataclasses.replace(c, levels=()) for c in deck.cards)))
    dialog = _dialog(qtbot, data_home, "zonder")
    assert not dialog.deck_form.isRowVisible(dialog.level_combo)
    assert dialog.options().levels is None
    dialog.deck_combo.setCurrentIndex(dialog.deck_combo.findData("vo-mbo"))
    assert dialog.deck_form.isRowVisible(dialog.level_combo)
    _wait(qtbot, dialog)

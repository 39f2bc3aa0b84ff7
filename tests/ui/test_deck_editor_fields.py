"""The deck editor's fields for a card's estimate, sensitivity and levels, and for the deck's own levels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from gedragen.core.deck import Deck
from gedragen.core.library import DeckLibrary
from gedragen.core.loader import load_deck
from gedragen.ui.decks.editor import DeckEditor

TEXT = "Een leerling meldt bij de mentor dat een klasgenoot in de groepsapp wordt uitgescholden."


@pytest.fixture
def editor(qtbot, data_home: Path) -> DeckEditor:  # type: ignore[no-untyped-def]
    widget = DeckEditor(DeckLibrary(data_home))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.tell = lambda title, message, warning=False: None  # type: ignore[method-assign]
    return widget


def _choose_expected(editor: DeckEditor, value: str | None) -> None:
    combo = editor.cards.expected_combo
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # as a click in the list does


def _add_level(editor: DeckEditor, level_id: str, label: str) -> None:
    table = editor.deck_fields.level_table
    table.add_button.click()
    row = table.table.rowCount() - 1
    name, ident = table.table.item(row, 0), table.table.item(row, 1)
    assert name is not None and ident is not None
    name.setText(label)  # as typing in the cell does: itemChanged follows
    ident.setText(level_id)


def _saved(editor: DeckEditor, data_home: Path) -> tuple[Deck, str]:
    draft = editor.draft()
    assert draft is not None
    path = data_home / "decks" / f"{draft.id}.yaml"
    return load_deck(path), path.read_text(encoding="utf-8")


def _deck_with_levels(qtbot, editor: DeckEditor) -> None:  # type: ignore[no-untyped-def]
    editor.new_deck("Onze klas")
    editor.add_card()
    editor.cards.text_edit.setPlainText(TEXT)
    _add_level(editor, "onderbouw", "Onderbouw")
    _add_level(editor, "bovenbouw", "Bovenbouw")
    assert editor.validate_now() == []


def test_each_field_set_in_the_editor_is_saved_and_loaded_back(qtbot, editor: DeckEditor, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _deck_with_levels(qtbot, editor)
    # the card form offers exactly the levels the deck declares, none ticked
    assert [c.text() for c in editor.cards.level_checks.values()] == ["Onderbouw", "Bovenbouw"]
    assert not any(c.isChecked() for c in editor.cards.level_checks.values())
    assert "elk niveau" in editor.cards.levels_hint.text()

    _choose_expected(editor, "grensgeval")
    editor.cards.sensitive_check.click()
    editor.cards.level_checks["bovenbouw"].click()
    assert editor.validate_now() == []
    card = editor.current_card()
    assert card is not None
    assert (card.expected, card.sensitive, card.levels) == ("grensgeval", True, ("bovenbouw",))
    assert editor.save()

    deck, yaml_text = _saved(editor, data_home)
    assert [(lv.id, lv.label) for lv in deck.levels] == [("onderbouw", "Onderbouw"), ("bovenbouw", "Bovenbouw")]
    (loaded,) = deck.cards
    assert (loaded.expected, loaded.sensitive, loaded.levels, loaded.text) == ("grensgeval", True, ("bovenbouw",), TEXT)
    assert "expected: grensgeval" in yaml_text and "sensitive: true" in yaml_text

    # a fresh editor on the same folder shows the same values in its fields
    again = DeckEditor(DeckLibrary(data_home))
    qtbot.addWidget(again)
    again.open_deck(deck.id)
    assert again.cards.expected_combo.currentData() == "grensgeval"
    assert again.cards.expected_combo.currentText() == "grensgeval"
    assert again.cards.sensitive_check.isChecked()
    assert {k: c.isChecked() for k, c in again.cards.level_checks.items()} == {"onderbouw": False, "bovenbouw": True}
    assert again.deck_fields.level_table.levels() == deck.levels


def test_cleared_fields_leave_the_yaml(qtbot, editor: DeckEditor, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _deck_with_levels(qtbot, editor)
    _choose_expected(editor, "ongewenst")
    editor.cards.sensitive_check.click()
    editor.cards.level_checks["onderbouw"].click()
    assert editor.save()
    _, yaml_text = _saved(editor, data_home)
    assert "expected:" in yaml_text and "sensitive:" in yaml_text and yaml_text.count("levels:") == 2

    _choose_expected(editor, None)
    editor.cards.sensitive_check.click()
    editor.cards.level_checks["onderbouw"].click()
    assert editor.validate_now() == []
    assert editor.save()
    deck, yaml_text = _saved(editor, data_home)
    (card,) = deck.cards
    assert (card.expected, card.sensitive, card.levels) == (None, False, ())
    assert "expected" not in yaml_text and "sensitive" not in yaml_text
    assert yaml_text.count("levels:") == 1  # the deck still declares its levels

    # removing the deck's levels takes the declaration out of the file too
    table = editor.deck_fields.level_table
    while table.table.rowCount():
        table.table.setCurrentCell(0, 0)
        table.remove_button.click()
    assert editor.validate_now() == []
    assert "geen niveaus" in editor.cards.levels_hint.text() and not editor.cards.level_checks
    assert editor.save()
    deck, yaml_text = _saved(editor, data_home)
    assert deck.levels == () and "levels" not in yaml_text


def test_a_level_the_deck_no_longer_declares_is_a_problem_not_a_crash(qtbot, editor: DeckEditor, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _deck_with_levels(qtbot, editor)
    editor.cards.level_checks["bovenbouw"].click()
    assert editor.save()

    table = editor.deck_fields.level_table
    table.table.setCurrentCell(1, 0)
    table.remove_button.click()
    problems = editor.validate_now()
    # the loader's own message, placed on the card's Niveaus field and in the problem list
    assert [(p.part, p.item, p.field) for p in problems] == [("card", 0, "levels")]
    assert "onbekend niveau 'bovenbouw'" in problems[0].message
    assert editor.problem_list.count() == 1
    assert editor.problem_list.item(0).text().startswith("⚠ Kaart 1: onbekend niveau 'bovenbouw'")
    assert not editor.save_button.isEnabled() and not editor.save()
    assert "bovenbouw" in editor.cards.levels_problems.text() and not editor.cards.levels_problems.isHidden()
    # the card still shows the level it names, so it can be unticked
    gone = editor.cards.level_checks["bovenbouw"]
    assert gone.isChecked() and "niet meer in de kaartenset" in gone.text()
    assert editor.cards.list.item(0).text().startswith("⚠")

    # a click on the message goes to the card
    editor.tabs.setCurrentIndex(3)
    editor.problem_list.itemClicked.emit(editor.problem_list.item(0))
    assert editor.tabs.currentIndex() == 0

    gone.click()
    assert editor.validate_now() == []
    assert editor.current_card().levels == ()  # type: ignore[union-attr]
    assert editor.save()
    deck, _ = _saved(editor, data_home)
    assert [lv.id for lv in deck.levels] == ["onderbouw"] and deck.cards[0].levels == ()


def test_cards_follow_a_renamed_level(qtbot, editor: DeckEditor, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _deck_with_levels(qtbot, editor)
    editor.cards.level_checks["onderbouw"].click()
    assert editor.save()
    ident = editor.deck_fields.level_table.table.item(0, 1)
    assert ident is not None
    ident.setText("klas-1-2")
    assert editor.validate_now() == []
    assert editor.draft().cards[0].levels == ("klas-1-2",)  # type: ignore[union-attr]
    assert editor.cards.level_checks["klas-1-2"].isChecked()
    assert editor.save()
    deck, _ = _saved(editor, data_home)
    assert [lv.id for lv in deck.levels] == ["klas-1-2", "bovenbouw"] and deck.cards[0].levels == ("klas-1-2",)


def test_a_new_level_needs_a_name_and_an_id(qtbot, editor: DeckEditor) -> None:  # type: ignore[no-untyped-def]
    _deck_with_levels(qtbot, editor)
    table = editor.deck_fields.level_table
    label = table.table.item(1, 0)
    assert label is not None
    label.setText("")
    problems = editor.validate_now()
    assert problems and all(p.part == "deck" for p in problems)
    assert not editor.deck_fields.problems.isHidden()
    assert not editor.save_button.isEnabled()
    table.table.setItem(1, 0, QTableWidgetItem("Bovenbouw"))
    assert editor.validate_now() == []


def test_an_edited_copy_of_a_built_in_deck_keeps_every_estimate_sensitive_mark_and_level(qtbot, editor: DeckEditor, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    original = editor.library.get("vo-mbo")
    assert any(c.levels for c in original.cards) and any(c.sensitive for c in original.cards)
    editor.new_deck("Onze vo-kaarten", template="vo-mbo")
    # a card with levels, sensitive and an estimate: its form shows them
    card = next(c for c in original.cards if c.sensitive and c.levels and c.expected)
    editor.select_card(card.id)
    assert editor.cards.expected_combo.currentData() == card.expected
    assert editor.cards.sensitive_check.isChecked()
    assert [k for k, c in editor.cards.level_checks.items() if c.isChecked()] == [
        lv.id for lv in original.levels if lv.id in card.levels
    ]
    editor.cards.text_edit.setPlainText(card.text + " Niemand zegt iets.")
    assert editor.validate_now() == []
    assert editor.save()
    deck, _ = _saved(editor, data_home)
    assert deck.levels == original.levels
    assert [(c.id, c.expected, c.sensitive, c.levels) for c in deck.cards] == [
        (c.id, c.expected, c.sensitive, c.levels) for c in original.cards
    ]


def test_a_built_in_deck_shows_the_fields_read_only(qtbot, editor: DeckEditor) -> None:  # type: ignore[no-untyped-def]
    editor.open_deck("po")
    deck = editor.draft()
    assert deck is not None and deck.builtin and deck.levels
    card = next(c for c in deck.cards if c.expected)
    editor.select_card(card.id)
    assert editor.cards.expected_combo.currentData() == card.expected
    assert not editor.cards.form.isEnabled()
    assert not editor.deck_fields.level_table.isEnabled()
    assert [lv.label for lv in editor.deck_fields.level_table.levels()] == [lv.label for lv in deck.levels]


def test_renaming_a_level_to_another_levels_id_never_merges_them_on_the_cards(qtbot, editor: DeckEditor, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    _deck_with_levels(qtbot, editor)
    editor.cards.level_checks["onderbouw"].click()
    editor.add_card()
    editor.cards.text_edit.setPlainText(TEXT + " Twee keer.")
    editor.cards.level_checks["bovenbouw"].click()
    assert editor.validate_now() == []
    ident = editor.deck_fields.level_table.table.item(0, 1)
    assert ident is not None
    ident.setText("bovenbouw")  # a slip: the other level's id
    problems = editor.validate_now()
    assert any(p.part == "deck" and "bovenbouw" in p.message for p in problems)
    draft = editor.draft()
    assert draft is not None and [c.levels for c in draft.cards] == [("onderbouw",), ("bovenbouw",)]
    ident.setText("klas-1-2")  # typed on: now the first card follows, the second keeps its own level
    assert editor.validate_now() == []
    assert editor.save()
    deck, _ = _saved(editor, data_home)
    assert [c.levels for c in deck.cards] == [("klas-1-2",), ("bovenbouw",)]

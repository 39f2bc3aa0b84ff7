"""The deck editor's Soorten kaarten tab: the kinds of card (team, school, …) with name, id and shade."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import Deck, Kind
from gedragen.ui.decks.drafts import ProblemLabel, unique_id
from gedragen.ui.decks.list_form import EditorHost, ListFormPart


class KindPart(ListFormPart):
    """The kinds of card of the draft: list and form."""

    part = "kind"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.list.setStyleSheet("QListWidget { font-size: 17px; }")
        self.add_kind_button = self.add_button(QCoreApplication.translate("DeckEditor", "Nieuwe soort"), self.add)
        self.delete_kind_button = self.add_button(
            QCoreApplication.translate("DeckEditor", "Soort verwijderen…"), self.delete
        )
        self.kind_label_edit = QLineEdit(self)
        self.kind_id_edit = QLineEdit(self)
        self.shade_light = QRadioButton(QCoreApplication.translate("DeckEditor", "Licht (zoals teamkaarten)"), self)
        self.shade_dark = QRadioButton(QCoreApplication.translate("DeckEditor", "Donker (zoals schoolkaarten)"), self)
        self.kind_description_edit = QLineEdit(self)
        self.kind_problems_label = ProblemLabel(self)
        shades = QHBoxLayout()
        shades.addWidget(self.shade_light)
        shades.addWidget(self.shade_dark)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DeckEditor", "Naam"), self.kind_label_edit)
        form.addRow(QCoreApplication.translate("DeckEditor", "Id"), self.kind_id_edit)
        form.addRow(QCoreApplication.translate("DeckEditor", "Kaart"), shades)
        form.addRow(QCoreApplication.translate("DeckEditor", "Uitleg"), self.kind_description_edit)
        form.addRow(self.kind_problems_label)
        self.form.setLayout(form)
        self.kind_label_edit.textEdited.connect(self.fields_edited)
        self.kind_id_edit.textEdited.connect(self.fields_edited)
        self.shade_light.toggled.connect(self.fields_edited)
        self.kind_description_edit.textEdited.connect(self.fields_edited)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(self.buttons)
        row = QHBoxLayout(self)
        row.addLayout(left, 2)
        row.addWidget(self.form, 3)

    def items(self, deck: Deck) -> tuple[Kind, ...]:
        """The deck's kinds of card."""
        return deck.kinds

    def store(self, deck: Deck, items: Sequence[Any], old: Any | None = None, new: Any | None = None) -> Deck:
        """`deck` with these kinds; cards follow a renamed kind id."""
        cards = deck.cards
        if old is not None and new is not None:
            cards = tuple(dataclasses.replace(c, kind=new.id) if c.kind == old.id else c for c in deck.cards)
        return dataclasses.replace(deck, kinds=tuple(items), cards=cards)

    def problem_key(self, row: int) -> str | int | None:
        """Kinds are named by their id in the loader's messages."""
        deck = self.host.draft()
        return deck.kinds[row].id if deck is not None and 0 <= row < len(deck.kinds) else None

    def show_row(self, item: QListWidgetItem, row: int, value: Any, bad: bool) -> None:
        """'Teamkaart (team)'."""
        item.setText(f"{value.label} ({value.id})")

    def fill_form(self, value: Any | None) -> None:
        """The kind's fields."""
        kind: Kind | None = value
        self.kind_label_edit.setText(kind.label if kind else "")
        self.kind_id_edit.setText(kind.id if kind else "")
        self.shade_dark.setChecked(bool(kind and kind.shade == "dark"))
        self.shade_light.setChecked(not (kind and kind.shade == "dark"))
        self.kind_description_edit.setText(kind.description if kind else "")

    def read_form(self, value: Any) -> Kind:
        """The kind as the form says."""
        return Kind(
            self.kind_id_edit.text().strip(),
            self.kind_label_edit.text(),
            "dark" if self.shade_dark.isChecked() else "light",
            self.kind_description_edit.text(),
        )

    def show_field_problems(self) -> None:
        """All of the kind's messages under its form."""
        self.kind_problems_label.show_messages(self.messages(None))

    def add(self) -> None:
        """Add a kind of card with a fresh id."""
        deck = self.editable_deck()
        if deck is None:
            return
        kind = Kind(unique_id("soort", {k.id for k in deck.kinds}), QCoreApplication.translate("DeckEditor", "Nieuwe soort"), "light")
        self.insert(kind, len(deck.kinds))
        self.host.parts_changed()

    def delete(self) -> None:
        """Delete the current kind after asking."""
        kind = self.current()
        if kind is None:
            return
        if not self.host.confirm(
            QCoreApplication.translate("DeckEditor", "Soort verwijderen"),
            QCoreApplication.translate("DeckEditor", "De soort '{0}' verwijderen?").format(kind.label),
            QCoreApplication.translate("DeckEditor", "Verwijderen"),
            QCoreApplication.translate("DeckEditor", "Niet verwijderen"),
        ):
            return
        self.remove_current(select=0)
        self.host.parts_changed()

"""One list of a deck's parts (its cards, themes or kinds) beside the form of the one selected.

The deck editor uses it three times. Each use says which items it lists, how a row reads, how the form is
filled and read back, and how an edit lands in the draft; the list, the selection, the guard against the
form's own signals, adding, moving and deleting rows are written once, here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QWidget

from gedragen.core.deck import Deck
from gedragen.ui.common.widgets import FlowLayout
from gedragen.ui.decks.drafts import FieldProblem


class EditorHost(Protocol):
    """What a part needs from the deck editor around it."""

    def draft(self) -> Deck | None:
        """The deck as edited so far."""
        ...

    def replace_draft(self, deck: Deck) -> None:
        """Make `deck` the draft (the part changed it)."""
        ...

    def schedule_validation(self) -> None:
        """Check the draft shortly after the last change."""
        ...

    def problems(self) -> list[FieldProblem]:
        """The loader's problems with the draft, placed on fields."""
        ...

    def confirm(self, title: str, question: str, yes: str, no: str) -> bool:
        """Ask a yes/no question."""
        ...

    def parts_changed(self) -> None:
        """Themes or kinds were added or removed: the card form's choices follow."""
        ...


class ListFormPart(QWidget):
    """A list of one kind of deck item with the form of the selected item; subclasses name the item."""

    part = ""  # FieldProblem.part of these items: "card", "theme" or "kind"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.row = -1
        self.loading = False  # the form is being filled: its change signals are not edits
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._row_changed)
        self.form = QWidget(self)
        self.buttons = FlowLayout(spacing=6)  # as many rows as the width needs (a 1366-wide laptop)
        self.edit_buttons: list[QPushButton] = []

    # ---------------------------------------------------------------- what each use says

    def items(self, deck: Deck) -> tuple[Any, ...]:
        """The deck's items of this part."""
        raise NotImplementedError

    def store(self, deck: Deck, items: Sequence[Any], old: Any | None = None, new: Any | None = None) -> Deck:
        """`deck` with these items; `old` became `new` when one item was edited."""
        raise NotImplementedError

    def show_row(self, item: QListWidgetItem, row: int, value: Any, bad: bool) -> None:
        """Set the list row of `value` (`bad`: the loader has something to say about it)."""
        raise NotImplementedError

    def fill_form(self, value: Any | None) -> None:
        """Put `value` (None: nothing selected) in the form's fields."""
        raise NotImplementedError

    def read_form(self, value: Any) -> Any:
        """The item as the form now says, edited from `value`."""
        raise NotImplementedError

    def show_field_problems(self) -> None:
        """Show the loader's messages for the selected item under its fields."""
        raise NotImplementedError

    def problem_key(self, row: int) -> str | int | None:
        """How a FieldProblem names the item in `row` (its index; kinds use their id)."""
        return row

    def form_filled(self) -> None:
        """After the form was filled or edited (a preview follows)."""

    # ---------------------------------------------------------------- written once

    def add_button(self, text: str, slot: Any) -> QPushButton:
        """A button under the list that changes the deck (disabled for a built-in deck)."""
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        self.edit_buttons.append(button)
        return button

    def editable_widgets(self) -> list[QWidget]:
        """What a built-in (read-only) deck disables."""
        return [self.form, *self.edit_buttons]

    def current(self) -> Any | None:
        """The item in the form."""
        deck = self.host.draft()
        values = self.items(deck) if deck is not None else ()
        return values[self.row] if 0 <= self.row < len(values) else None

    def fill_list(self, select: int | None = None) -> None:
        """Rebuild the list from the draft and select `select` (None: the same row as before)."""
        deck = self.host.draft()
        values = self.items(deck) if deck is not None else ()
        self.list.blockSignals(True)
        self.list.clear()
        for _ in values:
            self.list.addItem(QListWidgetItem())
        self.list.blockSignals(False)
        self.refresh_rows()
        row = self.row if select is None else select
        self.row = -1
        if values:
            row = max(0, min(row, len(values) - 1))
            self.list.setCurrentRow(row)
            self._row_changed(row)
        else:
            self.refill_form()

    def refresh_rows(self) -> None:
        """Every row's text again (a marker on the rows with a problem)."""
        deck = self.host.draft()
        if deck is None:
            return
        bad = {p.item for p in self.host.problems() if p.part == self.part}
        for row, value in enumerate(self.items(deck)):
            item = self.list.item(row)
            if item is not None:
                self.show_row(item, row, value, self.problem_key(row) in bad)

    def select_row(self, row: int) -> None:
        """Select the item in `row`."""
        self.list.setCurrentRow(row)

    @Slot(int)
    def _row_changed(self, row: int) -> None:
        if row == self.row:
            return
        self.row = row
        self.refill_form()

    def refill_form(self) -> None:
        """Fill the form with the selected item; editable only for an own deck."""
        value, deck = self.current(), self.host.draft()
        self.loading = True
        self.fill_form(value)
        self.loading = False
        self.form.setEnabled(value is not None and deck is not None and not deck.builtin)
        self.show_field_problems()
        self.form_filled()

    @Slot()
    def fields_edited(self, *_: object) -> None:
        """A field changed: the draft gets the item as the form says."""
        value, deck = self.current(), self.host.draft()
        if self.loading or value is None or deck is None or deck.builtin:
            return
        new = self.read_form(value)
        values = list(self.items(deck))
        values[self.row] = new
        self.host.replace_draft(self.store(deck, values, value, new))
        self.refresh_rows()
        self.form_filled()
        self.host.schedule_validation()

    def editable_deck(self) -> Deck | None:
        """The draft when it may be changed (an own deck), else None."""
        deck = self.host.draft()
        return deck if deck is not None and not deck.builtin else None

    def put(self, values: Sequence[Any], select: int) -> None:
        """The draft with these items; `select` is shown."""
        deck = self.host.draft()
        if deck is None:
            return
        self.host.replace_draft(self.store(deck, values))
        self.row = -1
        self.fill_list(select=select)
        self.host.schedule_validation()

    def insert(self, value: Any, row: int) -> None:
        """Add `value` at `row` and show it."""
        deck = self.editable_deck()
        if deck is not None:
            values = list(self.items(deck))
            values.insert(row, value)
            self.put(values, row)

    def move_row(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        deck, row = self.editable_deck(), self.row
        if deck is None:
            return
        values = list(self.items(deck))
        target = row + step
        if not (0 <= row < len(values) and 0 <= target < len(values)):
            return
        values[row], values[target] = values[target], values[row]
        self.put(values, target)

    def remove_current(self, select: int) -> None:
        """Drop the selected item; `select` is shown next."""
        deck, row = self.editable_deck(), self.row
        if deck is None:
            return
        self.put([v for i, v in enumerate(self.items(deck)) if i != row], select)

    def messages(self, fields: Sequence[str] | None) -> list[str]:
        """The loader's messages for the selected item's `fields` (None: all of them)."""
        key = self.problem_key(self.row)
        return [
            p.message
            for p in self.host.problems()
            if p.part == self.part and p.item == key and (fields is None or p.field in fields)
        ]

    def other_messages(self, shown: Sequence[str]) -> list[str]:
        """The selected item's messages about fields without a place of their own."""
        key = self.problem_key(self.row)
        return [
            p.message
            for p in self.host.problems()
            if p.part == self.part and p.item == key and p.field not in shown
        ]

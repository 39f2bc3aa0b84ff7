"""The deck editor's Kaartenset tab (title, id, audience, version, description, blank cards, levels) and the
dialog that starts a new deck."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import AUDIENCES, Deck, Level
from gedragen.ui.decks.drafts import ProblemLabel, slug, unique_id

ORIGINAL_ID = Qt.ItemDataRole.UserRole  # on a level's id cell: the id it had when the deck was opened


class LevelTable(QWidget):
    """The deck's declared levels, one row each (name and id), with buttons to add and remove one."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("DeckEditor", "Naam"), QCoreApplication.translate("DeckEditor", "Id")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFixedHeight(150)
        self.add_button = QPushButton(QCoreApplication.translate("DeckEditor", "Niveau toevoegen"), self)
        self.remove_button = QPushButton(QCoreApplication.translate("DeckEditor", "Niveau verwijderen"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.hint = QLabel(
            QCoreApplication.translate(
                "DeckEditor", "Bijvoorbeeld onderbouw, bovenbouw of mbo. Op een kaart vink je aan bij welke niveaus hij past."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-size: 15px;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.table.itemChanged.connect(self._changed)

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _append(self, level: Level, original: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(level.label))
        id_item = QTableWidgetItem(level.id)
        id_item.setData(ORIGINAL_ID, original)
        self.table.setItem(row, 1, id_item)

    def fill(self, levels: tuple[Level, ...]) -> None:
        """Show these levels."""
        self._loading = True
        self.table.setRowCount(0)
        for level in levels:
            self._append(level, level.id)
        self._loading = False

    def levels(self) -> tuple[Level, ...]:
        """The levels as the table says."""
        rows = []
        for row in range(self.table.rowCount()):
            label, level_id = self.table.item(row, 0), self.table.item(row, 1)
            rows.append(Level(level_id.text().strip() if level_id else "", label.text() if label else ""))
        return tuple(rows)

    def renamed(self) -> dict[str, str]:
        """Levels whose id was changed here: old id → new id (cards follow).

        An id another row already has is not followed: that would merge two levels on the cards for good."""
        ids = [lv.id for lv in self.levels()]
        names = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            original = item.data(ORIGINAL_ID) if item else None
            new = ids[row]
            if item is not None and original and new and original != new and ids.count(new) == 1:
                names[str(original)] = new
        return names

    def settle(self, renamed: dict[str, str]) -> None:
        """The cards followed these renames: the new ids are the ones cards name now."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            original = item.data(ORIGINAL_ID) if item else None
            if item is not None and original in renamed:
                item.setData(ORIGINAL_ID, renamed[str(original)])

    def add(self) -> None:
        """A new level with a fresh id, its name ready to type."""
        new_id = unique_id("niveau", {lv.id for lv in self.levels()})
        self._loading = True
        self._append(Level(new_id, QCoreApplication.translate("DeckEditor", "Nieuw niveau")), new_id)
        self._loading = False
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        name = self.table.item(row, 0)
        if name is not None:
            self.table.editItem(name)
        self.edited.emit()

    def remove(self) -> None:
        """Remove the selected level (cards that name it are shown as problems until it is unticked)."""
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
            self.edited.emit()


class DeckFields(QWidget):
    """The deck's own fields; `edited` when the user changes one."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.title_edit = QLineEdit(self)
        self.id_edit = QLineEdit(self)
        self.audience_combo = QComboBox(self)
        for value, label in (
            ("po", QCoreApplication.translate("DeckEditor", "po – basisonderwijs")),
            ("vo-mbo", QCoreApplication.translate("DeckEditor", "vo en mbo")),
            ("other", QCoreApplication.translate("DeckEditor", "anders")),
        ):
            self.audience_combo.addItem(label, value)
        self.version_edit = QLineEdit(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setFixedHeight(80)
        self.blank_spin = QSpinBox(self)
        self.blank_spin.setRange(0, 100)
        self.level_table = LevelTable(self)
        self.problems = ProblemLabel(self)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DeckEditor", "Titel"), self.title_edit)
        form.addRow(QCoreApplication.translate("DeckEditor", "Id (voor bestanden)"), self.id_edit)
        form.addRow(QCoreApplication.translate("DeckEditor", "Doelgroep"), self.audience_combo)
        form.addRow(QCoreApplication.translate("DeckEditor", "Versie"), self.version_edit)
        form.addRow(QCoreApplication.translate("DeckEditor", "Beschrijving"), self.description_edit)
        form.addRow(QCoreApplication.translate("DeckEditor", "Lege kaarten bij printen"), self.blank_spin)
        form.addRow(QCoreApplication.translate("DeckEditor", "Niveaus"), self.level_table)
        form.addRow(self.problems)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.title_edit.textEdited.connect(self._changed)
        self.id_edit.textEdited.connect(self._changed)
        self.audience_combo.activated.connect(self._changed)
        self.version_edit.textEdited.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.blank_spin.valueChanged.connect(self._changed)
        self.level_table.edited.connect(self._changed)

    def fields(self) -> tuple[QWidget, ...]:
        """The input fields (disabled for a built-in deck)."""
        return (self.title_edit, self.id_edit, self.audience_combo, self.version_edit, self.description_edit,
                self.blank_spin, self.level_table)

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def fill(self, deck: Deck | None) -> None:
        """Show `deck`'s fields (None: empty)."""
        self._loading = True
        self.title_edit.setText(deck.title if deck else "")
        self.id_edit.setText(deck.id if deck else "")
        index = self.audience_combo.findData(deck.audience if deck else "other")
        self.audience_combo.setCurrentIndex(max(0, index))
        self.version_edit.setText(deck.version if deck else "")
        self.description_edit.setPlainText(deck.description if deck else "")
        self.blank_spin.setValue(deck.blank_cards if deck else 0)
        self.level_table.fill(deck.levels if deck else ())
        self._loading = False

    def read(self, deck: Deck, *, new: bool, taken: set[str]) -> Deck:
        """`deck` as the fields say; a new deck's id follows its title until the id is typed."""
        new_id = self.id_edit.text().strip()
        if new and not self.id_edit.isModified():
            new_id = unique_id(slug(self.title_edit.text()), taken)
            self.id_edit.setText(new_id)
        audience = str(self.audience_combo.currentData() or "other")
        renamed = self.level_table.renamed()
        cards = deck.cards
        if renamed:  # cards follow a level whose id was changed, as they follow a renamed kind
            cards = tuple(
                dataclasses.replace(c, levels=tuple(dict.fromkeys(renamed.get(lv, lv) for lv in c.levels)))
                if c.levels
                else c
                for c in cards
            )
            self.level_table.settle(renamed)
        return dataclasses.replace(
            deck,
            cards=cards,
            levels=self.level_table.levels(),
            title=self.title_edit.text(),
            id=new_id,
            audience=audience if audience in AUDIENCES else "other",
            version=self.version_edit.text(),
            description=self.description_edit.toPlainText(),
            blank_cards=self.blank_spin.value(),
        )


class NewDeckDialog(QDialog):
    """Asks the title of a new deck and whether to start empty or from a copy."""

    def __init__(self, decks: Sequence[Deck], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe kaartenset"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Bijvoorbeeld: Situaties van ons team"))
        self.template_combo = QComboBox(self)
        self.template_combo.addItem(self.tr("Leeg beginnen (met de zes thema's en twee soorten)"), "")
        for deck in decks:
            self.template_combo.addItem(self.tr("Kopie van: {0}").format(deck.title), deck.id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Maken"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Begin met"), self.template_combo)
        form.addRow(buttons)
        self.resize(640, 200)

    def title(self) -> str:
        """The title typed (a default when empty)."""
        return self.title_edit.text().strip() or self.tr("Nieuwe kaartenset")

    def template(self) -> str | None:
        """Id of the deck to copy, or None for an empty start."""
        return str(self.template_combo.currentData()) or None

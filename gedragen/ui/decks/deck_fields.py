"""The deck editor's Kaartenset tab (title, id, audience, version, description, blank cards) and the
dialog that starts a new deck."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import AUDIENCES, Deck
from gedragen.ui.decks.drafts import ProblemLabel, slug, unique_id


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
        self.problems = ProblemLabel(self)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DeckEditor", "Titel"), self.title_edit)
        form.addRow(QCoreApplication.translate("DeckEditor", "Id (voor bestanden)"), self.id_edit)
        form.addRow(QCoreApplication.translate("DeckEditor", "Doelgroep"), self.audience_combo)
        form.addRow(QCoreApplication.translate("DeckEditor", "Versie"), self.version_edit)
        form.addRow(QCoreApplication.translate("DeckEditor", "Beschrijving"), self.description_edit)
        form.addRow(QCoreApplication.translate("DeckEditor", "Lege kaarten bij printen"), self.blank_spin)
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

    def fields(self) -> tuple[QWidget, ...]:
        """The input fields (disabled for a built-in deck)."""
        return (self.title_edit, self.id_edit, self.audience_combo, self.version_edit, self.description_edit,
                self.blank_spin)

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
        self._loading = False

    def read(self, deck: Deck, *, new: bool, taken: set[str]) -> Deck:
        """`deck` as the fields say; a new deck's id follows its title until the id is typed."""
        new_id = self.id_edit.text().strip()
        if new and not self.id_edit.isModified():
            new_id = unique_id(slug(self.title_edit.text()), taken)
            self.id_edit.setText(new_id)
        audience = str(self.audience_combo.currentData() or "other")
        return dataclasses.replace(
            deck,
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

"""The deck editor's Kaarten tab: the card list, the card's fields with the loader's messages, and a preview."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import EXPECTED, Card, Deck
from gedragen.ui.common import theme as ui_theme
from gedragen.ui.common.card_view import CardPainter, CardView
from gedragen.ui.common.widgets import FlowLayout
from gedragen.ui.decks.drafts import (
    MAX_CARD_TEXT,
    ProblemLabel,
    error_style,
    expected_word,
    next_card_id,
    ok_style,
    print_fit,
    scrolling,
    with_cards,
)
from gedragen.ui.decks.list_form import EditorHost, ListFormPart

CARD_FIELDS = ("text", "theme", "kind", "questions", "note", "expected", "sensitive", "levels", "id")


def hint_label(text: str, parent: QWidget) -> QLabel:
    """A quiet one-line explanation under a field (wraps on a narrow screen)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 15px;")
    return label


class CardPart(ListFormPart):
    """The cards of the draft: list, form and preview."""

    part = "card"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._painter = CardPainter()
        self.list.setMinimumWidth(380)
        self.list.setWordWrap(False)
        self.list.setSpacing(3)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget { font-size: 16px; }")
        self.add_card_button = self.add_button(QCoreApplication.translate("DeckEditor", "Nieuwe kaart"), self.add)
        self.duplicate_card_button = self.add_button(
            QCoreApplication.translate("DeckEditor", "Dupliceren"), self.duplicate
        )
        self.delete_card_button = self.add_button(
            QCoreApplication.translate("DeckEditor", "Verwijderen…"), lambda: self.delete(ask=True)
        )
        self.up_button = self.add_button(QCoreApplication.translate("DeckEditor", "Omhoog"), lambda: self.move_row(-1))
        self.down_button = self.add_button(QCoreApplication.translate("DeckEditor", "Omlaag"), lambda: self.move_row(1))
        # the editor connects this one: moving a card saves two decks
        self.move_to_button = self.add_button(
            QCoreApplication.translate("DeckEditor", "Naar andere kaartenset…"), lambda: None
        )
        self._build_form()
        self.preview = CardView(self)
        self.preview.setMinimumWidth(320)
        preview_box = QVBoxLayout()
        preview_title = QLabel(QCoreApplication.translate("DeckEditor", "Zo ziet de kaart eruit"), self)
        preview_title.setStyleSheet("font-weight: bold;")
        preview_box.addWidget(preview_title)
        preview_box.addWidget(self.preview, 1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(self.buttons)
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addWidget(scrolling(self.form), 5)  # a low laptop screen scrolls the fields, never squeezes them
        row.addLayout(preview_box, 3)

    def _build_form(self) -> None:
        self.card_id_edit = QLineEdit(self)
        self.card_id_problems = ProblemLabel(self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(
            QCoreApplication.translate("DeckEditor", "Beschrijf één situatie in één tot drie zinnen.")
        )
        self.text_edit.setMinimumHeight(130)
        self.text_edit.setStyleSheet("QPlainTextEdit { font-size: 20px; }")
        self.text_meter = QLabel(self)
        self.text_meter.setWordWrap(True)  # "… tekens · past op een kaart" is longer than a laptop allows
        self.text_problems = ProblemLabel(self)
        self.theme_combo = QComboBox(self)
        self.theme_problems = ProblemLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_problems = ProblemLabel(self)
        self.questions_edit = QPlainTextEdit(self)
        self.questions_edit.setPlaceholderText(QCoreApplication.translate("DeckEditor", "Eén vraag per regel"))
        self.questions_edit.setFixedHeight(110)
        self.questions_problems = ProblemLabel(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate("DeckEditor", "Achtergrond voor de gespreksleider (mag leeg blijven)")
        )
        self.note_edit.setFixedHeight(110)
        self.note_problems = ProblemLabel(self)
        self._build_estimate_fields()
        self.card_problems = ProblemLabel(self)
        for combo in (self.theme_combo, self.kind_combo):  # a long theme name must not widen the editor
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DeckEditor", "Tekst"), self.text_edit)
        form.addRow("", self.text_meter)
        form.addRow("", self.text_problems)
        form.addRow(QCoreApplication.translate("DeckEditor", "Thema"), self.theme_combo)
        form.addRow("", self.theme_problems)
        form.addRow(QCoreApplication.translate("DeckEditor", "Soort"), self.kind_combo)
        form.addRow("", self.kind_problems)
        form.addRow(QCoreApplication.translate("DeckEditor", "Vragen"), self.questions_edit)
        form.addRow("", self.questions_problems)
        form.addRow(QCoreApplication.translate("DeckEditor", "Achtergrond"), self.note_edit)
        form.addRow("", self.note_problems)
        form.addRow(QCoreApplication.translate("DeckEditor", "Inschatting"), self.expected_combo)
        form.addRow("", self.expected_hint)
        form.addRow("", self.expected_problems)
        form.addRow(QCoreApplication.translate("DeckEditor", "Gevoelig"), self.sensitive_check)
        form.addRow("", self.sensitive_hint)
        form.addRow("", self.sensitive_problems)
        form.addRow(QCoreApplication.translate("DeckEditor", "Niveaus"), self.levels_box)
        form.addRow("", self.levels_hint)
        form.addRow("", self.levels_problems)
        form.addRow(QCoreApplication.translate("DeckEditor", "Code van de kaart"), self.card_id_edit)
        form.addRow("", self.card_id_problems)
        form.addRow(self.card_problems)
        self.form.setLayout(form)
        self.card_id_edit.textEdited.connect(self.fields_edited)
        self.text_edit.textChanged.connect(self.fields_edited)
        self.theme_combo.activated.connect(self.fields_edited)
        self.kind_combo.activated.connect(self.fields_edited)
        self.questions_edit.textChanged.connect(self.fields_edited)
        self.note_edit.textChanged.connect(self.fields_edited)
        self.expected_combo.activated.connect(self.fields_edited)
        self.sensitive_check.toggled.connect(self.fields_edited)

    def _build_estimate_fields(self) -> None:
        """The facilitator's fields: the estimate, the sensitive mark and the levels (made in tab order)."""
        self.expected_combo = QComboBox(self)
        self.expected_combo.addItem(QCoreApplication.translate("DeckEditor", "geen inschatting"), None)
        for estimate in EXPECTED:
            self.expected_combo.addItem(expected_word(estimate), estimate)
        self.expected_hint = hint_label(
            QCoreApplication.translate(
                "DeckEditor", "Jouw verwachting: waar zetten de meeste teams deze kaart? De groep ziet dit nooit."
            ),
            self,
        )
        self.expected_problems = ProblemLabel(self)
        self.sensitive_check = QCheckBox(QCoreApplication.translate("DeckEditor", "Gevoelige kaart"), self)
        self.sensitive_hint = hint_label(
            QCoreApplication.translate(
                "DeckEditor", "Staat in een Klas-sessie standaard uit; de gespreksleider ziet een ⚠ bij de kaart."
            ),
            self,
        )
        self.sensitive_problems = ProblemLabel(self)
        self.levels_box = QWidget(self)
        self.levels_row = FlowLayout(spacing=6)
        self.levels_box.setLayout(self.levels_row)
        self.level_checks: dict[str, QCheckBox] = {}
        self.levels_hint = hint_label("", self)
        self.levels_problems = ProblemLabel(self)

    # ---------------------------------------------------------------- the part's own rules

    def items(self, deck: Deck) -> tuple[Card, ...]:
        """The deck's cards."""
        return deck.cards

    def store(self, deck: Deck, items: Sequence[Any], old: Any | None = None, new: Any | None = None) -> Deck:
        """`deck` with these cards."""
        return with_cards(deck, items)

    def show_row(self, item: QListWidgetItem, row: int, value: Any, bad: bool) -> None:
        """'3. The card's text…' with its theme and kind below; red with a marker when it has a problem."""
        deck = self.host.draft()
        card: Card = value
        text = " ".join(card.text.split())
        short = text if len(text) <= 44 else text[:42].rstrip() + "…"
        themes = deck.themes if deck else ()
        kinds = deck.kinds if deck else ()
        theme = next((t.label for t in themes if t.id == card.theme), card.theme)
        kind = next((k.label for k in kinds if k.id == card.kind), card.kind)
        mark = "⚠ " if bad else ""
        empty = QCoreApplication.translate("DeckEditor", "(nog geen tekst)")
        item.setText(f"{mark}{row + 1}. {short or empty}\n      {theme} · {kind}")
        item.setForeground(QColor(ui_theme.status_color("error") if bad else ui_theme.current_palette().text))
        item.setToolTip(QCoreApplication.translate("DeckEditor", "Deze kaart heeft iets te verbeteren") if bad else text)

    def fill_form(self, value: Any | None) -> None:
        """The card's fields; the theme and kind choices are the draft's."""
        deck = self.host.draft()
        card: Card | None = value
        self.theme_combo.clear()
        self.kind_combo.clear()
        if deck is not None:
            for theme in deck.themes:
                pixmap = self._painter.icon(theme, 24, QColor(theme.color))
                self.theme_combo.addItem(QIcon(pixmap) if pixmap else QIcon(), theme.label, theme.id)
            for kind in deck.kinds:
                self.kind_combo.addItem(kind.label, kind.id)
        self.card_id_edit.setText(card.id if card else "")
        self.text_edit.setPlainText(card.text if card else "")
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(card.theme) if card else -1)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(card.kind) if card else -1)
        self.questions_edit.setPlainText("\n".join(card.questions) if card else "")
        self.note_edit.setPlainText(card.note or "" if card else "")
        self.expected_combo.setCurrentIndex(max(0, self.expected_combo.findData(card.expected)) if card else 0)
        self.sensitive_check.setChecked(bool(card and card.sensitive))
        self._fill_levels(deck, card)

    def _fill_levels(self, deck: Deck | None, card: Card | None) -> None:
        """One checkbox per level the deck declares, plus any level the card names that the deck no longer has."""
        for check in self.level_checks.values():
            self.levels_row.removeWidget(check)
            check.hide()  # deleteLater waits for the event loop; until then it would paint at the top left
            check.deleteLater()
        self.level_checks.clear()
        named = card.levels if card else ()
        declared = [(lv.id, lv.label) for lv in deck.levels] if deck else []
        known = {level_id for level_id, _ in declared}
        gone = [
            (level_id, QCoreApplication.translate("DeckEditor", "{0} (niet meer in de kaartenset)").format(level_id))
            for level_id in named
            if level_id not in known
        ]
        for level_id, label in (*declared, *gone):
            check = QCheckBox(label, self.levels_box)
            check.setChecked(level_id in named)
            check.toggled.connect(self.fields_edited)
            self.levels_row.addWidget(check)
            self.level_checks[level_id] = check
        if declared:
            self.levels_hint.setText(
                QCoreApplication.translate("DeckEditor", "Niets aangevinkt: de kaart past bij elk niveau.")
            )
        else:
            self.levels_hint.setText(
                QCoreApplication.translate(
                    "DeckEditor", "Deze kaartenset heeft geen niveaus; je kunt ze toevoegen op het tabblad Kaartenset."
                )
            )

    def read_form(self, value: Any) -> Card:
        """The card as the form says."""
        card: Card = value
        questions = tuple(q.strip() for q in self.questions_edit.toPlainText().splitlines() if q.strip())
        return dataclasses.replace(
            card,
            id=self.card_id_edit.text().strip(),
            text=self.text_edit.toPlainText(),
            theme=str(self.theme_combo.currentData() or card.theme),
            kind=str(self.kind_combo.currentData() or card.kind),
            questions=questions,
            note=self.note_edit.toPlainText().strip() or None,
            expected=self.expected_combo.currentData() or None,
            sensitive=self.sensitive_check.isChecked(),
            levels=self._ticked_levels(card.levels),
        )

    def _ticked_levels(self, before: tuple[str, ...]) -> tuple[str, ...]:
        """The ticked levels: those the card named keep their order (the file stays as it was), new ones follow."""
        ticked = [level_id for level_id, check in self.level_checks.items() if check.isChecked()]
        return tuple([lv for lv in before if lv in ticked] + [lv for lv in ticked if lv not in before])

    def show_field_problems(self) -> None:
        """Each message under its field; the rest under the form."""
        self.text_problems.show_messages(self.messages(("text",)))
        self.theme_problems.show_messages(self.messages(("theme",)))
        self.kind_problems.show_messages(self.messages(("kind",)))
        self.questions_problems.show_messages(self.messages(("questions",)))
        self.note_problems.show_messages(self.messages(("note",)))
        self.expected_problems.show_messages(self.messages(("expected",)))
        self.sensitive_problems.show_messages(self.messages(("sensitive",)))
        self.levels_problems.show_messages(self.messages(("levels",)))
        self.card_id_problems.show_messages(self.messages(("id",)))
        self.card_problems.show_messages(self.other_messages(CARD_FIELDS))

    def form_filled(self) -> None:
        """The preview and the length meter: how many characters, and whether the text fits a poker card."""
        card = self.current()
        self.preview.set_card(self.host.draft(), card)
        if card is None:
            self.text_meter.setText("")
            return
        text = " ".join(card.text.split())
        length = len(text)
        fitted = print_fit(text) if text else None
        parts = [QCoreApplication.translate("DeckEditor", "{0} / {1} tekens").format(length, MAX_CARD_TEXT)]
        fits = not text or fitted is not None
        if length > MAX_CARD_TEXT:
            parts.append(QCoreApplication.translate("DeckEditor", "te lang"))
        elif not fits:
            parts.append(QCoreApplication.translate("DeckEditor", "past niet op een pokerkaart: maak de tekst korter"))
        elif fitted is not None:
            parts.append(QCoreApplication.translate("DeckEditor", "past op een pokerkaart ({0:g} pt)").format(fitted))
        self.text_meter.setText(" · ".join(parts))
        self.text_meter.setStyleSheet(ok_style() if length <= MAX_CARD_TEXT and fits else error_style())

    # ---------------------------------------------------------------- card actions

    def select(self, card_id: str) -> bool:
        """Put the card with this id in the form; whether it is there."""
        deck = self.host.draft()
        row = next((i for i, c in enumerate(deck.cards) if c.id == card_id), -1) if deck else -1
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def add(self) -> str | None:
        """Add an empty card after the current one (theme and kind of the current card); returns its id."""
        deck = self.editable_deck()
        if deck is None:
            return None
        current = self.current()
        theme = current.theme if current else (deck.themes[0].id if deck.themes else "")
        kind = current.kind if current else (deck.kinds[0].id if deck.kinds else "")
        card = Card(next_card_id(deck), theme, kind, "")
        self.insert(card, self.row + 1 if current else len(deck.cards))
        self.text_edit.setFocus()
        return card.id

    def duplicate(self) -> str | None:
        """Copy the current card (new id) right after it."""
        deck, card = self.editable_deck(), self.current()
        if deck is None or not isinstance(card, Card):
            return None
        copy = dataclasses.replace(card, id=next_card_id(deck))
        self.insert(copy, self.row + 1)
        return copy.id

    def delete(self, ask: bool = True) -> bool:
        """Delete the current card (after asking); returns whether it was deleted."""
        deck, card = self.editable_deck(), self.current()
        if deck is None or card is None:
            return False
        if ask and not self.host.confirm(
            QCoreApplication.translate("DeckEditor", "Kaart verwijderen"),
            QCoreApplication.translate("DeckEditor", "Kaart {0} verwijderen?\n\n{1}").format(
                card.id, card.text.strip()[:200]
            ),
            QCoreApplication.translate("DeckEditor", "Verwijderen"),
            QCoreApplication.translate("DeckEditor", "Niet verwijderen"),
        ):
            return False
        self.remove_current(select=max(0, self.row - 1))
        return True

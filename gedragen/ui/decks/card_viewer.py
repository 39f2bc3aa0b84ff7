"""One card at a time, large, for the room (the deck browser's full-screen view)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import Card, Deck
from gedragen.ui.common.card_view import (
    CardView,
    screen_scale,
)

ROOM_BACKGROUND = "#141414"
ROOM_INK = "#FFFFFF"
ROOM_PANEL = "#2A2A2A"


class CardViewer(QWidget):
    """One card at a time, large, for the room: arrows / PageUp / PageDown step, Home / End, V notes, Esc."""

    card_shown = Signal(str)
    closed = Signal()

    def __init__(
        self, deck: Deck, cards: Sequence[Card], index: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.deck = deck
        self.cards = tuple(cards)
        self.index = max(0, min(index, len(self.cards) - 1))
        self.setWindowTitle(self.tr("Kaart – {0}").format(deck.title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"CardViewer, QWidget#room {{ background: {ROOM_BACKGROUND}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setObjectName("room")

        self.card_view = CardView(self, large=True)
        self.card_view.set_background(ROOM_BACKGROUND)
        self.card_view.clicked.connect(self.next_card)

        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes_area = QScrollArea(self)
        self.notes_area.setWidget(self.notes)
        self.notes_area.setWidgetResizable(True)
        self.notes_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_area.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_area.setVisible(False)

        self.counter = QLabel(self)
        self.hint = QLabel(self.tr("← →  bladeren"), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.notes_button = QPushButton(self.tr("Vragen tonen (V)"), self)
        self.close_button = QPushButton(self.tr("Terug (Esc)"), self)
        for button in (self.notes_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_button.clicked.connect(self.toggle_notes)
        self.close_button.clicked.connect(self.close)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(0)
        top.addWidget(self.card_view, 3)
        top.addWidget(self.notes_area, 2)
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 0, 24, 16)
        bar.addWidget(self.counter)
        bar.addStretch(1)
        bar.addWidget(self.hint)
        bar.addSpacing(16)
        bar.addWidget(self.notes_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top, 1)
        layout.addLayout(bar)
        self._apply_sizes()
        self._show()

    def current_card(self) -> Card:
        """The card on screen."""
        return self.cards[self.index]

    def notes_visible(self) -> bool:
        """Whether the facilitator questions and note are shown."""
        return not self.notes_area.isHidden()

    @Slot()
    def next_card(self) -> None:
        """Step forward (stays on the last card)."""
        self.go_to(self.index + 1)

    @Slot()
    def previous_card(self) -> None:
        """Step back (stays on the first card)."""
        self.go_to(self.index - 1)

    def go_to(self, index: int) -> None:
        """Show the card at `index` (clamped)."""
        index = max(0, min(index, len(self.cards) - 1))
        if index != self.index:
            self.index = index
            self._show()

    @Slot()
    def toggle_notes(self) -> None:
        """Show or hide the facilitator questions and note."""
        self.notes_area.setVisible(self.notes_area.isHidden())
        self.notes_button.setText(
            self.tr("Vragen verbergen (V)") if self.notes_visible() else self.tr("Vragen tonen (V)")
        )
        self.card_view.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Clicker and keyboard: step, jump, notes, leave."""
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.next_card()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.previous_card()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.cards) - 1)
        elif key == Qt.Key.Key_V:
            self.toggle_notes()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        """Keep the room sizes relative to the screen."""
        super().resizeEvent(event)
        self._apply_sizes()

    def closeEvent(self, event: Any) -> None:
        """Tell the browser the room view is gone."""
        self.closed.emit()
        super().closeEvent(event)

    def _apply_sizes(self) -> None:
        scale = max(0.4, screen_scale(self.size()))
        self.card_view.set_scale(scale)
        room_px = max(12, round(32 * scale))  # text the room may read: 32 px at 1920×1080
        label_style = f"color: {ROOM_INK}; background: transparent; font-size: {room_px}px;"
        self.counter.setStyleSheet(label_style + " font-weight: bold;")
        self.hint.setStyleSheet(label_style)
        button_style = (
            f"QPushButton {{ color: {ROOM_INK}; background: {ROOM_PANEL}; border: 2px solid {ROOM_INK};"
            f" border-radius: 8px; padding: 4px 16px; font-size: {room_px}px; }}"
        )
        self.notes_button.setStyleSheet(button_style)
        self.close_button.setStyleSheet(button_style)
        self.notes_area.setStyleSheet(
            f"QScrollArea, QScrollArea > QWidget > QWidget {{ background: {ROOM_PANEL}; }}"
            f" QLabel {{ color: {ROOM_INK}; background: {ROOM_PANEL}; font-size: {room_px}px;"
            f" padding: {round(24 * scale)}px; }}"
        )
        self.notes_area.setContentsMargins(0, round(24 * scale), round(24 * scale), round(24 * scale))

    def _show(self) -> None:
        card = self.current_card()
        self.card_view.set_card(self.deck, card)
        self.counter.setText(self.tr("Kaart {0} van {1}").format(self.index + 1, len(self.cards)))
        self.notes.setText(
            notes_html(
                card,
                self.tr("Vragen voor het gesprek"),
                self.tr("Achtergrond"),
                self.tr("Bij deze kaart staan geen vragen."),
            )
        )
        self.card_shown.emit(card.id)


def notes_html(card: Card, questions_title: str, note_title: str, no_questions: str) -> str:
    """The facilitator questions and note of a card as simple rich text."""
    from html import escape

    parts = [f"<p><b>{escape(questions_title)}</b></p>"]
    if card.questions:
        parts.append(
            "<ul style='margin-left: 0px;'>"
            + "".join(f"<li>{escape(q)}</li>" for q in card.questions)
            + "</ul>"
        )
    else:
        parts.append(f"<p>{escape(no_questions)}</p>")
    if card.note:
        parts.append(f"<p><b>{escape(note_title)}</b></p><p>{escape(card.note)}</p>")
    return "".join(parts)

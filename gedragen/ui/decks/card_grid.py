"""The cards of a deck as a wrapping grid of painted cards (the deck browser's card list)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gedragen.core.deck import Card, Deck
from gedragen.ui.common.card_view import (
    CARD_ID_ROLE,
    CardPainter,
    card_aspect,
)

GRID_CARD_WIDTH = 236


class CardListModel(QAbstractListModel):
    """A Qt list model over the shown cards of one deck."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deck: Deck | None = None
        self.cards: tuple[Card, ...] = ()

    def set_cards(self, deck: Deck | None, cards: Sequence[Card]) -> None:
        """Show these cards of `deck`."""
        self.beginResetModel()
        self.deck, self.cards = deck, tuple(cards)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of cards shown."""
        return 0 if parent.isValid() else len(self.cards)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Text for display, tooltips and screen readers; the card id for CARD_ID_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{'⚠ ' if card.sensitive else ''}{card.id}: {card.text}"
        if role == CARD_ID_ROLE:
            return card.id
        return None

    def row_of(self, card_id: str) -> int:
        """Row of a card id, or -1."""
        return next((i for i, c in enumerate(self.cards) if c.id == card_id), -1)


class CardDelegate(QStyledItemDelegate):
    """Paints each grid item as a card."""

    def __init__(
        self, model: CardListModel, width: int = GRID_CARD_WIDTH, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._painter = CardPainter()
        self.card_width = width

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Every card has the same size."""
        return QSize(self.card_width + 16, round(self.card_width * card_aspect()) + 16)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Draw the card, with a ring when it is the current one."""
        deck = self._model.deck
        if deck is None or not 0 <= index.row() < len(self._model.cards):
            return
        card = self._model.cards[index.row()]
        rect = QRectF(option.rect).adjusted(8, 8, -8, -8)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self._painter.paint(painter, rect, deck, card, selected=selected)
        if card.sensitive:
            paint_sensitive_mark(painter, rect)


def paint_sensitive_mark(painter: QPainter, rect: QRectF) -> None:
    """A ⚠ badge at the card's top right corner: for the facilitator's grid only, never the room's view."""
    size = max(22.0, rect.width() * 0.13)
    badge = QRectF(rect.right() - size - 4, rect.top() + 4, size, size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#161616"))
    painter.setBrush(QColor("#FFD21F"))
    painter.drawRoundedRect(badge, size * 0.2, size * 0.2)
    font = painter.font()
    font.setPixelSize(round(size * 0.7))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), "⚠")
    painter.restore()


class CardGrid(QListView):
    """The cards of a deck as a wrapping grid; Enter or double-click opens one."""

    card_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_model = CardListModel(self)
        self.setModel(self.card_model)
        self.delegate = CardDelegate(self.card_model, parent=self)
        self.setItemDelegate(self.delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWrapping(True)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(False)
        self.doubleClicked.connect(self._open_index)

    def resizeEvent(self, event: Any) -> None:
        """Size the cards so that whole columns fill the width."""
        available = self.viewport().width() - 8
        columns = max(1, available // (GRID_CARD_WIDTH + 16))
        width = max(160, min(320, available // columns - 16))
        if width != self.delegate.card_width:
            self.delegate.card_width = width
            # an explicit grid size makes the view lay the items out again at the new size
            self.setGridSize(QSize(width + 16, round(width * card_aspect()) + 16))
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current card."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        card_id = index.data(CARD_ID_ROLE)
        if card_id:
            self.card_opened.emit(str(card_id))

    def current_card_id(self) -> str | None:
        """Id of the current card, if any."""
        index = self.currentIndex()
        return str(index.data(CARD_ID_ROLE)) if index.isValid() else None

    def select_card(self, card_id: str) -> None:
        """Make `card_id` the current card (if shown)."""
        row = self.card_model.row_of(card_id)
        if row >= 0:
            self.setCurrentIndex(self.card_model.index(row))

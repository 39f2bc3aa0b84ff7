"""Qt models over core objects: the cards in one zone of a team's board, dragged with a private MIME type.

A drop never moves rows itself: it calls `placed(card_id, zone, order)`, the controller turns that into
ONE core event, and the models are refreshed from the new state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from gedragen.core.play import placement_order
from gedragen.ui.common.card_view import CARD_ID_ROLE

CARD_MIME = "application/x-gedragen-card-id"
PoolZone = -1

Index = QModelIndex | QPersistentModelIndex


def card_mime(card_id: str) -> QMimeData:
    """MIME data carrying one card id."""
    data = QMimeData()
    data.setData(CARD_MIME, QByteArray(card_id.encode("utf-8")))
    return data


def card_from_mime(data: QMimeData | None) -> str | None:
    """The card id in MIME data, or None when it carries none."""
    if data is None or not data.hasFormat(CARD_MIME):
        return None
    raw = bytes(data.data(CARD_MIME).data()).decode("utf-8", errors="replace").strip()
    return raw or None


class ZoneModel(QAbstractListModel):
    """The cards (ids, in order) in one zone of one team's board, or the team's pile of unplaced cards."""

    def __init__(self, zone: int, label: Callable[[str], str],
                 placed: Callable[[str, int, int], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._label = label
        self._placed = placed
        self._cards: list[str] = []

    def set_cards(self, cards: Sequence[str]) -> None:
        """Show these card ids (a full reset: the state is the truth)."""
        if list(cards) == self._cards:
            return
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[str]:
        """The card ids shown, in order."""
        return list(self._cards)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(card)
        if role in (CARD_ID_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            return card if role == CARD_ID_ROLE else self._label(card)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled if self._placed and self.zone != PoolZone else Qt.ItemFlag.NoItemFlags

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        valid = [i for i in indexes if i.isValid()]
        return card_mime(self._cards[valid[0].row()] if valid else "")

    def supportedDragActions(self) -> Qt.DropAction:
        # Copy: the source must not delete its row; the refreshed state moves the card
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self._placed is not None and self.zone != PoolZone and card_from_mime(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """A drop becomes one placement: (card, this zone, the row dropped on or the end)."""
        card = card_from_mime(data)
        if card is None or self._placed is None or self.zone == PoolZone:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._cards)
        self._placed(card, self.zone, placement_order(self._cards, card, row))
        return True  # handled; removeRows stays unimplemented, so the view removes nothing itself

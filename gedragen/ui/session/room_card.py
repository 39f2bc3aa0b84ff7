"""The deck-UI's CardView in projector style, sized for the screen its window fills."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from gedragen.ui.common.card_view import CardView
from gedragen.ui.common.widgets import room_scale


class RoomCardView(CardView):
    """A large CardView whose projector scale follows its window (1.0 on a full 1920×1080 screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, large=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the scale in step with the window."""
        super().resizeEvent(event)
        self.set_scale(room_scale(self))

    def showEvent(self, event: QShowEvent) -> None:
        """Take the window's scale when shown."""
        super().showEvent(event)
        self.set_scale(room_scale(self))

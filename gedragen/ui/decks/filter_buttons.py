"""The deck browser's filter buttons and the kind's mark (also used by the print dialog)."""

from __future__ import annotations

from PySide6.QtCore import (
    QRectF,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QToolButton,
    QWidget,
)

from gedragen.ui.common.card_view import (
    darken_for_contrast,
)


def kind_mark(shade: str, size: int, color: str = "#161616") -> QPixmap:
    """The kind's mark: an open circle for light cards, a filled one for dark cards."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen_width = max(2.0, size * 0.12)
    painter.setPen(QColor(color))
    pen = painter.pen()
    pen.setWidthF(pen_width)
    painter.setPen(pen)
    painter.setBrush(QColor(color) if shade == "dark" else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(pen_width, pen_width, size - 2 * pen_width, size - 2 * pen_width))
    painter.end()
    return pixmap


class FilterButton(QToolButton):
    """A checkable filter button with icon and label; checked shows a tick and a filled background."""

    def __init__(
        self,
        key: str,
        label: str,
        color: str,
        off_icon: QPixmap | None,
        on_icon: QPixmap | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._label = label
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(24, 24))
        icon = QIcon()
        if off_icon is not None:
            icon.addPixmap(off_icon, QIcon.Mode.Normal, QIcon.State.Off)
        if on_icon is not None:
            icon.addPixmap(on_icon, QIcon.Mode.Normal, QIcon.State.On)
        self.setIcon(icon)
        band = darken_for_contrast(color).name()
        self.setStyleSheet(
            f"QToolButton {{ background: #FFFFFF; color: #161616; border: 2px solid {band};"
            f" border-radius: 16px; padding: 4px 12px; font-size: 17px; }}"
            f"QToolButton:checked {{ background: {band}; color: #FFFFFF; }}"
            f"QToolButton:focus {{ border: 3px solid #C75000; }}"
        )
        self.setAccessibleName(label)
        self.toggled.connect(self._show_state)
        self._show_state(False)

    @Slot(bool)
    def _show_state(self, checked: bool) -> None:
        # The tick says "selected" without relying on the fill colour.
        self.setText(("✓ " if checked else "") + self._label)

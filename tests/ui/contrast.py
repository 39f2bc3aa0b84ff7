"""Text contrast as Qt will paint it: a widget's text colour against the first opaque background behind it.

Colours come from the polished palettes (style sheet colours land there); the ratio from gedragen.core.colors.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget

from gedragen.core.colors import contrast_ratio

MIN_TEXT_CONTRAST = 4.5


def _background(widget: QWidget) -> QColor:
    current: QWidget | None = widget
    while current is not None:
        color = current.palette().color(current.backgroundRole())
        if color.alpha() == 255:
            return color
        current = current.parentWidget()
    return QColor("#FFFFFF")


def _ratio(fg: QColor, bg: QColor) -> float:
    return contrast_ratio(fg.name(), bg.name())


def low_contrast_texts(root: QWidget, minimum: float = MIN_TEXT_CONTRAST) -> list[str]:
    """Every visible, enabled text under `root` below `minimum`:1 against its background, with the ratio."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QLabel) and widget.text():
            fg = widget.palette().color(QPalette.ColorRole.WindowText)
            ratio = _ratio(fg, _background(widget))
            if ratio < minimum:
                found.append(f"{type(widget).__name__} {widget.text()[:50]!r}: {ratio:.1f}:1 ({fg.name()})")
        elif isinstance(widget, QAbstractButton) and widget.text():
            fg = widget.palette().color(QPalette.ColorRole.ButtonText)
            bg = widget.palette().color(QPalette.ColorRole.Button)
            ratio = _ratio(fg, bg if bg.alpha() == 255 else _background(widget))
            if ratio < minimum:
                found.append(f"{type(widget).__name__} {widget.text()[:50]!r}: {ratio:.1f}:1 ({fg.name()})")
        elif isinstance(widget, QListWidget):
            base = widget.palette().color(QPalette.ColorRole.Base)
            for row in range(min(widget.count(), 60)):
                item = widget.item(row)
                if item is None or item.isSelected():
                    continue
                brush = item.foreground()
                fg = brush.color() if brush.style().value != 0 else widget.palette().color(QPalette.ColorRole.Text)
                ratio = _ratio(fg, base)
                if ratio < minimum:
                    found.append(f"lijstregel {item.text()[:50]!r}: {ratio:.1f}:1 ({fg.name()} op {base.name()})")
    return found

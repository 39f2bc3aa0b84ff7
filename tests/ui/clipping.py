"""Find texts a user cannot read in full: a label or button whose text does not fit its widget.

Measures with the widget's own font (QFontMetrics) against its contents rectangle; a word-wrapped label
needs heightForWidth(width) ≤ height. A widget cut off by its parent (outside a scroll area) counts too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

TOLERANCE = 1  # px of rounding


def _name(widget: QWidget, text: str) -> str:
    window = widget.window()
    where = type(window).__name__ if window is not None else "?"
    return f"{where} › {type(widget).__name__} {widget.objectName() or ''} {widget.width()}×{widget.height()}: {text!r}"


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_sideways_in_scroll_area(widget: QWidget) -> bool:
    """Inside a scroll area, text may scroll up and down, but never run off the right edge."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return False
    viewport = parent.viewport()
    left = widget.mapTo(viewport, widget.rect().topLeft()).x() + parent.horizontalScrollBar().value()
    return left < -TOLERANCE or left + widget.width() > viewport.width() + TOLERANCE


def _cut_by_parent(widget: QWidget) -> bool:
    """Part of the widget lies outside an ancestor (and no scroll area can bring it into view)."""
    if _in_scroll_area(widget):
        return _cut_sideways_in_scroll_area(widget)
    window = widget.window()
    if widget is window:
        return False
    rect = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
    parent = widget.parentWidget()
    while parent is not None:
        origin = parent.mapTo(window, parent.rect().topLeft()) if parent is not window else parent.rect().topLeft()
        if not parent.rect().translated(origin).adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(rect):
            return True
        if parent is window:
            break
        parent = parent.parentWidget()
    return False


def _covered_by_sibling(widget: QWidget) -> str:
    """A widget beside it in the same parent overlaps it (a layout squeezed below its minimum)."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for other in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if other is widget or not other.isVisible() or other.isWindow():
            continue
        overlap = widget.geometry().intersected(other.geometry())
        if overlap.width() > 2 and overlap.height() > 2:
            return f"overlapt met {type(other).__name__} ({overlap.width()}×{overlap.height()})"
    return ""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def label_problem(label: QLabel) -> str:
    """Why the label's text does not fit, or ''."""
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text
    ):
        hint = label.sizeHint() if not label.wordWrap() else None
        if hint is not None and (hint.width() > label.width() + TOLERANCE or hint.height() > label.height() + TOLERANCE):
            return "te klein voor de tekst"
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height() + TOLERANCE:
            return f"regels vallen weg ({label.heightForWidth(label.width())} > {label.height()})"
        return ""
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + TOLERANCE:
            return f"regels vallen weg ({need} > {label.height()})"
        return ""
    metrics = QFontMetrics(label.font())
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    height = metrics.height() * len(lines)
    if width > room.width() + TOLERANCE:
        return f"te smal ({width} > {room.width()})"
    if height > room.height() + TOLERANCE:
        return f"te laag ({height} > {room.height()})"
    return ""


def button_problem(button: QAbstractButton) -> str:
    """Why the button's text does not fit, or ''."""
    text = _plain(button.text())
    if not text:
        return ""
    metrics = QFontMetrics(button.font())
    width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    height = metrics.height() * len(text.split("\n"))
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        icon = option.iconSize.width() + 4 if not button.icon().isNull() else 0
        if width + icon > room.width() + TOLERANCE:
            return f"te smal ({width + icon} > {room.width()})"
        if height > room.height() + TOLERANCE:
            return f"te laag ({height} > {room.height()})"
        return ""
    if isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        room = button.style().subElementRect(element, option, button)
        if width > room.width() + TOLERANCE:
            return f"te smal ({width} > {room.width()})"
        if height > room.height() + TOLERANCE:
            return f"te laag ({height} > {room.height()})"
        return ""
    if isinstance(button, QToolButton):
        hint = button.sizeHint()
        if hint.width() > button.width() + TOLERANCE or hint.height() > button.height() + TOLERANCE:
            return f"te klein ({hint.width()}×{hint.height()} nodig)"
    return ""


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible label and button under `root` (and `root` itself) whose text is cut, with the reason."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            problem, text = label_problem(widget), widget.text()
        elif isinstance(widget, QAbstractButton):
            problem, text = button_problem(widget), widget.text()
        else:
            continue
        if not text:
            continue
        if not problem and _cut_by_parent(widget):
            problem = "valt buiten het venster"
        if not problem:
            problem = _covered_by_sibling(widget)
        if problem:
            found.append(f"{_name(widget, text[:60])} — {problem}")
    return found

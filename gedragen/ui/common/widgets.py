"""Small shared widgets: room-size labels, team badges, big buttons, Dutch error dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

from gedragen.ui.common import theme


def tr(context: str, text: str) -> str:
    """Translate a user-facing string (Dutch is the source language)."""
    return QCoreApplication.translate(context, text)


class PlainLabel(QLabel):
    """A QLabel that never renders its text as markup (card texts and names come from users).

    QLabel's automatic format treats text as rich text only when it holds a tag, so the label switches
    to PlainText as soon as a text contains '<'. Doing that lazily keeps the first frame free of
    PySide's one-off build of the whole `Qt` enum namespace (about 13 ms at start-up).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Set the text, shown literally whatever it contains."""
        if "<" in text:
            from PySide6.QtCore import Qt

            self.setTextFormat(Qt.TextFormat.PlainText)
        super().setText(text)


class RoomLabel(PlainLabel):
    """A label the room must read: pixel-sized font, at least ROOM_TEXT_PX, word wrap."""

    def __init__(self, text: str = "", px: int = theme.ROOM_TEXT_PX, bold: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        theme.set_font_px(self, max(px, theme.ROOM_TEXT_PX), bold)
        self.setWordWrap(True)


class SmallLabel(PlainLabel):
    """A label for the facilitator only (setup screens, settings)."""

    def __init__(self, text: str = "", px: int = theme.FACILITATOR_TEXT_PX, bold: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        theme.set_font_px(self, px, bold)
        self.setWordWrap(True)


def room_scale(widget: QWidget) -> float:
    """How big the widget's window is against a 1920×1080 screen (1.0 when it fills one)."""
    window = widget.window()
    size = window.size() if window is not None else widget.size()
    return max(0.4, min(size.width() / 1920, size.height() / 1080))


def big_button(text: str, px: int = 28, primary: bool = False, parent: QWidget | None = None) -> QPushButton:
    """A button that is easy to hit and read on a projector."""
    button = QPushButton(text, parent)
    button.setFont(theme.font_px(px, bold=primary))
    button.setMinimumHeight(int(px * 2.1))
    button.setStyleSheet(f"font-size: {px}px;")
    if primary:
        button.setProperty("primary", True)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


class TeamBadge(QWidget):
    """A team's colour square with its letter and marker: colour never carries the meaning alone."""

    def __init__(self, color: str, letter: str, marker: str = "", size: int = 48,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color, self.letter, self.marker = color, letter, marker
        self._size = size
        self.setFixedSize(QSize(size + (size if marker else 0), size))
        self.setAccessibleName(letter)

    def sizeHint(self) -> QSize:
        return QSize(self._size * (2 if self.marker else 1), self._size)

    def paintEvent(self, event: QPaintEvent) -> None:
        # not at import: the first window draws no badge (see PlainLabel, and PERFORMANCE.md "Start-up")
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QPainter, QPen

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(2, 2, self._size - 4, self._size - 4)
        painter.setBrush(QColor(self.color))
        painter.setPen(QPen(QColor(theme.current_palette().text), 2))
        painter.drawRoundedRect(box, 6, 6)
        font = QFont(self.font())
        font.setPixelSize(int(self._size * 0.62))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(theme.text_on(self.color)))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.letter)
        if self.marker:
            painter.setPen(QColor(theme.current_palette().text))
            painter.drawText(QRectF(self._size, 0, self._size, self._size), Qt.AlignmentFlag.AlignCenter,
                             self.marker)
        painter.end()


def error_box(parent: QWidget | None, title: str, message: str, next_step: str) -> QMessageBox:
    """The Dutch error dialog of `show_error`, not yet shown."""
    from PySide6.QtWidgets import QMessageBox  # dialogs are imported when first needed: a faster start

    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(next_step)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Dialog", "OK"))
    return box


def show_error(parent: QWidget | None, title: str, message: str, next_step: str) -> None:
    """A Dutch error dialog that always says what to do next."""
    error_box(parent, title, message, next_step).exec()


def question_box(parent: QWidget | None, title: str, question: str, yes: str, no: str) -> tuple[QMessageBox, QPushButton]:
    """The yes/no question of `ask`, not yet shown: (the box, its yes button)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    return box, yes_button


def ask(parent: QWidget | None, title: str, question: str, yes: str, no: str) -> bool:
    """A yes/no question with explicit Dutch button texts; True for yes."""
    box, yes_button = question_box(parent, title, question, yes, no)
    box.exec()
    return box.clickedButton() is yes_button


class FlowLayout(QLayout):
    """Widgets in a row at their natural size, wrapping onto a next row when the window is narrow.

    A toolbar of buttons on a 1366×768 laptop never cuts a button's text: the row breaks instead.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        """Qt adds every widget through here."""
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt  # not at import: see PlainLabel

        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def file_dialog(parent: QWidget | None, title: str, start: str, filters: str, save: bool) -> QFileDialog:
    """Qt's own file dialog, all in Dutch: Qt's Dutch catalogue leaves 'Look in' and 'Files of type' English."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same Dutch dialog on every system
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    labels = {
        QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("FileDialog", "Zoeken in:"),
        QFileDialog.DialogLabel.FileName: QCoreApplication.translate("FileDialog", "Bestandsnaam:"),
        QFileDialog.DialogLabel.FileType: QCoreApplication.translate("FileDialog", "Bestandstype:"),
        QFileDialog.DialogLabel.Accept: QCoreApplication.translate("FileDialog", "Opslaan") if save else QCoreApplication.translate("FileDialog", "Openen"),
        QFileDialog.DialogLabel.Reject: QCoreApplication.translate("FileDialog", "Annuleren"),
    }
    for which, text in labels.items():
        dialog.setLabelText(which, text)
    if save and "." in Path(start).name:
        dialog.setDefaultSuffix(Path(start).suffix.lstrip("."))
    return dialog


def _run_file_dialog(dialog: QFileDialog) -> tuple[str, str]:
    if dialog.exec() != dialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def save_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> tuple[str, str]:
    """Like QFileDialog.getSaveFileName, in Dutch: (the chosen path or '', the filter)."""
    return _run_file_dialog(file_dialog(parent, title, start, filters, save=True))


def open_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> tuple[str, str]:
    """Like QFileDialog.getOpenFileName, in Dutch: (the chosen path or '', the filter)."""
    return _run_file_dialog(file_dialog(parent, title, start, filters, save=False))


def card_count(count: int) -> str:
    """'1 kaart' or 'n kaarten' (never '1 kaarten')."""
    return QCoreApplication.translate("Cards", "1 kaart") if count == 1 else QCoreApplication.translate("Cards", "{0} kaarten").format(count)

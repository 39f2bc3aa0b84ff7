"""The Kaartensets page: the deck-UI's browser and editor under one header with a way back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from gedragen.ui.common import theme
from gedragen.ui.common.widgets import RoomLabel, big_button

if TYPE_CHECKING:
    from gedragen.core.library import DeckLibrary


class DecksPage(QWidget):
    """Browse the decks or edit the own decks; `closed` when the facilitator goes back."""

    closed = Signal()

    def __init__(self, library: DeckLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        head = QHBoxLayout()
        head.addWidget(RoomLabel(self.tr("Kaartensets"), px=theme.ROOM_TITLE_PX, bold=True), 1)
        self.browse_button = big_button(self.tr("Bekijken"), px=22)
        self.edit_button = big_button(self.tr("Eigen kaartensets bewerken"), px=22)
        self.back_button = big_button(self.tr("Terug"), px=22, primary=True)
        for button in (self.browse_button, self.edit_button, self.back_button):
            head.addWidget(button)
        outer.addLayout(head)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.browser: QWidget | None = None
        self.editor: QWidget | None = None
        self.browse_button.clicked.connect(self.show_browser)
        self.edit_button.clicked.connect(self.show_editor)
        self.back_button.clicked.connect(self.closed)
        self.show_browser()

    def show_browser(self) -> None:
        """The deck browser (read-only, with the full-screen card viewer)."""
        if self.browser is None:
            from gedragen.ui.decks.browser import DeckBrowser

            self.library.reload()
            self.browser = DeckBrowser(self.library)
            self.stack.addWidget(self.browser)
        self.stack.setCurrentWidget(self.browser)

    def show_editor(self) -> None:
        """The editor for own decks and eigen situaties."""
        if self.editor is None:
            from gedragen.ui.decks.editor import DeckEditor

            self.editor = DeckEditor(self.library, lang=getattr(self.library, "lang", "nl"))
            self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)

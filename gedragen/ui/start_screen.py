"""The start screen: new session, resume the interrupted one, history, printing, decks, settings, help."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gedragen.ui.common import theme
from gedragen.ui.common.widgets import RoomLabel, SmallLabel, big_button


class StartScreen(QWidget):
    """Big buttons for everything a facilitator starts from; the resume button appears after a crash."""

    new_session_requested = Signal()
    resume_requested = Signal(str)
    history_requested = Signal()
    print_requested = Signal()
    decks_requested = Signal()
    settings_requested = Signal()
    help_requested = Signal()
    tips_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._resume_id = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(120, 80, 120, 60)
        outer.setSpacing(24)
        title = RoomLabel(self.tr("Gedragen gedrag"), px=theme.ROOM_TITLE_PX + 20, bold=True)
        subtitle = RoomLabel(self.tr("Samen bepalen wat gewenst is, en daar afspraken over maken."))
        outer.addWidget(title)
        outer.addWidget(subtitle)
        outer.addSpacing(20)

        self.resume_button = big_button("", px=32, primary=True)
        self.resume_button.setVisible(False)
        self.resume_button.clicked.connect(self._resume_clicked)
        outer.addWidget(self.resume_button)

        self.new_button = big_button(self.tr("Nieuwe sessie"), px=34, primary=True)
        self.new_button.clicked.connect(self.new_session_requested)
        outer.addWidget(self.new_button)

        grid = QGridLayout()
        grid.setSpacing(18)
        self.history_button = big_button(self.tr("Geschiedenis"))
        self.print_button = big_button(self.tr("Afdrukken"))
        self.decks_button = big_button(self.tr("Kaartensets"))
        self.settings_button = big_button(self.tr("Instellingen"))
        self.tips_button = big_button(self.tr("Gesprekstips"))
        self.help_button = big_button(self.tr("Hulp en melden"))
        buttons: list[tuple[QPushButton, SignalInstance]] = [
            (self.history_button, self.history_requested),
            (self.print_button, self.print_requested),
            (self.decks_button, self.decks_requested),
            (self.settings_button, self.settings_requested),
            (self.tips_button, self.tips_requested),
            (self.help_button, self.help_requested),
        ]
        for i, (button, signal) in enumerate(buttons):
            button.clicked.connect(signal)
            grid.addWidget(button, i // 3, i % 3)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.status = SmallLabel("", px=22)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        # true on every screen it names: Esc leaves full screen first, then goes back (tips, help, history)
        self.keys_label = SmallLabel(
            self.tr("F5 volledig scherm · Esc terug · Ctrl+Z ongedaan maken · F1 hulp en melden"), px=22)
        self.keys_label.setWordWrap(False)
        keys = self.keys_label
        row.addWidget(keys)
        outer.addLayout(row)

    def _resume_clicked(self) -> None:
        self.resume_requested.emit(self._resume_id)

    def offer_resume(self, session_id: str, name: str, when: str) -> None:
        """Show the resume button for an interrupted session and give it the keyboard focus."""
        self._resume_id = session_id
        text = self.tr("Verder met de onderbroken sessie: {0} ({1})").format(name, when)
        self.resume_button.setText(text.replace(": ", ":\n", 1))  # two lines: whole on a 1366-wide laptop
        self.resume_button.setVisible(True)
        if self.isVisible():  # an answer that arrives after the facilitator moved on must not take the keys
            self.resume_button.setFocus()

    def clear_resume(self) -> None:
        """Hide the resume button (no interrupted session)."""
        self._resume_id = ""
        self.resume_button.setVisible(False)

    def resume_id(self) -> str:
        """Id of the session offered for resuming, or ''."""
        return self._resume_id

    def set_status(self, text: str) -> None:
        """A short line at the bottom (decks loaded, problems found)."""
        self.status.setText(text)

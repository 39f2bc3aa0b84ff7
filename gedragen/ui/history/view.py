"""The history: recorded sessions; open, resume, delete (asks first), and compare two sessions card by card."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.errors import GedragenError
from gedragen.core.play import CardComparison, compare_sessions, session_card
from gedragen.core.session import SessionState
from gedragen.ui.common import theme
from gedragen.ui.common.labels import variant_label, when
from gedragen.ui.common.store import StoreWorker
from gedragen.ui.common.tasks import Task
from gedragen.ui.common.widgets import FlowLayout, RoomLabel, SmallLabel, ask, big_button, show_error

if TYPE_CHECKING:
    from gedragen.core.library import DeckLibrary
    from gedragen.store.history import History


def load_sessions(history: History) -> list[Any]:
    """Session summaries, newest first (store thread)."""
    return list(history.sessions())


def load_two(history: History, first: str, second: str) -> tuple[SessionState, SessionState]:
    """Two sessions' states (store thread)."""
    return history.state(first), history.state(second)


def load_by_start(history: History, session_ids: list[str]) -> list[SessionState]:
    """The sessions' states, oldest first (store thread): a merged protocol lists them in that order."""
    return sorted((history.state(i) for i in session_ids), key=lambda s: s.setup.started or "")


def delete_session(history: History, session_id: str) -> str:
    """Remove a session (store thread)."""
    history.delete(session_id)
    return session_id


class HistoryView(QWidget):
    """The list of recorded sessions."""

    closed = Signal()
    open_requested = Signal(str)
    resume_requested = Signal(str)
    loaded = Signal()
    compared = Signal()
    word_saved = Signal(str)

    def __init__(self, data_dir: Path, library: DeckLibrary | None, parent: QWidget | None = None, *,
                 store: StoreWorker | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.library = library
        self.store = store if store is not None else StoreWorker(data_dir, self)
        self.sessions: list[Any] = []
        self.comparison: list[CardComparison] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 30, 60, 20)
        outer.addWidget(RoomLabel(self.tr("Geschiedenis"), px=theme.ROOM_TITLE_PX, bold=True))
        self.table = QTableWidget()
        self.table.setFont(theme.font_px(24))
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Datum"), self.tr("Kaartenset"), self.tr("Werkvorm"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStyleSheet("QHeaderView::section { font-size: 24px; font-weight: bold; }")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        outer.addWidget(self.table, 1)
        self.compare_title = SmallLabel("", px=24, bold=True)
        outer.addWidget(self.compare_title)
        self.compare_table = QTableWidget()
        self.compare_table.setFont(theme.font_px(22))
        self.compare_table.setVisible(False)
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.verticalHeader().setVisible(False)
        self.compare_table.horizontalHeader().setFont(theme.font_px(22, bold=True))
        self.compare_table.setWordWrap(True)
        outer.addWidget(self.compare_table, 2)
        self.status = SmallLabel("", px=22)
        outer.addWidget(self.status)
        self.open_button = big_button(self.tr("Openen"), primary=True)
        self.resume_button = big_button(self.tr("Verder spelen"))
        self.compare_button = big_button(self.tr("Twee sessies vergelijken"))
        self.delete_button = big_button(self.tr("Verwijderen"))
        from gedragen.ui.history.summary import word_button

        self.word_button = word_button(self.ask_word, self)
        self.back_button = big_button(self.tr("Terug"))
        self.open_button.clicked.connect(self.open_selected)
        self.resume_button.clicked.connect(self.resume_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.back_button.clicked.connect(self.closed)
        holder = QWidget()  # the buttons wrap onto a second row on a 1366×768 laptop instead of being cut
        buttons = FlowLayout(holder, spacing=10)
        for b in (self.open_button, self.resume_button, self.compare_button, self.word_button, self.delete_button,
                  self.back_button):
            buttons.addWidget(b)
        outer.addWidget(holder)
        self.reload()

    def reload(self) -> None:
        """Read the list again (in the background)."""
        self.store.run(load_sessions, owner=self, on_success=self._loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, GedragenError):
            raise exc
        self.status.setText(str(exc))
        show_error(
            self, self.tr("Geschiedenis"), str(exc), self.tr("Probeer het opnieuw of start Gedragen opnieuw.")
        )

    def _loaded(self, sessions: list[Any]) -> None:
        self.sessions = list(sessions)
        self.table.setRowCount(len(self.sessions))
        for row, s in enumerate(self.sessions):
            deck = self.library.find(s.deck_id) if self.library is not None else None
            values = [
                s.name,
                when(s.started),
                deck.title if deck else s.deck_id,
                variant_label(s.variant),
                self.tr("afgerond") if s.ended else self.tr("onderbroken"),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.sessions:
            self.table.selectRow(0)
        self.status.setText(
            self.tr("{0} sessie(s)").format(len(self.sessions))
            if self.sessions
            else self.tr("Nog geen sessies. Begin met Nieuwe sessie op het startscherm.")
        )
        self.loaded.emit()

    def selected_ids(self) -> list[str]:
        """Ids of the selected sessions, in list order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.sessions[r].id for r in rows if r < len(self.sessions)]

    def select_ids(self, ids: list[str]) -> None:
        """Select these sessions (tests, keyboard users)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row, s in enumerate(self.sessions):
            if s.id in ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def open_selected(self) -> None:
        """Show the summary of the selected session."""
        ids = self.selected_ids()
        if ids:
            self.open_requested.emit(ids[0])

    def resume_selected(self) -> None:
        """Continue the selected session if it was not ended."""
        ids = self.selected_ids()
        if not ids:
            return
        summary = next(s for s in self.sessions if s.id == ids[0])
        if summary.ended:
            self.status.setText(self.tr("Deze sessie is al afgerond; open hem om het verslag te maken."))
            return
        self.resume_requested.emit(ids[0])

    def delete_selected(self, confirm: bool = True) -> None:
        """Delete the selected session after asking."""
        ids = self.selected_ids()
        if not ids:
            return
        summary = next(s for s in self.sessions if s.id == ids[0])
        if confirm and not ask(
            self,
            self.tr("Sessie verwijderen"),
            self.tr("De sessie '{0}' van {1} definitief verwijderen?").format(
                summary.name, when(summary.started)
            ),
            self.tr("Verwijderen"),
            self.tr("Bewaren"),
        ):
            return
        self.store.run(delete_session, ids[0], owner=self, on_success=lambda _id: self.reload(),
                       on_error=self._failed)

    def ask_word(self, part: str) -> None:
        """Save the selected session as a Word document; several selected sessions make one protocol."""
        from gedragen.ui.history.summary import ask_word_path

        ids = self.selected_ids()
        if not ids:
            self.status.setText(self.tr("Kies eerst een sessie."))
            return
        if len(ids) > 1 and part != "protocol":
            self.status.setText(self.tr("Kies één sessie; alleen het concept-protocol kan meerdere sessies samen."))
            return
        first = next(s for s in self.sessions if s.id == ids[0])
        name = first.name if len(ids) == 1 else self.tr("{0} sessies").format(len(ids))
        path = ask_word_path(self, name, part)
        if path is not None:
            self.save_word(ids, part, path)

    def save_word(self, ids: list[str], part: str, path: Path) -> None:
        """Read the sessions through the store, then write the Word document off the UI thread;
        `word_saved(path)` when done."""
        from gedragen.ui.history.summary import write_word_file

        self.word_button.setEnabled(False)
        self.status.setText(self.tr("Bezig met {0} …").format(path.name))

        def done(written: Path) -> None:
            self.word_button.setEnabled(True)
            self.status.setText(self.tr("Opgeslagen: {0}").format(written))
            self.word_saved.emit(str(written))

        def failed(exc: BaseException) -> None:
            self.word_button.setEnabled(True)
            if not isinstance(exc, GedragenError):
                raise exc
            self.status.setText(str(exc))
            show_error(self, self.tr("Niet opgeslagen"), str(exc),
                       self.tr("Kies een andere map, bijvoorbeeld Documenten, en probeer het opnieuw."))

        def write(states: list[SessionState]) -> None:
            Task(self, write_word_file, self.data_dir, self.library, states, part, path).on_success(
                done).on_error(failed).start()

        self.store.run(load_by_start, ids, owner=self, on_success=write, on_error=failed)

    def compare_selected(self) -> None:
        """Compare two selected sessions card by card (best with the same group)."""
        ids = self.selected_ids()
        if len(ids) != 2:
            self.status.setText(self.tr("Kies precies twee sessies (Ctrl+klik) om ze te vergelijken."))
            return
        self.store.run(load_two, ids[1], ids[0], owner=self, on_success=self._show_comparison,
                       on_error=self._failed)

    def _show_comparison(self, pair: tuple[SessionState, SessionState]) -> None:
        first, second = pair
        deck = self.library.find(first.setup.deck_id) if self.library is not None else None

        def text_of(card: str) -> str:
            found = session_card(first, deck, card) or session_card(second, None, card)
            return found.text if found else card

        self.comparison = compare_sessions(first, second, text_of)
        labels = first.zones

        def show(position: tuple[int | None, int | None]) -> str:
            median, group = position
            parts = []
            if median is not None:
                parts.append(self.tr("teams: {0}").format(labels[median] if median < len(labels) else median))
            if group is not None:
                parts.append(self.tr("groep: {0}").format(labels[group] if group < len(labels) else group))
            return " · ".join(parts) or "–"

        note = "" if first.name == second.name else self.tr(" (let op: andere groepsnamen)")
        self.compare_title.setText(
            self.tr("{0} ({1}) tegenover {2} ({3}){4}").format(
                first.name, when(first.setup.started), second.name, when(second.setup.started), note
            )
        )
        self.compare_table.setVisible(True)
        self.compare_table.setColumnCount(3)
        self.compare_table.setHorizontalHeaderLabels(
            [self.tr("Kaart"), when(first.setup.started), when(second.setup.started)]
        )
        self.compare_table.setRowCount(len(self.comparison))
        for row, c in enumerate(self.comparison):
            for col, value in enumerate((c.text, show(c.first), show(c.second))):
                self.compare_table.setItem(row, col, QTableWidgetItem(value))
        self.compare_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.compare_table.resizeColumnToContents(1)
        self.compare_table.resizeColumnToContents(2)
        if not self.comparison:
            self.status.setText(self.tr("Deze twee sessies hebben geen kaarten gemeen."))
        self.compared.emit()

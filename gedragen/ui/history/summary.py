"""The end of a session: agreements per theme, the cards discussed, and the export buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import Deck
from gedragen.core.errors import GedragenError
from gedragen.core.play import session_card
from gedragen.core.session import SessionState
from gedragen.ui.common import theme
from gedragen.ui.common.labels import section_labels, variant_label, when
from gedragen.ui.common.store import StoreWorker
from gedragen.ui.common.tasks import Task
from gedragen.ui.common.widgets import (
    FlowLayout,
    RoomLabel,
    SmallLabel,
    big_button,
    save_file_name,
    show_error,
)

if TYPE_CHECKING:
    from gedragen.core.library import DeckLibrary
    from gedragen.store.history import History

# (key, button text, file suffix, file filter)
EXPORTS = (
    ("full", QT_TRANSLATE_NOOP("SummaryView", "Verslag (PDF)"), ".pdf", "PDF (*.pdf)"),
    ("poster", QT_TRANSLATE_NOOP("SummaryView", "Afsprakenposter A4 (PDF)"), ".pdf", "PDF (*.pdf)"),
    ("poster-a3", QT_TRANSLATE_NOOP("SummaryView", "Afsprakenposter A3 (PDF)"), ".pdf", "PDF (*.pdf)"),
    ("protocol", QT_TRANSLATE_NOOP("SummaryView", "Protocol (PDF)"), ".pdf", "PDF (*.pdf)"),
    ("protocol-md", QT_TRANSLATE_NOOP("SummaryView", "Protocol (Markdown)"), ".md", "Markdown (*.md)"),
    ("csv", QT_TRANSLATE_NOOP("SummaryView", "Tabel (CSV)"), ".csv", "CSV (*.csv)"),
    ("json", QT_TRANSLATE_NOOP("SummaryView", "Sessiebestand (JSON)"), ".json", "JSON (*.json)"),
)

# export key -> (write_report part, paper)
REPORT_PARTS = {
    "full": ("full", "a4"),
    "poster": ("poster", "a4"),
    "poster-a3": ("poster", "a3"),
    "protocol": ("protocol", "a4"),
    "protocol-md": ("protocol", "a4"),
}


# The Word documents a school can edit: (part, menu text, file name)
WORD_PARTS = (
    ("protocol", QT_TRANSLATE_NOOP("SummaryView", "Concept-protocol sociale media"), "concept-protocol"),
    ("agreements", QT_TRANSLATE_NOOP("SummaryView", "Afspraken per thema"), "afspraken"),
    ("parents", QT_TRANSLATE_NOOP("SummaryView", "Brief aan ouders"), "brief aan ouders"),
)


def write_word_file(data_dir: Path, library: DeckLibrary | None, states: Sequence[SessionState], part: str, path: Path,
                    progress: Any = None) -> Path:
    """Write one Word document of these sessions (worker thread); the letter gets the school's help."""
    from gedragen.export.report import report_data
    from gedragen.export.word import write_word
    from gedragen.ui.common.help_info import letter_help

    datas = [report_data(s, library.find(s.setup.deck_id) if library is not None else None) for s in states]
    help_info: Any = letter_help(data_dir)
    return write_word(datas, path, part=part, help_info=help_info, progress=progress)


def word_button(choose: Callable[[str], None], parent: QWidget, px: int = 28) -> QPushButton:
    """'Opslaan als Word…' with a menu of the three documents; `choose(part)` when one is picked."""
    button = big_button(QCoreApplication.translate("SummaryView", "Opslaan als Word…"), px=px)
    menu = QMenu(button)
    for part, text, _name in WORD_PARTS:
        action = menu.addAction(QCoreApplication.translate("SummaryView", str(text)))
        action.triggered.connect(lambda _c=False, p=part: choose(p))
    button.setMenu(menu)
    button.setParent(parent)
    return button


def ask_word_path(parent: QWidget, session_name: str, part: str) -> Path | None:
    """Ask where to save a Word document (None: cancelled)."""
    base = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in session_name)
    name = next(n for p, _t, n in WORD_PARTS if p == part)
    start = str(Path.home() / f"{base} - {name}.docx")
    path, _ = save_file_name(parent, QCoreApplication.translate("SummaryView", "Opslaan als Word"),
                                          start, "Word (*.docx)")
    if not path:
        return None
    return Path(path) if path.lower().endswith(".docx") else Path(path + ".docx")


def load_state(history: History, session_id: str) -> SessionState:
    """The session's state from the history (store thread)."""
    return history.state(session_id)


def agreements_by_theme(
    state: SessionState, deck: Deck | None
) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """[(theme label, [(card text, agreement, section label)])], themes in deck order, only with agreements."""
    sections = section_labels()
    order = [t.id for t in deck.themes] if deck else []
    labels = {t.id: t.label for t in deck.themes} if deck else {}
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for rnd in state.rounds:
        for outcome in rnd.outcomes:
            if not outcome.agreement.strip():
                continue
            card = _card(state, deck, outcome.card)
            groups.setdefault(card[0], []).append(
                (card[1], outcome.agreement, sections.get(outcome.section, "") if outcome.section else "")
            )
    ordered = sorted(groups, key=lambda t: (order.index(t) if t in order else len(order), t))
    return [(labels.get(t, t), groups[t]) for t in ordered]


def _card(state: SessionState, deck: Deck | None, card_id: str) -> tuple[str, str]:
    card = session_card(state, deck, card_id)
    return (card.theme, card.text) if card else ("", card_id)


class SummaryView(QWidget):
    """What the session produced, and the ways to take it home."""

    closed = Signal()
    history_requested = Signal()
    loaded = Signal()
    exported = Signal(str)

    def __init__(self, data_dir: Path, library: DeckLibrary | None, session_id: str, parent: QWidget | None = None, *,
                 store: StoreWorker | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.library = library
        self.session_id = session_id
        self.state: SessionState | None = None
        self.deck: Deck | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 30, 60, 20)
        self.title = RoomLabel(self.tr("Samenvatting"), px=theme.ROOM_TITLE_PX, bold=True)
        outer.addWidget(self.title)
        self.facts = SmallLabel("", px=26)
        outer.addWidget(self.facts)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        outer.addWidget(self.scroll_area, 1)
        exports = FlowLayout(spacing=6)  # wraps on a laptop screen instead of cutting the button texts
        self.export_buttons: dict[str, QPushButton] = {}
        for key, text, _suffix, _filter in EXPORTS:
            button = big_button(QCoreApplication.translate("SummaryView", str(text)), px=22)
            button.clicked.connect(lambda _c=False, k=key: self.ask_export(k))
            button.setEnabled(False)
            exports.addWidget(button)
            self.export_buttons[key] = button
        outer.addLayout(exports)
        word = word_button(self.ask_word, self)
        word.setEnabled(False)
        self.export_buttons["word"] = word
        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = SmallLabel("", px=22)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(word)  # beside the row above, which is full at 1920 px
        self.history_button = big_button(self.tr("Geschiedenis"))
        self.history_button.clicked.connect(self.history_requested)
        self.back_button = big_button(self.tr("Naar het begin"), primary=True)
        self.back_button.clicked.connect(self.closed)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.back_button)
        outer.addLayout(bottom)
        self.store = store if store is not None else StoreWorker(data_dir, self)
        self.store.run(load_state, session_id, owner=self, on_success=self._loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (GedragenError, OSError)):
            raise exc
        self.status.setText(str(exc))
        show_error(
            self,
            self.tr("Niet gelukt"),
            str(exc),
            self.tr("Probeer het opnieuw, of kies een andere map om in op te slaan."),
        )

    def _loaded(self, state: SessionState) -> None:
        self.state = state
        self.deck = self.library.find(state.setup.deck_id) if self.library is not None else None
        self.title.setText(self.tr("Samenvatting: {0}").format(state.name))

        cards = sum(len(r.cards) for r in state.rounds)
        agreements = sum(1 for r in state.rounds for o in r.outcomes if o.agreement.strip())
        teams = ", ".join(t.name for t in state.teams)
        facts = [
            self.tr("{0} · {1} · kaartenset {2}").format(
                when(state.setup.started),
                variant_label(state.variant),
                self.deck.title if self.deck else state.setup.deck_id,
            ),
            self.tr("Rondes: {0} · kaarten besproken: {1} · afspraken: {2}").format(
                len(state.rounds), cards, agreements
            ),
        ]
        if teams:
            facts.append(self.tr("Teams: {0}").format(teams))
        if not state.is_ended:
            facts.append(self.tr("Deze sessie is nog niet afgerond."))
        self.facts.setText("\n".join(facts))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        groups = agreements_by_theme(state, self.deck)
        layout.addWidget(RoomLabel(self.tr("Afspraken per thema"), bold=True))
        if not groups:
            layout.addWidget(SmallLabel(self.tr("Er zijn geen afspraken vastgelegd."), px=26))
        p = theme.current_palette()
        for label, items in groups:
            frame = QFrame()
            frame.setStyleSheet(
                f"QFrame {{ border-left: 8px solid {p.accent}; background: {p.panel}; }}"
                " QLabel { border: none; }"
            )
            inner = QVBoxLayout(frame)
            inner.addWidget(SmallLabel(label, px=30, bold=True))
            for text, agreement, section in items:
                line = SmallLabel(f"• {agreement}" + (f"  [{section}]" if section else ""), px=28)
                inner.addWidget(line)
                source = SmallLabel(self.tr("bij: {0}").format(text), px=20)
                source.setStyleSheet(f"color: {p.muted_text};")
                inner.addWidget(source)
            layout.addWidget(frame)
        layout.addWidget(RoomLabel(self.tr("Besproken kaarten"), bold=True))
        for rnd in state.rounds:
            texts = [f"{i + 1}. {_card(state, self.deck, c)[1]}" for i, c in enumerate(rnd.cards)]
            layout.addWidget(SmallLabel(self.tr("Ronde {0}").format(rnd.number), px=24, bold=True))
            layout.addWidget(SmallLabel("\n".join(texts), px=20))
        layout.addStretch(1)
        self.scroll_area.setWidget(body)
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.loaded.emit()

    def ask_export(self, kind: str) -> None:
        """Ask where to save, then export in the background."""
        suffix, filt = next((s, f) for k, _t, s, f in EXPORTS if k == kind)
        base = "".join(
            ch if ch.isalnum() or ch in "-_ " else "_" for ch in (self.state.name if self.state else "sessie")
        )
        name = {
            "full": "verslag",
            "poster": "afsprakenposter",
            "poster-a3": "afsprakenposter A3",
            "protocol": "protocol",
            "protocol-md": "protocol",
            "csv": "sessie",
            "json": "sessie",
        }[kind]
        start = str(Path.home() / f"{base} - {name}{suffix}")
        path, _ = save_file_name(self, self.tr("Opslaan als"), start, filt)
        if path:
            self.export(kind, Path(path))

    def ask_word(self, part: str) -> None:
        """Ask where to save a Word document (protocol, agreements or parents), then write it in the background."""
        path = ask_word_path(self, self.state.name if self.state else "sessie", part)
        if path is not None:
            self.export(f"word-{part}", path)

    def export(self, kind: str, path: Path) -> Task | None:
        """Write one export to `path` off the UI thread, with a progress bar; `exported(path)` when done.

        `kind` is a key of EXPORTS, or 'word-' and a part of WORD_PARTS for a Word document.
        """
        if self.state is None:
            return None
        state, deck = self.state, self.deck
        library, data_dir = self.library, self.data_dir

        def lookup(deck_id: str) -> Deck | None:
            return library.find(deck_id) if library is not None else None

        def work(progress: Any = None) -> Path:
            if kind.startswith("word-"):
                return write_word_file(data_dir, library, [state], kind[len("word-"):], path, progress=progress)
            if kind in ("csv", "json"):
                from gedragen.export.session_files import write_session_file

                return write_session_file(state, lookup, path, kind)
            from gedragen.export.report import write_report

            part, paper = REPORT_PARTS[kind]
            return write_report(state, path, part=part, paper=paper, deck=deck, progress=progress)

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Bezig met {0} …").format(path.name))
        for button in self.export_buttons.values():
            button.setEnabled(False)
        return (
            Task(self, work)
            .on_progress(self._progressed)
            .on_success(self._exported)
            .on_error(self._export_failed)
            .start()
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.progress.setVisible(False)
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _exported(self, path: Path) -> None:
        self._finish()
        self.status.setText(self.tr("Opgeslagen: {0}").format(path))
        self.exported.emit(str(path))

    def _export_failed(self, exc: BaseException) -> None:
        self._finish()
        self._failed(exc)

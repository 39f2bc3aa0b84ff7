"""The game board dialog: save the board (2, 3 or 5 zones, A3 or two A4 sheets) as a PDF, off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.errors import GedragenError
from gedragen.ui.common.tasks import Task
from gedragen.ui.common.theme import font_px
from gedragen.ui.common.widgets import save_file_name


class BoardDialog(QDialog):
    """Save the game board (2, 3 or 5 zones; one A3 sheet or two A4 sheets to glue) as a PDF, in the background."""

    board_saved = Signal(str)
    board_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from gedragen.core.events import DEFAULT_ZONES

        self.task: Task | None = None
        self.setWindowTitle(self.tr("Speelbord printen"))
        self.setMinimumWidth(760)
        self.setFont(font_px(18))  # labels follow the dialog's font; the app's style sheet sizes combos and buttons
        self.setStyleSheet("QComboBox, QPushButton { font-size: 18px; }")
        self.zones_combo = QComboBox(self)
        for k in (3, 2, 5):
            self.zones_combo.addItem(f"{k} · " + " · ".join(DEFAULT_ZONES[k]), k)
        self.paper_combo = QComboBox(self)
        self.paper_combo.addItem(self.tr("A3, één vel (liggend)"), "a3")
        self.paper_combo.addItem(self.tr("A4, twee vellen om aan elkaar te plakken"), "a4")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.save_button = QPushButton(self.tr("Opslaan als PDF…"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self._save_clicked)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        # labels made here, with their parent: a label the form makes itself is sized before it has the font
        form.addRow(QLabel(self.tr("Vakken"), self), self.zones_combo)
        form.addRow(QLabel(self.tr("Papier"), self), self.paper_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Voor groepen die aan tafel spelen: leg de geprinte kaarten op het bord, "
                               "van gewenst (links) tot ongewenst (rechts)."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        hint = layout.sizeHint()  # wide enough for the longest zone list: the labels are never squeezed
        self.resize(max(self.minimumWidth(), hint.width()), hint.height())

    def zones(self) -> int:
        """The number of zones chosen."""
        return int(self.zones_combo.currentData())

    def paper(self) -> str:
        """'a3' or 'a4'."""
        return str(self.paper_combo.currentData())

    def choose_save_file(self, suggestion: str) -> Path | None:
        """Ask where to save the PDF (tests override this)."""
        start = Path.home() / "Documents"
        start = start if start.is_dir() else Path.home()
        name, _ = save_file_name(
            self, self.tr("Speelbord opslaan"), str(start / suggestion), self.tr("PDF-bestanden (*.pdf)")
        )
        return Path(name) if name else None

    @Slot()
    def _save_clicked(self) -> None:
        path = self.choose_save_file(f"speelbord-{self.zones()}-vakken-{self.paper()}.pdf")
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> Task:
        """Write the board PDF to `path` off the UI thread; `board_saved(path)` or `board_failed(message)`."""
        from gedragen.export.board import render_board

        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.save_button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Bezig met het speelbord…"))
        self.task = Task(self, render_board, self.zones(), None, self.paper(), path)
        self.task.on_success(lambda _result: self._saved(path)).on_error(self._failed).start()
        return self.task

    def is_busy(self) -> bool:
        """Whether the board is being written."""
        return self.task is not None and not self.task.done

    def _saved(self, path: Path) -> None:
        self.progress.setVisible(False)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Opgeslagen: {0}").format(path))
        self.board_saved.emit(str(path))

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.save_button.setEnabled(True)
        if not isinstance(exc, (GedragenError, OSError)):
            raise exc
        from gedragen.core.errors import describe_os_error

        reason = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
        message = self.tr("Het speelbord is niet opgeslagen: {0}").format(reason)
        self.status.setText(message)
        self.board_failed.emit(message)

"""The print dialog: choose deck, selection and print settings, see the real PDF pages, save the PDF.

The PDF is made by `gedragen.export.cards.render_cards` off the UI thread (`ui.tasks.Task`) and its pages
are rendered with pypdfium2, so the preview shows exactly the file that is saved. "Speelbord…" opens the
BoardDialog, which saves the game board (`gedragen.export.board.render_board`) the same way.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.atomic import write_atomic
from gedragen.core.deck import Deck
from gedragen.core.errors import ExportError, GedragenError
from gedragen.ui.common.card_view import CardPainter
from gedragen.ui.common.settings import Settings
from gedragen.ui.common.tasks import Task
from gedragen.ui.common.widgets import card_count, save_file_name
from gedragen.ui.decks.board_dialog import BoardDialog
from gedragen.ui.decks.filter_buttons import kind_mark

if TYPE_CHECKING:
    from gedragen.core.library import DeckLibrary

PREVIEW_SCALE = 1.6  # pixels per PDF point of the preview images (an A4 page is about 950 × 1350 px)
# where version 0.1 kept the last print choices; read once into the settings, then removed
LEGACY_OPTIONS_FILE = "print-options.json"
CARD_SIZE_LABELS = {
    "poker": "Pokerkaart",
    "bridge": "Bridgekaart",
    "a7": "A7",
    "tarot": "Tarotkaart",
    "a6": "A6",
}
PAPER_LABELS = {"a4": "A4", "a3": "A3", "letter": "Letter (VS)"}


@dataclass(frozen=True)
class Preview:
    """A generated PDF and its pages as images."""

    pdf: bytes
    pages: tuple[QImage, ...]
    cards: int
    blanks: int
    sheets: int
    per_sheet: int


def render_pdf_pages(pdf: bytes, scale: float = PREVIEW_SCALE) -> tuple[QImage, ...]:
    """Every page of a PDF as a QImage (pypdfium2; safe to call off the UI thread)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=scale, rev_byteorder=True)
            fmt = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt)
            images.append(image.copy())  # own the pixels before pdfium frees its buffer
            bitmap.close()
            page.close()
    finally:
        document.close()
    return tuple(images)


def make_preview(deck: Deck, options: Any, progress: Any = None) -> Preview:
    """Make the card PDF in memory and render its pages (runs on a worker thread)."""
    from gedragen.export.cards import render_cards

    buffer = BytesIO()
    step = max(1, len(deck.cards) // 40)  # about 40 progress updates are plenty for a progress bar

    def forward(done: int, total: int) -> None:
        if progress is not None and (done % step == 0 or done == total):
            progress(done, total)

    result = render_cards(deck, options, buffer, progress=forward)
    pdf = buffer.getvalue()
    return Preview(pdf, render_pdf_pages(pdf), result.cards, result.blanks, result.sheets, result.per_sheet)


class PagePreview(QLabel):
    """One preview page, scaled to fit while keeping its shape."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(300, 400)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("background: #6B6B6B; color: #FFFFFF; font-size: 20px;")

    def set_image(self, image: QImage | None, message: str = "") -> None:
        """Show `image` (None: show `message`)."""
        self._image = image
        if image is None:
            self.setPixmap(QPixmap())
            self.setText(message)
        self._rescale()

    def image(self) -> QImage | None:
        """The page shown."""
        return self._image

    def resizeEvent(self, event: Any) -> None:
        """Keep the page fitted."""
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._image is None:
            return
        target = self.size() - QSize(24, 24)
        pixmap = QPixmap.fromImage(self._image).scaled(
            target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.setPixmap(pixmap)


class PrintDialog(QDialog):
    """Print a deck on paper: selection, card size, paper, duplex, bleed, crop marks, back offset; real preview."""

    preview_ready = Signal()
    pdf_saved = Signal(str)

    def resizeEvent(self, event: Any) -> None:
        """The settings column gives way on a 1366-wide laptop, so the preview keeps its room."""
        super().resizeEvent(event)
        scroll = getattr(self, "settings_scroll", None)
        if scroll is not None:
            scroll.setMinimumWidth(820 if self.width() >= 1500 else 620)

    def __init__(
        self, parent: QWidget | None, library: DeckLibrary, data_dir: Path, deck_id: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        from gedragen.core.card_layout import geometry

        self.library = library
        self.data_dir = Path(data_dir)
        self.settings = settings if settings is not None else Settings(self.data_dir)
        self.print_geometry = geometry()
        self.preview: Preview | None = None
        self.error: str | None = None
        self.task: Task | None = None
        self._pending = False
        self._page = 0
        self._decks: list[Deck] = list(library.all())
        self._painter = CardPainter()
        self.theme_boxes: dict[str, QCheckBox] = {}
        self.kind_boxes: dict[str, QCheckBox] = {}
        self.setWindowTitle(self.tr("Kaarten printen"))
        self.resize(1500, 950)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(350)
        self._timer.timeout.connect(self.generate)
        self._build()
        migrate_legacy_options(self.data_dir, self.settings)
        start = deck_id or self.settings.get("print/deck") or (self._decks[0].id if self._decks else None)
        index = next((i for i, d in enumerate(self._decks) if d.id == start), 0)
        self._apply_saved()
        self.deck_combo.setCurrentIndex(index)
        if index == 0:
            self._deck_changed(index)  # no change signal when the first deck is already current

    # ---------------------------------------------------------------- overridable

    def choose_save_file(self, suggestion: str) -> Path | None:
        """Ask where to save the PDF (tests override this)."""
        start = Path.home() / "Documents"
        start = start if start.is_dir() else Path.home()
        name, _ = save_file_name(
            self, self.tr("PDF opslaan"), str(start / suggestion), self.tr("PDF-bestanden (*.pdf)")
        )
        return Path(name) if name else None

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.deck_combo = QComboBox(self)
        for deck in self._decks:
            self.deck_combo.addItem(f"{deck.title} ({card_count(len(deck.cards))})", deck.id)
        self.deck_combo.currentIndexChanged.connect(self._deck_changed)
        self.level_combo = QComboBox(self)
        self.level_combo.setAccessibleName(self.tr("Niveau"))
        self.level_combo.currentIndexChanged.connect(self._options_changed)
        self.themes_group = QGroupBox(self.tr("Thema's"), self)
        self.themes_layout = QVBoxLayout(self.themes_group)
        self.kinds_group = QGroupBox(self.tr("Soorten kaarten"), self)
        self.kinds_layout = QHBoxLayout(self.kinds_group)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        self.deck_form = QFormLayout()
        self.deck_form.addRow(self.tr("Kaartenset"), self.deck_combo)
        self.deck_form.addRow(self.tr("Niveau"), self.level_combo)  # shown for decks that declare levels
        left_layout.addLayout(self.deck_form)
        left_layout.addWidget(self.themes_group)
        left_layout.addWidget(self.kinds_group)
        left_layout.addWidget(self._build_print_settings())
        left_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(620)  # 820 once the dialog is wide enough (resizeEvent)
        self.settings_scroll = scroll
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 0)
        layout.addLayout(self._build_preview_side(), 1)
        self.setStyleSheet(
            "QLabel, QCheckBox, QRadioButton { font-size: 17px; }"
            " QDoubleSpinBox { font-size: 18px; padding: 4px; border: 2px solid #333333; border-radius: 4px; }"
            " QComboBox { font-size: 18px; }"
            " QProgressBar { font-size: 17px; min-height: 28px; }"
            ' QPushButton[primary="true"]:disabled { background: #DDDDDD; color: #333333; border-color: #333333; }'
        )

    def _build_print_settings(self) -> QGroupBox:
        """The group with card size, paper, printer, crop marks, bleed, back offset, blanks and extras."""
        self.size_combo = QComboBox(self)
        for key, (w, h) in self.print_geometry.card_sizes.items():
            label = CARD_SIZE_LABELS.get(key, key)
            default = self.tr(" (standaard)") if key == "poker" else ""
            self.size_combo.addItem(f"{label} {w:g} × {h:g} mm".replace(".", ",") + default, key)  # decimal comma
        self.paper_combo = QComboBox(self)
        for key in self.print_geometry.papers:
            self.paper_combo.addItem(PAPER_LABELS.get(key, key.upper()), key)
        self.duplex_combo = QComboBox(self)
        self.duplex_combo.addItem(self.tr("Dubbelzijdig, lange kant (meeste printers)"), "long")
        self.duplex_combo.addItem(self.tr("Dubbelzijdig, korte kant"), "short")
        self.duplex_combo.addItem(self.tr("Enkelzijdig: voorkanten, dan achterkanten"), "none")
        self.crop_check = QCheckBox(self.tr("Snijtekens buiten de kaarten"), self)
        self.crop_check.setChecked(True)
        self.bleed_spin = QDoubleSpinBox(self)
        self.bleed_spin.setRange(0, self.print_geometry.sheet["max_bleed"])
        self.bleed_spin.setSingleStep(0.5)
        self.bleed_spin.setDecimals(1)
        self.bleed_spin.setSuffix(" mm")
        self.bleed_spin.setValue(self.print_geometry.sheet["default_bleed"])
        step, limit = self.print_geometry.sheet["offset_step"], self.print_geometry.sheet["max_offset"]
        self.offset_x = QDoubleSpinBox(self)
        self.offset_y = QDoubleSpinBox(self)
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-limit, limit)
            spin.setSingleStep(step)
            spin.setDecimals(2)
            spin.setSuffix(" mm")
        self.blank_spin = QSpinBox(self)
        self.blank_spin.setRange(0, 100)
        self.shop_check = QCheckBox(self.tr("Voor de drukkerij (elke kaart met afloop)"), self)
        self.calibration_check = QCheckBox(self.tr("Eerst een kalibratiepagina (achterkant uitlijnen)"), self)

        group = QGroupBox(self.tr("Printen"), self)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above the fields on a laptop
        form.addRow(self.tr("Kaartformaat"), self.size_combo)
        form.addRow(self.tr("Papier"), self.paper_combo)
        form.addRow(self.tr("Printer"), self.duplex_combo)
        form.addRow("", self.crop_check)
        form.addRow(self.tr("Afloop voorbij de snijlijn"), self.bleed_spin)
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("links/rechts"), self))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("op/neer"), self))
        offsets.addWidget(self.offset_y)
        form.addRow(self.tr("Achterkant verschuiven"), offsets)
        form.addRow(self.tr("Lege kaarten (zelf invullen)"), self.blank_spin)
        form.addRow("", self.shop_check)
        form.addRow("", self.calibration_check)

        for widget in (self.size_combo, self.paper_combo, self.duplex_combo):
            widget.currentIndexChanged.connect(self._options_changed)
        for box in (self.crop_check, self.shop_check, self.calibration_check):
            box.toggled.connect(self._options_changed)
        for spin in (self.bleed_spin, self.offset_x, self.offset_y):
            spin.valueChanged.connect(self._options_changed)
        self.blank_spin.valueChanged.connect(self._options_changed)
        self.crop_check.toggled.connect(self._crop_toggled)
        return group

    def _build_preview_side(self) -> QVBoxLayout:
        """The summary, error and progress above the preview page, its page buttons and the dialog's buttons."""
        self.page_view = PagePreview(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(
            "background: #FDECEA; color: #7A0000; border: 2px solid #7A0000; border-radius: 6px; padding: 8px;"
        )
        self.error_label.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress.setFormat(self.tr("Kaarten maken: %v van %m"))
        self.prev_button = QPushButton(self.tr("◀ Vorige"), self)
        self.next_button = QPushButton(self.tr("Volgende ▶"), self)
        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label, 1)
        nav.addWidget(self.next_button)

        self.save_button = QPushButton(self.tr("Opslaan als PDF…"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save_clicked)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.clicked.connect(self.reject)
        self.board_button = QPushButton(self.tr("Speelbord…"), self)
        self.board_button.setToolTip(self.tr("Het speelbord met de vakken van gewenst tot ongewenst, op A3 of A4"))
        self.board_button.clicked.connect(self.open_board_dialog)
        for button in (self.prev_button, self.next_button, self.close_button, self.save_button, self.board_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.board_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.error_label)
        right.addWidget(self.progress)
        right.addWidget(self.page_view, 1)
        right.addLayout(nav)
        right.addLayout(buttons)
        return right

    # ---------------------------------------------------------------- options

    def current_deck(self) -> Deck | None:
        """The deck chosen."""
        index = self.deck_combo.currentIndex()
        return self._decks[index] if 0 <= index < len(self._decks) else None

    def options(self) -> Any:
        """The PrintOptions set in the dialog."""
        from gedragen.export.layout import PrintOptions

        deck = self.current_deck()
        themes = frozenset(k for k, b in self.theme_boxes.items() if b.isChecked())
        kinds = frozenset(k for k, b in self.kind_boxes.items() if b.isChecked())
        all_themes = deck is not None and len(themes) == len(deck.themes)
        all_kinds = deck is not None and len(kinds) == len(deck.kinds)
        level = self.level_combo.currentData() if deck is not None and deck.levels else None
        return PrintOptions(
            card_size=str(self.size_combo.currentData()),
            paper=str(self.paper_combo.currentData()),
            duplex=str(self.duplex_combo.currentData()),
            bleed_mm=self.bleed_spin.value(),
            crop_marks=self.crop_check.isChecked(),
            themes=None if all_themes else themes,
            kinds=None if all_kinds else kinds,
            levels=frozenset({level}) if level else None,  # the rule of `gedragen print --level`
            blank=self.blank_spin.value(),
            back_offset_mm=(self._snap(self.offset_x.value()), self._snap(self.offset_y.value())),
            print_shop=self.shop_check.isChecked(),
            calibration=self.calibration_check.isChecked(),
        )

    def _snap(self, value: float) -> float:
        step = self.print_geometry.sheet["offset_step"]
        return round(round(value / step) * step, 4)

    @Slot(int)
    def _deck_changed(self, index: int) -> None:
        deck = self.current_deck()
        for layout, boxes in ((self.themes_layout, self.theme_boxes), (self.kinds_layout, self.kind_boxes)):
            for box in boxes.values():
                layout.removeWidget(box)
                box.hide()  # deleteLater waits for the event loop; until then it must not be seen
                box.deleteLater()
            boxes.clear()
        self._fill_levels(deck)
        if deck is None:
            return
        for theme in deck.themes:
            box = QCheckBox(theme.label, self.themes_group)
            pixmap = self._painter.icon(theme, 24, QColor(theme.color))
            if pixmap is not None:
                box.setIcon(QIcon(pixmap))
                box.setIconSize(QSize(24, 24))
            count = sum(1 for c in deck.cards if c.theme == theme.id)
            box.setText(self.tr("{0} ({1})").format(theme.label, count))
            box.setChecked(True)
            box.toggled.connect(self._options_changed)
            self.themes_layout.addWidget(box)
            self.theme_boxes[theme.id] = box
        for kind in deck.kinds:
            box = QCheckBox(kind.label, self.kinds_group)
            box.setIcon(QIcon(kind_mark(kind.shade, 22)))
            box.setChecked(True)
            box.toggled.connect(self._options_changed)
            self.kinds_layout.addWidget(box)
            self.kind_boxes[kind.id] = box
        self.blank_spin.blockSignals(True)
        self.blank_spin.setValue(deck.blank_cards)
        self.blank_spin.blockSignals(False)
        self._options_changed()

    def _fill_levels(self, deck: Deck | None) -> None:
        """All levels, then each level the deck declares (with its label); hidden for a deck without levels."""
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        self.level_combo.addItem(self.tr("Alle niveaus"), "")
        for level in deck.levels if deck is not None else ():
            self.level_combo.addItem(level.label, level.id)
        self.level_combo.blockSignals(False)
        self.deck_form.setRowVisible(self.level_combo, bool(deck is not None and deck.levels))

    @Slot(bool)
    def _crop_toggled(self, on: bool) -> None:
        # crop marks off usually means cutting on the line: no bleed unless the user sets one
        if not on and self.bleed_spin.value() == self.print_geometry.sheet["default_bleed"]:
            self.bleed_spin.setValue(0)
        elif on and self.bleed_spin.value() == 0:
            self.bleed_spin.setValue(self.print_geometry.sheet["default_bleed"])

    @Slot()
    def _options_changed(self, *_: object) -> None:
        self.save_button.setEnabled(False)
        self._timer.start()

    # ---------------------------------------------------------------- generating

    @Slot()
    def generate(self) -> Task | None:
        """Make the PDF and its preview in the background (again later if one is running)."""
        self._timer.stop()
        deck = self.current_deck()
        if deck is None:
            return None
        if self.task is not None and not self.task.done:
            self._pending = True
            return self.task
        try:
            options = self.options()
            options.check()
        except ExportError as exc:
            self._show_error(str(exc))
            return None
        chosen = deck.select(options.themes, options.kinds, levels=options.levels, expected=options.expected,
                             sensitive=options.sensitive)
        total = len(chosen) + (options.blank or 0)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.save_button.setEnabled(False)
        self.error = None
        self.error_label.setVisible(False)
        self.summary.setText(self.tr("Bezig met het maken van de kaarten…"))
        self.task = Task(self, make_preview, deck, options)
        self.task.on_success(self._preview_made).on_error(self._preview_failed).on_progress(self._progressed)
        self.task.start()
        return self.task

    def is_busy(self) -> bool:
        """Whether a PDF is being made (or waits to be made)."""
        return self._timer.isActive() or self._pending or (self.task is not None and not self.task.done)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _preview_made(self, preview: Preview) -> None:
        self.progress.setVisible(False)
        if self._pending:
            self._pending = False
            self.generate()
            return
        self.preview = preview
        pages = len(preview.pages)
        self.summary.setText(
            self.tr("{0} kaarten en {1} lege kaarten op {2} vellen ({3} per vel): {4} pagina's.").format(
                preview.cards - preview.blanks, preview.blanks, preview.sheets, preview.per_sheet, pages
            )
        )
        self.save_button.setEnabled(True)
        self.show_page(min(self._page, pages - 1))
        self._remember_options()
        self.preview_ready.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        if self._pending:
            self._pending = False
            self.generate()
            return
        if not isinstance(exc, GedragenError):
            raise exc
        self.preview = None
        self._show_error(str(exc))
        self.preview_ready.emit()

    def _show_error(self, message: str) -> None:
        self.error = message
        lines = message.splitlines()
        shown = "\n".join(lines[:8]) + (
            self.tr("\n… en nog {0} meldingen").format(len(lines) - 8) if len(lines) > 8 else ""
        )
        self.error_label.setText(
            self.tr("Deze kaarten kunnen zo niet worden geprint:")
            + "\n"
            + shown
            + "\n\n"
            + self.tr(
                "Pas de kaart aan in de kaartenseteditor, kies een groter kaartformaat of laat het thema weg."
            )
        )
        self.error_label.setVisible(True)
        self.summary.setText("")
        self.page_view.set_image(None, self.tr("Geen voorbeeld"))
        self.page_label.setText("")
        self.save_button.setEnabled(False)
        self.prev_button.setEnabled(False)
        self.next_button.setEnabled(False)

    def show_page(self, index: int) -> None:
        """Show page `index` of the preview."""
        if self.preview is None or not self.preview.pages:
            return
        self._page = max(0, min(index, len(self.preview.pages) - 1))
        self.page_view.set_image(self.preview.pages[self._page])
        self.page_label.setText(self.tr("Pagina {0} van {1}").format(self._page + 1, len(self.preview.pages)))
        self.prev_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < len(self.preview.pages) - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """PageUp / PageDown step through the preview pages."""
        if event.key() == Qt.Key.Key_PageDown:
            self.show_page(self._page + 1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.show_page(self._page - 1)
        else:
            super().keyPressEvent(event)

    @Slot()
    def open_board_dialog(self) -> None:
        """The game board, for groups that play on the table."""
        BoardDialog(self).exec()

    # ---------------------------------------------------------------- saving

    def save_to(self, path: Path) -> Path:
        """Write the previewed PDF to `path` (atomic); the preview must be ready."""
        if self.preview is None:
            raise ExportError(self.tr("er is nog geen PDF gemaakt"))
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        write_atomic(path, self.preview.pdf)
        self.pdf_saved.emit(str(path))
        return path

    @Slot()
    def _save_clicked(self) -> None:
        deck = self.current_deck()
        if deck is None or self.preview is None:
            return
        path = self.choose_save_file(f"{deck.id}-kaarten.pdf")
        if path is None:
            return
        try:
            saved = self.save_to(path)
        except (GedragenError, OSError) as exc:
            self._show_error(str(exc))
            return
        self.summary.setText(self.tr("Opgeslagen: {0}").format(saved))

    # ---------------------------------------------------------------- remembered settings

    def _apply_saved(self) -> None:
        """Set the controls to the choices of the last print (declared in the settings)."""
        for combo, key in ((self.size_combo, "print/card_size"), (self.paper_combo, "print/paper"),
                           (self.duplex_combo, "print/duplex")):
            index = combo.findData(self.settings.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.crop_check.setChecked(self.settings.get("print/crop_marks"))
        self.bleed_spin.setValue(self.settings.get("print/bleed_mm"))
        self.offset_x.setValue(self.settings.get("print/back_offset_x_mm"))
        self.offset_y.setValue(self.settings.get("print/back_offset_y_mm"))

    def _remember_options(self) -> None:
        options = self.options()
        deck = self.current_deck()
        self.settings.set("print/deck", deck.id if deck else "")
        self.settings.set("print/card_size", options.card_size)
        self.settings.set("print/paper", options.paper)
        self.settings.set("print/duplex", options.duplex)
        self.settings.set("print/crop_marks", options.crop_marks)
        self.settings.set("print/bleed_mm", float(options.bleed_mm))
        self.settings.set("print/back_offset_x_mm", float(options.back_offset_mm[0]))
        self.settings.set("print/back_offset_y_mm", float(options.back_offset_mm[1]))
        self.settings.sync()


def migrate_legacy_options(data_dir: Path, settings: Settings) -> None:
    """Carry the choices an earlier version kept in print-options.json into the settings, once.

    Only a small regular file is read (a pipe or a link to /dev/zero is left alone); every value goes
    through the declared settings, so a broken or hostile one is skipped. The file is removed afterwards.
    """
    from gedragen.core.files import read_bounded

    path = data_dir / LEGACY_OPTIONS_FILE
    try:
        data = json.loads(read_bounded(path, 64 * 1024).decode("utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(data, dict):
        offset = data.get("back_offset_mm")
        pairs = {"print/deck": data.get("deck"), "print/card_size": data.get("card_size"),
                 "print/paper": data.get("paper"), "print/duplex": data.get("duplex"),
                 "print/crop_marks": data.get("crop_marks"), "print/bleed_mm": data.get("bleed_mm")}
        if isinstance(offset, list) and len(offset) == 2:
            pairs["print/back_offset_x_mm"], pairs["print/back_offset_y_mm"] = offset
        for key, value in pairs.items():
            if value is None or isinstance(value, bool) != (key == "print/crop_marks"):
                continue  # absent, or a bool where a number belongs (and the other way round)
            with contextlib.suppress(ValueError):  # not a valid choice: the default stays
                settings.set(key, value)
        settings.sync()
    with contextlib.suppress(OSError):  # a read-only folder: the file is read again next time, to the same effect
        path.unlink()

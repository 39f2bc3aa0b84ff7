"""The deck browser: pick a deck, filter by theme, kind, level, estimate and words, see the cards as cards, show
one full screen. The estimate and the sensitive mark are for the facilitator: the full-screen view never shows them."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import EXPECTED, Card, Deck, Kind, Level, Theme
from gedragen.ui.common.card_view import (
    CARD_ID_ROLE,
    CardPainter,
    CardView,
    card_aspect,
    darken_for_contrast,
    screen_scale,
)
from gedragen.ui.common.widgets import FlowLayout, card_count

GRID_CARD_WIDTH = 236
ROOM_BACKGROUND = "#141414"
ROOM_INK = "#FFFFFF"
ROOM_PANEL = "#2A2A2A"


class DeckSource(Protocol):
    """What the browser needs from a deck library."""

    def all(self) -> Sequence[Deck]:
        """Every loadable deck, built-in first."""
        ...


# --- filtering (pure) ----------------------------------------------------------------------------


def fold(text: str) -> str:
    """Text for matching: case-folded, accents removed ('één' matches 'een')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class CardFilter:
    """Which cards to show: themes, kinds, levels and estimates (empty: all) and words that must all occur.

    A card that names no level fits every level.
    """

    themes: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    query: str = ""
    levels: frozenset[str] = frozenset()
    expected: frozenset[str] = frozenset()

    def matches(self, card: Card) -> bool:
        """Whether `card` passes the filter (words are searched in text, questions, note and id)."""
        if self.themes and card.theme not in self.themes:
            return False
        if self.kinds and card.kind not in self.kinds:
            return False
        if self.levels and not card.fits(self.levels):
            return False
        if self.expected and card.expected not in self.expected:
            return False
        words = fold(self.query).split()
        if not words:
            return True
        haystack = fold(" ".join((card.id, card.text, *card.questions, card.note or "")))
        return all(word in haystack for word in words)

    def apply(self, cards: Iterable[Card]) -> tuple[Card, ...]:
        """The cards that pass, in their order."""
        return tuple(c for c in cards if self.matches(c))


def describe_deck_error(error: object) -> str:
    """One line for a deck file that failed to load: file name, first problem, how many more."""
    problems = getattr(error, "problems", ())
    if not problems:
        return str(error)
    first = problems[0]
    more = f" (+{len(problems) - 1})" if len(problems) > 1 else ""
    return f"{Path(first.file).name}, regel {first.line}: {first.message}{more}"


# --- the grid ------------------------------------------------------------------------------------


class CardListModel(QAbstractListModel):
    """A Qt list model over the shown cards of one deck."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deck: Deck | None = None
        self.cards: tuple[Card, ...] = ()

    def set_cards(self, deck: Deck | None, cards: Sequence[Card]) -> None:
        """Show these cards of `deck`."""
        self.beginResetModel()
        self.deck, self.cards = deck, tuple(cards)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of cards shown."""
        return 0 if parent.isValid() else len(self.cards)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Text for display, tooltips and screen readers; the card id for CARD_ID_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{'⚠ ' if card.sensitive else ''}{card.id}: {card.text}"
        if role == CARD_ID_ROLE:
            return card.id
        return None

    def row_of(self, card_id: str) -> int:
        """Row of a card id, or -1."""
        return next((i for i, c in enumerate(self.cards) if c.id == card_id), -1)


class CardDelegate(QStyledItemDelegate):
    """Paints each grid item as a card."""

    def __init__(
        self, model: CardListModel, width: int = GRID_CARD_WIDTH, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._painter = CardPainter()
        self.card_width = width

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Every card has the same size."""
        return QSize(self.card_width + 16, round(self.card_width * card_aspect()) + 16)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Draw the card, with a ring when it is the current one."""
        deck = self._model.deck
        if deck is None or not 0 <= index.row() < len(self._model.cards):
            return
        card = self._model.cards[index.row()]
        rect = QRectF(option.rect).adjusted(8, 8, -8, -8)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self._painter.paint(painter, rect, deck, card, selected=selected)
        if card.sensitive:
            paint_sensitive_mark(painter, rect)


def paint_sensitive_mark(painter: QPainter, rect: QRectF) -> None:
    """A ⚠ badge at the card's top right corner: for the facilitator's grid only, never the room's view."""
    size = max(22.0, rect.width() * 0.13)
    badge = QRectF(rect.right() - size - 4, rect.top() + 4, size, size)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#161616"))
    painter.setBrush(QColor("#FFD21F"))
    painter.drawRoundedRect(badge, size * 0.2, size * 0.2)
    font = painter.font()
    font.setPixelSize(round(size * 0.7))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), "⚠")
    painter.restore()


class CardGrid(QListView):
    """The cards of a deck as a wrapping grid; Enter or double-click opens one."""

    card_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_model = CardListModel(self)
        self.setModel(self.card_model)
        self.delegate = CardDelegate(self.card_model, parent=self)
        self.setItemDelegate(self.delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWrapping(True)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(False)
        self.doubleClicked.connect(self._open_index)

    def resizeEvent(self, event: Any) -> None:
        """Size the cards so that whole columns fill the width."""
        available = self.viewport().width() - 8
        columns = max(1, available // (GRID_CARD_WIDTH + 16))
        width = max(160, min(320, available // columns - 16))
        if width != self.delegate.card_width:
            self.delegate.card_width = width
            # an explicit grid size makes the view lay the items out again at the new size
            self.setGridSize(QSize(width + 16, round(width * card_aspect()) + 16))
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current card."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        card_id = index.data(CARD_ID_ROLE)
        if card_id:
            self.card_opened.emit(str(card_id))

    def current_card_id(self) -> str | None:
        """Id of the current card, if any."""
        index = self.currentIndex()
        return str(index.data(CARD_ID_ROLE)) if index.isValid() else None

    def select_card(self, card_id: str) -> None:
        """Make `card_id` the current card (if shown)."""
        row = self.card_model.row_of(card_id)
        if row >= 0:
            self.setCurrentIndex(self.card_model.index(row))


# --- filter buttons ------------------------------------------------------------------------------


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


# --- full-screen card ----------------------------------------------------------------------------


class CardViewer(QWidget):
    """One card at a time, large, for the room: arrows / PageUp / PageDown step, Home / End, V notes, Esc."""

    card_shown = Signal(str)
    closed = Signal()

    def __init__(
        self, deck: Deck, cards: Sequence[Card], index: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.deck = deck
        self.cards = tuple(cards)
        self.index = max(0, min(index, len(self.cards) - 1))
        self.setWindowTitle(self.tr("Kaart – {0}").format(deck.title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"CardViewer, QWidget#room {{ background: {ROOM_BACKGROUND}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setObjectName("room")

        self.card_view = CardView(self, large=True)
        self.card_view.set_background(ROOM_BACKGROUND)
        self.card_view.clicked.connect(self.next_card)

        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes_area = QScrollArea(self)
        self.notes_area.setWidget(self.notes)
        self.notes_area.setWidgetResizable(True)
        self.notes_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_area.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_area.setVisible(False)

        self.counter = QLabel(self)
        self.hint = QLabel(self.tr("← →  bladeren"), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.notes_button = QPushButton(self.tr("Vragen tonen (V)"), self)
        self.close_button = QPushButton(self.tr("Terug (Esc)"), self)
        for button in (self.notes_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_button.clicked.connect(self.toggle_notes)
        self.close_button.clicked.connect(self.close)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(0)
        top.addWidget(self.card_view, 3)
        top.addWidget(self.notes_area, 2)
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 0, 24, 16)
        bar.addWidget(self.counter)
        bar.addStretch(1)
        bar.addWidget(self.hint)
        bar.addSpacing(16)
        bar.addWidget(self.notes_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top, 1)
        layout.addLayout(bar)
        self._apply_sizes()
        self._show()

    def current_card(self) -> Card:
        """The card on screen."""
        return self.cards[self.index]

    def notes_visible(self) -> bool:
        """Whether the facilitator questions and note are shown."""
        return not self.notes_area.isHidden()

    @Slot()
    def next_card(self) -> None:
        """Step forward (stays on the last card)."""
        self.go_to(self.index + 1)

    @Slot()
    def previous_card(self) -> None:
        """Step back (stays on the first card)."""
        self.go_to(self.index - 1)

    def go_to(self, index: int) -> None:
        """Show the card at `index` (clamped)."""
        index = max(0, min(index, len(self.cards) - 1))
        if index != self.index:
            self.index = index
            self._show()

    @Slot()
    def toggle_notes(self) -> None:
        """Show or hide the facilitator questions and note."""
        self.notes_area.setVisible(self.notes_area.isHidden())
        self.notes_button.setText(
            self.tr("Vragen verbergen (V)") if self.notes_visible() else self.tr("Vragen tonen (V)")
        )
        self.card_view.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Clicker and keyboard: step, jump, notes, leave."""
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.next_card()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.previous_card()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.cards) - 1)
        elif key == Qt.Key.Key_V:
            self.toggle_notes()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        """Keep the room sizes relative to the screen."""
        super().resizeEvent(event)
        self._apply_sizes()

    def closeEvent(self, event: Any) -> None:
        """Tell the browser the room view is gone."""
        self.closed.emit()
        super().closeEvent(event)

    def _apply_sizes(self) -> None:
        scale = max(0.4, screen_scale(self.size()))
        self.card_view.set_scale(scale)
        room_px = max(12, round(32 * scale))  # text the room may read: 32 px at 1920×1080
        label_style = f"color: {ROOM_INK}; background: transparent; font-size: {room_px}px;"
        self.counter.setStyleSheet(label_style + " font-weight: bold;")
        self.hint.setStyleSheet(label_style)
        button_style = (
            f"QPushButton {{ color: {ROOM_INK}; background: {ROOM_PANEL}; border: 2px solid {ROOM_INK};"
            f" border-radius: 8px; padding: 4px 16px; font-size: {room_px}px; }}"
        )
        self.notes_button.setStyleSheet(button_style)
        self.close_button.setStyleSheet(button_style)
        self.notes_area.setStyleSheet(
            f"QScrollArea, QScrollArea > QWidget > QWidget {{ background: {ROOM_PANEL}; }}"
            f" QLabel {{ color: {ROOM_INK}; background: {ROOM_PANEL}; font-size: {room_px}px;"
            f" padding: {round(24 * scale)}px; }}"
        )
        self.notes_area.setContentsMargins(0, round(24 * scale), round(24 * scale), round(24 * scale))

    def _show(self) -> None:
        card = self.current_card()
        self.card_view.set_card(self.deck, card)
        self.counter.setText(self.tr("Kaart {0} van {1}").format(self.index + 1, len(self.cards)))
        self.notes.setText(
            notes_html(
                card,
                self.tr("Vragen voor het gesprek"),
                self.tr("Achtergrond"),
                self.tr("Bij deze kaart staan geen vragen."),
            )
        )
        self.card_shown.emit(card.id)


def notes_html(card: Card, questions_title: str, note_title: str, no_questions: str) -> str:
    """The facilitator questions and note of a card as simple rich text."""
    from html import escape

    parts = [f"<p><b>{escape(questions_title)}</b></p>"]
    if card.questions:
        parts.append(
            "<ul style='margin-left: 0px;'>"
            + "".join(f"<li>{escape(q)}</li>" for q in card.questions)
            + "</ul>"
        )
    else:
        parts.append(f"<p>{escape(no_questions)}</p>")
    if card.note:
        parts.append(f"<p><b>{escape(note_title)}</b></p><p>{escape(card.note)}</p>")
    return "".join(parts)


# --- the browser ---------------------------------------------------------------------------------


class DeckBrowser(QWidget):
    """Browse the built-in and own decks: filter, search, see cards as cards, open one full screen."""

    deck_changed = Signal(str)
    card_opened = Signal(str)

    def __init__(self, library: DeckSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._decks: list[Deck] = []
        self._deck: Deck | None = None
        self.viewer: CardViewer | None = None
        self.theme_buttons: dict[str, FilterButton] = {}
        self.kind_buttons: dict[str, FilterButton] = {}
        self.level_buttons: dict[str, FilterButton] = {}
        self.expected_buttons: dict[str, FilterButton] = {}
        self._icons = CardPainter()

        self.deck_combo = QComboBox(self)
        self.deck_combo.setAccessibleName(self.tr("Kaartenset"))
        self.deck_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.deck_combo.setMinimumContentsLength(44)
        self.deck_combo.currentIndexChanged.connect(self._deck_picked)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoeken in tekst, vragen en achtergrond…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.textChanged.connect(self._refilter)
        self.count_label = QLabel(self)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(
            "background: #FFF4CC; color: #161616; border: 2px solid #8A6D00; border-radius: 6px; padding: 6px;"
            " font-size: 16px;"
        )
        self.problems_label.setVisible(False)

        self.theme_row = FlowLayout(spacing=8)  # six themes break onto a second row on a laptop
        self.kind_row = QHBoxLayout()
        self.kind_row.setSpacing(8)
        self.level_row = QHBoxLayout()
        self.level_row.setSpacing(8)
        self.expected_row = QHBoxLayout()
        self.expected_row.setSpacing(8)
        self.clear_button = QPushButton(self.tr("Alle kaarten tonen"), self)
        self.clear_button.clicked.connect(self.clear_filters)

        self.grid = CardGrid(self)
        self.grid.card_opened.connect(self.open_card)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)

        self.preview = CardView(self)
        self.preview.setMinimumSize(300, 300)
        self.preview_notes = QLabel(self)
        self.preview_notes.setWordWrap(True)
        self.preview_notes.setTextFormat(Qt.TextFormat.RichText)
        self.preview_notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview_notes.setStyleSheet("font-size: 18px;")
        # the facilitator's facts about the card (estimate, sensitive, levels): beside the preview only
        self.preview_facts = QLabel(self)
        self.preview_facts.setWordWrap(True)
        self.preview_facts.setStyleSheet("font-size: 17px;")
        notes_scroll = QScrollArea(self)
        notes_scroll.setWidget(self.preview_notes)
        notes_scroll.setWidgetResizable(True)
        self.open_button = QPushButton(self.tr("Groot tonen voor de groep (Enter)"), self)
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open_current)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 0, 0, 0)
        side_layout.addWidget(self.preview, 3)
        side_layout.addWidget(self.open_button)
        side_layout.addWidget(self.preview_facts)
        side_layout.addWidget(notes_scroll, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        header = QHBoxLayout()
        deck_label = QLabel(self.tr("Kaartenset:"), self)
        deck_label.setBuddy(self.deck_combo)
        header.addWidget(deck_label)
        header.addWidget(self.deck_combo)
        header.addSpacing(16)
        header.addWidget(self.search, 1)
        header.addSpacing(16)
        header.addWidget(self.count_label)

        filters = QVBoxLayout()
        theme_line = QHBoxLayout()
        theme_title = QLabel(self.tr("Thema's:"), self)
        theme_title.setMinimumWidth(90)
        theme_line.addWidget(theme_title)
        theme_line.addLayout(self.theme_row, 1)
        kind_line = QHBoxLayout()
        kind_title = QLabel(self.tr("Soort:"), self)
        kind_title.setMinimumWidth(90)
        kind_line.addWidget(kind_title)
        kind_line.addLayout(self.kind_row)
        kind_line.addStretch(1)
        kind_line.addWidget(self.clear_button)
        more_line = QHBoxLayout()
        self.level_title = QLabel(self.tr("Niveau:"), self)
        self.level_title.setMinimumWidth(90)
        more_line.addWidget(self.level_title)
        more_line.addLayout(self.level_row)
        more_line.addSpacing(16)
        self.expected_title = QLabel(self.tr("Inschatting:"), self)
        self.expected_title.setToolTip(self.tr("Waar de makers denken dat de meeste groepen de kaart leggen"))
        more_line.addWidget(self.expected_title)
        more_line.addLayout(self.expected_row)
        more_line.addStretch(1)
        filters.addLayout(theme_line)
        filters.addLayout(kind_line)
        filters.addLayout(more_line)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.problems_label)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        for label in (deck_label, theme_title, kind_title, self.level_title, self.expected_title, self.count_label):
            label.setStyleSheet("font-size: 18px;")
        self.reload()

    # -- public API ----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Re-read the decks from the library (after an edit or import), keeping or choosing one."""
        keep = select or (self._deck.id if self._deck else None)
        self._decks = list(self.library.all())
        self.deck_combo.blockSignals(True)
        self.deck_combo.clear()
        for deck in self._decks:
            suffix = "" if deck.builtin else self.tr(" · eigen kaartenset")
            self.deck_combo.addItem(
                f"{deck.title} ({card_count(len(deck.cards))}){suffix}", deck.id
            )
        self.deck_combo.blockSignals(False)
        problems = list(self.library.problems()) if hasattr(self.library, "problems") else []
        self.problems_label.setVisible(bool(problems))
        if problems:
            self.problems_label.setText(
                self.tr(
                    "Deze kaartensets konden niet worden geladen (verbeter het bestand en open dit scherm opnieuw):"
                )
                + "\n"
                + "\n".join(describe_deck_error(p) for p in problems[:5])
            )
        index = next((i for i, d in enumerate(self._decks) if d.id == keep), 0)
        if self._decks:
            self.deck_combo.setCurrentIndex(index)
            self._deck_picked(index)
        else:
            self._set_deck(None)

    def select_deck(self, deck_id: str) -> None:
        """Show the deck with this id."""
        index = next((i for i, d in enumerate(self._decks) if d.id == deck_id), -1)
        if index < 0:
            raise KeyError(deck_id)
        self.deck_combo.setCurrentIndex(index)

    def current_deck(self) -> Deck | None:
        """The deck on screen."""
        return self._deck

    def set_theme_filter(self, theme_ids: Iterable[str]) -> None:
        """Show only these themes (empty: all)."""
        wanted = set(theme_ids)
        for key, button in self.theme_buttons.items():
            button.setChecked(key in wanted)

    def set_kind_filter(self, kind_ids: Iterable[str]) -> None:
        """Show only these kinds (empty: all)."""
        wanted = set(kind_ids)
        for key, button in self.kind_buttons.items():
            button.setChecked(key in wanted)

    def set_level_filter(self, level_ids: Iterable[str]) -> None:
        """Show only the cards that fit these levels (empty: all)."""
        wanted = set(level_ids)
        for key, button in self.level_buttons.items():
            button.setChecked(key in wanted)

    def set_expected_filter(self, estimates: Iterable[str]) -> None:
        """Show only the cards with these estimates (empty: all)."""
        wanted = set(estimates)
        for key, button in self.expected_buttons.items():
            button.setChecked(key in wanted)

    @Slot()
    def clear_filters(self) -> None:
        """Show every card again."""
        self.set_theme_filter(())
        self.set_kind_filter(())
        self.set_level_filter(())
        self.set_expected_filter(())
        self.search.clear()

    def card_filter(self) -> CardFilter:
        """The filter set by the buttons and the search field."""
        return CardFilter(
            themes=frozenset(k for k, b in self.theme_buttons.items() if b.isChecked()),
            kinds=frozenset(k for k, b in self.kind_buttons.items() if b.isChecked()),
            query=self.search.text(),
            levels=frozenset(k for k, b in self.level_buttons.items() if b.isChecked()),
            expected=frozenset(k for k, b in self.expected_buttons.items() if b.isChecked()),
        )

    def visible_card_ids(self) -> list[str]:
        """Ids of the cards in the grid, in order."""
        return [c.id for c in self.grid.card_model.cards]

    @Slot(str)
    def open_card(self, card_id: str) -> CardViewer | None:
        """Open `card_id` full screen, stepping through the cards the grid shows."""
        cards = self.grid.card_model.cards
        if self._deck is None or not cards:
            return None
        index = next((i for i, c in enumerate(cards) if c.id == card_id), 0)
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = CardViewer(self._deck, cards, index)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.viewer.closed.connect(self._viewer_closed)
        self.viewer.card_shown.connect(self.grid.select_card)
        screen = self.screen()
        if screen is not None:
            self.viewer.setGeometry(screen.geometry())
        self.viewer.showFullScreen()
        self.viewer.activateWindow()
        self.viewer.setFocus()
        self.card_opened.emit(card_id)
        return self.viewer

    # -- internals -----------------------------------------------------------------------------

    @Slot()
    def _viewer_closed(self) -> None:
        self.viewer = None
        self.grid.setFocus()

    @Slot()
    def _open_current(self) -> None:
        card_id = self.grid.current_card_id()
        if card_id is None and self.grid.card_model.cards:
            card_id = self.grid.card_model.cards[0].id
        if card_id:
            self.open_card(card_id)

    @Slot(int)
    def _deck_picked(self, index: int) -> None:
        if 0 <= index < len(self._decks):
            self._set_deck(self._decks[index])

    def _set_deck(self, deck: Deck | None) -> None:
        previous = self.card_filter()
        self._deck = deck
        self._rebuild_buttons(deck, previous)
        self._refilter()
        if deck is not None:
            self.deck_changed.emit(deck.id)

    def _rebuild_buttons(self, deck: Deck | None, previous: CardFilter) -> None:
        for row, buttons in ((self.theme_row, self.theme_buttons), (self.kind_row, self.kind_buttons),
                             (self.level_row, self.level_buttons), (self.expected_row, self.expected_buttons)):
            for button in buttons.values():
                row.removeWidget(button)
                button.hide()  # deleteLater waits for the event loop; until then it would paint at the top left
                button.deleteLater()
            buttons.clear()
        self.level_title.setVisible(bool(deck and deck.levels))
        has_estimates = bool(deck and any(c.expected for c in deck.cards))
        self.expected_title.setVisible(has_estimates)
        if deck is None:
            return
        for theme in deck.themes:
            button = self._theme_button(theme)
            button.setChecked(theme.id in previous.themes)
            button.toggled.connect(self._refilter)
            self.theme_row.addWidget(button)
            self.theme_buttons[theme.id] = button
        for kind in deck.kinds:
            button = self._kind_button(kind)
            button.setChecked(kind.id in previous.kinds)
            button.toggled.connect(self._refilter)
            self.kind_row.addWidget(button)
            self.kind_buttons[kind.id] = button
        for level in deck.levels:
            button = self._level_button(level)
            button.setChecked(level.id in previous.levels)
            button.toggled.connect(self._refilter)
            self.level_row.addWidget(button)
            self.level_buttons[level.id] = button
        for estimate in EXPECTED if has_estimates else ():
            button = FilterButton(estimate, self.expected_label(estimate), "#333333", None, None, self)
            button.setChecked(estimate in previous.expected)
            button.toggled.connect(self._refilter)
            self.expected_row.addWidget(button)
            self.expected_buttons[estimate] = button

    def _theme_button(self, theme: Theme) -> FilterButton:
        band = darken_for_contrast(theme.color)
        off = self._icons.icon(theme, 24, band)
        on = self._icons.icon(theme, 24, "#FFFFFF")
        button = FilterButton(theme.id, theme.label, theme.color, off, on, self)
        button.setToolTip(self.tr("Alleen kaarten over: {0}").format(theme.label))
        return button

    def _kind_button(self, kind: Kind) -> FilterButton:
        off = kind_mark(kind.shade, 22, "#161616")
        on = kind_mark(kind.shade, 22, "#FFFFFF")
        button = FilterButton(kind.id, kind.label, "#333333", off, on, self)
        button.setToolTip(kind.description or kind.label)
        return button

    def _level_button(self, level: Level) -> FilterButton:
        button = FilterButton(level.id, level.label, "#333333", None, None, self)
        button.setToolTip(self.tr("Kaarten voor {0} (en kaarten zonder niveau)").format(level.label))
        return button

    def expected_label(self, estimate: str) -> str:
        """The estimate's word in the UI language."""
        words = {"gewenst": self.tr("gewenst"), "grensgeval": self.tr("grensgeval"),
                 "ongewenst": self.tr("ongewenst")}
        return words.get(estimate, estimate)

    def card_facts(self, card: Card) -> str:
        """The facilitator's line about a card: sensitive, the estimate, the levels it names."""
        facts = []
        if card.sensitive:
            facts.append(self.tr("⚠ Gevoelige kaart: kies bewust of je hem gebruikt"))
        if card.expected:
            facts.append(self.tr("Inschatting van de makers: {0}").format(self.expected_label(card.expected)))
        if card.levels and self._deck is not None:
            labels = [self._deck.level(lv).label for lv in card.levels]
            facts.append(self.tr("Niveau: {0}").format(", ".join(labels)))
        return "\n".join(facts)

    @Slot()
    def _refilter(self) -> None:
        deck = self._deck
        current = self.grid.current_card_id()
        cards = self.card_filter().apply(deck.cards) if deck else ()
        self.grid.card_model.set_cards(deck, cards)
        total = len(deck.cards) if deck else 0
        self.count_label.setText(self.tr("{0} van {1} kaarten").format(len(cards), total))
        if cards:
            self.grid.select_card(current if current and any(c.id == current for c in cards) else cards[0].id)
        else:
            self._show_preview(None)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        card_id = current.data(CARD_ID_ROLE) if current.isValid() else None
        card = self._deck.card(str(card_id)) if self._deck and card_id else None
        self._show_preview(card)

    def _show_preview(self, card: Card | None) -> None:
        self.preview.set_card(self._deck, card)
        self.open_button.setEnabled(card is not None)
        facts = self.card_facts(card) if card is not None else ""
        self.preview_facts.setText(facts)
        self.preview_facts.setVisible(bool(facts))
        if card is None:
            self.preview_notes.setText(
                self.tr("Geen kaarten gevonden. Zet een filter uit of zoek op een ander woord.")
            )
        else:
            self.preview_notes.setText(
                notes_html(
                    card,
                    self.tr("Vragen voor het gesprek"),
                    self.tr("Achtergrond"),
                    self.tr("Bij deze kaart staan geen vragen."),
                )
            )

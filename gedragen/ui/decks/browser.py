"""The deck browser: pick a deck, filter by theme, kind, level, estimate and words, see the cards as cards, show
one full screen. The estimate and the sensitive mark are for the facilitator: the full-screen view never shows them."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gedragen.core.deck import EXPECTED, Card, Deck, Kind, Level, Theme
from gedragen.ui.common.card_view import (
    CARD_ID_ROLE,
    CardPainter,
    CardView,
    darken_for_contrast,
)
from gedragen.ui.common.widgets import FlowLayout, card_count
from gedragen.ui.decks.card_grid import CardGrid
from gedragen.ui.decks.card_viewer import CardViewer, notes_html
from gedragen.ui.decks.drafts import expected_word
from gedragen.ui.decks.filter_buttons import FilterButton, kind_mark


class DeckSource(Protocol):
    """What the browser needs from a deck library."""

    def all(self) -> Sequence[Deck]:
        """Every loadable deck, built-in first."""
        ...


def _tick_only(buttons: dict[str, FilterButton], wanted: Iterable[str]) -> None:
    """Tick the filter buttons of `wanted` and untick the others."""
    chosen = set(wanted)
    for key, button in buttons.items():
        button.setChecked(key in chosen)


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
        header = self._build_header()
        filters = self._build_filters()
        splitter = self._build_cards_and_detail()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.problems_label)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.reload()

    def _build_header(self) -> QHBoxLayout:
        """The deck choice, the search field, the count and (hidden) the decks that did not load."""
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
        header = QHBoxLayout()
        deck_label = QLabel(self.tr("Kaartenset:"), self)
        deck_label.setBuddy(self.deck_combo)
        header.addWidget(deck_label)
        header.addWidget(self.deck_combo)
        header.addSpacing(16)
        header.addWidget(self.search, 1)
        header.addSpacing(16)
        header.addWidget(self.count_label)
        for label in (deck_label, self.count_label):
            label.setStyleSheet("font-size: 18px;")
        return header

    def _build_filters(self) -> QVBoxLayout:
        """The rows of filter buttons (themes, kinds, levels, estimates); the buttons follow the deck."""
        self.theme_row = FlowLayout(spacing=8)  # six themes break onto a second row on a laptop
        self.kind_row = QHBoxLayout()
        self.kind_row.setSpacing(8)
        self.level_row = QHBoxLayout()
        self.level_row.setSpacing(8)
        self.expected_row = QHBoxLayout()
        self.expected_row.setSpacing(8)
        self.clear_button = QPushButton(self.tr("Alle kaarten tonen"), self)
        self.clear_button.clicked.connect(self.clear_filters)
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
        for label in (theme_title, kind_title, self.level_title, self.expected_title):
            label.setStyleSheet("font-size: 18px;")
        return filters

    def _build_cards_and_detail(self) -> QSplitter:
        """The card grid and, beside it, the chosen card with its facts, questions and note."""
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
        return splitter

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
        _tick_only(self.theme_buttons, theme_ids)

    def set_kind_filter(self, kind_ids: Iterable[str]) -> None:
        """Show only these kinds (empty: all)."""
        _tick_only(self.kind_buttons, kind_ids)

    def set_level_filter(self, level_ids: Iterable[str]) -> None:
        """Show only the cards that fit these levels (empty: all)."""
        _tick_only(self.level_buttons, level_ids)

    def set_expected_filter(self, estimates: Iterable[str]) -> None:
        """Show only the cards with these estimates (empty: all)."""
        _tick_only(self.expected_buttons, estimates)

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
        self._place_buttons((self._theme_button(t) for t in deck.themes), previous.themes,
                            self.theme_row, self.theme_buttons)
        self._place_buttons((self._kind_button(k) for k in deck.kinds), previous.kinds,
                            self.kind_row, self.kind_buttons)
        self._place_buttons((self._level_button(v) for v in deck.levels), previous.levels,
                            self.level_row, self.level_buttons)
        estimates = EXPECTED if has_estimates else ()
        self._place_buttons(
            (FilterButton(e, self.expected_label(e), "#333333", None, None, self) for e in estimates),
            previous.expected, self.expected_row, self.expected_buttons,
        )

    def _place_buttons(self, made: Iterable[FilterButton], chosen: frozenset[str], row: QLayout,
                       buttons: dict[str, FilterButton]) -> None:
        """Put new filter buttons in their row, ticked as they were before, each refiltering when toggled."""
        for button in made:
            button.setChecked(button.key in chosen)
            button.toggled.connect(self._refilter)
            row.addWidget(button)
            buttons[button.key] = button

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
        return expected_word(estimate)

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

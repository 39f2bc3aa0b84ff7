"""The deck model: a deck of situation cards, its themes and kinds (frozen values)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DECK_FORMAT = "gedragen-deck/1"
AUDIENCES = ("po", "vo-mbo", "other")
SHADES = ("light", "dark")
# The author's estimate of where most teams put a card (DESIGN §2); never shown to the room.
EXPECTED = ("gewenst", "grensgeval", "ongewenst")


@dataclass(frozen=True)
class Kind:
    """A kind of card (`team` or `school` in the built-in decks); light or dark."""

    id: str
    label: str
    shade: str
    description: str = ""


@dataclass(frozen=True)
class Level:
    """An age or school level a deck declares (`onderbouw`, `groep-7-8`); cards may name the levels they fit."""

    id: str
    label: str


@dataclass(frozen=True)
class Theme:
    """A theme with its colour and icon; never shown by colour alone."""

    id: str
    label: str
    color: str
    icon: str | None = None
    icon_path: Path | None = None


@dataclass(frozen=True)
class Card:
    """One situation card."""

    id: str
    theme: str
    kind: str
    text: str
    questions: tuple[str, ...] = ()
    note: str | None = None
    expected: str | None = None
    sensitive: bool = False
    levels: tuple[str, ...] = ()

    def fits(self, levels: frozenset[str] | None) -> bool:
        """Whether the card belongs in a selection of these levels (None: any; a card naming none fits all)."""
        return levels is None or not self.levels or not levels.isdisjoint(self.levels)


@dataclass(frozen=True)
class Deck:
    """A loaded, valid deck."""

    id: str
    title: str
    audience: str
    kinds: tuple[Kind, ...]
    themes: tuple[Theme, ...]
    cards: tuple[Card, ...]
    language: str = "nl"
    version: str = ""
    description: str = ""
    blank_cards: int = 0
    source: Path | None = None
    builtin: bool = False
    levels: tuple[Level, ...] = ()
    _theme_index: dict[str, Theme] = field(default_factory=dict, init=False, repr=False, compare=False)
    _kind_index: dict[str, Kind] = field(default_factory=dict, init=False, repr=False, compare=False)
    _card_index: dict[str, Card] = field(default_factory=dict, init=False, repr=False, compare=False)
    _level_index: dict[str, Level] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # init=False: dataclasses.replace() builds fresh indexes instead of sharing the old deck's
        self._theme_index.update({t.id: t for t in self.themes})
        self._kind_index.update({k.id: k for k in self.kinds})
        self._card_index.update({c.id: c for c in self.cards})
        self._level_index.update({lv.id: lv for lv in self.levels})

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id (KeyError if absent)."""
        return self._theme_index[theme_id]

    def kind(self, kind_id: str) -> Kind:
        """The kind with this id (KeyError if absent)."""
        return self._kind_index[kind_id]

    def level(self, level_id: str) -> Level:
        """The level with this id (KeyError if absent)."""
        return self._level_index[level_id]

    def card(self, card_id: str) -> Card:
        """The card with this id (KeyError if absent)."""
        return self._card_index[card_id]

    def has_card(self, card_id: str) -> bool:
        """Whether the deck holds a card with this id."""
        return card_id in self._card_index

    def select(
        self,
        themes: frozenset[str] | None = None,
        kinds: frozenset[str] | None = None,
        *,
        levels: frozenset[str] | None = None,
        expected: frozenset[str] | None = None,
        sensitive: bool = True,
    ) -> tuple[Card, ...]:
        """Cards of the given themes, kinds, levels and estimates (None: all), in deck order.

        A card without levels fits every level; a card without an estimate is left out only when
        `expected` is given; `sensitive=False` leaves the sensitive cards out.
        """
        return tuple(
            c
            for c in self.cards
            if (themes is None or c.theme in themes)
            and (kinds is None or c.kind in kinds)
            and c.fits(levels)
            and (expected is None or c.expected in expected)
            and (sensitive or not c.sensitive)
        )

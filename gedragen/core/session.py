"""The session rules: a session is an append-only list of events; its state is a fold over them.

Every move of the game is a frozen event. `apply(state, event)` returns the next state or raises
`SessionError` with a Dutch message; `replay(events)` folds a whole log; `undo(events)` drops the
last event. Helpers such as `new_session`, `draw_round`, `hand_pick` and `replace_card` build events
(drawing is deterministic from the recorded seed, so a replay gives the same cards).

Placement semantics (`CardPlaced(team, card, zone, order)`): the card is first taken out of wherever
that team had it (if anywhere), then inserted into `zone` at index `order` of that zone's list as it
is after the removal; cards at and after that index shift one place down. `order` must lie in
0..len(zone list after removal), so appending to a zone is `order == len(...)`.
"""

from __future__ import annotations

import random
import re
import secrets
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeAlias

from gedragen.core.deck import EXPECTED, Card, Deck
from gedragen.core.errors import SessionError
from gedragen.core.messages import clip


class Variant(StrEnum):
    """The three ways to play; the value is what events, the history and session files store."""

    BOARD = "board"  # teams rank the cards on a board of 3 or 5 zones
    QUICK = "quick"  # teams sort into gewenst and ongewenst, no order
    DEBATE = "debate"  # the walking debate: the room stands on one side, counted per card


VARIANTS = tuple(Variant)
AUDIENCES = ("team", "class")
UNKNOWN_AUDIENCE = ""  # an imported session: the JSON format does not record the audience
ZONE_COUNTS = (2, 3, 5)
SECTIONS = ("gedragsregels", "privacy", "contact", "les", "handhaving")
DEBATE_PHASES = ("before", "after")
DEFAULT_CARDS_PER_ROUND = 6
DEFAULT_ZONES: Mapping[int, tuple[str, ...]] = {
    2: ("Gewenst", "Ongewenst"),
    3: ("Gewenst", "Hangt ervan af", "Ongewenst"),
    5: ("Gewenst", "Eerder gewenst", "Hangt ervan af", "Eerder ongewenst", "Ongewenst"),
}

# Caps keep a hostile or broken session file from making the app slow or huge.
MIN_TEAMS, MAX_TEAMS = 2, 8
MAX_ROUND_CARDS = 40
MAX_CUSTOM_CARDS = 500
MAX_ROUNDS = 1000
MAX_TEXT = 400
MAX_AGREEMENT = 2000
MAX_NAME = 100
MAX_LABEL = 60
MAX_ID = 64
MAX_HEADS = 100_000
MAX_TIMER_SECONDS = 4 * 3600
CUSTOM_PREFIX = "eigen-"

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_DECK_ID_RE = re.compile(r"^[a-z0-9-]+$")
_COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


# ---------------------------------------------------------------------------------------------
# Values inside events


@dataclass(frozen=True, slots=True)
class Team:
    """A team of a board or quick session: id, shown name and colour (#RRGGBB)."""

    id: str
    name: str
    color: str


@dataclass(frozen=True, slots=True)
class CustomCard:
    """An *eigen situatie* added during a session (id like `eigen-1`)."""

    id: str
    theme: str
    kind: str
    text: str


# ---------------------------------------------------------------------------------------------
# Events


@dataclass(frozen=True, slots=True)
class SessionStarted:
    """The first event of every session: its setup. `started` is ISO 8601 with a UTC offset."""

    session_id: str
    name: str
    started: str
    deck_id: str
    deck_version: str
    variant: str
    zones: tuple[str, ...]
    teams: tuple[Team, ...]
    themes: tuple[str, ...]
    kinds: tuple[str, ...]
    cards_per_round: int = DEFAULT_CARDS_PER_ROUND
    timer_seconds: int | None = None
    seed: int = 0
    audience: str = "team"
    # Added with the deck format's estimate, sensitive flag and levels; the defaults are how a session
    # recorded before them behaves (all cards, no mixing), so old logs replay and resume as they were.
    levels: tuple[str, ...] = ()
    sensitive: bool = True
    mix_expected: bool = False


@dataclass(frozen=True, slots=True)
class RoundDrawn:
    """A new round with these cards; `how` is 'draw' (random from the seed) or 'hand' (hand-picked)."""

    number: int
    cards: tuple[str, ...]
    how: str = "draw"


@dataclass(frozen=True, slots=True)
class CardSkipped:
    """A card taken out of the open round before the reveal (it is not drawn again)."""

    card: str


@dataclass(frozen=True, slots=True)
class CardReplaced:
    """A card of the open round swapped for another at the same place (the old one is not drawn again)."""

    card: str
    replacement: str


@dataclass(frozen=True, slots=True)
class CardAdded:
    """An unused card (deck card or eigen situatie) added at the end of the open round before the reveal."""

    card: str


@dataclass(frozen=True, slots=True)
class CustomCardAdded:
    """An eigen situatie made during the session; `into_round` also adds it to the open round."""

    card: CustomCard
    into_round: bool = False


@dataclass(frozen=True, slots=True)
class CardPlaced:
    """A team puts (or moves) a card of the open round into a zone at a place; see the module docstring."""

    team: str
    card: str
    zone: int
    order: int


@dataclass(frozen=True, slots=True)
class PlacementRemoved:
    """A team takes a card back off the board (it is unplaced again)."""

    team: str
    card: str


@dataclass(frozen=True, slots=True)
class RoundRevealed:
    """The teams' placements of the open round become visible (board and quick only)."""


@dataclass(frozen=True, slots=True)
class OutcomeRecorded:
    """The group's position and agreement for a card of any round (a later one replaces it).

    An outcome with no group zone, an empty agreement and no section clears the card's outcome.
    """

    card: str
    group_zone: int | None
    agreement: str
    section: str | None = None


@dataclass(frozen=True, slots=True)
class DebateCounted:
    """Head counts (gewenst, ongewenst) for a card of the open round of a walking debate."""

    card: str
    phase: str
    gewenst: int
    ongewenst: int


@dataclass(frozen=True, slots=True)
class RoundClosed:
    """The open round is done; a new round can be drawn."""


@dataclass(frozen=True, slots=True)
class SessionEnded:
    """The facilitator ended the session at `ended` (ISO 8601 with offset); nothing may follow."""

    ended: str


Event: TypeAlias = (
    SessionStarted
    | RoundDrawn
    | CardSkipped
    | CardReplaced
    | CardAdded
    | CustomCardAdded
    | CardPlaced
    | PlacementRemoved
    | RoundRevealed
    | OutcomeRecorded
    | DebateCounted
    | RoundClosed
    | SessionEnded
)

EVENT_TYPES: Mapping[str, type[Any]] = {
    "session_started": SessionStarted,
    "round_drawn": RoundDrawn,
    "card_skipped": CardSkipped,
    "card_replaced": CardReplaced,
    "card_added": CardAdded,
    "custom_card_added": CustomCardAdded,
    "card_placed": CardPlaced,
    "placement_removed": PlacementRemoved,
    "round_revealed": RoundRevealed,
    "outcome_recorded": OutcomeRecorded,
    "debate_counted": DebateCounted,
    "round_closed": RoundClosed,
    "session_ended": SessionEnded,
}
_TYPE_NAMES: Mapping[type[Any], str] = {cls: name for name, cls in EVENT_TYPES.items()}


# ---------------------------------------------------------------------------------------------
# State


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one team put one card: zone (0 = most wanted) and 0-based place within the zone."""

    team: str
    card: str
    zone: int
    order: int


@dataclass(frozen=True, slots=True)
class TeamBoard:
    """One team's board in a round: per zone the card ids from most wanted to most unwanted."""

    team: str
    zones: tuple[tuple[str, ...], ...]

    def zone_of(self, card: str) -> int | None:
        """The zone of this card on this board, or None if the team has not placed it."""
        for index, cards in enumerate(self.zones):
            if card in cards:
                return index
        return None

    def placements(self) -> tuple[Placement, ...]:
        """Every placement on this board, by zone then place."""
        return tuple(
            Placement(self.team, card, zone, order)
            for zone, cards in enumerate(self.zones)
            for order, card in enumerate(cards)
        )

    def placed(self) -> tuple[str, ...]:
        """The placed card ids in ranking order (zone, then place)."""
        return tuple(card for cards in self.zones for card in cards)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the group recorded for a card: group zone, agreement text, protocol section."""

    card: str
    group_zone: int | None
    agreement: str
    section: str | None


@dataclass(frozen=True, slots=True)
class DebateCount:
    """Head counts of a walking-debate card: (gewenst, ongewenst) before and after the talk."""

    card: str
    before: tuple[int, int] | None = None
    after: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class RoundState:
    """One round: its cards, the teams' boards, reveal/close flags, outcomes and debate counts."""

    number: int
    cards: tuple[str, ...]
    how: str
    boards: tuple[TeamBoard, ...]
    revealed: bool = False
    closed: bool = False
    skipped: tuple[str, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    debate: tuple[DebateCount, ...] = ()

    def board(self, team: str) -> TeamBoard:
        """The board of this team (SessionError if the team is unknown)."""
        for board in self.boards:
            if board.team == team:
                return board
        raise SessionError(f"Team '{clip(team)}' doet niet mee aan deze sessie.")

    def zone_of(self, team: str, card: str) -> int | None:
        """Zone where this team put this card, or None."""
        return self.board(team).zone_of(card)

    def placements(self) -> tuple[Placement, ...]:
        """All placements of all teams, in team order, then zone, then place."""
        return tuple(p for board in self.boards for p in board.placements())

    def unplaced(self, team: str) -> tuple[str, ...]:
        """Cards of the round this team has not placed yet, in round order."""
        placed = set(self.board(team).placed())
        return tuple(c for c in self.cards if c not in placed)

    @property
    def complete(self) -> bool:
        """Whether every team placed every card of the round."""
        return all(len(board.placed()) == len(self.cards) for board in self.boards)

    def outcome(self, card: str) -> Outcome | None:
        """The recorded outcome for this card, or None."""
        for outcome in self.outcomes:
            if outcome.card == card:
                return outcome
        return None

    def debate_count(self, card: str) -> DebateCount | None:
        """The walking-debate counts of this card, or None."""
        for count in self.debate:
            if count.card == card:
                return count
        return None


@dataclass(frozen=True, slots=True)
class SessionState:
    """The whole state of a session after some events; immutable, made only by `apply`."""

    setup: SessionStarted
    rounds: tuple[RoundState, ...] = ()
    custom_cards: tuple[CustomCard, ...] = ()
    used_cards: frozenset[str] = frozenset()
    ended: str | None = None
    event_count: int = 1

    @property
    def id(self) -> str:
        """The session id."""
        return self.setup.session_id

    @property
    def name(self) -> str:
        """The session name."""
        return self.setup.name

    @property
    def variant(self) -> Variant:
        """How this session is played."""
        return Variant(self.setup.variant)

    @property
    def zones(self) -> tuple[str, ...]:
        """The zone labels, most wanted first."""
        return self.setup.zones

    @property
    def k(self) -> int:
        """Number of zones."""
        return len(self.setup.zones)

    @property
    def teams(self) -> tuple[Team, ...]:
        """The teams (none in a walking debate)."""
        return self.setup.teams

    @property
    def is_ended(self) -> bool:
        """Whether the session has ended."""
        return self.ended is not None

    @property
    def current_round(self) -> RoundState | None:
        """The open round, or None when no round is open."""
        if self.rounds and not self.rounds[-1].closed:
            return self.rounds[-1]
        return None

    @property
    def last_round(self) -> RoundState | None:
        """The latest round, open or closed, or None."""
        return self.rounds[-1] if self.rounds else None

    def custom_card(self, card_id: str) -> CustomCard | None:
        """The eigen situatie with this id, or None."""
        for card in self.custom_cards:
            if card.id == card_id:
                return card
        return None

    def round_of(self, card: str) -> RoundState | None:
        """The round holding this card, or None."""
        for rnd in self.rounds:
            if card in rnd.cards:
                return rnd
        return None

    def next_custom_id(self) -> str:
        """A free id for a new eigen situatie: eigen-1, eigen-2, …"""
        taken = {c.id for c in self.custom_cards} | self.used_cards
        number = len(self.custom_cards) + 1
        while f"{CUSTOM_PREFIX}{number}" in taken:
            number += 1
        return f"{CUSTOM_PREFIX}{number}"


# ---------------------------------------------------------------------------------------------
# The fold


def apply(state: SessionState | None, event: Event) -> SessionState:
    """The state after `event`; raises SessionError (Dutch message) when the rules forbid it."""
    if state is None:
        if not isinstance(event, SessionStarted):
            raise SessionError("Een sessie moet beginnen met het starten van de sessie.")
        _check_types(event)
        _check_setup(event)
        return SessionState(setup=event)
    if isinstance(event, SessionStarted):
        raise SessionError("Deze sessie is al gestart; een tweede start kan niet.")
    if state.ended is not None:
        raise SessionError("De sessie is beëindigd; er kan niets meer bij.")
    handler = _HANDLERS.get(type(event))
    if handler is None:
        raise SessionError(f"Onbekende gebeurtenis: {type(event).__name__}.")
    _check_types(event)
    return handler(state, event)


def replay(events: Iterable[Event]) -> SessionState:
    """Fold a whole event log into a state (SessionError for an empty or illegal log)."""
    state: SessionState | None = None
    for event in events:
        state = apply(state, event)
    if state is None:
        raise SessionError("De sessie heeft geen gebeurtenissen.")
    return state


def can_undo(events: Sequence[Event]) -> bool:
    """Whether the last event may be undone (the start of a session cannot)."""
    return len(events) > 1


def undo(events: Sequence[Event]) -> tuple[Event, ...]:
    """The log without its last event; SessionError when only the start is left."""
    if not can_undo(events):
        raise SessionError("Er is niets om ongedaan te maken.")
    return tuple(events[:-1])


def _check_setup(ev: SessionStarted) -> None:
    _text(ev.session_id, "De sessie-id", MAX_ID)
    if not _ID_RE.match(ev.session_id):
        raise SessionError(
            f"De sessie-id '{clip(ev.session_id)}' mag alleen letters, cijfers, '-', '_' en '.' bevatten."
        )
    _text(ev.name, "De naam van de sessie", MAX_NAME)
    check_timestamp(ev.started, "De begintijd")
    _text(ev.deck_id, "De kaartenset", MAX_ID)
    if not _DECK_ID_RE.match(ev.deck_id):
        raise SessionError(f"De kaartenset-id '{clip(ev.deck_id)}' is ongeldig (alleen a-z, 0-9 en '-').")
    if not isinstance(ev.deck_version, str) or len(ev.deck_version) > MAX_LABEL:
        raise SessionError("De versie van de kaartenset is ongeldig.")
    if ev.variant not in VARIANTS:
        raise SessionError(f"Onbekende werkvorm '{clip(ev.variant)}' (kies board, quick of debate).")
    if not isinstance(ev.zones, tuple) or len(ev.zones) not in ZONE_COUNTS:
        raise SessionError("Een sessie heeft 2, 3 of 5 zones.")
    for label in ev.zones:
        _text(label, "Een zonenaam", MAX_LABEL)
    if ev.variant in (Variant.QUICK, Variant.DEBATE) and len(ev.zones) != 2:
        raise SessionError("Snel sorteren en het overloopdebat hebben precies 2 zones: gewenst en ongewenst.")
    if not isinstance(ev.teams, tuple):
        raise SessionError("De teams zijn ongeldig.")
    if ev.variant == Variant.DEBATE:
        if ev.teams:
            raise SessionError("Een overloopdebat heeft geen teams.")
    elif not MIN_TEAMS <= len(ev.teams) <= MAX_TEAMS:
        raise SessionError(
            f"Een sessie op het bord of met snel sorteren heeft {MIN_TEAMS} tot {MAX_TEAMS} teams."
        )
    ids: set[str] = set()
    names: set[str] = set()
    for team in ev.teams:
        if not isinstance(team, Team):
            raise SessionError("Een team is ongeldig.")
        _text(team.id, "Een team-id", MAX_ID)
        _text(team.name, "Een teamnaam", MAX_NAME)
        if not isinstance(team.color, str) or not _COLOR_RE.match(team.color):
            raise SessionError(f"De kleur van team '{clip(team.name)}' moet de vorm #RRGGBB hebben.")
        if team.id in ids:
            raise SessionError(f"Team-id '{clip(team.id)}' komt twee keer voor.")
        if team.name.strip().casefold() in names:
            raise SessionError(f"Teamnaam '{clip(team.name)}' komt twee keer voor.")
        ids.add(team.id)
        names.add(team.name.strip().casefold())
    for label, values in (("thema", ev.themes), ("soort", ev.kinds)):
        if not isinstance(values, tuple) or not values:
            raise SessionError(f"Kies minstens één {label}.")
        for value in values:
            _text(value, f"Een {label}", MAX_ID)
        if len(set(values)) != len(values):
            raise SessionError(f"Een {label} is twee keer gekozen.")
    if not _is_int(ev.cards_per_round) or not 1 <= ev.cards_per_round <= MAX_ROUND_CARDS:
        raise SessionError(f"Het aantal kaarten per ronde moet tussen 1 en {MAX_ROUND_CARDS} liggen.")
    if ev.timer_seconds is not None and (
        not _is_int(ev.timer_seconds) or not 1 <= ev.timer_seconds <= MAX_TIMER_SECONDS
    ):
        raise SessionError("De rondetimer moet tussen 1 seconde en 4 uur liggen.")
    if not _is_int(ev.seed) or not 0 <= ev.seed < 2**63:
        raise SessionError("Het startgetal voor het trekken van kaarten is ongeldig.")
    if ev.audience not in AUDIENCES and ev.audience != UNKNOWN_AUDIENCE:
        raise SessionError(f"Onbekende doelgroep '{clip(ev.audience)}' (kies team of class).")
    if not isinstance(ev.levels, tuple):
        raise SessionError("De niveaus zijn ongeldig.")
    for value in ev.levels:
        _text(value, "Een niveau", MAX_ID)
    if len(set(ev.levels)) != len(ev.levels):
        raise SessionError("Een niveau is twee keer gekozen.")
    if not isinstance(ev.sensitive, bool) or not isinstance(ev.mix_expected, bool):
        raise SessionError("De keuze voor gevoelige kaarten of het mengen van de inschattingen is ongeldig.")


def _open_round(state: SessionState, what: str) -> RoundState:
    rnd = state.current_round
    if rnd is None:
        raise SessionError(f"Er is geen open ronde om {what}; trek eerst kaarten.")
    return rnd


def _with_round(state: SessionState, rnd: RoundState, **changes: Any) -> SessionState:
    """The state with round `rnd` (matched by number) replaced and other fields changed."""
    index = rnd.number - 1
    rounds = (*state.rounds[:index], rnd, *state.rounds[index + 1 :])
    return SessionState(
        setup=state.setup,
        rounds=rounds,
        custom_cards=changes.get("custom_cards", state.custom_cards),
        used_cards=changes.get("used_cards", state.used_cards),
        ended=state.ended,
        event_count=state.event_count + 1,
    )


def _round(rnd: RoundState, **changes: Any) -> RoundState:
    """A copy of the round with some fields changed (faster than dataclasses.replace)."""
    return RoundState(
        number=rnd.number,
        cards=changes.get("cards", rnd.cards),
        how=rnd.how,
        boards=changes.get("boards", rnd.boards),
        revealed=changes.get("revealed", rnd.revealed),
        closed=changes.get("closed", rnd.closed),
        skipped=changes.get("skipped", rnd.skipped),
        outcomes=changes.get("outcomes", rnd.outcomes),
        debate=changes.get("debate", rnd.debate),
    )


def _check_new_card(state: SessionState, card: str, seen: Iterable[str] = ()) -> None:
    _text(card, "Een kaart-id", MAX_ID)
    if card in state.used_cards or card in seen:
        raise SessionError(f"Kaart '{clip(card)}' is in deze sessie al gebruikt.")
    if card.startswith(CUSTOM_PREFIX) and state.custom_card(card) is None:
        raise SessionError(f"Eigen situatie '{clip(card)}' bestaat niet in deze sessie.")


def _apply_round_drawn(state: SessionState, ev: RoundDrawn) -> SessionState:
    if state.current_round is not None:
        raise SessionError("Sluit eerst de open ronde voordat je nieuwe kaarten trekt.")
    if ev.number != len(state.rounds) + 1:
        raise SessionError(
            f"Ronde {ev.number} klopt niet: de volgende ronde is ronde {len(state.rounds) + 1}."
        )
    if len(state.rounds) >= MAX_ROUNDS:
        raise SessionError(f"Een sessie heeft hoogstens {MAX_ROUNDS} rondes.")
    if ev.how not in ("draw", "hand"):
        raise SessionError(f"Onbekende manier van trekken '{clip(ev.how)}' (draw of hand).")
    if not isinstance(ev.cards, tuple) or not ev.cards:
        raise SessionError("Een ronde heeft minstens één kaart.")
    if len(ev.cards) > MAX_ROUND_CARDS:
        raise SessionError(f"Een ronde heeft hoogstens {MAX_ROUND_CARDS} kaarten.")
    seen: set[str] = set()
    for card in ev.cards:
        _check_new_card(state, card, seen)
        seen.add(card)
    empty = tuple(() for _ in state.setup.zones)
    boards = tuple(TeamBoard(team.id, empty) for team in state.setup.teams)
    rnd = RoundState(number=ev.number, cards=ev.cards, how=ev.how, boards=boards)
    return SessionState(
        setup=state.setup,
        rounds=(*state.rounds, rnd),
        custom_cards=state.custom_cards,
        used_cards=state.used_cards | seen,
        ended=None,
        event_count=state.event_count + 1,
    )


def _changeable_round(state: SessionState, card: str, what: str) -> RoundState:
    rnd = _open_round(state, what)
    if rnd.revealed:
        raise SessionError("De ronde is al getoond; de kaarten kunnen niet meer veranderen.")
    if card not in rnd.cards:
        raise SessionError(f"Kaart '{clip(card)}' hoort niet bij de open ronde.")
    count = rnd.debate_count(card)
    if count is not None:
        raise SessionError(f"Voor kaart '{clip(card)}' zijn al stemmen geteld.")
    return rnd


def _without_card(boards: tuple[TeamBoard, ...], card: str) -> tuple[TeamBoard, ...]:
    return tuple(
        TeamBoard(b.team, tuple(tuple(c for c in zone if c != card) for zone in b.zones))
        if b.zone_of(card) is not None
        else b
        for b in boards
    )


def _apply_card_skipped(state: SessionState, ev: CardSkipped) -> SessionState:
    rnd = _changeable_round(state, ev.card, "een kaart over te slaan")
    new = _round(
        rnd,
        cards=tuple(c for c in rnd.cards if c != ev.card),
        boards=_without_card(rnd.boards, ev.card),
        skipped=(*rnd.skipped, ev.card),
        outcomes=tuple(o for o in rnd.outcomes if o.card != ev.card),
    )
    return _with_round(state, new)


def _apply_card_replaced(state: SessionState, ev: CardReplaced) -> SessionState:
    rnd = _changeable_round(state, ev.card, "een kaart te vervangen")
    _check_new_card(state, ev.replacement)
    new = _round(
        rnd,
        cards=tuple(ev.replacement if c == ev.card else c for c in rnd.cards),
        boards=_without_card(rnd.boards, ev.card),
        skipped=(*rnd.skipped, ev.card),
        outcomes=tuple(o for o in rnd.outcomes if o.card != ev.card),
    )
    return _with_round(state, new, used_cards=state.used_cards | {ev.replacement})


def _apply_card_added(state: SessionState, ev: CardAdded) -> SessionState:
    rnd = _open_round(state, "een kaart aan toe te voegen")
    return _add_to_round(state, rnd, ev.card, state.custom_cards)


def _add_to_round(
    state: SessionState, rnd: RoundState, card: str, custom: tuple[CustomCard, ...]
) -> SessionState:
    if rnd.revealed:
        raise SessionError("De ronde is al getoond; er kunnen geen kaarten meer bij.")
    if len(rnd.cards) >= MAX_ROUND_CARDS:
        raise SessionError(f"Een ronde heeft hoogstens {MAX_ROUND_CARDS} kaarten.")
    probe = SessionState(setup=state.setup, custom_cards=custom, used_cards=state.used_cards)
    _check_new_card(probe, card)
    new = _round(rnd, cards=(*rnd.cards, card))
    return _with_round(state, new, custom_cards=custom, used_cards=state.used_cards | {card})


def _apply_custom_card_added(state: SessionState, ev: CustomCardAdded) -> SessionState:
    card = ev.card
    if not isinstance(card, CustomCard):
        raise SessionError("De eigen situatie is ongeldig.")
    _text(card.id, "De id van de eigen situatie", MAX_ID)
    # the app names them eigen-1, eigen-2, …; an imported file may use any id that is not a deck card's
    if not _ID_RE.match(card.id):
        raise SessionError(
            "De id van een eigen situatie mag alleen letters, cijfers, '-', '_' en '.' bevatten "
            f"(niet '{clip(card.id)}')."
        )
    if state.custom_card(card.id) is not None or card.id in state.used_cards:
        raise SessionError(f"Eigen situatie '{clip(card.id)}' bestaat al.")
    if len(state.custom_cards) >= MAX_CUSTOM_CARDS:
        raise SessionError(f"Een sessie heeft hoogstens {MAX_CUSTOM_CARDS} eigen situaties.")
    if card.theme not in state.setup.themes:
        raise SessionError(f"Thema '{clip(card.theme)}' is niet gekozen in deze sessie.")
    if card.kind not in state.setup.kinds:
        raise SessionError(f"Soort '{clip(card.kind)}' is niet gekozen in deze sessie.")
    _text(card.text, "De tekst van de eigen situatie", MAX_TEXT)
    custom = (*state.custom_cards, card)
    if ev.into_round:
        rnd = _open_round(state, "de eigen situatie aan toe te voegen")
        return _add_to_round(state, rnd, card.id, custom)
    return SessionState(
        setup=state.setup,
        rounds=state.rounds,
        custom_cards=custom,
        used_cards=state.used_cards,
        ended=None,
        event_count=state.event_count + 1,
    )


def _board_round(state: SessionState, what: str) -> RoundState:
    if state.setup.variant == Variant.DEBATE:
        raise SessionError(f"In een overloopdebat kun je geen kaarten {what}.")
    rnd = _open_round(state, f"kaarten in te {what}")
    if rnd.revealed:
        raise SessionError("De ronde is al getoond; de plaatsen liggen vast.")
    return rnd


def _team_index(state: SessionState, team: str) -> int:
    for index, t in enumerate(state.setup.teams):
        if t.id == team:
            return index
    raise SessionError(f"Team '{clip(team)}' doet niet mee aan deze sessie.")


def _apply_card_placed(state: SessionState, ev: CardPlaced) -> SessionState:
    rnd = _board_round(state, "plaatsen")
    index = _team_index(state, ev.team)
    if ev.card not in rnd.cards:
        raise SessionError(f"Kaart '{clip(ev.card)}' hoort niet bij de open ronde.")
    if not _is_int(ev.zone) or not 0 <= ev.zone < len(state.setup.zones):
        raise SessionError(f"Zone {ev.zone} bestaat niet; kies 0 tot {len(state.setup.zones) - 1}.")
    board = rnd.boards[index]
    zones = [tuple(c for c in zone if c != ev.card) for zone in board.zones]
    target = zones[ev.zone]
    if not _is_int(ev.order) or not 0 <= ev.order <= len(target):
        raise SessionError(f"Plaats {ev.order} bestaat niet in zone {ev.zone}; kies 0 tot {len(target)}.")
    zones[ev.zone] = (*target[: ev.order], ev.card, *target[ev.order :])
    boards = (*rnd.boards[:index], TeamBoard(board.team, tuple(zones)), *rnd.boards[index + 1 :])
    return _with_round(state, _round(rnd, boards=boards))


def _apply_placement_removed(state: SessionState, ev: PlacementRemoved) -> SessionState:
    rnd = _board_round(state, "terugleggen")
    index = _team_index(state, ev.team)
    board = rnd.boards[index]
    if board.zone_of(ev.card) is None:
        raise SessionError(f"Team '{clip(ev.team)}' heeft kaart '{clip(ev.card)}' niet geplaatst.")
    boards = rnd.boards[:index] + _without_card((board,), ev.card) + rnd.boards[index + 1 :]
    return _with_round(state, _round(rnd, boards=boards))


def _apply_round_revealed(state: SessionState, ev: RoundRevealed) -> SessionState:
    if state.setup.variant == Variant.DEBATE:
        raise SessionError("In een overloopdebat is er niets om te tonen.")
    rnd = _open_round(state, "te tonen")
    if rnd.revealed:
        raise SessionError("Deze ronde is al getoond.")
    return _with_round(state, _round(rnd, revealed=True))


def _apply_outcome(state: SessionState, ev: OutcomeRecorded) -> SessionState:
    rnd = state.round_of(ev.card) if isinstance(ev.card, str) else None
    if rnd is None:
        raise SessionError(f"Kaart '{clip(ev.card)}' hoort bij geen enkele ronde van deze sessie.")
    if state.setup.variant != Variant.DEBATE and not rnd.revealed:
        raise SessionError("Toon eerst de plaatsen van de teams voordat je een afspraak vastlegt.")
    if ev.group_zone is not None and (
        not _is_int(ev.group_zone) or not 0 <= ev.group_zone < len(state.setup.zones)
    ):
        raise SessionError(f"Zone {ev.group_zone} bestaat niet; kies 0 tot {len(state.setup.zones) - 1}.")
    if not isinstance(ev.agreement, str) or len(ev.agreement) > MAX_AGREEMENT:
        raise SessionError(f"Een afspraak is tekst van hoogstens {MAX_AGREEMENT} tekens.")
    if ev.section is not None and ev.section not in SECTIONS:
        raise SessionError(f"Onbekend onderdeel van het protocol '{clip(ev.section)}'.")
    kept = tuple(o for o in rnd.outcomes if o.card != ev.card)
    if ev.group_zone is None and not ev.agreement.strip() and ev.section is None:
        outcomes = kept
    else:
        outcome = Outcome(ev.card, ev.group_zone, ev.agreement, ev.section)
        outcomes = tuple(outcome if o.card == ev.card else o for o in rnd.outcomes)
        if len(kept) == len(rnd.outcomes):
            outcomes = (*rnd.outcomes, outcome)
    return _with_round(state, _round(rnd, outcomes=outcomes))


def _apply_debate_counted(state: SessionState, ev: DebateCounted) -> SessionState:
    if state.setup.variant != Variant.DEBATE:
        raise SessionError("Stemmen tellen hoort bij het overloopdebat, niet bij deze werkvorm.")
    rnd = _open_round(state, "stemmen in te tellen")
    if ev.card not in rnd.cards:
        raise SessionError(f"Kaart '{clip(ev.card)}' hoort niet bij de open ronde.")
    if ev.phase not in DEBATE_PHASES:
        raise SessionError(f"Onbekend moment '{clip(ev.phase)}' (before of after).")
    for value in (ev.gewenst, ev.ongewenst):
        if not _is_int(value) or not 0 <= value <= MAX_HEADS:
            raise SessionError(f"Een aantal personen moet een heel getal van 0 tot {MAX_HEADS} zijn.")
    old = rnd.debate_count(ev.card) or DebateCount(ev.card)
    heads = (ev.gewenst, ev.ongewenst)
    new = (
        DebateCount(ev.card, heads, old.after)
        if ev.phase == "before"
        else DebateCount(ev.card, old.before, heads)
    )
    if rnd.debate_count(ev.card) is None:
        debate = (*rnd.debate, new)
    else:
        debate = tuple(new if d.card == ev.card else d for d in rnd.debate)
    return _with_round(state, _round(rnd, debate=debate))


def _apply_round_closed(state: SessionState, ev: RoundClosed) -> SessionState:
    rnd = _open_round(state, "te sluiten")
    return _with_round(state, _round(rnd, closed=True))


def _apply_session_ended(state: SessionState, ev: SessionEnded) -> SessionState:
    check_timestamp(ev.ended, "De eindtijd")
    return SessionState(
        setup=state.setup,
        rounds=state.rounds,
        custom_cards=state.custom_cards,
        used_cards=state.used_cards,
        ended=ev.ended,
        event_count=state.event_count + 1,
    )


_HANDLERS: Mapping[type[Any], Callable[[SessionState, Any], SessionState]] = {
    RoundDrawn: _apply_round_drawn,
    CardSkipped: _apply_card_skipped,
    CardReplaced: _apply_card_replaced,
    CardAdded: _apply_card_added,
    CustomCardAdded: _apply_custom_card_added,
    CardPlaced: _apply_card_placed,
    PlacementRemoved: _apply_placement_removed,
    RoundRevealed: _apply_round_revealed,
    OutcomeRecorded: _apply_outcome,
    DebateCounted: _apply_debate_counted,
    RoundClosed: _apply_round_closed,
    SessionEnded: _apply_session_ended,
}


# ---------------------------------------------------------------------------------------------
# Helpers that build events


def now_iso() -> str:
    """The current local time as ISO 8601 with its UTC offset, to the second."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def check_timestamp(value: object, what: str) -> None:
    """SessionError unless `value` is an ISO 8601 timestamp with a UTC offset."""
    if not isinstance(value, str) or len(value) > 40:
        raise SessionError(f"{what} moet een tijdstip zijn zoals 2026-11-23T20:15:00+01:00.")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise SessionError(
            f"{what} '{clip(value)}' is geen geldig tijdstip (bijv. 2026-11-23T20:15:00+01:00)."
        ) from None
    if moment.tzinfo is None:
        raise SessionError(f"{what} '{clip(value)}' mist de tijdzone (bijv. +01:00).")


def new_session(
    name: str,
    deck: Deck,
    variant: str = Variant.BOARD,
    teams: Sequence[Team] = (),
    zones: Sequence[str] | None = None,
    themes: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    cards_per_round: int = DEFAULT_CARDS_PER_ROUND,
    timer_seconds: int | None = None,
    audience: str = "team",
    seed: int | None = None,
    session_id: str | None = None,
    started: str | None = None,
    levels: Sequence[str] = (),
    sensitive: bool | None = None,
    mix_expected: bool = True,
) -> SessionStarted:
    """A checked SessionStarted with a fresh id, the current time and a random recorded seed.

    Default zones: the Dutch labels for k = 3 (board) or k = 2 (quick, debate); default themes and
    kinds: all of the deck's; default levels: none chosen, so every card (DESIGN §2). Sensitive cards
    are in a team session and out of a class session unless `sensitive` says otherwise. A drawn round
    mixes the authors' estimates unless `mix_expected` is False.
    """
    if zones is None:
        zones = DEFAULT_ZONES[3 if variant == Variant.BOARD else 2]
    event = SessionStarted(
        session_id=session_id or uuid.uuid4().hex,
        name=name.strip() if isinstance(name, str) else name,
        started=started or now_iso(),
        deck_id=deck.id,
        deck_version=deck.version,
        variant=variant,
        zones=tuple(zones),
        teams=tuple(teams) if variant != Variant.DEBATE else (),
        themes=tuple(themes) if themes is not None else tuple(t.id for t in deck.themes),
        kinds=tuple(kinds) if kinds is not None else tuple(k.id for k in deck.kinds),
        cards_per_round=cards_per_round,
        timer_seconds=timer_seconds,
        seed=secrets.randbits(62) if seed is None else seed,
        audience=audience,
        levels=tuple(levels),
        sensitive=audience != "class" if sensitive is None else sensitive,
        mix_expected=mix_expected,
    )
    _check_setup(event)
    for theme in event.themes:
        if theme not in {t.id for t in deck.themes}:
            raise SessionError(f"Thema '{clip(theme)}' bestaat niet in kaartenset '{clip(deck.id)}'.")
    for kind in event.kinds:
        if kind not in {k.id for k in deck.kinds}:
            raise SessionError(f"Soort '{clip(kind)}' bestaat niet in kaartenset '{clip(deck.id)}'.")
    for level in event.levels:
        if level not in {lv.id for lv in deck.levels}:
            raise SessionError(f"Niveau '{clip(level)}' bestaat niet in kaartenset '{clip(deck.id)}'.")
    return event


def session_cards(setup: SessionStarted, deck: Deck) -> tuple[Card, ...]:
    """The deck cards a session plays with: its themes, kinds and levels, without sensitive cards if so set."""
    return deck.select(
        frozenset(setup.themes),
        frozenset(setup.kinds),
        levels=frozenset(setup.levels) if setup.levels else None,
        sensitive=setup.sensitive,
    )


def available_cards(state: SessionState, deck: Deck) -> tuple[Card, ...]:
    """Deck cards of the session's selection (`session_cards`) not used yet in this session, sorted by id."""
    pool = session_cards(state.setup, deck)
    return tuple(sorted((c for c in pool if c.id not in state.used_cards), key=lambda c: c.id))


MIX_MIN_CARDS = 3


def _mixed_sample(rng: random.Random, pool: Sequence[Card], count: int) -> list[Card]:
    """`count` cards at random that hold one card of every estimate the pool has (when count ≥ 3).

    First one card of each estimate present in the pool (in the order of EXPECTED), then the rest at
    random from what is left; the result is shuffled so the estimate never shows in the order.
    """
    groups = [g for g in ([c for c in pool if c.expected == e] for e in EXPECTED) if g]
    if count < MIX_MIN_CARDS or count >= len(pool) or not groups:
        # nothing to mix (also a deck without estimates): the plain draw of sessions before mixing
        return rng.sample(pool, min(count, len(pool)))
    picked = [rng.choice(group) for group in groups]
    chosen = {c.id for c in picked}
    rest = [c for c in pool if c.id not in chosen]
    picked.extend(rng.sample(rest, count - len(picked)))
    rng.shuffle(picked)
    return picked


def _check_deck(state: SessionState, deck: Deck) -> None:
    if deck.id != state.setup.deck_id:
        raise SessionError(f"Deze sessie speelt met kaartenset '{clip(state.setup.deck_id)}', niet '{clip(deck.id)}'.")


def _rng(state: SessionState, salt: int) -> random.Random:
    # A big odd multiplier keeps the streams of nearby seeds apart; all inputs are recorded, so replay repeats.
    return random.Random(state.setup.seed * 1_000_003 + len(state.rounds) * 7919 + salt)


def draw_round(state: SessionState, deck: Deck, n: int | None = None) -> RoundDrawn:
    """The next round drawn at random (deterministic from the seed) from the unused cards.

    Draws `n` cards (default: the session's cards per round), or fewer when fewer are left;
    SessionError when none are left. When the session mixes estimates (`mix_expected`) a round of
    three or more cards holds a card of each estimate (gewenst, grensgeval, ongewenst) that the
    unused cards still have. Eigen situaties are never drawn at random: they join a round
    when added (`CustomCardAdded(into_round=True)`, `CardAdded`) or hand-picked (`hand_pick`).
    """
    _check_deck(state, deck)
    if state.is_ended:
        raise SessionError("De sessie is beëindigd; er kan niets meer bij.")
    count = state.setup.cards_per_round if n is None else n
    if not 1 <= count <= MAX_ROUND_CARDS:
        raise SessionError(f"Het aantal kaarten per ronde moet tussen 1 en {MAX_ROUND_CARDS} liggen.")
    pool = available_cards(state, deck)
    if not pool:
        raise SessionError(
            "Alle kaarten van de gekozen thema's en soorten zijn in deze sessie al gebruikt. "
            "Kies kaarten met de hand, voeg een eigen situatie toe of beëindig de sessie."
        )
    if state.setup.mix_expected:
        picked = _mixed_sample(_rng(state, 0), pool, count)
    else:
        picked = _rng(state, 0).sample(pool, min(count, len(pool)))
    return RoundDrawn(number=len(state.rounds) + 1, cards=tuple(c.id for c in picked), how="draw")


def hand_pick(state: SessionState, deck: Deck, cards: Sequence[str]) -> RoundDrawn:
    """The next round with hand-picked cards (deck cards or eigen situaties); checked against the deck."""
    _check_deck(state, deck)
    for card in cards:
        if state.custom_card(card) is None and not deck.has_card(card):
            raise SessionError(f"Kaart '{clip(card)}' bestaat niet in kaartenset '{clip(deck.id)}'.")
    return RoundDrawn(number=len(state.rounds) + 1, cards=tuple(cards), how="hand")


def replace_card(state: SessionState, deck: Deck, card: str) -> CardReplaced:
    """Swap a card of the open round for a random unused one (deterministic from the seed)."""
    _check_deck(state, deck)
    rnd = state.current_round
    if rnd is None or card not in rnd.cards:
        raise SessionError(f"Kaart '{clip(card)}' hoort niet bij de open ronde.")
    pool = available_cards(state, deck)
    if not pool:
        raise SessionError("Er zijn geen ongebruikte kaarten meer om deze kaart mee te vervangen.")
    picked = _rng(state, 1 + len(state.used_cards)).choice(pool)
    return CardReplaced(card=card, replacement=picked.id)


def custom_card(state: SessionState, theme: str, kind: str, text: str) -> CustomCard:
    """A new eigen situatie with the next free id (checked when its event is applied)."""
    return CustomCard(id=state.next_custom_id(), theme=theme, kind=kind, text=" ".join(text.split()))


# ---------------------------------------------------------------------------------------------
# Events as JSON-ready dicts


def event_to_dict(event: Event) -> dict[str, Any]:
    """A JSON-ready dict of the event: {'type': name, field: value, …} (tuples become lists)."""
    name = _TYPE_NAMES.get(type(event))
    if name is None:
        raise SessionError(f"Onbekende gebeurtenis: {type(event).__name__}.")
    out: dict[str, Any] = {"type": name}
    for field_name in event.__slots__:
        out[field_name] = _plain(getattr(event, field_name))
    return out


def _plain(value: object) -> Any:
    if isinstance(value, Team | CustomCard):
        return {name: getattr(value, name) for name in value.__slots__}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def event_from_dict(data: object) -> Event:
    """The event described by `data` (as made by `event_to_dict`); SessionError if anything is off."""
    if not isinstance(data, dict):
        raise SessionError("Een gebeurtenis moet een object zijn.")
    name = data.get("type")
    cls = EVENT_TYPES.get(name) if isinstance(name, str) else None
    if cls is None:
        raise SessionError(f"Onbekend soort gebeurtenis: {name!r}.")
    fields: tuple[str, ...] = cls.__slots__
    extra = set(data) - set(fields) - {"type"}
    if extra:
        raise SessionError(f"Onbekende velden in gebeurtenis '{clip(name)}': {clip(', '.join(sorted(extra)))}.")
    values: dict[str, Any] = {}
    for field_name in fields:
        if field_name in data:
            values[field_name] = _field_value(str(name), field_name, data[field_name])
    try:
        event: Event = cls(**values)
    except TypeError:
        missing = [f for f in fields if f not in data]
        raise SessionError(f"Gebeurtenis '{clip(name)}' mist velden: {clip(', '.join(missing))}.") from None
    _check_types(event)
    return event


def _field_value(event_name: str, field_name: str, value: object) -> Any:
    if field_name == "teams":
        if not isinstance(value, list):
            raise SessionError("De teams moeten een lijst zijn.")
        return tuple(_record(Team, item, "team") for item in value)
    if field_name == "card" and event_name == "custom_card_added":
        return _record(CustomCard, value, "eigen situatie")
    if isinstance(value, list):
        return tuple(value)
    return value


def _record(cls: type[Any], value: object, what: str) -> Any:
    slots: tuple[str, ...] = cls.__slots__
    if not isinstance(value, dict) or set(value) != set(slots):
        raise SessionError(f"Een {what} moet precies de velden {', '.join(slots)} hebben.")
    for key in slots:
        if not isinstance(value[key], str):
            raise SessionError(f"Veld '{clip(key)}' van een {what} moet tekst zijn.")
    return cls(**value)


_STR_FIELDS = frozenset(
    {
        "session_id",
        "name",
        "started",
        "deck_id",
        "deck_version",
        "variant",
        "audience",
        "how",
        "card",
        "replacement",
        "team",
        "agreement",
        "phase",
        "ended",
    }
)
_INT_FIELDS = frozenset({"number", "zone", "order", "cards_per_round", "seed", "gewenst", "ongewenst"})
_STR_TUPLE_FIELDS = frozenset({"zones", "themes", "kinds", "cards", "levels"})


def _check_types(event: Event) -> None:
    """Field types as declared, so a hand-edited log gives SessionError rather than a crash later."""
    for field_name in event.__slots__:
        value = getattr(event, field_name)
        if isinstance(event, CustomCardAdded) and field_name == "card":
            continue
        ok = True
        if field_name in _STR_FIELDS:
            ok = _is_text(value)
        elif field_name in _INT_FIELDS:
            ok = _is_int(value)
        elif field_name in _STR_TUPLE_FIELDS:
            ok = isinstance(value, tuple) and all(_is_text(v) for v in value)
        elif field_name in ("timer_seconds", "group_zone"):
            ok = value is None or _is_int(value)
        elif field_name == "section":
            ok = value is None or _is_text(value)
        elif field_name in ("into_round", "sensitive", "mix_expected"):
            ok = isinstance(value, bool)
        if not ok:
            raise SessionError(
                f"Veld '{clip(field_name)}' van gebeurtenis '{clip(_TYPE_NAMES[type(event)])}' heeft een verkeerd type "
                "of een ongeldig teken."
            )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_text(value: object) -> bool:
    """A str that can be stored: a lone surrogate (e.g. from a JSON escape) cannot be written as UTF-8."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text(value: object, what: str, limit: int) -> None:
    if not isinstance(value, str) or not value.strip():
        raise SessionError(f"{what} mag niet leeg zijn.")
    if not _is_text(value):
        raise SessionError(f"{what} bevat een ongeldig teken.")
    if any(unicodedata.category(ch) == "Cc" for ch in value):  # names are one line; no terminal escapes
        raise SessionError(f"{what} bevat een besturingsteken (zoals een tab, regeleinde of escape).")
    if len(value) > limit:
        raise SessionError(f"{what} is te lang (hoogstens {limit} tekens).")

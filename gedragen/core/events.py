"""The events of a session: every move of the game as a frozen event, the checks on their fields, their JSON form.

A session is an append-only list of these events (`gedragen.core.session` folds them into a state; the
placement semantics of `CardPlaced` are described there). `check_setup` and `check_types` are the checks
that need no state: a setup that breaks a cap or a field of the wrong type raises `SessionError` with a
Dutch message. `event_to_dict` and `event_from_dict` give an event as a JSON-ready dict and back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeAlias

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

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
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
# Checks without a state: timestamps and the setup


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


def check_setup(ev: SessionStarted) -> None:
    """SessionError unless the setup is valid on its own: ids, names, zones, teams, themes, kinds and caps."""
    check_text(ev.session_id, "De sessie-id", MAX_ID)
    if not ID_RE.match(ev.session_id):
        raise SessionError(
            f"De sessie-id '{clip(ev.session_id)}' mag alleen letters, cijfers, '-', '_' en '.' bevatten."
        )
    check_text(ev.name, "De naam van de sessie", MAX_NAME)
    check_timestamp(ev.started, "De begintijd")
    check_text(ev.deck_id, "De kaartenset", MAX_ID)
    if not _DECK_ID_RE.match(ev.deck_id):
        raise SessionError(f"De kaartenset-id '{clip(ev.deck_id)}' is ongeldig (alleen a-z, 0-9 en '-').")
    if not isinstance(ev.deck_version, str) or len(ev.deck_version) > MAX_LABEL:
        raise SessionError("De versie van de kaartenset is ongeldig.")
    if ev.variant not in VARIANTS:
        raise SessionError(f"Onbekende werkvorm '{clip(ev.variant)}' (kies board, quick of debate).")
    if not isinstance(ev.zones, tuple) or len(ev.zones) not in ZONE_COUNTS:
        raise SessionError("Een sessie heeft 2, 3 of 5 zones.")
    for label in ev.zones:
        check_text(label, "Een zonenaam", MAX_LABEL)
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
        check_text(team.id, "Een team-id", MAX_ID)
        check_text(team.name, "Een teamnaam", MAX_NAME)
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
            check_text(value, f"Een {label}", MAX_ID)
        if len(set(values)) != len(values):
            raise SessionError(f"Een {label} is twee keer gekozen.")
    if not is_int(ev.cards_per_round) or not 1 <= ev.cards_per_round <= MAX_ROUND_CARDS:
        raise SessionError(f"Het aantal kaarten per ronde moet tussen 1 en {MAX_ROUND_CARDS} liggen.")
    if ev.timer_seconds is not None and (
        not is_int(ev.timer_seconds) or not 1 <= ev.timer_seconds <= MAX_TIMER_SECONDS
    ):
        raise SessionError("De rondetimer moet tussen 1 seconde en 4 uur liggen.")
    if not is_int(ev.seed) or not 0 <= ev.seed < 2**63:
        raise SessionError("Het startgetal voor het trekken van kaarten is ongeldig.")
    if ev.audience not in AUDIENCES and ev.audience != UNKNOWN_AUDIENCE:
        raise SessionError(f"Onbekende doelgroep '{clip(ev.audience)}' (kies team of class).")
    if not isinstance(ev.levels, tuple):
        raise SessionError("De niveaus zijn ongeldig.")
    for value in ev.levels:
        check_text(value, "Een niveau", MAX_ID)
    if len(set(ev.levels)) != len(ev.levels):
        raise SessionError("Een niveau is twee keer gekozen.")
    if not isinstance(ev.sensitive, bool) or not isinstance(ev.mix_expected, bool):
        raise SessionError("De keuze voor gevoelige kaarten of het mengen van de inschattingen is ongeldig.")



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
    check_types(event)
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


def check_types(event: Event) -> None:
    """Field types as declared, so a hand-edited log gives SessionError rather than a crash later."""
    for field_name in event.__slots__:
        value = getattr(event, field_name)
        if isinstance(event, CustomCardAdded) and field_name == "card":
            continue
        ok = True
        if field_name in _STR_FIELDS:
            ok = is_text(value)
        elif field_name in _INT_FIELDS:
            ok = is_int(value)
        elif field_name in _STR_TUPLE_FIELDS:
            ok = isinstance(value, tuple) and all(is_text(v) for v in value)
        elif field_name in ("timer_seconds", "group_zone"):
            ok = value is None or is_int(value)
        elif field_name == "section":
            ok = value is None or is_text(value)
        elif field_name in ("into_round", "sensitive", "mix_expected"):
            ok = isinstance(value, bool)
        if not ok:
            raise SessionError(
                f"Veld '{clip(field_name)}' van gebeurtenis '{clip(_TYPE_NAMES[type(event)])}' heeft een verkeerd type "
                "of een ongeldig teken."
            )


def is_int(value: object) -> bool:
    """An int that is not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_text(value: object) -> bool:
    """A str that can be stored: a lone surrogate (e.g. from a JSON escape) cannot be written as UTF-8."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_text(value: object, what: str, limit: int) -> None:
    """SessionError unless `value` is one line of storable, non-empty text of at most `limit` characters."""
    if not isinstance(value, str) or not value.strip():
        raise SessionError(f"{what} mag niet leeg zijn.")
    if not is_text(value):
        raise SessionError(f"{what} bevat een ongeldig teken.")
    if any(unicodedata.category(ch) == "Cc" for ch in value):  # names are one line; no terminal escapes
        raise SessionError(f"{what} bevat een besturingsteken (zoals een tab, regeleinde of escape).")
    if len(value) > limit:
        raise SessionError(f"{what} is te lang (hoogstens {limit} tekens).")

"""The session rules: a session is an append-only list of events; its state is a fold over them.

Every move of the game is a frozen event (`gedragen.core.events`). `apply(state, event)` returns the
next state or raises `SessionError` with a Dutch message; `replay(events)` folds a whole log;
`undo(events)` drops the last event. The helpers that build events (`new_session`, `draw_round`,
`hand_pick`, `replace_card`, `custom_card`) are in `gedragen.core.dealing`.

Placement semantics (`CardPlaced(team, card, zone, order)`): the card is first taken out of wherever
that team had it (if anywhere), then inserted into `zone` at index `order` of that zone's list as it
is after the removal; cards at and after that index shift one place down. `order` must lie in
0..len(zone list after removal), so appending to a zone is `order == len(...)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gedragen.core.errors import SessionError
from gedragen.core.events import (
    CUSTOM_PREFIX,
    DEBATE_PHASES,
    ID_RE,
    MAX_AGREEMENT,
    MAX_CUSTOM_CARDS,
    MAX_HEADS,
    MAX_ID,
    MAX_ROUND_CARDS,
    MAX_ROUNDS,
    MAX_TEXT,
    SECTIONS,
    CardAdded,
    CardPlaced,
    CardReplaced,
    CardSkipped,
    CustomCard,
    CustomCardAdded,
    DebateCounted,
    Event,
    OutcomeRecorded,
    PlacementRemoved,
    RoundClosed,
    RoundDrawn,
    RoundRevealed,
    SessionEnded,
    SessionStarted,
    Team,
    Variant,
    check_setup,
    check_text,
    check_timestamp,
    check_types,
    is_int,
)
from gedragen.core.messages import clip

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
        check_types(event)
        check_setup(event)
        return SessionState(setup=event)
    if isinstance(event, SessionStarted):
        raise SessionError("Deze sessie is al gestart; een tweede start kan niet.")
    if state.ended is not None:
        raise SessionError("De sessie is beëindigd; er kan niets meer bij.")
    handler = _HANDLERS.get(type(event))
    if handler is None:
        raise SessionError(f"Onbekende gebeurtenis: {type(event).__name__}.")
    check_types(event)
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
    check_text(card, "Een kaart-id", MAX_ID)
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
    check_text(card.id, "De id van de eigen situatie", MAX_ID)
    # the app names them eigen-1, eigen-2, …; an imported file may use any id that is not a deck card's
    if not ID_RE.match(card.id):
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
    check_text(card.text, "De tekst van de eigen situatie", MAX_TEXT)
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
    if not is_int(ev.zone) or not 0 <= ev.zone < len(state.setup.zones):
        raise SessionError(f"Zone {ev.zone} bestaat niet; kies 0 tot {len(state.setup.zones) - 1}.")
    board = rnd.boards[index]
    zones = [tuple(c for c in zone if c != ev.card) for zone in board.zones]
    target = zones[ev.zone]
    if not is_int(ev.order) or not 0 <= ev.order <= len(target):
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
        not is_int(ev.group_zone) or not 0 <= ev.group_zone < len(state.setup.zones)
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
        if not is_int(value) or not 0 <= value <= MAX_HEADS:
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

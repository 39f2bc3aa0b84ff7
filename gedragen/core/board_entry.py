"""A team's whole board at once: a typed board line, or (later) a board sent from a device.

Both become the same placement events as a drag or a digit key, and only the difference with what the
team's board already holds, so the event log stays the single truth and every event is checked by the
rules in `gedragen.core.session`.

A board line has one digit per card of the round, in the round's card order: `313212` puts card 1 in
zone 3, card 2 in zone 1, and so on. Within a zone the cards keep the order of the line.
"""

from __future__ import annotations

from collections.abc import Sequence

from gedragen.core.errors import SessionError
from gedragen.core.events import CardPlaced, PlacementRemoved
from gedragen.core.session import SessionState

Board = tuple[tuple[str, ...], ...]


def parse_board_line(line: str, cards: Sequence[str], zones: int) -> Board:
    """The board a line describes; SessionError (Dutch, one line) when it does not fit the round."""
    digits = "".join(line.split())
    if not digits:
        raise SessionError(f"Typ één cijfer per kaart, {len(cards)} in totaal.")
    wrong = next((ch for ch in digits if ch not in "0123456789"), None)
    if wrong is not None:
        raise SessionError(f"Alleen cijfers van 1 tot {zones}: '{wrong}' hoort niet in een bordregel.")
    if len(digits) != len(cards):
        raise SessionError(
            f"{len(digits)} cijfers voor {len(cards)} kaarten: typ er precies {len(cards)}, "
            "één per kaart, in de volgorde van de kaarten."
        )
    board: list[list[str]] = [[] for _ in range(zones)]
    for number, (card, digit) in enumerate(zip(cards, digits, strict=True), start=1):
        zone = int(digit)
        if not 1 <= zone <= zones:
            raise SessionError(f"Kaart {number}: vak {zone} bestaat niet; kies 1 tot {zones}.")
        board[zone - 1].append(card)
    return tuple(tuple(z) for z in board)


def board_events(state: SessionState, team: str, target: Board) -> list[CardPlaced | PlacementRemoved]:
    """The fewest placement events that turn `team`'s board in the open round into `target`.

    SessionError when `target` names a card twice, a card outside the round, or the wrong number of zones.
    """
    rnd = state.current_round
    if rnd is None:
        raise SessionError("Er is geen open ronde om kaarten in te leggen.")
    if len(target) != len(state.setup.zones):
        raise SessionError(f"Een bord heeft {len(state.setup.zones)} vakken, niet {len(target)}.")
    wanted = [card for zone in target for card in zone]
    if len(set(wanted)) != len(wanted):
        raise SessionError("Een kaart kan maar op één plek liggen.")
    strange = next((card for card in wanted if card not in rnd.cards), None)
    if strange is not None:
        raise SessionError(f"Kaart '{strange}' hoort niet bij de open ronde.")
    zones = [list(z) for z in rnd.board(team).zones]
    events: list[CardPlaced | PlacementRemoved] = []
    for zone in zones:
        for card in [c for c in zone if c not in wanted]:
            zone.remove(card)
            events.append(PlacementRemoved(team, card))
    # zone by zone, place by place: earlier places are final, so each move only shifts what comes later
    for z, cards in enumerate(target):
        for order, card in enumerate(cards):
            if order < len(zones[z]) and zones[z][order] == card:
                continue
            for zone in zones:
                if card in zone:
                    zone.remove(card)
            zones[z].insert(order, card)
            events.append(CardPlaced(team, card, z, order))
    return events

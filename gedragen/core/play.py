"""What the screens ask of a session: where a placement lands, which card an id names, which eigen situaties
wait for a round, whether a new one joins the open round, and how two sessions compare card by card.

Rules of the game live here, not in widgets: the views turn a key press or a drop into one of these
answers and one event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gedragen.core.deck import Card, Deck
from gedragen.core.events import Variant
from gedragen.core.session import SessionState


def placement_order(zone_cards: Sequence[str], card: str, row: int | None = None) -> int:
    """The `order` of the `CardPlaced` that puts `card` at `row` of a zone as shown (None: at the end).

    The card is first taken out of its place, so in its own zone the rows below it move up one."""
    if row is None:
        return len(zone_cards) - (1 if card in zone_cards else 0)
    if card in zone_cards and zone_cards.index(card) < row:
        row -= 1
    return max(0, row)


def session_card(state: SessionState | None, deck: Deck | None, card_id: str) -> Card | None:
    """The card with this id: the deck's, else the session's eigen situatie as a card; None when neither has it."""
    if deck is not None and deck.has_card(card_id):
        return deck.card(card_id)
    custom = state.custom_card(card_id) if state is not None else None
    return Card(custom.id, custom.theme, custom.kind, custom.text) if custom is not None else None


def unused_custom_cards(state: SessionState) -> tuple[Card, ...]:
    """The session's eigen situaties that no round holds yet (added while comparing), oldest first."""
    return tuple(
        Card(c.id, c.theme, c.kind, c.text) for c in state.custom_cards if c.id not in state.used_cards
    )


def joins_open_round(state: SessionState) -> bool:
    """Whether an eigen situatie added now goes into the open round (while the teams still place, or in a
    debate); otherwise it waits for the next round."""
    rnd = state.current_round
    return rnd is not None and (state.variant == Variant.DEBATE or not rnd.revealed)


@dataclass(frozen=True)
class CardComparison:
    """One card in two sessions: the median zone (of the teams) and the group's zone in each, or None."""

    card: str
    text: str
    first: tuple[int | None, int | None]
    second: tuple[int | None, int | None]


def _positions(state: SessionState) -> dict[str, tuple[int | None, int | None]]:
    from gedragen.core.analysis import analyse_session

    result: dict[str, tuple[int | None, int | None]] = {}
    analysis = analyse_session(state)
    for rnd, numbers in zip(state.rounds, analysis.rounds, strict=True):
        medians = {c.card: c.median_zone for c in numbers.cards}
        for card in rnd.cards:
            outcome = rnd.outcome(card)
            result[card] = (medians.get(card), outcome.group_zone if outcome else None)
    return result


def compare_sessions(
    first: SessionState, second: SessionState, text_of: Callable[[str], str]
) -> list[CardComparison]:
    """Cards played in both sessions (first session's order), with their positions in each."""
    a, b = _positions(first), _positions(second)
    return [CardComparison(card, text_of(card), a[card], b[card]) for card in a if card in b]

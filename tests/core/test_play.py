"""The rules the screens ask of a session: placement order, card lookup, waiting eigen situaties, compare."""

from __future__ import annotations

from gedragen.core.dealing import custom_card
from gedragen.core.deck import Card
from gedragen.core.events import (
    CardPlaced,
    CustomCardAdded,
    OutcomeRecorded,
    RoundClosed,
    RoundDrawn,
    RoundRevealed,
)
from gedragen.core.play import (
    compare_sessions,
    joins_open_round,
    placement_order,
    session_card,
    unused_custom_cards,
)
from gedragen.core.session import apply
from tests.core.test_session import DECK, board_round, start


def test_placement_order_is_the_place_after_the_card_left_its_own() -> None:
    zone = ["a", "b", "c"]
    assert placement_order(zone, "x") == 3  # a new card goes to the end
    assert placement_order(zone, "a") == 2  # at the end of its own zone: it leaves its place first
    assert placement_order(zone, "x", 1) == 1
    assert placement_order(zone, "a", 3) == 2  # dropped below itself: its own row does not count
    assert placement_order(zone, "c", 0) == 0  # dropped above itself: nothing shifts
    assert placement_order(zone, "x", -1) == 0


def test_every_placement_order_is_one_the_session_accepts() -> None:
    state = apply(board_round(), CardPlaced("t1", "k-000", 0, 0))
    state = apply(state, CardPlaced("t1", "k-001", 0, 1))
    for card in ("k-000", "k-001", "k-002"):
        for row in (None, 0, 1, 2):
            zone = list(state.current_round.board("t1").zones[0])  # type: ignore[union-attr]
            order = placement_order(zone, card, row)
            placed = apply(state, CardPlaced("t1", card, 0, order))
            assert card in placed.current_round.board("t1").zones[0]  # type: ignore[union-attr]


def test_session_card_finds_deck_cards_then_eigen_situaties() -> None:
    state = board_round()
    card = custom_card(state, "pesten", "school", "Een leerling filmt een ruzie.")
    state = apply(state, CustomCardAdded(card))
    assert session_card(state, DECK, "k-001") == DECK.card("k-001")
    assert session_card(state, DECK, "eigen-1") == Card("eigen-1", "pesten", "school", "Een leerling filmt een ruzie.")
    assert session_card(state, None, "k-001") is None  # no deck: only the session's own cards
    assert session_card(state, DECK, "bestaat-niet") is None
    assert session_card(None, DECK, "eigen-1") is None


def test_an_eigen_situatie_waits_when_the_round_is_revealed() -> None:
    state = board_round()
    assert joins_open_round(state)
    revealed = apply(state, RoundRevealed())
    assert not joins_open_round(revealed)
    assert not joins_open_round(apply(revealed, RoundClosed()))  # no open round
    assert not joins_open_round(start())
    debate = apply(start("debate"), RoundDrawn(1, ("k-000",), "hand"))
    assert joins_open_round(debate)
    later = custom_card(revealed, "online", "team", "Later bespreken.")
    waiting = apply(revealed, CustomCardAdded(later))
    assert [c.id for c in unused_custom_cards(waiting)] == ["eigen-1"]
    drawn = apply(apply(waiting, RoundClosed()), RoundDrawn(2, ("eigen-1",), "hand"))
    assert unused_custom_cards(drawn) == ()


def test_compare_sessions_pairs_cards_played_in_both() -> None:
    def session(zone: int, group: int) -> object:
        state = apply(board_round(), CardPlaced("t1", "k-000", zone, 0))
        state = apply(state, RoundRevealed())
        return apply(state, OutcomeRecorded("k-000", group, "Afspraak"))

    rows = compare_sessions(session(0, 1), session(2, 2), lambda c: c.upper())  # type: ignore[arg-type]
    assert [r.card for r in rows] == ["k-000", "k-001", "k-002", "k-003"]
    assert rows[0].text == "K-000" and rows[0].first == (0, 1) and rows[0].second == (2, 2)
    assert rows[1].first == (None, None)


def test_the_variant_is_an_enum_that_stores_as_before() -> None:
    import json

    from gedragen.core.events import VARIANTS, Variant, event_from_dict, event_to_dict

    assert [str(v) for v in VARIANTS] == ["board", "quick", "debate"]
    state = start("debate")
    assert state.variant is Variant.DEBATE and state.variant == "debate"
    stored = json.loads(json.dumps(event_to_dict(start("quick").setup)))
    assert stored["variant"] == "quick"
    assert Variant(event_from_dict(stored).variant) is Variant.QUICK  # type: ignore[union-attr]

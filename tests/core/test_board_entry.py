"""A whole board at once (a typed board line): parsed with clear messages, turned into the fewest placement
events, and those events leave exactly the board asked for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gedragen.core.board_entry import board_events, parse_board_line
from gedragen.core.dealing import draw_round, new_session
from gedragen.core.errors import SessionError
from gedragen.core.events import CardPlaced, PlacementRemoved
from gedragen.core.session import apply
from tests.core.test_session_properties import DECK, TEAMS, ZONES

CARDS = ("c1", "c2", "c3", "c4", "c5", "c6")


def test_a_line_puts_each_card_in_its_zone_in_line_order() -> None:
    assert parse_board_line("313212", CARDS, 3) == (("c2", "c5"), ("c4", "c6"), ("c1", "c3"))
    assert parse_board_line(" 31 32 12 ", CARDS, 3) == parse_board_line("313212", CARDS, 3)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("31321", "5 cijfers voor 6 kaarten"),
        ("3132121", "7 cijfers voor 6 kaarten"),
        ("313242", "Kaart 5: vak 4 bestaat niet; kies 1 tot 3"),
        ("313202", "Kaart 5: vak 0 bestaat niet"),
        ("31x212", "'x' hoort niet in een bordregel"),
        ("", "Typ één cijfer per kaart, 6 in totaal"),
    ],
)
def test_a_wrong_line_says_what_is_wrong(line: str, message: str) -> None:
    with pytest.raises(SessionError, match=message):
        parse_board_line(line, CARDS, 3)


def _session(k: int, seed: int):  # type: ignore[no-untyped-def]
    start = new_session("S", DECK, "board", teams=TEAMS, zones=ZONES[k], seed=seed, session_id="s",
                        started="2026-11-23T20:15:00+01:00")
    state = apply(None, start)
    return apply(state, draw_round(state, DECK, 6))


@settings(max_examples=150, deadline=None)
@given(k=st.sampled_from([2, 3, 5]), seed=st.integers(0, 2**32), data=st.data())
def test_events_turn_any_board_into_any_other(k: int, seed: int, data: st.DataObject) -> None:
    state = _session(k, seed)
    cards = list(state.current_round.cards)

    def a_board() -> tuple[tuple[str, ...], ...]:
        chosen = data.draw(st.permutations(cards))
        placed = chosen[: data.draw(st.integers(0, len(cards)))]
        zones = [data.draw(st.integers(0, k - 1)) for _ in placed]
        return tuple(tuple(c for c, z in zip(placed, zones, strict=True) if z == zone) for zone in range(k))

    for target in (a_board(), a_board()):
        events = board_events(state, "a", target)
        for event in events:
            state = apply(state, event)  # every event passes the same rules as a drag
        assert state.current_round.board("a").zones == target
        assert board_events(state, "a", target) == []  # nothing left to change
        assert len([e for e in events if isinstance(e, CardPlaced)]) <= len(cards)
        assert all(isinstance(e, (CardPlaced, PlacementRemoved)) and e.team == "a" for e in events)
    assert state.current_round.board("b").zones == tuple(() for _ in range(k))  # other teams untouched


def test_a_board_with_a_stranger_or_a_double_card_is_refused() -> None:
    state = _session(3, 1)
    cards = state.current_round.cards
    with pytest.raises(SessionError, match="hoort niet bij de open ronde"):
        board_events(state, "a", ((cards[0], "po-99"), (), ()))
    with pytest.raises(SessionError, match="maar op één plek"):
        board_events(state, "a", ((cards[0],), (cards[0],), ()))
    with pytest.raises(SessionError, match="3 vakken"):
        board_events(state, "a", ((cards[0],), ()))

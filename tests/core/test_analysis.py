"""The numbers of DESIGN §2, each checked against a value worked out by hand."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gedragen.core.analysis import (
    analyse_card,
    analyse_round,
    analyse_session,
    consensus_order,
    debate_shift,
    disagreement,
    disagreement_order,
    kendall_tau_b,
    median_zone,
    spread,
    team_ranking,
)
from gedragen.core.errors import SessionError
from gedragen.core.events import CardPlaced, DebateCounted, RoundDrawn, SessionStarted, Team
from gedragen.core.session import TeamBoard, apply, replay

F = Fraction


def ranks(**values: float) -> dict[str, Fraction]:
    return {card: Fraction(value) for card, value in values.items()}


@pytest.mark.parametrize(
    ("zones", "k", "expected"),
    [
        ([0, 2], 3, 1.0),
        ([0, 1], 3, 0.5),
        ([1, 1, 1], 3, 0.0),
        ([0, 1], 5, 0.25),
        ([1, 3, 2], 5, 0.5),
        ([0, 1], 2, 1.0),
        ([1], 3, 0.0),
    ],
)
def test_disagreement_by_hand(zones: list[int], k: int, expected: float) -> None:
    assert disagreement(zones, k) == expected


def test_spread_is_population_std_of_p() -> None:
    # p = 0, 0.5, 1: mean 0.5, variance (0.25 + 0 + 0.25) / 3 = 1/6
    assert spread([0, 1, 2], 3) == pytest.approx(math.sqrt(1 / 6))
    # p = 0, 1: variance 0.25
    assert spread([0, 2], 3) == 0.5
    # p = 0, 0, 1: mean 1/3, variance (1/9 + 1/9 + 4/9) / 3 = 2/9
    assert spread([0, 0, 2], 3) == pytest.approx(math.sqrt(2 / 9))
    assert spread([4, 4], 5) == 0.0


def test_zone_out_of_range_or_empty_is_a_session_error() -> None:
    with pytest.raises(SessionError):
        disagreement([0, 3], 3)
    with pytest.raises(SessionError):
        disagreement([], 3)
    with pytest.raises(SessionError):
        median_zone([])


@pytest.mark.parametrize(
    ("zones", "expected"), [([0, 1, 2, 2], 1), ([2, 0], 0), ([2], 2), ([4, 0, 3], 3), ([1, 1, 0, 0], 0)]
)
def test_median_zone_is_the_lower_median(zones: list[int], expected: int) -> None:
    assert median_zone(zones) == expected


def test_disagreement_order_breaks_ties_by_std_then_card_id() -> None:
    k = 3
    cards = [
        analyse_card("a-mid", [("t1", 0), ("t2", 1), ("t3", 2)], k),  # D 1, var 1/6
        analyse_card("z-ends", [("t1", 0), ("t2", 2)], k),  # D 1, var 1/4
        analyse_card("c-low", [("t1", 0), ("t2", 0), ("t3", 2)], k),  # D 1, var 2/9
        analyse_card("b-low", [("t1", 0), ("t2", 2), ("t3", 2)], k),  # D 1, var 2/9: ties c-low
        analyse_card("a-half", [("t1", 1), ("t2", 2)], k),  # D 0.5
        analyse_card("0-same", [("t1", 1), ("t2", 1)], k),  # D 0
    ]
    order = [c.card for c in disagreement_order(cards, k)]
    assert order == ["z-ends", "b-low", "c-low", "a-mid", "a-half", "0-same"]


def test_team_ranking_board_and_quick() -> None:
    board = TeamBoard("t1", (("a", "b"), (), ("c",)))
    assert team_ranking(board) == ranks(a=1, b=2, c=3)
    # quick: no order within a zone, so tied cards share the mean rank they cover
    quick = TeamBoard("t1", (("a", "b", "c"), ("d",)))
    assert team_ranking(quick, ordered=False) == ranks(a=2, b=2, c=2, d=4)
    quick2 = TeamBoard("t2", (("a",), ("b", "c")))
    assert team_ranking(quick2, ordered=False) == {"a": F(1), "b": F(5, 2), "c": F(5, 2)}


def test_tau_b_without_ties() -> None:
    one = ranks(w=1, x=2, y=3, z=4)
    two = ranks(w=1, x=3, y=2, z=4)
    # 6 pairs, only (x, y) discordant: (5 - 1) / 6
    assert kendall_tau_b(one, two) == pytest.approx(4 / 6)
    assert kendall_tau_b(one, one) == 1.0
    assert kendall_tau_b(one, ranks(w=4, x=3, y=2, z=1)) == -1.0


def test_tau_b_with_ties_by_hand() -> None:
    one = {"x": F(3, 2), "y": F(3, 2), "z": F(3)}
    two = {"x": F(1), "y": F(5, 2), "z": F(5, 2)}
    # pairs: (x,y) tied in one; (x,z) concordant; (y,z) tied in two. n0 = 3
    # tau_b = (1 - 0) / sqrt((3 - 1) * (3 - 1)) = 0.5
    assert kendall_tau_b(one, two) == 0.5
    three = {"a": F(1), "b": F(2), "c": F(7, 2), "d": F(7, 2)}
    four = {"a": F(2), "b": F(1), "c": F(3), "d": F(4)}
    # pairs: ab disc; ac conc; ad conc; bc conc; bd conc; cd tied in three only.
    # n0 = 6, ties 1 and 0: (4 - 1) / sqrt(5 * 6)
    assert kendall_tau_b(three, four) == pytest.approx(3 / math.sqrt(30))


def test_tau_b_undefined_cases_are_none() -> None:
    assert kendall_tau_b(ranks(a=1), ranks(a=1)) is None
    assert kendall_tau_b(ranks(a=1, b=2), ranks(c=1, d=2)) is None
    all_tied = ranks(a=2, b=2, c=2)
    assert kendall_tau_b(all_tied, ranks(a=1, b=2, c=3)) is None
    assert kendall_tau_b(all_tied, all_tied) is None


def test_tau_b_only_over_common_cards() -> None:
    one = ranks(a=1, b=2, c=3, x=4)
    two = ranks(y=1, c=2, b=3, a=4)
    assert kendall_tau_b(one, two) == -1.0


def test_consensus_order_mean_rank_then_id() -> None:
    one = ranks(k2=1, k1=2, k3=3)
    two = ranks(k1=1, k2=2, k3=3)
    assert consensus_order([one, two], ["k3", "k2", "k1"]) == ("k1", "k2", "k3")
    three = ranks(k3=1, k2=2, k1=3)
    # means: k1 (2+1+3)/3 = 2, k2 (1+2+2)/3 = 5/3, k3 (3+3+1)/3 = 7/3
    assert consensus_order([one, two, three], ["k1", "k2", "k3", "unplaced"]) == ("k2", "k1", "k3", "unplaced")


def test_debate_shift_in_percentage_points() -> None:
    # before 12 of 20 = 60 %, after 9 of 20 = 45 %
    assert debate_shift((12, 8), (9, 11)) == pytest.approx(-15.0)
    assert debate_shift((1, 2), (2, 1)) == pytest.approx(100 / 3)
    assert debate_shift((0, 0), (3, 1)) is None
    assert debate_shift((3, 1), (0, 0)) is None
    assert debate_shift(None, (3, 1)) is None


def _started(variant: str = "board", teams: int = 3) -> SessionStarted:
    return SessionStarted(
        session_id="s1",
        name="Team onderbouw",
        started="2026-11-23T20:15:00+01:00",
        deck_id="vo-mbo",
        deck_version="2026.1",
        variant=variant,
        zones=("Gewenst", "Hangt ervan af", "Ongewenst") if variant == "board" else ("Gewenst", "Ongewenst"),
        teams=tuple(Team(f"t{i}", f"Groep {i}", "#1F77B4") for i in range(1, teams + 1))
        if variant != "debate"
        else (),
        themes=("pesten",),
        kinds=("school",),
    )


def test_round_analysis_of_a_played_board_round() -> None:
    events = [_started(), RoundDrawn(1, ("c", "a", "b"), "hand")]
    # t1: a, b | c | -     t2: b | a | c     t3: - | - | a (b, c unplaced)
    for team, card, zone, order in [
        ("t1", "a", 0, 0),
        ("t1", "b", 0, 1),
        ("t1", "c", 1, 0),
        ("t2", "b", 0, 0),
        ("t2", "a", 1, 0),
        ("t2", "c", 2, 0),
        ("t3", "a", 2, 0),
    ]:
        events.append(CardPlaced(team, card, zone, order))
    state = replay(events)
    result = analyse_round(state, state.rounds[0])
    by_card = {c.card: c for c in result.cards}
    assert by_card["a"].zones == (("t1", 0), ("t2", 1), ("t3", 2))
    assert by_card["a"].disagreement == 1.0 and by_card["a"].median_zone == 1
    assert by_card["b"].disagreement == 0.0 and by_card["c"].disagreement == 0.5
    assert [c.card for c in result.cards] == ["a", "c", "b"]
    # ranks t1 a1 b2 c3; t2 b1 a2 c3; t3 a1 -> means a 4/3, b 3/2, c 3
    assert result.consensus == ("a", "b", "c")
    pairs = {a.teams: a for a in result.team_agreement}
    assert pairs[("t1", "t2")].tau_b == pytest.approx(1 / 3)
    assert pairs[("t1", "t2")].common_cards == 3
    assert pairs[("t1", "t3")].tau_b is None
    assert len(pairs) == 3


def test_debate_round_analysis_has_shifts_and_no_cards() -> None:
    state = replay(
        [
            _started("debate"),
            RoundDrawn(1, ("x", "y"), "hand"),
            DebateCounted("y", "before", 12, 8),
            DebateCounted("y", "after", 9, 11),
            DebateCounted("x", "before", 5, 5),
        ]
    )
    result = analyse_session(state).rounds[0]
    assert result.cards == () and result.consensus == () and result.team_agreement == ()
    assert [(d.card, d.shift) for d in result.debate] == [("x", None), ("y", pytest.approx(-15.0))]


placements = st.lists(
    st.tuples(st.sampled_from(["t1", "t2", "t3", "t4"]), st.integers(0, 4), st.integers(0, 6)),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 4), st.sampled_from([2, 3, 5]), placements)
def test_invariants_over_random_rounds(teams: int, k: int, moves: list[tuple[str, int, int]]) -> None:
    start = _started(teams=teams)
    labels = tuple(f"Zone {i}" for i in range(k))
    start = SessionStarted(**{**{f: getattr(start, f) for f in start.__slots__}, "zones": labels})
    cards = ("c1", "c2", "c3", "c4", "c5")
    state = apply(apply(None, start), RoundDrawn(1, cards, "hand"))
    for index, (team, zone, order) in enumerate(moves):
        board = state.rounds[0]
        if team not in {t.id for t in start.teams}:
            continue
        zone %= k
        card = cards[index % len(cards)]
        current = board.board(team).zones[zone]
        size = len([c for c in current if c != card])
        state = apply(state, CardPlaced(team, card, zone, min(order, size)))
    result = analyse_round(state, state.rounds[0])
    assert sorted(result.consensus) == sorted(cards)
    for card in result.cards:
        assert 0.0 <= card.disagreement <= 1.0
        assert 0 <= card.median_zone < k
    for pair in result.team_agreement:
        assert pair.tau_b is None or -1.0 <= pair.tau_b <= 1.0

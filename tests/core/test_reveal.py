"""The reveal's picture in unit coordinates: markers in their zones and order, the band, the overview, the bars."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gedragen.core.events import CardPlaced, OutcomeRecorded, RoundDrawn, RoundRevealed, SessionStarted, Team
from gedragen.core.reveal import (
    TEAM_LETTERS,
    TEAM_SHAPES,
    TeamMark,
    TeamSpot,
    build_strip,
    card_strip,
    debate_bars,
    round_overview,
    short_title,
    team_marks,
)
from gedragen.core.session import SessionState, apply

LABELS = {
    2: ("Gewenst", "Ongewenst"),
    3: ("Gewenst", "Hangt ervan af", "Ongewenst"),
    5: ("Gewenst", "Eerder gewenst", "Hangt ervan af", "Eerder ongewenst", "Ongewenst"),
}


def mark(i: int) -> TeamMark:
    return TeamMark(f"t{i}", f"Groep {i}", i, TEAM_LETTERS[i], TEAM_SHAPES[i], "#0072B2")


def session(variant: str = "board", k: int = 3, teams: int = 3) -> SessionState:
    start = SessionStarted(
        session_id="s1", name="Team onderbouw", started="2026-11-23T20:15:00+01:00", deck_id="vo-mbo",
        deck_version="2026.1", variant=variant, zones=LABELS[k],
        teams=tuple(Team(f"t{i}", f"Groep {i}", "#0072B2") for i in range(teams)),
        themes=("pesten",), kinds=("school",),
    )
    return apply(apply(None, start), RoundDrawn(1, ("c1", "c2", "c3", "c4"), "hand"))


def place(state: SessionState, *moves: tuple[str, str, int, int]) -> SessionState:
    for team, card, zone, order in moves:
        state = apply(state, CardPlaced(team, card, zone, order))
    return state


@pytest.mark.parametrize("k", [2, 3, 5])
@pytest.mark.parametrize("teams", [3, 8])
def test_every_marker_sits_in_the_zone_its_team_chose(k: int, teams: int) -> None:
    spots = [TeamSpot(mark(i), (i * 7) % k) for i in range(teams)]
    strip = build_strip("c1", LABELS[k], spots)
    assert len(strip.zones) == k and len(strip.markers) == teams
    for spot in spots:
        marker = strip.marker(spot.mark.team)
        assert marker is not None and marker.zone == spot.zone
        assert strip.zones[spot.zone].box.contains(marker.box)
        for other in strip.zones:
            if other.index != spot.zone:
                assert not (other.box.x < marker.box.center_x < other.box.right)


def test_markers_never_overlap_and_keep_square_with_the_aspect() -> None:
    spots = [TeamSpot(mark(i), 1) for i in range(8)]  # all eight in the same zone
    strip = build_strip("c1", LABELS[3], spots)
    boxes = [m.box for m in strip.markers]
    for i, a in enumerate(boxes):
        assert a.w == pytest.approx(a.h * strip.aspect)  # square once drawn at the strip's aspect
        for b in boxes[i + 1:]:
            overlap_x = min(a.right, b.right) - max(a.x, b.x)
            overlap_y = min(a.bottom, b.bottom) - max(a.y, b.y)
            assert overlap_x <= 1e-9 or overlap_y <= 1e-9
    assert strip.lanes >= 2


def test_order_within_the_zone_moves_the_marker_across_it() -> None:
    state = session()
    # team 0 puts c1 first of three in zone 0, team 1 last of three in zone 0, team 2 alone in zone 2
    state = place(state, ("t0", "c1", 0, 0), ("t0", "c2", 0, 1), ("t0", "c3", 0, 2),
                  ("t1", "c2", 0, 0), ("t1", "c3", 0, 1), ("t1", "c1", 0, 2), ("t2", "c1", 2, 0))
    strip = card_strip(state, state.rounds[0], "c1")
    first, last, alone = (strip.marker(t) for t in ("t0", "t1", "t2"))
    assert first is not None and last is not None and alone is not None
    assert (first.order, last.order) == (0, 2)
    zone0 = strip.zones[0].box
    assert first.box.center_x < zone0.center_x < last.box.center_x
    assert alone.box.center_x == pytest.approx(strip.zones[2].box.center_x)


def test_quick_sorting_has_no_order_so_markers_share_the_zone_in_team_order() -> None:
    state = session("quick", k=2)
    state = place(state, ("t0", "c2", 0, 0), ("t0", "c1", 0, 1), ("t1", "c1", 0, 0), ("t2", "c1", 1, 0))
    strip = card_strip(state, state.rounds[0], "c1")
    a, b = strip.marker("t0"), strip.marker("t1")
    assert a is not None and b is not None and a.order is None
    assert a.box.center_x < b.box.center_x  # team order, not the place in the zone (t0 put it second)


def test_band_spans_the_outermost_teams() -> None:
    spots = [TeamSpot(mark(0), 0), TeamSpot(mark(1), 2), TeamSpot(mark(2), 4)]
    strip = build_strip("c1", LABELS[5], spots)
    assert strip.band is not None
    xs = [m.box for m in strip.markers]
    assert strip.band.x <= min(b.x for b in xs) and strip.band.right >= max(b.right for b in xs)
    assert strip.band.x > strip.zones[0].box.x - 1e-9 and strip.band.right < strip.zones[4].box.right + 1e-9
    assert strip.band.w > 0.8  # opposite ends: the band crosses nearly the whole scale
    together = build_strip("c1", LABELS[5], [TeamSpot(mark(0), 2), TeamSpot(mark(1), 2)])
    assert together.band is not None and together.band.w < 0.2  # agreement: a short band inside one zone
    assert build_strip("c1", LABELS[3], [TeamSpot(mark(0), 1)]).band is None


def test_group_position_is_its_zone() -> None:
    state = session()
    state = place(state, ("t0", "c1", 0, 0), ("t1", "c1", 2, 0))
    state = apply(state, RoundRevealed())
    state = apply(state, OutcomeRecorded("c1", 1, "We spreken elkaar aan.", None))
    strip = card_strip(state, state.rounds[0], "c1")
    assert strip.group_zone == 1 and strip.group is not None
    assert strip.group == strip.zones[1].box
    spots = [TeamSpot(mark(0), 0), TeamSpot(mark(1), 2)]
    # a frame round the zone: the group position costs no height
    assert build_strip("c1", LABELS[3], spots, 1).aspect == build_strip("c1", LABELS[3], spots).aspect
    assert card_strip(state, state.rounds[0], "c2").group is None


def test_team_marks_are_letter_shape_and_colour() -> None:
    state = session(teams=8)
    marks = team_marks(state)
    assert [m.letter for m in marks] == list("ABCDEFGH")
    assert len({m.shape for m in marks}) == 8


def test_round_overview_in_disagreement_order_with_mini_strips() -> None:
    state = session()
    state = place(state, ("t0", "c1", 0, 0), ("t1", "c1", 0, 0), ("t2", "c1", 0, 0),
                  ("t0", "c2", 0, 1), ("t1", "c2", 2, 0), ("t2", "c2", 1, 0),
                  ("t0", "c3", 1, 0), ("t1", "c3", 1, 0), ("t2", "c3", 2, 0))
    texts = {"c1": "Kort.", "c2": "Een collega deelt een foto van een leerling in de groepsapp van het team zonder te vragen",
             "c3": "Iets"}
    overview = round_overview(state, state.rounds[0], texts, title_limit=40)
    assert [o.card for o in overview] == ["c2", "c3", "c1", "c4"]  # D 1, 0.5, 0, unplaced last
    assert [o.number for o in overview] == [2, 3, 1, 4]
    assert overview[0].disagreement == 1.0 and overview[3].disagreement is None
    assert overview[0].title.endswith("…") and len(overview[0].title) <= 40
    assert overview[3].strip.markers == ()
    for item in overview[:3]:
        for marker in item.strip.markers:
            assert item.strip.zones[marker.zone].box.contains(marker.box)


def test_short_title_cuts_at_a_word() -> None:
    assert short_title("Een  korte\nkaart") == "Een korte kaart"
    assert short_title("aaa bbb ccc ddd", 10) == "aaa bbb …"


@pytest.mark.parametrize(
    ("before", "after", "shift"),
    [((10, 10), (15, 5), 25.0), ((12, 14), (7, 19), (7 / 26 - 12 / 26) * 100), ((5, 0), (0, 5), -100.0)],
)
def test_debate_bars_shares_counts_and_shift(before: tuple[int, int], after: tuple[int, int],
                                             shift: float) -> None:
    bars = debate_bars(before, after)
    assert (bars.before.gewenst, bars.before.ongewenst, bars.before.total) == (*before, sum(before))
    assert bars.before.share == pytest.approx(before[0] / sum(before))
    assert bars.after.share == pytest.approx(after[0] / sum(after))
    assert bars.shift == pytest.approx(shift)
    assert bars.before.wanted is not None and bars.before.unwanted is not None
    assert bars.before.wanted.w + bars.before.unwanted.w == pytest.approx(1.0)
    assert bars.before.wanted.bottom <= bars.after.wanted.y  # type: ignore[union-attr]
    assert bars.arrow == (pytest.approx(bars.before.share), pytest.approx(bars.after.share), 0.5)


def test_debate_bars_without_a_count() -> None:
    bars = debate_bars((3, 4), None)
    assert bars.after.share is None and bars.after.wanted is None and bars.shift is None and bars.arrow is None
    assert debate_bars((0, 0), (1, 1)).before.share is None


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 5), st.lists(st.tuples(st.integers(0, 4), st.integers(0, 5), st.integers(1, 6)),
                                  min_size=1, max_size=8), st.booleans())
def test_any_strip_keeps_markers_in_their_zones(k: int, raw: list[tuple[int, int, int]], compact: bool) -> None:
    spots = [TeamSpot(mark(i), zone % k, min(order, count - 1), count) for i, (zone, order, count) in enumerate(raw)]
    strip = build_strip("c", LABELS.get(k, tuple(str(i) for i in range(k))), spots, compact=compact)
    whole = strip.zones[0].box.__class__(0.0, 0.0, 1.0, 1.0)
    for spot in spots:
        marker = strip.marker(spot.mark.team)
        assert marker is not None
        assert strip.zones[spot.zone].box.contains(marker.box) and whole.contains(marker.box)

"""The reveal as a picture: one description of the scale strip, the round overview and the debate bars.

Core computes where everything goes, in unit coordinates; the screen (Qt) and the report (ReportLab)
only scale these boxes to their own size and draw them, so both show the same picture.

A strip is a row of zones from gewenst (left) to ongewenst (right). Every team has a marker (its letter
and a shape from a fixed set, and its colour: never colour alone) in the zone it chose. Where the variant
has an order within a zone, the marker's place across the zone follows the team's order there (first in
the zone: near its left edge), so the strip reads as one scale from most wanted to most unwanted. Markers
that would overlap go to the next lane. The band spans the outermost markers; the group position, once
recorded, is its zone's whole area (drawn as a frame round that zone, so it costs no height).

Coordinates: x is a fraction of the strip's width, y a fraction of its height (0 at the top);
`aspect` = height / width, so a renderer that keeps it draws square markers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from gedragen.core.analysis import analyse_round, debate_shift
from gedragen.core.events import Variant
from gedragen.core.session import RoundState, SessionState

# The fixed team markers, by team position: letter and shape (the screen draws the same shapes as glyphs
# ● ▲ ■ ◆ ★ ✚ ⬟ ✖; the report draws them as vector shapes).
TEAM_LETTERS = "ABCDEFGH"
TEAM_SHAPES = ("circle", "triangle", "square", "diamond", "star", "plus", "pentagon", "cross")

MARKER_SIZE = 0.05  # a marker's side as a fraction of the strip width (large strip)
MINI_MARKER_SIZE = 0.06  # the overview's mini strips are narrower on screen, so relatively larger markers
_GAP = 0.25  # space between markers and around the lanes, as a fraction of the marker size


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in unit coordinates: x and w as fractions of the width, y and h of the height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """The right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """The bottom edge."""
        return self.y + self.h

    @property
    def center_x(self) -> float:
        """The horizontal centre."""
        return self.x + self.w / 2

    def contains(self, other: Box, tolerance: float = 1e-9) -> bool:
        """Whether `other` lies wholly inside this box."""
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )


@dataclass(frozen=True, slots=True)
class TeamMark:
    """How a team is told apart: letter, shape and colour (#RRGGBB), from its position in the session."""

    team: str
    name: str
    index: int
    letter: str
    shape: str
    color: str


def team_marks(state: SessionState) -> tuple[TeamMark, ...]:
    """The marker of every team of the session, in team order."""
    return tuple(
        TeamMark(
            team.id, team.name, i, TEAM_LETTERS[i % len(TEAM_LETTERS)], TEAM_SHAPES[i % len(TEAM_SHAPES)],
            team.color,
        )
        for i, team in enumerate(state.teams)
    )


@dataclass(frozen=True, slots=True)
class TeamSpot:
    """Where one team put one card: the zone, and (with order) its place among `count` cards in that zone."""

    mark: TeamMark
    zone: int
    order: int | None = None
    count: int = 1


@dataclass(frozen=True, slots=True)
class StripZone:
    """One zone of the strip: its number (0 = most wanted), label and area over the whole strip height."""

    index: int
    label: str
    box: Box


@dataclass(frozen=True, slots=True)
class StripMarker:
    """A team's marker on the strip: the team, the zone it chose, its place there, and its square box."""

    mark: TeamMark
    zone: int
    order: int | None
    lane: int
    box: Box


@dataclass(frozen=True, slots=True)
class Strip:
    """Everything a renderer needs to draw one card's scale strip (see the module docstring)."""

    card: str
    zones: tuple[StripZone, ...]
    markers: tuple[StripMarker, ...]
    band: Box | None
    group_zone: int | None
    group: Box | None
    lanes: int
    aspect: float
    marker_size: float

    def marker(self, team: str) -> StripMarker | None:
        """The marker of this team, or None when it did not place the card."""
        return next((m for m in self.markers if m.mark.team == team), None)


def _lane_for(x: float, lanes: list[list[float]], step: float) -> int:
    """The lowest lane in which a marker centred at x overlaps no other (a new lane when none is free)."""
    for index, centres in enumerate(lanes):
        if all(abs(x - other) >= step - 1e-9 for other in centres):
            centres.append(x)
            return index
    lanes.append([x])
    return len(lanes) - 1


def build_strip(
    card: str,
    labels: Sequence[str],
    spots: Sequence[TeamSpot],
    group_zone: int | None = None,
    marker_size: float = MARKER_SIZE,
    compact: bool = False,
) -> Strip:
    """Lay out one card's strip from the teams' spots.

    With an order (`TeamSpot.order`), a marker's centre lies at (order + ½) / count across its zone; without
    one, the zone's markers share it evenly in team order. `compact` packs each zone's markers side by side
    from the zone's centre in team order (the overview's mini strips: fewer lanes, order not shown).
    """
    k = max(1, len(labels))
    s = marker_size
    gap = s * _GAP
    zone_w = 1.0 / k
    inner = s / 2 + gap  # a marker's centre keeps this far from its zone's edges
    usable = max(0.0, zone_w - 2 * inner)
    step = s + gap
    centres: list[tuple[TeamSpot, float]] = []
    by_zone: dict[int, list[TeamSpot]] = {}
    for spot in spots:
        if 0 <= spot.zone < k:
            by_zone.setdefault(spot.zone, []).append(spot)
    for zone, members in sorted(by_zone.items()):
        members.sort(key=lambda sp: sp.mark.index)
        x0 = zone * zone_w
        if compact:
            per_row = max(1, int(usable // step) + 1)
            for i, spot in enumerate(members):
                row_count = min(per_row, len(members) - (i // per_row) * per_row)
                col = i % per_row
                centre = x0 + zone_w / 2 + (col - (row_count - 1) / 2) * step
                centres.append((spot, centre))
            continue
        for i, spot in enumerate(members):
            if spot.order is not None and spot.count > 0:
                fraction = (min(spot.order, spot.count - 1) + 0.5) / spot.count
            else:
                fraction = (i + 0.5) / len(members)
            centres.append((spot, x0 + inner + fraction * usable))
    lanes: list[list[float]] = []
    placed: list[tuple[TeamSpot, float, int]] = []
    if compact:
        per_row = max(1, int(usable // step) + 1)
        rank: dict[int, int] = {}
        for spot, centre in centres:
            n = rank.get(spot.zone, 0)
            rank[spot.zone] = n + 1
            placed.append((spot, centre, n // per_row))
        lane_count = max((lane for _, _, lane in placed), default=-1) + 1
    else:
        for spot, centre in sorted(centres, key=lambda item: (item[1], item[0].mark.index)):
            placed.append((spot, centre, _lane_for(centre, lanes, step)))
        lane_count = len(lanes)
    lane_count = max(1, lane_count)
    lane_h = s + gap  # in width units, like every length until the division by the height below
    top = gap
    group_row = group_zone is not None and 0 <= group_zone < k
    height = top + lane_count * lane_h + gap
    zones = tuple(StripZone(i, labels[i] if i < len(labels) else "", Box(i * zone_w, 0.0, zone_w, 1.0))
                  for i in range(k))

    def box(cx: float, y: float, w: float, h: float) -> Box:
        return Box(cx - w / 2, y / height, w, h / height)

    markers = tuple(
        StripMarker(spot.mark, spot.zone, spot.order, lane,
                    box(centre, top + lane * lane_h + gap / 2, s, s))
        for spot, centre, lane in sorted(placed, key=lambda item: item[0].mark.index)
    )
    band = None
    if len(markers) >= 2:
        left = min(m.box.x for m in markers) - gap / 2
        right = max(m.box.right for m in markers) + gap / 2
        band = Box(left, top / height, right - left, lane_count * lane_h / height)
    group = zones[group_zone].box if group_row and group_zone is not None else None
    return Strip(card, zones, markers, band, group_zone if group_row else None, group, lane_count, height, s)


def card_strip(state: SessionState, rnd: RoundState, card: str, marker_size: float = MARKER_SIZE,
               compact: bool = False) -> Strip:
    """The strip of one card of a round: every team that placed it, and the group position if recorded."""
    ordered = state.variant == Variant.BOARD
    marks = {m.team: m for m in team_marks(state)}
    spots = []
    for board in rnd.boards:
        mark = marks.get(board.team)
        zone = board.zone_of(card)
        if mark is None or zone is None:
            continue
        cards = board.zones[zone]
        spots.append(TeamSpot(mark, zone, cards.index(card) if ordered else None, len(cards) if ordered else 1))
    outcome = rnd.outcome(card)
    return build_strip(card, state.zones, spots, outcome.group_zone if outcome else None, marker_size, compact)


def short_title(text: str, limit: int = 60) -> str:
    """The start of a card's text for one line: whole words, an ellipsis when cut."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] if " " in flat[: limit - 1] else flat[: limit - 1]
    return cut.rstrip(" ,;:.") + " …"


@dataclass(frozen=True, slots=True)
class OverviewCard:
    """One card in the round overview: its number in the round, code, short title, D and its mini strip."""

    card: str
    number: int
    title: str
    disagreement: float | None
    strip: Strip


def round_overview(state: SessionState, rnd: RoundState, texts: Mapping[str, str],
                   marker_size: float = MINI_MARKER_SIZE, title_limit: int = 60) -> tuple[OverviewCard, ...]:
    """Every card of the round in disagreement order (cards no team placed last, in round order)."""
    analysis = analyse_round(state, rnd)
    order = [c.card for c in analysis.cards]
    order += [c for c in rnd.cards if c not in order]
    d = {c.card: c.disagreement for c in analysis.cards}
    return tuple(
        OverviewCard(card, rnd.cards.index(card) + 1, short_title(texts.get(card, card), title_limit), d.get(card),
                     card_strip(state, rnd, card, marker_size, compact=True))
        for card in order
    )


@dataclass(frozen=True, slots=True)
class DebateBar:
    """One head count as a bar: the gewenst part left, the ongewenst part right (None when not counted)."""

    phase: str
    gewenst: int
    ongewenst: int
    share: float | None
    wanted: Box | None
    unwanted: Box | None

    @property
    def total(self) -> int:
        """Everyone counted."""
        return self.gewenst + self.ongewenst


@dataclass(frozen=True, slots=True)
class DebateBars:
    """Before and after bars, the shift in percentage points, and an arrow from the old to the new share.

    `arrow` is (x from, x to, y) in unit coordinates; None when either count is missing.
    """

    before: DebateBar
    after: DebateBar
    shift: float | None
    arrow: tuple[float, float, float] | None


BAR_HEIGHT = 0.36  # each bar's height as a fraction of the picture; the arrow runs in the gap between
BAR_TOP = {"before": 0.0, "after": 1.0 - BAR_HEIGHT}


def _bar(phase: str, heads: tuple[int, int] | None) -> DebateBar:
    if heads is None or sum(heads) <= 0:
        return DebateBar(phase, heads[0] if heads else 0, heads[1] if heads else 0, None, None, None)
    share = heads[0] / sum(heads)
    y = BAR_TOP[phase]
    return DebateBar(phase, heads[0], heads[1], share, Box(0.0, y, share, BAR_HEIGHT),
                     Box(share, y, 1 - share, BAR_HEIGHT))


def debate_bars(before: tuple[int, int] | None, after: tuple[int, int] | None) -> DebateBars:
    """The walking debate's two bars (before on top, after below) and the shift (DESIGN §2 Numbers)."""
    first, second = _bar("before", before), _bar("after", after)
    arrow = None
    if first.share is not None and second.share is not None:
        arrow = (first.share, second.share, 0.5)
    return DebateBars(first, second, debate_shift(before, after), arrow)

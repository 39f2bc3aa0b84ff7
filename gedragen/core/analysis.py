"""The exact numbers of DESIGN §2: disagreement, median zone, rankings, Kendall's tau-b, consensus, debate shift.

Sorting uses exact fractions, so two cards with the same zones always tie the same way and the
order never depends on float rounding; the floats in the results are for showing and exporting.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations

from gedragen.core.errors import SessionError
from gedragen.core.events import Variant
from gedragen.core.session import DebateCount, RoundState, SessionState, TeamBoard


@dataclass(frozen=True, slots=True)
class CardAnalysis:
    """The numbers of one card in a round: D, the std tie-break, the median zone and every team's zone."""

    card: str
    disagreement: float
    spread: float
    median_zone: int
    zones: tuple[tuple[str, int], ...]

    def zone_of(self, team: str) -> int | None:
        """The zone this team chose for the card, or None."""
        for team_id, zone in self.zones:
            if team_id == team:
                return zone
        return None


@dataclass(frozen=True, slots=True)
class TeamAgreement:
    """Kendall's tau-b between the rankings of two teams (None when it is undefined, see `kendall_tau_b`)."""

    teams: tuple[str, str]
    tau_b: float | None
    common_cards: int


@dataclass(frozen=True, slots=True)
class DebateShift:
    """A walking-debate card: head counts and the shift towards gewenst in percentage points (or None)."""

    card: str
    before: tuple[int, int] | None
    after: tuple[int, int] | None
    shift: float | None


@dataclass(frozen=True, slots=True)
class RoundAnalysis:
    """The numbers of one round: cards in disagreement order, consensus order, team agreement, debate shifts."""

    number: int
    cards: tuple[CardAnalysis, ...]
    consensus: tuple[str, ...]
    team_agreement: tuple[TeamAgreement, ...]
    debate: tuple[DebateShift, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionAnalysis:
    """The numbers of every round of a session."""

    rounds: tuple[RoundAnalysis, ...]


def _check_zones(zones: Sequence[int], k: int) -> None:
    if k < 2:
        raise SessionError("Er zijn minstens 2 zones nodig.")
    if not zones:
        raise SessionError("Er is geen enkele plaatsing om mee te rekenen.")
    for zone in zones:
        if not 0 <= zone < k:
            raise SessionError(f"Zone {zone} bestaat niet; kies 0 tot {k - 1}.")


def disagreement_exact(zones: Sequence[int], k: int) -> Fraction:
    """D = max p − min p with p = z / (k − 1), as an exact fraction."""
    _check_zones(zones, k)
    return Fraction(max(zones) - min(zones), k - 1)


def disagreement(zones: Sequence[int], k: int) -> float:
    """D = max p − min p with p = z / (k − 1): 0 when all teams agree, 1 for opposite ends."""
    return float(disagreement_exact(zones, k))


def variance_exact(zones: Sequence[int], k: int) -> Fraction:
    """The population variance of p = z / (k − 1), exact (its square root is the std tie-break)."""
    _check_zones(zones, k)
    n = len(zones)
    total = sum(zones)
    squares = sum(z * z for z in zones)
    return Fraction(n * squares - total * total, n * n * (k - 1) ** 2)


def spread(zones: Sequence[int], k: int) -> float:
    """The population standard deviation of p = z / (k − 1) (the tie-break of the disagreement order)."""
    return math.sqrt(variance_exact(zones, k))


def median_zone(zones: Sequence[int]) -> int:
    """The lower median of the zones (`statistics.median_low`)."""
    if not zones:
        raise SessionError("Er is geen enkele plaatsing om mee te rekenen.")
    return int(statistics.median_low(zones))


def team_ranking(board: TeamBoard, ordered: bool = True) -> dict[str, Fraction]:
    """Rank of each card this team placed: 1 = most wanted, by (zone, place within zone).

    With `ordered=False` (quick sorting has no order within a zone) cards in one zone share the
    mean of the ranks they cover, e.g. three cards in zone 0 all get rank 2.
    """
    ranks: dict[str, Fraction] = {}
    before = 0
    for cards in board.zones:
        for order, card in enumerate(cards):
            ranks[card] = (
                Fraction(before + order + 1) if ordered else Fraction(2 * before + len(cards) + 1, 2)
            )
        before += len(cards)
    return ranks


def kendall_tau_b(a: Mapping[str, Fraction], b: Mapping[str, Fraction]) -> float | None:
    """Kendall's tau-b of two rankings over the cards both contain.

    tau_b = (concordant − discordant) / sqrt((n0 − ties_a) · (n0 − ties_b)) with n0 = n(n − 1)/2.
    Returns None when it is undefined: fewer than two common cards, or one ranking ties every common
    card (the denominator is zero), so "no information" is never shown as "no agreement".
    """
    common = sorted(set(a) & set(b))
    concordant = discordant = ties_a = ties_b = 0
    for first, second in combinations(common, 2):
        da = a[first] - a[second]
        db = b[first] - b[second]
        if da == 0:
            ties_a += 1
        if db == 0:
            ties_b += 1
        if da != 0 and db != 0:
            if (da > 0) == (db > 0):
                concordant += 1
            else:
                discordant += 1
    n0 = len(common) * (len(common) - 1) // 2
    denominator = (n0 - ties_a) * (n0 - ties_b)
    if denominator == 0:
        return None
    tau = (concordant - discordant) / math.sqrt(denominator)
    return max(-1.0, min(1.0, tau))


def consensus_order(rankings: Sequence[Mapping[str, Fraction]], cards: Sequence[str]) -> tuple[str, ...]:
    """The round's cards by mean rank over the teams that placed them, ties by card id.

    Cards no team placed come last, by card id, so the result is always a permutation of `cards`.
    """

    def key(card: str) -> tuple[int, Fraction, str]:
        ranks = [r[card] for r in rankings if card in r]
        if not ranks:
            return (1, Fraction(0), card)
        return (0, Fraction(sum(ranks)) / len(ranks), card)

    return tuple(sorted(dict.fromkeys(cards), key=key))


def debate_shift(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float | None:
    """(after gewenst / after total − before gewenst / before total) in percentage points.

    None when a count is missing or a total is 0 (no people counted: no share to compare).
    """
    if before is None or after is None:
        return None
    before_total, after_total = sum(before), sum(after)
    if before_total <= 0 or after_total <= 0:
        return None
    return float((Fraction(after[0], after_total) - Fraction(before[0], before_total)) * 100)


def analyse_card(card: str, zones: Sequence[tuple[str, int]], k: int) -> CardAnalysis:
    """The numbers of one card from (team, zone) pairs (at least one)."""
    values = [zone for _, zone in zones]
    return CardAnalysis(
        card=card,
        disagreement=disagreement(values, k),
        spread=spread(values, k),
        median_zone=median_zone(values),
        zones=tuple(zones),
    )


def disagreement_order(cards: Sequence[CardAnalysis], k: int) -> tuple[CardAnalysis, ...]:
    """Cards by disagreement (largest first), then std (largest first), then card id."""

    def key(item: CardAnalysis) -> tuple[Fraction, Fraction, str]:
        values = [zone for _, zone in item.zones]
        return (-disagreement_exact(values, k), -variance_exact(values, k), item.card)

    return tuple(sorted(cards, key=key))


def analyse_round(state: SessionState, rnd: RoundState) -> RoundAnalysis:
    """The numbers of one round of this session (cards no team placed have no card numbers)."""
    k = state.k
    ordered = state.variant != Variant.QUICK
    cards = []
    for card in rnd.cards:
        zones = [(b.team, zone) for b in rnd.boards if (zone := b.zone_of(card)) is not None]
        if zones:
            cards.append(analyse_card(card, zones, k))
    rankings = [team_ranking(board, ordered) for board in rnd.boards]
    agreement = tuple(
        TeamAgreement(
            teams=(rnd.boards[i].team, rnd.boards[j].team),
            tau_b=kendall_tau_b(rankings[i], rankings[j]),
            common_cards=len(set(rankings[i]) & set(rankings[j])),
        )
        for i, j in combinations(range(len(rnd.boards)), 2)
    )
    debate = tuple(_shift(count) for count in sorted(rnd.debate, key=lambda d: rnd.cards.index(d.card)))
    return RoundAnalysis(
        number=rnd.number,
        cards=disagreement_order(cards, k),
        consensus=consensus_order(rankings, rnd.cards) if state.variant != Variant.DEBATE else (),
        team_agreement=agreement,
        debate=debate,
    )


def _shift(count: DebateCount) -> DebateShift:
    return DebateShift(count.card, count.before, count.after, debate_shift(count.before, count.after))


def analyse_session(state: SessionState) -> SessionAnalysis:
    """The numbers of every round of the session."""
    return SessionAnalysis(rounds=tuple(analyse_round(state, rnd) for rnd in state.rounds))

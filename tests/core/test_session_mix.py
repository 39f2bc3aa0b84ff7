"""The draw mixes the authors' estimates; sensitive cards and levels shape a session's cards (DESIGN §2)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gedragen.core.dealing import available_cards, draw_round, new_session, replace_card, session_cards
from gedragen.core.deck import EXPECTED, Card, Deck, Kind, Level, Theme
from gedragen.core.errors import SessionError
from gedragen.core.events import (
    CardPlaced,
    RoundClosed,
    RoundRevealed,
    SessionStarted,
    Team,
    event_from_dict,
    event_to_dict,
)
from gedragen.core.session import SessionState, apply

TEAMS = (Team("t1", "Groep 1", "#1F77B4"), Team("t2", "Groep 2", "#FF7F0E"))
THEMES = ("pesten", "online", "agressie")
STARTED = "2026-11-23T20:15:00+01:00"


def make_deck(estimates: list[str | None], sensitive: frozenset[int] = frozenset(),
              levels: dict[int, tuple[str, ...]] | None = None) -> Deck:
    """Cards k-000, k-001, … with these estimates; some sensitive; some named levels a, b or c."""
    return Deck(
        id="vo-mbo",
        title="Testset",
        audience="vo-mbo",
        kinds=(Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark")),
        themes=tuple(Theme(t, t.title(), "#123456") for t in THEMES),
        levels=(Level("a", "Niveau A"), Level("b", "Niveau B"), Level("c", "Niveau C")),
        cards=tuple(
            Card(f"k-{i:03d}", THEMES[i % 3], "team" if i % 2 else "school", f"Situatie {i}",
                 expected=e, sensitive=i in sensitive, levels=(levels or {}).get(i, ()))
            for i, e in enumerate(estimates)
        ),
        version="2026.1",
    )


def start(deck: Deck, **kwargs: Any) -> SessionState:
    kwargs.setdefault("seed", 12345)
    event = new_session("Sessie", deck, "board", teams=TEAMS, session_id="s1", started=STARTED, **kwargs)
    return apply(None, event)


def play(state: SessionState, deck: Deck, n: int | None = None) -> tuple[SessionState, tuple[str, ...]]:
    """Draw a round, place every card for both teams, reveal and close it."""
    drawn = draw_round(state, deck, n)
    state = apply(state, drawn)
    for card in drawn.cards:
        for team in TEAMS:
            state = apply(state, CardPlaced(team.id, card, 0, 0))
    state = apply(apply(state, RoundRevealed()), RoundClosed())
    return state, drawn.cards


# 2 gewenst, 2 grensgeval, 20 ongewenst: a plain draw of 6 often misses the rare ones
SKEWED = ["gewenst", "gewenst", "grensgeval", "grensgeval", *["ongewenst"] * 20]


# ----------------------------------------------------------------------------- the mixed draw


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    estimates=st.lists(st.sampled_from([*EXPECTED, None]), min_size=1, max_size=40),
    seed=st.integers(0, 2**40),
    sizes=st.lists(st.integers(1, 12), min_size=1, max_size=8),
)
def test_every_round_holds_each_estimate_the_unused_cards_have(
    estimates: list[str | None], seed: int, sizes: list[int]
) -> None:
    deck = make_deck(estimates)
    state = start(deck, seed=seed)
    for n in sizes:
        pool = available_cards(state, deck)
        if not pool:
            break
        state, cards = play(state, deck, n)
        drawn = [deck.card(c) for c in cards]
        assert len(cards) == len(set(cards)) == min(n, len(pool))
        assert {c.id for c in drawn} <= {c.id for c in pool}
        if n >= 3:
            # "where the selection has them": the estimates still among the unused cards
            assert {c.expected for c in pool if c.expected} <= {c.expected for c in drawn}


def test_mixing_changes_what_a_plain_draw_would_give() -> None:
    deck = make_deck(SKEWED)
    plain = start(deck, mix_expected=False)
    mixed = start(deck)
    _, plain_cards = play(plain, deck)
    _, mixed_cards = play(mixed, deck)
    # with this seed the plain draw holds only ongewenst cards; the mixed one holds all three
    assert {deck.card(c).expected for c in plain_cards} == {"ongewenst"}
    assert {deck.card(c).expected for c in mixed_cards} == set(EXPECTED)
    assert len(mixed_cards) == 6


def test_the_estimate_does_not_show_in_the_order_of_a_round() -> None:
    # the guaranteed cards are shuffled in, not always at the front
    deck = make_deck(SKEWED)
    firsts = {deck.card(play(start(deck, seed=seed), deck)[1][0]).expected for seed in range(40)}
    assert firsts == set(EXPECTED)


def test_short_rounds_and_decks_without_estimates_draw_as_before() -> None:
    deck = make_deck(SKEWED)
    for n in (1, 2):
        assert draw_round(start(deck), deck, n) == draw_round(start(deck, mix_expected=False), deck, n)
    bare = make_deck([None] * 24)
    assert draw_round(start(bare), bare) == draw_round(start(bare, mix_expected=False), bare)


def test_mixing_is_on_by_default_and_recorded_in_the_start_event() -> None:
    event = new_session("Sessie", make_deck(SKEWED), "board", teams=TEAMS)
    assert event.mix_expected is True
    assert event_to_dict(event)["mix_expected"] is True
    off = new_session("Sessie", make_deck(SKEWED), "board", teams=TEAMS, mix_expected=False)
    assert event_from_dict(event_to_dict(off)) == off


def test_a_session_recorded_before_these_options_draws_exactly_as_it_did() -> None:
    # a start event as the app stored it before the options existed (no mix_expected, sensitive, levels)
    old = {
        "type": "session_started", "session_id": "s1", "name": "x", "started": STARTED, "deck_id": "vo-mbo",
        "deck_version": "2026.1", "variant": "board", "zones": ["Gewenst", "Hangt ervan af", "Ongewenst"],
        "teams": [{"id": t.id, "name": t.name, "color": t.color} for t in TEAMS],
        "themes": list(THEMES), "kinds": ["team", "school"], "cards_per_round": 6, "timer_seconds": None,
        "seed": 12345, "audience": "team",
    }
    event = event_from_dict(old)
    assert isinstance(event, SessionStarted)
    assert (event.mix_expected, event.sensitive, event.levels) == (False, True, ())
    deck = make_deck(SKEWED, sensitive=frozenset({5}))
    state = apply(None, event)
    rounds = []
    for _ in range(3):
        state, cards = play(state, deck)
        rounds.append(cards)
    # the rounds the draw gave for this start event before the options were added
    assert rounds == [
        ("k-010", "k-017", "k-009", "k-018", "k-016", "k-007"),
        ("k-023", "k-008", "k-015", "k-011", "k-004", "k-000"),
        ("k-001", "k-020", "k-014", "k-002", "k-005", "k-012"),
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [("mix_expected", "ja"), ("mix_expected", 1), ("sensitive", None), ("levels", "a"), ("levels", [1])],
)
def test_bad_option_values_in_a_stored_event_are_refused(field: str, value: object) -> None:
    data = event_to_dict(new_session("Sessie", make_deck(SKEWED), "board", teams=TEAMS))
    data[field] = value
    with pytest.raises(SessionError):
        event_from_dict(data)


# ----------------------------------------------------------------------------- sensitive cards and levels


def test_sensitive_cards_are_out_of_a_class_session_by_default() -> None:
    deck = make_deck(SKEWED, sensitive=frozenset({0, 2, 7}))
    klas = start(deck, audience="class")
    assert klas.setup.sensitive is False
    assert {"k-000", "k-002", "k-007"}.isdisjoint(c.id for c in available_cards(klas, deck))
    drawn: set[str] = set()
    state = klas
    while available_cards(state, deck):
        state, cards = play(state, deck)
        drawn.update(cards)
    assert len(drawn) == 21 and not any(deck.card(c).sensitive for c in drawn)
    # the mix still holds every estimate left among the cards the class may see (k-001, k-003)
    assert {"k-001", "k-003"} <= drawn


def test_sensitive_cards_can_be_included_in_a_class_and_are_in_a_team_session() -> None:
    deck = make_deck(SKEWED, sensitive=frozenset({0, 2, 7}))
    assert start(deck, audience="class", sensitive=True).setup.sensitive is True
    assert len(available_cards(start(deck, audience="class", sensitive=True), deck)) == 24
    team = start(deck)
    assert team.setup.sensitive is True and len(available_cards(team, deck)) == 24
    assert len(available_cards(start(deck, sensitive=False), deck)) == 21


def test_levels_choose_the_cards_that_fit() -> None:
    deck = make_deck(SKEWED, levels={0: ("a",), 1: ("b",), 2: ("a", "c"), 3: ("c",)})
    only_a = start(deck, levels=("a",))
    ids = {c.id for c in session_cards(only_a.setup, deck)}
    # a card naming no level fits every level
    assert ids == {"k-000", "k-002", *(f"k-{i:03d}" for i in range(4, 24))}
    assert {c.id for c in session_cards(start(deck, levels=("b", "c")).setup, deck)} >= {"k-001", "k-002", "k-003"}
    assert len(session_cards(start(deck).setup, deck)) == 24


def test_replacing_a_card_keeps_to_the_session_selection() -> None:
    deck = make_deck(SKEWED, sensitive=frozenset(range(6, 24)), levels={0: ("b",)})
    state = start(deck, audience="class", levels=("a",))
    state = apply(state, draw_round(state, deck, 2))
    card = state.current_round.cards[0] if state.current_round else ""
    swap = replace_card(state, deck, card)
    assert swap.replacement in {"k-001", "k-002", "k-003", "k-004", "k-005"}
    assert not deck.card(swap.replacement).sensitive


def test_unknown_or_doubled_level_is_refused() -> None:
    deck = make_deck(SKEWED)
    with pytest.raises(SessionError, match="Niveau 'd' bestaat niet"):
        start(deck, levels=("d",))
    with pytest.raises(SessionError, match="twee keer"):
        start(deck, levels=("a", "a"))
    with pytest.raises(SessionError, match="Niveau 'a' bestaat niet"):
        start(dataclasses.replace(deck, levels=()), levels=("a",))

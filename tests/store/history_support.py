"""Test support for the history tests (also imported by the crash-test child process): a deck and random valid moves."""

from __future__ import annotations

import random

from gedragen.core.dealing import available_cards, custom_card, draw_round, new_session, replace_card
from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.core.events import (
    CardPlaced,
    CardSkipped,
    CustomCardAdded,
    DebateCounted,
    Event,
    OutcomeRecorded,
    PlacementRemoved,
    RoundClosed,
    RoundRevealed,
    SessionEnded,
    SessionStarted,
    Team,
)
from gedragen.core.session import SessionState

THEMES = ("pesten", "online", "agressie")
TEAMS = (Team("t1", "Groep 1", "#1F77B4"), Team("t2", "Groep 2", "#FF7F0E"), Team("t3", "Groep 3", "#2CA02C"))


def make_deck(n: int = 60, deck_id: str = "vo-mbo") -> Deck:
    """A small valid deck with `n` cards spread over three themes and both kinds."""
    return Deck(
        id=deck_id,
        title="Testset",
        audience="vo-mbo",
        kinds=(Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark")),
        themes=tuple(Theme(t, t.title(), "#123456") for t in THEMES),
        cards=tuple(
            Card(f"k-{i:03d}", THEMES[i % 3], "team" if i % 2 else "school", f"Situatie {i}")
            for i in range(n)
        ),
        version="2026.1",
    )


def start_event(
    deck: Deck, variant: str = "board", session_id: str = "sessie-1", seed: int = 5
) -> SessionStarted:
    """A fixed start event for a session on `deck`."""
    return new_session(
        "Team onderbouw",
        deck,
        variant,
        teams=TEAMS if variant != "debate" else (),
        seed=seed,
        session_id=session_id,
        started="2026-11-23T20:15:00+01:00",
    )


def next_event(state: SessionState, deck: Deck, rng: random.Random) -> Event:
    """A random event the rules allow in `state` (a session that never ends unless the deck runs out)."""
    rnd = state.current_round
    if rnd is None:
        if available_cards(state, deck):
            return draw_round(state, deck, n=rng.randint(1, 6))
        return SessionEnded("2026-11-23T21:00:00+01:00")
    roll = rng.random()
    if state.variant == "debate":
        if roll < 0.6:
            return DebateCounted(
                rng.choice(rnd.cards), rng.choice(("before", "after")), rng.randint(0, 30), rng.randint(0, 30)
            )
        if roll < 0.85:
            return OutcomeRecorded(
                rng.choice(rnd.cards), rng.choice((None, 0, 1)), f"Afspraak {rng.randint(1, 99)}", None
            )
        return RoundClosed()
    if not rnd.revealed:
        if roll < 0.8 or not rnd.cards:
            if not rnd.cards:
                return RoundRevealed()
            team = rng.choice(TEAMS).id
            card = rng.choice(rnd.cards)
            zone = rng.randrange(state.k)
            size = len([c for c in rnd.board(team).zones[zone] if c != card])
            return CardPlaced(team, card, zone, rng.randint(0, size))
        if roll < 0.84:
            placed = [(b.team, c) for b in rnd.boards for c in b.placed()]
            if placed:
                return PlacementRemoved(*rng.choice(placed))
        if roll < 0.86 and len(rnd.cards) > 1:
            return CardSkipped(rng.choice(rnd.cards))
        if roll < 0.88 and available_cards(state, deck):
            return replace_card(state, deck, rng.choice(rnd.cards))
        if roll < 0.9:
            return CustomCardAdded(
                custom_card(state, rng.choice(THEMES), "team", "Eigen situatie"), into_round=True
            )
        return RoundRevealed()
    if roll < 0.7:
        section = rng.choice((None, "gedragsregels", "privacy", "contact", "les", "handhaving"))
        zone = rng.choice((None, *range(state.k)))
        return OutcomeRecorded(rng.choice(rnd.cards), zone, f"Afspraak {rng.randint(1, 99)}", section)
    return RoundClosed()

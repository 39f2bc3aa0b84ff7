"""Property tests: any legal event sequence replays to the live state and survives the JSON round trip;
any event at all gives a state or a SessionError, never another exception."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gedragen.core.dealing import available_cards, custom_card, draw_round, new_session
from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.core.errors import SessionError
from gedragen.core.events import (
    EVENT_TYPES,
    CardAdded,
    CardPlaced,
    CardReplaced,
    CardSkipped,
    CustomCard,
    CustomCardAdded,
    DebateCounted,
    Event,
    OutcomeRecorded,
    PlacementRemoved,
    RoundClosed,
    RoundRevealed,
    SessionEnded,
    Team,
    event_from_dict,
    event_to_dict,
)
from gedragen.core.session import SessionState, apply, replay
from gedragen.core.session_io import session_from_json, session_to_json

THEMES = ("pesten", "online")
DECK = Deck(
    id="po",
    title="Testset",
    audience="po",
    kinds=(Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark")),
    themes=tuple(Theme(t, t, "#123456") for t in THEMES),
    cards=tuple(
        Card(f"po-{i:02d}", THEMES[i % 2], ("team", "school")[i // 2 % 2], f"Situatie {i}") for i in range(16)
    ),
)
TEAMS = (Team("a", "Rood", "#AA0000"), Team("b", "Blauw", "#0000AA"), Team("c", "Groen", "#00AA00"))
ZONES = {2: ("G", "O"), 3: ("G", "H", "O"), 5: ("1", "2", "3", "4", "5")}


def lookup(deck_id: str) -> Deck | None:
    return DECK if deck_id == DECK.id else None


@st.composite
def sessions(draw: st.DrawFn, max_steps: int = 40) -> list[Event]:
    """A legal event log, chosen move by move from what the rules allow in the current state."""
    variant = draw(st.sampled_from(["board", "quick", "debate"]))
    k = draw(st.sampled_from([2, 3, 5])) if variant == "board" else 2
    teams = TEAMS[: draw(st.integers(2, 3))] if variant != "debate" else ()
    start = new_session(
        "Sessie",
        DECK,
        variant,
        teams=teams,
        zones=ZONES[k],
        seed=draw(st.integers(0, 2**40)),
        session_id="p1",
        started="2026-11-23T20:15:00+01:00",
    )
    events: list[Event] = [start]
    state = apply(None, start)
    for _ in range(draw(st.integers(0, max_steps))):
        event = draw(moves(state))
        if event is None:
            break
        state = apply(state, event)
        events.append(event)
    return events


@st.composite
def moves(draw: st.DrawFn, state: SessionState) -> Event | None:
    if state.is_ended:
        return None
    rnd = state.current_round
    if rnd is None:
        if available_cards(state, DECK):
            return draw_round(state, DECK, n=draw(st.integers(1, 5)))
        return SessionEnded("2026-11-23T21:00:00+01:00")
    options = ["close", "outcome"]
    if state.variant == "debate":
        options.append("count")
    elif not rnd.revealed:
        options += ["place", "place", "place", "reveal"]
        if any(b.placed() for b in rnd.boards):
            options.append("unplace")
    if (not rnd.revealed and state.variant != "debate") or (state.variant == "debate" and not rnd.debate):
        if len(rnd.cards) > 1:
            options.append("skip")
        if available_cards(state, DECK):
            options += ["replace", "add"]
        options.append("custom")
    choice = draw(st.sampled_from(options))
    if choice == "close":
        return RoundClosed()
    if choice == "reveal":
        return RoundRevealed()
    if choice == "outcome":
        played = [c for r in state.rounds for c in r.cards if state.variant == "debate" or r.revealed]
        if not played:
            return RoundClosed()
        zone = draw(st.none() | st.integers(0, state.k - 1))
        section = draw(st.sampled_from([None, "gedragsregels", "privacy", "contact", "les", "handhaving"]))
        return OutcomeRecorded(draw(st.sampled_from(played)), zone, draw(st.text(max_size=12)), section)
    if choice == "count":
        return DebateCounted(
            draw(st.sampled_from(rnd.cards)),
            draw(st.sampled_from(["before", "after"])),
            draw(st.integers(0, 40)),
            draw(st.integers(0, 40)),
        )
    if choice == "place":
        team = draw(st.sampled_from([t.id for t in state.teams]))
        card = draw(st.sampled_from(rnd.cards))
        zone = draw(st.integers(0, state.k - 1))
        room = len([c for c in rnd.board(team).zones[zone] if c != card])
        return CardPlaced(team, card, zone, draw(st.integers(0, room)))
    if choice == "unplace":
        placed = [(b.team, c) for b in rnd.boards for c in b.placed()]
        return PlacementRemoved(*draw(st.sampled_from(placed)))
    if choice == "skip":
        return CardSkipped(draw(st.sampled_from(rnd.cards)))
    if choice == "replace":
        unused = [c.id for c in available_cards(state, DECK)]
        return CardReplaced(draw(st.sampled_from(rnd.cards)), draw(st.sampled_from(unused)))
    if choice == "add":
        return CardAdded(draw(st.sampled_from([c.id for c in available_cards(state, DECK)])))
    text = draw(st.text(st.characters(min_codepoint=65, max_codepoint=90), min_size=1, max_size=20))
    return CustomCardAdded(
        custom_card(state, draw(st.sampled_from(THEMES)), "team", text), draw(st.booleans())
    )


FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(sessions())
def test_replay_equals_live_state_and_dicts_round_trip(events: list[Event]) -> None:
    live: SessionState | None = None
    for event in events:
        live = apply(live, event)
    assert replay(events) == live
    stored = [json.loads(json.dumps(event_to_dict(e))) for e in events]
    assert replay([event_from_dict(d) for d in stored]) == live
    assert live is not None and live.event_count == len(events)


@FAST
@given(sessions())
def test_json_export_import_export_is_identical(events: list[Event]) -> None:
    text = session_to_json(replay(events))
    assert session_to_json(replay(session_from_json(text, lookup))) == text


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 8),
    st.text(max_size=8),
    st.sampled_from(["a", "po-01", "eigen-1", "G"]),
    st.lists(st.sampled_from(["po-01", "po-02", "x"]), max_size=3).map(tuple),
    st.floats(allow_nan=True),
)


@st.composite
def any_event(draw: st.DrawFn) -> Any:
    cls = draw(st.sampled_from(sorted(EVENT_TYPES.values(), key=lambda c: c.__name__)))
    fields = {name: draw(values) for name in cls.__slots__}
    if cls is CustomCardAdded:
        fields["card"] = draw(st.builds(CustomCard, values, values, values, values) | values)
    return cls(**fields)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions(max_steps=15), st.lists(any_event(), min_size=1, max_size=5))
def test_any_event_gives_a_state_or_a_session_error(events: list[Event], extra: list[Any]) -> None:
    state = replay(events)
    for event in extra:
        try:
            state = apply(state, event)
        except SessionError:
            continue
        assert isinstance(state, SessionState)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["type", "card", "team", "zone", "order", "number", "cards", "how", "ended", "x"]),
        values | st.sampled_from(list(EVENT_TYPES)),
        max_size=6,
    )
)
def test_any_dict_gives_an_event_or_a_session_error(data: dict[str, Any]) -> None:
    try:
        event = event_from_dict(data)
    except SessionError:
        return
    assert type(event) in EVENT_TYPES.values()


@settings(max_examples=150, deadline=None)
@given(
    st.recursive(
        st.none() | st.integers() | st.text(max_size=5),
        lambda c: st.lists(c) | st.dictionaries(st.text(max_size=5), c),
        max_leaves=20,
    )
)
def test_any_json_value_gives_a_session_or_a_session_error(data: Any) -> None:
    with contextlib.suppress(SessionError):
        session_from_json(json.dumps(data), lookup)

"""The session rules: every move, every refusal, deterministic draws, undo and event dicts."""

from __future__ import annotations

import dataclasses
import json

import pytest

from gedragen.core.dealing import (
    available_cards,
    custom_card,
    draw_round,
    hand_pick,
    new_session,
    replace_card,
)
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
    OutcomeRecorded,
    PlacementRemoved,
    RoundClosed,
    RoundDrawn,
    RoundRevealed,
    SessionEnded,
    Team,
    event_from_dict,
    event_to_dict,
)
from gedragen.core.session import SessionState, apply, can_undo, replay, undo

TEAMS = (Team("t1", "Groep 1", "#1F77B4"), Team("t2", "Groep 2", "#FF7F0E"), Team("t3", "Groep 3", "#2CA02C"))


def make_deck(n: int = 24, deck_id: str = "vo-mbo") -> Deck:
    themes = ("pesten", "online", "agressie")
    return Deck(
        id=deck_id,
        title="Testset",
        audience="vo-mbo",
        kinds=(Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark")),
        themes=tuple(Theme(t, t.title(), "#123456") for t in themes),
        cards=tuple(
            Card(f"k-{i:03d}", themes[i % 3], "team" if i % 2 else "school", f"Situatie {i}")
            for i in range(n)
        ),
        version="2026.1",
    )


DECK = make_deck()


def start(variant: str = "board", **kw: object) -> SessionState:
    teams = () if variant == "debate" else TEAMS
    event = new_session("Team onderbouw", DECK, variant, teams=teams, seed=7, session_id="s1", **kw)  # type: ignore[arg-type]
    return apply(None, event)


def board_round(variant: str = "board") -> SessionState:
    state = start(variant)
    return apply(state, RoundDrawn(1, ("k-000", "k-001", "k-002", "k-003"), "hand"))


def refused(state: SessionState | None, event: object, match: str = "") -> None:
    with pytest.raises(SessionError, match=match):
        apply(state, event)  # type: ignore[arg-type]


# --- setup -----------------------------------------------------------------------------------


def test_new_session_defaults() -> None:
    state = start()
    assert state.zones == ("Gewenst", "Hangt ervan af", "Ongewenst")
    assert state.k == 3 and state.variant == "board"
    assert state.setup.themes == ("pesten", "online", "agressie")
    assert state.setup.cards_per_round == 6
    assert state.setup.started[10] == "T" and state.setup.started[-6] in "+-"
    assert state.current_round is None and not state.is_ended
    assert start("quick").k == 2 and start("debate").teams == ()


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({"teams": TEAMS[:1]}, "2 tot 8 teams"),
        ({"teams": tuple(Team(f"t{i}", f"G{i}", "#000000") for i in range(9))}, "2 tot 8 teams"),
        ({"zones": ("a", "b", "c", "d")}, "2, 3 of 5"),
        ({"variant": "quick"}, "precies 2 zones"),
        ({"variant": "debate", "zones": ("a", "b")}, "geen teams"),
        ({"teams": (TEAMS[0], Team("t1", "Ander", "#000000"))}, "twee keer"),
        ({"teams": (TEAMS[0], Team("t9", "groep 1", "#000000"))}, "twee keer"),
        ({"teams": (TEAMS[0], Team("t9", "Rood", "red"))}, "#RRGGBB"),
        ({"started": "2026-11-23T20:15:00"}, "tijdzone"),
        ({"started": "gisteren"}, "geen geldig tijdstip"),
        ({"name": "  "}, "mag niet leeg"),
        ({"variant": "poker"}, "Onbekende werkvorm"),
        ({"themes": ()}, "minstens één thema"),
        ({"cards_per_round": 0}, "kaarten per ronde"),
        ({"timer_seconds": -5}, "rondetimer"),
        ({"audience": "ouders"}, "doelgroep"),
        ({"session_id": "a b"}, "sessie-id"),
        ({"deck_id": "Vo_Mbo"}, "kaartenset-id"),
    ],
)
def test_bad_setup_is_refused(change: dict[str, object], match: str) -> None:
    good = start().setup
    refused(None, dataclasses.replace(good, **change), match)


def test_new_session_checks_themes_against_deck() -> None:
    with pytest.raises(SessionError, match="Thema 'sport'"):
        new_session("X", DECK, teams=TEAMS, themes=("sport",))


def test_first_event_must_start_and_only_once() -> None:
    refused(None, RoundDrawn(1, ("k-000",)), "beginnen")
    refused(start(), start().setup, "al gestart")


# --- drawing ---------------------------------------------------------------------------------


def test_draw_is_deterministic_and_replays_the_same() -> None:
    state = start()
    first = draw_round(state, DECK)
    assert first == draw_round(state, DECK)
    assert len(first.cards) == 6 and len(set(first.cards)) == 6 and first.how == "draw"
    other = apply(None, dataclasses.replace(state.setup, seed=8))
    assert draw_round(other, DECK).cards != first.cards
    events = [state.setup, first]
    assert replay(events).rounds[0].cards == first.cards


def test_draw_never_repeats_and_says_when_the_pool_is_empty() -> None:
    deck = make_deck(10)
    state = apply(None, new_session("X", deck, teams=TEAMS[:2], seed=3, cards_per_round=4))
    seen: list[str] = []
    for _ in range(3):
        event = draw_round(state, deck)
        seen.extend(event.cards)
        state = apply(apply(state, event), RoundClosed())
    assert sorted(seen) == [c.id for c in deck.cards]
    assert [len(r.cards) for r in state.rounds] == [4, 4, 2]
    with pytest.raises(SessionError, match="al gebruikt"):
        draw_round(state, deck)


def test_draw_only_from_selected_themes_and_kinds() -> None:
    state = apply(None, new_session("X", DECK, teams=TEAMS, themes=("online",), kinds=("team",), seed=1))
    pool = available_cards(state, DECK)
    assert pool and all(c.theme == "online" and c.kind == "team" for c in pool)
    assert [c.id for c in pool] == sorted(c.id for c in pool)
    event = draw_round(state, DECK, n=40)
    assert sorted(event.cards) == [c.id for c in pool]


def test_draw_for_the_wrong_deck_is_refused() -> None:
    with pytest.raises(SessionError, match="kaartenset"):
        draw_round(start(), make_deck(deck_id="po"))


def test_hand_pick_checks_cards() -> None:
    state = start()
    assert hand_pick(state, DECK, ["k-005", "k-001"]) == RoundDrawn(1, ("k-005", "k-001"), "hand")
    with pytest.raises(SessionError, match="'nope' bestaat niet"):
        hand_pick(state, DECK, ["nope"])


@pytest.mark.parametrize(
    ("event", "match"),
    [
        (RoundDrawn(2, ("k-009",)), "volgende ronde is ronde 1"),
        (RoundDrawn(1, ()), "minstens één kaart"),
        (RoundDrawn(1, ("k-009", "k-009")), "al gebruikt"),
        (RoundDrawn(1, ("k-009",), "magic"), "manier van trekken"),
        (RoundDrawn(1, ("eigen-4",)), "bestaat niet"),
        (RoundDrawn(1, tuple(f"k-{i:03d}" for i in range(41))), "hoogstens"),
    ],
)
def test_bad_round_drawn(event: RoundDrawn, match: str) -> None:
    refused(start(), event, match)


def test_new_round_needs_the_open_one_closed_and_cards_stay_used() -> None:
    state = board_round()
    refused(state, RoundDrawn(2, ("k-009",)), "Sluit eerst")
    state = apply(state, RoundClosed())
    refused(state, RoundDrawn(2, ("k-001",)), "al gebruikt")
    state = apply(state, RoundDrawn(2, ("k-009",)))
    assert state.current_round is not None and state.current_round.number == 2
    assert state.used_cards == {"k-000", "k-001", "k-002", "k-003", "k-009"}


# --- placing ---------------------------------------------------------------------------------


def test_place_insert_and_move_semantics() -> None:
    state = board_round()
    for card, zone, order in [("k-000", 0, 0), ("k-001", 0, 0), ("k-002", 0, 1), ("k-003", 2, 0)]:
        state = apply(state, CardPlaced("t1", card, zone, order))
    rnd = state.current_round
    assert rnd is not None
    assert rnd.board("t1").zones == (("k-001", "k-002", "k-000"), (), ("k-003",))
    # moving within a zone: removed first, then inserted at the index of the list without it
    state = apply(state, CardPlaced("t1", "k-001", 0, 2))
    assert state.rounds[0].board("t1").zones[0] == ("k-002", "k-000", "k-001")
    # moving to another zone shifts the cards after it
    state = apply(state, CardPlaced("t1", "k-002", 2, 0))
    assert state.rounds[0].board("t1").zones == (("k-000", "k-001"), (), ("k-002", "k-003"))
    assert state.rounds[0].zone_of("t1", "k-002") == 2
    assert state.rounds[0].zone_of("t2", "k-002") is None
    assert state.rounds[0].unplaced("t2") == ("k-000", "k-001", "k-002", "k-003")
    assert [p.order for p in state.rounds[0].placements() if p.zone == 2] == [0, 1]
    state = apply(state, PlacementRemoved("t1", "k-000"))
    assert state.rounds[0].board("t1").zones[0] == ("k-001",)
    refused(state, PlacementRemoved("t1", "k-000"), "niet geplaatst")


def test_complete_only_when_every_team_placed_every_card() -> None:
    state = board_round()
    for team in TEAMS:
        for card in state.rounds[0].cards:
            assert not state.rounds[0].complete
            state = apply(state, CardPlaced(team.id, card, 1, 0))
    assert state.rounds[0].complete


@pytest.mark.parametrize(
    ("event", "match"),
    [
        (CardPlaced("t9", "k-000", 0, 0), "Team 't9'"),
        (CardPlaced("t1", "k-099", 0, 0), "hoort niet bij de open ronde"),
        (CardPlaced("t1", "k-000", 3, 0), "Zone 3 bestaat niet"),
        (CardPlaced("t1", "k-000", -1, 0), "Zone -1"),
        (CardPlaced("t1", "k-000", 0, 1), "Plaats 1 bestaat niet"),
        (CardPlaced("t1", "k-000", 0, -1), "Plaats -1"),
        (CardPlaced("t1", "k-000", True, 0), "verkeerd type"),  # type: ignore[arg-type]
        (CardPlaced("t1", "k-000", 0.0, 0), "verkeerd type"),  # type: ignore[arg-type]
    ],
)
def test_bad_placements(event: CardPlaced, match: str) -> None:
    refused(board_round(), event, match)


def test_place_before_a_round_in_debate_and_after_reveal() -> None:
    refused(start(), CardPlaced("t1", "k-000", 0, 0), "geen open ronde")
    refused(board_round("debate"), CardPlaced("t1", "k-000", 0, 0), "overloopdebat")
    revealed = apply(board_round(), RoundRevealed())
    refused(revealed, CardPlaced("t1", "k-000", 0, 0), "al getoond")
    refused(revealed, RoundRevealed(), "al getoond")
    refused(board_round("debate"), RoundRevealed(), "overloopdebat")
    refused(apply(board_round(), RoundClosed()), RoundRevealed(), "geen open ronde")


# --- skip, replace, add, eigen situaties -----------------------------------------------------


def test_skip_and_replace() -> None:
    state = apply(board_round(), CardPlaced("t1", "k-001", 0, 0))
    state = apply(state, CardSkipped("k-001"))
    rnd = state.rounds[0]
    assert rnd.cards == ("k-000", "k-002", "k-003") and rnd.skipped == ("k-001",)
    assert rnd.board("t1").zones == ((), (), ())
    event = replace_card(state, DECK, "k-002")
    assert event == replace_card(state, DECK, "k-002")
    assert event.replacement not in state.used_cards
    state = apply(state, event)
    assert state.rounds[0].cards == ("k-000", event.replacement, "k-003")
    assert "k-002" in state.rounds[0].skipped and "k-002" in state.used_cards
    refused(state, CardReplaced("k-000", "k-001"), "al gebruikt")
    refused(state, CardSkipped("k-001"), "hoort niet bij de open ronde")
    refused(apply(state, RoundRevealed()), CardSkipped("k-000"), "al getoond")
    assert "k-001" not in {c.id for c in available_cards(state, DECK)}


def test_add_card_to_open_round() -> None:
    state = apply(board_round(), CardAdded("k-010"))
    assert state.rounds[0].cards[-1] == "k-010"
    refused(state, CardAdded("k-010"), "al gebruikt")
    refused(start(), CardAdded("k-010"), "geen open ronde")


def test_custom_cards() -> None:
    state = board_round()
    card = custom_card(state, "pesten", "school", "  Een  leerling   filmt een ruzie. ")
    assert card == CustomCard("eigen-1", "pesten", "school", "Een leerling filmt een ruzie.")
    state = apply(state, CustomCardAdded(card, into_round=True))
    assert state.rounds[0].cards[-1] == "eigen-1" and state.custom_card("eigen-1") == card
    later = custom_card(state, "online", "team", "Later bespreken.")
    assert later.id == "eigen-2"
    state = apply(state, CustomCardAdded(later))
    assert "eigen-2" not in state.rounds[0].cards
    state = apply(apply(state, RoundClosed()), RoundDrawn(2, ("eigen-2", "k-010"), "hand"))
    assert state.rounds[1].cards == ("eigen-2", "k-010")
    refused(state, CustomCardAdded(card), "bestaat al")
    refused(state, CustomCardAdded(CustomCard("mijn 1", "pesten", "team", "x")), "mag alleen letters")
    assert apply(state, CustomCardAdded(CustomCard("mijn-1", "pesten", "team", "x"))).custom_card("mijn-1")
    refused(state, CustomCardAdded(CustomCard("eigen-9", "sport", "team", "x")), "niet gekozen")
    refused(state, CustomCardAdded(CustomCard("eigen-9", "pesten", "team", "x" * 401)), "te lang")
    refused(state, CustomCardAdded(CustomCard("eigen-9", "pesten", "team", " ")), "niet leeg")


# --- outcomes and the walking debate ---------------------------------------------------------


def test_outcomes() -> None:
    state = board_round()
    refused(state, OutcomeRecorded("k-000", 2, "Afspraak"), "Toon eerst")
    state = apply(state, RoundRevealed())
    state = apply(state, OutcomeRecorded("k-000", 2, "We spreken elkaar aan.", "privacy"))
    state = apply(state, OutcomeRecorded("k-001", None, "Nog bespreken"))
    state = apply(state, OutcomeRecorded("k-000", 1, "Aangepast.", None))
    outcome = state.rounds[0].outcome("k-000")
    assert outcome is not None and (outcome.group_zone, outcome.agreement, outcome.section) == (
        1,
        "Aangepast.",
        None,
    )
    assert [o.card for o in state.rounds[0].outcomes] == ["k-000", "k-001"]
    state = apply(state, OutcomeRecorded("k-001", None, "  "))
    assert state.rounds[0].outcome("k-001") is None
    refused(state, OutcomeRecorded("k-099", 0, "x"), "geen enkele ronde")
    refused(state, OutcomeRecorded("k-000", 3, "x"), "Zone 3")
    refused(state, OutcomeRecorded("k-000", 0, "x", "les-2"), "onderdeel van het protocol")
    refused(state, OutcomeRecorded("k-000", 0, "x" * 2001), "hoogstens")
    # a closed round's agreement can still be edited until the session ends
    state = apply(state, RoundClosed())
    state = apply(state, OutcomeRecorded("k-002", 0, "Later ingevuld"))
    assert state.rounds[0].outcome("k-002") is not None


def test_debate_counts() -> None:
    state = board_round("debate")
    state = apply(state, DebateCounted("k-001", "before", 12, 8))
    state = apply(state, DebateCounted("k-001", "after", 9, 11))
    state = apply(state, DebateCounted("k-001", "before", 13, 7))
    count = state.rounds[0].debate_count("k-001")
    assert count is not None and (count.before, count.after) == ((13, 7), (9, 11))
    state = apply(state, OutcomeRecorded("k-001", 1, "Niet doen."))
    refused(state, CardSkipped("k-001"), "al stemmen")
    refused(state, DebateCounted("k-001", "before", -1, 3), "heel getal")
    refused(state, DebateCounted("k-001", "during", 1, 3), "Onbekend moment")
    refused(state, DebateCounted("k-099", "before", 1, 3), "hoort niet")
    refused(board_round(), DebateCounted("k-001", "before", 1, 3), "overloopdebat")


# --- ending and undo -------------------------------------------------------------------------


def test_nothing_after_the_end() -> None:
    state = apply(board_round(), SessionEnded("2026-11-23T21:00:00+01:00"))
    assert state.is_ended and state.ended == "2026-11-23T21:00:00+01:00"
    for event in (RoundClosed(), CardPlaced("t1", "k-000", 0, 0), SessionEnded("2026-11-23T21:00:00+01:00")):
        refused(state, event, "beëindigd")
    refused(board_round(), SessionEnded("morgen"), "tijdstip")
    refused(board_round(), "not an event", "Onbekende gebeurtenis")


def test_undo_is_dropping_the_last_event() -> None:
    events = [start().setup, RoundDrawn(1, ("k-000",)), CardPlaced("t1", "k-000", 0, 0)]
    assert can_undo(events)
    shorter = undo(events)
    assert shorter == tuple(events[:2])
    assert replay(shorter).rounds[0].board("t1").zones == ((), (), ())
    with pytest.raises(SessionError, match="niets om ongedaan"):
        undo(events[:1])
    with pytest.raises(SessionError):
        replay([])


def test_state_is_immutable() -> None:
    state = board_round()
    with pytest.raises(dataclasses.FrozenInstanceError):
        state.ended = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        state.rounds[0].revealed = True  # type: ignore[misc]
    assert isinstance(state.rounds, tuple) and isinstance(state.used_cards, frozenset)


# --- events as dicts -------------------------------------------------------------------------

ALL_EVENTS = [
    start().setup,
    RoundDrawn(1, ("k-000", "k-001")),
    CardSkipped("k-000"),
    CardReplaced("k-001", "k-002"),
    CardAdded("k-003"),
    CustomCardAdded(CustomCard("eigen-1", "pesten", "team", "Tekst"), True),
    CardPlaced("t1", "k-002", 1, 0),
    PlacementRemoved("t1", "k-002"),
    RoundRevealed(),
    OutcomeRecorded("k-002", None, "Afspraak", "les"),
    DebateCounted("k-002", "after", 3, 4),
    RoundClosed(),
    SessionEnded("2026-11-23T21:00:00+01:00"),
]


def test_every_event_type_round_trips_through_a_dict() -> None:
    assert {type(e) for e in ALL_EVENTS} == set(EVENT_TYPES.values())
    for event in ALL_EVENTS:
        data = event_to_dict(event)
        assert event_from_dict(data) == event
        assert event_from_dict(json.loads(json.dumps(data))) == event


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ([], "object"),
        ({"type": "card_flipped"}, "Onbekend soort"),
        ({"type": "card_skipped"}, "mist velden: card"),
        ({"type": "card_skipped", "card": "a", "x": 1}, "Onbekende velden"),
        ({"type": "card_skipped", "card": 5}, "verkeerd type"),
        ({"type": "round_drawn", "number": "1", "cards": ["a"], "how": "draw"}, "verkeerd type"),
        ({"type": "round_drawn", "number": 1, "cards": [1], "how": "draw"}, "verkeerd type"),
        ({"type": "custom_card_added", "card": {"id": "eigen-1"}, "into_round": False}, "precies de velden"),
        (
            {"type": "custom_card_added", "card": {"id": "eigen-1", "theme": "p", "kind": "t", "text": 1}},
            "tekst",
        ),
        ({**event_to_dict(start().setup), "teams": "t1"}, "lijst"),
        ({"type": "card_added", "card": "a", "__class__": "x"}, "Onbekende velden"),
    ],
)
def test_bad_event_dicts_are_session_errors(data: object, match: str) -> None:
    with pytest.raises(SessionError, match=match):
        event_from_dict(data)


def test_round_drawn_may_be_given_a_list_but_apply_refuses_wrong_types() -> None:
    refused(start(), RoundDrawn(1, ["k-000"]), "verkeerd type")  # type: ignore[arg-type]
    refused(None, dataclasses.replace(start().setup, zones=["a", "b", "c"]), "verkeerd type")  # type: ignore[arg-type]

"""gedragen-session/1 JSON and the CSV export: exact keys, deterministic round trips, every refusal."""

from __future__ import annotations

import copy
import csv
import io
import json
from typing import Any

import pytest

from gedragen.core.dealing import new_session
from gedragen.core.deck import Card, Deck, Kind, Theme
from gedragen.core.errors import SessionError
from gedragen.core.events import (
    CardPlaced,
    CustomCard,
    CustomCardAdded,
    DebateCounted,
    Event,
    OutcomeRecorded,
    RoundClosed,
    RoundDrawn,
    RoundRevealed,
    SessionEnded,
    Team,
)
from gedragen.core.session import SessionState, replay
from gedragen.core.session_io import (
    CSV_COLUMNS,
    TOP_KEYS,
    csv_rows,
    parse_session_json,
    session_from_dict,
    session_from_json,
    session_to_csv,
    session_to_dict,
    session_to_json,
)

THEMES = ("pesten", "online")
DECK = Deck(
    id="vo-mbo",
    title="Testset",
    audience="vo-mbo",
    kinds=(Kind("team", "Teamkaart", "light"), Kind("school", "Schoolkaart", "dark")),
    themes=tuple(Theme(t, t.title(), "#123456") for t in THEMES),
    cards=tuple(
        Card(f"vo-{i:02d}", THEMES[i % 2], ("team", "school")[i % 2], f"Situatie {i}") for i in range(12)
    ),
    version="2026.2",
)
TEAMS = (Team("t1", "Groep 1", "#1F77B4"), Team("t2", "Groep 2", "#FF7F0E"))


def lookup(deck_id: str) -> Deck | None:
    return DECK if deck_id == DECK.id else None


def board_events(variant: str = "board") -> list[Event]:
    start = new_session(
        "Team onderbouw",
        DECK,
        variant,
        teams=TEAMS,
        seed=1,
        session_id="sessie-1",
        started="2026-11-23T20:15:00+01:00",
    )
    # t1: vo-00 vo-01 | eigen-1 | vo-02      t2: vo-02 | vo-00 | vo-01 eigen-1   (board)
    placements = (
        [
            ("t1", "vo-00", 0, 0),
            ("t1", "vo-01", 0, 1),
            ("t1", "eigen-1", 1, 0),
            ("t1", "vo-02", 2, 0),
            ("t2", "vo-02", 0, 0),
            ("t2", "vo-00", 1, 0),
            ("t2", "vo-01", 2, 0),
            ("t2", "eigen-1", 2, 1),
        ]
        if variant == "board"
        else [
            ("t1", "vo-00", 0, 0),
            ("t1", "vo-01", 0, 1),
            ("t1", "eigen-1", 1, 0),
            ("t1", "vo-02", 1, 1),
            ("t2", "vo-02", 0, 0),
            ("t2", "vo-00", 1, 0),
            ("t2", "vo-01", 1, 1),
            ("t2", "eigen-1", 1, 2),
        ]
    )
    return [
        start,
        RoundDrawn(1, ("vo-00", "vo-01", "vo-02"), "draw"),
        CustomCardAdded(
            CustomCard("eigen-1", "pesten", "school", "Een eigen situatie; met puntkomma."), True
        ),
        *(CardPlaced(*p) for p in placements),
        RoundRevealed(),
        OutcomeRecorded("vo-02", 1, "We spreken elkaar direct aan.", "privacy"),
        OutcomeRecorded("vo-00", None, "=SOM(1;2) is geen formule", None),
        RoundClosed(),
        RoundDrawn(2, ("vo-05",), "hand"),
        SessionEnded("2026-11-23T21:00:00+01:00"),
    ]


def debate_events() -> list[Event]:
    start = new_session(
        "Klas 2B", DECK, "debate", seed=1, session_id="debat-1", started="2026-11-23T10:00:00+01:00"
    )
    return [
        start,
        RoundDrawn(1, ("vo-03", "vo-04"), "hand"),
        DebateCounted("vo-04", "before", 12, 8),
        DebateCounted("vo-04", "after", 9, 11),
        DebateCounted("vo-03", "before", 5, 15),
        OutcomeRecorded("vo-04", 1, "Niet doorsturen.", "gedragsregels"),
    ]


def exported(events: list[Event]) -> dict[str, Any]:
    return session_to_dict(replay(events))


def test_exact_keys_and_values() -> None:
    data = exported(board_events())
    assert tuple(data) == TOP_KEYS
    assert data["format"] == "gedragen-session/1"
    assert data["deck"] == {"id": "vo-mbo", "version": "2026.2"}
    assert data["ended"] == "2026-11-23T21:00:00+01:00"
    assert data["custom_cards"] == [
        {"id": "eigen-1", "theme": "pesten", "kind": "school", "text": "Een eigen situatie; met puntkomma."}
    ]
    first = data["rounds"][0]
    assert set(first) == {"number", "cards", "placements", "debate", "outcomes"}
    assert first["cards"] == ["vo-00", "vo-01", "vo-02", "eigen-1"]
    assert first["placements"][:2] == [
        {"team": "t1", "card": "vo-00", "zone": 0, "order": 0},
        {"team": "t1", "card": "vo-01", "zone": 0, "order": 1},
    ]
    assert [o["card"] for o in first["outcomes"]] == ["vo-00", "vo-02"]  # round order
    assert first["outcomes"][1] == {
        "card": "vo-02",
        "group_zone": 1,
        "agreement": "We spreken elkaar direct aan.",
        "section": "privacy",
    }
    assert data["rounds"][1]["placements"] == [] and data["rounds"][1]["debate"] == []


def test_analysis_block_by_hand() -> None:
    analysis = exported(board_events())["analysis"]["rounds"][0]
    assert set(analysis) == {"number", "cards", "consensus", "team_agreement"}
    # zones  vo-00: 0,1   vo-01: 0,2   vo-02: 2,0   eigen-1: 1,2
    # D: vo-01 1, vo-02 1 (equal std 0.5, so by id), vo-00 0.5, eigen-1 0.5
    assert [c["card"] for c in analysis["cards"]] == ["vo-01", "vo-02", "eigen-1", "vo-00"]
    assert analysis["cards"][0] == {
        "card": "vo-01",
        "disagreement": 1.0,
        "median_zone": 0,
        "zones": {"t1": 0, "t2": 2},
    }
    assert analysis["cards"][2]["disagreement"] == 0.5 and analysis["cards"][2]["median_zone"] == 1
    # ranks t1: vo-00 1, vo-01 2, eigen-1 3, vo-02 4; t2: vo-02 1, vo-00 2, vo-01 3, eigen-1 4
    # means: vo-00 1.5, vo-01 2.5, vo-02 2.5, eigen-1 3.5
    assert analysis["consensus"] == ["vo-00", "vo-01", "vo-02", "eigen-1"]
    # pairs: 00-01 c, 00-02 d, 00-e c, 01-02 d, 01-e c, 02-e d -> 0 / 6
    assert analysis["team_agreement"] == [{"teams": ["t1", "t2"], "tau_b": 0.0}]


def test_quick_variant_tau_b_is_rounded_to_three_decimals() -> None:
    analysis = exported(board_events("quick"))["analysis"]["rounds"][0]
    # t1 zone0: vo-00 vo-01, zone1: eigen-1 vo-02 -> ranks 1.5 1.5 3.5 3.5
    # t2 zone0: vo-02, zone1: vo-00 vo-01 eigen-1 -> ranks 1, 3, 3, 3
    # pairs: 00-01 tie/tie, 00-02 d, 00-e (c: t1 1.5<3.5, t2 3=3 tie) tie_b, 01-02 d, 01-e tie_b,
    #        02-e (t1 tie, t2 1<3) tie_a.  c=0 d=2, n0=6, ties_a=2, ties_b=3 -> -2 / sqrt(4*3) = -0.5774
    assert analysis["team_agreement"][0]["tau_b"] == -0.577


def test_export_is_deterministic_and_round_trips_identically() -> None:
    for events in (board_events(), board_events("quick"), debate_events()):
        state = replay(events)
        text = session_to_json(state)
        assert text == session_to_json(replay(events))
        again = replay(session_from_json(text.encode("utf-8"), lookup))
        assert session_to_json(again) == text
        assert json.loads(text)["analysis"] == session_to_dict(again)["analysis"]


def test_debate_export() -> None:
    data = exported(debate_events())
    assert data["teams"] == [] and data["ended"] is None and data["variant"] == "debate"
    assert data["rounds"][0]["debate"] == [
        {"card": "vo-03", "before": [5, 15], "after": None},
        {"card": "vo-04", "before": [12, 8], "after": [9, 11]},
    ]
    assert data["analysis"]["rounds"][0] == {"number": 1, "cards": [], "consensus": [], "team_agreement": []}


def test_tampered_analysis_is_recomputed_not_trusted() -> None:
    data = exported(board_events())
    tampered = copy.deepcopy(data)
    tampered["analysis"] = {"rounds": [{"number": 1, "cards": [], "consensus": ["x"], "team_agreement": []}]}
    assert session_to_dict(replay(session_from_dict(tampered, lookup))) == data


def test_an_old_deck_version_still_imports() -> None:
    data = exported(board_events())
    data["deck"]["version"] = "2020.1"
    state = replay(session_from_dict(data, lookup))
    assert state.setup.deck_version == "2020.1"


def _broken(change: Any) -> dict[str, Any]:
    data = exported(board_events())
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (lambda d: d.update(format="gedragen-session/2"), "Onbekend formaat"),
        (lambda d: d.pop("format"), "mist: format"),
        (lambda d: d.update(extra=1), "onbekende velden: extra"),
        (lambda d: d["deck"].update(id="po"), "Kaartenset 'po' is niet gevonden"),
        (
            lambda d: d["rounds"][0]["cards"].append("vo-99"),
            "kaart 'vo-99' staat niet in kaartenset 'vo-mbo'",
        ),
        (lambda d: d["rounds"][0]["placements"][3].update(zone=3), "Zone 3 bestaat niet"),
        (lambda d: d["rounds"][0]["placements"][0].update(zone=True), "heel getal"),
        (lambda d: d["rounds"][0]["placements"][1].update(order=5), "0, 1, 2"),
        (lambda d: d["rounds"][0]["placements"].append(dict(d["rounds"][0]["placements"][0])), "twee keer"),
        (lambda d: d["rounds"][0]["placements"][3].update(team="t9"), "Team 't9'"),
        (lambda d: d["rounds"][0]["placements"][0].update(card="vo-07"), "hoort niet bij de open ronde"),
        (lambda d: d["teams"].append(dict(d["teams"][0])), "twee keer"),
        (lambda d: d["teams"].__setitem__(0, {"id": "t1"}), "mist: name, color"),
        (lambda d: d["rounds"][1].update(number=3), "nummer 3"),
        (lambda d: d["rounds"][1].update(number="2"), "heel getal"),
        (lambda d: d["rounds"][1]["cards"].__setitem__(0, "vo-00"), "al gebruikt"),
        (lambda d: d["rounds"][0]["outcomes"][0].update(section="sport"), "onderdeel van het protocol"),
        (
            lambda d: d["rounds"][0]["outcomes"][0].update(card="vo-05"),
            "hoort niet bij een kaart van deze ronde",
        ),
        (lambda d: d["rounds"][0]["outcomes"].append(dict(d["rounds"][0]["outcomes"][0])), "twee afspraken"),
        (
            lambda d: d["rounds"][0]["debate"].append({"card": "vo-00", "before": [1, 2], "after": None}),
            "overloopdebat",
        ),
        (lambda d: d.update(variant="debate", zones=["G", "O"]), "geen teams"),
        (lambda d: d.update(variant="debate"), "precies 2 zones"),
        (lambda d: d.update(zones=["a", "b", "c", "d"]), "2, 3 of 5"),
        (lambda d: d.update(started="2026-11-23 20:15"), "tijdzone"),
        (lambda d: d.update(ended=5), "tekst"),
        (lambda d: d.update(rounds={}), "lijst"),
        (lambda d: d.update(rounds=[d["rounds"][0]] * 1001), "te lang"),
        (
            lambda d: d.update(custom_cards=[{"id": "eigen-1", "theme": "x", "kind": "team", "text": "t"}]),
            "kaartenset 'vo-mbo' kent die niet",
        ),
        (lambda d: d.update(name=""), "niet leeg"),
        (lambda d: d.update(analysis=[]), "analysis"),
    ],
)
def test_broken_session_files_are_refused_clearly(change: Any, match: str) -> None:
    with pytest.raises(SessionError, match=match):
        session_from_dict(_broken(change), lookup)


def test_debate_counts_must_be_pairs() -> None:
    data = exported(debate_events())
    data["rounds"][0]["debate"][0]["before"] = [1, 2, 3]
    with pytest.raises(SessionError, match=r"twee getallen|te lang"):
        session_from_dict(data, lookup)
    data["rounds"][0]["debate"][0]["before"] = [-1, 2]
    with pytest.raises(SessionError, match="heel getal van 0"):
        session_from_dict(data, lookup)


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        (b"{", "geen geldige JSON"),
        (b"\xff\xfe{}", "UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, r"JSON|genest"),
        (b" " * (20 * 1024 * 1024 + 1), "te groot"),
        (b"[]", "object"),
        (b"null", "object"),
    ],
)
def test_unreadable_json(raw: bytes, match: str) -> None:
    with pytest.raises(SessionError, match=match):
        session_from_json(raw, lookup)


def test_json_with_bom_is_read() -> None:
    text = session_to_json(replay(board_events()))
    assert parse_session_json(b"\xef\xbb\xbf" + text.encode()) == json.loads(text)


# --- CSV -------------------------------------------------------------------------------------


def read_csv(state: SessionState) -> list[dict[str, str]]:
    text = session_to_csv(state, lookup)
    assert text.startswith("\ufeff")
    assert "\r\n" in text
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";")
    rows = list(reader)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert (
        ";".join(CSV_COLUMNS)
        == "session_id;session_name;date;deck_id;variant;round;card_id;theme;kind;team;zone;zone_label;rank;group_zone;agreement"
    )
    return [dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]]


def test_csv_board_rows() -> None:
    rows = read_csv(replay(board_events()))
    placed = [r for r in rows if r["team"]]
    assert len(placed) == 8
    first = rows[0]
    assert first["session_id"] == "sessie-1" and first["date"] == "2026-11-23" and first["variant"] == "board"
    assert (first["card_id"], first["theme"], first["kind"], first["team"]) == (
        "vo-00",
        "pesten",
        "team",
        "t1",
    )
    assert (first["zone"], first["zone_label"], first["rank"]) == ("0", "Gewenst", "1")
    by = {(r["card_id"], r["team"]): r for r in rows}
    assert by[("vo-02", "t1")]["rank"] == "4" and by[("vo-02", "t2")]["rank"] == "1"
    assert by[("vo-02", "t1")]["group_zone"] == "1"
    assert by[("vo-02", "t1")]["agreement"] == "We spreken elkaar direct aan."
    assert by[("vo-00", "t2")]["agreement"] == "'=SOM(1;2) is geen formule"
    assert by[("eigen-1", "t1")]["theme"] == "pesten" and by[("eigen-1", "t1")]["kind"] == "school"
    # round 2's card nobody placed still has a row
    assert by[("vo-05", "")]["round"] == "2" and by[("vo-05", "")]["zone"] == ""


def test_csv_quick_ranks_share_the_zone() -> None:
    rows = read_csv(replay(board_events("quick")))
    t2 = {r["card_id"]: r["rank"] for r in rows if r["team"] == "t2"}
    assert t2 == {"vo-02": "1", "vo-00": "2", "vo-01": "2", "eigen-1": "2"}


def test_csv_debate_rows() -> None:
    rows = read_csv(replay(debate_events()))
    assert [(r["card_id"], r["team"], r["zone_label"]) for r in rows] == [
        ("vo-03", "voor", "5 gewenst, 15 ongewenst"),
        ("vo-04", "voor", "12 gewenst, 8 ongewenst"),
        ("vo-04", "na", "9 gewenst, 11 ongewenst"),
    ]
    assert rows[1]["agreement"] == "Niet doorsturen." and rows[1]["group_zone"] == "1"


def test_csv_without_the_deck_leaves_theme_empty() -> None:
    rows = csv_rows(replay(board_events()), lambda _: None)
    assert rows[0][7:9] == ["", ""]
    eigen = [r for r in rows if r[6] == "eigen-1"]
    assert eigen[0][7] == "pesten"


def test_lone_surrogates_from_json_escapes_are_refused() -> None:
    """"\\ud800" is valid JSON but cannot be stored as UTF-8 text."""
    for change in (
        lambda d: d["rounds"][0]["outcomes"][0].update(agreement="a\ud800"),
        lambda d: d.update(name="Team \udc00"),
        lambda d: d["teams"][0].update(name="Groep \ud800"),
        lambda d: d["custom_cards"][0].update(text="x\ud800"),
    ):
        text = json.dumps(_broken(change))
        assert "\\ud" in text
        with pytest.raises(SessionError, match="ongeldig teken"):
            session_from_json(text, lookup)

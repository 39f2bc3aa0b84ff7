"""Teams op eigen apparaat, the rules: joining and team keys, message checks, a device's board as the same
events as a typed board line, what a device may see before the reveal, and the rate limit."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gedragen.core import devices as dv
from gedragen.core.board_entry import board_events, parse_board_line
from gedragen.core.dealing import draw_round, new_session
from gedragen.core.events import CardPlaced, RoundClosed
from gedragen.core.session import apply
from tests.core.test_session_properties import DECK, TEAMS, ZONES

TEAM_IDS = ("rood", "blauw", "groen")


def _round(variant: str = "board", revealed: bool = False, phase: str | None = None) -> dv.DeviceRound:
    cards = (dv.RoundCard("c1", 1, "Een"), dv.RoundCard("c2", 2, "Twee"), dv.RoundCard("c3", 3, "Drie"))
    teams = tuple(dv.DeviceTeam(t, t.title(), "#aa0000") for t in TEAM_IDS)
    if variant == "debate":
        cards = cards[:1]
    zones = ("Gewenst", "Hangt ervan af", "Ongewenst") if variant == "board" else ("Gewenst", "Ongewenst")
    return dv.check_round(dv.DeviceRound(4, variant, cards, zones, teams, revealed, phase))


# --- secrets -------------------------------------------------------------------------------------


def test_link_token_and_keys_carry_enough_random_bits() -> None:
    tokens = {dv.new_token() for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(t) >= 32 for t in tokens)  # 24 bytes → 32 URL-safe characters = 192 bits
    keys = {dv.new_key() for _ in range(50)}
    assert len(keys) == 50 and all(len(k) >= 22 for k in keys)  # ≥ 128 bits
    codes = {dv.new_code() for _ in range(50)}
    assert all(len(c) == dv.CODE_LENGTH and set(c) <= set(dv.CODE_ALPHABET) for c in codes)
    assert len(codes) > 40


# --- lobby ---------------------------------------------------------------------------------------


def test_first_device_claims_a_team_and_a_second_needs_its_key() -> None:
    lobby = dv.new_lobby(TEAM_IDS)
    lobby, key = dv.claim_team(lobby, "rood", "d1")
    assert lobby.team_of("d1") == "rood"
    with pytest.raises(dv.DeviceError, match="al gekozen"):
        dv.claim_team(lobby, "rood", "d2")
    with pytest.raises(dv.DeviceError, match="al gekozen"):
        dv.claim_team(lobby, "rood", "d2", dv.new_key())
    lobby, again = dv.claim_team(lobby, "rood", "d2", key)
    assert again == key and lobby.devices("rood") == ("d1", "d2")
    with pytest.raises(dv.DeviceError, match="al 2 apparaten"):
        dv.claim_team(lobby, "rood", "d3", key)


def test_a_reloaded_page_comes_back_with_its_key_even_after_the_lobby_closed() -> None:
    lobby, key = dv.claim_team(dv.new_lobby(TEAM_IDS), "blauw", "d1")
    lobby = dv.close_lobby(dv.device_left(lobby, "d1"))
    assert lobby.devices("blauw") == ()
    lobby, again = dv.claim_team(lobby, "blauw", "d9", key)
    assert again == key and lobby.team_of("d9") == "blauw"
    with pytest.raises(dv.DeviceError, match="kan nu niet meer"):
        dv.claim_team(lobby, "groen", "d5")


def test_release_voids_the_key_and_frees_the_team() -> None:
    lobby, key = dv.claim_team(dv.new_lobby(TEAM_IDS), "groen", "d1")
    lobby = dv.release_team(lobby, "groen")
    assert lobby.claim("groen") is None and lobby.team_of("d1") is None
    lobby, new = dv.claim_team(lobby, "groen", "d2")
    assert new != key
    with pytest.raises(dv.DeviceError, match="al gekozen"):
        dv.claim_team(lobby, "groen", "d1", key)


def test_one_device_is_one_team_and_unknown_teams_are_refused() -> None:
    lobby, _ = dv.claim_team(dv.new_lobby(TEAM_IDS), "rood", "d1")
    with pytest.raises(dv.DeviceError, match="ander team"):
        dv.claim_team(lobby, "blauw", "d1")
    with pytest.raises(dv.DeviceError, match="doet niet mee"):
        dv.claim_team(lobby, "paars", "d2")
    with pytest.raises(dv.DeviceError, match="doet niet mee"):
        dv.release_team(lobby, "paars")


def test_the_short_code_works_only_while_the_lobby_is_open_and_not_after_many_wrong_tries() -> None:
    lobby = dv.new_lobby(TEAM_IDS, code="AB3CD")
    assert dv.check_code(lobby, " ab3cd ")[1]
    lobby, ok = dv.check_code(lobby, "XXXXX")
    assert not ok and lobby.code_failures == 1
    assert not dv.check_code(dv.close_lobby(lobby), "AB3CD")[1]
    for _ in range(dv.MAX_CODE_FAILURES):
        lobby, _ok = dv.check_code(lobby, "ZZZZZ")
    assert not dv.check_code(lobby, "AB3CD")[1]
    reopened = dv.open_lobby(lobby)
    assert reopened.code_failures == 0 and dv.check_code(reopened, reopened.code)[1]


@st.composite
def _moves(draw: st.DrawFn) -> list[tuple[str, ...]]:
    devices = st.sampled_from(["d1", "d2", "d3", "d4", "d5"])
    teams = st.sampled_from([*TEAM_IDS, "paars"])
    move = st.one_of(
        st.tuples(st.just("claim"), teams, devices, st.sampled_from(["none", "known", "wrong"])),
        st.tuples(st.just("left"), devices),
        st.tuples(st.just("release"), teams),
        st.tuples(st.just("close")),
        st.tuples(st.just("open")),
        st.tuples(st.just("code"), st.sampled_from(["right", "wrong"])),
    )
    return draw(st.lists(move, max_size=40))


@settings(max_examples=300, deadline=None)
@given(moves=_moves())
def test_any_sequence_of_moves_gives_a_valid_lobby_or_a_refusal(moves: list[tuple[str, ...]]) -> None:
    lobby = dv.new_lobby(TEAM_IDS)
    keys: dict[str, str] = {}
    for move in moves:
        try:
            if move[0] == "claim":
                _, team, device, which = move
                key = {"none": None, "known": keys.get(team), "wrong": "x" * 22}[which]
                lobby, got = dv.claim_team(lobby, team, device, key)
                keys[team] = got
            elif move[0] == "left":
                lobby = dv.device_left(lobby, move[1])
            elif move[0] == "release":
                lobby = dv.release_team(lobby, move[1])
            elif move[0] == "close":
                lobby = dv.close_lobby(lobby)
            elif move[0] == "open":
                lobby = dv.open_lobby(lobby)
            else:
                lobby, _ok = dv.check_code(lobby, lobby.code if move[1] == "right" else "?????")
        except dv.DeviceError:
            pass
        teams = [c.team for c in lobby.claims]
        assert len(teams) == len(set(teams)) and set(teams) <= set(TEAM_IDS)
        devices = [d for c in lobby.claims for d in c.devices]
        assert len(devices) == len(set(devices)), "a device is never two teams"
        assert all(len(c.devices) <= dv.MAX_DEVICES_PER_TEAM for c in lobby.claims)
        assert len({c.key for c in lobby.claims}) == len(lobby.claims)


# --- messages ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"type": "ping"}', "tekstberichten"),
        ("x" * (dv.MAX_MESSAGE_BYTES + 1), "te groot"),
        (json.dumps({"type": "ping", "pad": "é" * 9000}), "te groot"),
        ("{not json", "geen geldige JSON"),
        ("[" * 5000 + "]" * 5000, "geen geldige JSON|zonder soort"),
        ("[]", "zonder soort"),
        ('{"type": "hack"}', "Onbekend"),
        ('{"type": "ping", "extra": 1}', "Onbekend"),
        ('{"type": "claim", "team": "../etc"}', "Ongeldige id"),
        ('{"type": "claim", "team": "rood", "key": "kort"}', "teamsleutel"),
        ('{"type": "board", "round": true, "zones": []}', "rondenummer"),
        ('{"type": "board", "round": 1, "zones": [[], [], [], [], [], []]}', "1 tot 5 vakken"),
        ('{"type": "board", "round": 1, "zones": ["c1"]}', "lijst van kaarten"),
        ('{"type": "board", "round": 1, "zones": [[7]]}', "Ongeldige id"),
        ('{"type": "vote", "card": "c1", "phase": "tijdens", "choice": "gewenst", "voter": "v"}', "Ongeldige stem"),
        ('{"type": "vote", "card": "c1", "phase": "before", "choice": "gewenst", "voter": "v"}', "stemmer"),
    ],
)
def test_a_bad_message_is_refused_with_a_reason(raw: str | bytes, message: str) -> None:
    with pytest.raises(dv.DeviceError, match=message):
        dv.parse_message(raw)


@settings(max_examples=300, deadline=None)
@given(raw=st.one_of(st.text(max_size=300), st.binary(max_size=50), st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20)),
    lambda children: st.one_of(st.lists(children, max_size=5), st.dictionaries(
        st.sampled_from(["type", "team", "key", "round", "zones", "card", "phase", "choice", "voter", "x"]),
        children, max_size=6)),
    max_leaves=20,
).map(json.dumps)))
def test_any_input_is_a_message_or_a_refusal(raw: str | bytes) -> None:
    rnd = _round()
    try:
        msg = dv.parse_message(raw)
    except dv.DeviceError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    if isinstance(msg, dv.BoardMessage):
        try:
            board = dv.check_board(rnd, msg)
        except dv.DeviceError:
            return
        assert {c for zone in board for c in zone} <= set(rnd.card_ids())


def test_a_board_is_checked_against_the_round() -> None:
    rnd = _round()
    good = dv.BoardMessage(4, (("c2",), ("c1", "c3"), ()))
    assert dv.check_board(rnd, good) == (("c2",), ("c1", "c3"), ())
    for message, reason in [
        (dv.BoardMessage(3, good.zones), "andere ronde"),
        (dv.BoardMessage(4, (("c1",), ())), "3 vakken"),
        (dv.BoardMessage(4, (("c1",), ("c1",), ())), "één plek"),
        (dv.BoardMessage(4, (("c9",), (), ())), "hoort niet bij"),
    ]:
        with pytest.raises(dv.DeviceError, match=reason):
            dv.check_board(rnd, message)
    with pytest.raises(dv.DeviceError, match="al getoond"):
        dv.check_board(replace(rnd, revealed=True), good)
    with pytest.raises(dv.DeviceError, match="overloopdebat"):
        dv.check_board(_round("debate"), good)


def test_a_vote_counts_only_for_the_open_card_and_phase() -> None:
    rnd = _round("debate", phase="before")
    vote = dv.VoteMessage("c1", "before", "gewenst", "v" * 16)
    assert dv.check_vote(rnd, vote) == vote
    with pytest.raises(dv.DeviceError, match="niet open"):
        dv.check_vote(rnd, replace(vote, phase="after"))
    with pytest.raises(dv.DeviceError, match="niet open"):
        dv.check_vote(replace(rnd, debate_phase=None), vote)
    with pytest.raises(dv.DeviceError, match="nu niet gestemd"):
        dv.check_vote(rnd, replace(vote, card="c2"))
    with pytest.raises(dv.DeviceError, match="alleen in een overloopdebat"):
        dv.check_vote(_round(), vote)
    assert dv.tally({"a": "gewenst", "b": "ongewenst", "c": "gewenst"}) == (2, 1)


def test_a_round_the_host_gives_is_checked() -> None:
    with pytest.raises(dv.DeviceError, match="dubbele"):
        dv.check_round(replace(_round(), cards=(dv.RoundCard("c1", 1, "a"), dv.RoundCard("c1", 2, "b"))))
    with pytest.raises(dv.DeviceError, match="werkvorm"):
        dv.check_round(replace(_round(), variant="poker"))


# --- a device's board is a typed board line ------------------------------------------------------


def _session(k: int, seed: int):  # type: ignore[no-untyped-def]
    start = new_session("S", DECK, "board", teams=TEAMS, zones=ZONES[k], seed=seed, session_id="s",
                        started="2026-11-23T20:15:00+01:00")
    state = apply(None, start)
    return apply(state, draw_round(state, DECK, 6))


@settings(max_examples=100, deadline=None)
@given(k=st.sampled_from([2, 3, 5]), seed=st.integers(0, 2**32), data=st.data())
def test_a_device_board_gives_the_same_events_and_state_as_the_typed_line(
    k: int, seed: int, data: st.DataObject
) -> None:
    state = _session(k, seed)
    rnd = state.current_round
    digits = "".join(str(data.draw(st.integers(1, k))) for _ in rnd.cards)
    typed = parse_board_line(digits, rnd.cards, k)
    device_round = dv.DeviceRound(
        rnd.number, "board", tuple(dv.RoundCard(c, i + 1, c) for i, c in enumerate(rnd.cards)),
        state.zones, tuple(dv.DeviceTeam(t.id, t.name, t.color) for t in state.teams),
    )
    sent = dv.parse_message(json.dumps({"type": "board", "round": rnd.number, "zones": [list(z) for z in typed]}))
    assert isinstance(sent, dv.BoardMessage)
    board = dv.check_board(device_round, sent)
    assert board == typed
    events = board_events(state, "a", board)
    assert events == board_events(state, "a", typed)
    after = state
    for event in events:
        after = apply(after, event)
    assert after.current_round.board("a").zones == typed
    assert board_events(after, "a", board) == [], "the same board again changes nothing"


# --- what a device may see -----------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_before_the_reveal_a_device_sees_nothing_of_another_team(data: st.DataObject) -> None:
    rnd = _round()

    def a_board() -> dv.Board:
        placed = data.draw(st.permutations(rnd.card_ids()))
        zones = [data.draw(st.integers(0, 2)) for _ in placed]
        return tuple(tuple(c for c, z in zip(placed, zones, strict=True) if z == zone) for zone in range(3))

    own = a_board()
    one = {"rood": own, "blauw": a_board(), "groen": a_board()}
    other = {"rood": own, "blauw": a_board()}
    view = dv.device_view(rnd, "rood", one)
    assert view == dv.device_view(rnd, "rood", other)
    assert view["board"] == [list(z) for z in own] and "compare" not in view
    assert "blauw" not in json.dumps(view) and "groen" not in json.dumps(view)


def test_after_the_reveal_a_device_sees_every_team_zone_per_card() -> None:
    rnd = _round(revealed=True)
    boards = {"rood": (("c1",), ("c2",), ("c3",)), "blauw": ((), ("c1", "c3"), ("c2",))}
    view = dv.device_view(rnd, "rood", boards)
    first = view["compare"][0]
    assert first["card"] == "c1"
    assert [(z["team"], z["zone"]) for z in first["zones"]] == [("rood", 1), ("blauw", 2), ("groen", None)]


def test_tiles_show_devices_and_progress_never_positions() -> None:
    rnd = _round()
    lobby, _ = dv.claim_team(dv.new_lobby(TEAM_IDS), "rood", "d1")
    shown = dv.tiles(lobby, rnd, {"rood": (("c1",), ("c3",), ())})
    assert shown[0] == dv.TeamTile("rood", True, 1, 2, 3)
    assert shown[1] == dv.TeamTile("blauw", False, 0, 0, 3)
    lobby_page = dv.lobby_view(lobby, rnd, rnd.teams)
    assert [t["taken"] for t in lobby_page["teams"]] == [True, False, False]
    assert "key" not in json.dumps(lobby_page)


# --- rate limit ----------------------------------------------------------------------------------


def test_at_most_ten_messages_a_second_per_device() -> None:
    bucket = None
    allowed = 0
    for i in range(100):  # 100 messages within one second
        bucket, ok = dv.take(bucket, 1000.0 + i * 0.01)
        allowed += ok
    assert 10 <= allowed <= 20  # the burst of 10 plus what refills in that second
    bucket, ok = dv.take(bucket, 1005.0)
    assert ok and bucket.tokens == pytest.approx(dv.MAX_MESSAGES_PER_SECOND - 1)
    steady = None
    results = [dv.take(steady, 0.0)]
    for i in range(1, 50):
        steady, ok = dv.take(results[-1][0], i * 0.1)
        results.append((steady, ok))
    assert all(ok for _, ok in results), "one message every 100 ms is always fine"


def test_the_open_round_of_a_session_as_devices_play_it() -> None:
    state = _session(3, 11)
    assert dv.device_round(apply(state, RoundClosed()), DECK.card, lambda t: None) is None
    first = state.current_round.cards[0]
    state = apply(state, CardPlaced("a", first, 2, 0))
    shown = dv.device_round(state, DECK.card, lambda t: DECK.theme(t))
    assert shown is not None
    rnd, boards = shown
    assert rnd.card_ids() == state.current_round.cards and [c.number for c in rnd.cards] == list(range(1, 7))
    assert rnd.zones == state.zones and rnd.team_ids() == ("a", "b", "c") and not rnd.revealed
    assert boards["a"] == ((), (), (first,)) and boards["b"] == ((), (), ())
    assert rnd.cards[0].color == DECK.theme(DECK.card(first).theme).color

"""The host facade without a network: any sequence of device messages and facilitator moves gives a valid
state or a refused message (DeviceError), and a board reaches the host only from a device of that team,
inside the open round, before the reveal."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gedragen.core import devices as dv
from gedragen.remote.session import RemoteSession
from tests.remote.remote_support import CARDS, TEAMS, ZONES

DEVICES = ("d1", "d2", "d3", "d4")
CARD_IDS = [c.id for c in CARDS] + ["c9"]


def _board() -> st.SearchStrategy[dv.Message]:
    zone = st.lists(st.sampled_from(CARD_IDS), max_size=4)
    return st.builds(lambda n, zones: dv.BoardMessage(n, tuple(tuple(z) for z in zones)),
                     st.sampled_from([1, 2]), st.lists(zone, min_size=2, max_size=4))


MESSAGES = st.one_of(
    st.builds(dv.ClaimMessage, st.sampled_from(["rood", "blauw", "groen", "paars"]), st.sampled_from([None, "k" * 22])),
    _board(),
    st.builds(dv.VoteMessage, st.sampled_from(["c1", "c2"]), st.sampled_from(dv.DEBATE_PHASES),
              st.sampled_from(dv.VOTE_CHOICES), st.sampled_from(["v" * 16, "w" * 16])),
    st.just(dv.PingMessage()),
)
STEPS = st.one_of(
    st.tuples(st.just("message"), st.sampled_from(DEVICES), MESSAGES),
    st.tuples(st.just("open"), st.sampled_from(DEVICES)),
    st.tuples(st.just("close"), st.sampled_from(DEVICES)),
    st.tuples(st.just("host"), st.sampled_from(["round", "reveal", "wait", "release", "lobby", "debate", "vote"])),
)


@settings(max_examples=200, deadline=None)
@given(steps=st.lists(STEPS, max_size=40))
def test_any_sequence_gives_a_valid_state_or_a_refusal(steps: list[tuple[object, ...]]) -> None:
    received: list[tuple[str, dv.Board]] = []
    remote = RemoteSession(TEAMS, on_board=lambda team, board: received.append((team, board)))
    for step in steps:
        kind = step[0]
        if kind == "message":
            device, message = step[1], step[2]
            assert isinstance(device, str)
            before = len(received)
            team = remote._lobby.team_of(device)
            rnd = remote._round
            try:
                remote.device_message(device, message)  # type: ignore[arg-type]
            except dv.DeviceError as exc:
                assert str(exc) and "\n" not in str(exc)
            if len(received) > before:
                got_team, board = received[-1]
                assert isinstance(message, dv.BoardMessage)
                assert team == got_team, "only a device of that team moves its cards"
                assert rnd is not None and not rnd.revealed and rnd.variant != "debate"
                assert {c for z in board for c in z} <= set(rnd.card_ids())
        elif kind == "open":
            remote.device_opened(str(step[1]))
        elif kind == "close":
            remote.device_closed(str(step[1]))
        else:
            move = step[1]
            if move == "round":
                remote.set_round(1, "board", CARDS, ZONES)
            elif move == "reveal":
                remote.reveal()
            elif move == "wait":
                remote.wait_for_round()
            elif move == "release":
                remote.release("rood")
            elif move == "lobby":
                remote.close_lobby()
            elif move == "debate":
                remote.set_round(2, "debate", CARDS[:1], ("Gewenst", "Ongewenst"))
            else:
                remote.open_vote("before")
        claims = remote._lobby.claims
        assert all(len(c.devices) <= dv.MAX_DEVICES_PER_TEAM for c in claims)
        devices = [d for c in claims for d in c.devices]
        assert len(devices) == len(set(devices))
        for tile in remote.tiles():
            assert 0 <= tile.placed <= tile.total


def test_a_device_never_jumps_back_to_a_board_the_host_has_not_caught_up_with() -> None:
    handed: list[dv.Board] = []
    remote = RemoteSession(TEAMS, on_board=lambda team, board: handed.append(board))
    pushed: list[str] = []
    remote._push_team = pushed.append  # type: ignore[method-assign]
    remote.set_round(1, "board", CARDS, ZONES)
    remote.device_message("d1", dv.ClaimMessage("rood", None))
    boards = [(("c1",), (), ()), (("c1", "c2"), (), ()), (("c1", "c2"), ("c3",), ())]
    for board in boards:
        remote.device_message("d1", dv.BoardMessage(1, board))
    assert handed == boards
    remote.sync_boards({"rood": boards[0]})  # the host applied the first; two more are on their way
    assert pushed == [] and remote._boards["rood"] == boards[2]
    remote.sync_boards({"rood": boards[2]})
    assert pushed == [] and remote._pending["rood"] == []
    typed = ((), ("c1",), ("c2", "c3"))  # the facilitator typed this team's board on the laptop
    remote.sync_boards({"rood": typed})
    assert pushed == ["rood"] and remote._boards["rood"] == typed
    remote.device_message("d1", dv.BoardMessage(1, boards[0]))
    remote.board_refused("rood", typed)  # the host refused the device's board: the truth goes back
    assert pushed == ["rood", "rood"] and remote._boards["rood"] == typed


def test_another_teams_placement_never_sends_a_device_an_older_board_of_its_own() -> None:
    """Seen with three phones: while the host was still behind on team rood, a placement of team blauw
    synced every board and rood's phone was sent its older board (its last card jumped back)."""
    remote = RemoteSession(TEAMS, on_board=lambda team, board: None)
    pushed: list[str] = []
    remote._push_team = pushed.append  # type: ignore[method-assign]
    remote.set_round(1, "board", CARDS, ZONES)
    remote.device_message("d1", dv.ClaimMessage("rood", None))
    remote.device_message("d2", dv.ClaimMessage("blauw", None))
    first, second = (("c1",), (), ()), (("c1",), (), ("c2",))
    remote.device_message("d1", dv.BoardMessage(1, first))
    remote.device_message("d1", dv.BoardMessage(1, second))  # on its way through the host's queue
    remote.sync_boards({"rood": first, "blauw": ((), (), ())})  # the host applied rood's first board
    theirs = ((), ("c3",), ())
    remote.device_message("d2", dv.BoardMessage(1, theirs))
    remote.sync_boards({"rood": first, "blauw": theirs})  # the host applied blauw's board, not yet rood's second
    assert "rood" not in pushed and remote._boards["rood"] == second
    remote.sync_boards({"rood": second, "blauw": theirs})
    assert "rood" not in pushed and remote._pending["rood"] == []


def test_a_device_whose_board_crossed_a_typed_one_gets_the_final_board() -> None:
    """The facilitator typed rood's board while rood's phone sent a newer one: the phone was shown the typed
    board, then the host took the phone's board; the phone must end up showing what the host holds."""
    remote = RemoteSession(TEAMS, on_board=lambda team, board: None)
    pushed: list[str] = []
    remote._push_team = pushed.append  # type: ignore[method-assign]
    remote.set_round(1, "board", CARDS, ZONES)
    remote.device_message("d1", dv.ClaimMessage("rood", None))
    typed, from_phone = ((), ("c1",), ()), (("c2",), (), ())
    remote.sync_boards({"rood": typed})
    assert pushed == ["rood"]
    remote.device_message("d1", dv.BoardMessage(1, from_phone))  # sent before the phone saw the typed board
    remote.sync_boards({"rood": from_phone})  # the host took the phone's board: the phone shows typed now
    assert pushed == ["rood", "rood"] and remote._boards["rood"] == from_phone

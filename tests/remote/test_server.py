"""The device server against hostile and clumsy clients, on 127.0.0.1 port 0: every refusal bounded in
count and time, counted, and never reaching the host; a slow device never blocks the others."""

from __future__ import annotations

import base64
import json
import os
import socket
import time
import urllib.error
import urllib.request
from contextlib import ExitStack

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus

from gedragen.core import devices as dv
from gedragen.remote.page import PAGE_FILES
from gedragen.remote.session import RemoteSession
from tests.remote.remote_support import (
    CARDS,
    TEAMS,
    ZONES,
    claim,
    client,
    recv,
    recv_until,
    running,
    wait_for,
    ws_url,
)

pytestmark = pytest.mark.timeout(60)


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers=headers or {})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=5) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


# --- the page and the link ------------------------------------------------------------------------


def test_the_page_is_served_from_memory_with_strict_headers() -> None:
    with running() as (_remote, address, _host):
        status, body, headers = _get(address.link)
        assert status == 200 and b"/static/app.js" in body
        assert headers["Referrer-Policy"] == "no-referrer"
        assert "connect-src ws://127.0.0.1:" in headers["Content-Security-Policy"]
        for name in PAGE_FILES:
            status, body, _ = _get(f"{address.base}static/{name}")
            assert status == 200 and len(body) > 100, name


def test_refusals_are_short_dutch_pages() -> None:
    with running() as (_remote, address, _host):
        for url, status in ((f"{address.link}ws", 426), (f"{address.link}nergens", 404), (f"{address.base}favicon.ico", 404)):
            got, body, headers = _get(url)
            assert got == status and headers["Content-Type"].startswith("text/html"), url
            assert b"<html lang=nl>" in body and b"WebSocket" not in body, url


def test_a_wrong_token_gets_403_for_the_page_and_the_websocket() -> None:
    with running() as (remote, address, _host):
        status, body, _ = _get(f"{address.base}{dv.new_token()}/")
        assert status == 403 and b"klopt niet" in body
        with pytest.raises(InvalidStatus) as refused:
            _connect(ws_url(address, dv.new_token()), address)
        assert refused.value.response.status_code == 403
        assert remote.dropped()["verkeerde link"] == 2
        assert remote.server.connected() == 0


def _connect(url: str, address: object, **kwargs: object):  # type: ignore[no-untyped-def]
    from websockets.sync.client import connect

    kwargs.setdefault("origin", address.base.rstrip("/"))  # type: ignore[attr-defined]
    return connect(url, open_timeout=5, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("origin", ["http://evil.example", "http://127.0.0.1:1", "null"])
def test_a_foreign_origin_is_refused(origin: str) -> None:
    with running() as (remote, address, _host):
        with pytest.raises(InvalidStatus) as refused:
            _connect(ws_url(address), address, origin=origin)
        assert refused.value.response.status_code == 403
        assert remote.dropped()["verkeerde herkomst"] == 1


def test_a_missing_origin_is_refused() -> None:
    with running() as (_remote, address, _host), pytest.raises(InvalidStatus):
        _connect(ws_url(address), address, origin=None)


def test_a_foreign_host_header_is_refused_everywhere() -> None:
    """DNS rebinding: a page from another name that resolves here must not read or open anything."""
    with running() as (remote, address, _host):
        for path in ("", "static/app.js", address.link.rsplit("/", 2)[1] + "/"):
            status, _, _ = _get(address.base + path, {"Host": f"evil.example:{address.port}"})
            assert status == 421, path
        with pytest.raises(InvalidStatus):
            _connect(ws_url(address), address, additional_headers={"Host": "evil.example"})
        with socket.create_connection(("127.0.0.1", address.port), timeout=5) as raw:  # two Host headers
            raw.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{address.port}\r\nHost: evil.example\r\n\r\n".encode())
            assert raw.recv(64).startswith(b"HTTP/1.1 421")
        assert remote.dropped()["verkeerd adres"] >= 4


def test_the_short_code_leads_to_the_link_only_while_the_lobby_is_open() -> None:
    with running() as (remote, address, _host):
        status, _, headers = _get(f"{address.base}?code={address.code.lower()}")
        assert status == 302 and headers["Location"].endswith(address.link.rsplit("/", 2)[1] + "/")
        status, _, _ = _get(f"{address.base}?code=ZZZZZ")
        assert status == 403
        remote.close_lobby()
        status, _, _ = _get(f"{address.base}?code={address.code}")
        assert status == 403


def test_all_interfaces_are_never_the_default() -> None:
    remote = RemoteSession(TEAMS)
    for host in ("0.0.0.0", "", "::"):
        with pytest.raises(dv.DeviceError, match="niet alle tegelijk"):
            remote.start(host, 0)
    assert not remote.server.running


def test_a_busy_port_or_a_missing_address_is_one_dutch_line() -> None:
    with running() as (_remote, address, _host), \
            pytest.raises(dv.DeviceError, match=f"Poort {address.port} is al in gebruik"):
        RemoteSession(TEAMS).start("127.0.0.1", address.port)
    with pytest.raises(dv.DeviceError, match=r"netwerkadres 203\.0\.113\.254"):
        RemoteSession(TEAMS).start("203.0.113.254", 0)  # TEST-NET-3: not an address of this machine


# --- joining ------------------------------------------------------------------------------------


def test_a_taken_team_is_refused_and_a_third_device_too() -> None:
    with running() as (remote, address, _host), client(address) as first, client(address) as second, \
            client(address) as third:
        key = claim(first, "rood")["key"]
        refused = claim(second, "rood")
        assert refused["type"] == "refused" and "al gekozen" in refused["reason"]
        assert claim(second, "rood", key)["type"] == "claimed"
        refused = claim(third, "rood", key)
        assert refused["type"] == "refused" and "al 2 apparaten" in refused["reason"]
        assert [t.devices for t in remote.tiles()] == [2, 0, 0]
        third.send(json.dumps({"type": "ping"}))
        lobby = recv_until(third, "lobby")
        assert [t["taken"] for t in lobby["teams"]] == [True, False, False]
        assert "key" not in json.dumps(lobby)


def test_a_reloaded_page_is_back_and_a_released_team_is_free_again() -> None:
    with running() as (remote, address, _host):
        with client(address) as phone:
            key = claim(phone, "blauw")["key"]
        wait_for(lambda: remote.tiles()[1].devices == 0)
        with client(address) as reloaded:
            assert claim(reloaded, "blauw", key)["type"] == "claimed"
            remote.release("blauw")
            assert recv_until(reloaded, "released")["type"] == "released"
            with pytest.raises(ConnectionClosed):
                for _ in range(10):
                    recv(reloaded)
        with client(address) as other:
            assert claim(other, "blauw", key)["type"] == "claimed"  # free: a new claim, a new key
            assert remote.keys()["blauw"] != key


def test_the_connection_cap_answers_503() -> None:
    with running(max_connections=2) as (remote, address, _host), client(address), client(address):
        wait_for(lambda: remote.server.connected() == 2)
        with pytest.raises(InvalidStatus) as refused:
            client(address)
        assert refused.value.response.status_code == 503


def test_a_silent_connection_is_closed_after_the_handshake_timeout() -> None:
    remote = RemoteSession(TEAMS)
    remote.server.handshake_timeout = 0.5
    address = remote.start("127.0.0.1", 0)
    try:
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", address.port), timeout=5) as silent:
            silent.sendall(b"GET /")  # and never the rest of the request
            while silent.recv(4096):  # the server answers (or not) and then closes: recv gives b""
                pass
        assert 0.4 < time.monotonic() - started < 4
    finally:
        remote.stop()


# --- hostile messages ---------------------------------------------------------------------------


def test_oversized_and_malformed_messages_are_dropped_and_counted_without_reaching_the_host() -> None:
    with running() as (remote, address, host):
        remote.set_round(1, "board", CARDS, ZONES)
        with client(address) as phone:
            claim(phone, "rood")
            recv_until(phone, "round")
            bad = [
                "x" * (dv.MAX_MESSAGE_BYTES + 10),
                "{niet json",
                json.dumps({"type": "board", "round": 1, "zones": [["c9"], [], []]}),
                json.dumps({"type": "board", "round": 1, "zones": [["c1"], ["c1"], []]}),
                json.dumps({"type": "board", "round": 7, "zones": [["c1"], [], []]}),
                json.dumps({"type": "claim", "team": "blauw", "key": None}),  # one device, one team
                json.dumps({"type": "vote", "card": "c1", "phase": "before", "choice": "gewenst", "voter": "v" * 20}),
            ]
            for text in bad:
                phone.send(text)
                time.sleep(0.11)  # stay under the rate limit: this test is about content
            phone.send(b"\x00\x01binary")
            time.sleep(0.11)
            phone.send(json.dumps({"type": "ping"}))
            assert recv_until(phone, "round")["board"] == [[], [], []]  # still connected, nothing changed
            dropped = remote.dropped()
            assert dropped["te groot"] == 1
            assert dropped["ongeldig bericht"] == 2
            assert dropped["geweigerd"] == 5
            assert host.boards == []
            phone.send(json.dumps({"type": "board", "round": 1, "zones": [["c1"], [], []]}))
            wait_for(lambda: host.boards == [("rood", (("c1",), (), ()))])


def test_a_message_beyond_the_hard_cap_closes_the_connection() -> None:
    with running() as (remote, address, host):
        with client(address, max_size=None) as phone:
            recv(phone)
            phone.send("x" * (100 * 1024))
            with pytest.raises(ConnectionClosed):
                for _ in range(5):
                    recv(phone)
        wait_for(lambda: remote.dropped().get("te groot") == 1)
        assert host.boards == []


def test_a_flood_is_rate_limited_and_the_device_can_go_on_afterwards() -> None:
    with running() as (remote, address, host):
        remote.set_round(1, "board", CARDS, ZONES)
        with client(address) as phone, client(address) as calm:
            claim(phone, "rood")
            claim(calm, "blauw")
            boards = [[[c.id for c in CARDS[: 1 + i % 4]], [], []] for i in range(150)]
            started = time.monotonic()
            for zones in boards:
                phone.send(json.dumps({"type": "board", "round": 1, "zones": zones}))
            calm.send(json.dumps({"type": "board", "round": 1, "zones": [["c4"], [], []]}))
            wait_for(lambda: ("blauw", (("c4",), (), ())) in host.boards)
            assert time.monotonic() - started < 3, "the other team is not held up by the flood"
            wait_for(lambda: sum(remote.dropped().values()) >= 100)
            flooded = [b for t, b in host.boards if t == "rood"]
            assert 1 <= len(flooded) <= 20
            time.sleep(1.1)
            phone.send(json.dumps({"type": "board", "round": 1, "zones": [[], ["c2"], []]}))
            wait_for(lambda: host.last_boards()["rood"] == ((), ("c2",), ()))


def test_a_device_that_never_reads_does_not_block_the_host_or_other_devices() -> None:
    big = tuple(dv.RoundCard(f"k{i}", i + 1, "Een lange kaarttekst. " * 17, "Online", "#6a1b9a") for i in range(40))
    with running() as (remote, address, host):
        slow = _raw_websocket(address)
        with client(address) as phone:
            claim(phone, "groen")
            wait_for(lambda: remote.server.connected() == 2)
            started = time.monotonic()
            for number in range(1, 120):  # ~ 15 KB a view, to every device: megabytes for the slow one
                remote.set_round(number, "board", big, ZONES)
            elapsed = time.monotonic() - started
            assert elapsed < 5, f"the host waited {elapsed:.1f}s for a slow device"
            latest = recv_until(phone, "round", timeout=5)
            while latest["number"] != 119:
                latest = recv_until(phone, "round", timeout=5)
            phone.send(json.dumps({"type": "board", "round": 119, "zones": [["k1"], [], []]}))
            wait_for(lambda: host.last_boards().get("groen") == (("k1",), (), ()))
            assert remote.server.backlog() <= 1, "only the latest view waits for the slow device"
            assert remote.server.connected() == 2
        slow.close()


def _raw_websocket(address) -> socket.socket:  # type: ignore[no-untyped-def]
    """A handshake by hand on a socket with a tiny receive buffer that is then never read."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.settimeout(5)
    sock.connect(("127.0.0.1", address.port))
    path = ws_url(address).split(str(address.port), 1)[1]
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        (
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{address.port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Origin: {address.base.rstrip('/')}\r\n\r\n"
        ).encode()
    )
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(1)
    assert head.startswith(b"HTTP/1.1 101")
    return sock


# --- what a device sees -------------------------------------------------------------------------


def test_no_device_receives_another_teams_placements_before_the_reveal() -> None:
    with running() as (remote, address, host):
        remote.set_round(1, "board", CARDS, ZONES)
        with client(address) as red, client(address) as blue:
            claim(red, "rood")
            claim(blue, "blauw")
            recv_until(blue, "round")
            red.send(json.dumps({"type": "board", "round": 1, "zones": [["c1", "c2"], ["c3"], ["c4"]]}))
            wait_for(lambda: len(host.boards) == 1)
            remote.sync_boards({"rood": (("c1", "c2"), ("c3",), ("c4",))})
            blue.send(json.dumps({"type": "ping"}))
            seen = []
            while True:
                message = recv(blue)
                seen.append(message)
                if message["type"] == "round":
                    break
            assert all("compare" not in m and m.get("board", [[], [], []]) == [[], [], []] for m in seen)
            assert [t.placed for t in remote.tiles()] == [4, 0, 0]
            remote.reveal(host.last_boards())
            revealed = recv_until(blue, "round")
            assert revealed["revealed"]
            zones = {z["team"]: z["zone"] for z in revealed["compare"][0]["zones"]}
            assert zones == {"rood": 1, "blauw": None, "groen": None}
            red.send(json.dumps({"type": "board", "round": 1, "zones": [[], [], []]}))
            time.sleep(0.3)
            assert len(host.boards) == 1, "after the reveal a board is refused"


def test_walking_debate_votes_fill_in_the_counts() -> None:
    with running(teams=()) as (remote, address, host):
        remote.set_round(1, "debate", CARDS[:1], ("Gewenst", "Ongewenst"))
        with ExitStack() as stack:
            phones = [stack.enter_context(client(address)) for _ in range(3)]
            for phone in phones:
                assert recv_until(phone, "debate")["phase"] is None
            remote.open_vote("before")
            for i, phone in enumerate(phones):
                recv_until(phone, "debate")
                vote = {"type": "vote", "card": "c1", "phase": "before", "voter": f"stemmer-{i:012d}"}
                phone.send(json.dumps({**vote, "choice": "gewenst" if i else "ongewenst"}))
            wait_for(lambda: remote.votes("c1", "before") == (2, 1))
            phones[0].send(json.dumps({**vote, "voter": "stemmer-000000000000", "choice": "gewenst"}))
            wait_for(lambda: remote.votes("c1", "before") == (3, 0))  # changed their mind: still 3 votes
            assert host.votes[-1] == ("c1", "before", 3, 0)
            phones[1].send(json.dumps({**vote, "phase": "after", "choice": "gewenst"}))
            time.sleep(0.2)
            assert remote.votes("c1", "after") == (0, 0), "the after vote is not open yet"


def test_stop_closes_the_port_and_the_connections() -> None:
    with running() as (remote, address, _host):
        with client(address) as phone:
            recv(phone)
            remote.stop()
            with pytest.raises(ConnectionClosed):
                for _ in range(5):
                    recv(phone)
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", address.port), timeout=1).close()


def test_after_a_restart_of_the_app_devices_come_back_with_the_same_link_and_keys() -> None:
    first = RemoteSession(TEAMS)
    address = first.start("127.0.0.1", 0)
    try:
        with client(address) as phone:
            key = claim(phone, "groen")["key"]
    finally:
        first.stop()
    token, keys = first.server.token, first.keys()
    assert keys == {"groen": key}
    again = RemoteSession(TEAMS, token=token, keys=keys)
    restarted = again.start("127.0.0.1", address.port)  # the same port, right after: the link still works
    try:
        assert restarted.link == address.link
        with client(restarted) as phone, client(restarted) as stranger:
            assert claim(phone, "groen", key)["type"] == "claimed"
            assert claim(stranger, "groen")["type"] == "refused"
    finally:
        again.stop()


def test_show_round_from_a_session_state_reaches_a_device_with_its_own_board() -> None:
    from gedragen.core.dealing import draw_round, new_session
    from gedragen.core.events import CardPlaced, RoundRevealed
    from gedragen.core.session import apply
    from tests.core.test_session_properties import DECK
    from tests.core.test_session_properties import TEAMS as CORE_TEAMS

    state = apply(None, new_session("S", DECK, "board", teams=CORE_TEAMS, seed=3, session_id="s",
                                    started="2026-11-23T20:15:00+01:00"))
    state = apply(state, draw_round(state, DECK, 3))
    first = state.current_round.cards[0]
    state = apply(state, CardPlaced("b", first, 1, 0))
    teams = tuple(dv.DeviceTeam(t.id, t.name, t.color) for t in CORE_TEAMS)
    with running(teams=teams) as (remote, address, _host), client(address) as phone:
        claim(phone, "b")
        remote.show_round(dv.device_round(state, DECK.card, DECK.theme))
        view = recv_until(phone, "round")
        assert view["board"] == [[], [first], []] and not view["revealed"]
        remote.show_round(dv.device_round(apply(state, RoundRevealed()), DECK.card, DECK.theme))
        assert "compare" in recv_until(phone, "round")
        remote.show_round(None)
        assert recv_until(phone, "wait")["team_name"] == "Blauw"

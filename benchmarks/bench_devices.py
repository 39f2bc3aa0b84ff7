"""Teams op eigen apparaat on loopback: 8 teams × 2 devices and 30 voters connected to one device server.

Measures the device → host leg: from a device sending its board (or a vote) to the host callback that the
app connects to a queued Qt signal (`RemoteSession.on_board` / `on_votes`). The screen and store legs come
on top of this in the app (DESIGN §6: device to screen p95 ≤ 100 ms, to the store ≤ 150 ms). Also the
process CPU while everyone is connected and idle (clients run in this process too, so it is an upper bound).
"""

from __future__ import annotations

import json
import statistics
import sys
import threading
import time
from contextlib import ExitStack

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from benchmarks._common import HEADER, Result, summary
from gedragen.core import devices as dv
from gedragen.remote.session import RemoteSession

TEAMS = 8
DEVICES_PER_TEAM = 2
VOTERS = 30
CARDS = 6
MOVES_PER_DEVICE = 20
IDLE_SECONDS = 5.0


def _connect(stack: ExitStack, link: str, origin: str) -> ClientConnection:
    return stack.enter_context(connect(link, origin=origin, open_timeout=10, compression=None))


def _until(ws: ClientConnection, kind: str) -> dict[str, object]:
    while True:
        message: dict[str, object] = json.loads(ws.recv(10))
        if message["type"] == kind:
            return message


def _drain(ws: ClientConnection, stop: threading.Event) -> None:
    """A device reads what it is sent, as a browser would."""
    while not stop.is_set():
        try:
            ws.recv(0.2)
        except TimeoutError:
            continue
        except (ConnectionClosed, OSError, RuntimeError):  # the connection ended: this reader is done
            return


def measure() -> list[Result]:
    """Run the board and vote scenarios and return the p95 latencies and the idle CPU."""
    teams = [dv.DeviceTeam(f"t{i}", f"Team {i}", "#336699") for i in range(1, TEAMS + 1)]
    cards = [dv.RoundCard(f"c{i}", i, f"Kaart {i} met een situatie uit de school.") for i in range(1, CARDS + 1)]
    zones = ("Gewenst", "Hangt ervan af", "Ongewenst")
    sent: dict[tuple[str, int], float] = {}
    board_ms: list[float] = []
    vote_ms: list[float] = []
    lock = threading.Lock()

    def on_board(team: str, board: dv.Board) -> None:
        now = time.perf_counter()
        marker = len(board[0])  # each move puts a known number of cards in the first zone
        with lock:
            start = sent.pop((team, marker), None)
            if start is not None:
                board_ms.append((now - start) * 1000.0)

    vote_sent: dict[int, float] = {}

    def on_votes(card: str, phase: str, gewenst: int, ongewenst: int) -> None:
        now = time.perf_counter()
        with lock:
            start = vote_sent.pop(gewenst + ongewenst, None)
            if start is not None:
                vote_ms.append((now - start) * 1000.0)

    remote = RemoteSession(teams, on_board=on_board, on_votes=on_votes)
    address = remote.start("127.0.0.1", 0)
    link = f"ws://127.0.0.1:{address.port}/{address.link.rstrip('/').rsplit('/', 1)[1]}/ws"
    origin = address.base.rstrip("/")
    stop = threading.Event()
    devices: list[tuple[str, ClientConnection]] = []
    voters: list[ClientConnection] = []
    readers: list[threading.Thread] = []
    stack = ExitStack()
    try:
        remote.set_round(1, "board", cards, zones)
        for team in teams:
            first = _connect(stack, link, origin)
            first.send(json.dumps({"type": "claim", "team": team.id, "key": None}))
            key = _until(first, "claimed")["key"]
            second = _connect(stack, link, origin)
            second.send(json.dumps({"type": "claim", "team": team.id, "key": key}))
            _until(second, "claimed")
            devices += [(team.id, first), (team.id, second)]
        voters = [_connect(stack, link, origin) for _ in range(VOTERS)]
        for _team, ws in devices:
            readers.append(threading.Thread(target=_drain, args=(ws, stop), daemon=True))
        for ws in voters:
            readers.append(threading.Thread(target=_drain, args=(ws, stop), daemon=True))
        for reader in readers:
            reader.start()
        connected = remote.server.connected()

        cpu_before, wall_before = time.process_time(), time.perf_counter()
        time.sleep(IDLE_SECONDS)
        idle_cpu = 100.0 * (time.process_time() - cpu_before) / (time.perf_counter() - wall_before)

        # every device moves cards in turn, each move ~150 ms apart per device (well under 10/s)
        for move in range(MOVES_PER_DEVICE):
            for team_id, ws in devices[move % 2 :: 2]:  # one device of each team per move, alternating
                in_first = 1 + move % CARDS
                board = [[c.id for c in cards[:in_first]], [c.id for c in cards[in_first:]], []]
                with lock:
                    sent[(team_id, in_first)] = time.perf_counter()
                ws.send(json.dumps({"type": "board", "round": 1, "zones": board}))
            time.sleep(0.15)
        time.sleep(0.5)

        remote.set_round(2, "debate", cards[:1], ("Gewenst", "Ongewenst"))
        remote.open_vote("before")
        time.sleep(0.3)
        for i, ws in enumerate(voters):
            with lock:
                vote_sent[i + 1] = time.perf_counter()
            vote = {"type": "vote", "card": "c1", "phase": "before", "choice": "gewenst", "voter": f"stemmer-{i:010d}"}
            ws.send(json.dumps(vote))
            time.sleep(0.02)
        time.sleep(0.5)
    finally:
        stop.set()
        stack.close()
        remote.stop()
    p95 = statistics.quantiles(board_ms, n=20)[-1]
    vote_p95 = statistics.quantiles(vote_ms, n=20)[-1]
    print(f"{connected} connections ({TEAMS} teams × {DEVICES_PER_TEAM} devices + {VOTERS} voters); "
          f"dropped: {remote.dropped() or 'none'}")
    print(f"board → on_board: {len(board_ms)} moves, {summary(board_ms)} ms, p95 {p95:.1f}, max {max(board_ms):.1f}")
    print(f"vote → on_votes: {len(vote_ms)} votes, {summary(vote_ms)} ms, p95 {vote_p95:.1f}")
    print(f"process CPU while all connected and idle: {idle_cpu:.1f} % of one core (clients included)")
    return [
        Result("devices: board → host callback (p95)", p95, None, 100.0, absolute=True),
        Result("devices: vote → host callback (p95)", vote_p95, None, 100.0, absolute=True),
        Result("devices: idle CPU, 46 connections", idle_cpu, None, 5.0, unit="% ", absolute=True),
    ]


if __name__ == "__main__":
    results = measure()
    print(HEADER)
    for r in results:
        print(r.line())
    sys.exit(0 if all(r.ok for r in results) else 1)

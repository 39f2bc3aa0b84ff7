"""Teams op eigen apparaat in the app: 8 teams × 2 devices on loopback play into a real session.

Each device sends its team's board over a WebSocket (as the page does); the app turns it into placement events
on the UI thread. Measured per board from the device's send:
- to the facilitator's screen: the controller's state holds the board and the board view has been refreshed
  (the `state_changed` handlers ran) and the event loop has come round once more (the paint);
- to the store: the store thread has committed the board's last event (`StoreWorker.appended`).
Budgets (DESIGN §6): p95 ≤ 100 ms to the screen, ≤ 150 ms to the store.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

from benchmarks._common import HEADER, Result, summary

TEAMS = 8
DEVICES_PER_TEAM = 2
CARDS = 6
MOVES_PER_DEVICE = 15
PACE_S = 0.15  # one move of every team each 150 ms: about 53 boards a second into the app


def measure() -> list[Result]:
    """Play one round from 16 simulated devices into the real main window; p95 to the screen and the store."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from websockets.sync.client import connect

    from gedragen.ui.app import main_widget_for_tests
    from gedragen.ui.session.setup import SessionPlan, TeamPlan

    window = main_widget_for_tests(Path(tempfile.mkdtemp(prefix="gedragen-bench-")))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.resize(1600, 900)
    window.show()
    app.processEvents()
    deck = window.library.get("vo-mbo")
    window.start_session(SessionPlan(
        name="Benchmark", deck_id=deck.id, audience="team", themes=tuple(t.id for t in deck.themes),
        kinds=tuple(k.id for k in deck.kinds), variant="board",
        teams=tuple(TeamPlan(f"t{i + 1}", f"Team {i + 1}", "#336699") for i in range(TEAMS)),
        cards_per_round=CARDS, zones=3, timer_minutes=0, devices_host="127.0.0.1"))
    ctrl = window.controller
    assert ctrl is not None and ctrl.devices is not None
    address = ctrl.devices.address
    token = address.link.rstrip("/").rsplit("/", 1)[1]
    link = f"ws://127.0.0.1:{address.port}/{token}/ws"
    origin = address.base.rstrip("/")
    cards = list(ctrl.current_round().cards)

    lock = threading.Lock()
    sent: dict[tuple[str, int], float] = {}  # (team, cards in zone 1) → send time
    screen_ms: list[float] = []
    store_ms: list[float] = []
    waiting_store: list[tuple[int, float]] = []  # (events needed in the store, send time)
    seen: dict[str, int] = {}

    def on_state() -> None:
        now = time.perf_counter()
        for team in (t.id for t in ctrl.teams()):
            first = len(ctrl.board(team)[0])
            if seen.get(team) == first:
                continue
            seen[team] = first
            with lock:
                start = sent.pop((team, first), None)
            if start is not None:
                needed = len(ctrl.events)
                QTimer.singleShot(0, lambda s=start: screen_ms.append((time.perf_counter() - s) * 1000.0))
                waiting_store.append((needed, start))
        del now

    def on_appended(count: int) -> None:
        now = time.perf_counter()
        for item in [w for w in waiting_store if w[0] <= count]:
            waiting_store.remove(item)
            store_ms.append((now - item[1]) * 1000.0)

    ctrl.state_changed.connect(on_state)
    ctrl.store.appended.connect(on_appended)

    def devices_play(done: threading.Event) -> None:
        with ExitStack() as stack:
            sockets: list[tuple[str, object]] = []
            for i in range(TEAMS):
                team = f"t{i + 1}"
                key = None
                for _ in range(DEVICES_PER_TEAM):
                    ws = stack.enter_context(connect(link, origin=origin, open_timeout=10, compression=None))
                    ws.send(json.dumps({"type": "claim", "team": team, "key": key}))
                    while True:
                        message = json.loads(ws.recv(10))
                        if message["type"] == "claimed":
                            key = message["key"]
                            break
                    sockets.append((team, ws))
            stop = threading.Event()

            def drain(ws: object) -> None:
                while not stop.is_set():
                    try:
                        ws.recv(0.2)  # type: ignore[attr-defined]
                    except TimeoutError:
                        continue
                    except Exception:  # the connection ended: this reader is done
                        return

            readers = [threading.Thread(target=drain, args=(ws,), daemon=True) for _team, ws in sockets]
            for reader in readers:
                reader.start()
            time.sleep(0.5)
            for move in range(MOVES_PER_DEVICE * DEVICES_PER_TEAM):
                in_first = 1 + move % (CARDS - 1)
                board = [cards[:in_first], cards[in_first:], []]
                for team, ws in sockets[move % DEVICES_PER_TEAM :: DEVICES_PER_TEAM]:
                    with lock:
                        sent[(team, in_first)] = time.perf_counter()
                    ws.send(json.dumps({"type": "board", "round": ctrl_round, "zones": board}))  # type: ignore[attr-defined]
                time.sleep(PACE_S)
            time.sleep(1.0)
            stop.set()
        done.set()

    ctrl_round = ctrl.current_round().number
    done = threading.Event()
    worker = threading.Thread(target=devices_play, args=(done,), daemon=True)
    worker.start()
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if done.is_set() else None)
    poll.start(50)
    loop.exec()
    ctrl.wait_idle()
    app.processEvents()
    dropped = ctrl.devices.remote.dropped() if ctrl.devices else {}
    window.leave_session()
    window.close()
    screen_p95 = statistics.quantiles(screen_ms, n=20)[-1]
    store_p95 = statistics.quantiles(store_ms, n=20)[-1]
    print(f"{TEAMS} teams × {DEVICES_PER_TEAM} devices, {len(screen_ms)} boards on screen, {len(store_ms)} stored; "
          f"dropped: {dropped or 'none'}")
    print(f"device → screen: {summary(screen_ms)} ms, p95 {screen_p95:.1f}, max {max(screen_ms):.1f}")
    print(f"device → store:  {summary(store_ms)} ms, p95 {store_p95:.1f}, max {max(store_ms):.1f}")
    return [
        Result("devices in the app: board → screen (p95)", screen_p95, None, 100.0, absolute=True),
        Result("devices in the app: board → store (p95)", store_p95, None, 150.0, absolute=True),
    ]


if __name__ == "__main__":
    results = measure()
    print(HEADER)
    for r in results:
        print(r.line())
    sys.exit(0 if all(r.ok for r in results) else 1)

"""A placement in a running app with 8 teams: event applied, board repainted, event stored (budget ≤ 16 ms).

The facilitator's window is driven as in use: a board session with 8 teams and 6 cards; each measured
placement is one `controller.place(...)` (what a drop or a digit key does), followed by the event-loop
pass that paints the changed regions (the next frame) and, separately, the wait until the store has committed it.
The baseline is a bare window of the same size repainting after a one-row SQLite commit in WAL mode.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._common import HEADER, Result, summary

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PLACEMENTS = 60


def _app_window(data_dir: Path):  # type: ignore[no-untyped-def]
    from gedragen.ui.app import main_widget_for_tests

    window = main_widget_for_tests(data_dir)
    window.resize(1920, 1080)
    window.show()
    return window


def _start_board_session(window, teams: int = 8) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    window.start_screen.new_button.click()
    setup = window.current_page()
    setup.name_edit.setText("Benchmark")
    setup.set_variant("board")
    setup.team_count.setValue(teams)
    setup.cards_spin.setValue(6)
    setup.start_button.click()
    QApplication.processEvents()


def measure() -> list[Result]:
    """Time placements to the next painted frame and to the stored event."""
    from PySide6.QtWidgets import QApplication, QLabel

    data_dir = Path(tempfile.mkdtemp(prefix="gedragen-bench-"))
    window = _app_window(data_dir)
    _start_board_session(window)
    controller = window.controller
    rnd = controller.current_round()
    teams = [t.id for t in controller.teams()]
    cards = list(rnd.cards)
    k = len(controller.zone_labels())
    frame_ms: list[float] = []
    stored_ms: list[float] = []
    for i in range(PLACEMENTS):
        team = teams[i % len(teams)]
        card = cards[(i // len(teams)) % len(cards)]
        start = time.perf_counter()
        assert controller.place(team, card, i % k, 0)
        QApplication.processEvents()  # delivers the posted update requests: the dirty regions are painted
        frame_ms.append((time.perf_counter() - start) * 1000.0)
        controller.wait_idle()
        stored_ms.append((time.perf_counter() - start) * 1000.0)
    controller.close()

    # baseline: one committed row and one repaint of a bare window of the same size
    db = sqlite3.connect(data_dir / "bare.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE e (seq INTEGER PRIMARY KEY, payload TEXT)")
    label = QLabel("Gedragen")
    label.resize(1920, 1080)
    label.show()
    base_ms: list[float] = []
    for i in range(PLACEMENTS):
        start = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO e (payload) VALUES (?)", (f'{{"type": "CardPlaced", "n": {i}}}',))
        db.execute("COMMIT")
        label.setText(f"Gedragen {i}")
        label.repaint()
        base_ms.append((time.perf_counter() - start) * 1000.0)
    db.close()
    print(f"placement to next frame (8 teams): {summary(frame_ms)} ms")
    print(f"placement until stored:            {summary(stored_ms)} ms")
    print(f"bare commit + repaint:             {summary(base_ms)} ms")
    return [
        Result("placement → next frame (8 teams, median)", statistics.median(frame_ms), statistics.median(base_ms), 16.0, absolute=True),
        Result("placement → stored (median)", statistics.median(stored_ms), statistics.median(base_ms), 16.0, absolute=True),
    ]


if __name__ == "__main__":
    results = measure()
    print(HEADER)
    for r in results:
        print(r.line())
    sys.exit(0 if all(r.ok for r in results) else 1)

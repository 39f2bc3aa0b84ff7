"""Child process for the kill test: 100 steps a second, printing `stored N` each time the store reports a commit.

Usage: python burst_child.py DATA_DIR. Runs until it is killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gedragen.core.library import DeckLibrary
from gedragen.ui.session.controller import SessionController
from gedragen.ui.session.setup import SessionPlan, TeamPlan

TEAMS = tuple(TeamPlan(f"t{i}", f"Groep {i}", "#1F77B4") for i in range(1, 9))


def main() -> None:
    app = QApplication([])
    library = DeckLibrary(Path(sys.argv[1]))
    controller = SessionController(Path(sys.argv[1]), library)
    deck = library.get("po")
    plan = SessionPlan("Burst", "po", "team", tuple(t.id for t in deck.themes), tuple(k.id for k in deck.kinds),
                       "board", TEAMS, 6, 3, 0)
    controller.start(plan)
    print(f"session {controller.session_id}", flush=True)
    controller.store.appended.connect(lambda count: print(f"stored {count}", flush=True))
    step = 0

    def tick() -> None:
        nonlocal step
        step += 1
        cards = controller.current_round().cards
        controller.place(TEAMS[step % 8].id, cards[(step // 8) % len(cards)], step % 3, 0)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    app.exec()


if __name__ == "__main__":
    main()

"""Child process for the stress test: drive a SessionController one step every millisecond, many runs.

Usage: python stress_controller.py DATA_DIR RUNS STEPS. Prints one line `ok RUNS` when every run's store
holds exactly the events on screen; any crash shows as a non-zero exit status in the parent.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gedragen.core.library import DeckLibrary
from gedragen.store.history import History
from gedragen.ui.session.controller import SessionController
from gedragen.ui.session.setup import SessionPlan, TeamPlan

TEAMS = (TeamPlan("t1", "Groep 1", "#1F77B4"), TeamPlan("t2", "Groep 2", "#D62728"), TeamPlan("t3", "Groep 3", "#2CA02C"))


def one_run(app: QApplication, data_dir: Path, library: DeckLibrary, run: int, steps: int) -> None:
    controller = SessionController(data_dir, library)
    deck = library.get("po")
    themes, kinds = tuple(t.id for t in deck.themes), tuple(k.id for k in deck.kinds)
    plan = SessionPlan(f"Stress {run}", "po", "team", themes, kinds, "board", TEAMS, 6, 3, 0)
    controller.start(plan)
    step = 0

    def tick() -> None:
        nonlocal step
        step += 1
        rnd = controller.current_round()
        assert rnd is not None
        cards = list(rnd.cards)
        team = TEAMS[step % 3].id
        card = cards[step % len(cards)]
        if step % 7 == 0 and controller.can_undo():
            controller.undo()
        elif step % 11 == 0:
            controller.unplace(team, card)
        else:
            controller.place(team, card, step % 3, 0)
        if step >= steps:
            timer.stop()
            app.quit()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    app.exec()
    controller.wait_idle()
    on_screen = len(controller.events)
    session_id = controller.session_id
    controller.close()
    controller.deleteLater()
    app.processEvents()
    with History(data_dir) as history:
        stored = len(history.events(session_id))
    if stored != on_screen:
        print(f"run {run}: {on_screen} events on screen, {stored} stored", file=sys.stderr)
        sys.exit(3)


def main() -> None:
    data_dir, runs, steps = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    app = QApplication([])
    library = DeckLibrary(data_dir)
    for run in range(runs):
        one_run(app, data_dir, library, run, steps)
    print(f"ok {runs}")
    sys.stdout.flush()
    os._exit(0)  # as the test session does: no Qt finalisation at exit (PYSIDE-2254)


if __name__ == "__main__":
    main()

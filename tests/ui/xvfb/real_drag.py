"""Run on a real X server (Xvfb): drag a card with the real mouse (xdotool) from the pile onto zone 1.

Started by tests/ui/test_real_drag_xvfb.py; prints the card and the team's board, exits 0 when the card
landed in the first zone. Under the offscreen platform QDrag.exec returns at once, so only a real X
server shows that the drag-and-drop path (QDrag, XDND, drop on the zone's view, one core event) works.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QPoint, QTimer

from gedragen.ui.app import main_widget_for_tests, make_application

app = make_application()
window = main_widget_for_tests(Path(tempfile.mkdtemp(prefix="gedragen-drag-")))
window.move(0, 0)
window.resize(1600, 900)
window.show()
outcome: dict[str, object] = {}


def start() -> None:
    window.start_screen.new_button.click()
    window.current_page().start_button.click()
    QTimer.singleShot(800, drag)


def drag() -> None:
    board = window.current_page().view()
    pool, first_zone = board.lists[0], board.lists[1]
    index = pool.model().index(0, 0)
    rect = pool.visualRect(index)  # viewport coordinates; a long card text makes the item very wide
    source = pool.viewport().mapToGlobal(QPoint(rect.left() + 30, rect.center().y()))
    target = first_zone.viewport().mapToGlobal(first_zone.viewport().rect().center())
    outcome["card"] = window.controller.current_round().cards[0]
    sx, sy, tx, ty = source.x(), source.y(), target.x(), target.y()
    steps = " ".join(f"mousemove {sx + (tx - sx) * i // 12} {sy + (ty - sy) * i // 12} sleep 0.05" for i in range(1, 13))
    script = f"mousemove {sx} {sy} sleep 0.3 mousedown 1 sleep 0.3 mousemove {sx + 5} {sy + 5} sleep 0.1 " \
             f"mousemove {sx + 20} {sy + 20} sleep 0.1 {steps} sleep 0.5 mouseup 1"
    subprocess.Popen(["xdotool", *script.split()])
    QTimer.singleShot(4000, check)


def check() -> None:
    controller = window.controller
    outcome["board"] = controller.board(controller.teams()[0].id)
    controller.close()
    app.quit()


QTimer.singleShot(500, start)
app.exec()
print(outcome)
board = outcome.get("board", ())
sys.exit(0 if board and outcome["card"] in board[0] else 1)

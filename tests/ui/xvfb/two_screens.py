"""Run on a real X server with two screens and a window manager: keys typed after Start and after resume
reach the board on the laptop, not the audience window on the second screen.

Started by tests/ui/test_two_screens_xvfb.py with DISPLAY set; the keys go through the X server (xdotool
types into whatever window has the X input focus), just like a keyboard or a clicker. Prints what it saw
and exits 0 when every key placed a card.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from gedragen.ui.app import main_widget_for_tests, make_application

app = make_application()
window = main_widget_for_tests(Path(tempfile.mkdtemp(prefix="gedragen-screens-")))
window.setScreen(QGuiApplication.screens()[0])
window.move(0, 0)
window.resize(1600, 900)
window.show()
outcome: dict[str, object] = {"screens": len(QGuiApplication.screens())}


def focus_owner() -> str:
    focus = QGuiApplication.focusWindow()
    if focus is None:
        return "geen"
    if focus is window.windowHandle():
        return "laptop"
    if window.audience is not None and focus is window.audience.windowHandle():
        return "zaal"
    return type(focus).__name__


def placed() -> int:
    controller = window.controller
    return sum(len(zone) for team in controller.teams() for zone in controller.board(team.id))


def type_keys(*keys: str) -> None:
    for key in keys:
        subprocess.run(["xdotool", "key", "--delay", "150", key], check=False)
        app.processEvents()


def start() -> None:
    window.start_screen.new_button.click()
    window.current_page().start_button.click()
    QTimer.singleShot(1500, after_start)


def after_start() -> None:
    outcome["audience"] = window.audience is not None and window.audience.isVisible()
    outcome["focus_after_start"] = focus_owner()
    type_keys("1", "2")
    QTimer.singleShot(800, check_start)


def check_start() -> None:
    outcome["placed_after_start"] = placed()
    team_before = window.current_page().view().team_id()
    type_keys("Next")  # PageDown, the clicker's "next": the next team
    QTimer.singleShot(600, lambda: check_clicker(team_before))


def check_clicker(team_before: str) -> None:
    outcome["clicker_moved_team"] = window.current_page().view().team_id() != team_before
    session_id = window.controller.session_id
    window.leave_session()
    window.resume_session(session_id)
    QTimer.singleShot(1500, after_resume)


def after_resume() -> None:
    outcome["audience_after_resume"] = window.audience is not None and window.audience.isVisible()
    outcome["focus_after_resume"] = focus_owner()
    type_keys("1")
    QTimer.singleShot(800, finish)


def finish() -> None:
    outcome["placed_after_resume"] = placed()
    window.controller.close()
    window.close()
    app.quit()


QTimer.singleShot(800, start)
QTimer.singleShot(30000, app.quit)  # never hang: a missing step leaves the outcome incomplete
app.exec()
print(outcome)
good = (
    outcome.get("screens") == 2
    and outcome.get("audience") is True
    and outcome.get("audience_after_resume") is True
    and outcome.get("placed_after_start") == 2
    and outcome.get("clicker_moved_team") is True
    and outcome.get("placed_after_resume") == 3
)
sys.exit(0 if good else 1)

"""Run on a real X server (Xvfb 1920×1080 with a window manager): Hulp en melden maximised and in F5,
light and dark; prints every text that is cut and exits 0 when there is none.

Started by tests/ui/test_help_real_window.py. The offscreen platform has no window manager, no frame
and no maximised state, so only a real window shows the height the layout really gets.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QTimer

from gedragen.ui.app import main_widget_for_tests, make_application
from gedragen.ui.common import theme
from tests.ui.clipping import clipped_texts

app = make_application()
window = main_widget_for_tests(Path(tempfile.mkdtemp(prefix="gedragen-help-")))
window.showMaximized()
problems: list[str] = []
steps = [
    ("licht, gemaximaliseerd", "light", False),
    ("licht, F5", "light", True),
    ("donker, gemaximaliseerd", "dark", False),
    ("donker, F5", "dark", True),
]


def next_step() -> None:
    if not steps:
        app.quit()
        return
    name, palette, full = steps.pop(0)
    theme.apply_palette(app, theme.PALETTES[palette])
    if full and not window.isFullScreen():
        window.toggle_full_screen()
    if not full and window.isFullScreen():
        window.toggle_full_screen()
        window.showMaximized()
    window.show_help()
    QTimer.singleShot(1200, lambda: check(name))


def check(name: str) -> None:
    page = window.current_page()
    size = f"{window.width()}×{window.height()}"
    problems.extend(f"{name} ({size}): {p}" for p in clipped_texts(page))
    print(name, size, type(page).__name__, "ok" if not problems else "")
    page.back_button.click()
    QTimer.singleShot(200, next_step)


QTimer.singleShot(1000, next_step)
QTimer.singleShot(60000, app.quit)  # never hang
app.exec()
print("\n".join(problems))
sys.exit(1 if problems or steps else 0)

"""Run on a real X server of 1366×768 with a window manager: every screen and dialog of the screenshot
script, measured for cut texts (tests/ui/clipping.py) with the X server's real fonts and DPI.

Started by tests/ui/test_laptop_real_window.py; prints the problems and exits 0 when there are none.
"""

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "xcb"

from gedragen.ui.app import make_application
from tests.ui.clipping import clipped_texts
from tools import screenshots

make_application()
problems: list[str] = []
seen: list[str] = []


def check(name: str, widget: object) -> None:
    seen.append(name)
    problems.extend(f"{name}: {p}" for p in clipped_texts(widget))  # type: ignore[arg-type]


palette = sys.argv[1] if len(sys.argv) > 1 else "light"
screenshots.render(None, (1366, 768), palette, check)
print(len(seen), "schermen")
print("\n".join(problems))
sys.exit(1 if problems or len(seen) < 20 else 0)

"""The real drag: a mouse drag on an X server places a card (offscreen, QDrag cannot be exercised)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent / "xvfb" / "real_drag.py"


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
    reason="needs xvfb-run and xdotool (installed by .ci/run)",
)
def test_a_real_mouse_drag_places_the_card_in_the_zone(repo_root: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["PYTHONPATH"] = str(repo_root)
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable, str(SCRIPT)],
        capture_output=True, text=True, env=env, timeout=120, cwd=repo_root,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]

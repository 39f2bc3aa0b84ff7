"""Two screens on a real X server with a window manager: the audience window never takes the keyboard."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.xvfb_support import missing_tools, x_server

SCRIPT = Path(__file__).parent / "xvfb" / "two_screens.py"


@pytest.mark.skipif(bool(missing_tools()), reason="needs Xvfb, openbox and xdotool (installed by .ci/run)")
def test_keys_and_clicker_reach_the_board_after_start_and_resume_with_two_screens(repo_root: Path) -> None:
    with x_server("1920x1080", "1366x768") as env:
        env["PYTHONPATH"] = str(repo_root)
        done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env,
                              timeout=120, cwd=repo_root)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]

"""Hulp en melden in a real window under a window manager: no safety text is cut, maximised or in F5."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.xvfb_support import missing_tools, x_server

SCRIPT = Path(__file__).parent / "xvfb" / "help_window.py"


@pytest.mark.skipif(bool(missing_tools()), reason="needs Xvfb, openbox and xdotool (installed by .ci/run)")
def test_help_and_report_shows_every_line_whole_at_1920x1080_maximised_and_full_screen(repo_root: Path) -> None:
    with x_server("1920x1080") as env:
        env["PYTHONPATH"] = str(repo_root)
        done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env,
                              timeout=120, cwd=repo_root)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]

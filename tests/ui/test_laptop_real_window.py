"""Every screen and dialog on a real 1366×768 X server with a window manager: no text is cut."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.xvfb_support import missing_tools, x_server

SCRIPT = Path(__file__).parent / "xvfb" / "laptop_screens.py"


@pytest.mark.skipif(bool(missing_tools()), reason="needs Xvfb, openbox and xdotool (installed by .ci/run)")
@pytest.mark.parametrize("palette", ["light", "dark"])
def test_no_text_is_cut_on_a_real_school_laptop_screen(repo_root: Path, palette: str) -> None:
    with x_server("1366x768") as env:
        env["PYTHONPATH"] = str(repo_root)
        done = subprocess.run([sys.executable, str(SCRIPT), palette], capture_output=True, text=True, env=env,
                              timeout=300, cwd=repo_root)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]

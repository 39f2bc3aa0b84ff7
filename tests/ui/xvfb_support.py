"""A real X server for a test: Xvfb on a free display number (-displayfd) with openbox as window manager.

Both are started by the test and stopped by it; nothing is left running.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

TOOLS = ("Xvfb", "openbox", "xdotool")


def missing_tools() -> list[str]:
    """The programs a real-window test needs that are not installed (.ci/run installs them)."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@contextmanager
def x_server(*screens: str) -> Iterator[dict[str, str]]:
    """An environment (DISPLAY set, no offscreen platform) for an Xvfb with these screen sizes ('1920x1080')."""
    read, write = os.pipe()
    args = ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-noreset"]
    for number, size in enumerate(screens or ("1920x1080",)):
        args += ["-screen", str(number), f"{size}x24"]
    server = subprocess.Popen(args, pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    window_manager: subprocess.Popen[bytes] | None = None
    try:
        with os.fdopen(read, "rb") as pipe:
            display = pipe.readline().decode().strip()
        if not display:
            raise RuntimeError("Xvfb gave no display number")
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
        env["DISPLAY"] = f":{display}"
        window_manager = subprocess.Popen(
            ["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(1.0)  # openbox takes over the screen before the first window maps
        yield env
    finally:
        if window_manager is not None:
            _stop(window_manager)
        _stop(server)

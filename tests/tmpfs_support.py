"""Real filesystem faults for tests: a tiny tmpfs to fill up, remounted read-only on demand (needs root on Linux)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def mount_tmpfs(target: Path, size: str = "1m") -> bool:
    """Mount a fresh tmpfs of `size` at `target`; False where this machine does not allow it."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return False
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)], capture_output=True)
    return done.returncode == 0


def remount_read_only(target: Path) -> None:
    """Make a tmpfs from `mount_tmpfs` read-only: every write now fails with EROFS."""
    subprocess.run(["mount", "-o", "remount,ro", str(target)], check=True, capture_output=True)


def unmount(target: Path) -> None:
    """Undo `mount_tmpfs` (lazily, so an open file cannot block it)."""
    subprocess.run(["umount", "-l", str(target)], capture_output=True)

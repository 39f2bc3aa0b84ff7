"""Where the user's data lives: the platform's app-data folder, or --data-dir / GEDRAGEN_HOME."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "GEDRAGEN_HOME"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder (not created): override, else $GEDRAGEN_HOME, else the platform default."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    home = Path.home()
    if sys.platform.startswith("win"):
        base = os.environ.get("APPDATA")
        return (Path(base) if base else home / "AppData" / "Roaming") / "Gedragen"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Gedragen"
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else home / ".local" / "share") / "gedragen"


def own_decks_dir(root: Path) -> Path:
    """Folder of the user's own decks inside a data folder."""
    return root / "decks"


def history_db(root: Path) -> Path:
    """The SQLite session history inside a data folder."""
    return root / "history.sqlite3"


def log_file(root: Path) -> Path:
    """Where unexpected errors are logged."""
    return root / "gedragen.log"


def cache_dir(root: Path) -> Path:
    """Caches that can be deleted at any time (validated decks) inside a data folder."""
    return root / "cache"

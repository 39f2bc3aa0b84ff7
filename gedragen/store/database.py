"""The history's SQLite file itself: its schema and migrations, and what a SQLite error says about the file.

`History` (`gedragen.store.history`) brings a database up to `SCHEMA_VERSION` with `MIGRATIONS` and asks
`is_damage`, `is_full` and `is_locked` which Dutch message a failed open or write deserves.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

SCHEMA_VERSION = 1

# Index i holds the statements that bring a database from user_version i to i + 1.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            started TEXT NOT NULL,
            deck_id TEXT NOT NULL,
            variant TEXT NOT NULL,
            ended TEXT,
            event_count INTEGER NOT NULL,
            imported INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE events (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            type TEXT NOT NULL,
            payload TEXT NOT NULL,
            PRIMARY KEY (session_id, seq)
        ) WITHOUT ROWID""",
        "CREATE INDEX sessions_started ON sessions(started)",
    ),
)


# Free space below which an I/O error is taken for a full disk (SQLite cannot grow its -shm or -wal file).
NEARLY_FULL_BYTES = 1024 * 1024


def is_full(exc: sqlite3.Error, folder: Path | None = None) -> bool:
    """The disk is full: said so by SQLite, or an I/O error while the folder has (almost) no room left."""
    if "full" in str(exc).lower() or getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":
        return True
    if folder is not None and str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_IOERR"):
        try:
            return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
        except OSError:
            return False
    return False


def is_locked(exc: sqlite3.Error) -> bool:
    """Another connection holds SQLite's lock (locked or busy)."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def is_damage(exc: sqlite3.Error) -> bool:
    """The file itself is not a readable database. An I/O error is not damage: a full disk or a pulled
    stick gives one too, and a healthy history must never be set aside for it."""
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


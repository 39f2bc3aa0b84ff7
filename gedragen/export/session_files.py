"""Write a session's JSON (`gedragen-session/1`) or CSV (Dutch Excel) file atomically."""

from __future__ import annotations

import os
from pathlib import Path

from gedragen.core.atomic import write_atomic
from gedragen.core.errors import ExportError
from gedragen.core.session import SessionState
from gedragen.core.session_io import DeckLookup, session_to_csv, session_to_json

FORMATS = ("json", "csv")


def _write(path: Path, text: str) -> Path:
    if path.is_dir():
        raise ExportError(f"{path}: dit is een map; geef een bestandsnaam")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: de map {path.parent} bestaat niet")
    try:
        write_atomic(path, text, encoding="utf-8")
    except OSError as exc:
        raise ExportError.cannot_write(path, exc) from None
    return path


def write_session_json(state: SessionState, path: str | os.PathLike[str]) -> Path:
    """Write the session as `gedragen-session/1` JSON; the old file stays intact if writing fails."""
    return _write(Path(path), session_to_json(state))


def write_session_csv(state: SessionState, deck_lookup: DeckLookup, path: str | os.PathLike[str]) -> Path:
    """Write the session as CSV for Dutch Excel (UTF-8 with BOM, `;`); atomic like the JSON."""
    return _write(Path(path), session_to_csv(state, deck_lookup))


def write_session_file(
    state: SessionState, deck_lookup: DeckLookup, path: str | os.PathLike[str], fmt: str
) -> Path:
    """Write the session in `fmt` ('json' or 'csv')."""
    if fmt == "json":
        return write_session_json(state, path)
    if fmt == "csv":
        return write_session_csv(state, deck_lookup, path)
    raise ExportError(f"onbekend formaat '{fmt}'; kies json of csv")

"""SQLite session history: schema migrations, crash-safe writes. Imports core, never ui."""

from gedragen.store.history import (
    DamagedHistoryError,
    History,
    NewerHistoryError,
    SessionSummary,
)

__all__ = ["DamagedHistoryError", "History", "NewerHistoryError", "SessionSummary"]

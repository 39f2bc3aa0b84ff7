"""At start-up: is there an interrupted session to offer? Kept light, so the first window needs no game code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from gedragen.ui.common.labels import when
from gedragen.ui.common.tasks import Task


def find_unfinished(
    owner: QObject,
    data_dir: Path,
    found: Callable[[tuple[str, str, str] | None, str | None], None],
    failed: Callable[[BaseException], None],
) -> Task:
    """In the background: the latest interrupted session as (id, name, when) or None, and the store's
    recovery notice (a damaged history moved aside) or None."""

    def lookup() -> tuple[tuple[str, str, str] | None, str | None]:
        from gedragen.store.history import History

        history, notice = History.open_or_recover(data_dir)
        try:
            rows = history.unfinished()
        finally:
            history.close()
        if not rows:
            return None, notice
        return (rows[0].id, rows[0].name, when(rows[0].started)), notice

    return Task(owner, lookup).on_success(lambda result: found(*result)).on_error(failed).start()

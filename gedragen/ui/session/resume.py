"""At start-up: is there an interrupted session to offer? Kept light, so the first window needs no game code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from gedragen.ui.common.labels import when
from gedragen.ui.common.store import StoreWorker
from gedragen.ui.common.tasks import Task


def find_unfinished(
    owner: QObject,
    store: StoreWorker,
    found: Callable[[tuple[str, str, str] | None, str | None], None],
    failed: Callable[[BaseException], None],
) -> Task:
    """On the store thread: the latest interrupted session as (id, name, when) or None, and the store's
    recovery notice (a damaged history moved aside) or None, said once."""

    def lookup(history: Any) -> tuple[tuple[str, str, str] | None, str | None]:
        rows = history.unfinished()
        notice, store.notice = store.notice, None
        if not rows:
            return None, notice
        return (rows[0].id, rows[0].name, when(rows[0].started)), notice

    return store.run(lookup, owner=owner, on_success=lambda result: found(*result), on_error=failed)

"""The one store path of the app: one thread that owns the History, for the session and every screen.

SQLite connections stay on the thread that made them, and one thread keeps every read after the writes
that came before it: the summary of a session that just ended reads what the session wrote.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from gedragen.ui.common.tasks import Task

if TYPE_CHECKING:  # the start screen imports this module: no game code before the first frame
    from gedragen.core.events import Event
    from gedragen.store.history import History


class _Batch:
    """Events of one session waiting for the store thread; closed once that thread takes them."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        self.events: list[Event] = []
        self.closed = False


class StoreWorker(QObject):
    """One thread that owns the History (SQLite connections stay on the thread that made them).

    Writes keep their order. Consecutive appends of one session that queue up while the store thread is
    busy are written together in one transaction (group commit), so a burst of steps never falls behind.
    """

    appended = Signal(int)  # the number of events the session now holds in the store

    def __init__(self, data_dir: Path, parent: QObject | None = None, *, recover: bool = False) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        # the window's store opens with History.open_or_recover: a damaged file is moved aside, and
        # what happened waits in `notice` until the start screen takes it
        self._recover = recover
        self.notice: str | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # keep the one thread, and with it the one connection
        self._history: History | None = None
        self._batch: _Batch | None = None
        self._batch_lock = threading.Lock()

    def history(self) -> History:
        """The History of this data folder (called on the worker thread only)."""
        if self._history is None:
            from gedragen.store.history import History

            if self._recover:
                self._history, self.notice = History.open_or_recover(self.data_dir)
            else:
                self._history = History(self.data_dir)
        return self._history

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        owner: QObject | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Run `fn(history, *args)` on the store thread, after every earlier write.

        The callbacks come back on the UI thread, and only while `owner` (default: the store) exists.
        """
        with self._batch_lock:
            self._batch = None  # appends after this job go after it
        task = Task(owner if owner is not None else self, lambda: fn(self.history(), *args))
        if on_success is not None:
            task.on_success(on_success)
        if on_error is not None:
            task.on_error(on_error)
        return task.start(self.pool)

    def append(self, session_id: str, event: Event, on_error: Callable[[BaseException], None]) -> None:
        """Store one event after every earlier write, together with the appends queued beside it."""
        with self._batch_lock:
            batch = self._batch
            if batch is not None and not batch.closed and batch.session_id == session_id:
                batch.events.append(event)
                return
            batch = self._batch = _Batch(session_id)
            batch.events.append(event)
        task = Task(self, self._write_batch, batch).on_success(self.appended.emit).on_error(on_error)
        task.start(self.pool)

    def _write_batch(self, batch: _Batch) -> int:
        with self._batch_lock:
            batch.closed = True
            events = list(batch.events)
        return int(self.history().append_many(batch.session_id, events))

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every queued write is done (tests, closing the window)."""
        return self.pool.waitForDone(msecs)

    def close(self) -> None:
        """Finish the queue and close the database."""
        self.wait()
        if self._history is not None:
            closer = getattr(self._history, "close", None)
            if callable(closer):
                Task(self, closer).start(self.pool)
                self.wait()
            self._history = None

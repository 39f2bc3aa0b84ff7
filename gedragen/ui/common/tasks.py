"""The one way to do background work: run a function on a worker thread, get the result on the UI thread.

    Task(self, make_pdf, deck, path).on_success(self._done).on_error(self._failed).on_progress(bar.update).start()

The first argument is the task's owner, a QObject (usually the widget that shows the result). The
function runs off the UI thread; `on_success` / `on_error` / `on_progress` are called on the UI thread,
and only while the owner exists: once the owner is destroyed its callbacks are dropped, and a function
that reports progress is stopped at its next report. A function that accepts a keyword argument
`progress` gets a callable `progress(done: int, total: int)`.

No Qt object is created or deleted per task: the worker reports through one long-lived relay that lives
on the UI thread, so there is no `deleteLater` to race with a queued signal or with Python's references.
"""

from __future__ import annotations

import contextlib
import inspect
import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot


class Cancelled(Exception):
    """Raised inside a task's function, at a progress report, when its owner is gone."""


class _Relay(QObject):
    """Carries results from worker threads to the UI thread; one for the whole application."""

    finished = Signal(int, bool, object)  # task number, succeeded, result or exception
    progressed = Signal(int, int, int)  # task number, done, total

    def __init__(self) -> None:
        super().__init__()
        self.running: dict[int, Task] = {}
        self.finished.connect(self._finished)
        self.progressed.connect(self._progressed)

    @Slot(int, bool, object)
    def _finished(self, number: int, succeeded: bool, payload: object) -> None:
        task = self.running.pop(number, None)
        if task is not None:
            task._finish(succeeded, payload)

    @Slot(int, int, int)
    def _progressed(self, number: int, done: int, total: int) -> None:
        task = self.running.get(number)
        if task is not None:
            task._progress(done, total)


_relay: _Relay | None = None
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _Relay()
    return _relay


def running_count() -> int:
    """How many tasks have not reported back yet (tests)."""
    return len(_relay.running) if _relay is not None and shiboken6.isValid(_relay) else 0


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[], Any], number: int, relay: _Relay) -> None:
        super().__init__()
        self._job, self._number, self._relay = job, number, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            self._report(False, exc)
        else:
            self._report(True, result)

    def _report(self, ok: bool, value: object) -> None:
        if not shiboken6.isValid(self._relay):
            return  # the application is closing: nobody is left to tell
        with contextlib.suppress(RuntimeError):  # the relay went while the job ran (the application closed)
            self._relay.finished.emit(self._number, ok, value)


class Task:
    """A single background job whose callbacks belong to an owner and end with it."""

    def __init__(self, owner: QObject, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        if not isinstance(owner, QObject):
            raise TypeError("Task(owner, fn, ...): the owner must be a QObject")
        self._owner = owner
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._on_success: Callable[[Any], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._number = next(_numbers)
        self.done = False

    def on_success(self, callback: Callable[[Any], None]) -> Task:
        """Call `callback(result)` on the UI thread when the job returns."""
        self._on_success = callback
        return self

    def on_error(self, callback: Callable[[BaseException], None]) -> Task:
        """Call `callback(exception)` on the UI thread when the job raises."""
        self._on_error = callback
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> Task:
        """Call `callback(done, total)` on the UI thread as the job reports progress."""
        self._on_progress = callback
        return self

    @property
    def owner_alive(self) -> bool:
        """Whether the owner still exists (its callbacks are called only then)."""
        return shiboken6.isValid(self._owner)

    def start(self, pool: QThreadPool | None = None) -> Task:
        """Queue the job on the global (or given) thread pool. Call on the UI thread."""
        relay = _the_relay()
        assert QThread.currentThread() is relay.thread(), "Task.start() belongs on the UI thread"
        kwargs = dict(self._kwargs)
        try:
            if "progress" in inspect.signature(self._fn).parameters:
                kwargs["progress"] = self._report
        except (TypeError, ValueError):
            pass
        fn, args, number = self._fn, self._args, self._number
        relay.running[number] = self
        (pool or QThreadPool.globalInstance()).start(_Runnable(lambda: fn(*args, **kwargs), number, relay))
        return self

    def _report(self, done: int, total: int) -> None:
        # on the worker thread: stop work nobody will see
        if not self.owner_alive:
            raise Cancelled
        relay = _relay
        if relay is not None:
            relay.progressed.emit(self._number, done, total)

    def _finish(self, succeeded: bool, payload: object) -> None:
        self.done = True
        if not self.owner_alive:
            return
        if succeeded:
            if self._on_success:
                self._on_success(payload)
        elif isinstance(payload, Cancelled):
            return
        elif self._on_error and isinstance(payload, BaseException):
            self._on_error(payload)
        elif isinstance(payload, BaseException):
            raise payload

    def _progress(self, done: int, total: int) -> None:
        if self._on_progress and self.owner_alive:
            self._on_progress(done, total)

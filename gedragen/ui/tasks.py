"""The one way to do background work: run a function on a worker thread, get the result on the UI thread.

    Task(make_pdf, deck, path).on_success(self._done).on_error(self._failed).on_progress(bar.update).start()

The function runs off the UI thread; `on_success` / `on_error` are called on the UI thread. A function
that accepts a keyword argument `progress` gets a callable `progress(done: int, total: int)` that
updates the progress indicator safely from the worker.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], signals: _Signals):
        super().__init__()
        self._fn, self._args, self._kwargs, self._signals = fn, args, kwargs, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Task(QObject):
    """A single background job with success, error and progress callbacks on the UI thread."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        # parented to the application while running, so Qt keeps the task alive until it reports back
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._signals = _Signals()
        self._on_success: Callable[[Any], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, int], None] | None = None
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.progressed.connect(self._progressed)
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

    def start(self, pool: QThreadPool | None = None) -> Task:
        """Queue the job on the global (or given) thread pool."""
        kwargs = dict(self._kwargs)
        try:
            if "progress" in inspect.signature(self._fn).parameters:
                kwargs["progress"] = self._signals.progressed.emit
        except (TypeError, ValueError):
            pass
        self.setParent(QCoreApplication.instance())
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._fn, self._args, kwargs, self._signals))
        return self

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self.done = True
        self._release()
        if self._on_success:
            self._on_success(result)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.done = True
        self._release()
        if self._on_error and isinstance(exc, BaseException):
            self._on_error(exc)
        elif isinstance(exc, BaseException):
            raise exc

    def _release(self) -> None:
        self.setParent(None)
        self.deleteLater()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._on_progress:
            self._on_progress(done, total)

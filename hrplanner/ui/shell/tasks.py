"""The one helper for background work: run a function off the UI thread, with progress and
cancel, and get its result back on the UI thread.

The work function runs in a worker thread and must not touch widgets: it receives a
``Progress`` to report through and to ask whether the user cancelled. Results, errors and
progress reach the callbacks through queued Qt signals, i.e. on the UI thread. One worker
thread serialises all background work, so two database writes never overlap. Tests build
``TaskRunner(synchronous=True)``: the work then runs at once in the calling thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class Cancelled(Exception):
    """Raised by ``Progress.check`` inside work the user cancelled."""


class Progress:
    """What the work function sees: report progress, notice a cancel request."""

    def __init__(self, emit: Callable[[int, int, str], None], flag: threading.Event) -> None:
        self._emit = emit
        self._flag = flag

    def report(self, done: int, total: int, text: str = "") -> None:
        self._emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._flag.is_set()

    def check(self) -> None:
        """Stop here if the user asked to cancel (raise ``Cancelled``)."""
        if self._flag.is_set():
            raise Cancelled


class Task(QObject, Generic[T]):
    """One piece of background work; the UI may ``cancel()`` it."""

    # Emitted from the worker thread; the receivers live on the UI thread (queued).
    _progress = Signal(int, int, str)
    _outcome = Signal(str, object)

    def __init__(
        self,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        on_cancelled: Callable[[], None] | None,
    ) -> None:
        super().__init__()
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self._flag = threading.Event()
        self.running = True
        self._progress.connect(self._deliver_progress)
        self._outcome.connect(self._deliver_outcome)

    def cancel(self) -> None:
        self._flag.set()

    def execute(self) -> None:
        """Run the work here (a worker thread, or the UI thread in synchronous mode)."""
        progress = Progress(self._progress.emit, self._flag)
        try:
            result = self._work(progress)
        except Cancelled:
            self._outcome.emit("cancelled", None)
        except Exception as exc:  # every failure goes back to the UI, never lost
            self._outcome.emit("error", exc)
        else:
            self._outcome.emit("done", result)

    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, text)

    def _deliver_outcome(self, kind: str, value: Any) -> None:
        self.running = False
        if kind == "done":
            if self._on_done is not None:
                self._on_done(value)
        elif kind == "cancelled":
            if self._on_cancelled is not None:
                self._on_cancelled()
        elif self._on_error is not None:
            self._on_error(value)
        else:
            # Nobody expected this one: the exception hook (``ui.shell.crash``) shows and
            # logs it like any other unexpected error, here on the UI thread.
            sys.excepthook(type(value), value, value.__traceback__)


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.execute()


class TaskRunner(QObject):
    """Starts tasks; keeps them alive until their outcome has been delivered."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # serialise database work
        self._tasks: set[Task[Any]] = set()

    def run(
        self,
        work: Callable[[Progress], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task[T]:
        task: Task[T] = Task(work, on_done, on_error, on_progress, on_cancelled)
        if self.synchronous:
            task.execute()  # signals are direct here: callbacks have run on return
            return task
        self._tasks.add(task)
        task._outcome.connect(lambda *_: self._tasks.discard(task))
        self._pool.start(_Runnable(task))
        return task

    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker is idle (at shutdown); outcomes are delivered later."""
        return bool(self._pool.waitForDone(msecs))

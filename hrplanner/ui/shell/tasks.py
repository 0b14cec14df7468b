"""The one helper for background work: run a function off the UI thread, with progress and
cancel, and get its result back on the UI thread.

The work function runs in a worker thread and must not touch widgets: it receives a
``Progress`` to report through and to ask whether the user cancelled. Results, errors and
progress reach the callbacks through queued Qt signals, i.e. on the UI thread.

Two pools: ``run`` (anything that may write) goes to one worker thread, so two database
writes never overlap; ``read`` (a page or panel loading what it shows) goes to a pool of
several reader threads, so a slow page never makes another page wait. A task may be
``abandon()``-ed: it is asked to stop and whatever it produces is dropped, never delivered
(the user left the page or asked again). ``Load`` is the one-load-at-a-time helper pages
use: starting a load abandons the one before. Tests build ``TaskRunner(synchronous=True)``:
the work then runs at once in the calling thread.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
READERS = 3  # reader threads: enough that one slow page never holds up another
WORKER_NICE = 5  # how much lower than the UI thread background threads are scheduled


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
        self.abandoned = False
        self._progress.connect(self._deliver_progress)
        self._outcome.connect(self._deliver_outcome)

    def cancel(self) -> None:
        self._flag.set()

    def abandon(self) -> None:
        """Ask the work to stop and drop its outcome: no callback runs for this task."""
        self.abandoned = True
        self._flag.set()

    def execute(self) -> None:
        """Run the work here (a worker thread, or the UI thread in synchronous mode)."""
        progress = Progress(self._progress.emit, self._flag)
        try:
            with _collector_paused():
                result = self._work(progress)
        except Cancelled:
            self._outcome.emit("cancelled", None)
        except Exception as exc:  # every failure goes back to the UI, never lost
            self._outcome.emit("error", exc)
        else:
            self._outcome.emit("done", result)

    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and not self.abandoned:
            self._on_progress(done, total, text)

    def _deliver_outcome(self, kind: str, value: Any) -> None:
        self.running = False
        if self.abandoned:
            return
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


_lowered = threading.local()
_paused_lock = threading.Lock()
_paused = 0


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while background work runs.

    A read of the large demo builds hundreds of thousands of rows; every full pass of the
    collector walks all of them while holding the interpreter lock, which froze the window
    for 0.2–0.4 s at a time. Reference counting still frees the rows as soon as they are
    dropped; the cycles found meanwhile are collected when the last task ends, on that
    worker, by which time its rows are gone and the pass is short.
    """
    global _paused
    with _paused_lock:
        _paused += 1
        if _paused == 1:
            gc.disable()
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            last = _paused == 0
            if last:
                gc.enable()
        if last and threading.current_thread() is not threading.main_thread():
            gc.collect(1)


def _lower_priority() -> None:
    """Once per worker thread: yield the processor to the UI thread when both want it (a
    busy PC otherwise lets a long read freeze the window). On Linux a thread has its own
    nice value; elsewhere nothing changes."""
    if getattr(_lowered, "done", False):
        return
    _lowered.done = True
    with contextlib.suppress(AttributeError, OSError):
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + WORKER_NICE)


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        if sys.platform.startswith("linux"):
            _lower_priority()
        self._task.execute()


class TaskRunner(QObject):
    """Starts tasks; keeps them alive until their outcome has been delivered."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # serialise database work
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(READERS)
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
        """Run ``work`` on the one writer thread (after the work queued before it)."""
        return self._start(self._pool, work, on_done, on_error, on_progress, on_cancelled)

    def read(
        self,
        work: Callable[[Progress], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task[T]:
        """Run ``work``, which only reads, on a reader thread: it does not wait behind
        writes or other reads (each unit of work has its own session and connection)."""
        return self._start(self._readers, work, on_done, on_error, on_progress, on_cancelled)

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        on_cancelled: Callable[[], None] | None,
    ) -> Task[T]:
        task: Task[T] = Task(work, on_done, on_error, on_progress, on_cancelled)
        if self.synchronous:
            task.execute()  # signals are direct here: callbacks have run on return
            return task
        self._tasks.add(task)
        task._outcome.connect(lambda *_: self._tasks.discard(task))
        pool.start(_Runnable(task))
        return task

    def busy(self) -> bool:
        return any(not task.abandoned for task in self._tasks)

    def stop_all(self) -> None:
        """Ask every task not yet delivered to stop (the window is closing): work that looks
        at ``Progress`` stops at its next check (an export leaves no file, an import writes
        nothing, 核發證書 stops between classes) instead of running on after the window."""
        for task in list(self._tasks):
            task.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the workers are idle (at shutdown); outcomes are delivered later."""
        done = bool(self._pool.waitForDone(msecs))
        return bool(self._readers.waitForDone(msecs)) and done


class Load(QObject):
    """One thing a page shows, loaded in the background, one load at a time.

    ``start`` abandons the load still running (its result is dropped) and reads anew on a
    reader thread; ``loading`` changes to True while a load runs (the page shows its
    loading state) and back to False when it is delivered or abandoned. The main window
    abandons a page's loads when the user leaves it; the page reads again when shown.
    """

    loading = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._task: Task[Any] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(
        self,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task[T]:
        self.abandon(quiet=True)

        def done(result: T) -> None:
            if self._task is task:
                self._task = None
                self.loading.emit(False)
            on_done(result)

        def failed(exc: BaseException) -> None:
            if self._task is task:
                self._task = None
                self.loading.emit(False)
            if on_error is None:
                sys.excepthook(type(exc), exc, exc.__traceback__)
            else:
                on_error(exc)

        task: Task[T] = Task(work, done, failed, None, None)
        self._task = task
        self.loading.emit(True)
        if self._runner.synchronous:
            task.execute()
            return task
        self._runner._tasks.add(task)
        task._outcome.connect(lambda *_: self._runner._tasks.discard(task))
        self._runner._readers.start(_Runnable(task))
        return task

    def abandon(self, quiet: bool = False) -> None:
        """Drop the running load (if any); its result will never be shown."""
        task, self._task = self._task, None
        if task is not None:
            task.abandon()
            if not quiet:
                self.loading.emit(False)

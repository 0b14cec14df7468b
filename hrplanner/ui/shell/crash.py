"""Unexpected errors in the window: seen by the user, kept in a log file, never personal data.

``CrashReporter.install()`` replaces ``sys.excepthook`` (PySide6 hands it every exception a
slot or a virtual method raises, e.g. a button's handler) and ``threading.excepthook``
(plain Python threads). For each unexpected error it

1. writes the traceback to ``hrplanner.log`` in the data folder (rotated at 1 MB, three old
   files kept), so that ``hrplanner-gui``, which has no console, loses nothing;
2. shows one dialog through the injectable ``Prompts``: what happened in plain words, where
   the log is and to send it to the IT contact. A worker thread never touches a widget: its
   dialog is queued to the UI thread through a signal.

No personal data goes into the log: only the exception's type and message, and for each
frame its file, line, function and source line — never the values of its arguments or
locals (``traceback`` without ``capture_locals``). The text is scrubbed before it is
written: anything shaped like an identity number is masked with the domain's masking
(``A12****789``), e-mail addresses lose their mailbox, the bound parameters SQLAlchemy puts
into its error messages are dropped and the home folder (often the officer's name) is
written as ``~``.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from hrplanner.domain import national_id
from hrplanner.services.common.errors import ConflictError
from hrplanner.ui.shell.prompts import Prompts

LOGGER_NAME = "hrplanner"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3

# One letter, a letter or digit, eight digits (ASCII or full-width) and no more around them:
# the three shapes of R2 (A123456789, A800000014, AA00000009) and their near misses.
_ID_SHAPED = re.compile(
    r"(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９][0-9０-９]{8}(?![0-9０-９])"
)
# A mailbox starts where a run of its characters starts (not at every character of it,
# which would make a long word cost quadratic time).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*")


def scrub(text: str) -> str:
    """``text`` without identity numbers, mailboxes, SQL parameters or the home folder."""
    text = _ID_SHAPED.sub(lambda m: national_id.mask(m.group(0)), text)
    text = _EMAIL.sub(lambda m: f"***@{m.group(1)}", text)
    text = _SQL_PARAMETERS.sub("[parameters: hidden]", text)
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


def describe(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback as the log keeps it: frames and messages, no local values, scrubbed."""
    lines = traceback.format_exception(exc_type, exc, tb)  # capture_locals stays off
    return scrub("".join(lines)).rstrip("\n")


def save_refusal(exc: BaseException) -> str | None:
    """The sentence for a save that another officer or another HR Planner got in the way
    of (a record changed meanwhile, the database busy past the wait) — not a fault of the
    program, so no log and no traceback, wherever the save started; None otherwise."""
    if isinstance(exc, ConflictError):
        return str(exc)
    if "sqlalchemy" not in sys.modules:
        return None  # no database was ever opened: nothing below can have been raised
    # Imported here, not at the top: the window paints before SQLAlchemy is loaded.
    from sqlalchemy.orm.exc import StaleDataError

    from hrplanner.services.common.conflicts import conflict_message
    from hrplanner.storage.engine import DatabaseBusy, busy_message, is_busy

    if isinstance(exc, DatabaseBusy):
        return str(exc)
    if is_busy(exc):  # raised outside the common unit of work
        return busy_message()
    if isinstance(exc, StaleDataError):  # a version checked by SQLAlchemy, not by a service
        return conflict_message()
    return None


def one_line(exc_type: type[BaseException], exc: BaseException) -> str:
    """``ValueError: the message`` for the dialog, scrubbed like the log."""
    message = str(exc)
    text = f"{exc_type.__name__}: {message}" if message else exc_type.__name__
    return scrub(text)


class _ScrubbingFormatter(logging.Formatter):
    """Every record written to the log file is scrubbed, whoever logged it."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def open_log(path: Path) -> logging.Handler | None:
    """The rotating log file handler on the ``hrplanner`` logger; None if it cannot be opened
    (a read-only data folder must not stop the program)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger(LOGGER_NAME).addHandler(handler)
    return handler


class CrashReporter(QObject):
    """Owns the hooks, the log file and the dialog for one run of the window."""

    # Carries an error's one-line summary from any thread to the UI thread (queued).
    _show_requested = Signal(str)
    # The same for a refused save's sentence (shown as it is, nothing logged).
    _refusal_requested = Signal(str)

    def __init__(
        self,
        prompts: Prompts,
        log_file: Path,
        parent_window: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        super().__init__()
        self.prompts = prompts
        self.log_file = log_file
        self.parent_window = parent_window
        self.log = logging.getLogger(f"{LOGGER_NAME}.crash")
        self._handler: logging.Handler | None = None
        self._previous: tuple[Any, Any] | None = None
        self._showing = False
        self._ui_thread = threading.get_ident()  # made by the composition root, on the UI thread
        self._show_requested.connect(self._show)
        self._refusal_requested.connect(self._show_refusal)

    # --- installing ----------------------------------------------------------------------

    def install(self) -> None:
        if self._previous is not None:
            return
        self._handler = open_log(self.log_file)
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook = self._previous
        self._previous = None
        if self._handler is not None:
            logging.getLogger(LOGGER_NAME).removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    # --- the hooks -----------------------------------------------------------------------

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: log, echo to a console if there is one, show the dialog."""
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in a terminal: just stop
            sys.__excepthook__(exc_type, exc, tb)
            return
        refusal = save_refusal(exc)
        if refusal is not None:
            if threading.get_ident() == self._ui_thread:
                self._show_refusal(refusal)
            else:
                self._refusal_requested.emit(refusal)
            return
        with contextlib.suppress(Exception):  # the hook itself must never raise
            self._record(exc_type, exc, tb)
        summary = one_line(exc_type, exc)
        if threading.get_ident() == self._ui_thread:
            self._show(summary)
        else:
            self._show_requested.emit(summary)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: a worker thread's error, reported like any other."""
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _record(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        text = describe(exc_type, exc, tb)
        # The log record carries the scrubbed text as its message, not exc_info: logging
        # would format the traceback itself, and with it nothing but the text we checked.
        self.log.error("unexpected error\n%s", text)
        if sys.stderr is not None:  # a console (hrplanner from a terminal): show it there too
            print(text, file=sys.stderr)

    def _log_written(self) -> bool:
        return self._handler is not None and self.log_file.is_file()

    def _show_refusal(self, text: str) -> None:
        title = QCoreApplication.translate("Crash", "沒有儲存")
        self.prompts.error(self.parent_window(), title, text)

    def _show(self, summary: str) -> None:
        if self._showing:  # an error while the dialog is open: logged, not shown again
            return
        self._showing = True
        try:
            if self._log_written():
                text = QCoreApplication.translate(
                    "Crash",
                    "HR Planner 發生了未預期的錯誤，剛才的操作可能沒有完成。\n\n"
                    "錯誤訊息：%1\n\n詳細的紀錄已寫入：\n%2\n\n"
                    "請將這個檔案寄給貴單位的資訊人員，並說明當時正在做什麼。"
                    "您可以繼續使用；若同樣的錯誤一再出現，請重新啟動程式。",
                )
            else:
                text = QCoreApplication.translate(
                    "Crash",
                    "HR Planner 發生了未預期的錯誤，剛才的操作可能沒有完成。\n\n"
                    "錯誤訊息：%1\n\n紀錄檔 %2 無法寫入。請將這個視窗截圖，"
                    "寄給貴單位的資訊人員，並說明當時正在做什麼。",
                )
            values = {"1": summary, "2": str(self.log_file)}
            text = re.sub(r"%([12])", lambda m: values[m.group(1)], text)
            title = QCoreApplication.translate("Crash", "發生未預期的錯誤")
            self.prompts.error(self.parent_window(), title, text)
        finally:
            self._showing = False

"""What every command shares: exit statuses, the usage error, the parser class (which also
puts argparse's own words into the current language), opening the database, checking an
output path, and the sentence for a file that cannot be read or written.

Exit status (SPEC §4): 0 done; 1 the input was refused (every problem printed, nothing
written); 2 usage error. A file that cannot be read or written (a missing folder, no
permission) is a usage error too: a clear message, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from hrplanner import i18n, paths
from hrplanner.i18n import N_, _

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


# A command's handler: the parsed arguments in, the exit status out.
Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    pass


# argparse's own words in Chinese: its English message ids (Python 3.11–3.13) → zh_TW.
# argparse looks every one of them up through its module globals ``_`` and ``ngettext``
# (``gettext.gettext``, the default text domain, for which no Chinese catalogue exists).
_ARGPARSE_ZH: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置引數",
    "options": "選項",
    "optional arguments": "選項",
    "subcommands": "子指令",
    "show this help message and exit": "顯示此說明後結束",
    "argument %(argument_name)s: %(message)s": "引數 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少必要的引數：%s",
    "one of the arguments %s is required": "須指定下列引數其中之一：%s",
    "unrecognized arguments: %s": "無法辨識的引數：%s",
    "not allowed with argument %s": "不可與引數 %s 同時使用",
    "ignored explicit argument %r": "忽略了多給的值 %r",
    "expected one argument": "需要一個值",
    "expected at most one argument": "最多只能有一個值",
    "expected at least one argument": "至少需要一個值",
    "expected %s argument": "需要 %s 個值",
    "expected %s arguments": "需要 %s 個值",
    "ambiguous option: %(option)s could match %(matches)s": (
        "選項 %(option)s 不明確，可能是 %(matches)s"
    ),
    "unexpected option string: %s": "未預期的選項：%s",
    "invalid %(type)s value: %(value)r": "無效的 %(type)s 值：%(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "無效的選擇：%(value)r（可選：%(choices)s）"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "未知的指令 %(parser_name)r（可用：%(choices)s）"
    ),
    "can't open '%(filename)s': %(error)s": "無法開啟「%(filename)s」：%(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s：錯誤：%(message)s\n",
}


@contextlib.contextmanager
def _argparse_in_our_language() -> Iterator[None]:
    """argparse's own words in the core's language while one of our parsers works.

    argparse calls ``_()`` and ``ngettext()`` by their module-global names whenever it needs
    a word (building a parser, parsing, formatting help), so swapping those two names is
    the one place that reaches every word without copying its formatter and error paths.
    The swap lasts only for the call and is undone after it, so other parsers in the
    process (pytest's, a library's) keep argparse's own behaviour; in English argparse
    says what it always says."""
    original_gettext, original_ngettext = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    if i18n.language() == "zh_TW":

        def text(message: str) -> str:
            return _ARGPARSE_ZH.get(message, message)

        def plural(singular: str, plural_form: str, n: int) -> str:
            return text(singular if n == 1 else plural_form)

        argparse._ = text  # type: ignore[attr-defined]
        argparse.ngettext = plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original_gettext  # type: ignore[attr-defined]
        argparse.ngettext = original_ngettext  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    """The parser of every command: errors become ``UsageError``; argparse's own words
    ("usage:", "options", "the following arguments are required") follow the language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with _argparse_in_our_language():  # the group titles and -h's help are made here
            super().__init__(*args, **kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with _argparse_in_our_language():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _argparse_in_our_language():
            return super().format_usage()

    def format_help(self) -> str:
        with _argparse_in_our_language():
            return super().format_help()

    def error(self, message: str) -> NoReturn:  # argparse would exit(2) itself; keep control
        raise UsageError(message)


def _open_db(args: argparse.Namespace, *, create: bool = False):  # type: ignore[no-untyped-def]
    """Open the database of ``--db``; a usage error (exit 2) with the reason when it cannot
    be opened. Only ``create`` (init) or the default location makes a new database: a
    named one that does not exist is refused, nothing created."""
    from hrplanner.storage.database import Database
    from hrplanner.storage.probe import CannotOpen

    target = paths.database_target(args.db)
    create = create or paths.is_default_target(args.db)
    try:
        return Database.open(target, backup_folder=paths.backup_dir(), create=create)
    except CannotOpen as exc:
        raise UsageError(str(exc)) from exc


def check_output(path: Path, *, folder: bool = False) -> None:
    """Refuse (usage error) an output that cannot be written, before any work is done.

    Exports and prints all behave alike: the folder the output goes into must exist (a
    mistyped folder is not silently created). ``folder`` is true when ``path`` is itself a
    folder to create (one PDF per person)."""
    parent = path.parent
    if not parent.is_dir():
        message = _("無法寫入「{path}」：資料夾「{folder}」不存在，請先建立或改用其他路徑")
        raise UsageError(message.format(path=path, folder=parent))
    if folder and path.exists() and not path.is_dir():
        raise UsageError(_("無法寫入「{path}」：已有同名檔案，請指定資料夾").format(path=path))
    if not folder and path.is_dir():
        raise UsageError(_("無法寫入「{path}」：這是資料夾，請指定檔名").format(path=path))
    into = path if folder and path.is_dir() else parent
    if not os.access(into, os.W_OK):
        message = _("無法寫入「{path}」：沒有在資料夾「{folder}」建立檔案的權限")
        raise UsageError(message.format(path=path, folder=into))
    if not folder and path.exists() and not os.access(path, os.W_OK):
        message = _("無法寫入「{path}」：檔案是唯讀的，請改用其他檔名或解除唯讀")
        raise UsageError(message.format(path=path))


def check_input(path: Path) -> None:
    """Refuse (exit 1: the input was refused) an input file that cannot be read, before
    the database is opened: a missing file, a folder, no permission."""
    from hrplanner.services.common.errors import InputRefused, Problem

    if not path.exists():
        reason = _("找不到檔案「{path}」").format(path=path)
    elif path.is_dir():
        reason = _("「{path}」是資料夾，請指定要讀取的檔案").format(path=path)
    else:
        try:
            with path.open("rb"):
                return
        except OSError as exc:
            reason = file_error_text(exc)
    raise InputRefused([Problem(reason)])


def file_error_text(exc: BaseException) -> str:
    """A sentence for a file that could not be read or written, or a database that
    refused a read or a write."""
    database = _database_error_text(exc)
    if database is not None:
        return database
    if isinstance(exc, OSError) and exc.errno is None:
        return str(exc)  # raised with its own message, e.g. 找不到備份檔
    os_error = exc if isinstance(exc, OSError) else exc.__context__
    if not isinstance(os_error, OSError) or os_error.errno is None:
        return _("無法寫入檔案：{reason}").format(reason=exc)
    reason = i18n.os_reason(os_error)
    if os_error.filename:
        return _("無法存取檔案「{path}」：{reason}").format(path=os_error.filename, reason=reason)
    return _("無法存取檔案：{reason}").format(reason=reason)


def _is_file_error(exc: Exception) -> bool:
    """xlsxwriter reports a file it cannot create as its own error, not as an OSError; a
    database that cannot be written (read-only, locked, disk full, server gone) is the
    same kind of trouble with the place the data lives."""
    if isinstance(exc, OSError) or _database_error_text(exc) is not None:
        return True
    xlsx = sys.modules.get("xlsxwriter.exceptions")  # never imported: not one of its errors
    return xlsx is not None and isinstance(exc, xlsx.XlsxFileError)


# What SQLite and PostgreSQL say (in English, whatever the language) → our sentence.
_DATABASE_TROUBLES = (
    (
        ("readonly", "read-only"),
        N_("資料庫是唯讀的，無法儲存變更：請確認資料庫檔案與其資料夾可以寫入"),
    ),
    (
        ("database is locked", "busy"),
        N_("另一個 HR Planner 正在儲存資料，請稍後再試；這次的變更沒有儲存。"),
    ),
    (("disk is full", "no space"), N_("磁碟空間不足，資料庫無法儲存變更")),
    (
        ("server closed the connection", "terminating connection", "connection refused"),
        N_("與資料庫伺服器的連線中斷，請確認伺服器後再試"),
    ),
    (("disk i/o error", "unable to open database"), N_("無法存取資料庫檔案，請確認磁碟與檔案權限")),
)


def _database_error_text(exc: BaseException) -> str | None:
    """Our sentence for a database error a user can do something about; None otherwise
    (an error in the program: its traceback is what a developer needs)."""
    engine = sys.modules.get("hrplanner.storage.engine")  # never imported: not its error
    if engine is not None and isinstance(exc, engine.DatabaseBusy):
        return str(exc)  # waited for another HR Planner's write as long as a writer waits
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    operational: tuple[type[BaseException], ...] = (sqlite3.OperationalError,)
    if sqlalchemy_exc is not None:
        operational = (*operational, sqlalchemy_exc.OperationalError)
    if not isinstance(exc, operational):
        return None
    text = str(getattr(exc, "orig", None) or exc).lower()
    for words, sentence in _DATABASE_TROUBLES:
        if any(word in text for word in words):
            return _(sentence)
    return None


class _Masking:
    """A text stream whose writes have their identity numbers masked (R2)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from hrplanner.domain.national_id import scrub

        return int(self._stream.write(scrub(text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def masking_identity_numbers(run: Callable[[list[str]], int]) -> Callable[[list[str]], int]:
    """Run the command line with every identity number it prints masked, on stdout and
    stderr alike: whatever a command, a refusal or a library prints about a value a user
    typed (an identity number in 員工編號, in a class's sign-up sheet) shows it as
    ``A12****789`` (R2). Files the commands write are not affected."""

    @functools.wraps(run)
    def masked(argv: list[str]) -> int:
        out, err = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = _Masking(out), _Masking(err)
        try:
            return run(argv)
        finally:
            sys.stdout, sys.stderr = out, err

    return masked


def year_of(args: argparse.Namespace) -> int:
    """``--year`` as a Gregorian year (2020 or 109); the current year when not given."""
    from hrplanner.domain.rocdate import parse_year

    if getattr(args, "year", None) is None:
        return dt.date.today().year
    try:
        return parse_year(args.year)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def date_arg(value: str | None, option: str) -> dt.date:
    """A date option (R1 forms: 113/07/30, 2024-07-30 …); today when not given."""
    from hrplanner.domain.rocdate import parse_date

    if value is None:
        return dt.date.today()
    try:
        return parse_date(value)
    except ValueError as exc:
        raise UsageError(_("{option}：{reason}").format(option=option, reason=exc)) from exc


def print_done(summary: str, path: Path | str | None = None) -> None:
    """The one line a command prints when it wrote a file."""
    if path is None:
        print(summary)
    else:
        print(_("{summary}：{path}").format(summary=summary, path=path))

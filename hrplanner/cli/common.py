"""What every command shares: exit statuses, the usage error, opening the database, checking
an output path, and the sentence for a file that cannot be read or written.

Exit status (SPEC §4): 0 done; 1 the input was refused (every problem printed, nothing
written); 2 usage error. A file that cannot be read or written (a missing folder, no
permission) is a usage error too: a clear message, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from hrplanner import paths
from hrplanner.i18n import _

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


# A command's handler: the parsed arguments in, the exit status out.
Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would exit(2) itself; keep control
        raise UsageError(message)


def _open_db(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from hrplanner.storage.database import Database

    return Database.open(paths.database_target(args.db), backup_folder=paths.backup_dir())


def check_output(path: Path, *, folder: bool = False) -> None:
    """Refuse (usage error) an output that cannot be written, before any work is done.

    Exports and prints all behave alike: the folder the output goes into must exist (a
    mistyped folder is not silently created). ``folder`` is true when ``path`` is itself a
    folder to create (one PDF per person)."""
    parent = path.parent
    if not parent.is_dir():
        raise UsageError(f"無法寫入「{path}」：資料夾「{parent}」不存在，請先建立或改用其他路徑")
    if folder and path.exists() and not path.is_dir():
        raise UsageError(f"無法寫入「{path}」：已有同名檔案，請指定資料夾")
    if not folder and path.is_dir():
        raise UsageError(f"無法寫入「{path}」：這是資料夾，請指定檔名")


_OS_REASONS = {
    errno.ENOENT: "找不到檔案或資料夾",
    errno.EACCES: "沒有存取權限",
    errno.EPERM: "沒有存取權限",
    errno.EISDIR: "這是資料夾而非檔案",
    errno.ENOTDIR: "路徑中有一段不是資料夾",
    errno.ENOSPC: "磁碟空間不足",
    errno.EROFS: "唯讀的磁碟",
}


def file_error_text(exc: BaseException) -> str:
    """A Chinese sentence for a file that could not be read or written."""
    if isinstance(exc, OSError) and exc.errno is None:
        return str(exc)  # raised with its own message, e.g. 找不到備份檔
    os_error = exc if isinstance(exc, OSError) else exc.__context__
    if not isinstance(os_error, OSError) or os_error.errno is None:
        return f"無法寫入檔案：{exc}"
    reason = _OS_REASONS.get(os_error.errno, os_error.strerror or str(os_error))
    where = f"「{os_error.filename}」" if os_error.filename else ""
    return f"無法存取檔案{where}：{reason}"


def _is_file_error(exc: Exception) -> bool:
    """xlsxwriter reports a file it cannot create as its own error, not as an OSError."""
    if isinstance(exc, OSError):
        return True
    xlsx = sys.modules.get("xlsxwriter.exceptions")  # never imported: not one of its errors
    return xlsx is not None and isinstance(exc, xlsx.XlsxFileError)


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

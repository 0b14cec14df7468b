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
import errno
import functools
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


# Marked here, translated where the sentence is made (the language is chosen at run time).
_OS_REASONS = {
    errno.ENOENT: N_("找不到檔案或資料夾"),
    errno.EACCES: N_("沒有存取權限"),
    errno.EPERM: N_("沒有存取權限"),
    errno.EISDIR: N_("這是資料夾而非檔案"),
    errno.ENOTDIR: N_("路徑中有一段不是資料夾"),
    errno.ENOSPC: N_("磁碟空間不足"),
    errno.EROFS: N_("唯讀的磁碟"),
}


def file_error_text(exc: BaseException) -> str:
    """A sentence for a file that could not be read or written."""
    if isinstance(exc, OSError) and exc.errno is None:
        return str(exc)  # raised with its own message, e.g. 找不到備份檔
    os_error = exc if isinstance(exc, OSError) else exc.__context__
    if not isinstance(os_error, OSError) or os_error.errno is None:
        return _("無法寫入檔案：{reason}").format(reason=exc)
    known = _OS_REASONS.get(os_error.errno)
    reason = _(known) if known else (os_error.strerror or str(os_error))
    if os_error.filename:
        return _("無法存取檔案「{path}」：{reason}").format(path=os_error.filename, reason=reason)
    return _("無法存取檔案：{reason}").format(reason=reason)


def _is_file_error(exc: Exception) -> bool:
    """xlsxwriter reports a file it cannot create as its own error, not as an OSError."""
    if isinstance(exc, OSError):
        return True
    xlsx = sys.modules.get("xlsxwriter.exceptions")  # never imported: not one of its errors
    return xlsx is not None and isinstance(exc, xlsx.XlsxFileError)


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

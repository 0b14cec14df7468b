"""The command line of SPEC §4: the parser, the window when no command is given, and the
dispatch of a command to its handler with the exit statuses of ``cli.common``."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from hrplanner import i18n
from hrplanner.cli.common import (
    EXIT_REFUSED,
    EXIT_USAGE,
    Handler,
    UsageError,
    _is_file_error,
    _Parser,
    file_error_text,
    masking_identity_numbers,
)
from hrplanner.i18n import _, ngettext
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound

# The status of a command whose reader stopped reading (``agenda | head``): what a shell
# reports for a program ended by SIGPIPE, distinct from the statuses of SPEC §4.
EXIT_READER_GONE = 141

# Each module adds its commands: ``add_commands(sub)`` adds its parsers to ``sub`` and
# returns its handlers (``args -> exit status``) by command name.
COMMAND_MODULES: tuple[str, ...] = (
    "hrplanner.cli.database",
    "hrplanner.cli.demo",
    "hrplanner.cli.imports",
    "hrplanner.cli.exports",
    "hrplanner.cli.printing",
    "hrplanner.cli.training",
    "hrplanner.cli.calendar",
    "hrplanner.cli.portal",
    "hrplanner.cli.appraisal",
    "hrplanner.cli.settings",
)


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The parser of every command, and the handler of each command by name."""
    parser = _Parser(prog="hrplanner", description=_("HR Planner 人事訓練考核管理"))
    parser.add_argument("--db", help=_("SQLite 檔案路徑或 SQLAlchemy URL（亦可用 HRPLANNER_DB）"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_("介面語言"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    handlers: dict[str, Handler] = {}
    for module_name in COMMAND_MODULES:
        handlers |= importlib.import_module(module_name).add_commands(sub)
    return parser, handlers


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """The options when no command is given (the window), else None.

    Checked before ``build_parser`` so that opening the window does not wait for every
    command module (and the libraries they import) to load."""
    quick = _Parser(add_help=False)
    quick.add_argument("--db")
    quick.add_argument("--lang", choices=i18n.LANGUAGES)
    try:
        args, rest = quick.parse_known_args(argv)
    except UsageError:
        return None
    if rest:
        return None
    args.command = None
    return args


def _language(argv: list[str]) -> str | None:
    """``--lang`` as given, read before the parser is built so that its help is translated."""
    quick = _Parser(add_help=False)
    quick.add_argument("--lang")
    try:
        args, _rest = quick.parse_known_args(argv)
    except UsageError:
        return None
    return str(args.lang) if args.lang else None


@masking_identity_numbers
def run(argv: list[str]) -> int:
    """Run the command of ``argv`` (or open the window) and return the exit status."""
    try:
        status = _run(argv)
        # Written output still buffered would fail at exit, after our handlers: flush here.
        sys.stdout.flush()
    except BrokenPipeError:
        return _reader_gone()
    return status


def _reader_gone() -> int:
    """The program reading our output has closed it: end quietly. As the Python docs
    advise, stdout is pointed at devnull first, so that the interpreter's final flush of
    the unwritten rest cannot fail with a second traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)
    return EXIT_READER_GONE


def _run(argv: list[str]) -> int:
    i18n.set_language(_language(argv))
    window_args = _window_args(argv)
    if window_args is not None:
        from hrplanner.app import run_gui

        return run_gui(window_args)
    parser, handlers = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(_("hrplanner: 錯誤：{reason}").format(reason=exc), file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if args.command is None:
        from hrplanner.app import run_gui

        return run_gui(args)
    handler = handlers[args.command]
    try:
        return handler(args)
    except InputRefused as exc:
        n = len(exc.problems)
        heading = ngettext(
            "輸入被拒絕（共 {n} 個問題，未寫入任何資料）：",
            "輸入被拒絕（共 {n} 個問題，未寫入任何資料）：",
            n,
        )
        print(heading.format(n=n), file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_REFUSED
    except ConflictError as exc:  # another officer saved first: refused, nothing written
        print(_("hrplanner: 錯誤：{reason}").format(reason=exc), file=sys.stderr)
        return EXIT_REFUSED
    except (NotFound, UsageError) as exc:
        print(_("hrplanner: 錯誤：{reason}").format(reason=exc), file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        raise  # not a file the user named: the reader of stdout went away (see run)
    except Exception as exc:
        if _is_stale(exc):  # a record saved by another officer between our read and write
            from hrplanner.services.common.conflicts import conflict_message

            print(_("hrplanner: 錯誤：{reason}").format(reason=conflict_message()), file=sys.stderr)
            return EXIT_REFUSED
        if not _is_file_error(exc):
            raise  # a bug: the traceback is what a developer needs
        print(_("hrplanner: 錯誤：{reason}").format(reason=file_error_text(exc)), file=sys.stderr)
        return EXIT_USAGE


def _is_stale(exc: BaseException) -> bool:
    orm = sys.modules.get("sqlalchemy.orm.exc")  # never imported: not its error
    return orm is not None and isinstance(exc, orm.StaleDataError)

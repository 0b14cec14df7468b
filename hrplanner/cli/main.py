"""The command line of SPEC §4: the parser, the window when no command is given, and the
dispatch of a command to its handler with the exit statuses of ``cli.common``."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

from hrplanner import paths
from hrplanner.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    UsageError,
    _is_file_error,
    _open_db,
    _Parser,
    file_error_text,
)
from hrplanner.services.common.errors import InputRefused, NotFound

# --- commands ----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    db = _open_db(args)
    print(f"資料庫已就緒：{db.engine.url.render_as_string(hide_password=True)}")
    if db.upgrade_backup:
        print(f"升級前備份：{db.upgrade_backup}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from hrplanner.services.common import backup

    db = _open_db(args)
    try:
        out = backup.backup(db, Path(args.output))
    except backup.BackupError as exc:
        print(f"hrplanner: 無法備份：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"已備份至 {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from hrplanner.services.common import backup

    target = paths.database_target(args.db)
    try:
        saved = backup.restore(target, Path(args.file), paths.backup_dir())
    except backup.BackupError as exc:
        print(f"hrplanner: 無法還原：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"已還原 {args.file}（原資料庫另存為 {saved}）" if saved else f"已還原 {args.file}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from hrplanner.services.common import backup

    db = _open_db(args)
    problems = backup.check(db)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return EXIT_REFUSED
    print("資料庫檢查通過")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hrplanner", description="HR Planner 人事訓練考核管理")
    parser.add_argument("--db", help="SQLite 檔案路徑或 SQLAlchemy URL（亦可用 HRPLANNER_DB）")
    parser.add_argument("--lang", choices=("zh_TW", "en"), help="介面語言")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    sub.add_parser("init", help="建立或升級資料庫")
    p = sub.add_parser("backup", help="備份資料庫")
    p.add_argument("-o", "--output", required=True)
    p = sub.add_parser("restore", help="由備份還原資料庫")
    p.add_argument("file")
    sub.add_parser("check", help="檢查資料庫完整性")
    for module_name in EXTENSION_MODULES:
        importlib.import_module(module_name).register(sub, COMMANDS)
    return parser


# Each area adds its sub-commands: the module's ``register(sub, commands)`` adds parsers to
# ``sub`` and handlers (``args -> exit status``) to ``commands`` under the same name.
EXTENSION_MODULES: tuple[str, ...] = (
    "hrplanner.cli.staff",
    "hrplanner.cli.calendar",
    "hrplanner.cli.hours",
    "hrplanner.cli.printing",
    "hrplanner.cli.training",
    "hrplanner.cli.reports",
)


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """The options when no command is given (the window), else None.

    Checked before ``build_parser`` so that opening the window does not wait for every
    command module (and the libraries they import) to load."""
    quick = _Parser(add_help=False)
    quick.add_argument("--db")
    quick.add_argument("--lang", choices=("zh_TW", "en"))
    try:
        args, rest = quick.parse_known_args(argv)
    except UsageError:
        return None
    if rest:
        return None
    args.command = None
    return args


def run(argv: list[str]) -> int:
    window_args = _window_args(argv)
    if window_args is not None:
        from hrplanner.app import run_gui

        return run_gui(window_args)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"hrplanner: 錯誤：{exc}", file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if args.command is None:
        from hrplanner.app import run_gui

        return run_gui(args)
    handler = COMMANDS[args.command]
    try:
        return handler(args)
    except InputRefused as exc:
        print(f"輸入被拒絕（共 {len(exc.problems)} 個問題，未寫入任何資料）：", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_REFUSED
    except (NotFound, UsageError) as exc:
        print(f"hrplanner: 錯誤：{exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        if not _is_file_error(exc):
            raise  # a bug: the traceback is what a developer needs
        print(f"hrplanner: 錯誤：{file_error_text(exc)}", file=sys.stderr)
        return EXIT_USAGE

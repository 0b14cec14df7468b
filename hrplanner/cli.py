"""The command line of SPEC §4. Commands use the same services as the window.

Exit status: 0 done; 1 the input was refused (every problem printed, nothing written);
2 usage error. A file that cannot be read or written (a missing folder, no permission) is
a usage error too: a Chinese message, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from hrplanner import paths
from hrplanner.services.errors import InputRefused, NotFound

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


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


# --- commands ----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    db = _open_db(args)
    print(f"資料庫已就緒：{db.engine.url.render_as_string(hide_password=True)}")
    if db.upgrade_backup:
        print(f"升級前備份：{db.upgrade_backup}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from hrplanner.services import backup

    db = _open_db(args)
    try:
        out = backup.backup(db, Path(args.output))
    except backup.BackupError as exc:
        print(f"hrplanner: 無法備份：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"已備份至 {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from hrplanner.services import backup

    target = paths.database_target(args.db)
    try:
        saved = backup.restore(target, Path(args.file), paths.backup_dir())
    except backup.BackupError as exc:
        print(f"hrplanner: 無法還原：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"已還原 {args.file}（原資料庫另存為 {saved}）" if saved else f"已還原 {args.file}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from hrplanner.services import backup

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
    "hrplanner.cli_staff",
    "hrplanner.cli_calendar",
    "hrplanner.cli_hours",
    "hrplanner.cli_print",
    "hrplanner.cli_training",
    "hrplanner.cli_reports",
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

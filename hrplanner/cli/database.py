"""The database's own commands (SPEC §4): ``init``, ``backup -o FILE``, ``restore FILE``
and ``check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from hrplanner import paths
from hrplanner.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Handler, _open_db
from hrplanner.i18n import _


def cmd_init(args: argparse.Namespace) -> int:
    db = _open_db(args, create=True)
    url = db.engine.url.render_as_string(hide_password=True)
    print(_("資料庫已就緒：{url}").format(url=url))
    if db.upgrade_backup:
        print(_("升級前備份：{path}").format(path=db.upgrade_backup))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from hrplanner.services.common import backup

    db = _open_db(args)
    try:
        out = backup.backup(db, Path(args.output))
    except backup.BackupError as exc:
        print(_("hrplanner: 無法備份：{reason}").format(reason=exc), file=sys.stderr)
        return EXIT_REFUSED
    print(_("已備份至 {path}").format(path=out))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Exit 1 when the backup is refused (missing, not a backup, damaged, newer, broken
    foreign keys); 2 when the database cannot be restored here (a server, another
    program's file, open in another HR Planner). Either way nothing was changed."""
    from hrplanner.services.common import restore

    target = paths.database_target(args.db)
    try:
        saved = restore.restore(target, Path(args.file), paths.backup_dir())
    except restore.RestoreRefused as exc:
        for problem in exc.problems:
            print(_("hrplanner: 無法還原：{reason}").format(reason=problem), file=sys.stderr)
        return EXIT_REFUSED
    except (restore.DatabaseInUse, restore.CannotRestoreHere) as exc:
        print(_("hrplanner: 無法還原：{reason}").format(reason=exc), file=sys.stderr)
        return EXIT_USAGE
    if saved:
        print(_("已還原 {path}（原資料庫另存為 {saved}）").format(path=args.file, saved=saved))
    else:
        print(_("已還原 {path}").format(path=args.file))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from hrplanner.services.common import backup

    db = _open_db(args)
    problems = backup.check(db)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return EXIT_REFUSED
    print(_("資料庫檢查通過"))
    return EXIT_OK


def add_commands(sub: Any) -> dict[str, Handler]:
    sub.add_parser("init", help=_("建立或升級資料庫"))
    p = sub.add_parser("backup", help=_("備份資料庫"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("備份檔"))
    p = sub.add_parser("restore", help=_("由備份還原資料庫"))
    p.add_argument("file", metavar="FILE", help=_("以 backup 產生的備份檔"))
    sub.add_parser("check", help=_("檢查資料庫完整性"))
    return {"init": cmd_init, "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check}

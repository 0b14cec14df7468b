"""Command-line commands for training classes (SPEC §4): ``close-class CODE``,
``mark-registered CODE [--date D]``, and the import kinds ``classes``, ``enrollments`` and
``attendance`` added to ``import KIND FILE [--dry-run]``.

Refusals (missing attendance, a class not yet closed, a bad file) come back as
``InputRefused``; ``cli.run`` prints every problem and exits with status 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hrplanner.cli.common import EXIT_OK, UsageError, _open_db
from hrplanner.storage.database import Database


def _import_classes(db: Database, path: Path, dry_run: bool) -> object:
    from hrplanner.services.training.class_import import import_classes

    return import_classes(db, path, dry_run=dry_run)


def _import_enrollments(db: Database, path: Path, dry_run: bool) -> object:
    from hrplanner.services.training.enrollment_import import import_enrollments

    return import_enrollments(db, path, dry_run=dry_run)


def _import_attendance(db: Database, path: Path, dry_run: bool) -> object:
    from hrplanner.services.training.enrollment_import import import_attendance

    return import_attendance(db, path, dry_run=dry_run)


def _date(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    from hrplanner.domain.rocdate import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def cmd_close_class(args: argparse.Namespace) -> int:
    from hrplanner.domain.hours import format_hours
    from hrplanner.domain.rocdate import format_roc
    from hrplanner.services.training.closing import close_class

    db = _open_db(args)
    result = close_class(db, args.code, _date(args.date))
    earned = [line for line in result.lines if line.minutes > 0]
    print(f"班期 {result.code} 已於 {format_roc(result.closed_on)} 結訓：")
    print(f"  {len(earned)} 人取得學習時數，{len(result.lines) - len(earned)} 人未取得")
    for line in result.lines:
        if line.reason:
            print(f"  {line.employee_no} {line.name}：0 小時（{line.reason}）")
    for change in result.changes:
        print(f"  {change.name} 學習時數變更：{change.old or '無'} → {change.new or '無'}")
    if result.flagged_certificates:
        print(f"  {result.flagged_certificates} 張研習證明書時數不符，已標示為待查")
    total = sum(line.minutes for line in earned)
    print(f"  合計 {format_hours(total)} 小時")
    return EXIT_OK


def cmd_mark_registered(args: argparse.Namespace) -> int:
    from hrplanner.domain.rocdate import format_roc
    from hrplanner.services.training.closing import mark_registered

    db = _open_db(args)
    day = _date(args.date)
    code = mark_registered(db, args.code, day)
    print(f"班期 {code} 的學習時數已於 {format_roc(day)} 登錄")
    return EXIT_OK


def register(sub: Any, commands: dict[str, Callable[[argparse.Namespace], int]]) -> None:
    from hrplanner.cli.staff import IMPORTERS

    IMPORTERS["classes"] = _import_classes
    IMPORTERS["enrollments"] = _import_enrollments
    IMPORTERS["attendance"] = _import_attendance

    p = sub.add_parser("close-class", help="結訓：確認出席紀錄並計算學習時數")
    p.add_argument("code", metavar="CODE", help="班期代碼，如 115-001")
    p.add_argument("--date", metavar="D", help="結訓日期（預設今天）")
    commands["close-class"] = cmd_close_class

    p = sub.add_parser("mark-registered", help="記錄班期時數已登錄終身學習入口網")
    p.add_argument("code", metavar="CODE", help="班期代碼")
    p.add_argument("--date", metavar="D", help="登錄日期（預設今天），如 115/03/12")
    commands["mark-registered"] = cmd_mark_registered

"""Command-line commands for learning hours and training exports (SPEC §4):
``export KIND -o FILE.xlsx [--year Y] [--class CODE]`` and ``import external-hours FILE``.

``export`` dispatches on ``EXPORTERS``: this module adds ``hours``, ``roster`` and
``attendance``; other areas add theirs (certificates, portal, appraisal, kpi, plan, spread)
from their own ``register``. An exporter gets the database, the output path and the parsed
arguments, and returns a one-line description of what it wrote.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hrplanner.cli.common import EXIT_OK, UsageError, _open_db, check_output
from hrplanner.storage.database import Database

Exporter = Callable[[Database, Path, argparse.Namespace], str]


def year_of(args: argparse.Namespace) -> int:
    """``--year`` as a Gregorian year (2020 or 109); the current year when not given."""
    import datetime as dt

    from hrplanner.domain.rocdate import parse_year

    if getattr(args, "year", None) is None:
        return dt.date.today().year
    try:
        return parse_year(args.year)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def class_of(args: argparse.Namespace, kind: str) -> str:
    code = getattr(args, "class_code", None)
    if not code:
        raise UsageError(f"匯出「{kind}」需要指定 --class 班期代碼")
    return str(code)


def _export_hours(db: Database, path: Path, args: argparse.Namespace) -> str:
    from hrplanner.services.exports.training import export_hours
    from hrplanner.services.hours.ledger import LedgerFilter

    year = year_of(args)
    flt = LedgerFilter(unit=args.unit, not_met_only=args.not_met, over_120_only=args.over_120)
    result = export_hours(db, year, path, flt)
    return f"已匯出 {year - 1911} 年度學習時數統計（{result.rows} 人）：{path}"


def _export_roster(db: Database, path: Path, args: argparse.Namespace) -> str:
    from hrplanner.services.exports.training import export_roster

    code = class_of(args, "roster")
    result = export_roster(db, code, path)
    return f"已匯出班期 {code} 名冊（{result.rows} 人）：{path}"


def _export_attendance(db: Database, path: Path, args: argparse.Namespace) -> str:
    from hrplanner.services.exports.training import export_attendance

    code = class_of(args, "attendance")
    result = export_attendance(db, code, path)
    return f"已匯出班期 {code} 出席紀錄（{result.rows} 人）：{path}"


EXPORTERS: dict[str, Exporter] = {
    "hours": _export_hours,
    "roster": _export_roster,
    "attendance": _export_attendance,
}


def cmd_export(args: argparse.Namespace) -> int:
    exporter = EXPORTERS.get(args.kind)
    if exporter is None:
        raise UsageError(f"未知的匯出種類「{args.kind}」；可用：{'、'.join(sorted(EXPORTERS))}")
    output = Path(args.output)
    if output.suffix.lower() != ".xlsx":
        raise UsageError(f"匯出檔須為 .xlsx，而非「{output.name}」")
    check_output(output)
    # Check the year before opening (and maybe creating) the database.
    year_of(args)
    db = _open_db(args)
    print(exporter(db, output, args))
    return EXIT_OK


def _import_external(db: Database, path: Path, dry_run: bool) -> object:
    from hrplanner.services.hours.external import import_external

    return import_external(db, path, dry_run=dry_run)


def register(sub: Any, commands: dict[str, Callable[[argparse.Namespace], int]]) -> None:
    from hrplanner.cli import staff as cli_staff

    cli_staff.IMPORTERS["external-hours"] = _import_external

    p = sub.add_parser("export", help="匯出 Excel 報表（學習時數統計、班期名冊、出席紀錄…）")
    p.add_argument("kind", metavar="KIND", help="hours roster attendance ...")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.add_argument("--year", metavar="Y", help="年度：西元（2020）或民國（109）")
    p.add_argument("--class", dest="class_code", metavar="CODE", help="班期代碼，如 109-012")
    p.add_argument("--unit", help="只列此單位（hours）")
    p.add_argument("--not-met", action="store_true", help="只列未達成者（hours）")
    p.add_argument("--over-120", action="store_true", help="只列逾 120 小時者（hours）")
    commands["export"] = cmd_export

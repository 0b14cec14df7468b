"""Command-line reports and the sign-up import (SPEC §4):

- ``export portal -o FILE.xlsx (--class CODE | --year Y)``: the 時數登錄檔 for the
  lifelong-learning portal; it carries whole identity numbers, which the command says;
- ``export spread -o FILE.xlsx [--year Y]``: 訓練分布 (R16);
- ``import signup FILE [--class CODE] [--map '表單欄名=報名欄位,...'] [--dry-run]``: an
  online sign-up form. Without ``--map`` the mapping remembered from the window (or the
  headers that are standard column names) is used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hrplanner.cli.common import EXIT_OK, UsageError, _open_db
from hrplanner.storage.database import Database

Command = Callable[[argparse.Namespace], int]


def _export_portal(db: Database, path: Path, args: argparse.Namespace) -> str:
    from hrplanner.cli.hours import year_of
    from hrplanner.services.exports.portal import export_portal

    code = getattr(args, "class_code", None) or None
    year = year_of(args) if getattr(args, "year", None) is not None else None
    if code is None and year is None:
        raise UsageError("匯出「portal」需要指定 --class 班期代碼 或 --year 年度")
    result = export_portal(db, path, year=year, class_code=code)
    print("注意：時數登錄檔含完整身分證字號，請妥善保管，上傳後即刪除。", file=sys.stderr)
    for warning in result.warnings:
        print(f"警告：{warning}", file=sys.stderr)
    which = f"班期 {code} " if code else f" {year - 1911} 年度" if year else ""
    return (
        f"已匯出{which}時數登錄檔（{result.rows} 筆，{result.people} 人，"
        f"{result.classes} 個班期）：{path}"
    )


def _export_spread(db: Database, path: Path, args: argparse.Namespace) -> str:
    from hrplanner.cli.hours import year_of
    from hrplanner.services.exports.spread import export_spread

    year = year_of(args)
    report = export_spread(db, year, path)
    return (
        f"已匯出 {year - 1911} 年度訓練分布（{len(report.units) - 1} 個單位，"
        f"五年未受業務相關訓練 {len(report.untrained)} 人）：{path}"
    )


def _signup(db: Database, path: Path, args: argparse.Namespace | None, dry_run: bool) -> object:
    from hrplanner.services.imports.tabular import read_headers
    from hrplanner.services.training import signup_import as si

    text = getattr(args, "map", None)
    code = getattr(args, "class_code", None) or None
    headers = read_headers(path)
    if text:
        try:
            explicit = si.parse_map_option(text)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        # An explicit mapping wins over a header that names the same column by itself.
        auto = si.auto_mapping(headers)
        mapping = {
            h: t for h, t in auto.items() if h not in explicit and t not in explicit.values()
        }
        mapping |= explicit
    else:
        mapping = si.proposed_mapping(db, headers)
    shown = "、".join(f"{h}→{t}" for h, t in mapping.items()) or "（無）"
    print(f"欄位對應：{shown}")
    return si.import_signup(db, path, mapping, code, dry_run=dry_run)


def _import_signup(db: Database, path: Path, dry_run: bool) -> object:
    return _signup(db, path, None, dry_run)


def cmd_portal_format(args: argparse.Namespace) -> int:
    """Show the 時數登錄檔 layout; change the parts given."""
    from dataclasses import replace

    from hrplanner.services.exports import portal as pe

    db = _open_db(args)
    fmt = pe.get_format(db)
    changed = False
    if args.columns is not None:
        fmt = replace(fmt, columns=pe.parse_columns(args.columns))
        changed = True
    if args.date_format is not None:
        fmt = replace(fmt, date_format=args.date_format)
        changed = True
    if args.header_rows is not None:
        fmt = replace(fmt, header_rows=args.header_rows)
        changed = True
    if args.split_by_topic is not None:
        fmt = replace(fmt, split_by_topic=args.split_by_topic == "yes")
        changed = True
    if args.reset:
        fmt, changed = pe.PortalFormat(), True
    if changed:
        pe.save_format(db, fmt)
        print("已儲存時數登錄檔格式：")
    print(f"  欄位：{pe.columns_text(fmt)}")
    example = pe.DATE_FORMATS[fmt.date_format](dt.date(2020, 3, 5))
    print(f"  日期格式：{fmt.date_format}（如 {example}）")
    print(f"  標題列數：{fmt.header_rows}")
    rows = (
        "每人每班每個學習類別一列" if fmt.split_by_topic else "每人每班一列（學習類別取時數最多者）"
    )
    print(f"  資料列：{rows}")
    return EXIT_OK


def _wrap_import(original: Command) -> Command:
    """``import`` with the sign-up options: they reach the sign-up importer, and are refused
    for other kinds (which have fixed columns)."""

    def cmd_import(args: argparse.Namespace) -> int:
        if args.kind != "signup":
            if getattr(args, "map", None) or getattr(args, "class_code", None):
                raise UsageError("--map 與 --class 只適用於 import signup")
            return original(args)
        from hrplanner.cli.staff import _print_report

        db = _open_db(args)
        report = _signup(db, Path(args.file), args, args.dry_run)
        _print_report(report, args.dry_run)
        return EXIT_OK

    return cmd_import


def register(sub: Any, commands: dict[str, Command]) -> None:
    from hrplanner.cli import hours as cli_hours
    from hrplanner.cli import staff as cli_staff

    cli_hours.EXPORTERS["portal"] = _export_portal
    cli_hours.EXPORTERS["spread"] = _export_spread
    cli_staff.IMPORTERS["signup"] = _import_signup
    parser = sub.choices.get("import")
    if parser is not None and "import" in commands:
        parser.add_argument(
            "--class", dest="class_code", metavar="CODE", help="報名的班期（signup）"
        )
        parser.add_argument(
            "--map",
            metavar="對應",
            help="線上報名表的欄位對應（signup），如 '您的姓名=姓名,服務單位=單位'",
        )
        commands["import"] = _wrap_import(commands["import"])

    p = sub.add_parser(
        "portal-format", help="查看或設定時數登錄檔的欄位、日期格式、標題列數與分列方式"
    )
    p.add_argument(
        "--columns",
        metavar="欄位",
        help="依序列出欄位，改名以「原名=新名」，如 '身分證字號,姓名,課程代碼=課程編號,學習時數'",
    )
    p.add_argument(
        "--date-format",
        choices=("yyy/mm/dd", "yyymmdd", "yyyy-mm-dd", "yyyy/mm/dd", "yyyymmdd"),
        help="日期格式：109/03/05、1090305、2020-03-05 …",
    )
    p.add_argument(
        "--header-rows", type=int, choices=(1, 2), help="標題列數：1 或 2（加一列欄位說明）"
    )
    p.add_argument(
        "--split-by-topic",
        choices=("yes", "no"),
        help="yes：每人每班依學習類別分列；no（預設）：每人每班一列",
    )
    p.add_argument("--reset", action="store_true", help="恢復預設格式")
    commands["portal-format"] = cmd_portal_format

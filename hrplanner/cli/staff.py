"""Command-line commands for the staff roster and shared import machinery (SPEC §4):
``demo``, ``import KIND FILE [--dry-run]`` and ``template KIND -o FILE``.

``import`` dispatches on ``IMPORTERS``: other areas add their kinds (classes, enrollments,
attendance, external-hours, calendar) from their own ``register``. An importer returns a
report with ``added`` / ``updated`` / ``unchanged`` lists (``ImportReport``) and raises
``InputRefused`` for a bad file, which ``cli.run`` prints and turns into exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hrplanner.cli.common import EXIT_OK, UsageError, _open_db, check_output
from hrplanner.storage.database import Database

Importer = Callable[[Database, Path, bool], object]

# How many changed rows a dry run lists one by one before summarising.
_DETAIL_LIMIT = 50


def _import_staff(db: Database, path: Path, dry_run: bool) -> object:
    from hrplanner.services.staff.importing import import_staff

    return import_staff(db, path, dry_run=dry_run)


IMPORTERS: dict[str, Importer] = {"staff": _import_staff}


def cmd_demo(args: argparse.Namespace) -> int:
    from hrplanner.services.demo import agency

    db = _open_db(args)

    def progress(percent: int, message: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{percent:3d}% {message}".ljust(40), end="", file=sys.stderr, flush=True)

    summary = agency.generate(db, size=args.size, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"已建立示範資料（{summary.size}，種子 {summary.seed}）：")
    print(f"  單位 {summary.units} 個、人員 {summary.employees} 人")
    for label, number in summary.extra.items():
        print(f"  {label} {number}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    importer = IMPORTERS.get(args.kind)
    if importer is None:
        raise UsageError(f"未知的匯入種類「{args.kind}」；可用：{'、'.join(sorted(IMPORTERS))}")
    db = _open_db(args)
    report = importer(db, Path(args.file), args.dry_run)
    _print_report(report, args.dry_run)
    return EXIT_OK


def _print_report(report: Any, dry_run: bool) -> None:
    added = list(getattr(report, "added", []))
    updated = list(getattr(report, "updated", []))
    unchanged = list(getattr(report, "unchanged", []))
    if dry_run:
        print("試算（未寫入任何資料）：")
        print(f"  將新增 {len(added)} 筆、將更新 {len(updated)} 筆、未變更 {len(unchanged)} 筆")
    else:
        print(f"匯入完成：新增 {len(added)} 筆、更新 {len(updated)} 筆、未變更 {len(unchanged)} 筆")
    changes: dict[str, list[str]] = getattr(report, "changes", {}) or {}
    for key in updated[:_DETAIL_LIMIT]:
        fields = changes.get(key)
        print(f"  更新 {key}" + (f"：{'、'.join(fields)}" if fields else ""))
    if dry_run:
        for key in added[:_DETAIL_LIMIT]:
            print(f"  新增 {key}")
    for kind, names in (getattr(report, "created", {}) or {}).items():
        verb = "將新建" if dry_run else "已新建"
        print(f"  {verb}{kind}：{'、'.join(names)}")
    for note in getattr(report, "notes", []) or []:
        print(f"  {note}")


def cmd_template(args: argparse.Namespace) -> int:
    from hrplanner.services.imports import templates

    kinds = templates.available()
    if args.kind not in kinds:
        raise UsageError(f"未知的範本種類「{args.kind}」；可用：{'、'.join(sorted(kinds))}")
    output = Path(args.output)
    if output.suffix.lower() != ".xlsx":
        raise UsageError(f"範本須存成 .xlsx 檔，而非「{output.name}」")
    check_output(output)  # like exports: a mistyped folder is refused, not created
    templates.write_template(args.kind, output)
    print(f"已產生「{kinds[args.kind].title}」匯入範本：{output}")
    return EXIT_OK


def register(sub: Any, commands: dict[str, Callable[[argparse.Namespace], int]]) -> None:
    p = sub.add_parser("demo", help="在空的資料庫建立示範機關資料")
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=1)
    commands["demo"] = cmd_demo

    p = sub.add_parser("import", help="匯入 Excel/CSV 檔（全部成功才寫入）")
    p.add_argument("kind", metavar="KIND", help="staff classes enrollments attendance ...")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="只檢查並列出將變更的資料")
    commands["import"] = cmd_import

    p = sub.add_parser("template", help="產生匯入範本（標題列加一列範例）")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    commands["template"] = cmd_template

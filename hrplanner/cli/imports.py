"""``import KIND FILE [--dry-run] [--class CODE] [--map SRC=TARGET,...] [--preset NAME]`` and
``template KIND -o FILE.xlsx``, for every import kind of the catalogue (SPEC §3.1, §4).

An import is all or nothing: a refused file raises ``InputRefused``, which ``cli.main``
prints problem by problem with exit status 1. A dry run lists what would change.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hrplanner.cli.common import (
    EXIT_OK,
    Handler,
    UsageError,
    _open_db,
    check_input,
    check_output,
)
from hrplanner.i18n import _
from hrplanner.services import catalogue
from hrplanner.services.common.wording import names

# How many changed rows a dry run lists one by one before summarising.
_DETAIL_LIMIT = 50
# The per-kind options, as (attribute of the parsed arguments, option as typed).
_OPTIONS = (
    ("class_code", "class", "--class"),
    ("map", "map", "--map"),
    ("preset", "preset", "--preset"),
)


def _kind_names() -> str:
    return names(k.name for k in catalogue.IMPORTS)


def cmd_import(args: argparse.Namespace) -> int:
    kind = catalogue.import_kind(args.kind)
    if kind is None:
        raise UsageError(
            _("未知的匯入種類「{kind}」；可用：{kinds}").format(kind=args.kind, kinds=_kind_names())
        )
    for attribute, option, typed in _OPTIONS:
        if getattr(args, attribute, None) and option not in kind.options:
            raise UsageError(
                _("{option} 不適用於 import {kind}").format(option=typed, kind=kind.name)
            )
    if args.map and "map" in kind.options:
        from hrplanner.services.imports.mapping import parse_map_option

        try:
            parse_map_option(args.map)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
    if args.preset and "preset" in kind.options:
        from hrplanner.domain.roster_presets import PRESETS

        if args.preset.strip().casefold() not in PRESETS:
            raise UsageError(
                _("沒有名為「{name}」的欄位對應預設；可用：{choices}").format(
                    name=args.preset, choices=names(PRESETS)
                )
            )
    request = catalogue.ImportRequest(
        dry_run=args.dry_run, class_code=args.class_code, mapping=args.map, preset=args.preset
    )
    check_input(Path(args.file))  # unreadable: refused (1) before the database is opened
    db = _open_db(args)
    report = kind.run(db, Path(args.file), request)
    print_report(report, args.dry_run)
    return EXIT_OK


def print_report(report: Any, dry_run: bool) -> None:
    """What an import did, or in a dry run would do: counts, then the rows that change."""
    added = list(getattr(report, "added", []))
    updated = list(getattr(report, "updated", []))
    unchanged = list(getattr(report, "unchanged", []))
    counts = {"added": len(added), "updated": len(updated), "unchanged": len(unchanged)}
    if dry_run:
        print(_("試算（未寫入任何資料）："))
        print(_("  將新增 {added} 筆、將更新 {updated} 筆、未變更 {unchanged} 筆").format(**counts))
    else:
        print(
            _("匯入完成：新增 {added} 筆、更新 {updated} 筆、未變更 {unchanged} 筆").format(
                **counts
            )
        )
    changes: dict[str, list[str]] = getattr(report, "changes", {}) or {}
    for key in updated[:_DETAIL_LIMIT]:
        fields = changes.get(key)
        if fields:
            print(_("  更新 {key}：{fields}").format(key=key, fields=names(fields)))
        else:
            print(_("  更新 {key}").format(key=key))
    if dry_run:
        for key in added[:_DETAIL_LIMIT]:
            print(_("  新增 {key}").format(key=key))
    for kind, items in (getattr(report, "created", {}) or {}).items():
        text = _("  將新建{kind}：{names}") if dry_run else _("  已新建{kind}：{names}")
        print(text.format(kind=_(kind), names=names(items)))
    for note in getattr(report, "notes", []) or []:
        print(f"  {note}")


def cmd_template(args: argparse.Namespace) -> int:
    from hrplanner.services.imports import templates

    kinds = templates.available()
    if args.kind not in kinds:
        raise UsageError(
            _("未知的範本種類「{kind}」；可用：{kinds}").format(kind=args.kind, kinds=names(kinds))
        )
    output = Path(args.output)
    if output.suffix.lower() != ".xlsx":
        raise UsageError(_("範本須存成 .xlsx 檔，而非「{name}」").format(name=output.name))
    check_output(output)  # like exports: a mistyped folder is refused, not created
    templates.write_template(args.kind, output)
    print(_("已產生「{title}」匯入範本：{path}").format(title=_(kinds[args.kind]), path=output))
    return EXIT_OK


def add_commands(sub: Any) -> dict[str, Handler]:
    from hrplanner.services.imports import templates

    p = sub.add_parser("import", help=_("匯入 Excel/CSV 檔（全部成功才寫入）"))
    p.add_argument("kind", metavar="KIND", help=" ".join(k.name for k in catalogue.IMPORTS))
    p.add_argument("file", metavar="FILE", help=_("要匯入的 .xlsx 或 .csv 檔"))
    p.add_argument("--dry-run", action="store_true", help=_("只檢查並列出將變更的資料"))
    p.add_argument(
        "--class", dest="class_code", metavar="CODE", help=_("班期代碼（signup、survey）")
    )
    p.add_argument(
        "--map",
        metavar="SRC=TARGET,...",
        help=_(
            "來源檔的欄位對應，如 '您的姓名=姓名,服務單位=單位'（signup、staff）"
            "或 '課程內容滿意嗎=1'（survey）"
        ),
    )
    p.add_argument(
        "--preset", metavar="NAME", help=_("內建的欄位對應：edhr（教育人力資源資料庫，staff）")
    )

    p = sub.add_parser("template", help=_("產生匯入範本（標題列加一列範例）"))
    p.add_argument("kind", metavar="KIND", help=" ".join(templates.available()))
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help=_("範本的檔名"))
    return {"import": cmd_import, "template": cmd_template}

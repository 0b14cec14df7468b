"""Command-line printing (SPEC §4): ``print KIND -o FILE.pdf [--class CODE] [--session N]
[--year Y]`` for the printed forms of §3.3, and ``export certificates`` (證書清冊) added to
the export dispatcher of ``cli_hours``.

``print certificates`` issues numbers before printing (R10), so it writes to the database;
``--date`` sets the issue date (default today; neither before the class ended nor after
today, refused with exit 1 by the register). Exit status: 1 when the data or the font
refuse (no font to embed, class not closed, ...), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hrplanner.cli.common import EXIT_OK, EXIT_REFUSED, UsageError, _open_db, check_output
from hrplanner.storage.database import Database

# Forms a class prints; the others need data that later versions will hold.
CLASS_FORMS = ("signin", "certificates", "roster", "questionnaire")
FUTURE_FORMS = {
    "appraisal-form": "平時成績考核紀錄表",
    "plan-report": "計畫執行成果報告",
}


def _date_of(args: argparse.Namespace) -> dt.date:
    if not getattr(args, "date", None):
        return dt.date.today()
    from hrplanner.domain.rocdate import parse_date

    try:
        return parse_date(args.date)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def _check_args(args: argparse.Namespace) -> Path:
    kind = args.kind
    if kind in FUTURE_FORMS:
        raise UsageError(
            f"「{FUTURE_FORMS[kind]}」（print {kind}）尚未提供，將於後續版本加入；"
            f"目前可列印：{'、'.join(CLASS_FORMS)}"
        )
    if kind not in CLASS_FORMS:
        allowed = "、".join((*CLASS_FORMS, *FUTURE_FORMS))
        raise UsageError(f"未知的列印種類「{kind}」；可用：{allowed}")
    if not args.class_code:
        raise UsageError(f"列印「{kind}」需要指定 --class 班期代碼")
    if args.session is not None and kind != "signin":
        raise UsageError("--session 只適用於 print signin")
    if args.session is not None and args.session < 1:
        raise UsageError(f"場次須為 1 以上的整數，而非 {args.session}")
    if args.separate and kind != "certificates":
        raise UsageError("--separate 只適用於 print certificates")
    if args.year is not None:
        from hrplanner.cli.hours import year_of

        year_of(args)  # a bad year is a usage error even where it is not needed
    output = Path(args.output)
    if not args.separate and output.suffix.lower() != ".pdf":
        raise UsageError(f"列印檔須為 .pdf，而非「{output.name}」")
    check_output(output, folder=args.separate)
    return output


def _print_form(db: Database, args: argparse.Namespace, output: Path) -> str:
    from hrplanner.services.training import printing

    code = args.class_code
    if args.kind == "signin":
        sheets = printing.print_signin(db, code, output, args.session)
        return f"已產生班期 {code} 簽到表（{sheets} 場）：{output}"
    if args.kind == "roster":
        people = printing.print_roster(db, code, output)
        return f"已產生班期 {code} 成績冊（{people} 人）：{output}"
    if args.kind == "questionnaire":
        printing.print_questionnaire(db, code, output)
        return f"已產生班期 {code} 滿意度調查表：{output}"
    batch = printing.print_certificates(db, code, _date_of(args), output, separate=args.separate)
    for warning in batch.warnings():
        print(f"注意：{warning}", file=sys.stderr)
    first, last = batch.rows[0].number, batch.rows[-1].number
    span = first if first == last else f"{first}～{last}"
    where = f"資料夾 {output}（每人一檔）" if args.separate else str(output)
    return f"已產生班期 {code} 研習證明書 {len(batch.rows)} 張（{span}）：{where}"


def cmd_print(args: argparse.Namespace) -> int:
    from hrplanner.reports.pdf.fonts import FontNotFound

    output = _check_args(args)
    _date_of(args)
    db = _open_db(args)
    try:
        print(_print_form(db, args, output))
    except FontNotFound as exc:
        print(f"hrplanner: 無法列印：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    except ValueError as exc:  # e.g. an unknown placeholder in the certificate wording
        print(f"hrplanner: 無法列印：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def _export_certificates(db: Database, path: Path, args: argparse.Namespace) -> str:
    """證書清冊 of ``--year`` (all years when not given), or of one ``--class``."""
    from hrplanner.cli.hours import year_of
    from hrplanner.services.certificates.register import export_register

    year = year_of(args) if args.year is not None else None
    count = export_register(db, path, year, args.class_code or None)
    which = f" {year - 1911} 年度" if year is not None else "全部年度"
    return f"已匯出{which}證書清冊（{count} 筆）：{path}"


def register(sub: Any, commands: dict[str, Callable[[argparse.Namespace], int]]) -> None:
    from hrplanner.cli import hours as cli_hours

    cli_hours.EXPORTERS["certificates"] = _export_certificates

    p = sub.add_parser("print", help="列印表單為 PDF（簽到表、研習證明書、成績冊、滿意度調查表）")
    p.add_argument(
        "kind",
        metavar="KIND",
        help="signin certificates roster questionnaire（appraisal-form plan-report 尚未提供）",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--class", dest="class_code", metavar="CODE", help="班期代碼，如 109-012")
    p.add_argument("--session", type=int, metavar="N", help="只印第 N 場的簽到表")
    p.add_argument("--year", metavar="Y", help="年度：西元（2020）或民國（109）")
    p.add_argument("--date", metavar="D", help="證明書核發日期（預設今天）")
    p.add_argument("--separate", action="store_true", help="研習證明書每人一檔，-o 為存放的資料夾")
    commands["print"] = cmd_print

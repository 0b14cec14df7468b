"""``export KIND -o FILE [--year Y] [--class CODE] [--plan CODE] ...`` for every export kind
of the catalogue (SPEC §3.2, §4). ``--year`` takes 2020 or 109; a kind that works by year
takes this year when none is given."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from hrplanner.cli.common import (
    EXIT_OK,
    Handler,
    UsageError,
    _open_db,
    check_output,
    print_done,
    year_of,
)
from hrplanner.domain.portal_format import PORTAL_ENCODINGS
from hrplanner.i18n import _
from hrplanner.services import catalogue
from hrplanner.services.catalogue import FileKind, FileRequest
from hrplanner.services.common.wording import names


def file_request(kind: FileKind, args: argparse.Namespace, verb: str) -> FileRequest:
    """The request of an export or a printed form from the parsed arguments; a usage error
    names what is missing. ``verb`` is export or print, as typed."""
    code = getattr(args, "class_code", None) or None
    plan = getattr(args, "plan_code", None) or None
    given_year = getattr(args, "year", None) is not None
    year = year_of(args)  # a bad year is a usage error even where it is not needed
    if kind.needs == catalogue.CLASS and code is None:
        raise UsageError(
            _("{verb} {kind} 需要指定 --class 班期代碼").format(verb=verb, kind=kind.name)
        )
    if kind.needs in (catalogue.PLAN, catalogue.PLAN_YEAR) and plan is None:
        raise UsageError(
            _("{verb} {kind} 需要指定 --plan 計畫代碼").format(verb=verb, kind=kind.name)
        )
    if kind.needs == catalogue.CLASS_OR_YEAR and code is None and not given_year:
        if not kind.all_years:
            raise UsageError(
                _("{verb} {kind} 需要指定 --class 班期代碼 或 --year 年度").format(
                    verb=verb, kind=kind.name
                )
            )
        year_value: int | None = None
    else:
        year_value = None if code is not None and kind.needs == catalogue.CLASS_OR_YEAR else year
    return FileRequest(
        year=year_value,
        class_code=code,
        plan_code=plan,
        session=getattr(args, "session", None),
        period=getattr(args, "period", None),
        options=_options(args),
    )


def _options(args: argparse.Namespace) -> dict[str, Any]:
    names = (
        "unit",
        "not_met",
        "over_120",
        "separate",
        "encoding",
        "skip_unencodable",
        "blank",
        "employee",
    )
    return {n: getattr(args, n) for n in names if getattr(args, n, None) not in (None, False)}


def check_suffix(kind: FileKind, output: Path, verb: str) -> None:
    if output.suffix.lower() not in kind.suffixes:
        raise UsageError(
            _("{verb} {kind} 的輸出檔須為 {suffixes}，而非「{name}」").format(
                verb=verb, kind=kind.name, suffixes=names(kind.suffixes), name=output.name
            )
        )


def report_done(done: catalogue.Done, output: Path) -> None:
    if done.notice:
        print(done.notice, file=sys.stderr)
    for warning in done.warnings:
        print(_("注意：{warning}").format(warning=warning), file=sys.stderr)
    print_done(done.summary, output)


def cmd_export(args: argparse.Namespace) -> int:
    kind = catalogue.export_kind(args.kind)
    if kind is None:
        raise UsageError(
            _("未知的匯出種類「{kind}」；可用：{kinds}").format(
                kind=args.kind, kinds=names(k.name for k in catalogue.EXPORTS)
            )
        )
    output = Path(args.output)
    check_suffix(kind, output, "export")
    if (args.encoding or args.skip_unencodable) and output.suffix.lower() != ".csv":
        raise UsageError(
            _("--encoding 與 --skip-unencodable 只適用於輸出 .csv 檔的匯出（如 export portal）")
        )
    check_output(output)
    # Check the arguments before opening (and maybe creating) the database.
    request = file_request(kind, args, "export")
    db = _open_db(args)
    report_done(kind.run(db, output, request), output)
    return EXIT_OK


def add_commands(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("export", help=_("匯出 Excel 報表（學習時數統計、班期名冊、出席紀錄…）"))
    p.add_argument("kind", metavar="KIND", help=" ".join(k.name for k in catalogue.EXPORTS))
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=_("輸出檔（.xlsx；portal 亦可 .csv）")
    )
    p.add_argument("--year", metavar="Y", help=_("年度：西元（2020）或民國（109）"))
    p.add_argument("--class", dest="class_code", metavar="CODE", help=_("班期代碼，如 109-012"))
    p.add_argument("--plan", dest="plan_code", metavar="CODE", help=_("計畫代碼"))
    p.add_argument("--unit", help=_("只列此單位（hours）"))
    p.add_argument("--not-met", action="store_true", help=_("只列未達成者（hours）"))
    p.add_argument("--over-120", action="store_true", help=_("只列逾 120 小時者（hours）"))
    p.add_argument(
        "--encoding",
        choices=PORTAL_ENCODINGS,
        help=_("CSV 的編碼，取代時數登錄檔格式所設（portal）"),
    )
    p.add_argument(
        "--skip-unencodable",
        action="store_true",
        help=_("略過含有該編碼無法寫入之字元的人員並列出，而不拒絕匯出（portal）"),
    )
    return {"export": cmd_export}

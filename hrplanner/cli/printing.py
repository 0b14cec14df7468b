"""``print KIND -o FILE.pdf [--class CODE] [--session N] [--year Y] ...`` for every printed
form of the catalogue (SPEC §3.3, §4).

``print certificates`` issues numbers before printing (R10), so it writes to the database;
``--date`` sets the issue date (default today; neither before the class ended nor after
today, refused with exit 1 by the register). Exit status: 1 when the data or the font
refuse (no font to embed, class not closed, ...), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from hrplanner import paths
from hrplanner.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Handler,
    UsageError,
    _open_db,
    check_output,
    date_arg,
)
from hrplanner.cli.exports import check_suffix, file_request, report_done
from hrplanner.i18n import _
from hrplanner.services import catalogue
from hrplanner.services.catalogue import Done, FileKind, FileRequest
from hrplanner.services.common.wording import names


def _available() -> str:
    return names(k.name for k in catalogue.PRINTS if k.available)


def _kind(args: argparse.Namespace) -> FileKind:
    kind = catalogue.print_kind(args.kind)
    if kind is None:
        raise UsageError(
            _("未知的列印種類「{kind}」；可用：{kinds}").format(
                kind=args.kind, kinds=names(k.name for k in catalogue.PRINTS)
            )
        )
    if not kind.available:
        raise UsageError(
            _("「{title}」（print {kind}）尚未提供，將於後續版本加入；目前可列印：{kinds}").format(
                title=_(kind.title), kind=kind.name, kinds=_available()
            )
        )
    return kind


def _check_args(kind: FileKind, args: argparse.Namespace) -> Path:
    if args.session is not None and kind.name != "signin":
        raise UsageError(_("--session 只適用於 print signin"))
    if args.session is not None and args.session < 1:
        raise UsageError(_("場次須為 1 以上的整數，而非 {n}").format(n=args.session))
    if args.separate and kind.name != "certificates":
        raise UsageError(_("--separate 只適用於 print certificates"))
    output = Path(args.output)
    if not args.separate:
        check_suffix(kind, output, "print")
    check_output(output, folder=args.separate)
    return output


def cmd_print(args: argparse.Namespace) -> int:
    from hrplanner.reports.pdf.fonts import FontNotFound

    kind = _kind(args)
    output = _check_args(kind, args)
    request = file_request(kind, args, "print")
    if args.date is not None:
        options = {**request.options, "date": date_arg(args.date, "--date")}
        request = replace(request, options=options)
    refusals = (FontNotFound, ValueError)  # e.g. an unknown placeholder in the wording
    try:
        done = _reprint(kind, args, output, request)
        if done is None:
            db = _open_db(args)
            done = kind.run(db, output, request)
    except refusals as exc:
        print(_("hrplanner: 無法列印：{reason}").format(reason=exc), file=sys.stderr)
        return EXIT_REFUSED
    report_done(done, output)
    return EXIT_OK


def _reprint(
    kind: FileKind, args: argparse.Namespace, output: Path, request: FileRequest
) -> Done | None:
    """Certificates printed again straight from a SQLite file, without opening it the
    ordinary way (``services.certificates.reprint``); None when numbers are to be issued
    or anything needs a word from the ordinary path. An issue date given (--date) always
    takes the ordinary path, which checks it."""
    if kind.name != "certificates" or args.date is not None or request.class_code is None:
        return None
    from hrplanner.services.certificates.reprint import quick_reprint

    target = paths.database_target(args.db)
    return quick_reprint(target, request.class_code, output, separate=bool(args.separate))


def add_commands(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser(
        "print", help=_("列印表單為 PDF（簽到表、研習證明書、成績冊、滿意度調查表）")
    )
    p.add_argument("kind", metavar="KIND", help=" ".join(k.name for k in catalogue.PRINTS))
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.pdf",
        help=_("輸出的 PDF 檔（--separate 時為資料夾）"),
    )
    p.add_argument("--class", dest="class_code", metavar="CODE", help=_("班期代碼，如 109-012"))
    p.add_argument("--session", type=int, metavar="N", help=_("只印第 N 場的簽到表"))
    p.add_argument("--year", metavar="Y", help=_("年度：西元（2020）或民國（109）"))
    p.add_argument("--period", type=int, metavar="N", help=_("平時考核的期別（1、2、3）"))
    p.add_argument("--plan", dest="plan_code", metavar="CODE", help=_("計畫代碼"))
    p.add_argument("--date", metavar="D", help=_("證明書或考績通知書的發文日期（預設今天）"))
    p.add_argument("--unit", help=_("只印此單位（appraisal-form、appraisal-notice）"))
    p.add_argument(
        "--employee", metavar="NO", help=_("只印此員工編號的人（appraisal-form、appraisal-notice）")
    )
    p.add_argument("--blank", action="store_true", help=_("空白的平時成績考核紀錄表，供主管填寫"))
    p.add_argument(
        "--separate", action="store_true", help=_("研習證明書每人一檔，-o 為存放的資料夾")
    )
    return {"print": cmd_print}

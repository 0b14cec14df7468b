"""``portal-format``: show or set the layout of the 時數登錄檔 that the lifelong-learning
portal takes (SPEC §3.2, §4); the file itself is ``export portal``."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from hrplanner.cli.common import EXIT_OK, Handler, _open_db
from hrplanner.i18n import _


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
        print(_("已儲存時數登錄檔格式："))
    print(_("  欄位：{columns}").format(columns=pe.columns_text(fmt)))
    example = pe.DATE_FORMATS[fmt.date_format](dt.date(2020, 3, 5))
    print(_("  日期格式：{format}（如 {example}）").format(format=fmt.date_format, example=example))
    print(_("  標題列數：{n}").format(n=fmt.header_rows))
    if fmt.split_by_topic:
        print(_("  資料列：每人每班每個學習類別一列"))
    else:
        print(_("  資料列：每人每班一列（學習類別取時數最多者）"))
    return EXIT_OK


def add_commands(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser(
        "portal-format", help=_("查看或設定時數登錄檔的欄位、日期格式、標題列數與分列方式")
    )
    p.add_argument(
        "--columns",
        metavar="COLUMNS",
        help=_(
            "依序列出欄位，改名以「原名=新名」，如 '身分證字號,姓名,課程代碼=課程編號,學習時數'"
        ),
    )
    p.add_argument(
        "--date-format",
        choices=("yyy/mm/dd", "yyymmdd", "yyyy-mm-dd", "yyyy/mm/dd", "yyyymmdd"),
        help=_("日期格式：109/03/05、1090305、2020-03-05 …"),
    )
    p.add_argument(
        "--header-rows", type=int, choices=(1, 2), help=_("標題列數：1 或 2（加一列欄位說明）")
    )
    p.add_argument(
        "--split-by-topic",
        choices=("yes", "no"),
        help=_("yes：每人每班依學習類別分列；no（預設）：每人每班一列"),
    )
    p.add_argument("--reset", action="store_true", help=_("恢復預設格式"))
    return {"portal-format": cmd_portal_format}

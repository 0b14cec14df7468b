"""``portal-format``: show or set the layout of the 時數登錄檔 that the lifelong-learning
portal takes (SPEC §3.2, §4) and its code tables; the file itself is ``export portal``.

``--preset portal104`` is the portal's batch-upload CSV (23 columns, Big5), ``portal104-split``
the same with the actual period's dates and times in separate columns (25), ``workbook`` the
plain nine-column workbook; ``--columns`` then changes the columns of the chosen layout.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from hrplanner.cli.common import EXIT_OK, Handler, _open_db
from hrplanner.domain.portal_format import PORTAL_ENCODINGS
from hrplanner.i18n import _


def cmd_portal_format(args: argparse.Namespace) -> int:
    """Show the 時數登錄檔 layout; change the parts given."""
    from dataclasses import replace

    from hrplanner.services.exports import portal as pe
    from hrplanner.services.exports import portal_tables as pt

    db = _open_db(args)
    fmt = pe.get_format(db)
    changed = False
    if args.reset:
        fmt, changed = pe.PortalFormat(), True
    if args.preset is not None:
        fmt, changed = pe.preset_format(args.preset), True
    if args.columns is not None:
        fmt = replace(fmt, columns=pe.parse_columns(args.columns))
        changed = True
    for attribute in ("date_format", "header_rows", "encoding"):
        value = getattr(args, attribute)
        if value is not None:
            fmt = replace(fmt, **{attribute: value})
            changed = True
    if args.split_by_topic is not None:
        fmt = replace(fmt, split_by_topic=args.split_by_topic == "yes")
        changed = True
    tables = pt.get_tables(db)
    if args.category_codes is not None or args.city_codes is not None:
        tables = pt.CodeTables(
            pt.apply_text(tables.category, args.category_codes or ""),
            pt.apply_text(tables.city, args.city_codes or ""),
        )
        pt.save_tables(db, tables)
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
    print(_("  CSV 編碼：{encoding}").format(encoding=fmt.encoding))
    preset = pe.preset_of(fmt)
    if preset is not None:
        print(_("  預設格式：{preset}").format(preset=preset))
    else:
        print(_("  預設格式：（自訂）"))
    if args.codes or args.category_codes is not None or args.city_codes is not None:
        print(_("  課程類別代碼：{table}").format(table=pt.table_text(tables.category)))
        print(_("  上課縣市代碼：{table}").format(table=pt.table_text(tables.city)))
    return EXIT_OK


def add_commands(sub: Any) -> dict[str, Handler]:
    from hrplanner.services.exports.portal_layout import DATE_FORMATS, PRESETS

    p = sub.add_parser(
        "portal-format",
        help=_("查看或設定時數登錄檔的預設格式、欄位、日期格式、編碼與代碼表"),
    )
    p.add_argument(
        "--preset",
        choices=tuple(PRESETS),
        help=_(
            "內建格式：portal104（入口網站批次上傳，23 欄）、portal104-split（25 欄）、"
            "workbook（9 欄活頁簿）"
        ),
    )
    p.add_argument(
        "--columns",
        metavar="COLUMNS",
        help=_(
            "依序列出欄位，改名以「原名=新名」，固定值以「固定:值=欄名」，"
            "如 '身分證字號,姓名,課程代碼=課程編號,固定:6=*學位學分'"
        ),
    )
    p.add_argument(
        "--date-format",
        choices=tuple(DATE_FORMATS),
        help=_("日期格式：109/03/05、109-03-05、1090305、2020-03-05 …"),
    )
    p.add_argument(
        "--header-rows", type=int, choices=(1, 2), help=_("標題列數：1 或 2（加一列欄位說明）")
    )
    p.add_argument(
        "--split-by-topic",
        choices=("yes", "no"),
        help=_("yes：每人每班依學習類別分列；no（預設）：每人每班一列"),
    )
    p.add_argument(
        "--encoding",
        choices=PORTAL_ENCODINGS,
        help=_("CSV 檔的編碼：cp950（Big5，入口網站）或 utf-8-sig（UTF-8 加 BOM）"),
    )
    p.add_argument(
        "--category-codes",
        metavar="NAME=CODE,...",
        help=_("設定課程類別代碼（班期類別或學習類別=代碼），如 '環境教育=337'；「名稱=」刪除"),
    )
    p.add_argument(
        "--city-codes",
        metavar="NAME=CODE,...",
        help=_("設定上課縣市代碼（地點開頭的縣市=代碼），如 '臺北市=10,其他地點=33'"),
    )
    p.add_argument("--codes", action="store_true", help=_("列出兩個代碼表"))
    p.add_argument("--reset", action="store_true", help=_("恢復預設格式"))
    return {"portal-format": cmd_portal_format}

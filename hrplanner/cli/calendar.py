"""Command-line commands for the office calendar and deadlines (SPEC §4, R11).

- ``agenda [--date D]``: what is due and overdue (hours registration, new hires, …);
- ``calendar list|set|remove``: the stored calendar entries, e.g. a typhoon day off.

The official 辦公日曆表 CSV comes in through ``import calendar FILE``.
"""

from __future__ import annotations

import argparse
from typing import Any

from hrplanner.cli.common import EXIT_OK, Handler, UsageError, _open_db, date_arg


def cmd_agenda(args: argparse.Namespace) -> int:
    from hrplanner.domain.rocdate import format_roc
    from hrplanner.services.calendar.office_calendar import agenda

    today = date_arg(args.date, "--date")
    db = _open_db(args)
    items = agenda(db, today)
    if not items:
        print(f"{format_roc(today)} 沒有到期或逾期的事項")
        return EXIT_OK
    overdue = sum(1 for i in items if i.overdue)
    print(f"{format_roc(today)} 待辦事項 {len(items)} 件，其中逾期 {overdue} 件：")
    for item in items:
        mark = "【逾期】" if item.overdue else "　到期　"
        print(f"{mark}{format_roc(item.due)}  {item.kind}  {item.title}")
        if item.detail:
            print(f"          {item.detail}")
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    from hrplanner.domain.rocdate import format_roc, parse_year
    from hrplanner.services.calendar import office_calendar as cs

    db = _open_db(args)
    if args.action == "list":
        try:
            year = parse_year(args.year) if args.year else None
        except ValueError as exc:
            raise UsageError(f"--year：{exc}") from exc
        overrides = cs.list_overrides(db, year)
        if not overrides:
            print("沒有自訂的辦公日設定（全部依內建日曆）")
        source_names = {cs.OFFICIAL: "官方日曆", cs.MANUAL: "手動"}
        for o in overrides:
            status = "放假" if o.is_day_off else "上班"
            source = source_names.get(o.source, o.source)
            print(f"{format_roc(o.day)}  {status}  {o.note or ''}  （{source}）")
        return EXIT_OK
    day = date_arg(args.day, "日期")
    if args.action == "remove":
        cs.remove_override(db, day)
        print(f"已移除 {format_roc(day)} 的設定，改依內建日曆")
        return EXIT_OK
    info = cs.set_manual_override(db, day, args.off, args.note)
    status = "放假（停止上班）" if info.is_day_off else "上班"
    print(f"已設定 {format_roc(day)} 為{status}" + (f"：{info.note}" if info.note else ""))
    return EXIT_OK


def add_commands(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("agenda", help="列出到期與逾期事項（時數登錄期限等）")
    p.add_argument("--date", metavar="D", help="以此日為今天（如 113/07/30；預設今天）")

    p = sub.add_parser("calendar", help="辦公日曆的自訂設定（如颱風停班）")
    actions = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = actions.add_parser("list", help="列出自訂的辦公日")
    a.add_argument("--year", metavar="Y", help="年度（2024 或 113）")
    a = actions.add_parser("set", help="設定某日放假或上班")
    a.add_argument("day", metavar="D")
    group = a.add_mutually_exclusive_group(required=True)
    group.add_argument("--off", action="store_true", help="放假（停止上班）")
    group.add_argument("--work", dest="off", action="store_false", help="上班")
    a.add_argument("--note", help="備註，如「凱米颱風停止上班」")
    a = actions.add_parser("remove", help="移除某日的設定")
    a.add_argument("day", metavar="D")
    return {"agenda": cmd_agenda, "calendar": cmd_calendar}

"""Command-line commands for the office calendar and deadlines (SPEC §4, R11).

- ``agenda [--date D]``: what is due and overdue (hours registration, new hires, …);
- ``calendar list|set|remove``: the stored calendar entries, e.g. a typhoon day off.

The official 辦公日曆表 CSV comes in through ``import calendar FILE``.
"""

from __future__ import annotations

import argparse
from typing import Any

from hrplanner.cli.common import EXIT_OK, Handler, UsageError, _open_db, date_arg
from hrplanner.i18n import _, ngettext


def cmd_agenda(args: argparse.Namespace) -> int:
    from hrplanner.domain.rocdate import format_roc
    from hrplanner.services.home.summary import home_summary

    today = date_arg(args.date, "--date")
    db = _open_db(args)
    # The home page's service (SPEC R20): the window's home page shows the same items.
    summary = home_summary(db, today)
    items = summary.agenda
    if not items and not summary.staff:
        print(_("{date} 沒有到期或逾期的事項").format(date=format_roc(today)))
        return EXIT_OK
    print(_("{date} 今日待辦概況：").format(date=format_roc(today)))
    for entry in summary.items:
        print(_("  {title}：{detail}").format(title=entry.title, detail=entry.detail))
    print()
    if not items:
        print(_("{date} 沒有到期或逾期的事項").format(date=format_roc(today)))
        return EXIT_OK
    heading = ngettext(
        "{date} 待辦事項 {n} 件，其中逾期 {overdue} 件：",
        "{date} 待辦事項 {n} 件，其中逾期 {overdue} 件：",
        len(items),
    )
    print(heading.format(date=format_roc(today), n=len(items), overdue=summary.overdue))
    for item in items:
        if item.overdue:
            line = _("【逾期】{due}  {kind}  {title}")
        else:
            line = _("　到期　{due}  {kind}  {title}")
        print(line.format(due=format_roc(item.due), kind=_(item.kind), title=item.title))
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
            raise UsageError(_("{option}：{reason}").format(option="--year", reason=exc)) from exc
        overrides = cs.list_overrides(db, year)
        if not overrides:
            print(_("沒有自訂的辦公日設定（全部依內建日曆）"))
        for o in overrides:
            line = _override_line(o, cs.OFFICIAL, cs.MANUAL)
            print(line.format(date=format_roc(o.day), note=o.note or "", source=o.source))
        return EXIT_OK
    day = date_arg(args.day, _("日期"))
    if args.action == "remove":
        cs.remove_override(db, day)
        print(_("已移除 {date} 的設定，改依內建日曆").format(date=format_roc(day)))
        return EXIT_OK
    info = cs.set_manual_override(db, day, args.off, args.note)
    if info.is_day_off and info.note:
        text = _("已設定 {date} 為放假（停止上班）：{note}")
    elif info.is_day_off:
        text = _("已設定 {date} 為放假（停止上班）")
    elif info.note:
        text = _("已設定 {date} 為上班：{note}")
    else:
        text = _("已設定 {date} 為上班")
    print(text.format(date=format_roc(day), note=info.note))
    return EXIT_OK


def _override_line(override: Any, official: str, manual: str) -> str:
    """One stored calendar entry, with the placeholders date, note and source (a source
    that is neither official nor manual is shown as stored)."""
    off = override.is_day_off
    if override.source == official:
        return (
            _("{date}  放假  {note}  （官方日曆）")
            if off
            else _("{date}  上班  {note}  （官方日曆）")
        )
    if override.source == manual:
        return _("{date}  放假  {note}  （手動）") if off else _("{date}  上班  {note}  （手動）")
    return (
        _("{date}  放假  {note}  （{source}）") if off else _("{date}  上班  {note}  （{source}）")
    )


def add_commands(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("agenda", help=_("列出到期與逾期事項（時數登錄期限等）"))
    p.add_argument("--date", metavar="D", help=_("以此日為今天（如 113/07/30；預設今天）"))

    p = sub.add_parser("calendar", help=_("辦公日曆的自訂設定（如颱風停班）"))
    actions = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    a = actions.add_parser("list", help=_("列出自訂的辦公日"))
    a.add_argument("--year", metavar="Y", help=_("年度（2024 或 113）"))
    a = actions.add_parser("set", help=_("設定某日放假或上班"))
    a.add_argument("day", metavar="D", help=_("日期，如 113/07/25 或 2024-07-25"))
    group = a.add_mutually_exclusive_group(required=True)
    group.add_argument("--off", action="store_true", help=_("放假（停止上班）"))
    group.add_argument("--work", dest="off", action="store_false", help=_("上班"))
    a.add_argument("--note", help=_("備註，如「凱米颱風停止上班」"))
    a = actions.add_parser("remove", help=_("移除某日的設定"))
    a.add_argument("day", metavar="D", help=_("日期，如 113/07/25 或 2024-07-25"))
    return {"agenda": cmd_agenda, "calendar": cmd_calendar}

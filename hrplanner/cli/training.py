"""Command-line commands for training classes (SPEC §4): ``close-class CODE`` and
``mark-registered CODE [--date D]``.

Refusals (missing attendance, a class not yet closed, a bad file) come back as
``InputRefused``; ``cli.run`` prints every problem and exits with status 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from hrplanner.cli.common import EXIT_OK, Handler, _open_db, date_arg


def cmd_close_class(args: argparse.Namespace) -> int:
    from hrplanner.domain.hours import format_hours
    from hrplanner.domain.rocdate import format_roc
    from hrplanner.services.training.closing import close_class

    db = _open_db(args)
    result = close_class(db, args.code, date_arg(args.date, "--date"))
    earned = [line for line in result.lines if line.minutes > 0]
    print(f"班期 {result.code} 已於 {format_roc(result.closed_on)} 結訓：")
    print(f"  {len(earned)} 人取得學習時數，{len(result.lines) - len(earned)} 人未取得")
    for line in result.lines:
        if line.reason:
            print(f"  {line.employee_no} {line.name}：0 小時（{line.reason}）")
    for change in result.changes:
        print(f"  {change.name} 學習時數變更：{change.old or '無'} → {change.new or '無'}")
    if result.flagged_certificates:
        print(f"  {result.flagged_certificates} 張研習證明書時數不符，已標示為待查")
    total = sum(line.minutes for line in earned)
    print(f"  合計 {format_hours(total)} 小時")
    return EXIT_OK


def cmd_mark_registered(args: argparse.Namespace) -> int:
    from hrplanner.domain.rocdate import format_roc
    from hrplanner.services.training.closing import mark_registered

    db = _open_db(args)
    day = date_arg(args.date, "--date")
    code = mark_registered(db, args.code, day)
    print(f"班期 {code} 的學習時數已於 {format_roc(day)} 登錄")
    return EXIT_OK


def add_commands(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("close-class", help="結訓：確認出席紀錄並計算學習時數")
    p.add_argument("code", metavar="CODE", help="班期代碼，如 115-001")
    p.add_argument("--date", metavar="D", help="結訓日期（預設今天）")
    p = sub.add_parser("mark-registered", help="記錄班期時數已登錄終身學習入口網")
    p.add_argument("code", metavar="CODE", help="班期代碼")
    p.add_argument("--date", metavar="D", help="登錄日期（預設今天），如 115/03/12")
    return {"close-class": cmd_close_class, "mark-registered": cmd_mark_registered}

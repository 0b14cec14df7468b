"""Command-line commands for training classes (SPEC §4): ``close-class CODE`` and
``mark-registered CODE [--date D]``.

Refusals (missing attendance, a class not yet closed, a bad file) come back as
``InputRefused``; ``cli.run`` prints every problem and exits with status 1.
"""

from __future__ import annotations

import argparse
from typing import Any

from hrplanner.cli.common import EXIT_OK, Handler, _open_db, date_arg
from hrplanner.i18n import _, ngettext


def cmd_close_class(args: argparse.Namespace) -> int:
    from hrplanner.domain.hours import format_hours
    from hrplanner.domain.rocdate import format_roc
    from hrplanner.services.training.closing import close_class

    db = _open_db(args)
    result = close_class(db, args.code, date_arg(args.date, "--date"))
    earned = [line for line in result.lines if line.minutes > 0]
    print(
        _("班期 {code} 已於 {date} 結訓：").format(
            code=result.code, date=format_roc(result.closed_on)
        )
    )
    not_earned = len(result.lines) - len(earned)
    print(
        ngettext(
            "  {n} 人取得學習時數，{others} 人未取得",
            "  {n} 人取得學習時數，{others} 人未取得",
            len(earned),
        ).format(n=len(earned), others=not_earned)
    )
    for line in result.lines:
        if line.reason:
            print(
                _("  {number} {name}：0 小時（{reason}）").format(
                    number=line.employee_no, name=line.name, reason=_(line.reason)
                )
            )
    for change in result.changes:
        print(
            _("  {name} 學習時數變更：{old} → {new}").format(
                name=change.name, old=change.old or _("無"), new=change.new or _("無")
            )
        )
    if result.flagged_certificates:
        n = result.flagged_certificates
        print(
            ngettext(
                "  {n} 張研習證明書時數不符，已標示為待查",
                "  {n} 張研習證明書時數不符，已標示為待查",
                n,
            ).format(n=n)
        )
    total = sum(line.minutes for line in earned)
    print(_("  合計 {hours} 小時").format(hours=format_hours(total)))
    return EXIT_OK


def cmd_mark_registered(args: argparse.Namespace) -> int:
    from hrplanner.domain.rocdate import format_roc
    from hrplanner.services.training.closing import mark_registered

    db = _open_db(args)
    day = date_arg(args.date, "--date")
    code = mark_registered(db, args.code, day)
    print(_("班期 {code} 的學習時數已於 {date} 登錄").format(code=code, date=format_roc(day)))
    return EXIT_OK


def add_commands(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("close-class", help=_("結訓：確認出席紀錄並計算學習時數"))
    p.add_argument("code", metavar="CODE", help=_("班期代碼，如 115-001"))
    p.add_argument("--date", metavar="D", help=_("結訓日期（預設今天）"))
    p = sub.add_parser("mark-registered", help=_("記錄班期時數已登錄終身學習入口網"))
    p.add_argument("code", metavar="CODE", help=_("班期代碼"))
    p.add_argument("--date", metavar="D", help=_("登錄日期（預設今天），如 115/03/12"))
    return {"close-class": cmd_close_class, "mark-registered": cmd_mark_registered}

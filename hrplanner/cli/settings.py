"""``settings [KEY [VALUE]]``: list the agency settings with their keys, show one, or set one
(SPEC §4), with the settings dialog's own checks (``services.common.settings_checks``).

Every declared setting of ``hrplanner.settings`` is listed with its key, type, value and
meaning, in the command line's language. A refused value leaves the stored one alone and
exits with status 1; an unknown key is a usage error (2).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from hrplanner.cli.common import EXIT_OK, EXIT_REFUSED, Handler, UsageError, _open_db
from hrplanner.i18n import N_, _
from hrplanner.settings import DECLARATIONS, Declaration, Setting, setting_for_key

_TYPE_NAMES = {str: N_("文字"), int: N_("整數"), bool: N_("是或否")}


def type_text(declaration: Declaration) -> str:
    """``整數``, ``文字``, ``是或否``, or the choices (``roc、iso``) of a setting."""
    if declaration.choices:
        return _("選項：{choices}").format(choices="、".join(map(str, declaration.choices)))
    return _(_TYPE_NAMES[declaration.type])


def value_text(value: Any) -> str:
    if isinstance(value, bool):
        return _("是") if value else _("否")
    text = str(value)
    return text if text else _("（空白）")


def _show(setting: Setting, value: Any, *, with_default: bool = False) -> None:
    declaration = DECLARATIONS[setting]
    print(
        _("{key}（{type}）= {value}").format(
            key=setting.value, type=type_text(declaration), value=value_text(value)
        )
    )
    if declaration.meaning:
        print(f"    {_(declaration.meaning)}")
    if with_default:
        print("    " + _("預設值：{value}").format(value=value_text(declaration.default)))


def _setting(key: str) -> Setting:
    setting = setting_for_key(key)
    if setting is None:
        raise UsageError(
            _("沒有名為「{key}」的設定；執行 hrplanner settings 可列出所有設定。").format(key=key)
        )
    return setting


def cmd_settings(args: argparse.Namespace) -> int:
    from hrplanner.services.common import settings_checks, settings_service

    setting = _setting(args.key) if args.key is not None else None
    db = _open_db(args)
    values = settings_service.get_all(db)
    if setting is None:
        for each in DECLARATIONS:
            _show(each, values[each])
        return EXIT_OK
    if args.value is None:
        _show(setting, values[setting], with_default=True)
        return EXIT_OK
    found = settings_checks.problems(db, {setting: args.value})
    if setting in found:
        print(
            _("hrplanner: 設定 {key} 未變更：{reason}").format(
                key=setting.value, reason=found[setting]
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    settings_checks.save(db, {setting: args.value})
    stored = settings_service.get(db, setting)
    print(_("已設定 {key} = {value}").format(key=setting.value, value=value_text(stored)))
    return EXIT_OK


def add_commands(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser(
        "settings", help=_("列出機關設定（含設定鍵、型別、目前的值與說明），查看或修改一項")
    )
    p.add_argument("key", nargs="?", metavar="KEY", help=_("設定鍵，如 agency.budgeted_headcount"))
    p.add_argument("value", nargs="?", metavar="VALUE", help=_("新的值；省略則只顯示"))
    return {"settings": cmd_settings}

"""Agency settings, declared once with their type and default.

Agency settings live in the database (so that every officer on a shared server sees the
same agency); window geometry and other per-PC preferences live in QSettings (ui layer).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import Any


class Setting(Enum):
    AGENCY_NAME = "agency.name"  # 機關全銜
    AGENCY_SHORT_NAME = "agency.short_name"  # 簡稱
    HEAD_TITLE = "agency.head_title"  # 首長職稱
    HEAD_NAME = "agency.head_name"  # 首長姓名
    BUDGETED_HEADCOUNT = "agency.budgeted_headcount"  # 編制內預算員額 (R12)
    LANGUAGE = "ui.language"  # zh_TW / en
    DATE_DISPLAY = "ui.date_display"  # roc / iso
    CREDIT_POLICY = "training.credit_policy"  # attended / full (R5)
    REGISTRATION_WORKING_DAYS = "training.registration_working_days"  # R11 N
    CERTIFICATE_NUMBER_TEMPLATE = "certificate.number_template"  # R10
    EXPORT_DATES_AS_TEXT = "export.dates_as_roc_text"  # SPEC 3.2
    # Printed forms (SPEC 3.3), read by services/printing.py.
    PRINT_FONT_FILE = "print.font_file"  # the user's TrueType font; "" = automatic
    SIGNIN_COLUMNS = "print.signin_columns"  # 簽到表 columns, separated by commas
    SIGNIN_SHOW_MASKED_ID = "print.signin_masked_id"  # add a masked 身分證字號 column
    SIGNIN_LANDSCAPE = "print.signin_landscape"
    SIGNIN_BLANK_ROWS = "print.signin_blank_rows"  # rows left for walk-ins
    # The certificate's wording by 辦理方式; "" = the default wording of that type.
    CERTIFICATE_BODY_TEMPLATE = "certificate.body_template"  # 自辦
    CERTIFICATE_BODY_COMMISSIONED = "certificate.body_template_commissioned"  # 委辦
    CERTIFICATE_BODY_SENT = "certificate.body_template_sent"  # 薦送
    CERTIFICATE_TOPIC_HOURS = "certificate.hours_by_topic"  # list the hours by topic
    CERTIFICATE_SEAL_IMAGE = "certificate.seal_image"  # 印信 image file; "" = none
    # R17: the class category whose classes are new hires' initial training (a name in the
    # editable class-category list, so the agency can rename or replace it).
    INITIAL_TRAINING_CATEGORY = "training.initial_training_category"


@dataclass(frozen=True)
class Declaration:
    type: type
    default: Any
    choices: tuple[Any, ...] = ()


DECLARATIONS: dict[Setting, Declaration] = {
    Setting.AGENCY_NAME: Declaration(str, ""),
    Setting.AGENCY_SHORT_NAME: Declaration(str, ""),
    Setting.HEAD_TITLE: Declaration(str, "機關首長"),
    Setting.HEAD_NAME: Declaration(str, ""),
    Setting.BUDGETED_HEADCOUNT: Declaration(int, 0),
    Setting.LANGUAGE: Declaration(str, "zh_TW", ("zh_TW", "en")),
    Setting.DATE_DISPLAY: Declaration(str, "roc", ("roc", "iso")),
    Setting.CREDIT_POLICY: Declaration(str, "attended", ("attended", "full")),
    Setting.REGISTRATION_WORKING_DAYS: Declaration(int, 7),
    Setting.CERTIFICATE_NUMBER_TEMPLATE: Declaration(str, "{roc_year}研字第{seq:04d}號"),
    Setting.EXPORT_DATES_AS_TEXT: Declaration(bool, True),
    Setting.PRINT_FONT_FILE: Declaration(str, ""),
    Setting.SIGNIN_COLUMNS: Declaration(str, "序號,單位,職稱,姓名,簽到,簽退,用餐,備註"),
    Setting.SIGNIN_SHOW_MASKED_ID: Declaration(bool, False),
    Setting.SIGNIN_LANDSCAPE: Declaration(bool, False),
    Setting.SIGNIN_BLANK_ROWS: Declaration(int, 5),
    Setting.CERTIFICATE_BODY_TEMPLATE: Declaration(str, ""),
    Setting.CERTIFICATE_BODY_COMMISSIONED: Declaration(str, ""),
    Setting.CERTIFICATE_BODY_SENT: Declaration(str, ""),
    Setting.CERTIFICATE_TOPIC_HOURS: Declaration(bool, False),
    Setting.CERTIFICATE_SEAL_IMAGE: Declaration(str, ""),
    Setting.INITIAL_TRAINING_CATEGORY: Declaration(str, "初任人員訓練"),
}


class SettingError(ValueError):
    pass


def coerce(setting: Setting, value: Any) -> Any:
    """Check a value against its declaration; raise SettingError with a readable message."""
    decl = DECLARATIONS[setting]
    if decl.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                value = int(str(value).strip())
            except ValueError as exc:
                raise SettingError(f"{setting.value}: 需為整數，收到「{value}」") from exc
        if value < 0:
            raise SettingError(f"{setting.value}: 不可為負數")
    elif decl.type is bool:
        value = bool(value)
    else:
        value = str(value).strip()
    if decl.choices and value not in decl.choices:
        raise SettingError(f"{setting.value}: 只能是 {', '.join(map(str, decl.choices))}")
    return value


def encode(setting: Setting, value: Any) -> str:
    return json.dumps(coerce(setting, value), ensure_ascii=False)


def decode(setting: Setting, raw: str | None) -> Any:
    if raw is None:
        return DECLARATIONS[setting].default
    try:
        return coerce(setting, json.loads(raw))
    except (ValueError, SettingError):
        # A value written by a newer or broken version falls back to the default.
        return DECLARATIONS[setting].default

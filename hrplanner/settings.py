"""Agency settings, declared once with their type and default.

Agency settings live in the database (so that every officer on a shared server sees the
same agency); window geometry and other per-PC preferences live in QSettings (ui layer).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import Any

from hrplanner.domain.vocabulary import INITIAL_TRAINING_CATEGORY
from hrplanner.i18n import N_, _


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
    # What the setting is, for people (marked for the catalogue; show it through ``_()``).
    label: str = ""
    choices: tuple[Any, ...] = ()


# The defaults that are words (the head's title, the sign-in columns, the number) are
# printed on official forms: data, in Chinese.
DECLARATIONS: dict[Setting, Declaration] = {
    Setting.AGENCY_NAME: Declaration(str, "", N_("機關全銜")),
    Setting.AGENCY_SHORT_NAME: Declaration(str, "", N_("機關簡稱")),
    Setting.HEAD_TITLE: Declaration(str, "機關首長", N_("首長職稱")),
    Setting.HEAD_NAME: Declaration(str, "", N_("首長姓名")),
    Setting.BUDGETED_HEADCOUNT: Declaration(int, 0, N_("編制內預算員額")),
    Setting.LANGUAGE: Declaration(str, "zh_TW", N_("介面語言"), ("zh_TW", "en")),
    Setting.DATE_DISPLAY: Declaration(
        str, "roc", N_("日期顯示方式（roc：民國，iso：西元）"), ("roc", "iso")
    ),
    Setting.CREDIT_POLICY: Declaration(
        str,
        "attended",
        N_("學習時數採計方式（attended：扣除請假時數，full：符合資格者採計全部時數）"),
        ("attended", "full"),
    ),
    Setting.REGISTRATION_WORKING_DAYS: Declaration(
        int, 7, N_("結訓後登錄學習時數的期限（工作天）")
    ),
    Setting.CERTIFICATE_NUMBER_TEMPLATE: Declaration(
        str, "{roc_year}研字第{seq:04d}號", N_("研習證明書字號格式")
    ),
    Setting.EXPORT_DATES_AS_TEXT: Declaration(bool, True, N_("匯出檔的日期寫成民國日期文字")),
    Setting.PRINT_FONT_FILE: Declaration(str, "", N_("列印用的字型檔（空白為自動選擇）")),
    Setting.SIGNIN_COLUMNS: Declaration(
        str, "序號,單位,職稱,姓名,簽到,簽退,用餐,備註", N_("簽到表的欄位（以逗號分隔）")
    ),
    Setting.SIGNIN_SHOW_MASKED_ID: Declaration(bool, False, N_("簽到表加印遮蔽的身分證字號")),
    Setting.SIGNIN_LANDSCAPE: Declaration(bool, False, N_("簽到表橫向列印")),
    Setting.SIGNIN_BLANK_ROWS: Declaration(int, 5, N_("簽到表預留的空白列數")),
    Setting.CERTIFICATE_BODY_TEMPLATE: Declaration(
        str, "", N_("研習證明書內文，自辦班期（空白為預設）")
    ),
    Setting.CERTIFICATE_BODY_COMMISSIONED: Declaration(
        str, "", N_("研習證明書內文，委辦班期（空白為預設）")
    ),
    Setting.CERTIFICATE_BODY_SENT: Declaration(
        str, "", N_("研習證明書內文，薦送班期（空白為預設）")
    ),
    Setting.CERTIFICATE_TOPIC_HOURS: Declaration(bool, False, N_("研習證明書列出各學習類別的時數")),
    Setting.CERTIFICATE_SEAL_IMAGE: Declaration(str, "", N_("印信圖檔（空白為不加印信）")),
    Setting.INITIAL_TRAINING_CATEGORY: Declaration(
        str, INITIAL_TRAINING_CATEGORY, N_("初任人員訓練的班期類別")
    ),
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
                message = _("{key}: 需為整數，收到「{value}」")
                raise SettingError(message.format(key=setting.value, value=value)) from exc
        if value < 0:
            raise SettingError(_("{key}: 不可為負數").format(key=setting.value))
    elif decl.type is bool:
        value = bool(value)
    else:
        value = str(value).strip()
    if decl.choices and value not in decl.choices:
        choices = ", ".join(map(str, decl.choices))
        raise SettingError(_("{key}: 只能是 {choices}").format(key=setting.value, choices=choices))
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

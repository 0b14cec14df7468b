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
    CERTIFICATE_BODY_TEMPLATE = "certificate.body_template"  # wording; "" = the default
    CERTIFICATE_SEAL_IMAGE = "certificate.seal_image"  # 印信 image file; "" = none
    # R17: the class category whose classes are new hires' initial training (a name in the
    # editable class-category list, so the agency can rename or replace it).
    INITIAL_TRAINING_CATEGORY = "training.initial_training_category"
    # 機關 or 學校: a school's office also runs the teachers' 成績考核 (R14 *Teachers*).
    AGENCY_KIND = "agency.kind"
    # Appraisals (R13, R14), read by services/appraisal/settings.py. Due dates are MM-DD;
    # a year-end due date in January–August falls in the following year.
    APPRAISAL_CATEGORIES = "appraisal.categories"  # in scope, separated by commas
    APPRAISAL_INTERIM_DUE_1 = "appraisal.interim_due_1"  # 第 1 期 (Jan–Apr)
    APPRAISAL_INTERIM_DUE_2 = "appraisal.interim_due_2"  # 第 2 期 (May–Aug)
    APPRAISAL_INTERIM_PERIOD_3 = "appraisal.interim_period_3"  # keep a 第 3 期 (Sep–Dec)
    APPRAISAL_YEAR_END_DUE = "appraisal.year_end_due"  # 年終考績 done by (and 第 3 期)
    APPRAISAL_A_RATIO_PERCENT = "appraisal.a_ratio_percent"  # 甲等 share per 官等 (考績法 §9)
    # The interim items and level scale as JSON (domain.appraisal.interim_template's
    # shape); "" = the default template. Each opened year keeps its own copy.
    APPRAISAL_INTERIM_TEMPLATE = "appraisal.interim_template"


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
    Setting.CERTIFICATE_BODY_TEMPLATE: Declaration(str, "", N_("研習證明書內文（空白為預設）")),
    Setting.CERTIFICATE_SEAL_IMAGE: Declaration(str, "", N_("印信圖檔（空白為不加印信）")),
    Setting.INITIAL_TRAINING_CATEGORY: Declaration(
        str, INITIAL_TRAINING_CATEGORY, N_("初任人員訓練的班期類別")
    ),
    Setting.AGENCY_KIND: Declaration(
        str, "agency", N_("機關類型（agency：機關，school：學校）"), ("agency", "school")
    ),
    Setting.APPRAISAL_CATEGORIES: Declaration(
        str, "公務人員", N_("辦理考績的人員類別（以逗號分隔）")
    ),
    Setting.APPRAISAL_INTERIM_DUE_1: Declaration(str, "04-30", N_("第 1 期平時考核期限（月-日）")),
    Setting.APPRAISAL_INTERIM_DUE_2: Declaration(str, "08-31", N_("第 2 期平時考核期限（月-日）")),
    Setting.APPRAISAL_INTERIM_PERIOD_3: Declaration(bool, False, N_("辦理第 3 期平時考核")),
    Setting.APPRAISAL_YEAR_END_DUE: Declaration(
        str, "01-31", N_("年終考績核定期限（月-日；1 至 8 月為次年）")
    ),
    Setting.APPRAISAL_A_RATIO_PERCENT: Declaration(int, 75, N_("甲等人數比例上限（%）")),
    Setting.APPRAISAL_INTERIM_TEMPLATE: Declaration(
        str, "", N_("平時考核項目與等級（空白為預設範本）")
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

"""Agency settings, declared once with their type, default and meaning.

Agency settings live in the database (so that every officer on a shared server sees the
same agency); window geometry and other per-PC preferences live in QSettings (ui layer).
The meaning of each setting is a whole sentence marked for the core catalogue, shown by
``hrplanner settings`` in the command line's language. Checks that need more than the
declaration (a font that exists, a certificate wording that fills) live in
``services.common.settings_checks``, which the settings dialog and the command use alike.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
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
    # R15: 達成度 is shown capped at this percentage (0 = no cap), and a KPI below target
    # is yellow from this 達成度 (percent) on, red below it.
    KPI_DEGREE_CAP = "plans.degree_cap_percent"
    KPI_YELLOW_FROM = "plans.yellow_from_percent"
    # Staff rosters without 員工編號 (SPEC §3.1 人員): new people are numbered by this
    # pattern, {seq} being the first free sequence number.
    STAFF_NUMBER_PATTERN = "staff.number_pattern"
    # Fonts the user names for characters the main font lacks (SPEC §3.3), one path a line.
    PRINT_FALLBACK_FONTS = "print.fallback_fonts"
    # R10: the year in a certificate's number follows the issue date or the class's end date.
    CERTIFICATE_NUMBER_YEAR = "certificate.number_year"


@dataclass(frozen=True)
class Declaration:
    type: type
    default: Any
    choices: tuple[Any, ...] = ()
    meaning: str = ""  # N_-marked sentence; translate with _() where shown
    minimum: int | None = None  # integers: the smallest value allowed (default 0)
    maximum: int | None = None  # integers: the largest value allowed


# The defaults that are words (the head's title, the sign-in columns, the number) are
# printed on official forms: data, in Chinese.
DECLARATIONS: dict[Setting, Declaration] = {
    Setting.AGENCY_NAME: Declaration(
        str, "", meaning=N_("機關全銜，印在簽到表、證明書與各式表單的標題。")
    ),
    Setting.AGENCY_SHORT_NAME: Declaration(str, "", meaning=N_("機關簡稱。")),
    Setting.HEAD_TITLE: Declaration(
        str, "機關首長", meaning=N_("機關首長的職稱，印在研習證明書上（例：市長、校長）。")
    ),
    Setting.HEAD_NAME: Declaration(str, "", meaning=N_("機關首長姓名，印在研習證明書上。")),
    Setting.BUDGETED_HEADCOUNT: Declaration(
        int,
        0,
        meaning=N_(
            "編制內預算員額；每年部分辦公時間進修及全時進修的名額為其十分之一（至少 1 人）。"
        ),
    ),
    Setting.LANGUAGE: Declaration(
        str, "zh_TW", ("zh_TW", "en"), meaning=N_("介面語言：zh_TW 中文或 en 英文。")
    ),
    Setting.DATE_DISPLAY: Declaration(
        str,
        "roc",
        ("roc", "iso"),
        meaning=N_("畫面上的日期：roc 民國紀年（109/03/05）或 iso 西元（2020-03-05）。"),
    ),
    Setting.CREDIT_POLICY: Declaration(
        str,
        "attended",
        ("attended", "full"),
        meaning=N_(
            "學習時數認列：attended 課程時數扣除請假時數，或 full 符合資格者給全部課程時數。"
        ),
    ),
    Setting.REGISTRATION_WORKING_DAYS: Declaration(
        int,
        7,
        meaning=N_("結訓後須於幾個工作天內至終身學習入口網站登錄學習時數。"),
        minimum=1,
        maximum=60,
    ),
    Setting.CERTIFICATE_NUMBER_TEMPLATE: Declaration(
        str,
        "{roc_year}研字第{seq:04d}號",
        meaning=N_("研習證明書字號格式，須含流水號 {seq}，可用 {roc_year} 民國年。"),
    ),
    Setting.EXPORT_DATES_AS_TEXT: Declaration(
        bool, True, meaning=N_("匯出的日期寫成民國文字（是）或 Excel 日期（否）。")
    ),
    Setting.PRINT_FONT_FILE: Declaration(
        str, "", meaning=N_("列印用的 TrueType 字型檔；空白表示自動尋找。")
    ),
    Setting.SIGNIN_COLUMNS: Declaration(
        str,
        "序號,單位,職稱,姓名,簽到,簽退,用餐,備註",
        meaning=N_("簽到表的欄位，以逗號分隔，至少要有姓名與簽到。"),
    ),
    Setting.SIGNIN_SHOW_MASKED_ID: Declaration(
        bool, False, meaning=N_("簽到表是否加印遮蔽的身分證字號欄。")
    ),
    Setting.SIGNIN_LANDSCAPE: Declaration(bool, False, meaning=N_("簽到表是否橫式列印。")),
    Setting.SIGNIN_BLANK_ROWS: Declaration(
        int, 5, meaning=N_("簽到表留給臨時報名者的空白列數。"), maximum=30
    ),
    Setting.CERTIFICATE_BODY_TEMPLATE: Declaration(
        str, "", meaning=N_("自辦班期研習證明書的文字；空白表示使用預設文字。")
    ),
    Setting.CERTIFICATE_SEAL_IMAGE: Declaration(
        str, "", meaning=N_("研習證明書上的印信圖檔（PNG 或 JPG）；空白表示不加印信。")
    ),
    Setting.CERTIFICATE_BODY_COMMISSIONED: Declaration(
        str, "", meaning=N_("委辦班期研習證明書的文字；空白表示使用預設文字。")
    ),
    Setting.CERTIFICATE_BODY_SENT: Declaration(
        str, "", meaning=N_("薦送班期研習證明書的文字；空白表示使用預設文字。")
    ),
    Setting.CERTIFICATE_TOPIC_HOURS: Declaration(
        bool, False, meaning=N_("研習證明書是否列出各學習類別的時數。")
    ),
    Setting.INITIAL_TRAINING_CATEGORY: Declaration(
        str, INITIAL_TRAINING_CATEGORY, meaning=N_("視為新進人員初任訓練的班期類別。")
    ),
    Setting.AGENCY_KIND: Declaration(
        str,
        "agency",
        ("agency", "school"),
        meaning=N_("機關類型：agency 機關或 school 學校（學校另辦教師成績考核）。"),
    ),
    Setting.APPRAISAL_CATEGORIES: Declaration(
        str, "公務人員", meaning=N_("辦理考績的人員類別，以逗號分隔。")
    ),
    Setting.APPRAISAL_INTERIM_DUE_1: Declaration(
        str, "04-30", meaning=N_("第 1 期平時考核的期限（月-日）。")
    ),
    Setting.APPRAISAL_INTERIM_DUE_2: Declaration(
        str, "08-31", meaning=N_("第 2 期平時考核的期限（月-日）。")
    ),
    Setting.APPRAISAL_INTERIM_PERIOD_3: Declaration(
        bool, False, meaning=N_("是否辦理第 3 期（9 至 12 月）平時考核。")
    ),
    Setting.APPRAISAL_YEAR_END_DUE: Declaration(
        str, "01-31", meaning=N_("年終考績核定的期限（月-日；1 至 8 月表示次年）。")
    ),
    Setting.APPRAISAL_A_RATIO_PERCENT: Declaration(
        int, 75, meaning=N_("各官等考列甲等人數比例的上限（%）。"), maximum=100
    ),
    Setting.APPRAISAL_INTERIM_TEMPLATE: Declaration(
        str, "", meaning=N_("平時考核的項目與等級；空白表示使用預設範本。")
    ),
    Setting.KPI_DEGREE_CAP: Declaration(
        int, 100, meaning=N_("KPI 達成度顯示的上限（%；0 表示不設上限）。")
    ),
    Setting.KPI_YELLOW_FROM: Declaration(
        int, 90, meaning=N_("未達標的 KPI 達成度在此百分比以上顯示黃燈，以下顯示紅燈。")
    ),
    Setting.STAFF_NUMBER_PATTERN: Declaration(
        str,
        "T{seq:04d}",
        meaning=N_("名冊沒有員工編號時，新進人員的編號格式（{seq} 為流水號）。"),
    ),
    Setting.PRINT_FALLBACK_FONTS: Declaration(
        str,
        "",
        meaning=N_("主字型缺字時改用的字型檔，每行一個；空白表示只用本機找到的字型。"),
    ),
    Setting.CERTIFICATE_NUMBER_YEAR: Declaration(
        str,
        "issue",
        ("issue", "end"),
        meaning=N_("證書字號的年度：issue 依發證日期，end 依班期結束日期。"),
    ),
}


class SettingError(ValueError):
    pass


_TRUE_WORDS = frozenset({"是", "y", "yes", "true", "1", "on"})
_FALSE_WORDS = frozenset({"否", "n", "no", "false", "0", "off"})


def coerce(setting: Setting, value: Any) -> Any:
    """Check a value against its declaration; SettingError says what is wrong (without the
    key: the dialog shows it under the field, the command line names the key).

    Text is accepted for every type (as typed on the command line): integers as digits,
    yes/no as 是/否, yes/no, true/false or 1/0."""
    decl = DECLARATIONS[setting]
    if decl.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                value = int(str(value).strip())
            except ValueError as exc:
                raise SettingError(_("需為整數，收到「{value}」。").format(value=value)) from exc
        lowest = 0 if decl.minimum is None else decl.minimum
        if value < lowest:
            if lowest == 0:
                raise SettingError(_("不可為負數。"))
            raise SettingError(
                _("不可小於 {minimum}，收到 {value}。").format(minimum=lowest, value=value)
            )
        if decl.maximum is not None and value > decl.maximum:
            raise SettingError(
                _("不可大於 {maximum}，收到 {value}。").format(maximum=decl.maximum, value=value)
            )
    elif decl.type is bool:
        if isinstance(value, str):
            word = value.strip().casefold()
            if word not in _TRUE_WORDS | _FALSE_WORDS:
                raise SettingError(
                    _("只能是「是」或「否」（yes/no），收到「{value}」。").format(value=value)
                )
            value = word in _TRUE_WORDS
        else:
            value = bool(value)
    else:
        value = str(value).strip()
    if decl.choices and value not in decl.choices:
        raise SettingError(
            _("只能是 {choices}，收到「{value}」。").format(
                choices=_("、").join(map(str, decl.choices)), value=value
            )
        )
    return value


def setting_for_key(key: str) -> Setting | None:
    """The setting stored under ``key`` (``agency.budgeted_headcount``), else None."""
    return next((s for s in Setting if s.value == key.strip()), None)


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


def decode_all(stored: Mapping[str, str]) -> dict[Setting, Any]:
    """Every setting from the stored JSON texts by key; a key not stored: its default."""
    return {s: decode(s, stored.get(s.value)) for s in DECLARATIONS}

"""Staff rosters as other systems export them: column maps, value maps and the EDHR preset.

SPEC §3.1 人員 and §4 (``import staff --map 來源欄=目標欄,... --preset edhr``). A school's roster
from the 教育人力資源資料庫 (EDHR, the Ministry of Education's staff database that schools fill
in each term) has its own headers and codes; ``EDHR_PRESET`` maps them onto the staff columns:

=============  ==========  ====================================================
EDHR column    staff       values
=============  ==========  ====================================================
身分識別碼       身分證字號   the ID number (also the key when a file has no 員工編號)
姓名            姓名
性別            性別        1 → 男, 2 → 女 (a 1-digit code, as in the ID number)
出生年月日       出生日期     7-digit ROC ``0650312`` (or 6 digits ``650312``)
服務單位         單位
職務名稱         職稱
服務身分別       人員類別     with 聘任類別 and 職務名稱, by ``EDHR_CATEGORY_RULES``
聘任類別         人員類別
本校到職日期     到職日期     7-digit ROC
=============  ==========  ====================================================

The code values come from the EDHR checking scripts of hhkao/edhr-112t1 (the 112 學年度
第1學期 checker for senior high schools): 服務身分別 校長, 教師, 主任教官, 教官, 族語老師,
教學支援人員 on the 教員資料表 (blank on the 職員(工)資料表); 聘任類別 專任, 代理, 代理(連),
兼任, 長期代課, 鐘點教師, 專職族語老師, 約聘僱, 約用, 派遣; dates stored as 7-digit ROC
(``formatC(birthdate, wid = 7, flag = "0")``), 本校到職日期 read as 6 or 7 digits.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from hrplanner.domain.rocdate import DateParseError, parse_date
from hrplanner.domain.text import clean_cell
from hrplanner.i18n import N_, _

GENDER_CODES: Mapping[str, str] = {"1": "男", "2": "女", "男": "男", "女": "女"}


@dataclass(frozen=True)
class CategoryRule:
    """人員類別 ``category`` when ``column`` is one of ``values`` (or, with ``contains``,
    holds one of them); rules are tried in order and the first that matches wins."""

    column: str
    values: tuple[str, ...]
    category: str
    contains: bool = False

    def matches(self, row: Mapping[str, str]) -> bool:
        text = row.get(self.column, "")
        if self.contains:
            return any(v in text for v in self.values)
        return text in self.values


# Contract staff by contract first (a teacher on a 約聘僱 contract is contract staff for the
# learning-hours rules), then teachers by role or by teaching contract, then workers by title.
EDHR_CATEGORY_RULES: tuple[CategoryRule, ...] = (
    CategoryRule("聘任類別", ("約聘僱", "約聘雇", "約聘", "約僱", "約雇", "約用"), "約聘僱人員"),
    CategoryRule("聘任類別", ("派遣",), "臨時人員"),
    CategoryRule(
        "服務身分別",
        ("校長", "教師", "主任教官", "教官", "族語老師", "教學支援人員", "專職族語老師"),
        "教師",
    ),
    CategoryRule(
        "聘任類別", ("代理", "代理(連)", "兼任", "長期代課", "鐘點教師", "專職族語老師"), "教師"
    ),
    CategoryRule("職務名稱", ("技工", "工友", "駕駛"), "技工工友", contains=True),
    CategoryRule("職務名稱", ("臨時",), "臨時人員", contains=True),
    CategoryRule("聘任類別", ("專任",), "公務人員"),
)


@dataclass(frozen=True)
class RosterPreset:
    """How one system's roster becomes staff rows (SPEC §3.1 人員 column names)."""

    name: str
    title: str  # marked with N_
    columns: Mapping[str, str]  # source header → staff column
    value_maps: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # by staff column
    date_columns: tuple[str, ...] = ()  # staff columns holding compact ROC dates
    category_rules: tuple[CategoryRule, ...] = ()  # derive 人員類別 from the source row


EDHR_PRESET = RosterPreset(
    name="edhr",
    title=N_("教育人力資源資料庫（學校人事資料）"),
    columns={
        "身分識別碼": "身分證字號",
        "姓名": "姓名",
        "性別": "性別",
        "出生年月日": "出生日期",
        "服務單位": "單位",
        "職務名稱": "職稱",
        "本校到職日期": "到職日期",
    },
    value_maps={"性別": GENDER_CODES},
    date_columns=("出生日期", "到職日期"),
    category_rules=EDHR_CATEGORY_RULES,
)

PRESETS: Mapping[str, RosterPreset] = {EDHR_PRESET.name: EDHR_PRESET}


def cell_text(value: object) -> str:
    """A cell as clean text; a number typed into Excel (``1.0``, ``650312.0``) loses ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return str(int(value))
    return clean_cell(str(value))


def parse_compact_roc_date(value: object) -> date:
    """A date written as compact ROC digits: ``0650312``, ``650312`` or ``1130801``.

    Excel drops the leading zero of a number cell (``0650312`` → 650312, ``0010101`` → 10101),
    so 5 digits are padded back; every other R1 form is accepted too. DateParseError names
    the value.
    """
    text = cell_text(value)
    if re.fullmatch(r"\d{5}", text):
        text = text.zfill(6)
    return parse_date(text)


@dataclass
class PresetRow:
    """One source row converted: staff column → value (text or date), and the problems."""

    values: dict[str, object]
    problems: list[tuple[str, str]]  # (source or staff column, message)


def apply_preset(preset: RosterPreset, row: Mapping[str, object]) -> PresetRow:
    """Convert one row keyed by the source's headers into staff columns."""
    texts = {header: cell_text(value) for header, value in row.items()}
    values: dict[str, object] = {}
    problems: list[tuple[str, str]] = []
    for source, target in preset.columns.items():
        text = texts.get(source, "")
        if not text:
            continue
        mapping = preset.value_maps.get(target)
        if mapping is not None:
            if text not in mapping:
                problems.append(
                    (
                        source,
                        _("{column}「{value}」無法對應（可用：{choices}）").format(
                            column=source, value=text, choices="、".join(mapping)
                        ),
                    )
                )
                continue
            text = mapping[text]
        if target in preset.date_columns:
            try:
                values[target] = parse_compact_roc_date(row.get(source))
            except DateParseError as exc:
                problems.append((source, str(exc)))
            continue
        values[target] = text
    if preset.category_rules:
        category = derive_category(preset.category_rules, texts)
        if category is None:
            shown = "、".join(
                f"{c}「{texts.get(c, '')}」" for c in _rule_columns(preset.category_rules)
            )
            problems.append(("人員類別", _("無法判斷人員類別：{values}").format(values=shown)))
        else:
            values["人員類別"] = category
    return PresetRow(values, problems)


def derive_category(rules: tuple[CategoryRule, ...], row: Mapping[str, str]) -> str | None:
    """The 人員類別 of the first rule that matches ``row`` (source headers → text)."""
    for rule in rules:
        if rule.matches(row):
            return rule.category
    return None


def _rule_columns(rules: tuple[CategoryRule, ...]) -> list[str]:
    return list(dict.fromkeys(rule.column for rule in rules))


class ColumnMapError(ValueError):
    """A ``--map`` option that cannot be read; ``problems`` lists every mistake."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("；".join(problems))


_PAIR_SEPARATORS = re.compile(r"[,，]")
_EQUALS = re.compile(r"[=＝]")


def parse_column_map(text: str, targets: Collection[str] | None = None) -> dict[str, str]:
    """``來源欄=目標欄,來源欄=目標欄`` → {source header: target column}.

    Commas may be ASCII or full-width; spaces around names are ignored. Refused, all at
    once: an item without ``=``, an empty name, a source named twice, two sources for one
    target, and (when ``targets`` is given) a target that is not one of them.
    """
    problems: list[str] = []
    result: dict[str, str] = {}
    items = [item.strip() for item in _PAIR_SEPARATORS.split(text)]
    if not any(items):
        raise ColumnMapError([_("--map 沒有任何對應；請寫成「來源欄=目標欄」，以逗號分隔")])
    for item in items:
        if not item:
            continue
        parts = _EQUALS.split(item)
        if len(parts) != 2:
            problems.append(
                _("「{item}」不是「來源欄=目標欄」的寫法（需有一個等號）").format(item=item)
            )
            continue
        source, target = clean_cell(parts[0]), clean_cell(parts[1])
        if not source or not target:
            problems.append(_("「{item}」的來源欄或目標欄是空的").format(item=item))
            continue
        if source in result:
            problems.append(_("來源欄「{source}」對應了兩次").format(source=source))
            continue
        if target in result.values():
            problems.append(_("目標欄「{target}」有兩個來源欄").format(target=target))
            continue
        if targets is not None and target not in targets:
            problems.append(
                _("沒有「{target}」這個目標欄；可用：{choices}").format(
                    target=target, choices="、".join(targets)
                )
            )
            continue
        result[source] = target
    if problems:
        raise ColumnMapError(problems)
    return result

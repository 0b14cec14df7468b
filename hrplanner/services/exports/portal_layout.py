"""The layout of the 時數登錄檔 (SPEC §3.2): which columns, in which order, under which names,
with which date format and encoding — an agency setting, because the portal's format changes.

A column takes its value from a source:

- a field of the class, its sessions, the person, the enrollment or the certificate
  (``FIELDS``: birth date, certificate number, class start and end times, the credited hours
  split into digital and in-person parts, …); a field may feed two columns;
- a fixed value, written ``固定:6`` (``fixed:6``) in the text form;
- a code looked up in an editable table (``category_code``: the class category or learning
  topic → *課程類別代碼; ``city_code``: the location → *上課縣市; ``services.exports.
  portal_tables``).

Shipped presets (``PRESETS``): ``workbook``, today's plain workbook of nine columns; ``portal104``,
the portal's batch-upload CSV as the issue and SPEC §3.2 name it — 23 columns, the actual class
period as two combined cells (``113-03-05 09:00:00``); ``portal104-split``, the 25 columns the
open generators write, date and time of the actual period in separate cells
(``domain.portal_format``). The portal presets write Big5 as Windows writes it (cp950), ROC
dates with dashes and times ``HH:MM:SS``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from hrplanner.domain.portal_codes import DEGREE_NONE, TRAINING_UNIT_HOURS
from hrplanner.domain.portal_format import (
    ENCODING_BIG5,
    PORTAL104_COLUMNS,
    PORTAL_ENCODINGS,
)
from hrplanner.domain.rocdate import format_roc
from hrplanner.domain.vocabulary import DELIVERY_MODES
from hrplanner.i18n import N_, _
from hrplanner.services.common.errors import InputRefused, Problem

# field → its standard column name (the plain workbook's header, and its name in the text
# form of the layout); the first nine are the plain workbook's columns (SPEC §3.2).
FIELDS: dict[str, str] = {
    "national_id": "身分證字號",
    "name": "姓名",
    "title": "課程名稱",
    "portal_code": "課程代碼",
    "start_date": "起始日期",
    "end_date": "結束日期",
    "hours": "學習時數",
    "topic": "學習類別",
    "mode": "學習性質",
    # available when the portal asks for them
    "employee_no": "員工編號",
    "class_code": "班期代碼",
    "birth_date": "生日",
    "unit": "單位",
    "job_title": "職稱",
    "category": "班期類別",
    "location": "地點",
    "organizer": "主辦單位",
    "start_time": "起始時間",
    "end_time": "結束時間",
    "start_at": "起始日期時間",
    "end_at": "結束日期時間",
    "digital_hours": "數位時數",
    "physical_hours": "實體時數",
    "mode_code": "學習性質代碼",
    "certificate_number": "證書字號",
    "category_code": "課程類別代碼",
    "city_code": "上課縣市代碼",
}
DEFAULT_FIELDS = tuple(list(FIELDS)[:9])
FIELD_DESCRIPTIONS: dict[str, str] = {
    "national_id": "身分證字號（10 碼）",
    "name": "姓名",
    "title": "課程名稱",
    "portal_code": "入口網站的課程代碼",
    "start_date": "起始日期",
    "end_date": "結束日期",
    "hours": "學習時數（小時）",
    "topic": "學習類別",
    "mode": "學習性質：" + "/".join(DELIVERY_MODES),
    "employee_no": "本機關員工編號",
    "class_code": "本機關班期代碼",
    "birth_date": "出生日期",
    "unit": "服務單位",
    "job_title": "職稱",
    "category": "班期類別",
    "location": "上課地點",
    "organizer": "主辦單位",
    "start_time": "第一場開始時間",
    "end_time": "最後一場結束時間",
    "start_at": "第一場的日期與開始時間",
    "end_at": "最後一場的日期與結束時間",
    "digital_hours": "學習時數中數位學習的部分",
    "physical_hours": "學習時數中實體課程的部分",
    "mode_code": "學習性質代碼：1 數位、2 實體、3 混成",
    "certificate_number": "研習證明書字號",
    "category_code": "入口網站的課程類別代碼",
    "city_code": "上課縣市代碼",
}
HOUR_FIELDS = frozenset({"hours", "digital_hours", "physical_hours"})
DATE_FIELDS = frozenset({"start_date", "end_date", "birth_date"})

FIXED_PREFIXES = ("固定:", "固定：", "fixed:")
FIXED = "fixed:"  # how a fixed value is stored: fixed:6


def fixed(value: str) -> str:
    """The source of a column holding ``value`` on every row."""
    return FIXED + value


def fixed_value(source: str) -> str | None:
    """The fixed value of a source, None when the source is a field."""
    return source[len(FIXED) :] if source.startswith(FIXED) else None


DATE_FORMATS: dict[str, Callable[[date], str]] = {
    "yyy/mm/dd": format_roc,  # 109/03/05
    # 109-03-05, the portal's batch upload; a birth date before ROC 100 is 074-06-15
    "yyy-mm-dd": lambda d: format_roc(d).replace("/", "-"),
    "yyymmdd": lambda d: format_roc(d).replace("/", ""),  # 1090305
    "yyyy-mm-dd": lambda d: d.isoformat(),  # 2020-03-05
    "yyyy/mm/dd": lambda d: d.strftime("%Y/%m/%d"),  # 2020/03/05
    "yyyymmdd": lambda d: d.strftime("%Y%m%d"),  # 20200305
}


def _unknown_field(name: str, known: Iterable[str]) -> str:
    return _("未知的欄位「{field}」（可用：{fields}）").format(field=name, fields="、".join(known))


@dataclass(frozen=True)
class PortalFormat:
    """The portal file's layout. ``columns``: (source, column name) in file order (a source
    is a field of ``FIELDS`` or ``fixed:value``); ``header_rows``: 1 = the column names, 2 =
    the names and a row describing each column; ``split_by_topic``: one row per person,
    class and topic instead of per person and class; ``encoding``: of a .csv file."""

    columns: tuple[tuple[str, str], ...] = tuple((f, FIELDS[f]) for f in DEFAULT_FIELDS)
    header_rows: int = 1
    date_format: str = "yyy/mm/dd"
    split_by_topic: bool = False
    encoding: str = ENCODING_BIG5

    @property
    def fields(self) -> list[str]:
        """The fields the columns read (fixed values left out), in file order."""
        return [s for s, _name in self.columns if fixed_value(s) is None]

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        names: set[str] = set()
        if not self.columns:
            found.append(Problem(_("時數登錄檔至少要有一個欄位")))
        for source, name in self.columns:
            if fixed_value(source) is None and source not in FIELDS:
                found.append(Problem(_unknown_field(source, FIELDS)))
            if not name.strip():
                shown = FIELDS.get(source, source)
                found.append(Problem(_("欄位「{field}」的欄名不可空白").format(field=shown)))
            elif name in names:
                found.append(Problem(_("欄名「{name}」重複").format(name=name)))
            names.add(name)
        if self.header_rows not in (1, 2):
            found.append(
                Problem(_("標題列數只能是 1 或 2，收到 {rows}").format(rows=self.header_rows))
            )
        if self.date_format not in DATE_FORMATS:
            found.append(
                Problem(
                    _("未知的日期格式「{format}」（可用：{formats}）").format(
                        format=self.date_format, formats="、".join(DATE_FORMATS)
                    )
                )
            )
        if self.encoding not in PORTAL_ENCODINGS:
            found.append(
                Problem(
                    _("時數登錄檔不支援編碼「{encoding}」；可用：{choices}").format(
                        encoding=self.encoding, choices="、".join(PORTAL_ENCODINGS)
                    )
                )
            )
        return found

    def to_json(self) -> str:
        data = {
            "columns": [[f, n] for f, n in self.columns],
            "header_rows": self.header_rows,
            "date_format": self.date_format,
            "split_by_topic": self.split_by_topic,
            "encoding": self.encoding,
        }
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> PortalFormat:
        data = json.loads(raw)
        return cls(
            tuple((str(f), str(n)) for f, n in data["columns"]),
            int(data.get("header_rows", 1)),
            str(data.get("date_format", "yyy/mm/dd")),
            # Layouts saved before the option existed keep the per-class default.
            data.get("split_by_topic", False) is True,
            str(data.get("encoding", ENCODING_BIG5)),
        )


# --- the shipped presets ------------------------------------------------------------------

# The 104 columns' sources, by column name (domain.portal_format). Required but without a
# counterpart in HR Planner: *學位學分 6 (none) and *訓練總數單位 1 (hours), as the
# generators write them; 期別 1 as LectureCSV writes it; 訓練成績 and 出勤上課狀況 blank.
_SOURCES_104: dict[str, str] = {
    "身分證字號": "national_id",
    "課程名稱": "title",
    "開課起始日期": "start_date",
    "開課起始時間": "start_time",
    "開課結束日期": "end_date",
    "開課結束時間": "end_time",
    "姓名": "name",
    "學位學分": fixed(DEGREE_NONE),
    "課程類別代碼": "category_code",
    "上課縣市": "city_code",
    "期別": fixed("1"),
    "訓練總數": "hours",
    "訓練總數單位": fixed(TRAINING_UNIT_HOURS),
    "訓練成績": fixed(""),
    "證件字號": "certificate_number",
    "出勤上課狀況": fixed(""),
    "生日": "birth_date",
    "學習性質": "mode_code",
    "數位時數": "digital_hours",
    "實體時數": "physical_hours",
    "課程代碼": "portal_code",
    "實際上課起始日期": "start_date",
    "實際上課起始時間": "start_time",
    "實際上課結束日期": "end_date",
    "實際上課結束時間": "end_time",
}
_SPLIT_104 = tuple((_SOURCES_104[c.name], c.header) for c in PORTAL104_COLUMNS)
# SPEC §3.2 and the issue: the actual class period as two cells holding date and time.
_COMBINED_104 = (
    *_SPLIT_104[:-4],
    ("start_at", "*實際上課起始日期/時間"),
    ("end_at", "*實際上課結束日期/時間"),
)

WORKBOOK, PORTAL104, PORTAL104_SPLIT = "workbook", "portal104", "portal104-split"
PRESETS: dict[str, PortalFormat] = {
    WORKBOOK: PortalFormat(),
    PORTAL104: PortalFormat(_COMBINED_104, 1, "yyy-mm-dd", False, ENCODING_BIG5),
    PORTAL104_SPLIT: PortalFormat(_SPLIT_104, 1, "yyy-mm-dd", False, ENCODING_BIG5),
}
PRESET_TITLES: dict[str, str] = {
    WORKBOOK: N_("簡易活頁簿（9 欄）"),
    PORTAL104: N_("入口網站批次上傳（104 格式，23 欄）"),
    PORTAL104_SPLIT: N_("入口網站批次上傳（104 格式，日期與時間分欄，25 欄）"),
}


def preset_format(name: str) -> PortalFormat:
    """The shipped preset ``name``; InputRefused naming the presets there are."""
    found = PRESETS.get(name.strip())
    if found is None:
        text = _("沒有名為「{name}」的時數登錄檔預設格式；可用：{choices}").format(
            name=name, choices="、".join(PRESETS)
        )
        raise InputRefused([Problem(text)])
    return found


def preset_of(fmt: PortalFormat) -> str | None:
    """The preset a layout is, None when it has been changed from every preset."""
    for name, preset in PRESETS.items():
        if preset == fmt:
            return name
    return None


# --- the columns as one line of text (window and command line) ----------------------------

_BY_NAME = {name: f for f, name in FIELDS.items()}


def columns_text(fmt: PortalFormat) -> str:
    """``身分證字號,姓名,課程代碼=課程編號,固定:6=*學位學分,...``: each column by its field's
    standard name (or ``固定:value``), renamed columns as ``standard=name``; file order."""
    parts = []
    for source, name in fmt.columns:
        value = fixed_value(source)
        standard = FIELDS[source] if value is None else f"固定:{value}"
        parts.append(standard if name == standard else f"{standard}={name}")
    return ",".join(parts)


def parse_columns(text: str) -> tuple[tuple[str, str], ...]:
    """The inverse of ``columns_text``; InputRefused names every unknown column. A field
    may be named by its standard name or its key (``national_id``)."""
    columns: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for part in text.replace("，", ",").replace("、", ",").split(","):
        if not part.strip():
            continue
        standard, _equals, name = part.strip().partition("=")
        standard, name = standard.strip(), name.strip()
        prefix = next((p for p in FIXED_PREFIXES if standard.startswith(p)), None)
        if prefix is not None:
            value = standard[len(prefix) :].strip()
            if not name:
                problems.append(
                    Problem(
                        _("固定值「{value}」需要欄名，如「固定:6=*學位學分」").format(value=value)
                    )
                )
                continue
            columns.append((fixed(value), name))
            continue
        key = _BY_NAME.get(standard) or (standard if standard in FIELDS else None)
        if key is None:
            problems.append(Problem(_unknown_field(standard, FIELDS.values())))
            continue
        columns.append((key, name or FIELDS[key]))
    if problems:
        raise InputRefused(problems)
    return tuple(columns)


def describe_source(source: str) -> str:
    """What a column holds, for the second header row (data: printed in Chinese)."""
    value = fixed_value(source)
    return FIELD_DESCRIPTIONS[source] if value is None else f"固定值「{value}」"

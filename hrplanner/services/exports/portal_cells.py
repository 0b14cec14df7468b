"""The cells of the 時數登錄檔 (SPEC §3.2): each row's value for each column of the layout, as
text for a CSV or typed cells for a workbook, and the warnings for what the file will lack
(people without an ID number, classes without a portal code, a table code or clock times).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hrplanner.domain.hours import hours_decimal
from hrplanner.domain.portal_format import format_clock, format_hours, learning_mode_code
from hrplanner.domain.vocabulary import BLENDED
from hrplanner.i18n import _
from hrplanner.services.exports.portal_layout import (
    DATE_FIELDS,
    DATE_FORMATS,
    PortalFormat,
    fixed_value,
)
from hrplanner.services.exports.portal_rows import PortalRow
from hrplanner.services.exports.portal_tables import CodeTables


@dataclass(frozen=True)
class Cells:
    """Turns a row into the layout's cells: text for CSV, typed cells for a workbook."""

    fmt: PortalFormat
    tables: CodeTables
    for_csv: bool

    def date_text(self, day: dt.date | None) -> str | None:
        return DATE_FORMATS[self.fmt.date_format](day) if day is not None else None

    def at_text(self, when: dt.datetime | None) -> str | None:
        if when is None:
            return None
        return f"{self.date_text(when.date())} {format_clock(when.time())}"

    def hours(self, minutes: int) -> object:
        return format_hours(minutes) if self.for_csv else hours_decimal(minutes)

    def value(self, row: PortalRow, source: str) -> object:
        fixed = fixed_value(source)
        if fixed is not None:
            return fixed
        facts = row.facts
        if source in DATE_FIELDS:
            return self.date_text(getattr(row, source))
        match source:
            case "hours":
                return self.hours(row.minutes)
            case "digital_hours":
                return self.hours(row.digital_minutes)
            case "physical_hours":
                return self.hours(row.physical_minutes)
            case "mode_code":
                return learning_mode_code(row.digital_minutes, row.physical_minutes)
            case "start_time":
                return format_clock(facts.start_time) if facts.start_time else None
            case "end_time":
                return format_clock(facts.end_time) if facts.end_time else None
            case "start_at":
                return self.at_text(facts.start_at)
            case "end_at":
                return self.at_text(facts.end_at)
            case "category_code":
                return self.tables.category_code(row.category, row.topics or (row.topic,))
            case "city_code":
                return self.tables.city_code(row.location)
        value: object = getattr(row, source)
        return value

    def cells(self, row: PortalRow) -> list[object]:
        return [self.value(row, source) for source, _name in self.fmt.columns]

    def text_cells(self, row: PortalRow) -> list[str]:
        return ["" if v is None else str(v) for v in self.cells(row)]


def person_label(row: PortalRow) -> str:
    return _("{name}（{number}）").format(name=row.name, number=row.employee_no)


def missing_warnings(rows: Sequence[PortalRow], fmt: PortalFormat, cells: Cells) -> list[str]:
    """What the file will lack: people without an ID number, classes without a code."""
    warnings: list[str] = []
    for number, name in sorted({(r.employee_no, r.name) for r in rows if not r.national_id}):
        warnings.append(
            _("{name}（{number}）沒有身分證字號，未列入登錄檔；請補登後重新匯出").format(
                name=name, number=number
            )
        )
    fields = set(fmt.fields)
    by_class = {r.class_code: r for r in rows}
    checks: list[tuple[str, Callable[[PortalRow], bool], str]] = [
        (
            "portal_code",
            lambda r: not r.portal_code,
            _("班期「{code} {title}」沒有課程代碼（入口網站的課程代碼欄將空白）"),
        ),
        (
            "category_code",
            lambda r: cells.value(r, "category_code") is None,
            _("班期「{code} {title}」的班期類別與學習類別都沒有課程類別代碼，請在代碼表補上"),
        ),
        (
            "city_code",
            lambda r: cells.value(r, "city_code") is None,
            _("班期「{code} {title}」的地點找不到上課縣市代碼，請在代碼表補上（或設定其他地點）"),
        ),
    ]
    for wanted, missing, text in checks:
        if wanted in fields:
            for code, r in sorted(by_class.items()):
                if missing(r):
                    warnings.append(text.format(code=code, title=r.title))
    if fields & {"start_time", "end_time", "start_at", "end_at"}:
        for code, r in sorted(by_class.items()):
            if r.facts.start_time is None or r.facts.end_time is None:
                text = _("班期「{code} {title}」的場次沒有上課時間（起訖時間欄將空白）")
                warnings.append(text.format(code=code, title=r.title))
    if fields & {"digital_hours", "physical_hours", "mode_code"}:
        for code, r in sorted(by_class.items()):
            if r.mode == BLENDED and r.facts.untimed_minutes == 0:
                text = _(
                    "班期「{code} {title}」為混成，但每一場都有上課時間，數位時數寫為 0；"
                    "數位課程的場次請不填上課時間"
                )
                warnings.append(text.format(code=code, title=r.title))
    return warnings

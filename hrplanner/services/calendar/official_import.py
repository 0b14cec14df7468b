"""The import of the official 辦公日曆表 (the government CSV) into the office calendar.

Import rule: a file replaces the official rows of the years it covers (a row no longer in
the file's differences is removed), re-importing the same file changes nothing, and manual
entries are never touched by an import. The table holds one row per day, so setting a
manual entry on a day that had an official row replaces it; re-import the CSV to get the
official one back after removing the manual entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import extract, select

from hrplanner.domain.rocdate import format_roc, parse_date, roc_year
from hrplanner.domain.workdays import WorkCalendar
from hrplanner.i18n import N_, _, ngettext
from hrplanner.services.calendar.holiday_cache import cached_year
from hrplanner.services.calendar.office_calendar import NOTE_MAX, OFFICIAL
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.common.wording import names
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    cell_text,
    read_table,
    required_text,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import CalendarOverride

COLUMNS = (
    ColumnSpec("西元日期", "date", required=True, key=True),
    ColumnSpec("星期", "weekday"),
    ColumnSpec("是否放假", "is_holiday", required=True),
    ColumnSpec("備註", "note"),
)
TEMPLATE = templates.Template(
    (
        templates.SheetTemplate(
            "辦公日曆",
            COLUMNS,
            {"西元日期": "20240209", "星期": "五", "是否放假": "2", "備註": "除夕"},
            {"是否放假": ("0", "2")},
        ),
    ),
)
_DAY_OFF_CODES = {"0": False, "2": True}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# The day a date falls on, as a problem names it (Monday first, as date.weekday counts).
_WEEKDAY_NAMES = (
    N_("星期一"),
    N_("星期二"),
    N_("星期三"),
    N_("星期四"),
    N_("星期五"),
    N_("星期六"),
    N_("星期日"),
)


@dataclass
class CalendarImportReport(ImportReport):
    """ImportReport for the calendar; keys are ROC dates of the stored differences."""

    years: list[int] = field(default_factory=list)
    days_in_file: int = 0
    removed: list[str] = field(default_factory=list)
    # Days where the file differs from the package but a manual entry stays in force.
    kept_manual: list[str] = field(default_factory=list)

    def scope(self) -> str:
        years = names(_("{year}年").format(year=roc_year(dt.date(y, 1, 1))) for y in self.years)
        differing = (
            len(self.added) + len(self.updated) + len(self.unchanged) + len(self.kept_manual)
        )
        return _("辦公日曆 {years}：檔案共 {days} 天，與內建日曆不同者 {differing} 天").format(
            years=years, days=self.days_in_file, differing=differing
        )

    def summary(self) -> str:
        kept = len(self.kept_manual)
        counts = {
            "scope": self.scope(),
            "added": len(self.added),
            "updated": len(self.updated),
            "removed": len(self.removed),
            "unchanged": len(self.unchanged),
            "kept": kept,
        }
        if self.dry_run and kept:
            text = ngettext(
                "{scope}；將新增 {added} 筆、將更新 {updated} 筆、將移除 {removed} 筆、"
                "未變更 {unchanged} 筆；{kept} 天保留手動設定",
                "{scope}；將新增 {added} 筆、將更新 {updated} 筆、將移除 {removed} 筆、"
                "未變更 {unchanged} 筆；{kept} 天保留手動設定",
                kept,
            )
        elif self.dry_run:
            text = _(
                "{scope}；將新增 {added} 筆、將更新 {updated} 筆、將移除 {removed} 筆、"
                "未變更 {unchanged} 筆"
            )
        elif kept:
            text = ngettext(
                "{scope}；已新增 {added} 筆、已更新 {updated} 筆、已移除 {removed} 筆、"
                "未變更 {unchanged} 筆；{kept} 天保留手動設定",
                "{scope}；已新增 {added} 筆、已更新 {updated} 筆、已移除 {removed} 筆、"
                "未變更 {unchanged} 筆；{kept} 天保留手動設定",
                kept,
            )
        else:
            text = _(
                "{scope}；已新增 {added} 筆、已更新 {updated} 筆、已移除 {removed} 筆、"
                "未變更 {unchanged} 筆"
            )
        return text.format(**counts)


# --- import of the official CSV -----------------------------------------------------------


def import_official_csv(db: Database, path: Path, *, dry_run: bool = False) -> CalendarImportReport:
    """Import the government 辦公日曆表 (CSV, UTF-8 or Big5; .xlsx with the same columns too).

    All or nothing: every bad row is reported (sheet, row, column, message) and nothing is
    written unless the whole file is valid.
    """
    table = read_table(Path(path), COLUMNS)
    problems: list[Problem] = []
    days: dict[dt.date, tuple[bool, str | None]] = {}
    first_row: dict[dt.date, int] = {}
    for row in table.rows:

        def problem(column: str, message: str, number: int = row.number) -> None:
            problems.append(Problem(message, sheet=table.sheet, row=number, column=column))

        day = _read_day(row.get("西元日期"), problem)
        code_raw = row.get("是否放假")
        code = cell_text(code_raw) if code_raw is not None else ""
        if code not in _DAY_OFF_CODES:
            message = _("是否放假只能是 0（上班）或 2（放假），收到「{code}」")
            problem("是否放假", message.format(code=code))
        if day is None:
            continue
        weekday_raw = row.get("星期")
        if weekday_raw is not None:
            shown = cell_text(weekday_raw)
            # 「一」, 「星期一」 or 「週一」; anything else is not checked.
            wanted = _WEEKDAYS.get(shown.removeprefix("星期").removeprefix("週"))
            if wanted is not None and wanted != day.weekday():
                message = _("星期「{shown}」與日期 {date}（{weekday}）不符")
                weekday = _(_WEEKDAY_NAMES[day.weekday()])
                problem("星期", message.format(shown=shown, date=day.isoformat(), weekday=weekday))
        if day in first_row:
            message = _("日期 {date} 重複（與第 {row} 列）")
            problem("西元日期", message.format(date=day.isoformat(), row=first_row[day]))
            continue
        first_row[day] = row.number
        if code in _DAY_OFF_CODES:
            note = row.get("備註")
            days[day] = (_DAY_OFF_CODES[code], cell_text(note)[:NOTE_MAX] if note else None)
    if not problems and not days:
        problems.append(Problem(_("檔案中沒有任何日期資料"), sheet=table.sheet))
    if problems:
        raise InputRefused(problems)
    return _store_official(db, days, dry_run)


def _read_day(value: object, problem: Callable[[str, str], None]) -> dt.date | None:
    if value is None:
        problem("西元日期", required_text("西元日期"))
        return None
    text = cell_text(value)
    if text.isdigit() and len(text) == 8:  # the official form: 20240101
        try:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            problem("西元日期", _("西元日期「{text}」不是有效的日期").format(text=text))
            return None
    try:
        return parse_date(value)
    except ValueError:
        message = _("無法辨識的西元日期「{text}」，應為如 20240101 的 8 位數字")
        problem("西元日期", message.format(text=text))
        return None


def _store_official(
    db: Database, days: dict[dt.date, tuple[bool, str | None]], dry_run: bool
) -> CalendarImportReport:
    years = sorted({d.year for d in days})
    report = CalendarImportReport(dry_run=dry_run, years=years, days_in_file=len(days))
    package = WorkCalendar(years=years, source=cached_year)
    wanted = {
        day: (off, note or _default_note(day, off))
        for day, (off, note) in sorted(days.items())
        if off == package.package_is_working_day(day)  # differs from the package
    }
    with db.session() as session:
        existing = {
            row.day: row
            for row in session.scalars(
                select(CalendarOverride).where(extract("year", CalendarOverride.day).in_(years))
            )
        }
        for day, (off, note) in wanted.items():
            key = format_roc(day)
            row = existing.get(day)
            if row is None:
                report.added.append(key)
                if not dry_run:
                    session.add(
                        CalendarOverride(day=day, is_day_off=off, note=note, source=OFFICIAL)
                    )
            elif row.source != OFFICIAL:
                report.kept_manual.append(key)
            elif (row.is_day_off, row.note) == (off, note):
                report.unchanged.append(key)
            else:
                report.updated.append(key)
                report.changes[key] = ["是否放假"] if row.is_day_off != off else ["備註"]
                if not dry_run:
                    row.is_day_off, row.note = off, note
        for day, row in existing.items():
            if row.source == OFFICIAL and day not in wanted:
                report.removed.append(format_roc(day))
                if not dry_run:
                    session.delete(row)
    return report


def _default_note(day: dt.date, is_day_off: bool) -> str:
    if is_day_off:
        return "放假"
    return "補行上班" if day.weekday() >= 5 else "上班"


def run_import(db: Database, path: Path, request: ImportRequest) -> CalendarImportReport:
    """The catalogue's runner: the official CSV, with what it removes and the manual entries
    it leaves in force among the report's notes."""
    report = import_official_csv(db, path, dry_run=request.dry_run)
    report.notes.insert(0, report.scope())
    for key in report.removed:
        if request.dry_run:
            report.notes.append(_("將移除 {day}（新檔案中與內建日曆相同）").format(day=key))
        else:
            report.notes.append(_("已移除 {day}（新檔案中與內建日曆相同）").format(day=key))
    for key in report.kept_manual:
        report.notes.append(_("保留手動設定 {day}（與官方日曆不同）").format(day=key))
    return report

"""The office calendar and the hours-registration deadline (SPEC R11), and the agenda.

Working days come from three layers, the later winning: the ``holidays`` package's Taiwan
calendar, the official 辦公日曆表 (imported from the government CSV, ``source="official"``)
and manual entries such as typhoon closures (``source="manual"``). Only days whose status
differs from the package are stored, so the table stays small and shows exactly what the
package does not know.

Import rule: a file replaces the official rows of the years it covers (a row no longer in
the file's differences is removed), re-importing the same file changes nothing, and manual
entries are never touched by an import. The table holds one row per day, so setting a
manual entry on a day that had an official row replaces it; re-import the CSV to get the
official one back after removing the manual entry.
"""

from __future__ import annotations

import datetime as dt
import importlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exists, extract, select

from hrplanner.domain.rocdate import format_roc, parse_date, roc_year
from hrplanner.domain.workdays import DayOverride, WorkCalendar
from hrplanner.i18n import N_, _, ngettext
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, NotFound, Problem
from hrplanner.services.common.wording import names
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    cell_text,
    read_table,
    required_text,
)
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import CalendarOverride, Enrollment, TrainingClass

if TYPE_CHECKING:
    from hrplanner.services.hours.newhires import NewHireRow

OFFICIAL = "official"
MANUAL = "manual"
NOTE_MAX = 100  # CalendarOverride.note is String(100)

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


@dataclass(frozen=True)
class OverrideInfo:
    day: dt.date
    is_day_off: bool
    note: str | None
    source: str  # official / manual


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
    package = WorkCalendar(years=years)
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


# --- manual overrides and the calendar ----------------------------------------------------


def set_manual_override(
    db: Database, day: dt.date, is_day_off: bool, note: str | None = None
) -> OverrideInfo:
    """Declare a day off (typhoon closure) or a working day; replaces any entry for the day."""
    note = (note or "").strip() or None
    if note and len(note) > NOTE_MAX:
        message = _("{column}不可超過 {limit} 個字").format(column="備註", limit=NOTE_MAX)
        raise InputRefused([Problem(message, column="備註")])
    with db.session() as session:
        row = session.get(CalendarOverride, day)
        if row is None:
            session.add(CalendarOverride(day=day, is_day_off=is_day_off, note=note, source=MANUAL))
        else:
            row.is_day_off, row.note, row.source = is_day_off, note, MANUAL
    return OverrideInfo(day, is_day_off, note, MANUAL)


def remove_override(db: Database, day: dt.date) -> None:
    """Remove the entry for ``day`` (manual or official): the package decides again."""
    with db.session() as session:
        row = session.get(CalendarOverride, day)
        if row is None:
            raise NotFound(_("{date} 沒有自訂的辦公日設定").format(date=format_roc(day)))
        session.delete(row)


def list_overrides(db: Database, year: int | None = None) -> list[OverrideInfo]:
    """Stored entries (official and manual), by date; one Gregorian year or all."""
    query = select(CalendarOverride).order_by(CalendarOverride.day)
    if year is not None:
        query = query.where(extract("year", CalendarOverride.day) == year)
    with db.session() as session:
        return [OverrideInfo(r.day, r.is_day_off, r.note, r.source) for r in session.scalars(query)]


# Building the package's calendar for a range of years costs a good part of a second the
# first time; the stored entries are one small query. So calendars are kept by their
# entries: the same entries give back the same calendar, already filled, and any change
# (an import, a typhoon day) gives a new one. A few are kept for a shared server's
# officers editing entries at the same time.
_CALENDARS_KEPT = 4
_calendars: OrderedDict[tuple[tuple[dt.date, bool, str | None], ...], WorkCalendar] = OrderedDict()
_calendars_lock = threading.Lock()


def load_calendar(db: Database, years: Iterable[int] = ()) -> WorkCalendar:
    """The package calendar with every stored entry applied (one row per day: the manual
    entry, if any, is the one stored), filled for ``years`` (others fill when asked).

    Built once per set of stored entries and kept: calling again is one query."""
    entries = tuple((o.day, o.is_day_off, o.note) for o in list_overrides(db))
    with _calendars_lock:
        calendar = _calendars.get(entries)
        if calendar is None:
            overrides = {day: DayOverride(off, note) for day, off, note in entries}
            calendar = _calendars[entries] = WorkCalendar(overrides)
            while len(_calendars) > _CALENDARS_KEPT:
                _calendars.popitem(last=False)
        else:
            _calendars.move_to_end(entries)
    calendar.preload(years)
    return calendar


def registration_days(db: Database) -> int:
    from hrplanner.services.common import settings_service

    return int(settings_service.get(db, Setting.REGISTRATION_WORKING_DAYS))


def registration_due(db: Database, class_end: dt.date) -> dt.date:
    """R11: last day to register the hours of a class that ended on ``class_end``."""
    return load_calendar(db).due_date(class_end, registration_days(db))


# --- agenda -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaItem:
    due: dt.date
    kind: str  # e.g. 時數登錄, 平時考核, 新進人員訓練
    title: str
    detail: str
    overdue: bool
    ref: str | None = None  # e.g. the class code, for the window to open the record


AgendaProvider = Callable[[Database, dt.date], list[AgendaItem]]

# The kinds of agenda items; shown through ``_()`` where the agenda is listed.
REGISTRATION = N_("時數登錄")
NEW_HIRE_TRAINING = N_("新進人員訓練")

# Every area that has deadlines adds its provider here as "module:function"; imported only
# when the agenda is built, so that no module registers itself at import time.
AGENDA_PROVIDERS: tuple[str, ...] = (
    "hrplanner.services.calendar.office_calendar:registration_items",
    "hrplanner.services.calendar.office_calendar:new_hire_items",
    "hrplanner.services.appraisal.agenda:interim_items",
    "hrplanner.services.appraisal.agenda:year_end_items",
    "hrplanner.services.plans.agenda:kpi_items",
)
# New hires appear this many days before their initial-training due date, so that there is
# time to send them to a class.
NEW_HIRE_NOTICE_DAYS = 30


def agenda(
    db: Database, today: dt.date, providers: Sequence[AgendaProvider] | None = None
) -> list[AgendaItem]:
    """Everything due or overdue on ``today``, earliest due date first."""
    if providers is None:
        providers = [_resolve(name) for name in AGENDA_PROVIDERS]
    items = [item for provider in providers for item in provider(db, today)]
    return sorted(items, key=lambda i: (i.due, i.kind, i.title))


def _resolve(name: str) -> AgendaProvider:
    module, _, function = name.partition(":")
    provider: AgendaProvider = getattr(importlib.import_module(module), function)
    return provider


def registration_items(db: Database, today: dt.date) -> list[AgendaItem]:
    """Ended classes whose hours are not yet marked 已登錄, with their R11 due date.

    A class that was closed with nobody credited has nothing to register and is left out;
    a class that ended but is not closed yet is listed (the deadline runs from its end).
    """
    credited = exists().where(
        Enrollment.class_id == TrainingClass.id, Enrollment.credit_minutes > 0
    )
    query = (
        select(
            TrainingClass.code, TrainingClass.title, TrainingClass.end_date, TrainingClass.closed_on
        )
        .where(
            TrainingClass.end_date.is_not(None),
            TrainingClass.end_date <= today,
            TrainingClass.cancelled.is_(False),
            TrainingClass.registered_on.is_(None),
            TrainingClass.closed_on.is_(None) | credited,
        )
        .order_by(TrainingClass.end_date, TrainingClass.code)
    )
    with db.session() as session:
        classes = session.execute(query).all()
    if not classes:
        return []
    # The years from the oldest class listed to this one, filled at once (a deadline that
    # runs into next year fills it when asked).
    calendar = load_calendar(db, range(classes[0].end_date.year, today.year + 1))
    n = registration_days(db)
    items = []
    for code, title, end, closed_on in classes:
        assert end is not None  # filtered above
        due = calendar.due_date(end, n)
        late = calendar.working_days_between(due, today) if due < today else 0
        detail = _registration_detail(due < today, late, closed_on is not None).format(
            end=format_roc(end), due=format_roc(due), n=late
        )
        items.append(AgendaItem(due, REGISTRATION, f"{code} {title}", detail, due < today, code))
    return items


def _registration_detail(overdue: bool, late_days: int, closed: bool) -> str:
    """The detail of a class's registration deadline: placeholders end, due and n (working
    days overdue); one whole sentence for each state."""
    if not overdue and closed:
        return _("結訓日 {end}，應於 {due} 前登錄終身學習時數")
    if not overdue:
        return _("結訓日 {end}，應於 {due} 前登錄終身學習時數；尚未結訓結算")
    if not late_days and closed:
        return _("結訓日 {end}，應於 {due} 前登錄終身學習時數（已逾期）")
    if not late_days:
        return _("結訓日 {end}，應於 {due} 前登錄終身學習時數（已逾期）；尚未結訓結算")
    if closed:
        return ngettext(
            "結訓日 {end}，應於 {due} 前登錄終身學習時數（已逾期 {n} 個工作天）",
            "結訓日 {end}，應於 {due} 前登錄終身學習時數（已逾期 {n} 個工作天）",
            late_days,
        )
    return ngettext(
        "結訓日 {end}，應於 {due} 前登錄終身學習時數（已逾期 {n} 個工作天）；尚未結訓結算",
        "結訓日 {end}，應於 {due} 前登錄終身學習時數（已逾期 {n} 個工作天）；尚未結訓結算",
        late_days,
    )


def new_hire_pending(row: NewHireRow, today: dt.date) -> bool:
    """A new hire the agenda lists: not yet trained, due within the notice period or past."""
    return not row.trained and row.due <= today + dt.timedelta(days=NEW_HIRE_NOTICE_DAYS)


def new_hire_items(db: Database, today: dt.date) -> list[AgendaItem]:
    """R17: 公務人員 not yet through initial training whose due date (4 months after
    reporting) is past or within ``NEW_HIRE_NOTICE_DAYS``; the past ones are overdue.

    Built on ``newhires.new_hires_due`` for ``today``'s year: anyone due by ``today`` plus the
    notice period was hired this year or is an earlier, still untrained hire carried over.
    """
    from hrplanner.services.hours.newhires import new_hires_due

    items = []
    for row in new_hires_due(db, today.year, today):
        if not new_hire_pending(row, today):
            continue
        if row.overdue:
            late = (today - row.due).days
            detail = ngettext(
                "{unit}，到職日 {hired}，應於 {due} 前完成初任人員訓練（已逾期 {n} 天）",
                "{unit}，到職日 {hired}，應於 {due} 前完成初任人員訓練（已逾期 {n} 天）",
                late,
            )
        else:
            late, detail = 0, _("{unit}，到職日 {hired}，應於 {due} 前完成初任人員訓練")
        detail = detail.format(
            unit=row.unit, hired=format_roc(row.hire_date), due=format_roc(row.due), n=late
        )
        items.append(
            AgendaItem(
                row.due,
                NEW_HIRE_TRAINING,
                f"{row.employee_no} {row.name}",
                detail,
                row.overdue,
                row.employee_no,
            )
        )
    return items


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

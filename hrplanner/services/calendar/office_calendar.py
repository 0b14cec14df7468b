"""The office calendar and the hours-registration deadline (SPEC R11), and the agenda.

Working days come from three layers, the later winning: the ``holidays`` package's Taiwan
calendar, the official 辦公日曆表 (imported from the government CSV, ``source="official"``)
and manual entries such as typhoon closures (``source="manual"``). Only days whose status
differs from the package are stored, so the table stays small and shows exactly what the
package does not know. The official CSV is imported by ``official_import``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import exists, extract, select

from hrplanner.domain.rocdate import format_roc
from hrplanner.domain.workdays import DayOverride, WorkCalendar
from hrplanner.i18n import N_, _, ngettext
from hrplanner.services.calendar.holiday_cache import cached_year
from hrplanner.services.common.errors import InputRefused, NotFound, Problem
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import CalendarOverride, Enrollment, TrainingClass

if TYPE_CHECKING:
    from hrplanner.services.hours.newhires import NewHireRow

OFFICIAL = "official"
MANUAL = "manual"
NOTE_MAX = 100  # CalendarOverride.note is String(100)


@dataclass(frozen=True)
class OverrideInfo:
    day: dt.date
    is_day_off: bool
    note: str | None
    source: str  # official / manual


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
            calendar = _calendars[entries] = WorkCalendar(overrides, source=cached_year)
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

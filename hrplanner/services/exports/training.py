"""Training exports of SPEC §3.2: 學習時數統計 (annual hours), 班期名冊 (class roster) and
出席紀錄 (attendance matrix). Data comes from the services' queries; the workbook layout
(frozen header, widths, autofilter, formula-safe text, ROC dates) from the shared writer.
Hours are written as numbers (Decimal hours), never as text.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import case, select
from sqlalchemy.orm import Session, aliased

from hrplanner.domain.hours import format_hours, hours_decimal
from hrplanner.domain.rocdate import format_roc, roc_year_of
from hrplanner.domain.vocabulary import (
    ABSENT,
    CANCELLED,
    ENROLLED,
    LEAVE,
    PRESENT,
    WAITLISTED,
)
from hrplanner.i18n import _, ngettext
from hrplanner.reports.xlsx.writer import Column, SheetSpec, write_workbook
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import NotFound
from hrplanner.services.hours import ledger, ledger_stream
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Attendance,
    ClassSession,
    Employee,
    Enrollment,
    TrainingClass,
    Unit,
)

HOURS_SHEET = "學習時數統計"
RECORDS_SHEET = "學習紀錄明細"
ROSTER_SHEET = "班期名冊"
ATTENDANCE_SHEET = "出席紀錄"
HOURS_HEAD = ("員工編號", "姓名", "單位", "人員類別", "年度", "總時數")
HOURS_TAIL = ("達成", "尚缺時數")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # data rows of the main sheet


def _hours(minutes: int | None) -> Decimal | None:
    return None if minutes is None else hours_decimal(minutes)


def _dates_as_text(db: Database) -> bool:
    return bool(settings_service.get(db, Setting.EXPORT_DATES_AS_TEXT))


def _topics_text(by_topic: dict[str, int]) -> str:
    return "、".join(f"{t} {format_hours(m)}" for t, m in sorted(by_topic.items()))


def export_hours(
    db: Database, year: int, path: Path, flt: ledger.LedgerFilter | None = None
) -> ExportResult:
    """學習時數統計 of Gregorian ``year``: one row per in-scope person, then a sheet listing
    each person's credited records, in the same person order.

    Both sheets stream from their query into the workbook (constant memory at any size);
    only the ids of the people written are kept, for the records of a filtered export."""
    flt = flt or ledger.LedgerFilter()
    roc = roc_year_of(year)
    dates_as_text = _dates_as_text(db)
    with db.session() as session:
        rules = ledger.rule_sets_in_force(session, year)
        groups = ledger.group_names(rules)
        columns = [Column(h, "int" if h == "年度" else "text") for h in HOURS_HEAD[:5]]
        columns.append(Column("總時數", "decimal"))
        columns += [Column(g, "decimal") for g in groups]
        columns += [Column("達成", "bool"), Column("尚缺時數", "decimal")]
        written: set[int] = set()

        def ledger_rows() -> Iterator[Sequence[object]]:
            for person, ev in ledger.iter_evaluated(session, year, rules, flt):
                written.add(person.id)
                yield (
                    person.employee_no,
                    person.name,
                    person.unit,
                    person.category,
                    roc,
                    hours_decimal(ev.total),
                    *(_hours(ev.by_group.get(g)) for g in groups),
                    ev.met,
                    hours_decimal(ev.missing),
                )

        # Without an evaluated filter, everyone in scope is written: no need to look.
        everyone = not (flt.not_met_only or flt.over_120_only)

        def record_rows() -> Iterator[Sequence[object]]:
            for rec in ledger_stream.credit_lines(session, year, rules, flt.unit):
                if everyone or rec.employee_id in written:
                    yield (
                        rec.employee_no,
                        rec.name,
                        rec.unit,
                        rec.kind,
                        rec.code or None,
                        rec.title,
                        rec.end_date,
                        hours_decimal(rec.minutes),
                        _topics_text(rec.by_topic),
                        rec.mode,
                        rec.source,
                    )

        write_workbook(
            Path(path),
            [
                SheetSpec(HOURS_SHEET, columns, ledger_rows()),
                SheetSpec(RECORDS_SHEET, RECORD_COLUMNS, record_rows()),
            ],
            dates_as_text=dates_as_text,
        )
    return ExportResult(Path(path), len(written))


RECORD_COLUMNS = (
    Column("員工編號"),
    Column("姓名"),
    Column("單位"),
    Column("來源類型"),
    Column("班期代碼"),
    Column("課程名稱"),
    Column("結束日期", "date"),
    Column("學習時數", "decimal"),
    Column("學習類別"),
    Column("學習性質"),
    Column("主辦單位或來源"),
)


def _find_class(session: Session, code: str) -> TrainingClass:
    cls = session.scalar(select(TrainingClass).filter_by(code=code.strip()))
    if cls is None:
        raise NotFound(_("找不到班期代碼「{code}」").format(code=code))
    return cls


_STATUS_ORDER = case({ENROLLED: 0, WAITLISTED: 1, CANCELLED: 2}, value=Enrollment.status, else_=3)


def export_roster(db: Database, class_code: str, path: Path) -> ExportResult:
    """班期名冊: every enrollee (正取, then 備取, then 取消) with attendance counts, leave
    hours, credit and the reason for no credit. Credit is blank until the class is closed."""
    deputy = aliased(Employee)
    with db.session() as session:
        cls = _find_class(session, class_code)
        enrollees = session.execute(
            select(Enrollment, Employee, Unit.name, deputy.name)
            .join(Employee, Employee.id == Enrollment.employee_id)
            .join(Unit, Unit.id == Employee.unit_id)
            .outerjoin(deputy, deputy.id == Enrollment.deputy_id)
            .where(Enrollment.class_id == cls.id)
            .order_by(_STATUS_ORDER, Enrollment.registered_at, Employee.employee_no)
        ).all()
        counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for enr_id, status, leave in session.execute(
            select(Attendance.enrollment_id, Attendance.status, Attendance.leave_minutes)
            .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
            .where(Enrollment.class_id == cls.id)
        ):
            counts[enr_id][status] += 1
            counts[enr_id]["leave"] += leave
        closed = cls.closed_on is not None
        data = []
        for n, (enr, emp, unit, deputy_name) in enumerate(enrollees, start=1):
            c = counts.get(enr.id, {})
            enrolled = enr.status == ENROLLED
            data.append(
                (
                    n,
                    emp.employee_no,
                    emp.name,
                    unit,
                    emp.title,
                    enr.status,
                    c.get(PRESENT, 0) if enrolled else None,
                    c.get(LEAVE, 0) if enrolled else None,
                    _hours(c.get("leave", 0)) if enrolled else None,
                    c.get(ABSENT, 0) if enrolled else None,
                    _hours(enr.credit_minutes) if closed else None,
                    enr.credit_reason if closed else None,
                    enr.meal,
                    deputy_name,
                    enr.approved,
                    enr.note,
                )
            )
    columns = [
        Column("序號", "int"),
        Column("員工編號"),
        Column("姓名"),
        Column("單位"),
        Column("職稱"),
        Column("報名狀態"),
        Column("出席場次", "int"),
        Column("請假場次", "int"),
        Column("請假時數", "decimal"),
        Column("缺課場次", "int"),
        Column("學習時數", "decimal"),
        Column("不予登錄原因"),
        Column("用餐"),
        Column("職務代理人"),
        Column("主管同意", "bool"),
        Column("備註"),
    ]
    write_workbook(
        Path(path), [SheetSpec(ROSTER_SHEET, columns, data, len(data))], dates_as_text=True
    )
    return ExportResult(Path(path), len(data))


def session_header(session_no: int, day: dt.date) -> str:
    """Column name of one session in the attendance matrix, e.g. 第1場 109/03/05."""
    return f"第{session_no}場 {format_roc(day)}"


def export_attendance(db: Database, class_code: str, path: Path) -> ExportResult:
    """出席紀錄: enrolled (正取) people × sessions. A cell holds 出席 / 請假 / 缺課 (請假 for
    part of a session shows the hours, e.g. 請假 1.5), blank when not yet entered; totals
    of leave hours and absences close each row as numbers."""
    with db.session() as session:
        cls = _find_class(session, class_code)
        sessions = session.execute(
            select(
                ClassSession.id, ClassSession.session_no, ClassSession.date, ClassSession.minutes
            )
            .where(ClassSession.class_id == cls.id)
            .order_by(ClassSession.session_no)
        ).all()
        people = session.execute(
            select(Enrollment.id, Employee.employee_no, Employee.name, Unit.name)
            .join(Employee, Employee.id == Enrollment.employee_id)
            .join(Unit, Unit.id == Employee.unit_id)
            .where(Enrollment.class_id == cls.id, Enrollment.status == ENROLLED)
            .order_by(Unit.sort_order, Employee.employee_no)
        ).all()
        marks: dict[tuple[int, int], tuple[str, int]] = {}
        for enr_id, sess_id, status, leave in session.execute(
            select(
                Attendance.enrollment_id,
                Attendance.session_id,
                Attendance.status,
                Attendance.leave_minutes,
            )
            .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
            .where(Enrollment.class_id == cls.id)
        ):
            marks[(enr_id, sess_id)] = (status, leave)
    session_minutes = {s.id: s.minutes for s in sessions}
    data = []
    for enr_id, emp_no, name, unit in people:
        cells: list[object] = []
        leave_total = 0
        absent = 0
        for s in sessions:
            mark = marks.get((enr_id, s.id))
            if mark is None:
                cells.append(None)
                continue
            status, leave = mark
            leave_total += leave
            absent += status == ABSENT
            if status == LEAVE and leave < session_minutes[s.id]:
                cells.append(f"{LEAVE} {format_hours(leave)}")  # a cell (data): 請假 1.5
            else:
                cells.append(status)
        data.append((emp_no, name, unit, *cells, hours_decimal(leave_total), absent))
    columns = [Column("員工編號"), Column("姓名"), Column("單位")]
    columns += [Column(session_header(s.session_no, s.date)) for s in sessions]
    columns += [Column("請假時數", "decimal"), Column("缺課場次", "int")]
    write_workbook(
        Path(path), [SheetSpec(ATTENDANCE_SHEET, columns, data, len(data))], dates_as_text=True
    )
    return ExportResult(Path(path), len(data))


# --- the catalogue's runners (services.catalogue) -----------------------------------------


def run_hours(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """學習時數統計 of the request's year; options ``unit``, ``not_met``, ``over_120``."""
    assert request.year is not None
    options = request.options
    flt = ledger.LedgerFilter(
        unit=options.get("unit"),
        not_met_only=bool(options.get("not_met")),
        over_120_only=bool(options.get("over_120")),
    )
    result = export_hours(db, request.year, path, flt)
    return Done(
        ngettext(
            "已匯出 {year} 年度學習時數統計（{n} 人）",
            "已匯出 {year} 年度學習時數統計（{n} 人）",
            result.rows,
        ).format(year=roc_year_of(request.year), n=result.rows)
    )


def run_roster(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    assert request.class_code is not None
    result = export_roster(db, request.class_code, path)
    return Done(
        ngettext(
            "已匯出班期 {code} 名冊（{n} 人）", "已匯出班期 {code} 名冊（{n} 人）", result.rows
        ).format(code=request.class_code, n=result.rows)
    )


def run_attendance(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    assert request.class_code is not None
    result = export_attendance(db, request.class_code, path)
    return Done(
        ngettext(
            "已匯出班期 {code} 出席紀錄（{n} 人）",
            "已匯出班期 {code} 出席紀錄（{n} 人）",
            result.rows,
        ).format(code=request.class_code, n=result.rows)
    )

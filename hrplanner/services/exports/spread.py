"""訓練分布 (SPEC R16, §3.2): is training spread over the staff or concentrated on a few?

Per year and unit: the staff, the people trained (any credited hours in the year), the people
with zero hours, the total hours and the share of all hours earned by the top 10 % of people
(the ⌈10 %⌉ people with the most hours, at least one). A last row covers the whole agency.
And the people with no 業務相關 (job-related) training in the last five years (the year and
the four before it): a priority group for training.

Staff are the active (在職) people who had joined by the end of the year (all categories);
hours are counted like the annual ledger (``hours.credit_aggregate_query``): closed classes
ending in the year and external records of the year.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from sqlalchemy import Subquery, func, or_, select, union_all
from sqlalchemy.orm import Session

from hrplanner.domain.hours import hours_decimal
from hrplanner.domain.rocdate import roc_year_of
from hrplanner.domain.vocabulary import ACTIVE, ENROLLED, JOB_RELATED
from hrplanner.i18n import _
from hrplanner.reports.xlsx.writer import (
    CancelledFn,
    Column,
    ProgressFn,
    SheetSpec,
    write_workbook,
)
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.common import settings_service
from hrplanner.services.hours.ledger import credit_aggregate_query
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    CreditByTopic,
    Employee,
    Enrollment,
    ExternalRecord,
    LearningTopic,
    StaffCategory,
    TrainingClass,
    Unit,
)

JOB_TOPIC = JOB_RELATED
JOB_YEARS = 5
TOP_SHARE = Fraction(1, 10)
ALL_UNITS = "全機關"  # the last row's 單位 cell (data)
SPREAD_SHEET = "訓練分布"
UNTRAINED_SHEET = "五年未受業務相關訓練"
SPREAD_HEADERS = (
    "年度",
    "單位",
    "人數",
    "受訓人數",
    "零時數人數",
    "總時數",
    "前10%人員時數占比(%)",
)
UNTRAINED_HEADERS = (
    "員工編號",
    "姓名",
    "單位",
    "職稱",
    "人員類別",
    "到職日期",
    "最近一次業務相關訓練",
)


@dataclass(frozen=True)
class UnitSpread:
    unit: str
    staff: int
    trained: int
    zero: int
    minutes: int
    top_share: Fraction | None  # None when nobody has hours

    @property
    def top_percent(self) -> Decimal | None:
        if self.top_share is None:
            return None
        value = Decimal(self.top_share.numerator * 100) / Decimal(self.top_share.denominator)
        return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class UntrainedPerson:
    employee_no: str
    name: str
    unit: str
    title: str | None
    category: str
    hire_date: dt.date | None
    last_job_training: dt.date | None  # before the five-year window, if ever


@dataclass(frozen=True)
class SpreadReport:
    year: int
    units: list[UnitSpread]  # by unit order, then the whole agency last
    untrained: list[UntrainedPerson]


def top_share(minutes: Sequence[int], share: Fraction = TOP_SHARE) -> Fraction | None:
    """The share of all hours earned by the top ``share`` of people (⌈n × share⌉, at least
    one); None when nobody has hours. Exact (Fraction)."""
    total = sum(minutes)
    if not minutes or total <= 0:
        return None
    count = max(1, -(-len(minutes) * share.numerator // share.denominator))
    return Fraction(sum(sorted(minutes, reverse=True)[:count]), total)


def _spread(unit: str, minutes: Sequence[int]) -> UnitSpread:
    trained = sum(1 for m in minutes if m > 0)
    return UnitSpread(
        unit, len(minutes), trained, len(minutes) - trained, sum(minutes), top_share(minutes)
    )


def build(db: Database, year: int) -> SpreadReport:
    last = dt.date(year, 12, 31)
    sums = credit_aggregate_query(year).subquery()
    per_person = (
        select(sums.c.employee_id, func.sum(sums.c[2]).label("minutes"))
        .group_by(sums.c.employee_id)
        .subquery()
    )
    with db.session() as s:
        staff = s.execute(
            select(Employee.id, Unit.name, func.coalesce(per_person.c.minutes, 0))
            .join(Unit, Unit.id == Employee.unit_id)
            .outerjoin(per_person, per_person.c.employee_id == Employee.id)
            .where(
                Employee.status == ACTIVE,
                or_(Employee.hire_date.is_(None), Employee.hire_date <= last),
            )
            .order_by(Unit.sort_order, Unit.name, Employee.employee_no)
        ).all()
        untrained = _untrained(s, year)
    by_unit: dict[str, list[int]] = defaultdict(list)
    everyone: list[int] = []
    for _employee, unit, minutes in staff:
        by_unit[unit].append(int(minutes))
        everyone.append(int(minutes))
    units = [_spread(unit, minutes) for unit, minutes in by_unit.items()]
    units.append(_spread(ALL_UNITS, everyone))
    return SpreadReport(year, units, untrained)


def _job_training(first: dt.date | None, last: dt.date) -> Subquery:
    """(employee_id, end date) of job-related learning ending in [first, last]."""
    classes = (
        select(Enrollment.employee_id.label("employee_id"), TrainingClass.end_date.label("day"))
        .join(CreditByTopic, CreditByTopic.enrollment_id == Enrollment.id)
        .join(LearningTopic, LearningTopic.id == CreditByTopic.topic_id)
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .where(
            LearningTopic.name == JOB_TOPIC,
            CreditByTopic.minutes > 0,
            Enrollment.status == ENROLLED,
            TrainingClass.closed_on.is_not(None),
            TrainingClass.cancelled.is_(False),
            TrainingClass.end_date <= last,
        )
    )
    external = (
        select(
            ExternalRecord.employee_id.label("employee_id"), ExternalRecord.end_date.label("day")
        )
        .join(LearningTopic, LearningTopic.id == ExternalRecord.topic_id)
        .where(
            LearningTopic.name == JOB_TOPIC,
            ExternalRecord.minutes > 0,
            ExternalRecord.end_date <= last,
        )
    )
    if first is not None:
        classes = classes.where(TrainingClass.end_date >= first)
        external = external.where(ExternalRecord.end_date >= first)
    return union_all(classes, external).subquery()


def _untrained(s: Session, year: int) -> list[UntrainedPerson]:
    first, last = dt.date(year - JOB_YEARS + 1, 1, 1), dt.date(year, 12, 31)
    recent = _job_training(first, last)
    ever = _job_training(None, last)
    latest = (
        select(ever.c.employee_id, func.max(ever.c.day).label("day"))
        .group_by(ever.c.employee_id)
        .subquery()
    )
    rows = s.execute(
        select(
            Employee.employee_no,
            Employee.name,
            Unit.name,
            Employee.title,
            StaffCategory.name,
            Employee.hire_date,
            latest.c.day,
        )
        .join(Unit, Unit.id == Employee.unit_id)
        .join(StaffCategory, StaffCategory.id == Employee.category_id)
        .outerjoin(latest, latest.c.employee_id == Employee.id)
        .where(
            Employee.status == ACTIVE,
            or_(Employee.hire_date.is_(None), Employee.hire_date <= last),
            Employee.id.not_in(select(recent.c.employee_id)),
        )
        .order_by(Unit.sort_order, Unit.name, Employee.employee_no)
    ).all()
    return [UntrainedPerson(*r) for r in rows]


def export_spread(
    db: Database,
    year: int,
    path: Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> SpreadReport:
    """訓練分布 workbook: the per-unit sheet and the five-year job-related list."""
    report = build(db, year)
    roc = roc_year_of(year)
    columns = [
        Column("年度", "int"),
        Column("單位"),
        Column("人數", "int"),
        Column("受訓人數", "int"),
        Column("零時數人數", "int"),
        Column("總時數", "decimal"),
        Column("前10%人員時數占比(%)", "decimal"),
    ]

    def unit_rows() -> Iterator[Sequence[object]]:
        for u in report.units:
            yield (roc, u.unit, u.staff, u.trained, u.zero, hours_decimal(u.minutes), u.top_percent)

    people_columns = [
        Column("員工編號"),
        Column("姓名"),
        Column("單位"),
        Column("職稱"),
        Column("人員類別"),
        Column("到職日期", "date"),
        Column("最近一次業務相關訓練", "date"),
    ]

    def people_rows() -> Iterator[Sequence[object]]:
        for p in report.untrained:
            yield (
                p.employee_no,
                p.name,
                p.unit,
                p.title,
                p.category,
                p.hire_date,
                p.last_job_training,
            )

    dates_as_text = bool(settings_service.get(db, Setting.EXPORT_DATES_AS_TEXT))
    write_workbook(
        Path(path),
        [
            SheetSpec(SPREAD_SHEET, columns, unit_rows(), len(report.units)),
            SheetSpec(UNTRAINED_SHEET, people_columns, people_rows(), len(report.untrained)),
        ],
        dates_as_text=dates_as_text,
        progress=progress,
        cancelled=cancelled,
    )
    return report


def run_export(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """The catalogue's runner: 訓練分布 of the request's year."""
    assert request.year is not None
    report = export_spread(
        db, request.year, path, progress=hooks.progress, cancelled=hooks.cancelled
    )
    # Two counts: the English names each count instead of choosing a plural for it.
    return Done(
        _("已匯出 {year} 年度訓練分布（{units} 個單位，五年未受業務相關訓練 {n} 人）").format(
            year=roc_year_of(request.year), units=len(report.units) - 1, n=len(report.untrained)
        )
    )

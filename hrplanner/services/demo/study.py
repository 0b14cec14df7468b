"""The demo agency's study programmes (R12), one of ``agency.GENERATORS``: each year of the
demo a few civil servants study part-time in office hours or full-time, approved within the
year's places (one tenth of the budgeted headcount), and a few more study in their own time
(公餘進修, no limit). The current year is at the quota, so the study page shows the places
full and a further approval refused; one application of this year still awaits approval.

Every record passes the rules it would meet in the window (``domain.study``): the weekly
schedule within eight office hours, an approval only when the places allow it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain import study as rules
from hrplanner.i18n import N_, _
from hrplanner.services.common import settings_service
from hrplanner.services.demo import agency
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StaffCategory, StudyRecord, StudyWeekday

YEARS = {"small": 2, "large": 10}
PROGRAMMES = (
    ("國立清華大學", "公共政策與管理研究所", "碩士在職專班"),
    ("國立陽明交通大學", "管理科學系", "碩士在職專班"),
    ("國立政治大學", "行政管理碩士學程", "碩士"),
    ("國立臺北大學", "公共行政暨政策學系", "碩士在職專班"),
    ("中華大學", "資訊管理學系", "學分班"),
    ("元智大學", "社會暨政策科學學系", "碩士在職專班"),
    ("國立中央大學", "人力資源管理研究所", "碩士在職專班"),
)
OFF_HOURS = (
    ("國立空中大學", "公共行政學系", "學士"),
    ("玄奘大學", "法律學系", "學士進修學士班"),
    ("國立臺灣師範大學", "英語學系", "學分班"),
)
# Weekday → minutes of a part-time week; at most eight office hours.
SCHEDULES: tuple[dict[int, int], ...] = (
    {1: 240, 3: 240},
    {4: 480},
    {0: 180, 2: 180},
    {1: 120, 3: 120, 4: 120},
)


def _people(session: Session) -> list[tuple[int, str]]:
    return list(
        session.execute(
            select(Employee.id, Employee.name)
            .join(StaffCategory, StaffCategory.id == Employee.category_id)
            .where(StaffCategory.name == "公務人員", Employee.status == "在職")
            .order_by(Employee.id)
        ).all()
    )


def _record(
    rng: random.Random, person: tuple[int, str], kind: str, start: dt.date, approved: bool
) -> rules.StudyRecord:
    # A semester or a school year; degree programmes in office hours run two school years.
    months = rng.choice((10, 22)) if kind != rules.OFF_HOURS else rng.choice((4, 10))
    after = start.month + months  # the month after the last one, counted from January = 1
    end = dt.date(start.year + (after - 1) // 12, (after - 1) % 12 + 1, 1) - dt.timedelta(days=1)
    weekly = rules.weekly_schedule(rng.choice(SCHEDULES)) if kind == rules.PART_TIME else None
    approved_on = start - dt.timedelta(days=rng.randint(20, 60)) if approved else None
    return rules.StudyRecord(person[0], person[1], kind, start, end, approved_on, weekly, True)


def generate_study(
    db: Database,
    size: str,
    rng: random.Random,
    progress: agency.Progress | None = None,
    today: dt.date | None = None,
) -> Mapping[str, int]:
    """Add the study records of the demo of ``size`` (see the module docstring)."""
    today = today or dt.date.today()
    headcount = int(settings_service.get(db, Setting.BUDGETED_HEADCOUNT))
    quota = rules.study_quota(headcount)
    made: list[rules.StudyRecord] = []
    with db.session() as session:
        people = _people(session)
        if not people:
            return {}
        rng.shuffle(people)
        free = list(people)
        first = today.year - YEARS[size] + 1
        for index, year in enumerate(range(first, today.year + 1)):
            if progress:
                progress(
                    100 * index // YEARS[size],
                    _("建立 {year} 年度進修紀錄").format(year=year - 1911),
                )
            wanted = quota if year == today.year else min(quota, rng.randint(1, 3))
            tries = 0
            while free and tries < 4 * wanted + 20:
                if rules.quota_usage(made, year, headcount).used >= wanted:
                    break
                tries += 1
                kind = rules.PART_TIME if rng.random() < 0.7 else rules.FULL_TIME
                month = rng.choice((2, 9)) if year < today.year else 2
                candidate = _record(rng, free[-1], kind, dt.date(year, month, 1), approved=True)
                if rules.check_approval(candidate, made, headcount).fits:
                    made.append(candidate)
                    free.pop()
            for _n in range(rng.randint(1, 3)):  # 公餘進修: no limit
                if free:
                    made.append(
                        _record(rng, free.pop(), rules.OFF_HOURS, dt.date(year, 9, 1), True)
                    )
        if free:  # this year's application still on the head's desk
            made.append(_record(rng, free.pop(), rules.PART_TIME, dt.date(today.year, 9, 1), False))
        for record in made:
            row = StudyRecord(
                employee_id=record.person_id, kind=record.kind, start_date=record.start,
                end_date=record.end, job_related=record.job_related, approved_on=record.approved_on,
            )  # fmt: skip
            school, programme, degree = rng.choice(
                OFF_HOURS if record.kind == rules.OFF_HOURS else PROGRAMMES
            )
            row.school, row.programme, row.degree = school, programme, degree
            if record.weekly is not None:
                row.weekdays = [
                    StudyWeekday(weekday=d, minutes=m)
                    for d, m in record.weekly.by_weekday().items()
                ]
            session.add(row)
    if progress:
        progress(100, _("進修紀錄完成"))
    return {N_("進修紀錄"): len(made)}

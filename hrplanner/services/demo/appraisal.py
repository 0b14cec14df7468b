"""The demo agency's appraisals, one of ``agency.GENERATORS``: ten years of them.

Each year is opened by the real service (``appraisal.cycle.open_year``: scope, kinds with
the 另予 of mid-year hires, interim records per period), then filled in bulk: 獎懲 and leave
summaries; interim records, most on time and some late (and, this year, a few still 未填
past their due date); year-end scores with a believable 甲 share — about two thirds to
three quarters, with 簡任 above the 75% limit in some years — the committee's meeting and
members, everything 已核定 for past years and about half rated this December. People who
have left or retired get a leaving date, and one person gets a 丁 with its ground (怠忽職守,
考績法 §6 III ③) and leaves the next February. Teachers (a few in the agency, most of the
staff of the school variant, ``demo --school``) get their 成績考核 by school year.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Mapping
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from hrplanner.domain.appraisal.leave import LeaveSummary
from hrplanner.domain.appraisal.rewards import RewardEntry, tally
from hrplanner.domain.appraisal.score import appraisal_score
from hrplanner.domain.appraisal.teachers import TEACHER_CATEGORY, school_year_span
from hrplanner.domain.appraisal.vocabulary import Grade, RewardKind
from hrplanner.services.appraisal import cycle
from hrplanner.services.appraisal.teachers import open_school_year
from hrplanner.services.demo import agency
from hrplanner.services.demo import appraisal_rows as pick
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Appraisal,
    AppraisalCycle,
    CommitteeMember,
    Employee,
    InterimPeriodRow,
    InterimRecordRow,
    LeaveSummaryRow,
    RewardRecord,
    StaffCategory,
    TeacherAppraisal,
)
from hrplanner.storage.models.appraisal import MILLI, SCHEME_CIVIL, SCHEME_TEACHER

YEARS = 10
# 甲 share aimed at per 官等; 簡任 goes above the 75% limit in every third year.
A_SHARES = {"簡任": 0.72, "薦任": 0.70, "委任": 0.64}
OVER_SHARE = 0.86
LATE_SHARE = 0.12
STILL_OPEN_SHARE = 0.06
_BATCH = 1000


def generate_appraisals(
    db: Database,
    size: str,
    rng: random.Random,
    progress: agency.Progress | None = None,
    today: dt.date | None = None,
) -> Mapping[str, int]:
    """Ten years of appraisals for the demo of ``size`` (see the module docstring)."""
    today = today or dt.date.today()
    first = today.year - YEARS + 1
    d_year = today.year - 3
    with db.session() as session:
        d_person = _leaving_dates(session, rng, today, first, d_year)
    counts = {"考績": 0, "平時考核紀錄": 0, "獎懲": 0, "差勤統計": 0, "教師成績考核": 0}
    seq = [0]
    for index, year in enumerate(range(first, today.year + 1)):
        if progress:
            progress(100 * index // YEARS, f"考績 {year - 1911} 年度")
        opened = min(today, dt.date(year, 1, 5))
        cycle.open_year(db, year, today=opened, teachers=False)
        with db.session() as session:
            counts["獎懲"] += _rewards(session, rng, year, today, seq)
            leaves = _leave(session, rng, year, today)
            counts["差勤統計"] += len(leaves)
            counts["平時考核紀錄"] += _interim(session, rng, year, today)
            counts["考績"] += _year_end(session, rng, year, today, leaves, d_person, d_year)
        if year < today.year or today.month == 12:
            _committee(db, rng, year)
    counts["教師成績考核"] = _teachers(db, rng, first, today)
    if progress:
        progress(100, "考績完成")
    return counts


def _leaving_dates(
    session: Session, rng: random.Random, today: dt.date, first: int, d_year: int
) -> int | None:
    """Leaving dates for the demo's 離職 and 退休 (within the ten years), and the one person
    whose 丁 leads to dismissal the following February. Returns that person's id."""
    rows = session.execute(
        select(Employee.id, Employee.status, Employee.hire_date, Employee.rank_group_id).order_by(
            Employee.id
        )
    ).all()
    updates = []
    for emp_id, status, hired, _rank in rows:
        if status not in ("離職", "退休"):
            continue
        earliest = max(hired or dt.date(first, 1, 1), dt.date(first, 1, 1))
        days = rng.randrange(max(1, (today - earliest).days))
        updates.append({"id": emp_id, "leave_date": earliest + dt.timedelta(days=days)})
    _bulk_update(session, Employee, updates)
    candidates = [
        emp_id
        for emp_id, status, hired, rank in rows
        if status == "在職" and rank is not None and hired is not None and hired.year < first
    ]
    if not candidates:
        return None
    chosen = rng.choice(candidates)
    session.execute(
        update(Employee)
        .where(Employee.id == chosen)
        .values(status="離職", leave_date=dt.date(d_year + 1, 2, 28))
    )
    return chosen


def _bulk_update(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """UPDATE … WHERE id = … for many rows at once, through Core: the ORM's bulk update
    insists on the version column, which a generator writing history has no use for."""
    table = model.__table__
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_keys.setdefault(tuple(sorted(k for k in row if k != "id")), []).append(row)
    connection = session.connection()
    for keys, group in by_keys.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({k: bindparam(f"v_{k}") for k in keys})
        )
        params = [{"row_id": r["id"], **{f"v_{k}": r[k] for k in keys}} for r in group]
        for start in range(0, len(params), _BATCH):
            connection.execute(statement, params[start : start + _BATCH])


def _year_people(session: Session, year: int) -> list[Any]:
    return list(
        session.execute(
            select(Appraisal.id, Appraisal.employee_id, Appraisal.kind, Appraisal.rank_group)
            .where(Appraisal.year == year)
            .order_by(Appraisal.id)
        )
    )


def _rewards(
    session: Session, rng: random.Random, year: int, today: dt.date, seq: list[int]
) -> int:
    last = min(dt.date(year, 12, 31), today - dt.timedelta(days=1))
    first = dt.date(year, 1, 1)
    if last < first:
        return 0
    rows = []
    for _id, employee_id, _kind, _rank in _year_people(session, year):
        for draw in pick.rewards_for(rng, first, last):
            seq[0] += 1
            rows.append(
                {
                    "employee_id": employee_id,
                    "date": draw.day,
                    "kind": draw.kind,
                    "count": draw.count,
                    "reason": draw.reason,
                    "doc_no": f"{draw.day.year - 1911}府人考字第{seq[0]:07d}號",
                    "version": 1,
                }
            )
    for start in range(0, len(rows), _BATCH):
        session.execute(insert(RewardRecord), rows[start : start + _BATCH])
    return len(rows)


def _leave(
    session: Session, rng: random.Random, year: int, today: dt.date
) -> dict[int, LeaveSummary]:
    share = 1.0 if year < today.year else max(0.0, (today.timetuple().tm_yday - 1) / 365)
    found: dict[int, LeaveSummary] = {}
    rows = []
    for _id, employee_id, _kind, _rank in _year_people(session, year):
        summary = pick.leave_for(rng, share)
        found[employee_id] = summary
        rows.append(
            {
                "employee_id": employee_id,
                "year": year,
                "sick_personal_milli": int(summary.sick_personal_days * MILLI),
                "absent_milli": int(summary.absent_days * MILLI),
                "late_count": summary.late_count,
                "version": 1,
            }
        )
    for start in range(0, len(rows), _BATCH):
        session.execute(insert(LeaveSummaryRow), rows[start : start + _BATCH])
    return found


def _interim(session: Session, rng: random.Random, year: int, today: dt.date) -> int:
    periods = list(session.scalars(select(InterimPeriodRow).filter_by(year=year)))
    updates = []
    total = 0
    for period in periods:
        records = session.execute(
            select(InterimRecordRow.id, InterimRecordRow.supervisor).where(
                InterimRecordRow.period_id == period.id
            )
        ).all()
        total += len(records)
        past = period.due < today
        for record_id, supervisor in records:
            if past and year == today.year and rng.random() < STILL_OPEN_SHARE:
                continue  # still 未填 after the due date: the agenda chases it
            if not past and rng.random() < 0.6:
                continue
            late = rng.random() < LATE_SHARE
            filled = period.due + dt.timedelta(
                days=rng.randint(1, 25) if late else -rng.randint(0, 20)
            )
            filled = min(filled, today - dt.timedelta(days=1))
            quality = rng.random()
            items = ["工作知能", "創新研究", "服務態度", "品德操守"] + (
                ["領導協調"] if supervisor else []
            )
            levels = {name: pick.level(rng, quality) for name in items}
            confirmed = past and rng.random() < 0.9
            updates.append(
                {
                    "id": record_id,
                    "status": "已核" if confirmed else "已填",
                    "levels_json": _json(levels),
                    "facts": rng.choice(pick.FACTS),
                    "filled_on": filled,
                    "confirmed_on": filled + dt.timedelta(days=rng.randint(1, 10))
                    if confirmed
                    else None,
                }
            )
    _bulk_update(session, InterimRecordRow, updates)
    return total


def _json(levels: dict[str, str]) -> str:
    return json.dumps(levels, ensure_ascii=False)


def _nets(session: Session, year: int) -> dict[int, int]:
    found: dict[int, list[RewardEntry]] = {}
    for employee_id, kind, count in session.execute(
        select(RewardRecord.employee_id, RewardRecord.kind, RewardRecord.count).where(
            RewardRecord.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
        )
    ):
        found.setdefault(employee_id, []).append(RewardEntry(RewardKind(kind), count))
    return {employee_id: tally(entries).net for employee_id, entries in found.items()}


def _year_end(
    session: Session,
    rng: random.Random,
    year: int,
    today: dt.date,
    leaves: dict[int, LeaveSummary],
    d_person: int | None,
    d_year: int,
) -> int:
    past = year < today.year
    if not past and today.month < 12:
        return 0
    nets = _nets(session, year)
    shares = dict(A_SHARES)
    if year % 3 == 0:
        shares["簡任"] = OVER_SHARE
    meeting = dt.date(year + 1, 1, 10)
    updates = []
    for appraisal_id, employee_id, kind, rank in _year_people(session, year):
        if kind is None:
            continue
        if not past and rng.random() < 0.5:
            continue  # this December: about half rated so far
        net = nets.get(employee_id, 0)
        wanted = pick.target_grade(rng, shares.get(rank or "", 0.6))
        grade = pick.bounded_grade(wanted, net, leaves.get(employee_id))
        values: dict[str, Any] = {"id": appraisal_id, "net_points": net}
        if employee_id == d_person and year == d_year:
            grade = Grade.D
            values.update(d_ground="6-3-3", facts=pick.D_FACTS)
        item = pick.item_for(rng, grade, net)
        if rng.random() < 0.4:
            work, conduct, knowledge, ability = pick.split(item)
            values.update(work=work, conduct=conduct, knowledge=knowledge, ability=ability)
        values["item_score"] = item
        result = appraisal_score(item, net)
        rated = dt.date(year, 12, rng.randint(1, min(28, today.day if not past else 28)))
        values.update(score=result.score, grade=result.grade.value, rated_on=rated)
        if past:
            values.update(
                status="已核定",
                first_review_on=meeting,
                head_review_on=meeting + dt.timedelta(days=5),
                approved_on=meeting + dt.timedelta(days=10),
            )
        else:
            values["status"] = "已評擬"
        updates.append(values)
    _bulk_update(session, Appraisal, updates)
    return len(updates)


def _committee(db: Database, rng: random.Random, year: int) -> None:
    with db.session() as session:
        heads = session.execute(
            select(Employee.id, Employee.name)
            .where(Employee.is_supervisor.is_(True))
            .order_by(Employee.employee_no)
            .limit(7)
        ).all()
        cycle_id = session.scalar(
            select(AppraisalCycle.id).filter_by(scheme=SCHEME_CIVIL, year=year)
        )
        if cycle_id is None:
            return
        session.execute(
            update(AppraisalCycle)
            .where(AppraisalCycle.id == cycle_id)
            .values(meeting_date=dt.date(year + 1, 1, 10))
        )
        roles = ["主任委員"] + ["委員"] * (len(heads) - 1)
        members = [
            {
                "cycle_id": cycle_id,
                "name": name,
                "role": role,
                "employee_id": emp_id,
                "sort_order": order,
            }
            for order, ((emp_id, name), role) in enumerate(zip(heads, roles, strict=True))
        ]
        if members:
            session.execute(insert(CommitteeMember), members)


def _teachers(db: Database, rng: random.Random, first: int, today: dt.date) -> int:
    with db.session() as session:
        has = session.scalar(
            select(Employee.id)
            .join(StaffCategory, StaffCategory.id == Employee.category_id)
            .where(StaffCategory.name == TEACHER_CATEGORY)
            .limit(1)
        )
    if has is None:
        return 0
    total = 0
    for school_year in range(first - 1, today.year):
        open_school_year(db, school_year, today=school_year_span(school_year)[0])
        _start, end = school_year_span(school_year)
        if end >= today:
            continue
        meeting = end - dt.timedelta(days=21)
        with db.session() as session:
            session.execute(
                update(AppraisalCycle)
                .where(AppraisalCycle.scheme == SCHEME_TEACHER, AppraisalCycle.year == school_year)
                .values(meeting_date=meeting)
            )
            ids = list(
                session.scalars(select(TeacherAppraisal.id).filter_by(school_year=school_year))
            )
            rows = []
            for teacher_id in ids:
                roll = rng.random()
                outcome = "4-1-1" if roll < 0.85 else ("4-1-2" if roll < 0.97 else "4-1-3")
                rows.append(
                    {
                        "id": teacher_id,
                        "outcome": outcome,
                        "facts": rng.choice(pick.FACTS),
                        "status": "已核定",
                        "rated_on": meeting - dt.timedelta(days=14),
                        "first_review_on": meeting,
                        "head_review_on": meeting + dt.timedelta(days=3),
                        "approved_on": meeting + dt.timedelta(days=7),
                    }
                )
            _bulk_update(session, TeacherAppraisal, rows)
            total += len(rows)
    return total

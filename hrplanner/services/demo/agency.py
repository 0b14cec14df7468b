"""The demo agency (``hrplanner demo``): fills an empty database with realistic sample data.

``small`` is ~60 staff in 8 units, for trying the program; ``large`` is 5,000 staff in 60
units, for measuring speed (SPEC §5). The same seed gives the same data. This module makes
the staff; the other areas' generators (training history, appraisals, …), declared in
``GENERATORS``, run afterwards, each with its own seeded random source and a slice of the
progress bar.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select

from hrplanner.domain.vocabulary import (
    ACTIVE,
    CIVIL_SERVANT,
    FEMALE,
    JUNIOR,
    LEFT,
    MALE,
    RETIRED,
    SENIOR,
)
from hrplanner.i18n import _
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.demo import names as pools
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, RankGroup, StaffCategory, Unit

Progress = Callable[[int, str], None]
# (db, size, rng, progress) → counts to add to the summary, e.g. {"訓練班期": 3000}
ExtraGenerator = Callable[[Database, str, random.Random, Progress | None], Mapping[str, int] | None]

# Each area's generator as "module:function", run in this order after the staff; the
# window and the command line get the same demo.
GENERATORS: tuple[str, ...] = (
    "hrplanner.services.demo.training:generate_training",
    "hrplanner.services.demo.appraisal:generate_appraisals",
    "hrplanner.services.demo.study:generate_study",
    # After the training history: forms are for classes already closed.
    "hrplanner.services.demo.survey:generate_survey",
    "hrplanner.services.demo.plans:generate_plans",
    # Last, so that the generators before keep their random sources.
    "hrplanner.services.demo.certificates:generate_certificates",
)

SIZES: dict[str, tuple[int, int]] = {"small": (60, 8), "large": (5000, 60)}  # staff, units
EMAIL_DOMAIN = "demo.gov.tw"
_BATCH = 1000


@dataclass
class DemoSummary:
    size: str
    seed: int
    units: int
    employees: int
    extra: dict[str, int] = field(default_factory=dict)


def generate(
    db: Database,
    size: str = "small",
    seed: int = 1,
    progress: Progress | None = None,
    *,
    today: dt.date | None = None,
    generators: Sequence[ExtraGenerator] | None = None,
    school: bool = False,
) -> DemoSummary:
    """Fill an empty database; InputRefused when it already holds staff. ``generators``
    replaces the declared ones (tests). ``school`` makes the agency a junior high school:
    處室 and 組, mostly teachers, the 公務人員 of its 人事室, 會計室 and offices, the
    setting 機關類型 = school (so that the teachers' 成績考核 runs beside the 考績)."""
    if size not in SIZES:
        raise ValueError(
            _("未知的示範資料規模「{size}」（可用：{sizes}）").format(
                size=size, sizes="、".join(SIZES)
            )
        )
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Employee)):
            raise InputRefused(
                [
                    Problem(
                        _(
                            "資料庫中已有人員資料：示範資料只能建立在空的資料庫"
                            "（請用 --db 指定新檔案）"
                        )
                    )
                ]
            )
    hooks = list(_declared() if generators is None else generators)
    today = today or dt.date.today()
    share = 100 if not hooks else 20
    units, employees = _generate_staff(
        db, size, random.Random(seed), _slice(progress, 0, share), today, school
    )
    summary = DemoSummary(size, seed, units, employees)
    step = (100 - share) // max(1, len(hooks))
    for index, hook in enumerate(hooks):
        start = share + index * step
        # Each hook has its own random source, so adding one does not change the others.
        counts = hook(
            db, size, random.Random(seed * 1009 + index + 1), _slice(progress, start, step)
        )
        summary.extra.update(counts or {})
    if progress:
        progress(100, _("完成"))
    return summary


def _declared() -> list[ExtraGenerator]:
    found: list[ExtraGenerator] = []
    for ref in GENERATORS:
        module, _colon, function = ref.partition(":")
        found.append(getattr(importlib.import_module(module), function))
    return found


def _slice(progress: Progress | None, start: int, width: int) -> Progress | None:
    """A progress callback for one part: its 0–100 maps to start…start+width overall."""
    if progress is None:
        return None
    outer = progress

    def report(percent: int, message: str) -> None:
        outer(start + width * max(0, min(100, percent)) // 100, message)

    return report


def _generate_staff(
    db: Database,
    size: str,
    rng: random.Random,
    progress: Progress | None,
    today: dt.date,
    school: bool = False,
) -> tuple[int, int]:
    staff_count, unit_count = SIZES[size]
    if school:
        names = pools.unit_names(unit_count, pools.SCHOOL_DEPARTMENTS)
        department_count = len(pools.SCHOOL_DEPARTMENTS)
    else:
        names = pools.unit_names(unit_count)
        department_count = len(pools.DEPARTMENTS)
    with db.session() as session:
        if progress:
            progress(0, _("建立單位"))
        unit_ids = {k: v for k, v in session.execute(select(Unit.name, Unit.id))}
        order = session.scalar(select(func.coalesce(func.max(Unit.sort_order), 0))) or 0
        missing = [n for n in names if n not in unit_ids]
        if missing:
            session.execute(
                insert(Unit),
                [
                    {"name": n, "sort_order": order + i + 1, "active": True}
                    for i, n in enumerate(missing)
                ],
            )
            unit_ids = {k: v for k, v in session.execute(select(Unit.name, Unit.id))}
        cats = {k: v for k, v in session.execute(select(StaffCategory.name, StaffCategory.id))}
        ranks = {k: v for k, v in session.execute(select(RankGroup.name, RankGroup.id))}
        # Departments (the first names) are bigger than their sections.
        weights = [3 if i < department_count else 1 for i in range(len(names))]
        # The first person of each unit is its head; everybody else lands by weight.
        placement = list(names) + rng.choices(names, weights=weights, k=staff_count - len(names))
        used_ids: set[str] = set()
        rows: list[dict[str, Any]] = []
        for index, unit in enumerate(placement):
            head = index < len(names)
            row = (_school_person if school else _person)(rng, index, unit, head, today, used_ids)
            row["unit_id"] = unit_ids[unit]
            row["category_id"] = cats[row.pop("category")]
            rank = row.pop("rank_group")
            row["rank_group_id"] = ranks[rank] if rank else None
            rows.append(row)
        for start in range(0, len(rows), _BATCH):
            session.execute(insert(Employee), rows[start : start + _BATCH])
            if progress:
                done = min(len(rows), start + _BATCH)
                progress(
                    10 + 90 * done // len(rows),
                    _("建立人員 {done}/{total}").format(done=done, total=len(rows)),
                )
    # After the staff are committed: settings are written in their own unit of work.
    if not settings_service.get(db, Setting.AGENCY_NAME):
        _agency_settings(db, sum(1 for r in rows if r["rank_group_id"] is not None), school)
    return len(names), len(rows)


def _person(
    rng: random.Random, index: int, unit: str, head: bool, today: dt.date, used_ids: set[str]
) -> dict[str, Any]:
    gender = MALE if rng.random() < 0.45 else FEMALE
    family, roman = pools.surname(rng)
    employee_no = f"{10001 + index}"
    if head:
        # 處 are led by a 處長 (簡任), sections by a 科長 (薦任).
        category, rank = CIVIL_SERVANT, (SENIOR if unit.endswith(("處", "局")) else JUNIOR)
        title = "處長" if rank == SENIOR else "科長"
    else:
        category = pools.weighted(rng, pools.CATEGORY_MIX)
        rank, title = "", rng.choice(pools.CATEGORY_TITLES.get(category, ("科員",)))
        if category == CIVIL_SERVANT:
            rank = pools.weighted(rng, [(r, share) for r, share, _titles in pools.RANK_MIX])
            title = rng.choice(next(t for r, _share, t in pools.RANK_MIX if r == rank))
    age = rng.randint(45, 62) if head else rng.randint(22, 64)
    birth = today - dt.timedelta(days=365 * age + rng.randrange(365))
    earliest = max(birth + dt.timedelta(days=365 * 22), today - dt.timedelta(days=365 * 40))
    latest = today - dt.timedelta(days=30)
    hire = earliest + dt.timedelta(days=rng.randrange(max(1, (latest - earliest).days)))
    status = ACTIVE if head else pools.weighted(rng, pools.STATUS_MIX)
    if status == RETIRED and age < 55:
        status = LEFT
    nid = pools.national_id(rng, gender)
    while nid in used_ids:
        nid = pools.national_id(rng, gender)
    used_ids.add(nid)
    return {
        "employee_no": employee_no,
        "name": family + pools.given_name(rng, gender),
        "national_id": nid,
        "gender": gender,
        "birth_date": birth,
        "title": title,
        "category": category,
        "rank_group": rank,
        "hire_date": hire,
        "email": f"{roman}{employee_no}@{EMAIL_DOMAIN}",
        "meal": pools.weighted(rng, pools.MEAL_MIX),
        "status": status,
        "is_supervisor": head,
        "version": 1,
    }


def _school_person(
    rng: random.Random, index: int, unit: str, head: bool, today: dt.date, used_ids: set[str]
) -> dict[str, Any]:
    """A school's person: teachers mostly; the 人事室 and 會計室 are led by 公務人員, the
    other 處室 by teachers serving as 主任."""
    row = _person(rng, index, unit, head, today, used_ids)
    if head:
        civil = unit.endswith(pools.SCHOOL_CIVIL_UNITS)
        row["category"] = "公務人員" if civil else "教師"
        row["rank_group"] = "薦任" if civil else ""
        row["title"] = "主任" if civil else ("組長" if "組" in unit else "主任")
        return row
    category = pools.weighted(rng, pools.SCHOOL_CATEGORY_MIX)
    row["category"], row["rank_group"] = category, ""
    row["title"] = rng.choice(pools.SCHOOL_TITLES.get(category, ("組員",)))
    if category == "公務人員":
        rank = pools.weighted(rng, [(r, share) for r, share, _ in pools.SCHOOL_RANK_MIX])
        row["rank_group"] = rank
        row["title"] = rng.choice(next(t for r, _, t in pools.SCHOOL_RANK_MIX if r == rank))
    return row


def _agency_settings(db: Database, civil_servants: int, school: bool = False) -> None:
    if school:
        names = ("示範市立示範國民中學", "示範國中", "校長", "陳明德", "school")
    else:
        names = ("示範市政府", "示範市府", "市長", "林大同", "agency")
    name, short, head_title, head_name, kind = names
    settings_service.update(
        db,
        {
            Setting.AGENCY_NAME: name,
            Setting.AGENCY_SHORT_NAME: short,
            Setting.HEAD_TITLE: head_title,
            Setting.HEAD_NAME: head_name,
            Setting.BUDGETED_HEADCOUNT: civil_servants,
            Setting.AGENCY_KIND: kind,
        },
    )

"""The demo agency's staff: deterministic per seed, valid, believable, quick, extensible."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hrplanner import i18n
from hrplanner.domain import national_id
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.demo import agency, names
from hrplanner.services.staff import roster, validation
from hrplanner.services.staff.roster import StaffFilter
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, Unit

TODAY = dt.date(2024, 6, 1)


@pytest.fixture(autouse=True)
def _staff_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the staff part: training generators are left out."""
    monkeypatch.setattr(agency, "GENERATORS", ())


def fingerprint(db: Database) -> list[tuple[Any, ...]]:
    with db.session() as s:
        rows = s.execute(
            select(
                Employee.employee_no,
                Employee.name,
                Employee.national_id,
                Employee.gender,
                Employee.birth_date,
                Employee.hire_date,
                Employee.title,
                Employee.status,
                Employee.meal,
                Employee.email,
                Unit.name,
            )
            .join(Unit)
            .order_by(Employee.employee_no)
        )
        return [tuple(r) for r in rows]


def test_small_demo_is_deterministic(db: Database, tmp_path: Path) -> None:
    summary = agency.generate(db, "small", seed=7, today=TODAY)
    assert (summary.units, summary.employees) == (8, 60)
    again = Database.open(str(tmp_path / "again.db"))
    other = Database.open(str(tmp_path / "other.db"))
    try:
        agency.generate(again, "small", seed=7, today=TODAY)
        agency.generate(other, "small", seed=8, today=TODAY)
        assert fingerprint(again) == fingerprint(db)
        assert fingerprint(other) != fingerprint(db)
    finally:
        again.close()
        other.close()


def test_small_demo_is_valid_and_believable(db: Database) -> None:
    agency.generate(db, "small", seed=1, today=TODAY)
    rows = roster.search(db, StaffFilter())
    assert len(rows) == 60
    with db.session() as s:
        people = list(s.scalars(select(Employee)))
        units = list(s.scalars(select(Unit.name)))
    assert set(units) == {
        "人事處",
        "秘書處",
        "教育處",
        "社會處",
        "工務處",
        "主計處",
        "政風處",
        "財政處",
    }
    ids = [p.national_id for p in people]
    assert len(set(ids)) == 60
    for p in people:
        assert p.national_id is not None and national_id.is_valid(p.national_id)
        assert p.national_id[1] == {"男": "1", "女": "2"}[p.gender or ""]
        assert validation.validate(roster.get(db, p.id), today=TODAY) == [], p.employee_no
    for row in rows:
        assert bool(row.rank_group) == (row.category == "公務人員")
    # One head per unit, and heads are in service.
    heads = [p for p in people if p.is_supervisor]
    assert len(heads) == 8 and len({h.unit_id for h in heads}) == 8
    assert all(h.status == "在職" for h in heads)
    categories = Counter(r.category for r in rows)
    assert categories.most_common(1)[0][0] == "公務人員"
    assert Counter(r.status for r in rows)["在職"] >= 50
    assert Counter(r.meal for r in rows).most_common(1)[0][0] == "葷"


def test_demo_refuses_a_database_with_staff(db: Database) -> None:
    agency.generate(db, "small", today=TODAY)
    with pytest.raises(InputRefused, match="空的資料庫"):
        agency.generate(db, "small", today=TODAY)
    assert roster.count(db) == 60


def test_demo_refusal_and_progress_in_english(db: Database) -> None:
    messages: list[str] = []
    i18n.set_language("en")
    try:
        agency.generate(db, "small", progress=lambda _p, m: messages.append(m), today=TODAY)
        with pytest.raises(InputRefused) as info:
            agency.generate(db, "small", today=TODAY)
        with pytest.raises(ValueError, match="medium"):
            agency.generate(db, "medium", today=TODAY)
    finally:
        i18n.set_language("zh_TW")
    assert str(info.value) == (
        "The database already holds staff: demo data can only be created in an empty "
        "database (give a new file with --db)"
    )
    assert messages[0] == "Creating units"
    assert "Creating staff 60/60" in messages
    assert messages[-1] == "Done"
    # The data stays Chinese: units, names, statuses.
    assert {r.status for r in roster.search(db, StaffFilter())} <= {
        "在職",
        "留職停薪",
        "離職",
        "退休",
    }


def test_large_demo_is_realistic(sqlite_db: Database) -> None:
    summary = agency.generate(sqlite_db, "large", seed=3, today=TODAY)
    assert (summary.units, summary.employees) == (60, 5000)
    rows = roster.search(sqlite_db, StaffFilter())
    assert len({r.unit for r in rows}) == 60
    assert "教育處學務管理科" in {r.unit for r in rows}
    ranks = Counter(r.rank_group for r in rows if r.category == "公務人員")
    assert ranks["薦任"] > ranks["委任"] > ranks["簡任"] > 0
    share_civil = sum(r.category == "公務人員" for r in rows) / len(rows)
    assert 0.65 < share_civil < 0.85
    not_active = sum(r.status != "在職" for r in rows) / len(rows)
    assert 0.03 < not_active < 0.08
    vegetarian = sum(r.meal == "素" for r in rows) / len(rows)
    assert 0.07 < vegetarian < 0.13
    surnames = Counter(r.name[0] for r in rows)
    assert surnames.most_common(2)[0][0] == "陳"
    assert any(ch in r.name for r in rows for ch in names.RARE_CHARS)


def test_extra_generators_run_after_staff_with_progress(db: Database) -> None:
    calls: list[tuple[str, int]] = []

    def hook(database: Database, size: str, rng: random.Random, progress: Any) -> dict[str, int]:
        calls.append((size, roster.count(database)))
        progress(50, "訓練")
        return {"訓練班期": 3}

    reported: list[int] = []
    summary = agency.generate(
        db, "small", progress=lambda p, _m: reported.append(p), today=TODAY, generators=[hook]
    )
    assert calls == [("small", 60)]
    assert summary.extra == {"訓練班期": 3}
    assert reported == sorted(reported) and reported[-1] == 100
    assert 20 < reported[reported.index(100) - 1] < 100  # the hook's 50% lands in its slice


def test_generated_id_numbers_match_gender() -> None:
    rng = random.Random(5)
    for gender in ("男", "女") * 50:
        number = names.national_id(rng, gender)
        assert national_id.is_valid(number)
        assert number[1] == ("1" if gender == "男" else "2")

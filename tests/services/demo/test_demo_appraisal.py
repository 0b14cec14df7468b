"""The demo agency's ten years of appraisals: interim records (some late), 獎懲, leave
summaries, approved year-end scores with a believable 甲 share (some groups above 75%),
另予 for mid-year hires, one 丁 with its ground; and the school variant's teachers."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select

from hrplanner.domain.appraisal.interim import InterimTiming
from hrplanner.services.appraisal import interim, teachers, year_end
from hrplanner.services.appraisal.check import check_year
from hrplanner.services.common import settings_service
from hrplanner.services.demo import agency
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import AppraisalCycle, Employee, LeaveSummaryRow, RewardRecord

TODAY = dt.date.today()
PAST = range(TODAY.year - 9, TODAY.year)


def test_declared_as_a_demo_generator() -> None:
    assert "hrplanner.services.demo.appraisal:generate_appraisals" in agency.GENERATORS


def test_ten_years_of_appraisals(sqlite_db: Database) -> None:
    db = sqlite_db
    summary = agency.generate(db, "small", seed=5)
    assert summary.extra["考績"] > 250 and summary.extra["獎懲"] > 100
    with db.session() as s:
        years = set(s.scalars(select(AppraisalCycle.year).filter_by(scheme="考績")))
        assert years == set(range(TODAY.year - 9, TODAY.year + 1))
        assert s.scalar(select(func.count()).select_from(RewardRecord)) == summary.extra["獎懲"]
        assert s.scalar(select(func.count()).select_from(LeaveSummaryRow)) > 300
        left = s.execute(select(Employee.status, Employee.leave_date)).all()
        assert all(d is not None for status, d in left if status in ("離職", "退休"))
    kinds: Counter[str | None] = Counter()
    shares_over = 0
    grades: Counter[str] = Counter()
    d_grounds = []
    for year in PAST:
        view = year_end.year_end_view(db, year)
        assert view.cycle is not None and view.cycle.meeting_date == dt.date(year + 1, 1, 10)
        assert view.cycle.members and view.cycle.members[0][1] == "主任委員"
        for r in view.rows:
            kinds[r.kind] += 1
            if r.kind is not None:
                assert r.status == "已核定" and r.approved_on is not None
                assert r.grade is not None
                grades[r.grade] += 1
            if r.grade == "丁":
                d_grounds.append(r.d_ground)
        shares_over += sum(1 for row in view.ratio if row.over)
    assert kinds["另予考績"] >= 3  # mid-year hires and people who left
    assert d_grounds == ["6-3-3"]  # one 丁, with its ground recorded
    share_a = grades["甲"] / sum(grades.values())
    assert 0.55 < share_a < 0.80
    assert shares_over >= 2  # some 官等 above the 75% limit in some years
    # The data pass their own checks, but for the ratio warnings.
    last = check_year(db, TODAY.year - 1)
    assert not last.with_problems
    # Interim records: most on time, some late.
    timing: Counter[InterimTiming] = Counter()
    for year in PAST[-3:]:
        for number in (1, 2):
            for r in interim.list_interim(db, year, number, today=TODAY).rows:
                timing[r.timing] += 1
    assert timing[InterimTiming.ON_TIME] > 4 * timing[InterimTiming.LATE] > 0
    assert timing[InterimTiming.OVERDUE] == 0


def test_the_school_variant_has_teachers_by_school_year(sqlite_db: Database) -> None:
    db = sqlite_db
    summary = agency.generate(db, "small", seed=2, school=True)
    assert settings_service.get(db, Setting.AGENCY_KIND) == "school"
    assert "國民中學" in settings_service.get(db, Setting.AGENCY_NAME)
    assert summary.extra["教師成績考核"] > 100
    rows = teachers.list_teachers(db, TODAY.year - 2)
    outcomes = Counter(t.outcome for t in rows)
    assert outcomes["4-1-1"] > outcomes["4-1-2"] > 0 or outcomes["4-1-1"] == len(rows)
    assert {t.status for t in rows} == {"已核定"}
    # Teachers are outside the 考績 and its ratio.
    view = year_end.year_end_view(db, TODAY.year - 1)
    assert all(r.category != "教師" for r in view.rows)

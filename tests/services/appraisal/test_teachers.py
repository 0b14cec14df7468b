"""Teachers (R14 *Teachers*): by school year, outcomes 4-1-1/4-1-2/4-1-3, no score or ratio,
the same workflow with the 考核會's meeting date."""

from __future__ import annotations

import datetime as dt

import pytest

from hrplanner.services.appraisal import cycle, teachers, year_end
from hrplanner.services.common.errors import InputRefused
from hrplanner.storage.database import Database
from hrplanner.storage.models.appraisal import SCHEME_TEACHER

DAY = dt.date(2025, 7, 10)


def test_outcomes_and_workflow(db: Database, opened: dict[str, int]) -> None:
    (row,) = teachers.list_teachers(db, 2024)
    assert row.status == "未評擬" and row.problems == ()
    with pytest.raises(InputRefused, match="無法辨識"):
        teachers.save_teacher(db, row.id, outcome="甲等", today=DAY)
    teachers.save_teacher(db, row.id, outcome="第四條第一項第二款", facts="教學認真", today=DAY)
    (row,) = teachers.list_teachers(db, 2024)
    assert (row.outcome, row.status) == ("4-1-2", "已評擬")
    with pytest.raises(InputRefused, match="開會日期"):
        teachers.move_teachers(db, [row.id], "初核", today=DAY)
    cycle.set_committee(db, 2024, dt.date(2025, 7, 15), [("校長", "主席")], scheme=SCHEME_TEACHER)
    for step in ("初核", "覆核", "已核定"):
        assert teachers.move_teachers(db, [row.id], step, today=DAY) == 1
    (row,) = teachers.list_teachers(db, 2024)
    with pytest.raises(InputRefused, match="理由"):
        teachers.save_teacher(db, row.id, outcome="4-1-1", today=DAY, version=row.version)
    teachers.save_teacher(
        db, row.id, outcome="4-1-1", today=DAY, version=row.version, reason="考核會複議"
    )
    assert teachers.list_teachers(db, 2024)[0].outcome == "4-1-1"
    # Teachers are not in the 考績 nor in its ratio.
    assert all(r.employee_no != "T1" for r in year_end.year_end_view(db, 2025).rows)
    assert teachers.school_year_label(2024) == "113學年度"

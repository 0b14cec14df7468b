"""獎懲 and 差勤統計 (R14, R18): the register, exact leave days, and their imports (all or
nothing, dry run, re-import unchanged, blank cells keep what is stored)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest

from hrplanner.services.appraisal import rewards, year_end
from hrplanner.services.appraisal.import_records import import_leave, import_rewards
from hrplanner.services.common.errors import ConflictError, InputRefused
from hrplanner.storage.database import Database

from ...conftest import write_workbook
from .conftest import YEAR


def test_the_register_per_person_and_year(db: Database, opened: dict[str, int]) -> None:
    a = rewards.add_reward(
        db, rewards.RewardInput("A1", dt.date(2025, 3, 1), "記功", 2, "績優", "甲1")
    )
    rewards.add_reward(db, rewards.RewardInput("H1", dt.date(2025, 4, 1), "申誡", 1, "遲延", "甲2"))
    rewards.add_reward(db, rewards.RewardInput("A1", dt.date(2024, 4, 1), "嘉獎", 1, "", "甲3"))
    assert [(r.employee_no, r.points) for r in rewards.list_rewards(db, year=YEAR)] == [
        ("A1", 6),
        ("H1", -1),
    ]
    assert len(rewards.list_rewards(db, employee_id=opened["A1"])) == 2
    with pytest.raises(InputRefused, match="同日、同種類、同文號"):
        rewards.add_reward(db, rewards.RewardInput("A1", dt.date(2025, 3, 1), "記功", 1, "", "甲1"))
    with pytest.raises(InputRefused) as refused:
        rewards.add_reward(db, rewards.RewardInput("A1", dt.date(2025, 3, 1), "記小功", 0, "", ""))
    assert {p.column for p in refused.value.problems} == {"獎懲種類", "文號"}
    with pytest.raises(ConflictError):
        rewards.update_reward(
            db, a.id, rewards.RewardInput("A1", a.date, "記功", 1, "", "甲1"), version=a.version + 1
        )
    view = {r.employee_no: r for r in year_end.year_end_view(db, YEAR).rows}
    assert view["A1"].net_points == 6 and view["H1"].net_points == -1


def test_leave_days_are_exact(db: Database, opened: dict[str, int]) -> None:
    saved = rewards.set_leave(db, rewards.LeaveInput("A1", YEAR, Fraction(29, 2), 0, 3))
    assert saved.summary.sick_personal_days == Fraction(29, 2)
    again = rewards.set_leave(
        db, rewards.LeaveInput("A1", YEAR, Fraction(14), Fraction(1, 2), 0), version=saved.version
    )
    assert rewards.list_leave(db, YEAR)[0].summary.absent_days == Fraction(1, 2)
    with pytest.raises(InputRefused, match="小數點後三位"):
        rewards.set_leave(db, rewards.LeaveInput("A1", YEAR, Fraction(1, 3), 0, 0))
    with pytest.raises(InputRefused, match="負數"):
        rewards.set_leave(db, rewards.LeaveInput("A1", YEAR, -1, 0, 0))
    with pytest.raises(ConflictError):
        rewards.set_leave(db, rewards.LeaveInput("A1", YEAR, 1, 0, 0), version=saved.version)
    assert again.summary.sick_personal_days == 14


def test_import_rewards_dry_run_then_real_then_unchanged(
    db: Database, opened: dict[str, int], tmp_path: Path
) -> None:
    path = write_workbook(
        tmp_path / "r.xlsx",
        {
            "獎懲": [
                ["員工編號", "發布日期", "獎懲種類", "次數", "事由", "文號"],
                ["A1", "114/03/01", "記功", 2, "績優", "府人字第1號"],
                ["H1", "2025-04-01", "申誡", None, "遲延", "府人字第2號"],
            ]
        },
    )
    dry = import_rewards(db, path, dry_run=True)
    assert len(dry.added) == 2 and rewards.list_rewards(db) == []
    report = import_rewards(db, path)
    assert report.added == ["A1 114/03/01 記功 府人字第1號", "H1 114/04/01 申誡 府人字第2號"]
    assert [r.count for r in rewards.list_rewards(db)] == [2, 1]  # blank count: once
    assert import_rewards(db, path).unchanged == report.added
    view = {r.employee_no: r for r in year_end.year_end_view(db, YEAR).rows}
    assert view["A1"].net_points == 6


def test_import_leave(db: Database, opened: dict[str, int], tmp_path: Path) -> None:
    header = ["員工編號", "年度", "事病假日數", "曠職日數", "遲到早退次數"]
    bad = write_workbook(
        tmp_path / "bad.xlsx",
        {
            "差勤統計": [
                header,
                ["A1", 114, "三天", 0, 0],
                ["ZZ", 114, 1, 0, 0],
                ["A1", 1000, 1, 0, 0],
            ]
        },
    )
    with pytest.raises(InputRefused) as refused:
        import_leave(db, bad)
    assert sorted((p.row, p.column) for p in refused.value.problems) == [
        (2, "事病假日數"),
        (3, "員工編號"),
        (4, "年度"),
    ]
    good = write_workbook(
        tmp_path / "good.xlsx",
        {"差勤統計": [header, ["A1", 114, 14.5, 0, 1], ["H1", 2025, 2, None, 0]]},
    )
    assert import_leave(db, good).added == ["A1 114", "H1 114"]
    assert import_leave(db, good).unchanged == ["A1 114", "H1 114"]
    partial = write_workbook(
        tmp_path / "p.xlsx", {"差勤統計": [header, ["A1", 114, None, 1, None]]}
    )
    report = import_leave(db, partial)
    assert report.changes == {"A1 114": ["曠職日數"]}
    a1 = next(v for v in rewards.list_leave(db, YEAR) if v.employee_no == "A1")
    assert a1.summary == rewards.LeaveSummary(Fraction(29, 2), Fraction(1), 1)

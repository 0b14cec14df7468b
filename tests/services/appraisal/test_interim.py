"""Interim records (R13): the period's list and filters, levels from the template, facts
before 已填, the appraiser, timeliness, stale saves, and the 平時考核 import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hrplanner.domain.appraisal.interim import InterimTiming
from hrplanner.services.appraisal import interim
from hrplanner.services.appraisal.import_appraisals import import_interim
from hrplanner.services.appraisal.interim import InterimEntry, InterimFilter
from hrplanner.services.common.errors import ConflictError, InputRefused
from hrplanner.storage.database import Database

from ...conftest import write_workbook
from .conftest import YEAR

LEVELS = {"工作知能": "A", "創新研究": "B", "服務態度": "A", "品德操守": "A"}


def record(db: Database, no: str, period: int = 1, today: dt.date = dt.date(2025, 4, 1)):  # type: ignore[no-untyped-def]
    rows = interim.list_interim(db, YEAR, period, today=today).rows
    return next(r for r in rows if r.employee_no == no)


def test_facts_are_required_before_filled(db: Database, opened: dict[str, int]) -> None:
    row = record(db, "A1")
    with pytest.raises(InputRefused, match="優劣事實"):
        interim.save_interim(
            db,
            row.id,
            InterimEntry("已填", LEVELS),
            version=row.version,
            today=dt.date(2025, 4, 20),
        )
    with pytest.raises(InputRefused, match="尚未評定"):
        interim.save_interim(
            db,
            row.id,
            InterimEntry("已填", {"工作知能": "A"}, "事實"),
            version=row.version,
            today=dt.date(2025, 4, 20),
        )
    # A draft (未填) may hold some levels and no facts.
    draft = interim.save_interim(
        db,
        row.id,
        InterimEntry("未填", {"工作知能": "B"}),
        version=row.version,
        today=dt.date(2025, 4, 20),
    )
    assert draft.levels == {"工作知能": "B"} and draft.status == "未填"
    done = interim.save_interim(
        db,
        row.id,
        InterimEntry("已填", LEVELS, "辦理業務認真"),
        version=draft.version,
        today=dt.date(2025, 4, 30),
    )
    assert done.filled_on == dt.date(2025, 4, 30) and done.timing == InterimTiming.ON_TIME


def test_levels_and_items_come_from_the_template(db: Database, opened: dict[str, int]) -> None:
    staff, head = record(db, "A1"), record(db, "H1")
    with pytest.raises(InputRefused, match="等級「F」無法辨識"):
        interim.save_interim(
            db,
            staff.id,
            InterimEntry("未填", {"工作知能": "F"}),
            version=None,
            today=dt.date(2025, 4, 1),
        )
    with pytest.raises(InputRefused, match="只評主管人員"):
        interim.save_interim(
            db,
            staff.id,
            InterimEntry("未填", {"領導協調": "A"}),
            version=None,
            today=dt.date(2025, 4, 1),
        )
    with pytest.raises(InputRefused, match="領導協調"):
        interim.save_interim(
            db,
            head.id,
            InterimEntry("已填", LEVELS, "事實"),
            version=None,
            today=dt.date(2025, 4, 1),
        )
    saved = interim.save_interim(
        db,
        head.id,
        InterimEntry("已填", {**LEVELS, "領導協調": "A"}, "帶領同仁完成業務"),
        version=None,
        today=dt.date(2025, 4, 1),
    )
    assert saved.levels["領導協調"] == "A"


def test_the_appraiser_must_be_another_active_person(db: Database, opened: dict[str, int]) -> None:
    row = record(db, "A1")
    with pytest.raises(InputRefused, match="本人"):
        interim.save_interim(
            db,
            row.id,
            InterimEntry("未填", {}, appraiser_id=row.employee_id),
            version=None,
            today=dt.date(2025, 4, 1),
        )
    with pytest.raises(InputRefused, match="在職"):
        interim.save_interim(
            db,
            row.id,
            InterimEntry("未填", {}, appraiser_id=opened["B1"]),
            version=None,
            today=dt.date(2025, 4, 1),
        )
    saved = interim.save_interim(
        db,
        row.id,
        InterimEntry("未填", {}, appraiser_id=opened["H2"]),
        version=None,
        today=dt.date(2025, 4, 1),
    )
    assert saved.appraiser == "張科長"


def test_timeliness_and_filters(db: Database, opened: dict[str, int]) -> None:
    late = record(db, "H1")
    interim.save_interim(
        db,
        late.id,
        InterimEntry("已填", {**LEVELS, "領導協調": "B"}, "事實"),
        version=None,
        today=dt.date(2025, 5, 2),
    )
    on_may = interim.list_interim(db, YEAR, 1, today=dt.date(2025, 5, 2))
    timing = {r.employee_no: r.timing for r in on_may.rows}
    assert timing == {
        "A1": InterimTiming.OVERDUE,
        "H1": InterimTiming.LATE,
        "B1": InterimTiming.OVERDUE,
        "H2": InterimTiming.OVERDUE,
    }
    # The due date itself is not overdue.
    on_due = interim.list_interim(db, YEAR, 1, today=dt.date(2025, 4, 30))
    assert {r.timing for r in on_due.rows if r.employee_no != "H1"} == {InterimTiming.PENDING}
    only = interim.list_interim(
        db, YEAR, 1, today=dt.date(2025, 5, 2), flt=InterimFilter(unit="人事室", status="未填")
    )
    assert [r.employee_no for r in only.rows] == ["A1"]
    overdue = interim.list_interim(
        db, YEAR, 1, today=dt.date(2025, 5, 2), flt=InterimFilter(status="逾期未填")
    )
    assert [r.employee_no for r in overdue.rows] == ["A1", "B1", "H2"]
    assert on_may.by_unit == {"人事室": (2, 1), "秘書室": (2, 2)}


def test_a_stale_save_is_refused(db: Database, opened: dict[str, int]) -> None:
    row = record(db, "A1")
    interim.save_interim(
        db,
        row.id,
        InterimEntry("未填", {"工作知能": "A"}),
        version=row.version,
        today=dt.date(2025, 4, 1),
    )
    with pytest.raises(ConflictError):
        interim.save_interim(
            db,
            row.id,
            InterimEntry("未填", {"工作知能": "C"}),
            version=row.version,
            today=dt.date(2025, 4, 1),
        )


def test_import_interim_all_or_nothing_then_unchanged(
    db: Database, opened: dict[str, int], tmp_path: Path
) -> None:
    header = [
        "員工編號",
        "年度",
        "期別",
        "考核人",
        "工作知能",
        "創新研究",
        "服務態度",
        "品德操守",
        "優劣事實",
        "狀態",
        "填寫日期",
    ]
    bad = write_workbook(
        tmp_path / "bad.xlsx",
        {
            "平時考核": [
                header,
                ["A1", 114, 1, "H1", "A", "B", "A", "A", "", "已填", None],  # no facts
                ["A2", 114, 1, "H1", "A", "B", "A", "A", "事實", None, None],  # not in period 1
                ["A1", 114, 3, None, "A", None, None, None, None, None, None],  # no period 3
                [
                    "B1",
                    114,
                    1,
                    "X9",
                    "Z",
                    "B",
                    "A",
                    "A",
                    "事實",
                    None,
                    None,
                ],  # bad level, appraiser
            ]
        },
    )
    with pytest.raises(InputRefused) as refused:
        import_interim(db, bad)
    where = sorted((p.row, p.column) for p in refused.value.problems)
    assert where == [(2, "優劣事實"), (3, "員工編號"), (4, "期別"), (5, "工作知能"), (5, "考核人")]
    assert record(db, "A1").status == "未填"
    good = write_workbook(
        tmp_path / "good.xlsx",
        {
            "平時考核": [
                header,
                ["A1", 114, 1, "H1", "A", "B", "A", "A", "協助完成訓練計畫", None, "114/04/28"],
                ["B1", 114, 1, None, "b", "B", "A", "C", "公文處理稍慢", "已填", "114/05/05"],
            ]
        },
    )
    dry = import_interim(db, good, dry_run=True)
    assert dry.updated == ["A1 114-1", "B1 114-1"] and record(db, "A1").status == "未填"
    report = import_interim(db, good)
    assert report.updated == ["A1 114-1", "B1 114-1"]
    a1 = record(db, "A1", today=dt.date(2025, 5, 10))
    b1 = record(db, "B1", today=dt.date(2025, 5, 10))
    assert (a1.status, a1.filled_on, a1.timing) == (
        "已填",
        dt.date(2025, 4, 28),
        InterimTiming.ON_TIME,
    )
    assert (b1.levels["工作知能"], b1.timing) == ("B", InterimTiming.LATE)
    again = import_interim(db, good)
    assert again.updated == [] and again.unchanged == ["A1 114-1", "B1 114-1"]

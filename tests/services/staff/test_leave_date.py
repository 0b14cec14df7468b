"""離職日期 (leave_date): kept by the roster, read by the staff import, checked against the
hire date — the appraisal's kind is counted up to it (R14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hrplanner.services.common.errors import InputRefused
from hrplanner.services.staff import roster
from hrplanner.services.staff.importing import import_staff
from hrplanner.services.staff.records import EmployeeData
from hrplanner.storage.database import Database

from ...conftest import write_workbook


def test_roster_keeps_the_leaving_date(db: Database) -> None:
    data = EmployeeData(
        employee_no="A1",
        name="王小明",
        unit="人事室",
        category="公務人員",
        hire_date=dt.date(2015, 1, 1),
        leave_date=dt.date(2025, 6, 30),
        status="離職",
    )
    emp_id = roster.create(db, data)
    assert roster.get(db, emp_id).leave_date == dt.date(2025, 6, 30)
    bad = roster.get(db, emp_id)
    bad.leave_date = dt.date(2014, 12, 31)
    with pytest.raises(InputRefused, match="離職日期不可早於到職日期") as refused:
        roster.update(db, emp_id, bad)
    assert refused.value.problems[0].column == "離職日期"


def test_import_reads_the_column_and_a_second_import_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    header = ["員工編號", "姓名", "單位", "人員類別", "到職日期", "在職狀態", "離職日期"]
    path = write_workbook(
        tmp_path / "s.xlsx",
        {
            "人員": [
                header,
                ["A1", "王小明", "人事室", "公務人員", "104/01/01", "離職", "114/06/30"],
            ]
        },
    )
    assert import_staff(db, path, dry_run=False).added == ["A1"]
    emp_id = roster.search_ids(db, roster.StaffFilter(text="A1"))[0]
    assert roster.get(db, emp_id).leave_date == dt.date(2025, 6, 30)
    assert import_staff(db, path, dry_run=False).unchanged == ["A1"]
    bad = write_workbook(
        tmp_path / "b.xlsx",
        {
            "人員": [
                header,
                ["A1", "王小明", "人事室", "公務人員", "104/01/01", "離職", "103/01/01"],
            ]
        },
    )
    with pytest.raises(InputRefused) as refused:
        import_staff(db, bad, dry_run=False)
    assert [(p.row, p.column) for p in refused.value.problems] == [(2, "離職日期")]

"""`hrplanner export hours|roster|attendance` and `hrplanner import external-hours`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from hrplanner import cli
from hrplanner.services import catalogue
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    CreditByTopic,
    Employee,
    Enrollment,
    LearningTopic,
    StaffCategory,
    TrainingClass,
)


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    """陳一 with a closed class of 2020-12-31 (環境教育 4 h, 一般 16 h) and 林二 with nothing."""
    path = str(tmp_path / "cli.db")
    db = Database.open(path)
    with db.session() as s:
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        unit = get_or_create_unit(s, "人事室").id
        chen = Employee(employee_no="C001", name="陳一", unit_id=unit, category_id=cat)
        lin = Employee(employee_no="C002", name="林二", unit_id=unit, category_id=cat)
        s.add_all([chen, lin])
        end = dt.date(2020, 12, 31)
        cls = TrainingClass(
            code="109-001", title="研習", start_date=end, end_date=end, closed_on=end
        )
        s.add(cls)
        s.flush()
        enr = Enrollment(
            class_id=cls.id,
            employee_id=chen.id,
            registered_at=dt.datetime(2020, 12, 1),
            credit_minutes=1200,
        )
        s.add(enr)
        s.flush()
        topics = dict(s.execute(select(LearningTopic.name, LearningTopic.id)).all())
        s.add(CreditByTopic(enrollment_id=enr.id, topic_id=topics["環境教育"], minutes=240))
        s.add(CreditByTopic(enrollment_id=enr.id, topic_id=topics["一般"], minutes=960))
    db.close()
    return path


def _rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    wb = load_workbook(path)
    try:
        return list(wb[sheet].iter_rows(values_only=True))
    finally:
        wb.close()


def test_the_training_exports_and_the_external_import_are_catalogued() -> None:
    assert catalogue.import_kind("external-hours") is not None
    assert {"hours", "roster", "attendance"} <= {k.name for k in catalogue.EXPORTS}


@pytest.mark.parametrize("year", ["109", "2020"])
def test_export_hours_roc_or_gregorian_year(
    db_path: str, tmp_path: Path, year: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"h{year}.xlsx"
    assert cli.run(["--db", db_path, "export", "hours", "-o", str(out), "--year", year]) == 0
    assert "109 年度" in capsys.readouterr().out
    rows = _rows(out, "學習時數統計")
    assert rows[0][-2:] == ("達成", "尚缺時數")
    # 陳一: 20 h but 1 + 1 + 4 h of groups missing → 尚缺 6 h; 林二 尚缺 20 h.
    assert [(r[0], r[4], r[5], r[-2], r[-1]) for r in rows[1:]] == [
        ("C001", 109, 20, "否", 6),
        ("C002", 109, 0, "否", 20),
    ]


def test_export_hours_next_year_is_empty_of_credit(db_path: str, tmp_path: Path) -> None:
    out = tmp_path / "h110.xlsx"
    assert cli.run(["--db", db_path, "export", "hours", "-o", str(out), "--year", "110"]) == 0
    assert [r[5] for r in _rows(out, "學習時數統計")[1:]] == [0, 0]


def test_export_roster_and_attendance(db_path: str, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert cli.run(["--db", db_path, "export", "roster", "--class", "109-001", "-o", str(out)]) == 0
    assert _rows(out, "班期名冊")[1][1:3] == ("C001", "陳一")
    out = tmp_path / "a.xlsx"
    args = ["--db", db_path, "export", "attendance", "--class", "109-001", "-o", str(out)]
    assert cli.run(args) == 0
    assert _rows(out, "出席紀錄")[0][:3] == ("員工編號", "姓名", "單位")


@pytest.mark.parametrize(
    "args",
    [
        ["export", "nonsense", "-o", "x.xlsx"],
        ["export", "hours", "-o", "x.xlsx", "--year", "abc"],
        ["export", "hours", "-o", "x.csv", "--year", "109"],
        ["export", "roster", "-o", "x.xlsx"],
        ["export", "roster", "--class", "999-999", "-o", "x.xlsx"],
    ],
)
def test_usage_errors(db_path: str, tmp_path: Path, args: list[str]) -> None:
    args = [a.replace("x.", str(tmp_path / "x.")) for a in args]
    assert cli.run(["--db", db_path, *args]) == 2
    assert not list(tmp_path.glob("x.*"))


def test_import_external_hours(db_path: str, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["員工編號", "課程名稱", "日期", "時數", "學習類別"])
    ws.append(["C002", "淨灘", "109/12/31", 4, "環境教育"])
    good = tmp_path / "ext.xlsx"
    wb.save(good)
    assert cli.run(["--db", db_path, "import", "external-hours", str(good), "--dry-run"]) == 0
    assert cli.run(["--db", db_path, "import", "external-hours", str(good)]) == 0
    out = tmp_path / "h.xlsx"
    assert cli.run(["--db", db_path, "export", "hours", "-o", str(out), "--year", "109"]) == 0
    lin = _rows(out, "學習時數統計")[2]
    assert (lin[0], lin[5], lin[7]) == ("C002", 4, 4)

    ws.append(["C999", "不存在的人", "109/12/31", 1, None])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    assert cli.run(["--db", db_path, "import", "external-hours", str(bad)]) == 1


def test_template_external_hours(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    assert cli.run(["template", "external-hours", "-o", str(out)]) == 0
    assert _rows(out, "外部時數")[0][:3] == ("員工編號", "課程名稱", "日期")

"""`hrplanner export portal|spread`, `hrplanner import signup` and `template KIND` for every
import kind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from hrplanner import cli
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

EVIL = '=HYPERLINK("x")'


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    """陳一 (ID A123456789) and =HYPERLINK (no ID) credited in closed class 109-001; 115-001
    is open for sign-up."""
    path = str(tmp_path / "cli.db")
    db = Database.open(path)
    with db.session() as s:
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        unit = get_or_create_unit(s, "人事室").id
        chen = Employee(
            employee_no="C001", name="陳一", unit_id=unit, category_id=cat, national_id="A123456789"
        )
        evil = Employee(employee_no="C002", name=EVIL, unit_id=unit, category_id=cat)
        s.add_all([chen, evil])
        end = dt.date(2020, 12, 31)
        cls = TrainingClass(
            code="109-001",
            title="研習",
            start_date=end,
            end_date=end,
            closed_on=end,
            portal_code="P1",
        )
        s.add(cls)
        s.add(
            TrainingClass(
                code="115-001",
                title="報名中",
                start_date=dt.date(2030, 1, 2),
                end_date=dt.date(2030, 1, 2),
            )
        )
        s.flush()
        topic = s.scalar(select(LearningTopic.id).filter_by(name="環境教育"))
        for emp in (chen, evil):
            enr = Enrollment(
                class_id=cls.id,
                employee_id=emp.id,
                registered_at=dt.datetime(2020, 12, 1),
                credit_minutes=240,
            )
            s.add(enr)
            s.flush()
            s.add(CreditByTopic(enrollment_id=enr.id, topic_id=topic, minutes=240))
    db.close()
    return path


def test_export_portal_warns_about_ids(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "portal.xlsx"
    assert cli.run(["--db", db_path, "export", "portal", "--class", "109-001", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "完整身分證字號" in captured.err
    assert "沒有身分證字號" in captured.err and EVIL in captured.err
    assert "1 筆" in captured.out
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == (
        "身分證字號",
        "姓名",
        "課程名稱",
        "課程代碼",
        "起始日期",
        "結束日期",
        "學習時數",
        "學習類別",
        "學習性質",
    )
    assert rows[1][:2] == ("A123456789", "陳一")
    assert cli.run(["--db", db_path, "export", "portal", "--year", "109", "-o", str(out)]) == 0
    assert cli.run(["--db", db_path, "export", "portal", "-o", str(out)]) == 2


def test_export_spread(db_path: str, tmp_path: Path) -> None:
    out = tmp_path / "spread.xlsx"
    assert cli.run(["--db", db_path, "export", "spread", "--year", "2020", "-o", str(out)]) == 0
    wb = load_workbook(out)
    rows = list(wb["訓練分布"].iter_rows(values_only=True))
    assert rows[1] == (109, "人事室", 2, 2, 0, 8, 50)
    names = [r[1] for r in wb["五年未受業務相關訓練"].iter_rows(min_row=2)]
    assert any(c.value == EVIL and c.data_type == "s" for c in names)


def _form(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["您的姓名", "服務單位", "用餐需求"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_signup_with_map(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = _form(tmp_path / "form.xlsx", [["陳一", "人事室", "素食"], ["不存在", "人事室", None]])
    args = ["--db", db_path, "import", "signup", str(form), "--class", "115-001"]
    mapping = ["--map", "您的姓名=姓名,服務單位=單位,用餐需求=用餐"]
    assert cli.run([*args, *mapping]) == 1
    assert "第 3 列" in capsys.readouterr().err
    form = _form(tmp_path / "form.xlsx", [["陳一", "人事室", "素食"]])
    assert cli.run([*args, *mapping, "--dry-run"]) == 0
    assert cli.run([*args, *mapping]) == 0
    db = Database.open(db_path)
    with db.session() as s:
        meals = s.scalars(
            select(Enrollment.meal).join(TrainingClass).where(TrainingClass.code == "115-001")
        ).all()
    db.close()
    assert meals == ["素"]
    # Without --map the remembered mapping is used: 陳一 is now already enrolled.
    assert cli.run(args) == 1
    assert "已報名" in capsys.readouterr().err
    # The options belong to the kinds that read other systems' files (signup, staff).
    assert cli.run(["--db", db_path, "import", "classes", str(form), "--map", "a=b"]) == 2
    assert cli.run(["--db", db_path, "import", "signup", str(form), "--preset", "edhr"]) == 2
    assert cli.run(["--db", db_path, "import", "staff", str(form), "--preset", "webhr"]) == 2


@pytest.mark.parametrize(
    "kind",
    ["staff", "classes", "enrollments", "attendance", "external-hours", "calendar", "signup"],
)
def test_template_for_every_import_kind(kind: str, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.xlsx"
    assert cli.run(["template", kind, "-o", str(out)]) == 0
    ws = load_workbook(out).worksheets[0]
    assert ws.cell(1, 1).value and ws.cell(2, 1).value is not None


def test_portal_format_command(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", db_path, "portal-format"]
    assert (
        cli.run(
            [*base, "--columns", "姓名,身分證字號,結束日期=迄日", "--date-format", "yyyy-mm-dd"]
        )
        == 0
    )
    assert "姓名,身分證字號,結束日期=迄日" in capsys.readouterr().out
    out = tmp_path / "portal.xlsx"
    assert cli.run(["--db", db_path, "export", "portal", "--class", "109-001", "-o", str(out)]) == 0
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows == [("姓名", "身分證字號", "迄日"), ("陳一", "A123456789", "2020-12-31")]
    assert cli.run([*base, "--columns", "不存在的欄"]) == 1
    assert "未知的欄位「不存在的欄」" in capsys.readouterr().err
    assert cli.run([*base, "--reset"]) == 0
    assert "身分證字號,姓名,課程名稱,課程代碼" in capsys.readouterr().out


def test_portal_format_split_by_topic(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 陳一's 4 hours become 3 h 環境教育 + 1 h 性別主流化.
    db = Database.open(db_path)
    with db.session() as s:
        enr_id = s.scalar(
            select(Enrollment.id)
            .join(Employee, Employee.id == Enrollment.employee_id)
            .where(Employee.employee_no == "C001")
        )
        credit = s.scalar(select(CreditByTopic).filter_by(enrollment_id=enr_id))
        assert credit is not None
        credit.minutes = 180
        gender = s.scalar(select(LearningTopic.id).filter_by(name="性別主流化"))
        s.add(CreditByTopic(enrollment_id=enr_id, topic_id=gender, minutes=60))
    db.close()
    base = ["--db", db_path, "portal-format", "--columns", "姓名,學習時數,學習類別"]
    out = tmp_path / "portal.xlsx"
    export = ["--db", db_path, "export", "portal", "--class", "109-001", "-o", str(out)]

    def exported() -> list[tuple[object, ...]]:
        return list(load_workbook(out).worksheets[0].iter_rows(values_only=True))[1:]

    assert cli.run(base) == 0
    assert "每人每班一列" in capsys.readouterr().out
    assert cli.run(export) == 0
    assert exported() == [("陳一", 4, "環境教育")]
    assert cli.run([*base, "--split-by-topic", "yes"]) == 0
    assert "每人每班每個學習類別一列" in capsys.readouterr().out
    assert cli.run(export) == 0
    assert exported() == [("陳一", 3, "環境教育"), ("陳一", 1, "性別主流化")]
    assert cli.run([*base, "--split-by-topic", "no"]) == 0
    assert cli.run(export) == 0
    assert exported() == [("陳一", 4, "環境教育")]

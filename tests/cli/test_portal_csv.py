"""`hrplanner portal-format --preset portal104` and `export portal -o FILE.csv` (issue 10, SPEC
§3.2, §4): Big5 as Windows writes it, unencodable names listed with exit 1, --encoding and
--skip-unencodable."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from hrplanner import cli
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassSession,
    CreditByTopic,
    Employee,
    Enrollment,
    LearningTopic,
    StaffCategory,
    TrainingClass,
)


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    db = Database.open(path)
    with db.session() as s:
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        unit = get_or_create_unit(s, "人事室").id
        people = [
            Employee(employee_no=no, name=name, unit_id=unit, category_id=cat, national_id=nid)
            for no, name, nid in (
                ("C001", "陳一", "A123456789"),
                ("C002", "林堃", "F131104093"),
                ("C003", "張𡘙", "B120000008"),
            )
        ]
        s.add_all(people)
        day = dt.date(2024, 3, 5)
        cls = TrainingClass(
            code="113-001",
            title="環境教育",
            location="新竹市東區",
            start_date=day,
            end_date=day,
            closed_on=day,
        )
        s.add(cls)
        s.flush()
        topic = s.scalar(select(LearningTopic.id).filter_by(name="環境教育"))
        s.add(
            ClassSession(
                class_id=cls.id,
                session_no=1,
                date=day,
                start_time=dt.time(9),
                end_time=dt.time(12),
                minutes=180,
                topic_id=topic,
            )
        )
        for emp in people:
            s.flush()
            enr = Enrollment(
                class_id=cls.id,
                employee_id=emp.id,
                registered_at=dt.datetime(2024, 2, 1),
                credit_minutes=180,
            )
            s.add(enr)
            s.flush()
            s.add(CreditByTopic(enrollment_id=enr.id, topic_id=topic, minutes=180))
    db.close()
    return path


def test_portal104_csv_from_the_command_line(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["--db", db_path, "portal-format", "--preset", "portal104"]) == 0
    shown = capsys.readouterr().out
    assert "portal104" in shown and "cp950" in shown and "固定:6=*學位學分" in shown
    out = tmp_path / "時數登錄.csv"
    export = ["--db", db_path, "export", "portal", "--class", "113-001", "-o", str(out)]
    # Listed before writing, exit 1, no file.
    assert cli.run(export) == 1
    err = capsys.readouterr().err
    assert "林堃（C002）" in err and "U+5803" in err
    assert "張𡘙（C003）" in err and "U+21619" in err
    assert not out.exists()
    # Leave them out: exit 0, the rest written, the two named.
    assert cli.run([*export, "--skip-unencodable"]) == 0
    captured = capsys.readouterr()
    assert "林堃（C002）" in captured.err and "張𡘙（C003）" in captured.err
    data = out.read_bytes()
    assert b"?" not in data
    rows = list(csv.reader(io.StringIO(data.decode("cp950"))))
    assert len(rows[0]) == 23 and [r[6] for r in rows[1:]] == ["陳一"]
    assert rows[1][9] == "30"  # 新竹市
    # Or write UTF-8 instead.
    assert cli.run([*export, "--encoding", "utf-8-sig"]) == 0
    assert "UTF-8" in capsys.readouterr().out
    names = [r[6] for r in csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")))]
    assert names == ["*姓名", "陳一", "林堃", "張𡘙"]
    xlsx = ["--db", db_path, "export", "portal", "--class", "113-001"]
    assert cli.run([*xlsx, "-o", str(tmp_path / "a.xlsx"), "--encoding", "cp950"]) == 2
    assert cli.run([*xlsx, "-o", str(tmp_path / "a.txt")]) == 2


def test_code_tables_from_the_command_line(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--db", db_path, "portal-format"]
    assert (
        cli.run(
            [*base, "--category-codes", "環境教育=338,行政中立=", "--city-codes", "其他地點=33"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "環境教育=338" in out and "行政中立=" not in out and "其他地點=33" in out
    assert cli.run([*base, "--category-codes", "環境教育=abc"]) == 1
    assert cli.run([*base, "--preset", "portal105"]) == 2

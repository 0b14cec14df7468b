"""Satisfaction surveys from the command line (issue 13's done-when): ten forms of a class
with fourteen people credited, imported with digits, scale words and blanks, give the exact
means per question, the overall mean and a 回收率 of 71.4% in ``export survey``, and
``print survey`` writes the results; a file with an unreadable answer exits 1."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hrplanner import cli
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StaffCategory

from ..conftest import write_workbook
from ..services.survey.conftest import add_class
from ..services.survey.test_files import TEXTS
from ..services.survey.test_responses_and_results import FORMS, MEANS


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    db = Database.open(path, user="tester")
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室").id
        category = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        people = []
        for n in range(14):
            e = Employee(
                employee_no=f"C{n:03d}", name=f"學員{n}", unit_id=unit, category_id=category
            )
            s.add(e)
            s.flush()
            people.append(e.id)
        add_class(
            s, "114-001", people, 14, category="創新設計力", organizer="人事室", topic="業務相關"
        )
    db.close()
    return path


def test_import_export_and_print(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["114-001", *(None if v == "" else v for v in form)] for form in FORMS]
    answers = write_workbook(tmp_path / "answers.xlsx", {"問卷回覆": [["班期代碼", *TEXTS], *rows]})
    assert cli.run(["--db", db_path, "import", "survey", str(answers), "--dry-run"]) == 0
    assert "將新增 10 筆" in capsys.readouterr().out
    assert cli.run(["--db", db_path, "import", "survey", str(answers)]) == 0
    out = tmp_path / "stats.xlsx"
    assert cli.run(["--db", db_path, "export", "survey", "-o", str(out), "--class", "114-001"]) == 0
    assert "10 份回覆，回收率 71.4%" in capsys.readouterr().out
    sheet = list(load_workbook(out)["滿意度統計"].iter_rows(values_only=True))
    means = {int(r[2]): Decimal(str(r[5])) for r in sheet[1:6]}
    assert means == {n: Decimal(text) for n, text in MEANS.items()}
    overall = sheet[6]
    assert (overall[2], overall[4], Decimal(str(overall[5])), overall[11]) == (
        "整體",
        10,
        Decimal("4.06"),
        "71.4%",
    )
    pdf = tmp_path / "result.pdf"
    assert cli.run(["--db", db_path, "print", "survey", "-o", str(pdf), "--class", "114-001"]) == 0
    assert pdf.stat().st_size > 10_000


def test_an_unreadable_answer_exits_1(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_workbook(
        tmp_path / "bad.xlsx", {"問卷回覆": [["班期代碼", "1", "2"], ["114-001", "很棒", 4]]}
    )
    assert cli.run(["--db", db_path, "import", "survey", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "第 2 列" in err and "無法辨識的滿意度「很棒」" in err

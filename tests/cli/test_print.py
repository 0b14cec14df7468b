"""`hrplanner print ...` and `export certificates` on the demo agency: the PDFs carry every
enrollee's name, the class title and the ROC dates as extractable text, with embedded fonts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import delete, func, select, text

from hrplanner import cli
from hrplanner.services.common import settings_service
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Certificate, ClassSession, Employee, Enrollment, TrainingClass


@dataclass(frozen=True)
class DemoClass:
    db_file: Path
    code: str
    title: str
    enrolled: list[str]  # names of the 正取 enrollees
    credited: list[str]  # names with credit > 0
    dates: list[str]  # session dates as 中華民國115年7月26日


def _roc(d) -> str:  # type: ignore[no-untyped-def]
    return f"中華民國{d.year - 1911}年{d.month}月{d.day}日"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoClass:
    """The small demo agency (built once) and its closed class with the most enrollees."""
    folder = tmp_path_factory.mktemp("demo")
    db_file = folder / "demo.db"
    saved = os.environ.get("HRPLANNER_DATA_DIR")
    os.environ["HRPLANNER_DATA_DIR"] = str(folder / "data")
    try:
        assert cli.run(["--db", str(db_file), "demo", "--size", "small"]) == 0
    finally:
        if saved is None:
            os.environ.pop("HRPLANNER_DATA_DIR", None)
        else:
            os.environ["HRPLANNER_DATA_DIR"] = saved
    db = Database.open(str(db_file))
    try:
        with db.session() as s:  # the numbers from the first one: no demo certificates
            s.execute(delete(Certificate))
        with db.session() as s:
            count = func.count(Enrollment.id)
            cls = s.scalars(
                select(TrainingClass)
                .join(Enrollment, Enrollment.class_id == TrainingClass.id)
                .where(Enrollment.status == "正取", TrainingClass.closed_on.is_not(None))
                .group_by(TrainingClass.id)
                .order_by(count.desc(), TrainingClass.code)
            ).first()
            assert cls is not None
            people = s.execute(
                select(Employee.name, Enrollment.credit_minutes)
                .join(Enrollment, Enrollment.employee_id == Employee.id)
                .where(Enrollment.class_id == cls.id, Enrollment.status == "正取")
            ).all()
            days = s.scalars(
                select(ClassSession.date)
                .where(ClassSession.class_id == cls.id)
                .order_by(ClassSession.session_no)
            ).all()
            found = DemoClass(
                db_file,
                cls.code,
                cls.title,
                [n for n, _ in people],
                [n for n, c in people if c],
                [_roc(d) for d in days],
            )
            s.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        db.close()
    assert len(found.enrolled) >= 10 and found.credited
    return found


@pytest.fixture
def demo_copy(demo: DemoClass, tmp_path: Path) -> Path:
    """A private copy of the demo database for tests that change it."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo.db_file, copy)
    return copy


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def fonts_embedded(path: Path) -> bool:
    """Every font of every page has its TrueType program inside the PDF."""
    fonts = []
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts.append("/FontFile2" in font["/FontDescriptor"].get_object())
    return bool(fonts) and all(fonts)


def test_print_signin_lists_every_enrollee_with_title_and_dates(
    demo: DemoClass, demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "signin.pdf"
    rc = cli.run(["--db", str(demo_copy), "print", "signin", "--class", demo.code, "-o", str(out)])
    assert rc == 0, capsys.readouterr().err
    assert f"（{len(demo.dates)} 場）" in capsys.readouterr().out
    body = pdf_text(out)
    assert demo.title in body
    for day in demo.dates:
        assert day in body
    for name in demo.enrolled:
        assert body.count(name) >= len(demo.dates), name  # on every session's sheet
    assert fonts_embedded(out)
    one = tmp_path / "one.pdf"
    args = ["print", "signin", "--class", demo.code, "--session", "1", "-o", str(one)]
    assert cli.run(["--db", str(demo_copy), *args]) == 0
    assert demo.dates[0] in pdf_text(one)
    if len(demo.dates) > 1:
        assert demo.dates[-1] not in pdf_text(one)


def test_print_certificates_numbers_every_credited_person(
    demo: DemoClass, demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "certs.pdf"
    args = ["print", "certificates", "--class", demo.code, "--date", "115/8/10", "-o", str(out)]
    assert cli.run(["--db", str(demo_copy), *args]) == 0, capsys.readouterr().err
    assert "115研字第0001號" in capsys.readouterr().out
    with pdfplumber.open(out) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    assert len(pages) == len(demo.credited)
    body = "\n".join(pages)
    assert demo.title in body or demo.title in body.replace("\n", "")
    for name in demo.credited:
        assert name in body, name
    assert demo.dates[0].removeprefix("中華民國") in body  # 115年7月26日 in the wording
    assert "115研字第0001號" in pages[0]
    assert f"115研字第{len(pages):04d}號" in pages[-1]
    assert fonts_embedded(out)
    # Reprinting keeps the numbers and issues no new ones.
    again = tmp_path / "again.pdf"
    args[-1] = str(again)
    args[5] = "115/9/1"
    assert cli.run(["--db", str(demo_copy), *args]) == 0
    assert pdf_text(again).count("研字第") == len(pages)
    assert f"115研字第{len(pages) + 1:04d}號" not in pdf_text(again)

    register = tmp_path / "register.xlsx"
    rc = cli.run(
        ["--db", str(demo_copy), "export", "certificates", "--year", "115", "-o", str(register)]
    )
    assert rc == 0
    sheet = load_workbook(register, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("證書編號", "年度", "序號", "員工編號", "姓名")
    assert [r[0] for r in rows[1:]] == [f"115研字第{i:04d}號" for i in range(1, len(pages) + 1)]
    assert {r[12] for r in rows[1:]} == {"有效"}


def test_a_reprint_reads_the_file_without_opening_it_the_ordinary_way(
    demo: DemoClass, demo_copy: Path, tmp_path: Path
) -> None:
    """Once every number is issued, printing again takes the quick reprint (no SQLAlchemy
    loaded) and prints the same pages as the ordinary print that issued them."""
    issued = tmp_path / "issued.pdf"
    args = ["print", "certificates", "--class", demo.code, "--date", "115/8/10", "-o"]
    assert cli.run(["--db", str(demo_copy), *args, str(issued)]) == 0
    again = tmp_path / "again.pdf"
    argv = ["--db", str(demo_copy), "print", "certificates", "--class", demo.code, "-o", str(again)]
    script = (
        "import sys; from hrplanner.cli.main import run; rc = run(sys.argv[1:]);"
        " print('sqlalchemy' in sys.modules); sys.exit(rc)"
    )
    env = dict(os.environ, HRPLANNER_DATA_DIR=str(tmp_path / "data"), HRPLANNER_DB="")
    done = subprocess.run(
        [sys.executable, "-c", script, *argv], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    said, loaded = done.stdout.strip().splitlines()
    assert loaded == "False"
    assert f"研習證明書 {len(demo.credited)} 張（115研字第0001號～" in said
    assert pdf_text(again) == pdf_text(issued)
    assert oct(again.stat().st_mode & 0o777) == oct(0o600)


def test_other_forms_and_usage_errors(
    demo: DemoClass, demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo_copy)]
    roster = tmp_path / "roster.pdf"
    assert cli.run([*db, "print", "roster", "--class", demo.code, "-o", str(roster)]) == 0
    body = pdf_text(roster)
    assert "班期成績冊" in body and all(name in body for name in demo.enrolled)
    quest = tmp_path / "q.pdf"
    assert cli.run([*db, "print", "questionnaire", "--class", demo.code, "-o", str(quest)]) == 0
    assert "滿意度調查表" in pdf_text(quest)
    capsys.readouterr()

    # The demo opens this year's appraisals: the 紀錄表 of its interim periods print.
    forms = tmp_path / "a.pdf"
    assert cli.run([*db, "print", "appraisal-form", "--period", "1", "-o", str(forms)]) == 0
    assert "平時成績考核紀錄表" in pdf_text(forms)
    # A year that was never opened is refused, saying what to do.
    assert cli.run([*db, "print", "appraisal-form", "--year", "1990", "-o", str(forms)]) == 1
    assert "appraisal open" in capsys.readouterr().err
    assert cli.run([*db, "print", "plan-report", "-o", str(tmp_path / "p.pdf")]) == 2
    assert "--plan" in capsys.readouterr().err
    assert cli.run([*db, "print", "signin", "-o", str(tmp_path / "s.pdf")]) == 2
    assert "--class" in capsys.readouterr().err
    assert (
        cli.run([*db, "print", "signin", "--class", demo.code, "-o", str(tmp_path / "s.txt")]) == 2
    )
    args = [
        "print",
        "roster",
        "--class",
        demo.code,
        "--session",
        "1",
        "-o",
        str(tmp_path / "r.pdf"),
    ]
    assert cli.run([*db, *args]) == 2
    assert not (tmp_path / "r.pdf").exists()


def test_unusable_font_is_a_clear_refusal(
    demo: DemoClass, demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "font.ttf"
    bogus.write_text("not a font")
    db = Database.open(str(demo_copy))
    settings_service.update(db, {Setting.PRINT_FONT_FILE: str(bogus)})
    db.close()
    out = tmp_path / "s.pdf"
    rc = cli.run(["--db", str(demo_copy), "print", "signin", "--class", demo.code, "-o", str(out)])
    assert rc == 1
    err = capsys.readouterr().err
    assert "無法列印" in err and "font.ttf" in err
    assert not out.exists()

"""Print data assembled from the database for the PDF builders (SPEC §3.3, R9, R10)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused, NotFound
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.training import attendance, classes, closing, enrollment, printing
from hrplanner.services.training.attendance import MarkChange
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StaffCategory, Unit

D, T = dt.date, dt.time
CODE = "115-007"


def make_class(db: Database, *, close: bool = False) -> tuple[int, list[int], list[int]]:
    """Four people in two units (one 素, one 不用餐, one 備取 beyond capacity 3); two
    sessions, the second one 供餐. Returns (class id, enrollment ids, session ids)."""
    with db.session() as s:
        first = get_or_create_unit(s, "人事室")
        second = get_or_create_unit(s, "秘書室")
        s.flush()
        s.get(Unit, first.id).sort_order = 2  # type: ignore[union-attr]
        s.get(Unit, second.id).sort_order = 1  # type: ignore[union-attr]
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        people = [
            ("E1", "王大明", first.id, "A123456789", "葷", "科員"),
            ("E2", "李美麗", second.id, "F131104093", "素", "秘書"),
            ("E3", "陳志明", first.id, None, "不用餐", None),
            ("E4", "林備取", first.id, None, "葷", None),
        ]
        staff = [
            Employee(
                employee_no=no,
                name=name,
                unit_id=unit,
                category_id=cat,
                national_id=nid,
                meal=meal,
                title=title,
            )
            for no, name, unit, nid, meal, title in people
        ]
        s.add_all(staff)
        s.flush()
        ids = [e.id for e in staff]
    detail = classes.create_class(
        db,
        ClassInput(CODE, "公務倫理研習", capacity=3, location="第一會議室", instructor="張講座"),
        [
            SessionInput(D(2026, 3, 2), "廉政與服務倫理", T(9), T(12)),
            SessionInput(D(2026, 3, 3), "人權教育", T(9), T(12), meal_served=True),
        ],
    )
    cid = detail.summary.id
    base = dt.datetime(2026, 1, 5, 9)
    rows = enrollment.enroll(
        db, cid, [EnrollRequest(e, base + dt.timedelta(minutes=i)) for i, e in enumerate(ids)]
    )
    enr = [v.enrollment_id for v in sorted(rows.enrollees, key=lambda v: v.employee_no)]
    ses = [v.id for v in detail.sessions]
    if close:
        attendance.set_marks(db, cid, [MarkChange(enr[2], ses[0], "缺課")])
        attendance.set_marks(db, cid, [MarkChange(enr[1], ses[1], "請假", 60)])
        attendance.fill_all_present(db, cid)
        closing.close_class(db, cid, D(2026, 3, 4))
    return cid, enr, ses


def test_signin_sheets_one_per_session_with_masked_ids_and_meals(db: Database) -> None:
    make_class(db)
    settings_service.update(
        db, {Setting.AGENCY_NAME: "新竹市政府", Setting.SIGNIN_SHOW_MASKED_ID: True}
    )
    sheets = printing.signin_sheets(db, CODE)
    assert [s.session_no for s in sheets] == [1, 2]
    first, second = sheets
    assert (first.agency, first.class_title, first.session_date) == (
        "新竹市政府",
        "公務倫理研習",
        D(2026, 3, 2),
    )
    assert (first.location, first.hours_text, first.session_count) == ("第一會議室", "3小時", 2)
    # 正取 only, 秘書室 (sort order 1) before 人事室; the 備取 person is not on the sheet.
    assert [r.name for r in first.rows] == ["李美麗", "王大明", "陳志明"]
    assert [r.national_id_masked for r in first.rows] == ["F13****093", "A12****789", ""]
    assert [r.meal for r in first.rows] == ["素", "葷", "不用餐"]
    assert first.columns.index("身分證字號") == first.columns.index("姓名") + 1
    assert first.meal_counts is None  # no meal at the first session
    assert dict(second.meal_counts or {}) == {"葷": 1, "素": 1, "不用餐": 1}
    whole = repr(sheets)
    assert "A123456789" not in whole and "F131104093" not in whole


def test_one_session_and_column_options(db: Database) -> None:
    make_class(db)
    settings_service.update(
        db,
        {
            Setting.SIGNIN_COLUMNS: "序號、姓名、簽到",
            Setting.SIGNIN_BLANK_ROWS: 2,
            Setting.SIGNIN_LANDSCAPE: True,
        },
    )
    (sheet,) = printing.signin_sheets(db, CODE, session_no=2)
    assert (sheet.session_no, sheet.columns, sheet.blank_rows, sheet.landscape) == (
        2,
        ("序號", "姓名", "簽到"),
        2,
        True,
    )
    with pytest.raises(NotFound, match="沒有第 5 場"):
        printing.signin_sheets(db, CODE, session_no=5)
    with pytest.raises(NotFound):
        printing.signin_sheets(db, "no-such-class")
    settings_service.update(db, {Setting.SIGNIN_COLUMNS: "序號,電話"})
    with pytest.raises(InputRefused, match="電話"):
        printing.signin_sheets(db, CODE)


def test_certificates_are_numbered_and_filled_from_the_settings(db: Database) -> None:
    make_class(db, close=True)
    settings_service.update(
        db,
        {
            Setting.AGENCY_NAME: "新竹市政府",
            Setting.HEAD_TITLE: "市長",
            Setting.HEAD_NAME: "高虹安",
            Setting.CERTIFICATE_BODY_TEMPLATE: "{name}參加{class_title}共{hours}。",
        },
    )
    batch = printing.certificates(db, CODE, D(2026, 3, 5))
    # 陳志明 was absent without leave: no credit, no certificate.
    assert [c.name for c in batch.certificates] == ["王大明", "李美麗"]
    assert [c.number for c in batch.certificates] == ["115研字第0001號", "115研字第0002號"]
    assert [c.hours_text for c in batch.certificates] == ["6小時", "5小時"]
    cert = batch.certificates[0]
    assert (cert.agency, cert.head_title, cert.head_name) == ("新竹市政府", "市長", "高虹安")
    assert (cert.start_date, cert.end_date, cert.issue_date) == (
        D(2026, 3, 2),
        D(2026, 3, 3),
        D(2026, 3, 5),
    )
    assert cert.body_template == "{name}參加{class_title}共{hours}。"
    assert batch.warnings() == []
    again = printing.certificates(db, CODE, D(2026, 6, 1))
    assert [c.number for c in again.certificates] == ["115研字第0001號", "115研字第0002號"]
    assert {c.issue_date for c in again.certificates} == {D(2026, 3, 5)}


def test_certificates_held_back_while_under_review(db: Database, tmp_path: Path) -> None:
    cid, enr, ses = make_class(db, close=True)
    printing.certificates(db, CODE, D(2026, 3, 5))
    closing.reopen_class(db, cid)
    attendance.set_marks(db, cid, [MarkChange(enr[0], ses[0], "請假", 30)])
    closing.close_class(db, cid, D(2026, 3, 6))
    batch = printing.certificates(db, CODE, D(2026, 3, 7))
    assert [c.name for c in batch.certificates] == ["李美麗"]
    assert [r.name for r in batch.pending_review] == ["王大明"]
    assert "待查" in batch.warnings()[0]
    settings_service.update(db, {Setting.CERTIFICATE_SEAL_IMAGE: str(tmp_path / "seal.png")})
    with pytest.raises(InputRefused, match="找不到印信圖檔"):
        printing.certificates(db, CODE, D(2026, 3, 7))


def test_roster_lists_attendance_leave_credit_and_reason(db: Database) -> None:
    make_class(db, close=True)
    roster = printing.roster(db, CODE)
    assert (roster.class_title, roster.class_minutes, roster.leave_limit_text) == (
        "公務倫理研習",
        360,
        "三分之一",
    )
    assert (roster.start_date, roster.end_date) == (D(2026, 3, 2), D(2026, 3, 3))
    rows = {r.name: r for r in roster.rows}
    assert [r.name for r in roster.rows][-1] == "林備取"  # 備取 after the 正取
    assert (rows["王大明"].attendance, rows["王大明"].credit_minutes) == ("全勤 2/2 場", 360)
    assert (rows["李美麗"].leave_minutes, rows["李美麗"].credit_minutes) == (60, 300)
    assert (rows["陳志明"].credit_minutes, rows["陳志明"].reason) == (0, "未請假缺課")
    assert rows["陳志明"].attendance == "出席 1/2 場"
    assert (rows["林備取"].status, rows["林備取"].credit_minutes) == ("備取", 0)


def test_questionnaire_heads_with_the_class(db: Database) -> None:
    make_class(db)
    settings_service.update(db, {Setting.AGENCY_NAME: "新竹市政府"})
    q = printing.questionnaire(db, CODE)
    assert (q.agency, q.class_title, q.class_date, q.instructor) == (
        "新竹市政府",
        "公務倫理研習",
        D(2026, 3, 2),
        "張講座",
    )


def test_a_broken_wording_or_font_issues_no_numbers(db: Database, tmp_path: Path) -> None:
    from hrplanner.reports.pdf.fonts import FontNotFound
    from hrplanner.services.certificates import register

    make_class(db, close=True)
    settings_service.update(db, {Setting.CERTIFICATE_BODY_TEMPLATE: "{姓名}參加{class_title}"})
    with pytest.raises(ValueError, match="姓名"):
        printing.print_certificates(db, CODE, D(2026, 3, 5), tmp_path / "c.pdf")
    bogus = tmp_path / "font.ttf"
    bogus.write_text("not a font")
    settings_service.update(
        db, {Setting.CERTIFICATE_BODY_TEMPLATE: "", Setting.PRINT_FONT_FILE: str(bogus)}
    )
    with pytest.raises(FontNotFound):
        printing.print_certificates(db, CODE, D(2026, 3, 5), tmp_path / "c.pdf")
    assert register.register(db) == []
    assert not (tmp_path / "c.pdf").exists()
    settings_service.update(db, {Setting.PRINT_FONT_FILE: ""})
    batch = printing.print_certificates(db, CODE, D(2026, 3, 5), tmp_path / "c.pdf")
    assert [c.number for c in batch.certificates] == ["115研字第0001號", "115研字第0002號"]
    assert (tmp_path / "c.pdf").stat().st_size > 0

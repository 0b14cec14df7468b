"""The certificate register (R10): numbering per year, reprints, voiding, the review flag."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hrplanner import i18n
from hrplanner.services.catalogue import FileRequest, Hooks
from hrplanner.services.certificates import register as certificates
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.training import attendance, classes, closing, enrollment
from hrplanner.services.training.attendance import MarkChange
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Certificate, ChangeLog, Employee, StaffCategory

D, T = dt.date, dt.time


def make_class(
    db: Database, code: str, day: dt.date, people: int = 3, *, close: bool = True
) -> tuple[int, list[int], list[int]]:
    """A 6-hour class (two 3-hour sessions on ``day`` and the next day), everyone present,
    closed the day after. Returns (class id, enrollment ids by employee number, session ids)."""
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        staff = [
            Employee(
                employee_no=f"{code}-{i}", name=f"{code}員工{i}", unit_id=unit.id, category_id=cat
            )
            for i in range(1, people + 1)
        ]
        s.add_all(staff)
        s.flush()
        ids = [e.id for e in staff]
    detail = classes.create_class(
        db,
        ClassInput(code, f"{code} 研習"),
        [
            SessionInput(day, "環境教育", T(9), T(12)),
            SessionInput(day + dt.timedelta(days=1), "性別主流化", T(9), T(12)),
        ],
    )
    cid = detail.summary.id
    stamp = dt.datetime.combine(day - dt.timedelta(days=30), T(9))
    result = enrollment.enroll(db, cid, [EnrollRequest(e, stamp) for e in ids])
    enrolled = [v.enrollment_id for v in sorted(result.enrollees, key=lambda v: v.employee_no)]
    sessions = [v.id for v in detail.sessions]
    if close:
        attendance.fill_all_present(db, cid)
        closing.close_class(db, cid, day + dt.timedelta(days=2))
    return cid, enrolled, sessions


def numbers(rows: list[certificates.CertificateRow]) -> list[str]:
    return [r.number for r in rows]


def test_numbers_run_across_classes_in_a_year_and_restart_next_year(db: Database) -> None:
    a, *_rest = make_class(db, "115-001", D(2026, 3, 2), 3)
    b, *_rest = make_class(db, "115-002", D(2026, 5, 4), 2)
    c, *_rest = make_class(db, "115-090", D(2026, 12, 28), 2)
    first = certificates.issue_certificates(db, a, D(2026, 3, 10))
    assert numbers(first) == [f"115研字第000{i}號" for i in (1, 2, 3)]
    assert [r.name for r in first] == ["115-001員工1", "115-001員工2", "115-001員工3"]
    assert {r.minutes for r in first} == {360} and {r.status for r in first} == {"有效"}
    second = certificates.issue_certificates(db, "115-002", D(2026, 5, 20))
    assert numbers(second) == ["115研字第0004號", "115研字第0005號"]
    # The class ended in December but the certificates go out in January: next year's book.
    third = certificates.issue_certificates(db, c, D(2027, 1, 5), now=D(2027, 1, 5))
    assert numbers(third) == ["116研字第0001號", "116研字第0002號"]
    assert [(r.year, r.seq) for r in third] == [(2027, 1), (2027, 2)]
    assert numbers(certificates.register(db, year=2026)) == numbers(first) + numbers(second)
    assert numbers(certificates.register(db, class_id="115-002")) == numbers(second)
    assert certificates.years(db) == [2027, 2026]
    assert b  # the second class really is another class


def test_an_issue_date_before_the_end_or_after_today_is_refused(db: Database) -> None:
    # A mistyped year would hand out numbers of the wrong year's book, never to be reused.
    cid, *_rest = make_class(db, "115-101", D(2026, 11, 17), 2)  # ends 115/11/18
    with pytest.raises(InputRefused, match=r"早於班期「115-101」的結訓日期 115/11/18") as err:
        certificates.issue_certificates(db, cid, D(2025, 1, 1), now=D(2026, 11, 23))
    assert "114/01/01" in str(err.value.problems[0])
    with pytest.raises(InputRefused, match=r"晚於今天 115/11/23"):
        certificates.issue_certificates(db, cid, D(2026, 11, 24), now=D(2026, 11, 23))
    with pytest.raises(InputRefused, match="晚於今天"):  # the real clock by default
        certificates.issue_certificates(db, cid, dt.date.today() + dt.timedelta(days=1))
    with db.session() as s:
        assert s.scalar(select(func.count(Certificate.id))) == 0
    # The end date itself and today are fine.
    rows = certificates.issue_certificates(db, cid, D(2026, 11, 18), now=D(2026, 11, 18))
    assert numbers(rows) == ["115研字第0001號", "115研字第0002號"]


def test_reprinting_keeps_the_numbers(db: Database) -> None:
    cid, *_rest = make_class(db, "115-001", D(2026, 3, 2), 3)
    first = certificates.issue_certificates(db, cid, D(2026, 3, 10))
    again = certificates.issue_certificates(db, cid, D(2026, 4, 1))
    assert numbers(again) == numbers(first)
    assert {r.issued_on for r in again} == {D(2026, 3, 10)}  # the original issue date
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Certificate)) == 3


def test_a_voided_number_is_never_reused(db: Database) -> None:
    cid, *_rest = make_class(db, "115-001", D(2026, 3, 2), 3)
    first = certificates.issue_certificates(db, cid, D(2026, 3, 10))
    last = first[-1]
    voided = certificates.void(db, last.id, D(2026, 3, 11))
    assert (voided.number, voided.status, voided.voided_on) == (
        "115研字第0003號",
        "作廢",
        D(2026, 3, 11),
    )
    with pytest.raises(InputRefused, match="已於 115/03/11 作廢"):
        certificates.void(db, last.id, D(2026, 3, 12))
    # Reissuing gives the same person a new number after the highest one, voided included.
    again = certificates.issue_certificates(db, cid, D(2026, 3, 12))
    assert numbers(again) == ["115研字第0001號", "115研字第0002號", "115研字第0004號"]
    assert again[-1].name == last.name
    register = certificates.register(db, year=2026)
    assert [(r.number, r.status) for r in register] == [
        ("115研字第0001號", "有效"),
        ("115研字第0002號", "有效"),
        ("115研字第0003號", "作廢"),
        ("115研字第0004號", "有效"),
    ]
    assert [r.number for r in certificates.register(db, status="作廢")] == ["115研字第0003號"]
    with db.session() as s:
        logged = s.scalars(select(ChangeLog.new).filter_by(entity="certificate")).all()
    assert "作廢" in logged


def test_only_credit_in_closed_classes_earns_a_certificate(db: Database) -> None:
    open_id, *_rest = make_class(db, "115-001", D(2026, 3, 2), 2, close=False)
    with pytest.raises(InputRefused, match="尚未結訓"):
        certificates.issue_certificates(db, open_id, D(2026, 3, 10))
    cid, enr, ses = make_class(db, "115-002", D(2026, 4, 6), 4, close=False)
    attendance.set_marks(db, cid, [MarkChange(enr[1], ses[0], "缺課")])
    attendance.set_marks(db, cid, [MarkChange(enr[2], ses[0], "請假")])  # 3 h of 6: over 1/3
    attendance.fill_all_present(db, cid)
    enrollment.cancel_enrollment(db, enr[3], D(2026, 4, 1))  # before the class: no credit
    closing.close_class(db, cid, D(2026, 4, 10))
    rows = certificates.issue_certificates(db, cid, D(2026, 4, 10))
    assert [r.name for r in rows] == ["115-002員工1"]
    assert numbers(rows) == ["115研字第0001號"]


def test_attendance_changed_after_issue_flags_for_review(db: Database) -> None:
    cid, enr, ses = make_class(db, "115-001", D(2026, 3, 2), 3)
    issued = certificates.issue_certificates(db, cid, D(2026, 3, 10))
    closing.reopen_class(db, cid)
    # 1 h late on the first day: recorded as 1 h leave, credit 5 h instead of 6 h.
    attendance.set_marks(db, cid, [MarkChange(enr[0], ses[0], "請假", 60)])
    result = closing.close_class(db, cid, D(2026, 3, 20))
    assert result.flagged_certificates == 1
    rows = certificates.issue_certificates(db, cid, D(2026, 3, 21))
    assert numbers(rows) == numbers(issued)  # no new number for the flagged person
    flagged = rows[0]
    assert (flagged.status, flagged.minutes, flagged.credit_minutes) == ("待查", 360, 300)
    assert [r.status for r in rows[1:]] == ["有效", "有效"]
    with pytest.raises(InputRefused, match="不需查核"):
        certificates.mark_reviewed(db, rows[1].id)
    reviewed = certificates.mark_reviewed(db, flagged.id)
    assert (reviewed.status, reviewed.minutes, reviewed.number) == ("有效", 300, flagged.number)


def test_review_of_a_certificate_whose_credit_is_gone_asks_to_void(db: Database) -> None:
    cid, enr, ses = make_class(db, "115-001", D(2026, 3, 2), 2)
    issued = certificates.issue_certificates(db, cid, D(2026, 3, 10))
    closing.reopen_class(db, cid)
    attendance.set_marks(db, cid, [MarkChange(enr[0], ses[1], "缺課")])
    closing.close_class(db, cid, D(2026, 3, 20))
    with pytest.raises(InputRefused, match="請將此證書作廢"):
        certificates.mark_reviewed(db, issued[0].id)
    rows = certificates.issue_certificates(db, cid, D(2026, 3, 21))
    assert [(r.name, r.status) for r in rows] == [("115-001員工2", "有效")]
    assert certificates.void(db, issued[0].id, D(2026, 3, 21)).status == "作廢"


def test_template_setting_and_a_broken_template(db: Database) -> None:
    cid, *_rest = make_class(db, "115-001", D(2026, 3, 2), 1)
    settings_service.update(db, {Setting.CERTIFICATE_NUMBER_TEMPLATE: "竹人字第{year}{seq:03d}號"})
    (row,) = certificates.issue_certificates(db, cid, D(2026, 3, 10))
    assert row.number == "竹人字第2026001號"
    other, *_rest = make_class(db, "115-002", D(2026, 4, 6), 1)
    settings_service.update(db, {Setting.CERTIFICATE_NUMBER_TEMPLATE: "第{sequence}號"})
    with pytest.raises(InputRefused, match="sequence"):
        certificates.issue_certificates(db, other, D(2026, 4, 10))
    # A template without the year repeats last year's numbers: refused, not a crash.
    settings_service.update(db, {Setting.CERTIFICATE_NUMBER_TEMPLATE: "第{seq:03d}號"})
    certificates.issue_certificates(db, other, D(2026, 4, 10))  # 第002號
    third, *_rest = make_class(db, "116-001", D(2027, 3, 1), 2)
    with pytest.raises(InputRefused, match="應包含年度"):
        certificates.issue_certificates(db, third, D(2027, 3, 10), now=D(2027, 3, 10))


def test_numbers_taken_meanwhile_by_another_officer_are_skipped(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two officers on one server: the other one's number arrives between our read of the
    highest number and our insert (a writer that does not wait for the numbering lock);
    the unique constraint refuses ours and we retry."""
    if db.is_sqlite:
        pytest.skip("SQLite: the issue holds the write lock from its start, no gap to race into")
    cid, _enr, _sessions = make_class(db, "115-001", D(2026, 3, 2), 2)
    other, other_enr, _other_sessions = make_class(db, "115-002", D(2026, 3, 2), 1)
    real = certificates._template
    calls = []

    def racing(s):  # type: ignore[no-untyped-def]
        if not calls:
            with db.session() as s2:  # another connection commits number 1 first
                s2.add(
                    Certificate(
                        year=2026,
                        seq=1,
                        number="115研字第0001號",
                        enrollment_id=other_enr[0],
                        minutes=360,
                        issued_on=D(2026, 3, 10),
                    )
                )
        calls.append(1)
        return real(s)

    monkeypatch.setattr(certificates, "_template", racing)
    rows = certificates.issue_certificates(db, cid, D(2026, 3, 10))
    assert len(calls) == 2  # the first attempt lost the race
    assert numbers(rows) == ["115研字第0002號", "115研字第0003號"]
    assert other


def test_attendance_corrected_on_a_closed_class_flags_at_once(db: Database) -> None:
    cid, enr, ses = make_class(db, "115-001", D(2026, 3, 2), 2)
    issued = certificates.issue_certificates(db, cid, D(2026, 3, 10))
    attendance.set_marks(db, cid, [MarkChange(enr[1], ses[1], "請假", 30)])
    rows = certificates.register(db, class_id=cid)
    assert [(r.number, r.status) for r in rows] == [
        (issued[0].number, "有效"),
        (issued[1].number, "待查"),
    ]
    assert rows[1].credit_minutes == 330


def test_refusals_and_the_summary_in_english(db: Database, tmp_path: Path) -> None:
    open_id, *_rest = make_class(db, "115-001", D(2026, 3, 2), 1, close=False)
    cid, *_rest = make_class(db, "115-002", D(2026, 3, 2), 1)
    certificates.issue_certificates(db, cid, D(2026, 3, 10))
    i18n.set_language("en")
    try:
        with pytest.raises(InputRefused) as info:
            certificates.issue_certificates(db, open_id, D(2026, 3, 10))
        assert str(info.value) == (
            'Class "115-001" has not been closed yet; certificates can be issued once it is '
            "closed and its learning hours computed"
        )
        done = certificates.run_export(
            db, tmp_path / "register.xlsx", FileRequest(year=2026), Hooks()
        )
        assert done.summary == "Exported the certificate register of ROC year 115 (1 row)"
    finally:
        i18n.set_language("zh_TW")
    # The register's cells stay Chinese whatever the interface language.
    assert certificates.register(db, year=2026)[0].status == "有效"


def test_numbers_can_follow_the_class_end_date_year(db: Database) -> None:
    # An office that numbers a December class certified in January by the class's year.
    assert settings_service.get(db, Setting.CERTIFICATE_NUMBER_YEAR) == "issue"
    settings_service.update(db, {Setting.CERTIFICATE_NUMBER_YEAR: "end"})
    dec, *_rest = make_class(db, "115-090", D(2026, 12, 28), 2)  # ends 115/12/29
    jan, *_rest = make_class(db, "116-001", D(2027, 1, 4), 1)
    late = certificates.issue_certificates(db, dec, D(2027, 1, 5), now=D(2027, 1, 6))
    assert numbers(late) == ["115研字第0001號", "115研字第0002號"]
    assert [(r.year, r.seq) for r in late] == [(2026, 1), (2026, 2)]
    assert late[0].issued_on == D(2027, 1, 5)
    new = certificates.issue_certificates(db, jan, D(2027, 1, 6), now=D(2027, 1, 6))
    assert numbers(new) == ["116研字第0001號"]
    # Back to the default: the next December class issued in January takes 116's numbers.
    settings_service.update(db, {Setting.CERTIFICATE_NUMBER_YEAR: "issue"})
    other, *_rest = make_class(db, "115-091", D(2026, 12, 28), 1)
    again = certificates.issue_certificates(db, other, D(2027, 1, 6), now=D(2027, 1, 6))
    assert numbers(again) == ["116研字第0002號"]

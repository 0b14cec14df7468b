"""The home page's service (SPEC R20) on hand-made data: the week, the classes whose
certificates can be issued (this year and last only), the one-click issue, the empty state."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.home import actions
from hrplanner.services.home import summary as home
from hrplanner.services.training import attendance, classes, closing, enrollment
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.storage.database import Database
from hrplanner.storage.models import Certificate, Employee, StaffCategory

D, T = dt.date, dt.time
TODAY = D(2026, 3, 4)  # a Wednesday


def closed_class(db: Database, code: str, day: dt.date, staff: list[int]) -> None:
    detail = classes.create_class(
        db, ClassInput(code, "研習"), [SessionInput(day, "環境教育", T(9), T(12))]
    )
    enrollment.enroll(
        db,
        detail.summary.id,
        [EnrollRequest(e, dt.datetime(day.year, 1, 1, 9, i)) for i, e in enumerate(staff)],
    )
    attendance.fill_all_present(db, detail.summary.id)
    closing.close_class(db, detail.summary.id, day)


def test_week_and_certificates_to_issue(db: Database) -> None:
    assert home.week_of(TODAY) == (D(2026, 3, 2), D(2026, 3, 8))
    empty = home.home_summary(db, TODAY)
    assert empty.staff == 0 and empty.agenda == ()
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        people = [Employee(employee_no=f"E{i}", name=f"員工{i}", unit_id=unit.id, category_id=cat)
                  for i in range(3)]  # fmt: skip
        s.add_all(people)
        s.flush()
        staff = [p.id for p in people]
    closed_class(db, "114-001", D(2025, 5, 6), staff)  # last year: still offered
    closed_class(db, "113-001", D(2024, 5, 6), staff)  # older: left alone
    classes.create_class(
        db, ClassInput("115-009", "本週"), [SessionInput(D(2026, 3, 8), "一般", T(9), T(12))]
    )
    classes.create_class(  # next Monday: not this week
        db, ClassInput("115-010", "下週"), [SessionInput(D(2026, 3, 9), "一般", T(9), T(12))]
    )
    assert home.week_class_codes(db, TODAY) == ["115-009"]
    assert home.uncertified_class_codes(db, TODAY) == ["114-001"]
    summary = home.home_summary(db, TODAY)
    week = summary.item(home.WEEK_CLASSES)
    assert week is not None and week.count == 1 and week.action == home.PRINT_WEEK_SIGNIN
    certificates = summary.item(home.CERTIFICATES)
    assert certificates is not None and certificates.count == 1
    assert certificates.target == home.Target("classes", (("view", "uncertified"),))

    issued = actions.issue_closed_certificates(db, TODAY)
    assert (issued.classes, issued.certificates, issued.review) == (1, 3, 0)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Certificate)) == 3
    assert home.uncertified_class_codes(db, TODAY) == []
    again = home.home_summary(db, TODAY).item(home.CERTIFICATES)
    assert again is not None and again.count == 0 and again.action is None


def test_issuing_stops_between_classes_when_cancelled(db: Database) -> None:
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        person = Employee(employee_no="E1", name="員工1", unit_id=unit.id, category_id=cat)
        s.add(person)
        s.flush()
        staff = [person.id]
    closed_class(db, "115-001", D(2026, 2, 2), staff)
    closed_class(db, "115-002", D(2026, 2, 3), staff)
    closed_class(db, "115-003", D(2026, 2, 4), staff)
    seen: list[tuple[int, int]] = []
    issued = actions.issue_closed_certificates(
        db, TODAY, lambda done, total: seen.append((done, total)), lambda: len(seen) >= 1
    )
    assert (issued.classes, issued.certificates, issued.left) == (1, 1, 2)
    assert seen == [(1, 3)]
    # The class issued keeps its number; the others are still offered.
    left = home.uncertified_class_codes(db, TODAY)
    assert len(left) == 2 and set(left) < {"115-001", "115-002", "115-003"}
    rest = actions.issue_closed_certificates(db, TODAY)
    assert (rest.classes, rest.certificates, rest.left) == (2, 2, 0)

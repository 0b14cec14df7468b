"""Two officers on one database (SPEC §5, issue 9): a save based on what another officer
has just changed is refused with a sentence, never silently overwritten; two officers
filling the same empty cell or closing the same class end in one save and one clear
conflict (no IntegrityError); simultaneous certificate issuers wait their turn.

Each officer has an engine of their own (as two PCs would), and the two saves are made to
meet: both officers read before either writes (a barrier in the service), so that the
database itself has to sort them out. Runs on SQLite and, when the test command started a
server, on PostgreSQL (HRPLANNER_TEST_PG_URL)."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import pytest
from sqlalchemy import select

from hrplanner.services.certificates import register as certificates
from hrplanner.services.common.errors import ConflictError, InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.training import attendance, classes, closing, enrollment
from hrplanner.services.training.attendance import EMPTY, MarkChange
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollmentDetails, EnrollRequest
from hrplanner.storage.database import Database
from hrplanner.storage.engine import make_engine, make_session_factory
from hrplanner.storage.models import Certificate, Employee, StaffCategory

D, T = dt.date, dt.time
DAY = D(2026, 3, 2)
ROUNDS = 5


@pytest.fixture
def officers(db: Database) -> Iterator[Callable[[], Database]]:
    """Another officer on the same database: an engine of their own."""
    opened: list[Database] = []
    url = db.engine.url.render_as_string(hide_password=False)

    def another() -> Database:
        engine = make_engine(url)
        officer = Database(engine, make_session_factory(engine), f"officer{len(opened)}")
        opened.append(officer)
        return officer

    yield another
    for officer in opened:
        officer.close()


def make_class(db: Database, code: str, people: int = 2, *, close: bool = False) -> int:
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        category = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        staff = [
            Employee(
                employee_no=f"{code}-{i}", name=f"員工{i}", unit_id=unit.id, category_id=category
            )
            for i in range(people)
        ]
        s.add_all(staff)
        s.flush()
        ids = [e.id for e in staff]
    detail = classes.create_class(
        db,
        ClassInput(code, f"{code} 研習"),
        [
            SessionInput(DAY, "環境教育", T(9), T(12)),
            SessionInput(DAY + dt.timedelta(days=1), "性別主流化", T(9), T(12)),
        ],
    )
    stamp = dt.datetime(2026, 2, 1, 9)
    enrollment.enroll(db, detail.summary.id, [EnrollRequest(e, stamp) for e in ids])
    if close:
        attendance.fill_all_present(db, detail.summary.id)
        closing.close_class(db, detail.summary.id, DAY + dt.timedelta(days=2))
    return detail.summary.id


def race(*calls: Callable[[], Any]) -> list[Any]:
    """Run the calls at once, each on its own thread; their results or exceptions."""
    outcomes: list[Any] = [None] * len(calls)
    start = threading.Barrier(len(calls))

    def run(i: int, call: Callable[[], Any]) -> None:
        start.wait(timeout=30)
        try:
            outcomes[i] = call()
        except BaseException as exc:
            outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    return outcomes


def meeting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, parties: int = 2) -> None:
    """Make ``module.name`` wait until every officer has reached it: everyone has read
    what they are about to change, and nobody has written yet."""
    real = getattr(module, name)
    barrier = threading.Barrier(parties)

    def waiting(*args: Any, **kwargs: Any) -> Any:
        # BrokenBarrierError: an officer refused earlier (a stale copy), nobody to wait for.
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=5)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, waiting)


def one_save_one_conflict(outcomes: list[Any]) -> Any:
    errors = [o for o in outcomes if isinstance(o, BaseException)]
    saved = [o for o in outcomes if not isinstance(o, BaseException)]
    assert len(saved) == 1 and len(errors) == 1, outcomes
    assert isinstance(errors[0], ConflictError), repr(errors[0])
    assert "其他人" in str(errors[0]) and "沒有儲存" in str(errors[0])
    return saved[0]


def test_two_officers_saving_the_same_enrollment(
    db: Database, officers: Callable[[], Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = make_class(db, "115-101", 1)
    a, b = officers(), officers()
    for n in range(ROUNDS):
        meeting(monkeypatch, enrollment, "_person_problems")
        (shown,) = classes.open_class(db, cid).enrollees  # both screens show this copy
        # Every round both change something (a save that changes nothing overwrites nothing).
        vegetarian = EnrollmentDetails("素", None, True, f"A 的修改 {n}")
        no_meal = EnrollmentDetails("不用餐", None, False, f"B 的修改 {n}")
        save = partial(enrollment.update_enrollment, enrollment_id=shown.enrollment_id)
        outcomes = race(
            partial(save, a, details=vegetarian, version=shown.version),
            partial(save, b, details=no_meal, version=shown.version),
        )
        winner = one_save_one_conflict(outcomes)
        (stored,) = classes.open_class(db, cid).enrollees
        assert (stored.meal, stored.note) == (winner.meal, winner.note)
        assert stored.version == shown.version + 1
        monkeypatch.undo()


def test_a_stale_enrollment_is_refused_and_nothing_is_written(db: Database) -> None:
    cid = make_class(db, "115-102", 1)
    (shown,) = classes.open_class(db, cid).enrollees
    enrollment.update_enrollment(
        db, shown.enrollment_id, EnrollmentDetails("素", None, True), version=shown.version
    )
    with pytest.raises(ConflictError, match="報名已被其他人修改"):
        enrollment.cancel_enrollment(db, shown.enrollment_id, DAY, version=shown.version)
    (stored,) = classes.open_class(db, cid).enrollees
    assert stored.status == "正取" and stored.meal == "素"


def test_two_officers_saving_the_same_attendance_cell(
    db: Database, officers: Callable[[], Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = make_class(db, "115-103", 1)
    attendance.fill_all_present(db, cid)
    a, b = officers(), officers()
    for n in range(ROUNDS):
        meeting(monkeypatch, attendance, "was_closed")
        grid = attendance.attendance_grid(db, cid)
        row, session = grid.rows[0], grid.sessions[0].id
        version = row.versions[session]
        # New values each round, so that every save changes the cell.
        leave_a, leave_b = 30 + 30 * n, 15 + 30 * n
        outcomes = race(
            partial(
                attendance.set_marks,
                a,
                cid,
                [MarkChange(row.enrollment_id, session, "請假", leave_a, version)],
            ),
            partial(
                attendance.set_marks,
                b,
                cid,
                [MarkChange(row.enrollment_id, session, "請假", leave_b, version)],
            ),
        )
        one_save_one_conflict(outcomes)
        after = attendance.attendance_grid(db, cid).rows[0]
        winner = leave_a if not isinstance(outcomes[0], BaseException) else leave_b
        assert after.marks[session].leave_minutes == winner
        assert after.versions[session] == version + 1
        monkeypatch.undo()


def test_two_officers_filling_the_same_empty_cell(
    db: Database, officers: Callable[[], Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = officers(), officers()
    for n in range(ROUNDS):
        cid = make_class(db, f"115-2{n:02d}", 1)
        grid = attendance.attendance_grid(db, cid)
        row, session = grid.rows[0], grid.sessions[0].id
        assert session not in row.marks and session not in row.versions
        meeting(monkeypatch, attendance, "was_closed")
        outcomes = race(
            partial(
                attendance.set_marks,
                a,
                cid,
                [MarkChange(row.enrollment_id, session, "出席", None, EMPTY)],
            ),
            partial(
                attendance.set_marks,
                b,
                cid,
                [MarkChange(row.enrollment_id, session, "請假", 60, EMPTY)],
            ),
        )
        one_save_one_conflict(outcomes)
        after = attendance.attendance_grid(db, cid).rows[0]
        winner = "出席" if not isinstance(outcomes[0], BaseException) else "請假"
        assert after.marks[session].status == winner and after.versions[session] == 1
        monkeypatch.undo()


def test_two_officers_closing_the_same_class(
    db: Database, officers: Callable[[], Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = officers(), officers()
    for n in range(ROUNDS):
        cid = make_class(db, f"115-3{n:02d}", 3)
        attendance.fill_all_present(db, cid)
        meeting(monkeypatch, closing, "lock_class")  # both have worked out the credit
        end = DAY + dt.timedelta(days=2)
        outcomes = race(
            partial(closing.close_class, a, cid, end), partial(closing.close_class, b, cid, end)
        )
        closed = [o for o in outcomes if isinstance(o, closing.CloseResult)]
        refused = [o for o in outcomes if isinstance(o, BaseException)]
        assert len(closed) == 1 and len(refused) == 1, outcomes
        assert isinstance(refused[0], ConflictError), repr(refused[0])
        assert f"班期「115-3{n:02d}」剛由其他人結訓" in str(refused[0])
        assert len(closed[0].lines) == 3
        monkeypatch.undo()
        # Once it is closed, closing again says so plainly (a refusal, not a conflict).
        with pytest.raises(InputRefused, match=r"已於 .* 結訓"):
            closing.close_class(a, cid, end)


def test_twenty_officers_issuing_certificates_at_once(
    db: Database, officers: Callable[[], Database]
) -> None:
    ids = [make_class(db, f"115-4{n:02d}", 2, close=True) for n in range(20)]
    issuers = [officers() for _ in ids]
    outcomes = race(
        *[
            (lambda o=o, c=c: certificates.issue_certificates(o, c, DAY + dt.timedelta(days=3)))
            for o, c in zip(issuers, ids, strict=True)
        ]
    )
    assert not [o for o in outcomes if isinstance(o, BaseException)], outcomes
    assert all(len(rows) == 2 for rows in outcomes)
    with db.session() as s:
        seqs = sorted(s.scalars(select(Certificate.seq).where(Certificate.year == 2026)))
        numbers = list(s.scalars(select(Certificate.number)))
    assert seqs == list(range(1, 41))  # unique and without gaps
    assert len(set(numbers)) == 40
    # Each class's two people got consecutive numbers (one issuer at a time).
    for rows in outcomes:
        first, second = sorted(r.number for r in rows)
        assert int(second[-5:-1]) == int(first[-5:-1]) + 1


def test_twenty_officers_issuing_for_the_same_class(
    db: Database, officers: Callable[[], Database]
) -> None:
    cid = make_class(db, "115-500", 3, close=True)
    issuers = [officers() for _ in range(20)]
    outcomes = race(
        *[
            (lambda o=o: certificates.issue_certificates(o, cid, DAY + dt.timedelta(days=3)))
            for o in issuers
        ]
    )
    assert not [o for o in outcomes if isinstance(o, BaseException)], outcomes
    assert {tuple(r.number for r in rows) for rows in outcomes} == {
        ("115研字第0001號", "115研字第0002號", "115研字第0003號")
    }  # one issue, nineteen reprints
    with db.session() as s:
        assert len(s.scalars(select(Certificate.id)).all()) == 3


def test_a_mark_saved_while_the_class_is_being_closed_is_counted(
    db: Database, officers: Callable[[], Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = make_class(db, "115-600", 2)
    attendance.fill_all_present(db, cid)
    grid = attendance.attendance_grid(db, cid)
    row, session = grid.rows[1], grid.sessions[0].id
    other = officers()
    real = closing.lock_class

    def officer_saves_first(*args: Any, **kwargs: Any) -> Any:
        # The closer has worked out the credit; before it claims the class another
        # officer records that the second person missed the first session.
        change = MarkChange(row.enrollment_id, session, "缺課", None, row.versions[session])
        attendance.set_marks(other, cid, [change])
        return real(*args, **kwargs)

    monkeypatch.setattr(closing, "lock_class", officer_saves_first)
    result = closing.close_class(db, cid, DAY + dt.timedelta(days=2))
    credit = {line.enrollment_id: line for line in result.lines}
    assert credit[row.enrollment_id].minutes == 0  # the absence counts (R5)
    assert credit[grid.rows[0].enrollment_id].minutes == 360
    (stored,) = [
        e for e in classes.open_class(db, cid).enrollees if e.enrollment_id == row.enrollment_id
    ]
    assert stored.credit_minutes == 0

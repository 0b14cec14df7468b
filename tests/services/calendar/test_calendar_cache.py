"""The office calendar is built once per set of stored entries and kept (R11): loading it
again is one small query, a changed entry gives a calendar that knows the change, and a
calendar shared by threads answers as a calendar used by one."""

from __future__ import annotations

import datetime as dt
import threading
import time

from sqlalchemy import event

from hrplanner.domain.workdays import WorkCalendar
from hrplanner.services.calendar import office_calendar as cs
from hrplanner.storage.database import Database

D = dt.date


def test_same_entries_same_calendar(db: Database) -> None:
    first = cs.load_calendar(db, range(2024, 2026))
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        again = cs.load_calendar(db, range(2024, 2026))
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert again is first
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_a_changed_entry_gives_a_calendar_that_knows_it(db: Database) -> None:
    typhoon = D(2024, 7, 25)  # a Thursday
    before = cs.load_calendar(db)
    assert before.is_working_day(typhoon)
    cs.set_manual_override(db, typhoon, True, "颱風停止上班")
    during = cs.load_calendar(db)
    assert during is not before
    assert not during.is_working_day(typhoon)
    assert during.label(typhoon) == "颱風停止上班"
    assert before.is_working_day(typhoon)  # a calendar already handed out never changes
    cs.remove_override(db, typhoon)
    assert cs.load_calendar(db).is_working_day(typhoon)


def test_registration_due_uses_the_kept_calendar(db: Database) -> None:
    # Friday 2024-10-04 + 7 working days (7 8 9 11 14 15 16; 10-10 國慶日 off): 10-16.
    assert cs.registration_due(db, D(2024, 10, 4)) == D(2024, 10, 16)
    cs.set_manual_override(db, D(2024, 10, 7), True, "颱風停止上班")
    assert cs.registration_due(db, D(2024, 10, 4)) == D(2024, 10, 17)


def _answers_of_threads(shared: WorkCalendar, days: list[dt.date], n: int) -> list[list[bool]]:
    start = threading.Barrier(n)
    answers: list[list[bool]] = []

    def ask(order: list[dt.date]) -> None:
        start.wait()
        got = {d: shared.is_working_day(d) for d in order}
        answers.append([got[d] for d in days])

    threads = [threading.Thread(target=ask, args=(days[:: 1 if k % 2 else -1],)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def test_threads_sharing_a_fresh_calendar_agree_with_one_thread() -> None:
    days = [D(2023, 1, 1) + dt.timedelta(days=n) for n in range(3 * 365)]
    expected = [WorkCalendar().is_working_day(d) for d in days]
    for _round in range(3):
        # No year filled yet: the threads all fill on first use, at the same moment.
        answers = _answers_of_threads(WorkCalendar(), days, 6)
        assert len(answers) == 6
        assert all(a == expected for a in answers)


class _SlowPackage:
    """Behaves like the holidays package: a year is marked known before it is filled."""

    def __init__(self) -> None:
        self.years: set[int] = set()
        self.days: dict[dt.date, str] = {}

    def _expand(self, year: int) -> None:
        if year not in self.years:
            self.years.add(year)
            time.sleep(0.05)  # filling a year takes a while; other threads run meanwhile
            self.days[D(year, 1, 1)] = "中華民國開國紀念日"

    def get(self, day: dt.date) -> str | None:
        self._expand(day.year)
        return self.days.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        self._expand(day.year)
        return day not in self.days and day.weekday() < 5


def test_a_year_is_filled_once_before_anyone_reads_it() -> None:
    shared = WorkCalendar()
    shared._package = _SlowPackage()  # the package's timing, made certain
    answers = _answers_of_threads(shared, [D(2027, 1, 1)], 4)  # a Friday, 元旦
    assert answers == [[False]] * 4

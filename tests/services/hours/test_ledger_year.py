"""The hours page's one call (``ledger.year_summary``: rows, groups and rate from one
evaluation of the year) and the streams the exports write from (``ledger_stream``)."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from fractions import Fraction

from sqlalchemy import event

from hrplanner.services.hours import ledger, ledger_stream
from hrplanner.storage.database import Database
from tests.services.hours.test_hours import H, agency, credit, external, person

__all__ = ["agency"]  # the fixture, used by name


@contextmanager
def selects(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_summary_is_the_ledger_and_the_rate(db: Database, agency: dict[str, int]) -> None:
    summary = ledger.year_summary(db, 2020)
    assert summary.rows == ledger.year_ledger(db, 2020)
    assert summary.groups == ledger.year_groups(db, 2020)
    assert summary.rate == ledger.compliance(db, 2020) == Fraction(1, 3)


def test_summary_rate_ignores_the_filter(db: Database, agency: dict[str, int]) -> None:
    for flt in (
        ledger.LedgerFilter(not_met_only=True),
        ledger.LedgerFilter(over_120_only=True),
        ledger.LedgerFilter(unit="秘書室"),
    ):
        summary = ledger.year_summary(db, 2020, flt)
        assert summary.rows == ledger.year_ledger(db, 2020, flt)
        assert summary.rate == Fraction(1, 3)  # of everyone in scope, not of the rows shown
    assert ledger.year_summary(db, 2016).rate is None  # no rule set before 2017


def test_summary_evaluates_the_year_once(db: Database, agency: dict[str, int]) -> None:
    with selects(db) as one:
        ledger.year_summary(db, 2020, ledger.LedgerFilter(not_met_only=True))
    with selects(db) as before:  # what the page did: groups, ledger, then compliance
        ledger.year_groups(db, 2020)
        ledger.year_ledger(db, 2020, ledger.LedgerFilter(not_met_only=True))
        ledger.compliance(db, 2020)
    heavy = [s for s in one if "credit_by_topic" in s]
    assert len(heavy) == 1
    assert len([s for s in before if "credit_by_topic" in s]) == 2


def test_the_rate_is_remembered_only_within_one_go(db: Database, agency: dict[str, int]) -> None:
    """The home page's figures: the compliance card and a KPI bound to R7 evaluate the year
    once; outside ``remembering`` every call reads anew (new credits count)."""
    with ledger.remembering(), selects(db) as inside:
        summary = ledger.year_summary(db, 2020)
        assert ledger.compliance(db, 2020) == summary.rate == Fraction(1, 3)
        assert ledger.compliance(db, 2020) == summary.rate
    assert len([s for s in inside if "credit_by_topic" in s]) == 1
    with selects(db) as outside:
        ledger.compliance(db, 2020)
        ledger.compliance(db, 2020)
    assert len([s for s in outside if "credit_by_topic" in s]) == 2


def test_credit_lines_in_person_order_then_date(db: Database, agency: dict[str, int]) -> None:
    with db.session() as session:
        rules = ledger.rule_sets_in_force(session, 2020)
        lines = list(ledger_stream.credit_lines(session, 2020, rules))
        people = [p.employee_no for p, _ in ledger_stream.people_minutes(session, 2020, rules)]
    # The ledger's order (unit, employee number); out-of-scope people (臨時人員) are left out.
    assert people == ["A001", "A003", "A002"]
    assert [(x.employee_no, x.kind, x.end_date) for x in lines] == [
        ("A001", "班期", dt.date(2020, 3, 5)),
        ("A001", "外部", dt.date(2020, 6, 1)),
        ("A001", "班期", dt.date(2020, 12, 31)),
        ("A003", "班期", dt.date(2020, 8, 8)),
        ("A002", "班期", dt.date(2020, 5, 1)),
        ("A002", "外部", dt.date(2020, 12, 31)),  # 2021-01-01 counts in 2021
    ]
    first = lines[0]
    assert first.by_topic == {"當前政府重大政策": H, "環境教育": 4 * H, "性別主流化": 2 * H}
    assert first.minutes == 7 * H and first.unit == "人事室" and first.name == "陳一"
    assert lines[1].by_topic == {"業務相關": 2 * H} and lines[1].code == ""


def test_streams_are_generators(db: Database, agency: dict[str, int]) -> None:
    """Rows are handed on as they are read, not collected first (constant memory)."""
    assert inspect.isgeneratorfunction(ledger_stream.people_minutes)
    assert inspect.isgeneratorfunction(ledger_stream.credit_lines)
    with db.session() as session:
        rules = ledger.rule_sets_in_force(session, 2020)
        stream = ledger.iter_evaluated(session, 2020, rules, ledger.LedgerFilter())
        first_person, first_eval = next(stream)
        assert first_person.employee_no == "A001" and first_eval.met


def test_people_without_any_credit_are_listed(db: Database) -> None:
    person(db, "Z001", "無時數")
    someone = person(db, "Z002", "有時數")
    credit(db, someone, dt.date(2020, 4, 1), {"環境教育": 2 * H})
    external(db, someone, dt.date(2020, 4, 2), "環境教育", H, "e學習")
    rows = {r.employee_no: r for r in ledger.year_summary(db, 2020).rows}
    assert rows["Z001"].total_minutes == 0 and rows["Z001"].missing_minutes == 20 * H
    # Class and external minutes of one topic add up.
    assert rows["Z002"].group_minutes["環境教育"] == 3 * H

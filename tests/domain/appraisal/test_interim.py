"""Interim appraisal periods, record validity and timeliness (SPEC R13)."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.domain.appraisal.interim import (
    InterimRecord,
    InterimTiming,
    interim_period,
    interim_periods,
    interim_problems,
    interim_timing,
    is_on_time,
    is_overdue,
)
from hrplanner.domain.appraisal.problems import codes
from hrplanner.domain.appraisal.vocabulary import InterimStatus

Y = 2025
S = InterimStatus
STAFF_LEVELS = {"工作知能": "A", "創新研究": "B", "服務態度": "C", "品德操守": "A"}
HEAD_LEVELS = {**STAFF_LEVELS, "領導協調": "B"}


@pytest.mark.parametrize(
    ("number", "start", "end", "due"),
    [
        pytest.param(1, date(Y, 1, 1), date(Y, 4, 30), date(Y, 4, 30), id="period-1-due-30-april"),
        pytest.param(2, date(Y, 5, 1), date(Y, 8, 31), date(Y, 8, 31), id="period-2-due-31-august"),
        pytest.param(3, date(Y, 9, 1), date(Y, 12, 31), date(Y, 12, 10), id="period-3-given-due"),
    ],
)
def test_periods(number: int, start: date, end: date, due: date) -> None:
    period = interim_period(Y, number, date(Y, 12, 10))
    assert (period.start, period.end, period.due) == (start, end, due)


def test_two_periods_unless_a_year_end_date_is_given() -> None:
    assert [p.number for p in interim_periods(Y)] == [1, 2]
    assert [p.number for p in interim_periods(Y, date(Y + 1, 1, 15))] == [1, 2, 3]
    assert interim_periods(Y, date(Y + 1, 1, 15))[2].due == date(Y + 1, 1, 15)


def test_period_3_needs_a_due_date_not_before_september() -> None:
    with pytest.raises(ValueError):
        interim_period(Y, 3)
    with pytest.raises(ValueError):
        interim_period(Y, 3, date(Y, 8, 31))


def test_unknown_period() -> None:
    with pytest.raises(ValueError, match="4"):
        interim_period(Y, 4)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        pytest.param(InterimRecord(S.NOT_FILLED), (), id="empty-not-filled"),
        pytest.param(
            InterimRecord(S.NOT_FILLED, {"工作知能": "A"}), (), id="partly-rated-not-filled"
        ),
        pytest.param(
            InterimRecord(S.FILLED, STAFF_LEVELS, "主動完成年度計畫"), (), id="filled-complete"
        ),
        pytest.param(
            InterimRecord(S.FILLED, STAFF_LEVELS),
            ("interim_facts_missing",),
            id="filled-without-facts",
        ),
        pytest.param(
            InterimRecord(S.CONFIRMED, STAFF_LEVELS, "   "),
            ("interim_facts_missing",),
            id="confirmed-with-blank-facts",
        ),
        pytest.param(
            InterimRecord(S.FILLED, {"工作知能": "A"}, "事實"),
            ("interim_level_missing",) * 3,
            id="filled-with-items-missing",
        ),
        pytest.param(
            InterimRecord(S.FILLED, HEAD_LEVELS, "事實", supervisor=True),
            (),
            id="supervisor-complete",
        ),
        pytest.param(
            InterimRecord(S.FILLED, STAFF_LEVELS, "事實", supervisor=True),
            ("interim_level_missing",),
            id="supervisor-without-leadership",
        ),
        pytest.param(
            InterimRecord(S.NOT_FILLED, {"領導協調": "A"}),
            ("interim_supervisors_only",),
            id="leadership-for-non-supervisor",
        ),
        pytest.param(
            InterimRecord(S.NOT_FILLED, {"工作知能": "F"}),
            ("interim_unknown_level",),
            id="level-outside-the-scale",
        ),
        pytest.param(
            InterimRecord(S.NOT_FILLED, {"工作態度": "A"}),
            ("interim_unknown_item",),
            id="item-not-in-template",
        ),
    ],
)
def test_record_validity(record: InterimRecord, expected: tuple[str, ...]) -> None:
    assert codes(interim_problems(record)) == expected


def test_unknown_level_names_the_scale() -> None:
    (problem,) = interim_problems(InterimRecord(S.NOT_FILLED, {"工作知能": "F"}))
    assert "A、B、C、D、E" in problem.message and "F" in problem.message


DUE = date(Y, 4, 30)


@pytest.mark.parametrize(
    ("filled_on", "today", "timing"),
    [
        pytest.param(date(Y, 4, 30), date(Y, 6, 1), InterimTiming.ON_TIME, id="filled-on-due"),
        pytest.param(date(Y, 4, 2), date(Y, 6, 1), InterimTiming.ON_TIME, id="filled-early"),
        pytest.param(date(Y, 5, 1), date(Y, 6, 1), InterimTiming.LATE, id="filled-day-after"),
        pytest.param(None, date(Y, 4, 30), InterimTiming.PENDING, id="unfilled-on-due-day"),
        pytest.param(None, date(Y, 5, 1), InterimTiming.OVERDUE, id="unfilled-day-after"),
    ],
)
def test_timing(filled_on: date | None, today: date, timing: InterimTiming) -> None:
    assert interim_timing(filled_on, DUE, today) is timing
    assert is_on_time(filled_on, DUE) is (timing is InterimTiming.ON_TIME)
    assert is_overdue(filled_on, DUE, today) is (timing is InterimTiming.OVERDUE)


def test_the_stored_status_word_is_read() -> None:
    record = InterimRecord("已填", STAFF_LEVELS)  # type: ignore[arg-type]
    assert codes(interim_problems(record)) == ("interim_facts_missing",)


def test_item_problems_name_their_item() -> None:
    from hrplanner.domain.appraisal.interim import InterimRecord, interim_problems

    record = InterimRecord(S.FILLED, {"工作知能": "Z", "領導協調": "A"}, "")
    subjects = {p.code: p.subject for p in interim_problems(record)}
    assert subjects["interim_unknown_level"] == "工作知能"
    assert subjects["interim_supervisors_only"] == "領導協調"
    assert subjects["interim_level_missing"] in ("工作知能", "創新研究", "服務態度", "品德操守")
    assert subjects["interim_facts_missing"] == "優劣事實"

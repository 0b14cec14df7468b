"""Enrollment rules: seats, waitlist, promotion, substitution, overlaps (SPEC R8)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from hrplanner.domain.enrollment import (
    Seat,
    TimeSpan,
    assign_by_registration,
    enrollment_problems,
    initial_status,
    overlapping,
    promotion_after_cancel,
    promotion_notice,
    substitution_note,
    waitlist_positions,
)
from hrplanner.domain.vocabulary import CANCELLED, ENROLLED, WAITLISTED


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2020, 3, 2, hour, minute)


def test_statuses() -> None:
    assert (ENROLLED, WAITLISTED, CANCELLED) == ("正取", "備取", "取消")


def test_initial_status() -> None:
    assert initial_status(2, 0) == ENROLLED
    assert initial_status(2, 1) == ENROLLED
    assert initial_status(2, 2) == WAITLISTED
    assert initial_status(0, 0) == WAITLISTED
    assert initial_status(None, 10_000) == ENROLLED
    with pytest.raises(ValueError, match="名額"):
        initial_status(-1, 0)


def seats_after_cancel() -> list[Seat]:
    """Capacity 2: one of the two enrolled cancelled; three waitlisted, listed out of order."""
    return [
        Seat(1, at(9), ENROLLED),
        Seat(2, at(9, 5), CANCELLED),
        Seat(5, at(11), WAITLISTED),
        Seat(4, at(10), WAITLISTED),
        Seat(3, at(10), WAITLISTED),  # same time as 4: the lower id registered first
    ]


def test_first_waitlisted_is_promoted() -> None:
    assert promotion_after_cancel(seats_after_cancel(), 2, class_started=False) == [3]


def test_promotion_fills_every_free_seat_in_order() -> None:
    assert promotion_after_cancel(seats_after_cancel(), 4, class_started=False) == [3, 4, 5]
    assert promotion_after_cancel(seats_after_cancel(), 3, class_started=False) == [3, 4]


def test_nobody_promoted_after_start() -> None:
    assert promotion_after_cancel(seats_after_cancel(), 2, class_started=True) == []
    assert promotion_after_cancel(seats_after_cancel(), None, class_started=True) == []


def test_no_promotion_when_class_is_still_full() -> None:
    seats = [*seats_after_cancel(), Seat(6, at(8), ENROLLED)]
    assert promotion_after_cancel(seats, 2, class_started=False) == []
    # Over-full after a capacity cut: still nothing, never a negative count.
    assert promotion_after_cancel(seats, 1, class_started=False) == []


def test_unlimited_capacity_promotes_everyone_waiting() -> None:
    assert promotion_after_cancel(seats_after_cancel(), None, class_started=False) == [3, 4, 5]


def test_waitlist_positions() -> None:
    assert waitlist_positions(seats_after_cancel()) == {3: 1, 4: 2, 5: 3}


def test_assign_by_registration() -> None:
    registrations = [(10, at(12)), (11, at(9)), (12, at(10)), (13, at(9))]
    assert assign_by_registration(2, registrations) == {
        11: ENROLLED,
        13: ENROLLED,
        12: WAITLISTED,
        10: WAITLISTED,
    }
    assert set(assign_by_registration(None, registrations).values()) == {ENROLLED}
    assert assign_by_registration(3, []) == {}


def test_seat_refuses_unknown_status() -> None:
    with pytest.raises(ValueError, match="無法辨識"):
        Seat(1, at(9), "候補")


def test_substitution_note_and_promotion_notice() -> None:
    assert substitution_note("王小明") == "由王小明遞補"
    assert substitution_note(" 王小明 ") == "由王小明遞補"
    with pytest.raises(ValueError, match="姓名"):
        substitution_note("  ")
    assert promotion_notice("陳美玲") == "陳美玲已由備取遞補為正取"


def test_enrollment_problems() -> None:
    ok = enrollment_problems(employee_id=1, employee_active=True, enrolled_employee_ids=[2, 3])
    assert ok == []
    twice = enrollment_problems(employee_id=2, employee_active=True, enrolled_employee_ids=[2])
    assert twice == ["此人已報名本班期，不可重複報名"]
    retired = enrollment_problems(employee_id=1, employee_active=False, enrolled_employee_ids=[])
    assert retired == ["只有在職人員可以報名"]
    self_deputy = enrollment_problems(
        employee_id=1, employee_active=True, enrolled_employee_ids=[], deputy_id=1
    )
    assert self_deputy == ["職務代理人須為報名者以外的人員"]
    gone_deputy = enrollment_problems(
        employee_id=1,
        employee_active=True,
        enrolled_employee_ids=[],
        deputy_id=7,
        deputy_active=False,
    )
    assert gone_deputy == ["職務代理人須為在職人員"]


# --- overlaps --------------------------------------------------------------------------------

D = date(2020, 5, 6)


def span(start: tuple[int, int] | None, end: tuple[int, int] | None, day: date = D) -> TimeSpan:
    return TimeSpan(
        day, None if start is None else time(*start), None if end is None else time(*end)
    )


def test_overlapping_times_same_day() -> None:
    a = [span((9, 0), (12, 0))]
    b = [span((11, 30), (13, 0))]
    assert overlapping(a, b) == [(a[0], b[0])]


def test_touching_spans_do_not_overlap() -> None:
    assert overlapping([span((9, 0), (12, 0))], [span((12, 0), (15, 0))]) == []


def test_other_day_does_not_overlap() -> None:
    assert overlapping([span((9, 0), (12, 0))], [span((9, 0), (12, 0), date(2020, 5, 7))]) == []


def test_session_without_times_takes_the_whole_day() -> None:
    whole = span(None, None)
    assert overlapping([whole], [span((17, 0), (18, 0))]) == [(whole, span((17, 0), (18, 0)))]
    assert overlapping([span((8, 0), (9, 0))], [whole]) != []
    assert overlapping([whole], [span(None, None, date(2020, 5, 7))]) == []


def test_open_ended_span() -> None:
    afternoon = span((13, 0), None)
    assert overlapping([afternoon], [span((9, 0), (12, 0))]) == []
    assert overlapping([afternoon], [span((16, 0), (17, 0))]) != []


def test_every_clashing_pair_is_listed_in_order() -> None:
    a = [span((9, 0), (12, 0)), span((13, 0), (16, 0)), span((9, 0), (12, 0), date(2020, 5, 8))]
    b = [span((11, 0), (14, 0)), span((15, 0), (17, 0))]
    assert overlapping(a, b) == [(a[0], b[0]), (a[1], b[0]), (a[1], b[1])]


def test_timespan_refuses_end_before_start() -> None:
    with pytest.raises(ValueError, match="晚於"):
        span((12, 0), (9, 0))

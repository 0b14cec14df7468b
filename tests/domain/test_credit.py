"""Class hours, attendance marks and credit (SPEC R3–R5)."""

from __future__ import annotations

from datetime import time
from fractions import Fraction

import pytest

from hrplanner import i18n
from hrplanner.domain.credit import (
    CreditResult,
    Mark,
    MissingAttendance,
    SessionInfo,
    class_minutes,
    compute_credit,
    credit_outlook,
    hours_text,
    leave_limit_text,
    make_mark,
    span_minutes,
)
from hrplanner.domain.vocabulary import ABSENT, ATTENDANCE_STATUSES, LEAVE, PRESENT

H = 60


def three_sessions() -> list[SessionInfo]:
    """A 9 h class: 3 h of 環境教育, 3 h of 性別主流化, 3 h of 環境教育."""
    return [
        SessionInfo(1, 3 * H, "環境教育"),
        SessionInfo(2, 3 * H, "性別主流化"),
        SessionInfo(3, 3 * H, "環境教育"),
    ]


def all_present(sessions: list[SessionInfo]) -> dict[int, Mark]:
    return {s.session_id: Mark(PRESENT) for s in sessions}


# --- R3 / R4 -------------------------------------------------------------------------------


def test_statuses() -> None:
    assert ATTENDANCE_STATUSES == ("出席", "請假", "缺課")


def test_class_minutes_sums_sessions() -> None:
    assert class_minutes(three_sessions()) == 9 * H
    assert class_minutes([SessionInfo(1, 90, "一般"), SessionInfo(2, 45, "一般")]) == 135


def test_span_minutes() -> None:
    assert span_minutes(time(9, 0), time(12, 0)) == 180
    assert span_minutes(time(13, 30), time(16, 0)) == 150
    with pytest.raises(ValueError, match="晚於"):
        span_minutes(time(12, 0), time(9, 0))


def test_session_needs_positive_minutes() -> None:
    with pytest.raises(ValueError, match="大於 0"):
        SessionInfo(1, 0, "一般")


def test_make_mark_leave_defaults_to_whole_session() -> None:
    assert make_mark(LEAVE, 120) == Mark(LEAVE, 120)
    assert make_mark(LEAVE, 120, 30) == Mark(LEAVE, 30)
    assert make_mark(" 請假 ", 120, 120) == Mark(LEAVE, 120)


def test_make_mark_present_and_absent_carry_no_leave() -> None:
    assert make_mark(PRESENT, 120) == Mark(PRESENT, 0)
    assert make_mark(ABSENT, 120) == Mark(ABSENT, 0)
    assert make_mark(PRESENT, 120, 30).leave_minutes == 0
    assert make_mark(ABSENT, 120, 30).leave_minutes == 0


@pytest.mark.parametrize(
    ("status", "leave", "message"),
    [
        ("遲到", None, "無法辨識"),
        (LEAVE, 121, "不可超過該場次時數（2 小時）"),
        (LEAVE, -1, "負數"),
        (LEAVE, 0, "大於 0"),
    ],
)
def test_make_mark_refuses(status: str, leave: int | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_mark(status, 120, leave)


def test_mark_refuses_leave_on_present_record() -> None:
    with pytest.raises(ValueError, match="請假"):
        Mark(PRESENT, 30)
    with pytest.raises(ValueError, match="無法辨識"):
        Mark("公假")


def test_hours_text() -> None:
    assert hours_text(120) == "2 小時"
    assert hours_text(90) == "1.5 小時"
    assert hours_text(45) == "0.75 小時"
    assert hours_text(20) == "20 分鐘"


# --- leave limit text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("limit", "text"),
    [
        (Fraction(1, 3), "三分之一"),
        (Fraction(1, 2), "二分之一"),
        (Fraction(1, 4), "四分之一"),
        (Fraction(2, 5), "五分之二"),
        (Fraction(2, 4), "二分之一"),
        (Fraction(3, 10), "十分之三"),
        (Fraction(1, 12), "十二分之一"),
        (Fraction(7, 20), "二十分之七"),
        (Fraction(1, 150), "150分之1"),
        (Fraction(99, 100), "100分之99"),
        (Fraction(13, 99), "九十九分之十三"),
        (Fraction(1), "全部時數"),
    ],
)
def test_leave_limit_text(limit: Fraction, text: str) -> None:
    assert leave_limit_text(limit) == text


@pytest.mark.parametrize("limit", [Fraction(0), Fraction(-1, 3), Fraction(4, 3)])
def test_leave_limit_out_of_range(limit: Fraction) -> None:
    with pytest.raises(ValueError, match="請假上限"):
        leave_limit_text(limit)
    with pytest.raises(ValueError, match="請假上限"):
        compute_credit(three_sessions(), all_present(three_sessions()), leave_limit=limit)


# --- R5 --------------------------------------------------------------------------------------


def test_all_present_earns_class_hours_by_topic() -> None:
    sessions = three_sessions()
    result = compute_credit(sessions, all_present(sessions))
    assert result == CreditResult(9 * H, {"環境教育": 6 * H, "性別主流化": 3 * H}, None)


def test_exactly_one_third_leave_still_earns() -> None:
    sessions = three_sessions()
    marks = all_present(sessions) | {2: Mark(LEAVE, 3 * H)}
    result = compute_credit(sessions, marks)
    assert result.reason is None
    assert result.minutes == 6 * H
    # The whole 性別主流化 session was on leave: no zero row for it.
    assert result.by_topic == {"環境教育": 6 * H}


def test_one_minute_over_one_third_earns_nothing() -> None:
    sessions = three_sessions()
    marks = all_present(sessions) | {2: Mark(LEAVE, 3 * H), 3: Mark(LEAVE, 1)}
    assert compute_credit(sessions, marks) == CreditResult(0, {}, "請假逾三分之一")


def test_leave_spread_over_sessions_is_summed() -> None:
    sessions = three_sessions()
    marks = {1: Mark(LEAVE, 90), 2: Mark(LEAVE, 90), 3: Mark(LEAVE, 1)}
    assert compute_credit(sessions, marks).reason == "請假逾三分之一"


def test_unexcused_absence_earns_nothing_even_without_leave() -> None:
    sessions = three_sessions()
    marks = all_present(sessions) | {3: Mark(ABSENT)}
    assert compute_credit(sessions, marks) == CreditResult(0, {}, "未請假缺課")


def test_absence_wins_over_excess_leave() -> None:
    sessions = three_sessions()
    marks = {1: Mark(LEAVE, 3 * H), 2: Mark(LEAVE, 3 * H), 3: Mark(ABSENT)}
    assert compute_credit(sessions, marks).reason == "未請假缺課"


def test_partial_leave_is_split_by_topic() -> None:
    sessions = [SessionInfo(10, 3 * H, "環境教育"), SessionInfo(11, 2 * H, "人權教育")]
    marks = {10: Mark(PRESENT), 11: Mark(LEAVE, 30)}
    result = compute_credit(sessions, marks)
    assert result == CreditResult(4 * H + 30, {"環境教育": 3 * H, "人權教育": 90}, None)
    assert sum(result.by_topic.values()) == result.minutes


def test_full_hours_policy_credits_full_class_hours() -> None:
    sessions = [SessionInfo(10, 3 * H, "環境教育"), SessionInfo(11, 2 * H, "人權教育")]
    marks = {10: Mark(PRESENT), 11: Mark(LEAVE, 30)}
    result = compute_credit(sessions, marks, full_hours_policy=True)
    assert result == CreditResult(5 * H, {"環境教育": 3 * H, "人權教育": 2 * H}, None)


def test_full_hours_policy_still_refuses_excess_leave() -> None:
    sessions = [SessionInfo(10, 3 * H, "環境教育"), SessionInfo(11, 2 * H, "人權教育")]
    marks = {10: Mark(PRESENT), 11: Mark(LEAVE, 2 * H)}
    result = compute_credit(sessions, marks, full_hours_policy=True)
    assert result == CreditResult(0, {}, "請假逾三分之一")


def test_custom_leave_limit_one_half() -> None:
    sessions = [SessionInfo(1, 2 * H, "一般"), SessionInfo(2, 2 * H, "一般")]
    half = Fraction(1, 2)
    on_limit = {1: Mark(PRESENT), 2: Mark(LEAVE, 2 * H)}
    assert compute_credit(sessions, on_limit, leave_limit=half) == CreditResult(
        2 * H, {"一般": 2 * H}, None
    )
    # The same leave is over the default one third.
    assert compute_credit(sessions, on_limit).reason == "請假逾三分之一"
    over = {1: Mark(LEAVE, 1), 2: Mark(LEAVE, 2 * H)}
    assert compute_credit(sessions, over, leave_limit=half) == CreditResult(0, {}, "請假逾二分之一")


def test_online_completed_credits_full_hours_without_marks() -> None:
    sessions = [SessionInfo(1, 2 * H, "性別主流化"), SessionInfo(2, 1 * H, "資訊安全")]
    result = compute_credit(sessions, {}, online=True, completed=True)
    assert result == CreditResult(3 * H, {"性別主流化": 2 * H, "資訊安全": H}, None)


def test_online_not_completed_earns_nothing() -> None:
    sessions = [SessionInfo(1, 2 * H, "性別主流化")]
    assert compute_credit(sessions, {}, online=True) == CreditResult(0, {}, "未完成")


def test_missing_attendance_lists_session_ids() -> None:
    sessions = three_sessions()
    with pytest.raises(MissingAttendance, match="2 個場次") as info:
        compute_credit(sessions, {2: Mark(PRESENT)})
    assert info.value.session_ids == (1, 3)
    assert isinstance(info.value, ValueError)


def test_missing_attendance_raised_even_when_an_absence_is_known() -> None:
    # A class cannot be closed with gaps, whatever the other records say.
    with pytest.raises(MissingAttendance):
        compute_credit(three_sessions(), {1: Mark(ABSENT)})


def test_marks_for_other_sessions_are_ignored() -> None:
    sessions = [SessionInfo(1, H, "一般")]
    result = compute_credit(sessions, {1: Mark(PRESENT), 99: Mark(ABSENT)})
    assert result.minutes == H


def test_leave_longer_than_its_session_is_refused() -> None:
    sessions = [SessionInfo(1, H, "一般"), SessionInfo(2, 5 * H, "一般")]
    with pytest.raises(ValueError, match="不可超過"):
        compute_credit(sessions, {1: Mark(LEAVE, 2 * H), 2: Mark(PRESENT)})


def test_class_without_sessions_is_refused() -> None:
    with pytest.raises(ValueError, match="沒有任何場次"):
        compute_credit([], {})


def test_duplicate_session_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="重複"):
        compute_credit([SessionInfo(1, H, "一般"), SessionInfo(1, H, "一般")], {1: Mark(PRESENT)})


# --- live warnings ---------------------------------------------------------------------------


def test_outlook_none_while_still_possible() -> None:
    sessions = three_sessions()
    assert credit_outlook(sessions, {}) is None
    assert credit_outlook(sessions, {1: None, 2: Mark(LEAVE, 3 * H), 3: None}) is None


def test_outlook_warns_on_absence_with_gaps() -> None:
    sessions = three_sessions()
    assert credit_outlook(sessions, {1: Mark(ABSENT), 2: None}) == "未請假缺課"


def test_outlook_warns_once_recorded_leave_exceeds_limit() -> None:
    sessions = three_sessions()
    marks: dict[int, Mark | None] = {1: Mark(LEAVE, 3 * H), 2: Mark(LEAVE, 1), 3: None}
    assert credit_outlook(sessions, marks) == "請假逾三分之一"
    assert credit_outlook(sessions, marks, leave_limit=Fraction(1, 2)) is None


def test_messages_in_english_name_hours_and_counts() -> None:
    i18n.set_language("en")
    try:
        with pytest.raises(ValueError) as info:
            make_mark(LEAVE, 1 * H, 90)
        assert str(info.value) == "Leave (1.5 hours) cannot be longer than the session (1 hour)"
        with pytest.raises(MissingAttendance) as missing:
            compute_credit(three_sessions(), {1: Mark(PRESENT)})
        assert str(missing.value).startswith("2 sessions have no attendance recorded yet")
        with pytest.raises(MissingAttendance) as missing:
            compute_credit(three_sessions(), {1: Mark(PRESENT), 2: Mark(PRESENT)})
        assert str(missing.value).startswith("1 session has no attendance recorded yet")
        # The reason is stored with the enrollment: data, never translated.
        assert compute_credit(three_sessions(), dict.fromkeys((1, 2, 3), Mark(ABSENT))).reason == (
            "未請假缺課"
        )
    finally:
        i18n.set_language("zh_TW")

"""Study programmes (SPEC R12): weekly office hours, the yearly quota, selection."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.domain.appraisal.vocabulary import Grade
from hrplanner.domain.study import (
    FULL_TIME,
    OFF_HOURS,
    PART_TIME,
    QUOTA_KINDS,
    STUDY_KINDS,
    WEEKLY_LIMIT_MINUTES,
    Selection,
    StudyRecord,
    StudyRuleError,
    WeeklySchedule,
    check_approval,
    format_weekly_hours,
    normalize_grade,
    overlaps_year,
    parse_weekly_hours,
    place_holders,
    quota_usage,
    records_in_year,
    selection_check,
    selection_for_year,
    study_people,
    study_quota,
    study_record_issues,
    study_record_problems,
    study_record_warnings,
    takes_place,
    weekly_schedule,
)

H = 60
APPROVED = date(2023, 12, 1)


def record(
    person: int,
    kind: str = PART_TIME,
    start: date = date(2024, 3, 1),
    end: date | None = date(2024, 6, 30),
    approved: date | None = APPROVED,
    name: str | None = None,
    record_id: int | None = None,
) -> StudyRecord:
    return StudyRecord(
        person, name or f"人員{person}", kind, start, end, approved, record_id=record_id or person
    )


# --- vocabulary and weekly hours ------------------------------------------------------------


def test_kinds_are_declared_once() -> None:
    assert STUDY_KINDS == ("部分辦公時間進修", "全時進修", "公餘進修")
    assert frozenset({PART_TIME, FULL_TIME}) == QUOTA_KINDS
    assert OFF_HOURS not in QUOTA_KINDS


def test_exactly_eight_hours_a_week_passes() -> None:
    schedule = weekly_schedule({1: 4 * H, 3: 4 * H})
    assert schedule.total_minutes == WEEKLY_LIMIT_MINUTES == 480
    assert schedule.by_weekday() == {1: 240, 3: 240}


def test_one_minute_over_eight_hours_is_refused_with_the_total() -> None:
    with pytest.raises(StudyRuleError, match=r"合計 8\.02 小時，超過每人每週 8 小時的上限"):
        weekly_schedule({1: 4 * H, 3: 4 * H + 1})
    with pytest.raises(StudyRuleError, match="9 小時"):
        WeeklySchedule((5 * H, 4 * H, 0, 0, 0, 0, 0))


def test_weekly_schedule_refuses_bad_weekdays_and_negative_hours() -> None:
    with pytest.raises(StudyRuleError, match="星期"):
        weekly_schedule({7: 60})
    with pytest.raises(StudyRuleError, match="負數"):
        WeeklySchedule((-60, 0, 0, 0, 0, 0, 0))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("週二4小時、週四4小時", {1: 240, 3: 240}),
        ("二 3.5；四 4.5", {1: 210, 3: 270}),
        ("星期一:4, 星期三:90分鐘", {0: 240, 2: 90}),
        ("週二上午2 週二下午2", {1: 240}),  # a day written twice adds up
        ("週五４ｈ", {4: 240}),  # full-width
        ("禮拜天1.5", {6: 90}),
        ("", {}),
    ],
)
def test_parse_weekly_hours(text: str, expected: dict[int, int]) -> None:
    assert parse_weekly_hours(text).by_weekday() == expected


@pytest.mark.parametrize("text", ["8", "週八4", "週二4小時 abc", "週二"])
def test_parse_weekly_hours_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(StudyRuleError, match="請逐日寫明星期與時數"):
        parse_weekly_hours(text)


def test_parse_weekly_hours_refuses_more_than_eight_hours() -> None:
    parse_weekly_hours("週一4、週三4")
    with pytest.raises(StudyRuleError, match="8 小時的上限"):
        parse_weekly_hours("週一4、週三4、週五0.5")


def test_weekly_hours_round_trip_through_the_roster_text() -> None:
    schedule = weekly_schedule({1: 210, 3: 270})
    assert format_weekly_hours(schedule) == "週二3.5小時、週四4.5小時"
    assert parse_weekly_hours(format_weekly_hours(schedule)) == schedule


def test_record_problems() -> None:
    part_time = StudyRecord(
        1, "王", PART_TIME, date(2024, 3, 1), weekly=parse_weekly_hours("週二4")
    )
    assert study_record_problems(part_time) == []
    assert any("每週公假時數" in p for p in study_record_problems(record(1)))  # none given
    full_with_hours = StudyRecord(1, "王", FULL_TIME, date(2024, 3, 1), weekly=part_time.weekly)
    assert any("只有部分辦公時間進修" in p for p in study_record_problems(full_with_hours))
    backwards = StudyRecord(1, "王", OFF_HOURS, date(2024, 3, 1), date(2024, 2, 1))
    assert any("早於" in p for p in study_record_problems(backwards))
    assert any("無法辨識" in p for p in study_record_problems(record(1, kind="出國進修")))


def test_record_issues_name_their_field() -> None:
    backwards = StudyRecord(1, "王", PART_TIME, date(2024, 3, 1), date(2024, 2, 1))
    assert [f for f, _m in study_record_issues(backwards)] == ["end", "weekly"]
    assert [f for f, _m in study_record_issues(record(1, kind="出國進修"))] == ["kind"]


def test_record_warnings_approval_after_start_and_not_job_related() -> None:
    late = StudyRecord(1, "王", OFF_HOURS, date(2024, 3, 1), approved_on=date(2024, 3, 2))
    assert any("入學前" in w for w in study_record_warnings(late))
    unrelated = StudyRecord(1, "王", OFF_HOURS, date(2024, 3, 1), job_related=False)
    assert any("業務有關" in w for w in study_record_warnings(unrelated))
    on_time = StudyRecord(1, "王", OFF_HOURS, date(2024, 3, 1), approved_on=date(2024, 3, 1))
    assert study_record_warnings(on_time) == []


# --- quota ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headcount", "quota"), [(0, 1), (9, 1), (10, 1), (19, 1), (20, 2), (25, 2), (30, 3)]
)
def test_quota_is_a_tenth_of_the_headcount_at_least_one(headcount: int, quota: int) -> None:
    assert study_quota(headcount) == quota


def test_quota_refuses_a_negative_headcount() -> None:
    with pytest.raises(StudyRuleError):
        study_quota(-1)


@pytest.mark.parametrize(
    ("start", "end", "inside"),
    [
        (date(2023, 9, 1), date(2024, 1, 1), True),  # ends on the year's first day
        (date(2024, 12, 31), date(2025, 6, 30), True),  # starts on its last day
        (date(2023, 9, 1), date(2023, 12, 31), False),
        (date(2025, 1, 1), date(2025, 6, 30), False),
        (date(2020, 9, 1), None, True),  # open-ended, started before
        (date(2025, 1, 1), None, False),  # open-ended, starts after
        (date(2023, 1, 1), date(2026, 1, 1), True),  # spans it
    ],
)
def test_periods_touching_the_year_count(start: date, end: date | None, inside: bool) -> None:
    assert overlaps_year(start, end, 2024) is inside


def test_only_approved_full_and_part_time_study_takes_a_place() -> None:
    assert takes_place(record(1), 2024)
    assert takes_place(record(1, FULL_TIME), 2024)
    assert not takes_place(record(1, OFF_HOURS), 2024)
    assert not takes_place(record(1, approved=None), 2024)
    assert not takes_place(record(1), 2025)


def test_a_person_with_two_records_holds_one_place() -> None:
    records = [
        record(1, start=date(2024, 1, 1), end=date(2024, 6, 30), record_id=10),
        record(1, FULL_TIME, start=date(2024, 9, 1), end=None, record_id=11),
        record(2, OFF_HOURS),
    ]
    holders = place_holders(records, 2024)
    assert [(h.person_id, h.record_id) for h in holders] == [(1, 10)]
    usage = quota_usage(records, 2024, 19)
    assert (usage.quota, usage.used, usage.left) == (1, 1, 0)


def test_approval_refused_when_the_places_are_taken_and_the_holders_are_named() -> None:
    stored = [
        record(1, start=date(2023, 9, 1), end=date(2024, 1, 1), name="王小明"),
        record(2, FULL_TIME, start=date(2024, 12, 31), end=None, name="李大華"),
        record(3, OFF_HOURS, name="張三"),  # 公餘 takes no place
    ]
    candidate = record(4, name="陳美玲", record_id=None)
    check = check_approval(candidate, stored, budgeted_headcount=25)  # quota 2
    assert not check.fits
    assert [y.year for y in check.full_years] == [2024]
    assert check.full_years[0].names == ("王小明", "李大華")
    assert check.messages == (
        "113年部分辦公時間進修及全時進修名額 2 人已由王小明、李大華占用，無法再核准。",
    )
    assert check_approval(candidate, stored, budgeted_headcount=30).fits  # quota 3


def test_approval_fits_for_off_hours_study_and_for_a_holder() -> None:
    stored = [record(1, name="王小明")]
    assert check_approval(record(2, OFF_HOURS, record_id=None), stored, 9).fits
    # The holder's second study in the same year needs no second place.
    assert check_approval(record(1, FULL_TIME, record_id=None), stored, 9).fits
    # Re-approving the stored record itself (edited) does not count it twice.
    assert check_approval(record(1, end=date(2024, 8, 31)), stored, 9).fits


def test_headcount_zero_still_gives_one_place() -> None:
    assert check_approval(record(1, record_id=None), [], 0).fits
    refused = check_approval(record(2, record_id=None), [record(1)], 0)
    assert not refused.fits and refused.full_years[0].quota == 1


def test_approval_over_several_years_names_each_full_year() -> None:
    stored = [record(1, start=date(2025, 2, 1), end=date(2025, 12, 31), name="王小明")]
    candidate = record(2, start=date(2024, 9, 1), end=date(2026, 1, 31), record_id=None)
    check = check_approval(candidate, stored, 9)
    assert [y.year for y in check.full_years] == [2025]


def test_open_ended_candidate_meets_a_later_holder() -> None:
    stored = [record(1, start=date(2027, 2, 1), end=None, name="王小明")]
    check = check_approval(record(2, start=date(2024, 1, 1), end=None, record_id=None), stored, 9)
    assert not check.fits
    assert check.full_years[0].year == 2027


def test_study_people_and_the_roster() -> None:
    records = [
        record(1),
        record(1, OFF_HOURS, record_id=20),
        record(2, OFF_HOURS),
        record(3, approved=None),
        record(4, start=date(2025, 1, 1), end=None),
    ]
    assert study_people(records, 2024) == 2
    assert study_people(records, 2024, kinds=[OFF_HOURS]) == 2
    assert study_people(records, 2024, kinds=[FULL_TIME]) == 0
    assert [r.person_id for r in records_in_year(records, 2024)] == [1, 1, 2, 3]


# --- selection (施行細則 §13) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "before", "outcome"),
    [
        ("甲", "甲", Selection.ELIGIBLE),
        ("甲", "乙", Selection.ELIGIBLE),
        ("乙", "甲", Selection.ELIGIBLE),
        ("乙", "乙", Selection.NOT_ELIGIBLE),
        ("甲", "丙", Selection.NOT_ELIGIBLE),
        ("丁", "甲", Selection.NOT_ELIGIBLE),
        (None, "甲", Selection.UNKNOWN),
        ("乙", None, Selection.UNKNOWN),
        (None, None, Selection.UNKNOWN),
        ("", "甲", Selection.UNKNOWN),
        (None, "丙", Selection.NOT_ELIGIBLE),  # 丙 rules it out whatever the other year
        ("甲等", " 乙等 ", Selection.ELIGIBLE),
        (Grade.A, Grade.B, Selection.ELIGIBLE),
        ("甲", Grade.D, Selection.NOT_ELIGIBLE),
    ],
)
def test_selection_check(
    last: Grade | str | None, before: Grade | str | None, outcome: Selection
) -> None:
    assert selection_check(last, before) is outcome


def test_selection_for_year_reads_the_two_previous_years() -> None:
    grades: dict[int, Grade | str | None] = {2021: "丙", 2022: "甲", 2023: "乙", 2024: "丁"}
    assert selection_for_year(grades, 2024) is Selection.ELIGIBLE  # 2023 乙, 2022 甲
    assert selection_for_year(grades, 2023) is Selection.NOT_ELIGIBLE  # 2021 丙
    assert selection_for_year(grades, 2022) is Selection.NOT_ELIGIBLE
    assert selection_for_year({2023: "甲"}, 2024) is Selection.UNKNOWN


def test_unknown_grade_is_refused() -> None:
    assert normalize_grade("  ") is None
    assert normalize_grade("甲等") is Grade.A
    assert normalize_grade(Grade.C) is Grade.C
    with pytest.raises(ValueError, match="考績等次「優」無法辨識"):
        normalize_grade("優")


def test_the_refusal_speaks_english_when_asked() -> None:
    from hrplanner import i18n

    candidate = record(2, record_id=None)
    try:
        i18n.set_language("en")
        message = check_approval(candidate, [record(1, name="王小明")], 9).messages[0]
    finally:
        i18n.set_language("zh_TW")
    assert message == (
        "The quota of 1 place for full-time and part-time study in ROC year 113 is taken by "
        "王小明; no further approval is possible."
    )

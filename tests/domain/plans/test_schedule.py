"""辦理期程 read into months, kept as text always (SPEC R15)."""

from __future__ import annotations

import pytest

from hrplanner.domain.plans.schedule import (
    ALL_MONTHS,
    Schedule,
    ScheduleKind,
    YearMonth,
    parse_schedule,
)

PERIOD, RECURRING = ScheduleKind.PERIOD, ScheduleKind.RECURRING
ONGOING, UNKNOWN = ScheduleKind.ONGOING, ScheduleKind.UNKNOWN


def ym(year: int, month: int) -> YearMonth:
    return YearMonth(year, month)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("103年5月~104年4月", ym(2014, 5), ym(2015, 4)),
        ("103 年 5 月~104 年 4 月", ym(2014, 5), ym(2015, 4)),  # as 002 prints it
        ("103年5月至104年4月", ym(2014, 5), ym(2015, 4)),
        ("103年5月到104年4月", ym(2014, 5), ym(2015, 4)),
        ("103年5月－104年4月", ym(2014, 5), ym(2015, 4)),
        ("103年5月〜104年4月", ym(2014, 5), ym(2015, 4)),
        ("１０３年５月～１０４年４月", ym(2014, 5), ym(2015, 4)),
        ("民國103年5月至104年4月", ym(2014, 5), ym(2015, 4)),
        ("自103年5月起至104年4月止", ym(2014, 5), ym(2015, 4)),
        ("103年5月1日至104年4月30日", ym(2014, 5), ym(2015, 4)),
        ("103年5月-12月", ym(2014, 5), ym(2014, 12)),
        ("103年5月~10月", ym(2014, 5), ym(2014, 10)),
        ("103年10月至次年4月", ym(2014, 10), ym(2015, 4)),
        ("2014年5月~2015年4月", ym(2014, 5), ym(2015, 4)),
        ("2014/05-2015/04", ym(2014, 5), ym(2015, 4)),
        ("2014-05~2015-04", ym(2014, 5), ym(2015, 4)),
        ("103/5~104/4", ym(2014, 5), ym(2015, 4)),
        ("103年度", ym(2014, 1), ym(2014, 12)),
        ("103年", ym(2014, 1), ym(2014, 12)),
        ("2014年", ym(2014, 1), ym(2014, 12)),
        ("103年全年", ym(2014, 1), ym(2014, 12)),
        ("103-104年度", ym(2014, 1), ym(2015, 12)),
        ("103年至104年", ym(2014, 1), ym(2015, 12)),
        ("103年上半年", ym(2014, 1), ym(2014, 6)),
        ("103年下半年", ym(2014, 7), ym(2014, 12)),
        ("103年9月", ym(2014, 9), ym(2014, 9)),
        ("103年5月起", ym(2014, 5), None),
        ("104年3月底前", None, ym(2015, 3)),
        ("至104年4月止", None, ym(2015, 4)),
        ("104年3月底前完成", None, ym(2015, 3)),
    ],
)
def test_periods(text: str, start: YearMonth | None, end: YearMonth | None) -> None:
    schedule = parse_schedule(text)
    assert schedule.kind is PERIOD
    assert (schedule.start, schedule.end) == (start, end)
    assert schedule.text == text
    assert schedule.leftover == ""


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("每年4月、8月", (4, 8)),
        ("每年4月及8月", (4, 8)),
        ("每年4、8月", (4, 8)),
        ("每年９月", (9,)),
        ("每年5月至10月", (5, 6, 7, 8, 9, 10)),
        ("全年", ALL_MONTHS),
        ("全年度", ALL_MONTHS),
        ("每月", ALL_MONTHS),
        ("每年", ()),
    ],
)
def test_recurring(text: str, months: tuple[int, ...]) -> None:
    schedule = parse_schedule(text)
    assert schedule.kind is RECURRING
    assert schedule.months == months
    assert (schedule.start, schedule.end) == (None, None)


@pytest.mark.parametrize("text", ["持續辦理", "持續", "每年持續辦理", "常態辦理"])
def test_ongoing(text: str) -> None:
    assert parse_schedule(text).kind is ONGOING


@pytest.mark.parametrize(
    "text",
    [
        "配合中央期程",
        "103年10月-5月",  # end before start: a guess either way
        "104年5月~103年4月",
        "103年13月",
        "",
        "每年13月",
        "103年3月、104年3月",
    ],
)
def test_nothing_is_refused_unreadable_text_is_kept(text: str) -> None:
    schedule = parse_schedule(text)
    assert schedule.kind is UNKNOWN
    assert schedule.text == text
    assert (schedule.start, schedule.end, schedule.months) == (None, None, ())
    assert schedule.understood == "無法判讀起訖月份，只保留原文。"


def test_none_is_an_empty_text() -> None:
    assert parse_schedule(None) == Schedule("", UNKNOWN)


def test_what_was_understood_is_reported() -> None:
    assert parse_schedule("103年5月~104年4月").understood == "自民國103年5月至104年4月。"
    assert parse_schedule("103年9月").understood == "民國103年9月。"
    assert parse_schedule("103年5月起").understood == "自民國103年5月起，未寫結束月份。"
    assert parse_schedule("104年3月底前").understood == "至民國104年3月止，未寫起始月份。"
    assert parse_schedule("每年4月、8月").understood == "每年4、8月辦理。"
    assert parse_schedule("全年").understood == "每年全年辦理。"
    assert parse_schedule("每年").understood == "每年辦理，未寫月份。"
    assert parse_schedule("持續辦理").understood == "持續辦理，沒有起訖月份。"


def test_words_not_read_are_kept_and_reported() -> None:
    schedule = parse_schedule("103年5月~104年4月（視需要調整）")
    assert (schedule.start, schedule.end) == (ym(2014, 5), ym(2015, 4))
    assert schedule.leftover == "(視需要調整)"
    assert schedule.understood.endswith("未判讀的文字：「(視需要調整)」。")
    partial = parse_schedule("103年5月辦理說明會")
    assert (partial.start, partial.end, partial.leftover) == (ym(2014, 5), ym(2014, 5), "說明會")


def test_active_in_and_months_in_a_year() -> None:
    schedule = parse_schedule("103年5月~104年4月")
    assert [schedule.active_in(y) for y in (2013, 2014, 2015, 2016)] == [
        False,
        True,
        True,
        False,
    ]
    assert schedule.months_in(2014) == (5, 6, 7, 8, 9, 10, 11, 12)
    assert schedule.months_in(2015) == (1, 2, 3, 4)
    assert schedule.months_in(2016) == ()
    from_may = parse_schedule("103年5月起")
    assert from_may.active_in(2030) and not from_may.active_in(2013)
    assert from_may.months_in(2020) == ALL_MONTHS
    assert parse_schedule("每年4月、8月").months_in(2020) == (4, 8)
    assert parse_schedule("每年").months_in(2020) is None
    assert parse_schedule("持續辦理").active_in(2020) is True
    assert parse_schedule("持續辦理").months_in(2020) is None
    assert parse_schedule("另定之").active_in(2020) is None


def test_understood_follows_the_language_of_the_moment() -> None:
    from hrplanner import i18n

    schedule = parse_schedule("103年5月~104年4月")
    try:
        i18n.set_language("en")
        english = schedule.understood
    finally:
        i18n.set_language("zh_TW")
    assert english == "From ROC year 103, month 5 to ROC year 104, month 4."
    assert schedule.understood == "自民國103年5月至104年4月。"

"""domain.plausibility: the windows and maxima that refuse values no one means."""

from __future__ import annotations

import datetime as dt

from hrplanner.domain import plausibility as p

TODAY = dt.date(2026, 12, 2)
T = dt.time


def test_session_hours_fit_the_time_span() -> None:
    assert p.session_minutes_problem(180, T(9), T(12)) is None
    text = p.session_minutes_problem(240, T(9), T(12))
    assert text is not None and "4" in text and "09:00–12:00" in text and "3 小時" in text
    assert p.session_minutes_problem(100_000 * 60, T(9), T(12)) is not None
    # Without times at most one day.
    assert p.session_minutes_problem(8 * 60, None, None) is None
    assert p.session_minutes_problem(25 * 60, None, T(12)) is not None


def test_one_external_record_has_at_most_300_hours() -> None:
    assert p.external_minutes_problem(300 * 60) is None
    text = p.external_minutes_problem(100_000 * 60)
    assert text is not None and "100000" in text and "300" in text


def test_date_windows_per_field() -> None:
    for kind in p.DATE_WINDOWS:
        assert p.date_problem(kind, "日期", dt.date(1900, 1, 1), TODAY) is not None
        assert p.date_problem(kind, "日期", dt.date(9999, 12, 31), TODAY) is not None
    assert p.date_problem(p.BIRTH, "出生日期", dt.date(1985, 6, 15), TODAY) is None
    assert p.date_problem(p.BIRTH, "出生日期", dt.date(2020, 1, 1), TODAY) is not None  # 6
    assert p.date_problem(p.HIRE, "到職日期", dt.date(2027, 6, 1), TODAY) is None
    assert p.date_problem(p.CLASS_DATE, "日期", dt.date(2030, 3, 5), TODAY) is None
    assert p.date_problem(p.EXTERNAL_DATE, "日期", dt.date(2029, 1, 1), TODAY) is not None
    text = p.date_problem(p.HIRE, "到職日期", dt.date(9999, 1, 1), TODAY)
    assert text == "到職日期 8088/01/01 不在合理範圍內（055/12/02～116/12/02），請檢查是否打錯"

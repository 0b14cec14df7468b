"""The 辦公日曆 page: holidays highlighted with their names, a manual typhoon day added and
removed (and the R11 deadline following it), the official CSV imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate

from hrplanner.services.calendar import office_calendar as cs
from hrplanner.ui.calendar.page import MANUAL_BG, OFFICIAL_BG, CalendarPage
from hrplanner.ui.shell.pages import UiContext
from tests.ui.conftest import FakePrompts


def _page(ctx: UiContext, qtbot: Any) -> CalendarPage:
    page = CalendarPage(ctx, today=lambda: dt.date(2024, 10, 1))
    qtbot.addWidget(page)
    return page


def _rows(page: CalendarPage) -> list[list[str]]:
    return [
        [page.list.item(r, c).text() for c in range(page.list.columnCount())]
        for r in range(page.list.rowCount())
    ]


def test_month_shows_holidays_with_names(ctx: UiContext, qtbot: Any) -> None:
    page = _page(ctx, qtbot)
    assert page.shown_month() == (2024, 10)
    assert _rows(page) == [["113/10/10（四）", "放假", "國慶日", "內建日曆"]]
    fmt = page.calendar.dateTextFormat(QDate(2024, 10, 10))
    assert fmt.toolTip() == "國慶日"
    # February 2024: the 補行上班 Saturday 2/17 is listed as a working day.
    page.calendar.setCurrentPage(2024, 2)
    rows = _rows(page)
    assert ["113/02/17（六）", "上班", "補行上班", "內建日曆"] in rows
    assert ["113/02/09（五）", "放假", "農曆除夕", "內建日曆"] in rows
    assert ["113/02/28（三）", "放假", "和平紀念日", "內建日曆"] in rows
    # Ordinary weekends are not listed.
    assert not any(r[0].startswith("113/02/03") for r in rows)


def test_manual_typhoon_day_added_and_removed(ctx: UiContext, qtbot: Any) -> None:
    page = _page(ctx, qtbot)
    assert cs.registration_due(ctx.db, dt.date(2024, 9, 30)) == dt.date(2024, 10, 9)
    page.calendar.setSelectedDate(QDate(2024, 10, 2))
    page.note_edit.setText("山陀兒颱風停止上班")
    page.off_button.click()
    assert ["113/10/02（三）", "放假", "山陀兒颱風停止上班", "手動"] in _rows(page)
    fmt = page.calendar.dateTextFormat(QDate(2024, 10, 2))
    assert fmt.background().color() == MANUAL_BG
    assert "山陀兒颱風停止上班" in page.day_label.text()
    # The deadline of a class ending 9/30 moves one working day later.
    assert cs.registration_due(ctx.db, dt.date(2024, 9, 30)) == dt.date(2024, 10, 11)
    assert page.remove_button.isEnabled()
    page.remove_button.click()
    assert _rows(page) == [["113/10/10（四）", "放假", "國慶日", "內建日曆"]]
    assert page.calendar.dateTextFormat(QDate(2024, 10, 2)).background().color() != MANUAL_BG
    assert not page.remove_button.isEnabled()


def test_import_official_csv(
    ctx: UiContext, qtbot: Any, prompts: FakePrompts, tmp_path: Path
) -> None:
    csv_path = tmp_path / "113年中華民國政府行政機關辦公日曆表.csv"
    csv_path.write_text(
        "西元日期,星期,是否放假,備註\n20241003,四,2,山陀兒颱風\n20241004,五,0,\n",
        encoding="utf-8",
    )
    page = _page(ctx, qtbot)
    prompts.answers["open_file"] = [csv_path]
    page.import_button.click()
    assert prompts.kinds()[-1] == "info"
    assert ["113/10/03（四）", "放假", "山陀兒颱風", "官方辦公日曆"] in _rows(page)
    assert page.calendar.dateTextFormat(QDate(2024, 10, 3)).background().color() == OFFICIAL_BG
    # A broken file changes nothing and says why.
    bad = tmp_path / "bad.csv"
    bad.write_text("西元日期,是否放假\n20241005,9\n", encoding="utf-8")
    prompts.answers["open_file"] = [bad]
    page.import_button.click()
    kind, _title, text = prompts.calls[-1]
    assert kind == "error" and "是否放假" in text


def test_header_names_the_month_in_roc_years_and_its_buttons_move(
    ctx: UiContext, qtbot: Any, qapp: Any
) -> None:
    from PySide6.QtCore import Qt

    from hrplanner.ui.shell.translators import install_translators

    page = CalendarPage(ctx, today=lambda: dt.date(2026, 12, 2))
    qtbot.addWidget(page)
    page.show()
    assert page.title_label.text() == "115年12月"
    assert page.month_label.text() == "115年12月的假日與調整"
    assert not page.calendar.isNavigationBarVisible()  # Qt's own reads 「12月 2026」
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.title_label.text() == "116年1月" and page.shown_month() == (2027, 1)
    qtbot.mouseClick(page.prev_year_button, Qt.MouseButton.LeftButton)
    assert page.shown_month() == (2026, 1)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.shown_month() == (2026, 12)
    assert ["115/12/25（五）", "放假", "行憲紀念日", "內建日曆"] in _rows(page)
    install_translators(qapp, "en")
    try:
        english = CalendarPage(ctx, today=lambda: dt.date(2026, 12, 2))
        qtbot.addWidget(english)
        assert english.title_label.text() == "December 2026"
        assert english.month_label.text() == "Holidays and changes in December 2026"
        assert _rows(english)[0][0] == "115/12/25（Fri）"
    finally:
        install_translators(qapp, "zh_TW")


def test_the_calendar_is_read_off_the_window_thread(
    ctx: UiContext, qtbot: Any, monkeypatch: Any
) -> None:
    """With the window's background runner the page reads the calendar and its entries on
    a reader thread (it reads again whenever it is shown), then shows the month; a refresh
    keeps the month shown meanwhile and then shows an entry stored elsewhere."""
    import threading
    from dataclasses import replace

    from hrplanner.ui.shell.tasks import TaskRunner

    threads: list[threading.Thread] = []
    real = cs.list_overrides

    def recorded(db: Any, year: int | None = None) -> list[cs.OverrideInfo]:
        threads.append(threading.current_thread())
        return real(db, year)

    monkeypatch.setattr(cs, "list_overrides", recorded)
    runner = TaskRunner()
    page = _page(replace(ctx, runner=runner), qtbot)
    qtbot.waitUntil(lambda: _rows(page) == [["113/10/10（四）", "放假", "國慶日", "內建日曆"]])
    assert threads and threading.main_thread() not in threads

    threads.clear()
    cs.set_manual_override(ctx.db, dt.date(2024, 10, 2), True, "山陀兒颱風停止上班")
    page.refresh()
    assert len(_rows(page)) == 1  # the month stays as it was meanwhile
    qtbot.waitUntil(lambda: len(_rows(page)) == 2)
    assert ["113/10/02（三）", "放假", "山陀兒颱風停止上班", "手動"] in _rows(page)
    assert threads and threading.main_thread() not in threads
    runner.wait()

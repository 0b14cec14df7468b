"""The 平時考核 page: opening the year from its dialog, the period's list with its filters,
levels typed from the keyboard, facts before 已填 through the real buttons, overdue rows
in red, printing a unit's blank forms, and the screenshots in both languages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from hrplanner.services.appraisal import cycle, interim
from hrplanner.services.staff import roster
from hrplanner.storage.database import Database
from hrplanner.ui.appraisal.common import WARN_BRUSH
from hrplanner.ui.appraisal.interim_page import InterimPage
from hrplanner.ui.appraisal.open_dialog import OpenYearDialog
from hrplanner.ui.shell.pages import PAGES, UiContext
from hrplanner.ui.shell.translators import install_translators

from ..conftest import FakePrompts, person

TODAY = dt.date(2025, 5, 5)
CJK = re.compile(r"[\u4e00-\u9fff]")
SHOTS = Path(__file__).resolve().parents[3] / "build" / "screenshots"


@pytest.fixture
def staff(sqlite_db: Database) -> dict[str, int]:
    ids = {}
    for no, name, unit, head in (
        ("H1", "王主任", "人事室", True),
        ("A1", "李科員", "人事室", False),
        ("A2", "陳辦事", "人事室", False),
        ("B1", "林科員", "秘書室", False),
    ):
        ids[no] = roster.create(
            sqlite_db,
            person(
                no, name, unit, hire_date=dt.date(2015, 1, 1), rank_group="薦任", is_supervisor=head
            ),
        )
    return ids


@pytest.fixture
def page(ctx: UiContext, staff: dict[str, int], qtbot: QtBot) -> InterimPage:
    cycle.open_year(ctx.db, 2025, today=dt.date(2025, 1, 5))
    widget = InterimPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def cell(page: InterimPage, row: int, item: str):  # type: ignore[no-untyped-def]
    return page.model.index(row, page.model.column_of(item))


def test_registered_as_a_page() -> None:
    assert "hrplanner.ui.appraisal.interim_page:InterimPage" in {p.factory for p in PAGES}


def test_period_list_overdue_rows_and_filters(page: InterimPage) -> None:
    assert page.year() == 2025 and page.period() == 2  # period 1 is past its due date
    page.period_combo.setCurrentIndex(page.period_combo.findData(1))
    assert [r.employee_no for r in page.model.all_rows()] == ["A1", "A2", "H1", "B1"]
    assert "逾期未填 4 人" in page.summary_label.text()
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == WARN_BRUSH
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("秘書室"))
    assert [r.employee_no for r in page.model.all_rows()] == ["B1"]


def test_levels_from_the_keyboard_then_facts_then_filled(
    page: InterimPage, qtbot: QtBot, prompts: FakePrompts
) -> None:
    page.period_combo.setCurrentIndex(page.period_combo.findData(1))
    page.table.setFocus()
    page.table.setCurrentIndex(cell(page, 0, "工作知能"))
    for key in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C):
        qtbot.keyClick(page.table, key)
    levels = [r.levels.get("工作知能") for r in page.model.all_rows()]
    assert levels == ["A", "B", "C", None]
    assert page.table.currentIndex().row() == 3  # moved down after each key
    qtbot.keyClick(page.table, Qt.Key.Key_Z)  # not a level of the scale: ignored
    assert page.model.row_at(3).levels == {}
    page.table.setCurrentIndex(cell(page, 1, "工作知能"))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "工作知能" not in page.model.row_at(1).levels
    # 領導協調 is for supervisors only: A1 is not one, so the key does nothing.
    page.table.setCurrentIndex(cell(page, 0, "領導協調"))
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    assert "領導協調" not in page.model.row_at(0).levels
    for item, key in (
        ("創新研究", Qt.Key.Key_B),
        ("服務態度", Qt.Key.Key_A),
        ("品德操守", Qt.Key.Key_A),
    ):
        page.table.setCurrentIndex(cell(page, 0, item))
        qtbot.keyClick(page.table, key)
    # 已填 without facts is refused and says why.
    page.table.selectRow(0)
    qtbot.mouseClick(page.fill_button, Qt.MouseButton.LeftButton)
    assert prompts.calls[-1][0] == "error" and "優劣事實" in prompts.calls[-1][2]
    assert page.model.row_at(0).status == "未填"
    # Type the facts in place (F2 on the facts column), then 已填.
    facts = page.model.index(0, page.model.facts_column())
    page.table.setCurrentIndex(facts)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert page.table.state() == QAbstractItemView.State.EditingState
    editor = page.table.viewport().findChild(QLineEdit)
    # QTest cannot press keys for Chinese characters: the input method's text is inserted.
    editor.insert("如期完成訓練計畫")  # type: ignore[union-attr]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    assert page.model.row_at(0).facts == "如期完成訓練計畫"
    page.table.selectRow(0)
    qtbot.mouseClick(page.fill_button, Qt.MouseButton.LeftButton)
    row = page.model.row_at(0)
    assert row.status == "已填" and row.filled_on == TODAY and row.timing.value == "逾期完成"
    stored = interim.list_interim(page.ctx.db, 2025, 1, today=TODAY).rows
    assert next(r for r in stored if r.employee_no == "A1").status == "已填"


def test_open_year_dialog_opens_the_next_year(
    page: InterimPage, qtbot: QtBot, prompts: FakePrompts
) -> None:
    dialog = OpenYearDialog(page.ctx, page, year=2026, today=lambda: dt.date(2026, 1, 3))
    qtbot.addWidget(dialog)
    dialog.due_1.setText("5/10")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.report is not None and dialog.report.people == 4
    assert dialog.report.periods[0] == (1, dt.date(2026, 5, 10))
    assert "已開辦 115 年度" in prompts.calls[-1][2]
    bad = OpenYearDialog(page.ctx, page, year=2026)
    qtbot.addWidget(bad)
    bad.due_2.setText("13-40")
    qtbot.mouseClick(
        bad.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "無法辨識" in bad.error.text() and bad.report is None


def test_print_a_units_blank_forms(page: InterimPage, qtbot: QtBot) -> None:
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("人事室"))
    page.print_unit_blank_action.trigger()
    preview = page.printer.last_preview
    assert preview is not None, page.printer.last_error
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == 3  # A1, A2, H1 of 人事室


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_screenshots(page: InterimPage, qapp: QApplication, language: str) -> None:
    install_translators(qapp, language)
    try:
        widget = InterimPage(page.ctx, today=lambda: TODAY)
        widget.resize(1100, 700)
        widget.show()
        widget.period_combo.setCurrentIndex(widget.period_combo.findData(1))
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(SHOTS / f"interim_{language}.png"))
        assert widget.width() <= 1100
        if language == "en":  # the program's own words are English; data stays as it is
            texts = [b.text() for b in widget.findChildren(QAbstractButton)]
            header = widget.table.model()
            texts += [
                str(header.headerData(c, Qt.Orientation.Horizontal))
                for c in range(header.columnCount())
            ]
            assert [t for t in texts if CJK.search(t)] == []
            # A level letter under a short title; the whole name is the title's tooltip.
            column = widget.model.column_of("工作知能")
            horizontal = Qt.Orientation.Horizontal
            assert header.headerData(column, horizontal) == "Knowl."
            tip = header.headerData(column, horizontal, Qt.ItemDataRole.ToolTipRole)
            assert tip == "Job knowledge"
        widget.close()
    finally:
        install_translators(qapp, "zh_TW")


def test_the_periods_are_read_off_the_window_thread(
    ctx: UiContext, staff: dict[str, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the window's background runner the periods of the chosen year are read on a
    reader thread, then fill the period list and show the current period's list; another
    year chosen empties the list meanwhile."""
    import threading
    from dataclasses import replace

    from hrplanner.ui.shell.tasks import TaskRunner

    cycle.open_year(ctx.db, 2025, today=dt.date(2025, 1, 5))
    threads: list[threading.Thread] = []
    real = interim.periods

    def recorded(db: Database, year: int) -> list[interim.PeriodInfo]:
        threads.append(threading.current_thread())
        return real(db, year)

    monkeypatch.setattr(interim, "periods", recorded)
    runner = TaskRunner()
    widget = InterimPage(replace(ctx, runner=runner), today=lambda: TODAY)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.period() == 2 and widget.model.rowCount() == 4)
    assert threads and threading.main_thread() not in threads

    threads.clear()
    widget.year_combo.setCurrentIndex(widget.year_combo.findData(2024))  # not opened
    assert widget.model.rowCount() == 0 and widget.period() is None
    qtbot.waitUntil(lambda: "尚未開辦" in widget.summary_label.text())
    assert threads and threading.main_thread() not in threads
    widget.year_combo.setCurrentIndex(widget.year_combo.findData(2025))
    qtbot.waitUntil(lambda: widget.period() == 2 and widget.model.rowCount() == 4)
    runner.wait()

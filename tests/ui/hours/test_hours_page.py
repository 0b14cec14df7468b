"""The 學習時數 page: totals, group columns, 達成 and 尚缺時數 as the service computes them,
the filters (unit, 未達成, 超過120小時), the compliance rate, the drill-down and new hires."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from hrplanner.services.hours import external
from hrplanner.services.hours.external import ExternalInput
from hrplanner.services.staff import roster
from hrplanner.services.staff.records import EmployeeData
from hrplanner.services.training import attendance, classes, closing, enrollment
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.storage.database import Database
from hrplanner.ui.hours.page import HoursPage
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import Prompts
from hrplanner.ui.shell.tasks import TaskRunner

TODAY = dt.date(2026, 6, 30)
FULL = (  # meets every group: 1 + 4 + 1 + 4 + 10 = 20 h
    ("當前政府重大政策", 60),
    ("環境教育", 240),
    ("性別主流化", 60),
    ("人權教育", 240),
    ("業務相關", 600),
)


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path: Path) -> UiContext:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(sqlite_db, Prompts(), TaskRunner(synchronous=True), settings)


def add(db: Database, no: str, title: str, topic: str, minutes: int, day: dt.date) -> None:
    external.add_external(db, ExternalInput(no, title, day, minutes, topic))


@pytest.fixture
def page(ctx: UiContext, qtbot) -> HoursPage:  # type: ignore[no-untyped-def]
    db = ctx.db
    for no, name, unit, hire in (
        ("A001", "王小明", "人事室", None),
        ("A002", "李美華", "人事室", None),
        ("B001", "陳志豪", "總務處", dt.date(2026, 3, 1)),
    ):
        roster.create(
            db,
            EmployeeData(employee_no=no, name=name, unit=unit, category="公務人員", hire_date=hire),
        )
    day = dt.date(2026, 5, 1)
    for i, (topic, minutes) in enumerate(FULL):
        add(db, "A001", f"課程{i}", topic, minutes, day)
    add(db, "A001", "大量進修", "業務相關", 110 * 60, day)  # 130 h in all: over 120
    # 李美華: 15 h, 環境教育 missing 4 h → 尚缺 5 h (not 9).
    for i, (topic, minutes) in enumerate(FULL[:1] + FULL[2:4]):
        add(db, "A002", f"課程{i}", topic, minutes, day)
    add(db, "A002", "業務", "業務相關", 540, day)
    # A closed class counts too: 陳志豪 earns 3 h of 環境教育.
    detail = classes.create_class(
        db,
        classes.ClassInput("115-030", "環境教育"),
        [classes.SessionInput(dt.date(2026, 4, 1), "環境教育", dt.time(9), dt.time(12))],
    )
    chen = roster.search_ids(db, roster.StaffFilter(text="B001"))[0]
    enrollment.enroll(db, detail.summary.id, [EnrollRequest(chen)])
    attendance.fill_all_present(db, detail.summary.id)
    closing.close_class(db, detail.summary.id, dt.date(2026, 4, 2))
    widget = HoursPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(widget)
    return widget


def table_rows(page: HoursPage) -> dict[str, list[str]]:
    model = page.model
    return {
        model.index(r, 1).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def test_totals_groups_met_and_missing(page: HoursPage) -> None:
    horizontal = Qt.Orientation.Horizontal
    columns = [page.model.headerData(c, horizontal) for c in range(page.model.columnCount())]
    assert columns == [
        "員工編號", "姓名", "單位", "人員類別", "總時數",
        "當前政府重大政策", "環境教育", "性別主流化", "民主治理價值", "達成", "尚缺時數",
    ]  # fmt: skip
    rows = table_rows(page)
    assert rows["王小明"][4:] == ["130", "1", "4", "1", "4", "是", ""]
    assert rows["李美華"][4:] == ["15", "1", "0", "1", "4", "否", "5"]
    assert rows["陳志豪"][4:] == ["3", "0", "3", "0", "0", "否", "17"]
    assert page.rate_label.text() == "115 年度達成率：33.3%（目標 80%）"
    assert page.count_label.text() == "共 3 人"


def test_filters(page: HoursPage) -> None:
    page.not_met.setChecked(True)
    assert set(table_rows(page)) == {"李美華", "陳志豪"}
    page.unit_combo.setCurrentIndex(page.unit_combo.findText("總務處"))
    assert set(table_rows(page)) == {"陳志豪"}
    page.not_met.setChecked(False)
    page.unit_combo.setCurrentIndex(0)
    page.over_120.setChecked(True)
    assert set(table_rows(page)) == {"王小明"}
    # The rate stays the year's, whatever the filter shows.
    assert "33.3%" in page.rate_label.text()


def test_other_year_is_empty_and_drill_down_lists_records(page: HoursPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = {page.row_at(r).name: page.row_at(r) for r in range(page.model.rowCount())}
    dialog = page.make_records_dialog(rows["陳志豪"])
    assert dialog is not None
    qtbot.addWidget(dialog)
    records = dialog.model.rows()
    assert [(r.kind, r.code, r.minutes) for r in records] == [("班期", "115-030", 180)]
    assert dialog.model.index(0, 5).data() == "環境教育 3"
    dialog = page.make_records_dialog(rows["李美華"])
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert len(dialog.model.rows()) == 4

    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    assert table_rows(page)["王小明"][4] == "0"


def test_new_hires_tab(page: HoursPage) -> None:
    # 陳志豪's 環境教育 class is an ordinary course: it does not count as initial training.
    hires = page.hires_model.rows()
    assert [(h.name, h.due, h.trained) for h in hires] == [("陳志豪", dt.date(2026, 7, 1), False)]
    assert page.hires_model.index(0, 5).data() == "待受訓"
    assert "尚待初任訓練 1 人" in page.hires_label.text()
    add(page.ctx.db, "B001", "初任公務人員訓練", "一般", 18 * 60, dt.date(2026, 6, 1))
    page.refresh()
    assert [h.trained for h in page.hires_model.rows()] == [True]
    assert page.hires_model.index(0, 5).data() == "已受訓"
    assert "尚待初任訓練 0 人" in page.hires_label.text()


def test_table_reads_no_database_and_sorts_in_memory(page: HoursPage) -> None:
    from sqlalchemy import event

    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(page.ctx.db.engine, "before_cursor_execute", count)
    try:
        model = page.model
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                model.index(r, c).data()
        page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    finally:
        event.remove(page.ctx.db.engine, "before_cursor_execute", count)
    assert statements == []
    assert [page.row_at(r).name for r in range(3)] == ["王小明", "李美華", "陳志豪"]
    page.table.sortByColumn(10, Qt.SortOrder.DescendingOrder)  # 尚缺時數
    assert page.row_at(0).name == "陳志豪"

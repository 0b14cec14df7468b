"""The 訓練班期 page and the class editor: create a class with two sessions through the
dialog (ROC dates, hours from the span), refusals shown and the dialog kept open, edit,
copy to next year, cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox

from hrplanner.services.staff.records import EmployeeData
from hrplanner.services.training import classes
from hrplanner.storage.database import Database
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import Prompts
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.training.class_dialog import DATE, END, HOURS, MEAL, START, TOPIC, ClassDialog
from hrplanner.ui.training.classes_page import ClassesPage, next_year_code

TODAY = dt.date(2026, 2, 1)


class ScriptedPrompts(Prompts):
    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.answer = True

    def info(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("info", title, text))

    def error(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("error", title, text))

    def confirm(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("confirm", title, text))
        return self.answer


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path: Path) -> UiContext:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(sqlite_db, ScriptedPrompts(), TaskRunner(synchronous=True), settings)


def type_session(
    dialog: ClassDialog, row: int, date: str, start: str, end: str, topic: str
) -> None:
    table = dialog.sessions
    table.item(row, DATE).setText(date)
    table.item(row, START).setText(start)
    table.item(row, END).setText(end)
    combo = table.cellWidget(row, TOPIC)
    assert isinstance(combo, QComboBox)
    combo.setCurrentText(topic)


def test_create_class_with_two_sessions_through_the_dialog(qtbot, ctx: UiContext) -> None:
    page = ClassesPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    dialog = ClassDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.code.setText("115-001")
    dialog.title_edit.setText("環境教育研習")
    dialog.capacity.setText("30")
    dialog.deadline.setText("115/2/20")
    type_session(dialog, 0, "115/3/2", "09:00", "12:00", "環境教育")
    # Hours follow the span as it is typed.
    assert dialog.sessions.item(0, HOURS).text() == "3"
    dialog.add_session_row()
    type_session(dialog, 1, "1150309", "13:30", "16:30", "性別主流化")
    dialog.sessions.item(1, HOURS).setText("2.5")  # explicit hours win over the span
    dialog.sessions.item(1, MEAL).setCheckState(Qt.CheckState.Checked)
    dialog.accept()

    assert dialog.result() == dialog.DialogCode.Accepted
    detail = dialog.result_detail
    assert detail is not None
    assert detail.summary.total_minutes == 330
    assert detail.registration_deadline == dt.date(2026, 2, 20)
    assert [(s.date, s.minutes, s.topic, s.meal_served) for s in detail.sessions] == [
        (dt.date(2026, 3, 2), 180, "環境教育", False),
        (dt.date(2026, 3, 9), 150, "性別主流化", True),
    ]
    page.year_combo.setCurrentIndex(page.year_combo.findData(2026))
    page.refresh(detail.summary.id)
    assert page.model.rowCount() == 1
    assert page.selected() is not None and page.selected().code == "115-001"
    assert "5.5" in page.model.index(0, 6).data()


def test_refused_input_keeps_the_dialog_open_with_chinese_problems(qtbot, ctx: UiContext) -> None:
    classes.create_class(ctx.db, classes.ClassInput("115-001", "已存在"))
    dialog = ClassDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("115-001")
    dialog.title_edit.setText("")
    type_session(dialog, 0, "115/13/40", "09:00", "12:00", "一般")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    kind, _, text = ctx.prompts.messages[-1]  # type: ignore[attr-defined]
    assert kind == "error" and "第 1 場" in text

    type_session(dialog, 0, "115/3/2", "09:00", "12:00", "一般")
    dialog.accept()
    kind, _, text = ctx.prompts.messages[-1]  # type: ignore[attr-defined]
    assert "班期代碼「115-001」已存在" in text and "課程名稱不可空白" in text
    assert dialog.result_detail is None


def test_edit_sessions_of_an_existing_class(qtbot, ctx: UiContext) -> None:
    created = classes.create_class(
        ctx.db,
        classes.ClassInput("115-002", "人權教育"),
        [classes.SessionInput(dt.date(2026, 4, 1), "人權教育", dt.time(9), dt.time(11))],
    )
    dialog = ClassDialog(ctx, classes.open_class(ctx.db, created.summary.id))
    qtbot.addWidget(dialog)
    assert dialog.sessions.item(0, DATE).text() == "115/04/01"
    dialog.add_session_row()
    type_session(dialog, 1, "2026-04-08", "09:00", "10:30", "行政中立")
    dialog.title_edit.setText("人權教育與行政中立")
    dialog.accept()
    detail = classes.open_class(ctx.db, created.summary.id)
    assert detail.summary.title == "人權教育與行政中立"
    assert [s.minutes for s in detail.sessions] == [120, 90]
    assert detail.summary.end_date == dt.date(2026, 4, 8)


def test_copy_to_next_year_and_cancel(qtbot, ctx: UiContext) -> None:
    created = classes.create_class(
        ctx.db,
        classes.ClassInput("114-007", "廉政研習"),
        [classes.SessionInput(dt.date(2025, 5, 6), "廉政與服務倫理", dt.time(9), dt.time(12))],
    )
    page = ClassesPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    assert page.select_id(created.summary.id)
    page.copy_selected()
    assert page.year() == 2026
    copied = page.selected()
    assert copied is not None and copied.code == "115-007"
    assert copied.start_date == dt.date(2026, 5, 6)

    page.cancel_selected()
    assert page.selected() is not None and page.selected().status == "已取消"
    assert page.cancel_button.text() == "恢復班期"


def test_next_year_code() -> None:
    assert next_year_code("114-012") == "115-012"
    assert next_year_code("99-1") == "100-1"
    assert next_year_code("ABC") == "ABC-next"


def test_pages_are_registered_and_sorting_keeps_the_selection(qtbot, ctx: UiContext) -> None:
    from hrplanner.ui.shell.pages import PAGES

    specs = {spec.key: spec for spec in PAGES}
    for day, code in ((5, "115-003"), (3, "115-001"), (4, "115-002")):
        classes.create_class(
            ctx.db,
            classes.ClassInput(code, f"班期{code}"),
            [classes.SessionInput(dt.date(2026, 3, day), "一般", dt.time(9), dt.time(12))],
        )
    page = specs["classes"].build(ctx)
    qtbot.addWidget(page)
    assert isinstance(page, ClassesPage)
    assert [r.code for r in page.model.rows()] == ["115-003", "115-002", "115-001"]
    chosen = page.model.rows()[0].id  # 115-003: first now, last after sorting
    assert page.select_id(chosen)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [r.code for r in page.model.rows()] == ["115-001", "115-002", "115-003"]
    assert page.selected() is not None and page.selected().id == chosen
    assert page.table.selectionModel().selectedRows()[0].row() == 2
    hours_page = specs["hours"].build(ctx)
    qtbot.addWidget(hours_page)


def test_refused_session_delete_saves_nothing_of_the_edit(qtbot, ctx: UiContext) -> None:
    from hrplanner.services.staff import roster
    from hrplanner.services.training import attendance, enrollment
    from hrplanner.services.training.attendance import MarkChange
    from hrplanner.services.training.enrollment import EnrollRequest

    created = classes.create_class(
        ctx.db,
        classes.ClassInput("115-003", "性別主流化"),
        [
            classes.SessionInput(dt.date(2026, 4, 1), "性別主流化", dt.time(9), dt.time(11)),
            classes.SessionInput(dt.date(2026, 4, 8), "性別主流化", dt.time(9), dt.time(11)),
        ],
    )
    person = roster.create(
        ctx.db,
        EmployeeData(employee_no="A001", name="王小明", unit="人事室", category="公務人員"),
    )
    enrollment.enroll(ctx.db, created.summary.id, [EnrollRequest(person, dt.datetime(2026, 3, 1))])
    enrollee = classes.open_class(ctx.db, created.summary.id).enrollees[0]
    attendance.set_marks(
        ctx.db,
        created.summary.id,
        [MarkChange(enrollee.enrollment_id, created.sessions[0].id, "出席")],
    )
    dialog = ClassDialog(ctx, classes.open_class(ctx.db, created.summary.id))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("改過的名稱")
    dialog.sessions.item(1, HOURS).setText("1")
    dialog.sessions.selectRow(0)
    dialog._remove_selected()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    kind, _, text = ctx.prompts.messages[-1]  # type: ignore[attr-defined]
    assert kind == "error" and "第 1 場已有出席紀錄，無法刪除" in text
    # Neither the new title nor the other session's new hours were saved.
    after = classes.open_class(ctx.db, created.summary.id)
    assert after.summary.title == "性別主流化"
    assert [s.minutes for s in after.sessions] == [120, 120]

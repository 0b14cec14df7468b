"""The classes page imports class, enrollment and attendance workbooks through the shared
import dialog; an enrollment cancellation shows who was promoted from the waitlist (R8)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hrplanner.services.training import classes
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.training.classes_page import ClassesPage

from ...conftest import write_workbook
from ..conftest import FakePrompts


def run(page: ClassesPage, key: str, path: Path) -> str:
    dialog = page.imports.make_dialog(key)
    dialog.path_edit.setText(str(path))
    dialog.dry_run()
    assert dialog.problems.rowCount() == 0, [p.message for p in dialog.problems.problems]
    dialog.run_import()
    assert dialog.imported is not None
    return dialog.summary.text()


def test_import_classes_enrollments_and_attendance_from_the_classes_page(
    qtbot: QtBot,
    ctx: UiContext,
    tmp_path: Path,
    prompts: FakePrompts,
    people: dict[str, int],
) -> None:
    page = ClassesPage(ctx)
    qtbot.addWidget(page)
    assert [a.text() for a in page.imports.menu.actions()] == ["班期與場次…", "報名…", "出席…"]

    class_file = write_workbook(
        tmp_path / "classes.xlsx",
        {
            "班期": [["班期代碼", "課程名稱", "名額"], ["130-001", "公文寫作", 1]],
            "場次": [
                ["班期代碼", "場次", "日期", "開始時間", "結束時間", "學習類別"],
                ["130-001", 1, "130/03/05", "09:00", "12:00", "業務相關"],
            ],
        },
    )
    assert "新增 2 筆" in run(page, "classes", class_file)  # a class and its session
    detail = classes.open_class(ctx.db, "130-001")
    assert [s.minutes for s in detail.sessions] == [180]

    header = ["班期代碼", "員工編號", "報名時間"]
    enrollments = write_workbook(
        tmp_path / "enrollments.xlsx",
        {
            "報名": [
                header,
                ["130-001", "A001", "2041-01-02 09:00"],
                ["130-001", "A002", "2041-01-02 10:00"],
            ]
        },
    )
    run(page, "enrollments", enrollments)
    statuses = {e.employee_no: e.status for e in classes.open_class(ctx.db, "130-001").enrollees}
    assert statuses == {"A001": "正取", "A002": "備取"}

    cancel = write_workbook(
        tmp_path / "cancel.xlsx",
        {"報名": [["班期代碼", "員工編號", "狀態"], ["130-001", "A001", "取消"]]},
    )
    summary = run(page, "enrollments", cancel)
    assert "李美華" in summary and "遞補為正取" in summary  # the promotion is shown
    statuses = {e.employee_no: e.status for e in classes.open_class(ctx.db, "130-001").enrollees}
    assert statuses == {"A001": "取消", "A002": "正取"}

    attendance = write_workbook(
        tmp_path / "attendance.xlsx",
        {
            "出席": [
                ["班期代碼", "員工編號", "場次", "出席狀態", "請假時數"],
                ["130-001", "A002", 1, "請假", 1],
            ]
        },
    )
    run(page, "attendance", attendance)
    from hrplanner.services.training import attendance as attendance_service

    grid = attendance_service.attendance_grid(ctx.db, detail.summary.id)
    row = next(r for r in grid.rows if r.employee_no == "A002")
    assert [m.leave_minutes for m in row.marks.values() if m is not None] == [60]

"""Two officers, one class (issue 9): a save in the window based on what another officer has
changed since is refused with a sentence, nothing is overwritten, and the screen is read
again so that the officer sees the other's change — in the attendance grid (keys and typed
hours) and in the enrollment panel (the details dialog and cancelling)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from hrplanner.services.training import attendance, enrollment
from hrplanner.services.training.attendance import EMPTY, MarkChange
from hrplanner.services.training.enrollment import EnrollmentDetails
from hrplanner.storage.database import Database
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.training.attendance_model import FIXED
from hrplanner.ui.training.classes_page import ClassesPage
from hrplanner.ui.training.enrollment_panel import EnrollmentDialog

from ..conftest import FakePrompts
from .conftest import enrolled_class

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path: Path, qapp) -> UiContext:  # type: ignore[no-untyped-def]
    prompts = FakePrompts()
    prompts.confirm_by_default = True
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(sqlite_db, prompts, TaskRunner(synchronous=True), settings)


@pytest.fixture
def page(ctx: UiContext, qtbot) -> ClassesPage:  # type: ignore[no-untyped-def]
    class_id = enrolled_class(ctx.db, ("王小明", "李美華"))
    shown = ClassesPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(shown)
    assert shown.select_id(class_id)
    shown.resize(1100, 700)
    shown.show()
    return shown


def errors(ctx: UiContext) -> list[str]:
    prompts = ctx.prompts
    assert isinstance(prompts, FakePrompts)
    return [text for kind, _title, text in prompts.calls if kind == "error"]


def attendance_tab(page: ClassesPage):  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.attendance)
    grid = page.attendance
    assert grid.model is not None
    return grid, grid.model


def test_a_key_on_a_cell_another_officer_just_filled(page, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    grid, model = attendance_tab(page)
    row, session = model.row(0), model.grid.sessions[0].id
    assert model.mark(0, FIXED) is None  # the officer sees an empty cell ...
    other = MarkChange(row.enrollment_id, session, "請假", 60, EMPTY)
    attendance.set_marks(ctx.db, page.detail.summary.id, [other])  # ... filled meanwhile
    grid.view.setFocus()
    grid.view.setCurrentIndex(model.index(0, FIXED))
    qtbot.keyClick(grid.view, Qt.Key.Key_1)  # 出席
    assert errors(ctx) and "出席紀錄已被其他人修改" in errors(ctx)[-1]
    assert "沒有儲存" in errors(ctx)[-1]
    # Nothing was overwritten, and the grid now shows the other officer's mark.
    stored = attendance.attendance_grid(ctx.db, page.detail.summary.id).rows[0].marks[session]
    assert (stored.status, stored.leave_minutes) == ("請假", 60)
    shown = model.mark(0, FIXED)
    assert shown is not None and shown.status == "請假"
    assert grid.view.currentIndex().row() == 0  # the cursor stays on the refused cell
    # Now that the grid shows what is stored, the same key saves.
    qtbot.keyClick(grid.view, Qt.Key.Key_1)
    assert len(errors(ctx)) == 1
    shown = model.mark(0, FIXED)
    assert shown is not None and shown.status == "出席"


def test_typed_hours_on_a_cell_another_officer_just_changed(page, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    class_id = page.detail.summary.id
    attendance.fill_all_present(ctx.db, class_id)
    page.refresh(class_id)
    _grid, model = attendance_tab(page)
    row, session = model.row(1), model.grid.sessions[1].id
    stored_version = row.versions[session]
    other = MarkChange(row.enrollment_id, session, "缺課", None, stored_version)
    attendance.set_marks(ctx.db, class_id, [other])
    # What the cell's editor hands the model when the officer types 1.5 and presses Enter.
    assert not model.setData(model.index(1, FIXED + 1), "1.5")
    assert errors(ctx) and "出席紀錄已被其他人修改" in errors(ctx)[-1]
    shown = model.mark(1, FIXED + 1)
    assert shown is not None and shown.status == "缺課"
    after = attendance.attendance_grid(ctx.db, class_id).rows[1].marks[session]
    assert after.status == "缺課"


def test_the_details_dialog_of_an_enrollment_another_officer_just_saved(page, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = page.enrollment
    panel.table.selectRow(0)
    chosen = panel.selected()
    assert chosen is not None and chosen.meal == "葷"
    dialog = EnrollmentDialog(panel, chosen)
    qtbot.addWidget(dialog)
    dialog.show()
    # Meanwhile another officer saves the same enrollment.
    enrollment.update_enrollment(
        ctx.db, chosen.enrollment_id, EnrollmentDetails("不用餐", None, True, "出差"), version=1
    )
    dialog.meal.setCurrentIndex(dialog.meal.findData("素"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert errors(ctx) and "這筆報名已被其他人修改" in errors(ctx)[-1]
    assert not dialog.saved and not dialog.isVisible()
    # The panel was read again: it shows the other officer's save, which still stands.
    shown = next(e for e in panel.model.rows() if e.enrollment_id == chosen.enrollment_id)
    assert (shown.meal, shown.note, shown.version) == ("不用餐", "出差", 2)


def test_cancelling_an_enrollment_another_officer_just_changed(page, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = page.enrollment
    panel.table.selectRow(0)
    chosen = panel.selected()
    assert chosen is not None
    enrollment.update_enrollment(
        ctx.db, chosen.enrollment_id, EnrollmentDetails("素", None, True, None), version=1
    )
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert errors(ctx) and "這筆報名已被其他人修改" in errors(ctx)[-1]
    shown = next(e for e in panel.model.rows() if e.enrollment_id == chosen.enrollment_id)
    assert shown.status == "正取" and shown.meal == "素"  # not cancelled; the fresh copy shown

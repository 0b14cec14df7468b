"""The attendance grid of an online (數位) class: a 完成 checkbox per enrollee stored through
``set_completion`` (a mouse click and 全部完成), closing then credits the completed people
only, and unticking on a closed class takes the credit back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from hrplanner.services.hours import ledger as hours
from hrplanner.services.staff import roster
from hrplanner.services.staff.records import EmployeeData
from hrplanner.services.training import classes, enrollment
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.training.attendance_grid import AttendanceGridWidget
from hrplanner.ui.training.attendance_model import FIXED

from ..conftest import FakePrompts

AFTER = dt.date(2026, 5, 10)
SHOT = Path("/tmp/shots/gap-online-attendance.png")


@pytest.fixture
def prompts() -> FakePrompts:
    """Every question of closing and reopening is answered yes."""
    answers = FakePrompts()
    answers.confirm_by_default = True
    return answers


@pytest.fixture
def grid(ctx: UiContext, qtbot: QtBot) -> AttendanceGridWidget:
    db = ctx.db
    people = [
        roster.create(
            db, EmployeeData(employee_no=f"B00{i}", name=n, unit="秘書室", category="公務人員")
        )
        for i, n in enumerate(("王小明", "李美華", "陳志豪"), start=1)
    ]
    detail = classes.create_class(
        db,
        classes.ClassInput("115-030", "性別主流化數位課程", mode="數位"),
        [classes.SessionInput(dt.date(2026, 5, 4), "性別主流化", minutes=120)],
    )
    enrollment.enroll(
        db,
        detail.summary.id,
        [EnrollRequest(p, dt.datetime(2026, 4, 1, 9, i)) for i, p in enumerate(people)],
    )
    widget = AttendanceGridWidget(ctx, today=lambda: AFTER)
    qtbot.addWidget(widget)
    widget.set_class(detail.summary.id)
    widget.resize(820, 300)
    widget.show()
    return widget


def completed(widget: AttendanceGridWidget) -> list[bool]:
    assert widget.model is not None
    return [r.completed for r in widget.model.grid.rows]


def click_check(widget: AttendanceGridWidget, qtbot: QtBot, row: int) -> None:
    model = widget.model
    assert model is not None
    column = model.completion_column()
    assert column is not None
    rect = widget.view.visualRect(model.index(row, column))
    # The check indicator sits at the left of the cell, vertically centred.
    qtbot.mouseClick(
        widget.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 12, rect.center().y()),
    )


def test_completion_column_only_for_online_classes(grid: AttendanceGridWidget) -> None:
    model = grid.model
    assert model is not None and model.grid.online
    column = model.completion_column()
    assert column == FIXED + 1  # right after the one session
    assert model.headerData(column, Qt.Orientation.Horizontal) == "完成"
    assert model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsUserCheckable
    assert grid.all_done_button.isVisible() and not grid.all_present_button.isVisible()
    assert "已完成 0／3 人" in grid.status_label.text()


def test_click_marks_completion_and_closing_credits_it(
    grid: AttendanceGridWidget, qtbot: QtBot, ctx: UiContext
) -> None:
    click_check(grid, qtbot, 0)
    assert completed(grid) == [True, False, False]
    model = grid.model
    assert model is not None
    column = model.completion_column()
    assert column is not None
    assert model.index(0, column).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # Stored, not just shown: a fresh read of the class agrees.
    enrollees = classes.open_class(ctx.db, "115-030").enrollees
    assert [e.completed for e in enrollees] == [True, False, False]
    click_check(grid, qtbot, 2)
    assert "已完成 2／3 人" in grid.status_label.text()
    SHOT.parent.mkdir(parents=True, exist_ok=True)
    grid.grab().save(str(SHOT))

    grid.close_class()
    kind, _, text = ctx.prompts.calls[-1]  # type: ignore[attr-defined]
    assert kind == "info" and "2 人取得時數，1 人未取得" in text
    ledger = {r.name: r.total_minutes for r in hours.year_ledger(ctx.db, 2026)}
    assert ledger == {"王小明": 120, "李美華": 0, "陳志豪": 120}

    # Unticking on the closed class takes the credit back at once.
    click_check(grid, qtbot, 2)
    ledger = {r.name: r.total_minutes for r in hours.year_ledger(ctx.db, 2026)}
    assert ledger["陳志豪"] == 0


def test_all_completed_button(grid: AttendanceGridWidget) -> None:
    grid.all_done_button.click()
    assert completed(grid) == [True, True, True]
    assert not grid.all_done_button.isEnabled()

"""The attendance grid: marks by keyboard and by typed text, "全部出席" never overwrites a
leave, the live warning for a 缺課, closing refused while cells are missing, closing stores
the credits, reopening."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from hrplanner.domain.credit import Mark
from hrplanner.services.hours import ledger as hours
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.training.attendance_grid import AttendanceGridWidget
from hrplanner.ui.training.attendance_model import FIXED, parse_cell
from hrplanner.ui.training.models import WARN_BRUSH

from ..conftest import FakePrompts
from .conftest import enrolled_class

AFTER = dt.date(2026, 3, 10)


@pytest.fixture
def prompts() -> FakePrompts:
    """Every question of closing and reopening is answered yes."""
    answers = FakePrompts()
    answers.confirm_by_default = True
    return answers


@pytest.fixture
def grid(ctx: UiContext, qtbot) -> AttendanceGridWidget:  # type: ignore[no-untyped-def]
    class_id = enrolled_class(ctx.db, ("王小明", "李美華", "陳志豪"))
    widget = AttendanceGridWidget(ctx, today=lambda: AFTER)
    qtbot.addWidget(widget)
    widget.set_class(class_id)
    widget.resize(900, 400)
    widget.show()
    return widget


def errors(ctx: UiContext) -> list[str]:
    prompts = ctx.prompts
    assert isinstance(prompts, FakePrompts)
    return [text for kind, _title, text in prompts.calls if kind == "error"]


def live_grid(
    grid: AttendanceGridWidget, ctx: UiContext, qtbot
) -> tuple[AttendanceGridWidget, TaskRunner]:  # type: ignore[no-untyped-def]
    """The fixture's class in a grid with the window's background runner, shown, its grid
    arrived."""
    runner = TaskRunner()
    widget = AttendanceGridWidget(replace(ctx, runner=runner), today=lambda: AFTER)
    qtbot.addWidget(widget)
    widget.set_class(grid.class_id)
    widget.show()
    qtbot.waitUntil(lambda: widget.model is not None)
    return widget, runner


def marks(widget: AttendanceGridWidget, row: int) -> list[Mark | None]:
    model = widget.model
    assert model is not None
    return [model.mark(row, FIXED + i) for i in range(len(model.grid.sessions))]


def test_keys_mark_cells_and_move_down(grid: AttendanceGridWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = grid.model
    assert model is not None and model.rowCount() == 3
    grid.view.setFocus()
    grid.view.setCurrentIndex(model.index(0, FIXED))
    qtbot.keyClick(grid.view, Qt.Key.Key_1)
    assert grid.view.currentIndex().row() == 1  # the cursor moved down the column
    qtbot.keyClick(grid.view, Qt.Key.Key_2)
    qtbot.keyClick(grid.view, Qt.Key.Key_1)
    assert [m[0] for m in (marks(grid, 0), marks(grid, 1), marks(grid, 2))] == [
        Mark("出席"),
        Mark("請假", 180),
        Mark("出席"),
    ]
    assert model.index(1, FIXED).data() == "請假 3"
    # A typed number is the leave hours of a 請假.
    assert model.setData(model.index(1, FIXED), "1.5")
    assert marks(grid, 1)[0] == Mark("請假", 90)
    # Delete clears the cell again.
    grid.view.setCurrentIndex(model.index(2, FIXED))
    grid.view.selectionModel().select(
        model.index(2, FIXED), grid.view.selectionModel().SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    assert marks(grid, 2)[0] is None
    assert "尚有 4 格未登錄" in grid.status_label.text()


def test_a_key_repaints_only_its_row(grid: AttendanceGridWidget, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = grid.model
    assert model is not None
    changed: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    model.modelReset.connect(lambda: resets.append(True))
    grid.view.setFocus()
    grid.view.setCurrentIndex(model.index(1, FIXED))
    qtbot.keyClick(grid.view, Qt.Key.Key_1)
    assert changed == [(1, 1)]  # the typed row only, never the whole grid
    assert resets == []
    assert grid.view.currentIndex().row() == 2  # the cursor is kept (and moved down)
    assert "尚有 5 格未登錄" in grid.status_label.text()


def test_absence_warns_at_once_and_all_present_keeps_leave(grid: AttendanceGridWidget) -> None:
    model = grid.model
    assert model is not None
    model.setData(model.index(0, FIXED), "請假 1")
    model.setData(model.index(2, FIXED + 1), "缺課")
    last = model.columnCount() - 1
    assert model.index(2, last).data() == "無法取得時數：未請假缺課"
    assert model.index(2, last).data(Qt.ItemDataRole.BackgroundRole) == WARN_BRUSH
    assert model.index(0, last).data() == ""
    assert "1 人已無法取得時數" in grid.status_label.text()

    grid.fill_all_present()
    assert marks(grid, 0) == [Mark("請假", 60), Mark("出席")]
    assert marks(grid, 1) == [Mark("出席"), Mark("出席")]
    assert marks(grid, 2) == [Mark("出席"), Mark("缺課")]
    assert model.grid.missing == 0


def test_close_reports_missing_then_stores_credit_and_reopens(
    grid: AttendanceGridWidget, ctx
) -> None:  # type: ignore[no-untyped-def]
    model = grid.model
    assert model is not None
    model.setData(model.index(0, FIXED), "請假 1")
    grid.close_class()
    kind, _, text = ctx.prompts.calls[-1]  # type: ignore[attr-defined]
    # One line of summary; who and which sessions behind the details button.
    assert kind == "error" and text == "3 人尚有 2 場未登錄出席"
    assert "李美華" in ctx.prompts.details[-1]  # type: ignore[attr-defined]
    assert "confirm" not in ctx.prompts.kinds()  # type: ignore[attr-defined]
    assert not model.grid.closed

    model.setData(model.index(2, FIXED + 1), "缺課")
    grid.fill_all_present()
    grid.close_class()
    assert ctx.prompts.kinds()[-2] == "confirm"  # type: ignore[attr-defined]
    kind, _, text = ctx.prompts.calls[-1]  # type: ignore[attr-defined]
    assert kind == "info" and "2 人取得時數，1 人未取得" in text
    model = grid.model
    assert model is not None and model.grid.closed
    last = model.columnCount() - 1
    assert model.index(0, last).data() == "時數 5"
    assert model.index(1, last).data() == "時數 6"
    assert "未請假缺課" in model.index(2, last).data()
    assert not grid.close_button.isEnabled() and grid.reopen_button.isEnabled()
    # Closed: no more key entry.
    assert not model.flags(model.index(0, FIXED)) & Qt.ItemFlag.ItemIsEditable
    ledger = {r.name: r.total_minutes for r in hours.year_ledger(ctx.db, 2026)}
    assert ledger == {"王小明": 300, "李美華": 360, "陳志豪": 0}

    grid.reopen_class()
    assert not model.grid.closed and grid.close_button.isEnabled()


def test_parse_cell() -> None:
    assert parse_cell("", 180) == (None, None)
    assert parse_cell("出席", 180) == ("出席", None)
    assert parse_cell("3", 180) == ("請假", 180)  # typed text: a number is leave hours
    assert parse_cell("請假 0.5", 180) == ("請假", 30)
    assert parse_cell("1.5", 180) == ("請假", 90)
    with pytest.raises(ValueError):
        parse_cell("abc", 180)


def test_keys_show_at_once_and_are_written_in_the_background(
    grid: AttendanceGridWidget, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """With the window's background runner: the typed mark shows before it is written; a
    second key on the same cell, typed before the first is stored, is not taken for another
    officer's change; a cell another officer filled meanwhile is refused, said, reloaded and
    the cursor goes back to it."""

    from hrplanner.services.training import attendance
    from hrplanner.services.training.attendance import EMPTY, MarkChange

    runner = TaskRunner()
    background = AttendanceGridWidget(replace(ctx, runner=runner), today=lambda: AFTER)
    qtbot.addWidget(background)
    class_id = grid.class_id
    background.set_class(class_id)
    qtbot.waitUntil(lambda: background.model is not None)
    model = background.model
    assert model is not None
    view = background.view
    view.setFocus()
    view.setCurrentIndex(model.index(0, FIXED))
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert model.mark(0, FIXED) == Mark("出席")  # shown at once
    view.setCurrentIndex(model.index(0, FIXED))
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert model.mark(0, FIXED) == Mark("缺課")
    qtbot.waitUntil(lambda: not model.writing)
    assert errors(ctx) == []
    stored = attendance.attendance_grid(ctx.db, class_id).rows[0].marks  # type: ignore[arg-type]
    assert stored[model.grid.sessions[0].id] == Mark("缺課")
    assert model.mark(0, FIXED) == Mark("缺課")
    assert "1 人已無法取得時數" in background.status_label.text()  # the service's outlook

    row, session = model.row(1), model.grid.sessions[1].id
    other = MarkChange(row.enrollment_id, session, "請假", 60, EMPTY)
    attendance.set_marks(ctx.db, class_id, [other])  # type: ignore[arg-type]
    view.setCurrentIndex(model.index(1, FIXED + 1))
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert model.mark(1, FIXED + 1) == Mark("出席")  # not written yet
    qtbot.waitUntil(lambda: not model.writing)
    assert errors(ctx) and "出席紀錄已被其他人修改" in errors(ctx)[-1]
    assert model.mark(1, FIXED + 1) == Mark("請假", 60)  # the other officer's mark
    assert view.currentIndex().row() == 1  # back on the refused cell
    runner.wait()


def test_the_buttons_write_on_the_writer_thread(
    grid: AttendanceGridWidget, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """全部出席, 結訓 and 重新開啟 pressed with the window's background runner: the buttons
    rest while the write runs off the window's thread, then the grid shows what was stored."""

    widget, runner = live_grid(grid, ctx, qtbot)
    model = widget.model
    assert model is not None and model.grid.missing == 6

    qtbot.mouseClick(widget.all_present_button, Qt.MouseButton.LeftButton)
    assert not widget.all_present_button.isEnabled() and not widget.close_button.isEnabled()
    qtbot.waitUntil(lambda: model.grid.missing == 0 and widget.close_button.isEnabled())
    assert widget.status_label.text() == "已填入 6 格出席"

    qtbot.mouseClick(widget.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.grid.closed and widget.reopen_button.isEnabled())
    qtbot.mouseClick(widget.reopen_button, Qt.MouseButton.LeftButton)
    assert not widget.reopen_button.isEnabled()  # resting while the write runs
    with qtbot.waitSignal(widget.changed):
        pass
    qtbot.waitUntil(lambda: not model.grid.closed and widget.close_button.isEnabled())
    assert errors(ctx) == []
    runner.wait()


def test_a_button_pressed_after_another_officer_changed_the_class_says_so(
    grid: AttendanceGridWidget, ctx: UiContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """全部出席 in the background on a class another officer changed meanwhile: filled and
    closed, nothing is left to fill and the grid shows the class closed; cancelled, the
    refusal is said (no traceback) and nothing is written."""

    from hrplanner.services.training import attendance, classes, closing

    widget, runner = live_grid(grid, ctx, qtbot)
    class_id = grid.class_id
    assert class_id is not None
    model = widget.model
    assert model is not None and model.grid.missing == 6

    classes.cancel_class(ctx.db, class_id)  # the other officer, elsewhere
    qtbot.mouseClick(widget.all_present_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors(ctx)))
    assert "已取消" in errors(ctx)[-1]
    assert attendance.attendance_grid(ctx.db, class_id).missing == 6  # nothing written
    assert widget.all_present_button.isEnabled()  # the buttons work again

    classes.cancel_class(ctx.db, class_id, cancelled=False)
    attendance.fill_all_present(ctx.db, class_id)
    closing.close_class(ctx.db, class_id, AFTER)
    qtbot.mouseClick(widget.all_present_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.grid.closed and widget.reopen_button.isEnabled())
    assert widget.status_label.text() == "已結訓"
    assert len(errors(ctx)) == 1
    runner.wait()


def test_the_same_class_shown_again_is_read_off_the_window_thread(
    grid: AttendanceGridWidget, ctx: UiContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A page refreshed in the background shows its class again: the grid is read on a
    reader thread (never on the window's, where another task's lock waits would freeze it),
    shows what another officer stored, and keeps the cursor where the user was."""
    import threading

    from hrplanner.services.training import attendance

    widget, runner = live_grid(grid, ctx, qtbot)
    model = widget.model
    assert model is not None
    widget.view.setCurrentIndex(model.index(2, FIXED + 1))

    threads: list[threading.Thread] = []
    real = attendance.attendance_grid

    def recorded(db: object, class_id: int) -> object:
        threads.append(threading.current_thread())
        return real(db, class_id)  # type: ignore[arg-type]

    monkeypatch.setattr(attendance, "attendance_grid", recorded)
    assert grid.class_id is not None
    attendance.fill_all_present(ctx.db, grid.class_id)  # another officer, meanwhile
    widget.set_class(grid.class_id)
    qtbot.waitUntil(lambda: model.grid.missing == 0)
    assert threads and threading.main_thread() not in threads
    assert widget.model is model
    assert (widget.view.currentIndex().row(), widget.view.currentIndex().column()) == (
        2,
        FIXED + 1,
    )
    runner.wait()


def test_another_class_chosen_twice_while_loading_shows_that_class(
    grid: AttendanceGridWidget, ctx: UiContext, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Class B chosen, and chosen again (a tab shown again) before its grid has arrived:
    the grid that comes is B's, in a model that reads and writes B, not A's model."""
    import threading

    from hrplanner.services.training import attendance

    other = enrolled_class(ctx.db, ("林雅婷",), code="115-099", prefix="B")
    widget, runner = live_grid(grid, ctx, qtbot)
    first = widget.model

    gate = threading.Event()
    real = attendance.attendance_grid

    def slow(db: object, class_id: int) -> object:
        if class_id == other:
            gate.wait(10)
        return real(db, class_id)  # type: ignore[arg-type]

    monkeypatch.setattr(attendance, "attendance_grid", slow)
    widget.set_class(other)
    widget.set_class(other)  # before its grid has arrived
    gate.set()
    qtbot.waitUntil(lambda: widget.model is not first and widget.model is not None)
    model = widget.model
    assert model is not None and model.grid.class_id == other
    assert [r.name for r in model.grid.rows] == ["林雅婷"]
    runner.wait()

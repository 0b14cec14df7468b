"""An officer's day on the 訓練班期 page, through the real widgets: every step clicks the
button the officer clicks (``qtbot.mouseClick``) or types the keys (``qtbot.keyClicks``);
modal dialogs are driven while they are open, and only the message boxes and file dialogs
at the edge (``Prompts``) are scripted. A signal wired with the wrong arguments fails here.

Create a class with three sessions through 新增場次, edit it and add a fourth, enroll, set
主管同意 and meals in bulk, cancel, substitute, take attendance by keys, see 待結訓, be refused
(summarised) then close after confirming, print the sign-in sheets and the certificates,
export the attendance, and mark the class registered.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTableWidget,
    QWidget,
)

from hrplanner.services.staff import roster
from hrplanner.services.training import classes
from hrplanner.storage.database import Database
from hrplanner.ui.exports.page import ReportsPage
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.people_picker import PeoplePicker
from hrplanner.ui.shell.prompts import Prompts
from hrplanner.ui.training.attendance_model import FIXED
from hrplanner.ui.training.class_dialog import DATE, END, HOURS, START, TOPIC, ClassDialog
from hrplanner.ui.training.classes_page import ClassesPage
from hrplanner.ui.training.print_actions import PrintActions

from ..conftest import FakePrompts, person

LEFT = Qt.MouseButton.LeftButton
seen_errors: list[list[BaseException]] = []  # from inside modal dialogs, raised by check()


# --- driving the real widgets -------------------------------------------------------------


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, LEFT)


def click_row(qtbot: Any, view: QAbstractItemView, row: int, column: int = 0, **kw: Any) -> None:
    model = view.model()
    view.scrollTo(model.index(row, column))
    rect = view.visualRect(model.index(row, column))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center(), **kw)


def ok_button(dialog: QWidget) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def while_modal(qtbot: Any, work: Callable[[QDialog], None]) -> list[QDialog]:
    """Run ``work`` on the next modal dialog once it is open (inside its ``exec``). The
    dialog is rejected if ``work`` did not close it, so a failure never hangs the test;
    the failure itself is raised by ``check``."""
    seen: list[QDialog] = []
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, run)  # not open yet
            return
        seen.append(dialog)
        try:
            work(dialog)
        except BaseException as exc:
            errors.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    seen_errors.append(errors)
    return seen


def check() -> None:
    """Raise what went wrong inside a modal dialog."""
    for errors in seen_errors:
        if errors:
            raise errors[0]
    seen_errors.clear()


def choose_from_menu(qtbot: Any, button: QAbstractButton, action: QAction) -> None:
    """Click ``button`` (its menu opens) and then ``action`` in that menu. A tool button's
    menu runs its own event loop, a push button's does not: both are handled."""
    errors: list[BaseException] = []
    done: list[bool] = []

    def run() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, run)
            return
        try:
            assert action in menu.actions() and action.isEnabled()
            where = menu.actionGeometry(action).center()
            qtbot.mouseMove(menu, where)  # a menu ignores a click the mouse has not moved to
            qtbot.mouseClick(menu, LEFT, pos=where)
        except BaseException as exc:
            errors.append(exc)
            menu.close()
        done.append(True)

    QTimer.singleShot(0, run)
    click(qtbot, button)
    qtbot.waitUntil(lambda: bool(done), timeout=2000)
    if errors:
        raise errors[0]


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` as the officer does: keys for ASCII, and Chinese as the input method
    delivers it (a committed ``QInputMethodEvent``; QTest has no keys for it)."""
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def type_cell(qtbot: Any, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Select a cell, press F2, type ``text`` into the editor and press Enter."""
    click_row(qtbot, table, row, column)
    assert table.currentRow() == row and table.currentColumn() == column
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "no cell editor opened"
    editor = editors[0]
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits Enter through a queued call, as in the running window.
    qtbot.waitUntil(lambda: table.item(row, column).text() == text, timeout=1000)


def cells(dialog: ClassDialog, row: int) -> tuple[str, str, str, str]:
    t = dialog.sessions
    return tuple(t.item(row, c).text() for c in (DATE, START, END, HOURS))  # type: ignore[return-value]


def pick_people(
    qtbot: Any, *, search: str | None = None, all_but: str | None = None
) -> Callable[[QDialog], None]:
    """What the officer does in the people picker: search a name and click it, or 全選
    and Ctrl-click the one to leave out; then OK."""

    def work(dialog: QDialog) -> None:
        assert isinstance(dialog, PeoplePicker)
        if search is not None:
            type_text(qtbot, dialog.search_edit, search)
            qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=2000)
            click_row(qtbot, dialog.table, 0, 1)
        else:
            click(qtbot, dialog.select_all_button)
            if all_but is not None:
                row = row_of(dialog.table, all_but)
                click_row(qtbot, dialog.table, row, 1, stateKey=Qt.KeyboardModifier.ControlModifier)
        click(qtbot, ok_button(dialog))

    return work


# --- the day ---------------------------------------------------------------------------------


class Clock:
    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def prompts() -> FakePrompts:
    answers = FakePrompts()
    answers.confirm_by_default = True
    return answers


def row_of(view: QTableView, text: str, column: int = 1) -> int:
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, column).data() == text:
            return row
    raise AssertionError(f"{text} not in the list")


def test_an_officers_day_through_the_buttons(
    qtbot: Any, ctx: UiContext, prompts: FakePrompts, people: dict[str, int], tmp_path: Path
) -> None:
    db = ctx.db
    people["張志強"] = roster.create(db, person("A005", "張志強", "人事室"))
    people["黃淑芬"] = roster.create(db, person("A006", "黃淑芬", "秘書室"))
    clock = Clock(dt.date(2026, 2, 1))
    page = ClassesPage(ctx, today=clock)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()

    # 1. 新增班期 with three sessions: 新增場次 twice copies the times onto the next days.
    def create(dialog: QDialog) -> None:
        assert isinstance(dialog, ClassDialog)
        qtbot.keyClicks(dialog.code, "115-001")
        type_text(qtbot, dialog.title_edit, "環境教育研習")
        qtbot.keyClicks(dialog.capacity, "2")
        type_cell(qtbot, dialog.sessions, 0, DATE, "115/3/2")
        type_cell(qtbot, dialog.sessions, 0, START, "09:00")
        type_cell(qtbot, dialog.sessions, 0, END, "12:00")
        assert cells(dialog, 0) == ("115/3/2", "09:00", "12:00", "3")
        click(qtbot, dialog.add_button)
        click(qtbot, dialog.add_button)
        assert cells(dialog, 1) == ("115/03/03", "09:00", "12:00", "3")
        assert cells(dialog, 2) == ("115/03/04", "09:00", "12:00", "3")
        assert "共 3 場，9 小時" in dialog.total_label.text()
        click(qtbot, ok_button(dialog))
        assert not dialog.isVisible(), prompts.calls

    while_modal(qtbot, create)
    click(qtbot, page.add_button)
    check()
    detail = page.detail
    assert detail is not None and detail.summary.code == "115-001"
    assert [s.date.day for s in detail.sessions] == [2, 3, 4]
    assert detail.summary.total_minutes == 9 * 60
    class_id = detail.summary.id

    # 2. 編輯: a fourth session, in the afternoon.
    def extend(dialog: QDialog) -> None:
        assert isinstance(dialog, ClassDialog)
        assert dialog.sessions.rowCount() == 3
        click(qtbot, dialog.add_button)
        assert cells(dialog, 3)[:2] == ("115/03/05", "09:00")
        type_cell(qtbot, dialog.sessions, 3, START, "13:00")
        type_cell(qtbot, dialog.sessions, 3, END, "16:30")
        assert cells(dialog, 3)[3] == "3.5"
        click(qtbot, ok_button(dialog))
        assert not dialog.isVisible(), prompts.calls

    click_row(qtbot, page.table, row_of(page.table, "環境教育研習"))
    while_modal(qtbot, extend)
    click(qtbot, page.edit_button)
    check()
    detail = classes.open_class(db, class_id)
    assert len(detail.sessions) == 4 and detail.summary.total_minutes == 12.5 * 60

    # 3. 新增報名: four of the five active people into two seats: two 正取, two 備取.
    panel = page.enrollment
    assert page.tabs.currentWidget() is panel
    while_modal(qtbot, pick_people(qtbot, all_but="黃淑芬"))
    click(qtbot, panel.add_button)
    check()
    kind, _, text = prompts.calls[-1]
    assert kind == "info" and "正取 2 人，備取 2 人" in text
    statuses = {e.name: e.status for e in panel.model.rows()}
    assert sorted(statuses.values()) == ["備取", "備取", "正取", "正取"]
    assert "林離職" not in statuses  # the picker offers active staff only

    # 4. 批次設定: select every row (click, Shift-click), 主管同意 and 素 at once.
    click_row(qtbot, panel.table, 0)
    click_row(qtbot, panel.table, 3, stateKey=Qt.KeyboardModifier.ShiftModifier)
    assert len(panel.selected_all()) == 4
    assert not panel.edit_button.isEnabled()  # one enrollment at a time
    choose_from_menu(qtbot, panel.bulk_button, panel.approve_action)
    choose_from_menu(qtbot, panel.bulk_button, panel.meal_actions["素"])
    rows = classes.open_class(db, class_id).enrollees
    assert all(e.approved for e in rows) and {e.meal for e in rows} == {"素"}
    assert len(panel.selected_all()) == 4  # still selected for the next setting
    assert "已更新 4 筆報名" in panel.summary_label.text()

    # 5. 取消報名 of a 正取: the first 備取 moves up (the class has not started).
    first = next(e for e in panel.model.rows() if e.status == "正取")
    click_row(qtbot, panel.table, row_of(panel.table, first.name))
    click(qtbot, panel.cancel_button)
    kinds = prompts.kinds()
    assert kinds[-2:] == ["confirm", "info"]
    assert "已由備取遞補為正取" in prompts.calls[-1][2]

    # 6. 遞補: 黃淑芬 takes the seat of a 正取 (search by name in the picker).
    holder = next(e for e in panel.model.rows() if e.status == "正取")
    click_row(qtbot, panel.table, row_of(panel.table, holder.name))
    while_modal(qtbot, pick_people(qtbot, search="黃淑芬"))
    click(qtbot, panel.substitute_button)
    check()
    kind, _, text = prompts.calls[-1]
    assert kind == "info" and f"黃淑芬 已遞補 {holder.name} 的名額" in text
    enrolled = sorted(e.name for e in panel.model.rows() if e.status == "正取")
    assert len(enrolled) == 2 and "黃淑芬" in enrolled

    # 7. The class has ended: 待結訓 in the list.
    clock.day = dt.date(2026, 3, 6)
    page.refresh()
    assert page.detail is not None and page.detail.summary.status == "待結訓"
    status_column = 8
    assert page.model.index(row_of(page.table, "環境教育研習"), status_column).data() == "待結訓"

    # 8. Attendance by keys in the grid: three sessions typed, the fourth missing.
    qtbot.mouseClick(page.tabs.tabBar(), LEFT, pos=page.tabs.tabBar().tabRect(1).center())
    grid = page.attendance
    assert page.tabs.currentWidget() is grid and grid.model is not None
    view = grid.view
    view.setFocus()
    for session in range(3):
        click_row(qtbot, view, 0, FIXED + session)
        qtbot.keyClick(view, Qt.Key.Key_1)  # 出席, then the cursor moves down
        qtbot.keyClick(view, Qt.Key.Key_2 if session == 1 else Qt.Key.Key_1)
    assert grid.model.grid.missing == 2

    # 9. 結訓 is refused with one line; who and which session are behind the details.
    click(qtbot, grid.close_button)
    kind, title, text = prompts.calls[-1]
    assert (kind, title, text) == ("error", "尚無法結訓", "2 人尚有 1 場未登錄出席")
    assert "第 4 場" in prompts.details[-1]
    assert "confirm" not in prompts.kinds()[-2:]

    click_row(qtbot, view, 0, FIXED + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert grid.model.grid.missing == 0
    prompts.answers["confirm"] = [False]  # asked first: No leaves it open
    click(qtbot, grid.close_button)
    assert prompts.kinds()[-1] == "confirm" and not grid.model.grid.closed
    click(qtbot, grid.close_button)
    assert prompts.kinds()[-2:] == ["confirm", "info"]
    assert "2 人取得時數" in prompts.calls[-1][2]
    assert classes.open_class(db, class_id).summary.status == "已結訓"

    # 10. 列印 → 簽到表 (all sessions) and 研習證明書, saved from the preview.
    actions: PrintActions = page.print_actions
    prompts.answers["choose"] = ["全部場次（共 4 場）"]
    signin = tmp_path / "signin.pdf"
    prompts.answers["save_file"] = [signin]
    choose_from_menu(qtbot, page.print_button, actions.signin_action)
    preview = actions.last_preview
    assert preview is not None and preview.isVisible()
    click(qtbot, preview.save_button)
    assert signin.read_bytes()[:5] == b"%PDF-"
    click(qtbot, preview.close_button)

    prompts.answers["choose"] = ["合併成一個 PDF（預覽後列印）"]
    certificates = tmp_path / "certificates.pdf"
    prompts.answers["save_file"] = [certificates]
    choose_from_menu(qtbot, page.print_button, actions.certificates_action)
    preview = actions.last_preview
    assert preview is not None and preview.page_count() == 2
    click(qtbot, preview.save_button)
    assert certificates.read_bytes()[:5] == b"%PDF-"
    click(qtbot, preview.close_button)

    # 11. 報表 → 出席紀錄 of the class.
    reports = ReportsPage(ctx, today=clock)
    qtbot.addWidget(reports)
    reports.class_combo.setCurrentIndex(reports.class_combo.findData("115-001"))
    exported = tmp_path / "attendance.xlsx"
    prompts.answers["save_file"] = [exported]
    click(qtbot, reports.export_buttons["attendance"])
    sheet = load_workbook(exported).worksheets[0]
    names = {c.value for row in sheet.iter_rows() for c in row}
    assert "黃淑芬" in names

    # 12. 標記已登錄 from the classes list.
    page.refresh()
    click_row(qtbot, page.table, row_of(page.table, "環境教育研習"))
    click(qtbot, page.register_button)
    assert classes.open_class(db, class_id).summary.status == "已登錄時數"
    assert not page.register_button.isEnabled()


def test_several_classes_marked_registered_at_once(
    qtbot: Any, ctx: UiContext, prompts: FakePrompts, sqlite_db: Database
) -> None:
    from hrplanner.services.training import closing

    ids = []
    for n in range(3):
        d = classes.create_class(
            sqlite_db,
            classes.ClassInput(f"115-01{n}", f"研習{n}"),
            [classes.SessionInput(dt.date(2026, 3, 2 + n), "一般", dt.time(9), dt.time(12))],
        )
        ids.append(d.summary.id)
    for class_id in ids[:2]:
        closing.close_class(sqlite_db, class_id, dt.date(2026, 3, 10))
    prompts.confirm_by_default = True
    page = ClassesPage(ctx, today=lambda: dt.date(2026, 3, 12))
    qtbot.addWidget(page)
    page.show()
    # The third class ended but is not closed: 待結訓, and left out of the registration.
    statuses = {s.code: s.status for s in page.model.rows()}
    assert statuses == {"115-010": "已結訓", "115-011": "已結訓", "115-012": "待結訓"}
    click_row(qtbot, page.table, 0)
    click_row(qtbot, page.table, 2, stateKey=Qt.KeyboardModifier.ShiftModifier)
    assert not page.edit_button.isEnabled() and not page.cancel_button.isEnabled()
    click(qtbot, page.register_button)
    kind, _, text = prompts.calls[-1]
    assert kind == "confirm" and "將 2 個班期標記為已於 115/03/12 登錄" in text
    statuses = {s.code: s.status for s in page.model.rows()}
    assert statuses == {"115-010": "已登錄時數", "115-011": "已登錄時數", "115-012": "待結訓"}
    # The service refuses as a whole: one class not closed, nothing written.
    with pytest.raises(Exception, match="115-012"):
        closing.mark_registered_many(sqlite_db, ids, dt.date(2026, 3, 12))
    assert classes.open_class(sqlite_db, ids[2]).registered_on is None


def test_the_close_refusal_box_has_its_list_behind_details(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    Prompts().error_details(None, "尚無法結訓", "2 人尚有 1 場未登錄出席", "王小明：第 4 場")
    (box,) = shown
    assert box.text() == "2 人尚有 1 場未登錄出席"
    assert box.detailedText() == "王小明：第 4 場"


def test_a_new_session_row_on_an_empty_or_unfinished_table(qtbot: Any, ctx: UiContext) -> None:
    dialog = ClassDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    # Without a date on the row above, the new row's date stays blank; times still copy.
    type_cell(qtbot, dialog.sessions, 0, START, "13:30")
    click(qtbot, dialog.add_button)
    assert cells(dialog, 1)[:2] == ("", "13:30")
    # A Friday is followed by the Monday.
    type_cell(qtbot, dialog.sessions, 1, DATE, "115/3/6")
    click(qtbot, dialog.add_button)
    assert cells(dialog, 2)[0] == "115/03/09"
    combo = dialog.sessions.cellWidget(2, TOPIC)
    assert combo is not None
    click_row(qtbot, dialog.sessions, 0)
    click(qtbot, dialog.remove_button)
    click_row(qtbot, dialog.sessions, 0)
    click(qtbot, dialog.remove_button)
    click_row(qtbot, dialog.sessions, 0)
    click(qtbot, dialog.remove_button)
    assert dialog.sessions.rowCount() == 0
    click(qtbot, dialog.add_button)
    assert cells(dialog, 0) == ("", "", "", "")


def test_changing_the_year_keeps_the_class_being_looked_at(qtbot: Any, ctx: UiContext) -> None:
    for n in range(3):
        classes.create_class(
            ctx.db,
            classes.ClassInput(f"115-02{n}", f"研習{n}"),
            [classes.SessionInput(dt.date(2026, 3, 2 + n), "一般", dt.time(9), dt.time(12))],
        )
    page = ClassesPage(ctx, today=lambda: dt.date(2026, 2, 1))
    qtbot.addWidget(page)
    page.show()
    click_row(qtbot, page.table, row_of(page.table, "研習2"))
    assert page.detail is not None and page.detail.summary.code == "115-022"
    # Home picks 全部年度 (index 0): the index must not be taken for a class to select.
    page.year_combo.setFocus()
    qtbot.keyClick(page.year_combo, Qt.Key.Key_Home)
    assert page.year() is None
    assert page.detail is not None and page.detail.summary.code == "115-022"

"""The attendance tab of a class (R4, R5): 正取 people × sessions, entered from the keyboard.

Keys on the selected cells: 1 / O = 出席, 2 / L = 請假 (the whole session), 3 / X = 缺課,
Delete = clear; the cursor then moves down so a column is typed in one go. F2, Enter or a
double-click on a cell edits it as text: a number is the leave hours of a 請假 (1.5).
"全部出席" fills only empty cells. An online (數位) class has a 完成 checkbox per person
(its hours are credited on completion, R5) and "全部完成". The last column warns (red) as
soon as someone can no longer earn credit. 結訓 closes the class (refused, naming who and
which sessions, while records are missing) and 重新開啟 reopens it.

The table model (marks, background writes) is ``attendance_model``; the buttons' writes
(全部出席, 結訓, 重新開啟) run on the task runner's writer thread too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.vocabulary import ABSENT, LEAVE, PRESENT
from hrplanner.services.common.errors import ConflictError
from hrplanner.services.training import attendance, closing
from hrplanner.services.training.attendance import AttendanceGrid, MarkChange
from hrplanner.services.training.closing import CloseResult
from hrplanner.storage.engine import DatabaseBusy
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.training.attendance_model import AttendanceModel
from hrplanner.ui.training.models import is_refusal, refusal_text

if TYPE_CHECKING:
    from hrplanner.storage.database import Database

T = TypeVar("T")

KEYS: dict[int, str | None] = {
    Qt.Key.Key_1: PRESENT,
    Qt.Key.Key_O: PRESENT,
    Qt.Key.Key_P: PRESENT,
    Qt.Key.Key_2: LEAVE,
    Qt.Key.Key_L: LEAVE,
    Qt.Key.Key_3: ABSENT,
    Qt.Key.Key_X: ABSENT,
    Qt.Key.Key_A: ABSENT,
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}


class GridView(QTableView):
    """A table that turns single keys into attendance marks on the selected cells."""

    def __init__(self, on_key: Callable[[str | None], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_key = on_key

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            self.state() != QAbstractItemView.State.EditingState
            and modifiers == Qt.KeyboardModifier.NoModifier
            and event.key() in KEYS
        ):
            self._on_key(KEYS[Qt.Key(event.key())])
            event.accept()
            return
        super().keyPressEvent(event)


class AttendanceGridWidget(QWidget):
    """The grid with its buttons; ``changed`` fires after closing or reopening."""

    changed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.class_id: int | None = None
        self.model: AttendanceModel | None = None
        self.last_close: CloseResult | None = None
        self._busy = False  # a write of the buttons below is on the writer thread
        self._writes_started = 0  # the buttons' writes so far (a re-read older than one is dropped)

        self.view = GridView(self.apply_key)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setDefaultSectionSize(84)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.all_present_button = QPushButton(self.tr("全部出席"))
        self.all_present_button.setToolTip(self.tr("只填入尚未登錄的格子；請假與缺課不會被覆蓋"))
        self.all_present_button.clicked.connect(self.fill_all_present)
        self.all_done_button = QPushButton(self.tr("全部完成"))
        self.all_done_button.setToolTip(self.tr("數位課程：將所有正取人員標記為已完成"))
        self.all_done_button.clicked.connect(self.mark_all_completed)
        self.close_button = QPushButton(self.tr("結訓…"))
        self.close_button.clicked.connect(self.close_class)
        self.reopen_button = QPushButton(self.tr("重新開啟"))
        self.reopen_button.clicked.connect(self.reopen_class)
        self.status_label = QLabel()
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_present_button)
        buttons.addWidget(self.all_done_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.load = Load(ctx.runner, self)
        loading_state(self.view, self.load)
        self._update()

    def set_class(self, class_id: int | None) -> None:
        if class_id is not None and class_id == self.class_id:
            if self.model is not None and self.model.grid.class_id == class_id:
                self._reread()  # the same class again: keep the cursor where it was
                return
            if self.load.running:
                return  # its grid is on the way
        self.class_id = class_id
        if class_id is None:
            self.load.abandon()
            self.model = None
            self.view.setModel(None)
            self._update()
            return
        db = self.ctx.db

        def read() -> AttendanceGrid:
            return attendance.attendance_grid(db, class_id)

        # Another class: its grid is read on a reader thread (the banner shows meanwhile).
        self.load.start(lambda _p: read(), lambda grid: self._show_grid(read, grid))

    def _reread(self) -> None:
        """The shown class read again on a reader thread (a page refreshed in the background
        must not read on the window's thread); the grid keeps its cursor and selection."""
        model, class_id, db = self.model, self.class_id, self.ctx.db
        if model is None or class_id is None:
            return
        # A write started after this read shows its own, fresher grid: this one must not
        # arrive after it and put older marks (and versions) back on the screen.
        writes = (model.writes_started, self._writes_started)

        def shown(grid: AttendanceGrid) -> None:
            if (
                self.model is model
                and grid.class_id == self.class_id == model.grid.class_id
                and (model.writes_started, self._writes_started) == writes
                and not model.writing
                and not self._busy
            ):
                model.show_grid(grid)
                self._update()

        self.load.start(lambda _p: attendance.attendance_grid(db, class_id), shown)

    def _show_grid(self, read: Callable[[], AttendanceGrid], grid: AttendanceGrid) -> None:
        if grid.class_id != self.class_id:
            return  # another class was chosen meanwhile
        self.model = AttendanceModel(
            read,
            self._write,
            self.ctx.date_style,
            self,
            complete=self._complete,
            on_error=lambda exc: self._error(self.tr("無法登錄出席"), exc),
            on_complete_error=lambda exc: self._error(self.tr("無法登錄完成"), exc),
            grid=grid,
            runner=self.ctx.runner,
        )
        self.view.setModel(self.model)
        self.view.setColumnWidth(1, 80)
        header = self.view.horizontalHeader()
        header.setMinimumHeight(self.view.fontMetrics().height() * 3 + 10)
        self.model.modelReset.connect(self._update)
        self.model.dataChanged.connect(self._update)
        self.model.refused.connect(self._back_to)
        self._update()

    def _back_to(self, row: int, column: int) -> None:
        """The cursor goes back to the cell whose mark was refused."""
        if self.model is not None:
            self.view.setCurrentIndex(self.model.index(row, column))

    def _write(self, changes: Sequence[MarkChange]) -> None:
        assert self.class_id is not None
        attendance.set_marks(self.ctx.db, self.class_id, changes)

    def _complete(self, completed: dict[int, bool]) -> None:
        """Store 完成 ticks (on the writer thread: errors go to the model's ``on_error``)."""
        assert self.class_id is not None
        attendance.set_completion(self.ctx.db, self.class_id, completed)

    def _update(self, *_: object) -> None:
        grid = self.model.grid if self.model is not None else None
        if grid is not None and grid.online:
            self.hint.setText(
                self.tr("數位課程依完成與否核給時數：勾選「完成」欄，或按「全部完成」。")
            )
        else:
            self.hint.setText(
                self.tr(
                    "按鍵：1 出席　2 請假　3 缺課　Delete 清除；F2 或雙擊可輸入請假時數（如 1.5）。"
                )
            )
        closed = grid is not None and grid.closed
        online = grid is not None and grid.online
        idle = not self._busy
        self.all_present_button.setEnabled(idle and grid is not None and not closed and not online)
        self.all_present_button.setVisible(not online)
        self.all_done_button.setVisible(online)
        self.all_done_button.setEnabled(
            idle and online and grid is not None and any(not r.completed for r in grid.rows)
        )
        self.close_button.setEnabled(idle and grid is not None and not closed)
        self.reopen_button.setEnabled(idle and closed)
        if grid is None:
            self.status_label.setText("")
            return
        warned = sum(1 for r in grid.rows if r.outlook)
        if closed:
            text = self.tr("已結訓")
        elif grid.online:
            done = sum(1 for r in grid.rows if r.completed)
            text = (
                self.tr("數位課程：已完成 %1／%2 人，結訓時依完成與否核給時數")
                .replace("%1", str(done))
                .replace("%2", str(len(grid.rows)))
            )
        elif grid.missing:
            text = self.tr("尚有 %1 格未登錄").replace("%1", str(grid.missing))
        else:
            text = self.tr("出席紀錄已完整，可以結訓")
        if warned and not closed:
            text += self.tr("；%1 人已無法取得時數").replace("%1", str(warned))
        self.status_label.setText(text)

    def _error(self, title: str, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        if isinstance(exc, ConflictError | DatabaseBusy) and self.model is not None:
            self.model.reload()  # what the other officer saved, before the message
            self._update()
        self.ctx.prompts.error(self, title, refusal_text(exc))

    # --- actions ------------------------------------------------------------------------

    def apply_key(self, status: str | None) -> None:
        """A key pressed on the selected cells: mark them, then move the cursor down."""
        if self.model is None or self.model.grid.closed:
            return
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        current = self.view.currentIndex()
        failures = self.model.failures
        try:
            self.model.set_status(indexes, status)
        except Exception as exc:
            self._error(self.tr("無法登錄出席"), exc)
            return
        if self.model.failures != failures:
            return  # refused at once: the cursor stays on the cell
        if len(indexes) == 1 and current.isValid() and current.row() + 1 < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current.row() + 1, current.column()))

    def _write_then_show(
        self, title: str, write: Callable[[Database, int], T], then: Callable[[T], None]
    ) -> None:
        """``write`` and the grid read after it on the writer thread (a busy database waits
        there, not in the window); the buttons rest meanwhile; ``then`` gets its result."""
        if self.class_id is None or self.model is None:
            return
        db, class_id = self.ctx.db, self.class_id
        self._busy = True
        self._writes_started += 1
        self._update()

        def work(_progress: Progress) -> tuple[T, AttendanceGrid]:
            result = write(db, class_id)
            return result, attendance.attendance_grid(db, class_id)

        def done(outcome: tuple[T, AttendanceGrid]) -> None:
            self._busy = False
            result, grid = outcome
            if self.model is not None and grid.class_id == self.class_id:
                self.model.show_grid(grid)
            self._update()
            then(result)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update()
            self._error(title, exc)

        self.ctx.runner.run(work, on_done=done, on_error=failed)

    def fill_all_present(self) -> None:
        def filled(count: int) -> None:
            if count:  # nothing left to fill (another officer did): the grid's own status
                self.status_label.setText(self.tr("已填入 %1 格出席").replace("%1", str(count)))

        self._write_then_show(self.tr("無法登錄出席"), attendance.fill_all_present, filled)

    def mark_all_completed(self) -> None:
        if self.model is None:
            return
        self.model.set_completed(range(self.model.rowCount()), True)
        self._update()

    def close_class(self) -> None:
        """結訓: asked first when attendance looks complete; with records missing the service
        refuses at once (summarised, the list behind the details button)."""
        if self.class_id is None or self.model is None:
            return
        grid = self.model.grid
        if (grid.online or not grid.missing) and not self.ctx.prompts.confirm(
            self,
            self.tr("結訓"),
            self.tr(
                "確定將班期結訓？結訓後依出席紀錄核給 %n 人的時數，出席紀錄不能再修改。",
                "",
                len(grid.rows),
            ),
        ):
            return
        class_id, today, db = self.class_id, self.today(), self.ctx.db
        self._busy = True
        self._writes_started += 1
        self._update()

        def work(_progress: Progress) -> tuple[CloseResult, AttendanceGrid]:
            result = closing.close_class(db, class_id, today)
            return result, attendance.attendance_grid(db, class_id)  # as closed

        self.ctx.runner.run(work, on_done=self._closed, on_error=self._close_failed)

    def _closed(self, outcome: tuple[CloseResult, AttendanceGrid]) -> None:
        result, grid = outcome
        self._busy = False
        if self.model is not None and grid.class_id == self.class_id:
            self.model.show_grid(grid)
        self.last_close = result
        credited = sum(1 for line in result.lines if line.minutes > 0)
        text = (
            self.tr("班期 %1 已結訓：%2 人取得時數，%3 人未取得。")
            .replace("%1", result.code)
            .replace("%2", str(credited))
            .replace("%3", str(len(result.lines) - credited))
        )
        if result.flagged_certificates:
            text += "\n" + self.tr("%1 張研習證明書需要重新檢查。").replace(
                "%1", str(result.flagged_certificates)
            )
        self.ctx.prompts.info(self, self.tr("結訓"), text)
        self._update()
        self.changed.emit()

    def _close_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update()
        if isinstance(exc, closing.AttendanceMissing):
            self.ctx.prompts.error_details(
                self, self.tr("尚無法結訓"), exc.summary(), refusal_text(exc)
            )
            return
        self._error(self.tr("尚無法結訓"), exc)
        if isinstance(exc, ConflictError):
            self.changed.emit()  # closed by someone else: the class list shows it

    def reopen_class(self) -> None:
        if self.class_id is None:
            return
        if not self.ctx.prompts.confirm(
            self,
            self.tr("重新開啟"),
            self.tr("重新開啟後可修改出席紀錄；時數在再次結訓前不列入統計。確定重新開啟？"),
        ):
            return
        self._write_then_show(
            self.tr("無法重新開啟"), closing.reopen_class, lambda _none: self.changed.emit()
        )

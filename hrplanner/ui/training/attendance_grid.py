"""The attendance tab of a class (R4, R5): 正取 people × sessions, entered from the keyboard.

Keys on the selected cells: 1 / O = 出席, 2 / L = 請假 (the whole session), 3 / X = 缺課,
Delete = clear; the cursor then moves down so a column is typed in one go. F2, Enter or a
double-click on a cell edits it as text: a number is the leave hours of a 請假 (1.5).
"全部出席" fills only empty cells. An online (數位) class has a 完成 checkbox per person
(its hours are credited on completion, R5) and "全部完成". The last column warns (red) as
soon as someone can no longer earn credit. 結訓 closes the class (refused, naming who and
which sessions, while records are missing) and 重新開啟 reopens it.

Every change is one ``attendance.set_marks`` (or ``set_completion``) call; the grid is then
re-read (one set of queries for the whole class) so the warnings and, on a closed class,
the credits are the service's own. A typed mark shows at once in its cell; the write and
the re-read run on the task runner's writer thread and the re-read grid replaces the shown
one when the last queued write is in. A refused or conflicting write reloads the grid and
says why.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
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

from hrplanner.domain.credit import Mark, make_mark
from hrplanner.domain.hours import format_hours, parse_hours
from hrplanner.domain.rocdate import format_date
from hrplanner.domain.vocabulary import ABSENT, LEAVE, PRESENT
from hrplanner.services.common.errors import ConflictError
from hrplanner.services.training import attendance, closing
from hrplanner.services.training.attendance import EMPTY, AttendanceGrid, GridRow, MarkChange
from hrplanner.services.training.closing import CloseResult
from hrplanner.storage.engine import DatabaseBusy
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Cancelled, Load, Progress, TaskRunner
from hrplanner.ui.training.models import WARN_BRUSH, hours, is_refusal, refusal_text, term

if TYPE_CHECKING:
    from hrplanner.storage.database import Database

T = TypeVar("T")

_Index = QModelIndex | QPersistentModelIndex
FIXED = 3  # 員工編號, 姓名, 單位
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
_WORDS = {"出席": PRESENT, "請假": LEAVE, "缺課": ABSENT}
_BRUSHES = {
    PRESENT: QBrush(QColor("#e3f4e1")),
    LEAVE: QBrush(QColor("#fff4d6")),
    ABSENT: QBrush(QColor("#fde2e1")),
}
_EMPTY = QBrush(QColor("#f2f2f2"))


def parse_cell(text: str, session_minutes: int) -> tuple[str | None, int | None]:
    """What a typed cell means: (status, leave minutes) — "" clears, a number is leave."""
    value = text.strip()
    if not value:
        return None, None
    # The Chinese words and their translations (e.g. "On leave 1.5"), longest first.
    words = {**_WORDS, **{term(w): w for w in _WORDS.values()}}
    for label in sorted(words, key=len, reverse=True):
        if value.startswith(label):
            status = words[label]
            rest = value[len(label) :].strip()
            if status == LEAVE and rest:
                return LEAVE, parse_hours(rest)
            return status, None
    return LEAVE, parse_hours(value)


class AttendanceModel(QAbstractTableModel):
    """The grid of one class; ``write`` stores changes (the service), ``read`` re-reads."""

    # A typed mark was refused (written in the background): the row and column of its cell.
    refused = Signal(int, int)

    def __init__(
        self,
        read: Callable[[], AttendanceGrid],
        write: Callable[[Sequence[MarkChange]], object],
        date_style: str = "roc",
        parent: Any = None,
        complete: Callable[[dict[int, bool]], object] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        grid: AttendanceGrid | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._write = write
        # With a runner (and ``on_error``), marks are written and re-read on its writer
        # thread; the cell shows the mark at once.
        self._runner = runner if on_error is not None else None
        self._pending = 0  # writes queued and not yet delivered
        self._inflight: Counter[tuple[int, int]] = Counter()  # their cells
        self._generation = 0  # bumped by a failed write: the writes queued after it stop
        # The last re-read and the generation it belongs to (writer thread only).
        self._fresh: tuple[int, AttendanceGrid] | None = None
        self._complete = complete
        self._on_error = on_error  # a refused edit typed into a cell (no caller to tell)
        self._date_style = date_style
        self.grid: AttendanceGrid = grid if grid is not None else read()  # or read ahead

    # --- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        self.show_grid(self._read())

    @property
    def failures(self) -> int:
        """How many background writes failed so far (each reloaded the grid)."""
        return self._generation

    @property
    def writing(self) -> bool:
        """Whether typed marks are still being written (their re-read not yet shown)."""
        return self._pending > 0

    def show_grid(self, grid: AttendanceGrid) -> None:
        """Show ``grid`` (read again): only the rows that changed repaint."""
        same_shape = [s.id for s in grid.sessions] == [s.id for s in self.grid.sessions] and [
            r.enrollment_id for r in grid.rows
        ] == [r.enrollment_id for r in self.grid.rows]
        if same_shape:
            old, self.grid = self.grid, grid
            # Keeps the cursor and selection where the user is typing; only the rows that
            # changed are repainted (one key changes one row: its cell, 請假 and outlook).
            last = self.columnCount() - 1
            # (A mark shown as typed and then read back stored differs only in its version.)
            changed = [
                n
                for n, (a, b) in enumerate(zip(old.rows, grid.rows, strict=True))
                if replace(a, versions={}) != replace(b, versions={})
            ]
            if old.sessions != grid.sessions or old.closed != grid.closed:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
                changed = changed or [0]  # the class itself changed: listeners look again
            for number in changed:
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
        else:
            self.beginResetModel()
            self.grid = grid
            self.endResetModel()

    def session_column(self, column: int) -> int | None:
        """The session id shown in ``column``, or None for the other columns."""
        i = column - FIXED
        return self.grid.sessions[i].id if 0 <= i < len(self.grid.sessions) else None

    def completion_column(self) -> int | None:
        """The 完成 column of an online class (right after the sessions), else None."""
        return FIXED + len(self.grid.sessions) if self.grid.online else None

    def _leave_column(self) -> int:
        return FIXED + len(self.grid.sessions) + (1 if self.grid.online else 0)

    def row(self, row: int) -> GridRow:
        return self.grid.rows[row]

    def mark(self, row: int, column: int) -> Mark | None:
        sid = self.session_column(column)
        return None if sid is None else self.grid.rows[row].marks.get(sid)

    # --- writing -------------------------------------------------------------------------

    def set_status(
        self, indexes: Sequence[_Index], status: str | None, leave: int | None = None
    ) -> None:
        """Give every session cell among ``indexes`` this status (None clears). Each change
        carries the version of the cell as shown, so that a cell another officer saved
        meanwhile is refused (ConflictError); the grid is read again either way."""
        changes = []
        for index in indexes:
            sid = self.session_column(index.column())
            if sid is not None:
                row = self.grid.rows[index.row()]
                version = row.versions.get(sid, EMPTY)
                changes.append(MarkChange(row.enrollment_id, sid, status, leave, version))
        if not changes:
            return
        if self._runner is None:
            try:
                self._write(changes)
            finally:
                self.reload()
            return
        self._show_marks(changes)
        self._submit(changes)

    def _show_marks(self, changes: Sequence[MarkChange]) -> None:
        """Show the typed marks at once (the re-read grid replaces them when it is in)."""
        sessions = {s.id: s for s in self.grid.sessions}
        by_row = {r.enrollment_id: n for n, r in enumerate(self.grid.rows)}
        rows = list(self.grid.rows)
        missing = self.grid.missing
        touched: set[int] = set()
        for change in changes:
            n = by_row[change.enrollment_id]
            marks = dict(rows[n].marks)
            old = marks.get(change.session_id)
            if change.status is None:
                marks.pop(change.session_id, None)
            else:
                try:
                    minutes = sessions[change.session_id].minutes
                    marks[change.session_id] = make_mark(
                        change.status, minutes, change.leave_minutes
                    )
                except ValueError:
                    continue  # the service refuses it and says why
            missing += (old is not None) - (change.session_id in marks)
            rows[n] = replace(rows[n], marks=marks)
            touched.add(n)
        self.grid = replace(self.grid, rows=rows, missing=missing)
        last = self.columnCount() - 1
        for n in sorted(touched):
            self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def _submit(self, changes: Sequence[MarkChange]) -> None:
        """Write ``changes`` and re-read the grid on the writer thread. A cell still being
        written by an earlier key takes the version that write left (read right after it)."""
        assert self._runner is not None
        keys = [(c.enrollment_id, c.session_id) for c in changes]
        follow = {k for k in keys if self._inflight[k]}
        generation = self._generation
        self._pending += 1
        self._inflight.update(keys)

        def work(_progress: Progress) -> AttendanceGrid:
            if generation != self._generation:
                raise Cancelled  # an earlier write failed: the grid was reloaded
            sent = list(changes)
            fresh = self._fresh
            if follow and fresh is not None and fresh[0] == generation:
                versions = {r.enrollment_id: r.versions for r in fresh[1].rows}
                sent = [
                    replace(c, version=versions.get(c.enrollment_id, {}).get(c.session_id, EMPTY))
                    if (c.enrollment_id, c.session_id) in follow
                    else c
                    for c in sent
                ]
            self._write(sent)
            grid = self._read()
            self._fresh = (generation, grid)
            return grid

        def finished() -> None:
            self._pending -= 1
            self._inflight.subtract(keys)
            self._inflight = +self._inflight

        def done(grid: AttendanceGrid) -> None:
            finished()
            if self._pending == 0 and generation == self._generation:
                self.show_grid(grid)

        def failed(exc: BaseException) -> None:
            finished()
            self._generation += 1
            self.reload()  # the marks as stored, before the message
            if len(keys) == 1:
                rows = [r.enrollment_id for r in self.grid.rows]
                sids = [v.id for v in self.grid.sessions]
                person, sid = keys[0]
                if person in rows and sid in sids:
                    self.refused.emit(rows.index(person), FIXED + sids.index(sid))
            assert self._on_error is not None
            self._on_error(exc if isinstance(exc, Exception) else Exception(exc))

        self._runner.run(work, on_done=done, on_error=failed, on_cancelled=finished)

    def set_completed(self, rows: Sequence[int], done: bool) -> None:
        """Mark these rows' people as having completed (or not) the online class: written
        and read again on the writer thread when there is a runner."""
        if self._complete is None or not rows:
            return
        completed = {self.grid.rows[r].enrollment_id: done for r in rows}
        complete, read = self._complete, self._read
        if self._runner is None:
            complete(completed)
            self.reload()
            return
        self._pending += 1

        def work(_progress: Progress) -> AttendanceGrid:
            complete(completed)
            return read()

        def finished() -> None:
            self._pending -= 1

        def shown(grid: AttendanceGrid) -> None:
            finished()
            self.show_grid(grid)

        def failed(exc: BaseException) -> None:
            finished()
            self.reload()  # as stored, before the message
            assert self._on_error is not None
            self._on_error(exc if isinstance(exc, Exception) else Exception(exc))

        self._runner.run(work, on_done=shown, on_error=failed, on_cancelled=finished)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.completion_column():
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if value is not None else False
            self.set_completed([index.row()], checked)
            return True
        if role != Qt.ItemDataRole.EditRole or self.session_column(index.column()) is None:
            return False
        minutes = self.grid.sessions[index.column() - FIXED].minutes
        status, leave = parse_cell(str(value), minutes)
        failures = self.failures
        try:
            self.set_status([index], status, leave)
        except Exception as exc:
            if self._on_error is None:
                raise
            self._on_error(exc)
            return False
        return self.failures == failures  # refused already (a synchronous runner)

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._leave_column() + 2

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session_column(index.column()) is not None and not self.grid.closed:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.completion_column() and self._complete is not None:
            # Also on a closed class: the service recomputes the credit and logs the change.
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _cell_text(self, mark: Mark | None) -> str:
        if mark is None:
            return ""
        if mark.status == LEAVE:
            return f"{term(LEAVE)} {format_hours(mark.leave_minutes)}"
        return term(mark.status)

    def _last_text(self, r: GridRow) -> str:
        if self.grid.closed and r.credit_minutes is not None:
            text = QCoreApplication.translate("TrainingModels", "時數 %1").replace(
                "%1", hours(r.credit_minutes)
            )
            return text + (f"（{term(r.credit_reason)}）" if r.credit_reason else "")
        if r.outlook:
            return QCoreApplication.translate("TrainingModels", "無法取得時數：%1").replace(
                "%1", term(r.outlook)
            )
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.grid.rows[index.row()]
        col = index.column()
        leave_col = self._leave_column()
        sid = self.session_column(col)
        if col == self.completion_column():
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if r.completed else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.BackgroundRole:
                return _BRUSHES[PRESENT] if r.completed else _EMPTY
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col < FIXED:
                return (r.employee_no, r.name, r.unit)[col]
            if sid is not None:
                return self._cell_text(r.marks.get(sid))
            if col == leave_col:
                return hours(r.leave_minutes) if r.leave_minutes else ""
            return self._last_text(r)
        if role == Qt.ItemDataRole.EditRole and sid is not None:
            mark = r.marks.get(sid)
            if mark is not None and mark.status == LEAVE:
                return format_hours(mark.leave_minutes)
            return term(mark.status) if mark else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if sid is not None:
                mark = r.marks.get(sid)
                return _EMPTY if mark is None else _BRUSHES[mark.status]
            if r.outlook and (col == leave_col + 1 or col == 1):
                return WARN_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and sid is not None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and sid is not None and r.marks.get(sid) is None:
            return QCoreApplication.translate("TrainingModels", "未登錄")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        n = len(self.grid.sessions)
        if section < FIXED:
            return (
                QCoreApplication.translate("TrainingModels", "員工編號"),
                QCoreApplication.translate("TrainingModels", "姓名"),
                QCoreApplication.translate("TrainingModels", "單位"),
            )[section]
        if section < FIXED + n:
            s = self.grid.sessions[section - FIXED]
            date = format_date(s.date, self._date_style)
            return (
                QCoreApplication.translate("TrainingModels", "第 %1 場").replace(
                    "%1", str(s.session_no)
                )
                + f"\n{date}\n"
                + QCoreApplication.translate("TrainingModels", "%1 小時").replace(
                    "%1", format_hours(s.minutes)
                )
            )
        if section == self.completion_column():
            return QCoreApplication.translate("TrainingModels", "完成")
        if section == self._leave_column():
            return QCoreApplication.translate("TrainingModels", "請假時數")
        return QCoreApplication.translate("TrainingModels", "時數／警示")


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
        if class_id is not None and class_id == self.class_id and self.model is not None:
            self.model.reload()  # the same class again: keep the cursor where it was
            self._update()
            return
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
        class_id, today = self.class_id, self.today()
        self.close_button.setEnabled(False)
        self.ctx.runner.run(
            lambda _progress: closing.close_class(self.ctx.db, class_id, today),
            on_done=self._closed,
            on_error=self._close_failed,
        )

    def _closed(self, result: CloseResult) -> None:
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
        if self.model is not None:
            self.model.reload()
        self._update()
        self.changed.emit()

    def _close_failed(self, exc: BaseException) -> None:
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

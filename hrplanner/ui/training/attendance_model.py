"""The attendance grid's table model (R4, R5): 正取 people × sessions of one class.

Every change is one ``attendance.set_marks`` (or ``set_completion``) call; the grid is then
re-read (one set of queries for the whole class) so the warnings and, on a closed class,
the credits are the service's own. A typed mark shows at once in its cell; the write and
the re-read run on the task runner's writer thread and the re-read grid replaces the shown
one when the last queued write is in. A refused or conflicting write reloads the grid and
says why. ``parse_cell`` reads a cell typed as text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from hrplanner.domain.credit import Mark, make_mark
from hrplanner.domain.hours import format_hours, parse_hours
from hrplanner.domain.rocdate import format_date
from hrplanner.domain.vocabulary import ABSENT, LEAVE, PRESENT
from hrplanner.services.training.attendance import EMPTY, AttendanceGrid, GridRow, MarkChange
from hrplanner.ui.shell.tasks import Cancelled, Progress, TaskRunner
from hrplanner.ui.training.models import WARN_BRUSH, hours, term

_Index = QModelIndex | QPersistentModelIndex
FIXED = 3  # 員工編號, 姓名, 單位
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
        on_complete_error: Callable[[Exception], None] | None = None,
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
        self.writes_started = 0  # typed marks sent so far (a re-read older than one is dropped)
        self._inflight: Counter[tuple[int, int]] = Counter()  # their cells
        self._generation = 0  # bumped by a failed write: the writes queued after it stop
        # The last re-read and the generation it belongs to (writer thread only).
        self._fresh: tuple[int, AttendanceGrid] | None = None
        self._complete = complete
        self._on_error = on_error  # a refused edit typed into a cell (no caller to tell)
        self._on_complete_error = on_complete_error or on_error  # a refused 完成 tick
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
        self.writes_started += 1
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
            assert self._on_complete_error is not None
            self._on_complete_error(exc if isinstance(exc, Exception) else Exception(exc))

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

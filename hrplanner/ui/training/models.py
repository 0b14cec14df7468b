"""Table models of the training pages: the year's classes, a class's enrollees, the hours
ledger and one person's credited records; plus small helpers those pages share.

Every model holds plain dataclasses that one service call returned (a whole year's ledger
is a single grouped query), so ``data()`` never touches the database. Columns are declared
once, as data: a title (source text, context "TrainingModels"), the display text, an
optional sort key and colours.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from hrplanner.domain.hours import format_hours
from hrplanner.domain.rocdate import format_date
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound
from hrplanner.services.hours.ledger import CreditRecord, LedgerRow
from hrplanner.services.training.views import ClassSummary, EnrolleeView
from hrplanner.storage.engine import DatabaseBusy
from hrplanner.ui.staff.model import vocabulary

T = TypeVar("T")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation (``lupdate`` finds it by this name); typed as ``str``."""
    return text


_Index = QModelIndex | QPersistentModelIndex
CTX = "TrainingModels"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
WARN_BRUSH = QBrush(QColor("#fde2e1"))
OK_BRUSH = QBrush(QColor("#e3f4e1"))
MUTED_BRUSH = QBrush(QColor("#8a8a8a"))

# Training vocabulary shown translated; the stored value stays Chinese.
TRAINING_VOCABULARY = (
    QT_TRANSLATE_NOOP("Vocabulary", "正取"),
    QT_TRANSLATE_NOOP("Vocabulary", "備取"),
    QT_TRANSLATE_NOOP("Vocabulary", "取消"),
    QT_TRANSLATE_NOOP("Vocabulary", "出席"),
    QT_TRANSLATE_NOOP("Vocabulary", "請假"),
    QT_TRANSLATE_NOOP("Vocabulary", "缺課"),
    QT_TRANSLATE_NOOP("Vocabulary", "規劃中"),
    QT_TRANSLATE_NOOP("Vocabulary", "報名中"),
    QT_TRANSLATE_NOOP("Vocabulary", "進行中"),
    QT_TRANSLATE_NOOP("Vocabulary", "待結訓"),
    QT_TRANSLATE_NOOP("Vocabulary", "已結訓"),
    QT_TRANSLATE_NOOP("Vocabulary", "已登錄時數"),
    QT_TRANSLATE_NOOP("Vocabulary", "已取消"),
    QT_TRANSLATE_NOOP("Vocabulary", "自辦"),
    QT_TRANSLATE_NOOP("Vocabulary", "委辦"),
    QT_TRANSLATE_NOOP("Vocabulary", "薦送"),
    QT_TRANSLATE_NOOP("Vocabulary", "實體"),
    QT_TRANSLATE_NOOP("Vocabulary", "數位"),
    QT_TRANSLATE_NOOP("Vocabulary", "混成"),
    QT_TRANSLATE_NOOP("Vocabulary", "未請假缺課"),
    QT_TRANSLATE_NOOP("Vocabulary", "請假逾三分之一"),
    QT_TRANSLATE_NOOP("Vocabulary", "班期"),
    QT_TRANSLATE_NOOP("Vocabulary", "外部"),
    # Certificates (R10).
    QT_TRANSLATE_NOOP("Vocabulary", "有效"),
    QT_TRANSLATE_NOOP("Vocabulary", "待查"),
    QT_TRANSLATE_NOOP("Vocabulary", "作廢"),
)


def term(value: str | None) -> str:
    """A fixed training or staff term in the interface language ("" for None)."""
    if not value:
        return ""
    if value in TRAINING_VOCABULARY:
        return QCoreApplication.translate("Vocabulary", value)
    return vocabulary(value)


def refusal_text(exc: BaseException) -> str:
    """The message a refused service call shows: every problem on its own line."""
    if isinstance(exc, InputRefused):
        return "\n".join(str(p) for p in exc.problems)
    if isinstance(exc, ConflictError | DatabaseBusy | NotFound | ValueError):
        return str(exc)
    return QCoreApplication.translate("TrainingModels", "發生未預期的錯誤：%1").replace(
        "%1", str(exc)
    )


def is_refusal(exc: BaseException) -> bool:
    """Errors a user can act on (shown in a message box) rather than program faults."""
    return isinstance(exc, InputRefused | ConflictError | DatabaseBusy | NotFound | ValueError)


def hours(minutes: int | None) -> str:
    return "" if minutes is None else format_hours(minutes)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # source text, context "TrainingModels"
    value: Callable[[T], str]
    sort: Callable[[T], Any] | None = None  # default: the text
    align_right: bool = False
    background: Callable[[T], QBrush | None] | None = None
    foreground: Callable[[T], QBrush | None] | None = None
    tooltip: Callable[[T], str] | None = None  # default: the whole text


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of rows and declared columns."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def _sorted(self, rows: list[T]) -> list[T]:
        if self._sort_column is None or not 0 <= self._sort_column < len(self._columns):
            return rows
        col = self._columns[self._sort_column]
        key = col.sort or col.value
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # Sorting the plain rows once is far cheaper than a proxy asking data() per compare.
        return sorted(rows, key=key, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [id(r) for r in self._rows]
        self._rows = self._sorted(self._rows)
        where = {id(r): n for n, r in enumerate(self._rows)}
        # Keep the selection and the current row on the same rows.
        self.changePersistentIndexList(
            old, [self.index(where[before[i.row()]], i.column()) for i in old]
        )
        self.layoutChanged.emit()

    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.value(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text of a cell too narrow for it (cells elide in the middle).
            return (col.tooltip or col.value)(row) or None
        if role == SORT_ROLE:
            return col.sort(row) if col.sort is not None else col.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and col.background is not None:
            return col.background(row)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            return col.foreground(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            # The tooltip: the whole title of a column narrower than it.
            return QCoreApplication.translate(CTX, self._columns[section].title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


def fit_columns(view: QTableView, minimum: int = 64, wide: Sequence[int] = ()) -> None:
    """Column widths from the header texts (never by measuring thousands of rows); the
    ``wide`` columns also fit a five-character name such as 約聘僱人員."""
    model = view.model()
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    # What does not fit keeps both ends (a class code's year and number, a unit's name).
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        width = max(minimum, metrics.horizontalAdvance(title) + 24)
        if column in wide:
            width = max(width, metrics.horizontalAdvance("約聘僱人員") + 24)
        header.resizeSection(column, width)


# --- the year's classes -------------------------------------------------------------------


def class_columns(date_style: str) -> list[Column[ClassSummary]]:
    def seats(c: ClassSummary) -> str:
        cap = "∞" if c.capacity is None else str(c.capacity)
        return f"{c.enrolled}/{cap}" + (f" (+{c.waitlisted})" if c.waitlisted else "")

    return [
        Column(QT_TRANSLATE_NOOP("TrainingModels", "班期代碼"), lambda c: c.code),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "課程名稱"), lambda c: c.title),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "類別"), lambda c: c.category or ""),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "辦理方式"), lambda c: term(c.organizing)),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "開始日期"),
            lambda c: format_date(c.start_date, date_style),
            sort=lambda c: c.start_date.toordinal() if c.start_date else 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "結束日期"),
            lambda c: format_date(c.end_date, date_style),
            sort=lambda c: c.end_date.toordinal() if c.end_date else 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "時數"),
            lambda c: hours(c.total_minutes),
            sort=lambda c: c.total_minutes,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "正取/名額"),
            seats,
            sort=lambda c: c.enrolled,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "狀態"),
            lambda c: term(c.status),
            foreground=lambda c: MUTED_BRUSH if c.status == "已取消" else None,
        ),
    ]


# --- enrollees of a class -------------------------------------------------------------------


def enrollee_columns() -> list[Column[EnrolleeView]]:
    def status(e: EnrolleeView) -> str:
        if e.status == "備取" and e.waitlist_no is not None:
            return QCoreApplication.translate("TrainingModels", "備取 %1").replace(
                "%1", str(e.waitlist_no)
            )
        return term(e.status)

    def status_brush(e: EnrolleeView) -> QBrush | None:
        return MUTED_BRUSH if e.status == "取消" else None

    return [
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "員工編號"),
            lambda e: e.employee_no,
            foreground=status_brush,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "姓名"), lambda e: e.name, foreground=status_brush
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "單位"), lambda e: e.unit, foreground=status_brush
        ),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "狀態"), status, foreground=status_brush),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "報名時間"),
            lambda e: e.registered_at.strftime("%m/%d %H:%M"),
            sort=lambda e: e.registered_at.isoformat(),
        ),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "職務代理人"), lambda e: e.deputy_name or ""),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "主管同意"),
            lambda e: (
                QCoreApplication.translate("TrainingModels", "是")
                if e.approved
                else QCoreApplication.translate("TrainingModels", "否")
            ),
            background=lambda e: None if e.approved or e.status == "取消" else WARN_BRUSH,
        ),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "用餐"), lambda e: term(e.meal)),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "備註"), lambda e: e.note or ""),
    ]


# --- the hours ledger ----------------------------------------------------------------------


def ledger_columns(groups: Sequence[str]) -> list[Column[LedgerRow]]:
    def met_brush(r: LedgerRow) -> QBrush:
        return OK_BRUSH if r.met else WARN_BRUSH

    columns: list[Column[LedgerRow]] = [
        Column(QT_TRANSLATE_NOOP("TrainingModels", "員工編號"), lambda r: r.employee_no),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "姓名"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "單位"), lambda r: r.unit),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "人員類別"), lambda r: r.category),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "總時數"),
            lambda r: hours(r.total_minutes),
            sort=lambda r: r.total_minutes,
            align_right=True,
            background=lambda r: WARN_BRUSH if r.over_120 else None,
        ),
    ]
    for name in groups:
        columns.append(_group_column(name))
    columns += [
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "達成"),
            lambda r: (
                QCoreApplication.translate("TrainingModels", "是")
                if r.met
                else QCoreApplication.translate("TrainingModels", "否")
            ),
            background=met_brush,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "尚缺時數"),
            lambda r: hours(r.missing_minutes) if r.missing_minutes else "",
            sort=lambda r: r.missing_minutes,
            align_right=True,
        ),
    ]
    return columns


def _group_column(name: str) -> Column[LedgerRow]:
    # A group the person's rule set does not have (another category's group) shows blank.
    def text(r: LedgerRow) -> str:
        return hours(r.group_minutes[name]) if name in r.group_minutes else ""

    def brush(r: LedgerRow) -> QBrush | None:
        return WARN_BRUSH if r.group_shortfall.get(name, 0) > 0 else None

    # Group names are the agency's data: shown as they are (not translated).
    return Column(
        name, text, sort=lambda r: r.group_minutes.get(name, -1), align_right=True, background=brush
    )


def record_columns(date_style: str) -> list[Column[CreditRecord]]:
    return [
        Column(QT_TRANSLATE_NOOP("TrainingModels", "來源"), lambda r: term(r.kind)),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "班期代碼"), lambda r: r.code),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "課程名稱"), lambda r: r.title),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "結束日期"),
            lambda r: format_date(r.end_date, date_style),
            sort=lambda r: r.end_date.toordinal(),
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "時數"),
            lambda r: hours(r.minutes),
            sort=lambda r: r.minutes,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "學習類別"),
            lambda r: "、".join(f"{t} {hours(m)}" for t, m in r.by_topic.items()),
        ),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "學習性質"), lambda r: term(r.mode)),
    ]

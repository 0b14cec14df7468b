"""The staff list's table model: holds only the matching ids, fetches rows lazily by page.

A search returns the ids of everyone matching, in order (one cheap query even for 5,000
people); the rows a view actually paints are read ``PAGE_SIZE`` at a time and cached.
Sorting is done by the database (``search_ids``' sort key), so it stays fast and consistent
with the paging. Columns are declared once, as data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hrplanner.domain.rocdate import format_date
from hrplanner.services.staff.rows import EmployeeRow, StaffFilter
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP

SearchFn = Callable[[StaffFilter, str, bool], list[int]]
FetchFn = Callable[[Sequence[int]], list[EmployeeRow]]
_Index = QModelIndex | QPersistentModelIndex

# Fixed vocabularies shown translated (the stored value stays Chinese); the lists of
# units and categories are the agency's own data and are shown as they are.
VOCABULARY: dict[str, str] = {
    "在職": QT_TRANSLATE_NOOP("Vocabulary", "在職"),
    "留職停薪": QT_TRANSLATE_NOOP("Vocabulary", "留職停薪"),
    "離職": QT_TRANSLATE_NOOP("Vocabulary", "離職"),
    "退休": QT_TRANSLATE_NOOP("Vocabulary", "退休"),
    "男": QT_TRANSLATE_NOOP("Vocabulary", "男"),
    "女": QT_TRANSLATE_NOOP("Vocabulary", "女"),
    "其他": QT_TRANSLATE_NOOP("Vocabulary", "其他"),
    "葷": QT_TRANSLATE_NOOP("Vocabulary", "葷"),
    "素": QT_TRANSLATE_NOOP("Vocabulary", "素"),
    "不用餐": QT_TRANSLATE_NOOP("Vocabulary", "不用餐"),
}


def vocabulary(value: str) -> str:
    """A fixed-vocabulary value (在職, 男, 葷 …) in the interface language."""
    return QCoreApplication.translate("Vocabulary", value) if value in VOCABULARY else value


@dataclass(frozen=True)
class Column:
    key: str  # the sort key of ``staff.search_ids``
    title: str  # source text, context "StaffModel"
    value: Callable[[EmployeeRow, str], str]  # (row, date style) → text
    width: int = 100  # initial width in pixels, before the user resizes


COLUMNS: tuple[Column, ...] = (
    Column(
        "employee_no", QT_TRANSLATE_NOOP("StaffModel", "員工編號"), lambda r, _: r.employee_no, 90
    ),
    Column("name", QT_TRANSLATE_NOOP("StaffModel", "姓名"), lambda r, _: r.name, 90),
    Column("unit", QT_TRANSLATE_NOOP("StaffModel", "單位"), lambda r, _: r.unit, 110),
    Column("title", QT_TRANSLATE_NOOP("StaffModel", "職稱"), lambda r, _: r.title, 100),
    Column("category", QT_TRANSLATE_NOOP("StaffModel", "人員類別"), lambda r, _: r.category, 100),
    Column("rank_group", QT_TRANSLATE_NOOP("StaffModel", "官等"), lambda r, _: r.rank_group, 60),
    Column(
        "national_id",
        QT_TRANSLATE_NOOP("StaffModel", "身分證字號"),
        lambda r, _: r.national_id_masked,
        110,
    ),
    Column(
        "hire_date",
        QT_TRANSLATE_NOOP("StaffModel", "到職日期"),
        lambda r, s: format_date(r.hire_date, s),
        90,
    ),
    Column(
        "status", QT_TRANSLATE_NOOP("StaffModel", "在職狀態"), lambda r, _: vocabulary(r.status), 80
    ),
)


class StaffTableModel(QAbstractTableModel):
    PAGE_SIZE = 200

    def __init__(
        self, search: SearchFn, fetch: FetchFn, date_style: str = "roc", parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._fetch = fetch
        self._date_style = date_style
        self._filter = StaffFilter(status="在職")
        self._sort_key = COLUMNS[0].key
        self._descending = False
        self._ids: list[int] = []
        self._pages: dict[int, dict[int, EmployeeRow]] = {}
        self.pages_fetched = 0  # how many pages were read since the last reload

    # --- queries -----------------------------------------------------------------------

    def set_filter(self, flt: StaffFilter) -> None:
        self._filter = flt
        self.reload()

    @property
    def filter(self) -> StaffFilter:
        return self._filter

    def reload(self) -> None:
        """Search again (after a change, a new filter or sort order); drops cached rows."""
        self.beginResetModel()
        self._ids = self._search(self._filter, self._sort_key, self._descending)
        self._pages = {}
        self.pages_fetched = 0
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_key = COLUMNS[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of_id(self, employee_id: int) -> int | None:
        try:
            return self._ids.index(employee_id)
        except ValueError:
            return None

    def row_at(self, row: int) -> EmployeeRow | None:
        page_no = row // self.PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * self.PAGE_SIZE
            ids = self._ids[start : start + self.PAGE_SIZE]
            page = {r.id: r for r in self._fetch(ids)}
            self._pages[page_no] = page
            self.pages_fetched += 1
        # None when the person was deleted by someone else since the search.
        return page.get(self._ids[row])

    # --- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            if row is None:
                return ""
            return COLUMNS[index.column()].value(row, self._date_style)
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("StaffModel", COLUMNS[section].title)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

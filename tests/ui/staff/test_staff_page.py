"""The staff page and its lazy model on a real database."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hrplanner.services.common import reference
from hrplanner.services.staff import roster
from hrplanner.services.staff.roster import EmployeeRow, StaffFilter
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.staff.model import COLUMNS, StaffTableModel
from hrplanner.ui.staff.page import StaffPage

from ..conftest import FakePrompts


def names(page: StaffPage) -> list[str]:
    model = page.model
    column = [c.key for c in COLUMNS].index("name")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def make_page(qtbot: QtBot, ctx: UiContext) -> StaffPage:
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    return page


def test_loads_active_staff_sorted_by_number(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int]
) -> None:
    page = make_page(qtbot, ctx)
    # Default filter 在職: the person who left is not listed.
    assert names(page) == ["王小明", "李美華", "陳大同"]
    assert page.count_label.text() == "共 3 人"
    hire = [c.key for c in COLUMNS].index("hire_date")
    assert page.model.index(0, hire).data() == "109/03/05"
    status = [c.key for c in COLUMNS].index("status")
    page.status_combo.setCurrentIndex(page.status_combo.findData(""))
    assert page.model.rowCount() == 4
    assert page.model.index(3, status).data() == "離職"


def test_search_is_debounced_and_matches_name_or_number(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int]
) -> None:
    page = make_page(qtbot, ctx)
    page.search_edit.setText("李")
    assert page.model.rowCount() == 3  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert names(page) == ["李美華"]
    page.search_edit.setText("A003")
    page.apply_filter()
    assert names(page) == ["陳大同"]


def test_filter_by_unit_and_sort(qtbot: QtBot, ctx: UiContext, people: dict[str, int]) -> None:
    page = make_page(qtbot, ctx)
    unit_id = next(u.id for u in reference.list_items(ctx.db, "unit") if u.name == "人事室")
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(unit_id))
    assert names(page) == ["王小明", "陳大同"]
    assert page.count_label.text() == "共 2 人"
    number = [c.key for c in COLUMNS].index("employee_no")
    page.table.sortByColumn(number, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["陳大同", "王小明"]


def test_masked_identity_number_in_the_list(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int]
) -> None:
    from ..conftest import person

    roster.create(ctx.db, person("B001", "身分證", national_id="A123456789"))
    page = make_page(qtbot, ctx)
    page.search_edit.setText("B001")
    page.apply_filter()
    column = [c.key for c in COLUMNS].index("national_id")
    assert page.model.index(0, column).data() == "A12****789"


def test_change_status_asks_and_hides_the_person(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], prompts: FakePrompts
) -> None:
    page = make_page(qtbot, ctx)
    assert page.select_id(people["王小明"])
    assert page.status_button.isEnabled()
    prompts.answers["choose"] = ["退休"]
    page.change_status()
    assert roster.get(ctx.db, people["王小明"]).status == "退休"
    assert "王小明" not in names(page)


def test_model_fetches_rows_a_page_at_a_time(qtbot: QtBot) -> None:
    fetched: list[list[int]] = []

    def search(flt: StaffFilter, key: str, descending: bool) -> list[int]:
        return list(range(1000))

    def fetch(ids: Sequence[int]) -> list[EmployeeRow]:
        fetched.append(list(ids))
        return [
            EmployeeRow(i, f"N{i:04d}", f"人{i}", "", "", "單位", "", "公務人員", "", None,
                        "在職", "", "葷")
            for i in ids
        ]  # fmt: skip

    model = StaffTableModel(search, fetch)
    model.reload()
    assert model.rowCount() == 1000
    assert fetched == []  # nothing read before a row is shown
    assert model.index(0, 0).data() == "N0000"
    assert model.index(199, 1).data() == "人199"
    assert len(fetched) == 1 and len(fetched[0]) == StaffTableModel.PAGE_SIZE
    assert model.index(999, 0).data() == "N0999"
    assert model.pages_fetched == 2
    assert fetched[1][0] == 800  # the page holding row 999, not every page in between
    model.reload()
    assert model.pages_fetched == 0  # a new search drops the cached rows


def test_view_of_many_rows_reads_only_visible_pages(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int]
) -> None:
    page = make_page(qtbot, ctx)
    page.resize(800, 400)
    page.table.grab()  # paints the view
    # Four people fit in one page; the model read exactly one page to paint them.
    assert page.model.pages_fetched == 1

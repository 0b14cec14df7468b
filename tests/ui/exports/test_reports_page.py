"""The 報表 page: exports with their parameters (read back), cancel leaves no file, templates
for every import kind, the classes awaiting registration (overdue in red) and 標記已登錄."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from hrplanner.services import catalogue
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    CreditByTopic,
    Employee,
    Enrollment,
    LearningTopic,
    TrainingClass,
)
from hrplanner.ui.exports import page as rp
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Progress
from tests.ui.conftest import FakePrompts

TODAY = dt.date(2024, 10, 15)


@pytest.fixture
def classes(sqlite_db: Database, people: dict[str, int]) -> None:
    """113-001 ended 9/30 (due 10/09: overdue on 10/15), 113-002 ended 10/14 (not yet due);
    王小明 credited 3 h of 環境教育 in both."""
    with sqlite_db.session() as s:
        s.get(Employee, people["王小明"]).national_id = "A123456789"
        topic = s.scalar(select(LearningTopic.id).filter_by(name="環境教育"))
        for code, end in (("113-001", dt.date(2024, 9, 30)), ("113-002", dt.date(2024, 10, 14))):
            cls = TrainingClass(
                code=code,
                title=f"研習{code}",
                start_date=end,
                end_date=end,
                closed_on=end,
                portal_code="P" + code,
            )
            s.add(cls)
            s.flush()
            enr = Enrollment(
                class_id=cls.id,
                employee_id=people["王小明"],
                registered_at=dt.datetime(2024, 9, 1),
                credit_minutes=180,
            )
            s.add(enr)
            s.flush()
            s.add(CreditByTopic(enrollment_id=enr.id, topic_id=topic, minutes=180))


def _page(ctx: UiContext, qtbot: Any) -> rp.ReportsPage:
    page = rp.ReportsPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    return page


def test_due_list_highlights_overdue_and_marks_registered(
    ctx: UiContext, qtbot: Any, classes: None
) -> None:
    page = _page(ctx, qtbot)
    table = page.due_table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["113/10/09", "113/10/23"]
    assert table.item(0, 2).text() == "已逾期"
    assert table.item(0, 1).background().color() == rp.OVERDUE_BG
    assert table.item(1, 2).text() == "待登錄"
    assert table.item(1, 1).background().color() != rp.OVERDUE_BG
    assert "逾期 1 班" in page.due_label.text()
    table.selectRow(0)
    page.date_edit.setText("113/10/15")
    page.mark_button.click()
    assert table.rowCount() == 1 and table.item(0, 1).text().startswith("113-002")
    with ctx.db.session() as s:
        registered = s.scalar(select(TrainingClass.registered_on).filter_by(code="113-001"))
    assert registered == dt.date(2024, 10, 15)


def test_several_classes_are_marked_registered_at_once(
    ctx: UiContext, qtbot: Any, classes: None, prompts: FakePrompts
) -> None:
    page = _page(ctx, qtbot)
    page.show()
    table = page.due_table
    for row, modifier in (
        (0, Qt.KeyboardModifier.NoModifier),
        (1, Qt.KeyboardModifier.ShiftModifier),
    ):
        rect = table.visualItemRect(table.item(row, 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    page.date_edit.setText("113/10/25")
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0, prompts.calls
    assert "2 個班期已標記於 113/10/25 登錄時數" in page.status.text()


def test_a_refused_bulk_registration_writes_nothing(
    ctx: UiContext, qtbot: Any, classes: None, prompts: FakePrompts
) -> None:
    page = _page(ctx, qtbot)
    page.due_table.selectAll()
    page.date_edit.setText("113/10/10")  # after the first class ended, before the second
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    kind, _, text = prompts.calls[-1]
    assert kind == "error" and "113-002" in text
    assert page.due_table.rowCount() == 2
    with ctx.db.session() as s:
        assert s.scalars(select(TrainingClass.registered_on)).all() == [None, None]


def test_portal_and_spread_exports_read_back(
    ctx: UiContext, qtbot: Any, classes: None, prompts: FakePrompts, tmp_path: Path
) -> None:
    page = _page(ctx, qtbot)
    page.class_combo.setCurrentIndex(page.class_combo.findData("113-001"))
    out = tmp_path / "portal.xlsx"
    prompts.answers["save_file"] = [out]
    page.export_buttons["portal"].click()
    kind, title, text = prompts.calls[-1]
    assert (kind, title) == ("info", "時數登錄檔")
    assert "完整身分證字號" in text
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows == [
        (
            "身分證字號",
            "姓名",
            "課程名稱",
            "課程代碼",
            "起始日期",
            "結束日期",
            "學習時數",
            "學習類別",
            "學習性質",
        ),
        (
            "A123456789",
            "王小明",
            "研習113-001",
            "P113-001",
            "113/09/30",
            "113/09/30",
            3,
            "環境教育",
            "實體",
        ),
    ]
    spread_out = tmp_path / "spread.xlsx"
    prompts.answers["save_file"] = [spread_out]
    page.year_combo.setCurrentIndex(page.year_combo.findData(2024))
    page.export_buttons["spread"].click()
    sheet = load_workbook(spread_out)["訓練分布"]
    assert [c.value for c in sheet[1]][:3] == ["年度", "單位", "人數"]
    assert not page.progress.isVisible() and page.export_buttons["hours"].isEnabled()


def test_class_export_needs_a_class(
    ctx: UiContext, qtbot: Any, classes: None, prompts: FakePrompts
) -> None:
    page = _page(ctx, qtbot)
    page.class_combo.setCurrentIndex(0)
    page.export_buttons["roster"].click()
    assert prompts.calls[-1][0] == "error" and "請先選擇班期" in prompts.calls[-1][2]
    assert "save_file" not in prompts.kinds()


def test_cancel_leaves_no_file(
    ctx: UiContext,
    qtbot: Any,
    classes: None,
    tmp_path: Path,
    prompts: FakePrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(ctx, qtbot)

    real_hooks = rp._hooks

    def cancelled_hooks(progress: Progress) -> object:
        progress._flag.set()  # the user pressed 取消匯出 while the export ran
        return real_hooks(progress)

    monkeypatch.setattr(rp, "_hooks", cancelled_hooks)
    for key in ("spread", "hours"):  # the writer's own cancel, and a service without one
        kind = catalogue.export_kind(key)
        assert kind is not None
        out = tmp_path / f"{key}.xlsx"
        prompts.answers["save_file"] = [out]
        page.export(kind)
        assert not out.exists()
        assert "已取消匯出" in page.status.text()
    assert "info" not in prompts.kinds()


def test_templates_for_every_import_kind(
    ctx: UiContext, qtbot: Any, prompts: FakePrompts, tmp_path: Path
) -> None:
    page = _page(ctx, qtbot)
    kinds = {page.template_combo.itemData(i) for i in range(page.template_combo.count())}
    assert {
        "staff",
        "classes",
        "enrollments",
        "attendance",
        "external-hours",
        "calendar",
        "signup",
    } <= kinds
    page.template_combo.setCurrentIndex(page.template_combo.findData("calendar"))
    out = tmp_path / "calendar.xlsx"
    prompts.answers["save_file"] = [out]
    page.template_button.click()
    assert [c.value for c in load_workbook(out).active[1]] == [
        "西元日期",
        "星期",
        "是否放假",
        "備註",
    ]


def test_classes_page_shows_registration_due(ctx: UiContext, qtbot: Any, classes: None) -> None:
    from hrplanner.ui.training.classes_page import ClassesPage

    page = ClassesPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    model = page.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = titles.index("登錄期限")
    by_code = {model.row_at(r).code: r for r in range(model.rowCount())}
    overdue = model.index(by_code["113-001"], column)
    assert model.data(overdue) == "113/10/09"
    assert model.data(overdue, Qt.ItemDataRole.BackgroundRole).color() == rp.OVERDUE_BG
    pending = model.index(by_code["113-002"], column)
    assert model.data(pending) == "113/10/23"
    assert model.data(pending, Qt.ItemDataRole.BackgroundRole) is None


def test_portal_format_edited_on_the_page(
    ctx: UiContext, qtbot: Any, classes: None, prompts: FakePrompts, tmp_path: Path
) -> None:
    page = _page(ctx, qtbot)
    assert page.portal_columns.text().startswith("身分證字號,姓名,課程名稱")
    page.portal_columns.setText("姓名，身分證字號=身分證號，結束日期")
    page.portal_date.setCurrentIndex(page.portal_date.findData("yyymmdd"))
    assert page.portal_date.currentText() == "1090305"
    page.portal_save.click()
    page.class_combo.setCurrentIndex(page.class_combo.findData("113-001"))
    out = tmp_path / "portal.xlsx"
    prompts.answers["save_file"] = [out]
    page.export_buttons["portal"].click()
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows == [("姓名", "身分證號", "結束日期"), ("王小明", "A123456789", "1130930")]
    page.portal_columns.setText("姓名,暱稱")
    page.portal_save.click()
    assert prompts.calls[-1][0] == "error" and "未知的欄位「暱稱」" in prompts.calls[-1][2]
    # The typed text stays for correcting; the stored layout is unchanged.
    assert page.portal_columns.text() == "姓名,暱稱"
    from hrplanner.services.exports import portal as pe

    assert pe.columns_text(pe.get_format(ctx.db)) == "姓名,身分證字號=身分證號,結束日期"


def test_portal_split_by_topic_set_on_the_page(
    ctx: UiContext, qtbot: Any, classes: None, prompts: FakePrompts
) -> None:
    from hrplanner.services.exports import portal as pe

    page = _page(ctx, qtbot)
    assert page.portal_split.currentData() is False
    page.portal_split.setCurrentIndex(page.portal_split.findData(True))
    page.portal_save.click()
    assert pe.get_format(ctx.db).split_by_topic
    # Reopened, the page shows the stored choice; switching back stores it too.
    again = _page(ctx, qtbot)
    assert again.portal_split.currentData() is True
    again.portal_split.setCurrentIndex(again.portal_split.findData(False))
    again.portal_save.click()
    assert not pe.get_format(ctx.db).split_by_topic


def test_the_page_offers_every_catalogued_export_and_template(ctx: UiContext, qtbot: Any) -> None:
    page = _page(ctx, qtbot)
    assert list(page.export_buttons) == [k.name for k in catalogue.EXPORTS]
    offered = [page.template_combo.itemData(i) for i in range(page.template_combo.count())]
    assert offered == [k.name for k in catalogue.IMPORTS if k.template]


def test_plan_exports_take_the_chosen_plan(
    ctx: UiContext, qtbot: Any, prompts: FakePrompts, tmp_path: Path
) -> None:
    page = _page(ctx, qtbot)
    page.export_buttons["kpi"].click()
    assert prompts.calls[-1][0] == "error" and "請先選擇計畫" in prompts.calls[-1][2]
    from hrplanner.services.plans import examples

    examples.import_examples(ctx.db, ["108_嘉義市政府人事處中程施政計畫"])
    page.refresh()
    assert page.plan_combo.currentData() == "108-人事處中程"
    prompts.answers["save_file"] = [tmp_path / "kpi.xlsx"]
    page.export_buttons["kpi"].click()
    rows = list(load_workbook(tmp_path / "kpi.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 1 + 19 * 4


def test_portal104_csv_and_the_unencodable_choice(
    ctx: UiContext, qtbot: Any, classes: None, prompts: FakePrompts, tmp_path: Path
) -> None:
    import csv
    import io

    with ctx.db.session() as s:
        s.scalars(select(Employee).filter_by(national_id="A123456789")).one().name = "王堃"
    page = _page(ctx, qtbot)
    extras = page.portal_extras
    extras.preset.setCurrentIndex(extras.preset.findData("portal104"))
    extras.preset.activated.emit(extras.preset.currentIndex())
    assert page.portal_columns.text().startswith("身分證字號=*身分證字號,課程名稱=*課程名稱")
    assert page.portal_date.currentData() == "yyy-mm-dd"
    page.portal_save.click()
    page.class_combo.setCurrentIndex(page.class_combo.findData("113-001"))
    out = tmp_path / "portal.csv"
    # Cancel first: nothing is written; then leave the person out; then write UTF-8.
    prompts.answers["save_file"] = [out, out, out]
    prompts.answers["choose"] = [
        None,
        "略過這些人並列出，其餘照常匯出",
        "改存成 UTF-8 檔（所有字都保留）",
    ]
    page.export_buttons["portal"].click()
    kind, _title, label = prompts.calls[-1]
    assert kind == "choose" and "王堃" in label and "U+5803" in label
    assert not out.exists()
    page.export_buttons["portal"].click()
    assert prompts.calls[-1][0] == "info" and "王堃" in prompts.calls[-1][2]
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("cp950"))))
    assert len(rows[0]) == 23 and rows[1:] == []
    page.export_buttons["portal"].click()
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[1][6] == "王堃" and rows[1][2] == "113-09-30"


def test_code_tables_dialog_saves(ctx: UiContext, qtbot: Any, prompts: FakePrompts) -> None:
    from hrplanner.services.exports import portal_tables as pt
    from hrplanner.ui.exports.portal_widgets import CodeTablesDialog

    dialog = CodeTablesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.category.add_row("行政中立訓練", "7")
    dialog.city.add_row("其他地點", "33")
    dialog.save()
    tables = pt.get_tables(ctx.db)
    assert tables.category["行政中立訓練"] == "7" and tables.city["其他地點"] == "33"
    dialog.category.add_row("壞代碼", "abc")
    dialog.save()
    assert prompts.calls[-1][0] == "error" and "abc" in prompts.calls[-1][2]

"""The 外部時數 page: a year's records with unit and ROC date, search by person, add through
the dialog with the people picker, refusals listed in Chinese with nothing saved, edit,
delete, and 匯入外部時數 through the shared import dialog (dry run, then all or nothing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrplanner.services.hours import external
from hrplanner.services.hours import ledger as hours
from hrplanner.services.hours.external import ExternalInput
from hrplanner.ui.hours.external_dialog import ExternalDialog
from hrplanner.ui.hours.external_page import ExternalPage
from hrplanner.ui.shell.pages import PAGES, UiContext

from ..conftest import FakePrompts

TODAY = dt.date(2026, 6, 30)
SHOT = Path("/tmp/shots/gap-external-page.png")


def texts(page: ExternalPage, row: int) -> list[str]:
    model = page.model
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def make_page(qtbot: QtBot, ctx: UiContext) -> ExternalPage:
    page = ExternalPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    return page


def seed(ctx: UiContext) -> None:
    for no, title, day, minutes, topic in (
        ("A001", "性別主流化導論", dt.date(2026, 5, 20), 120, "性別主流化"),
        ("A002", "淨零排放與環境教育", dt.date(2026, 4, 2), 240, "環境教育"),
        ("A001", "去年的課", dt.date(2025, 12, 31), 60, "一般"),
    ):
        external.add_external(
            ctx.db, ExternalInput(no, title, day, minutes, topic, source="e等公務園+")
        )


def test_registered_as_a_page() -> None:
    assert "hrplanner.ui.hours.external_page:ExternalPage" in {p.factory for p in PAGES}


def test_year_list_and_search(qtbot: QtBot, ctx: UiContext, people: dict[str, int]) -> None:
    seed(ctx)
    page = make_page(qtbot, ctx)
    assert page.year() == 2026
    assert page.model.rowCount() == 2  # the 2025 record counts in 114年度
    assert texts(page, 0) == [
        "A002",
        "李美華",
        "秘書室",
        "淨零排放與環境教育",
        "115/04/02",
        "4",
        "環境教育",
        "數位",
        "e等公務園+",
    ]
    assert "共 2 筆" in page.count_label.text() and "6 小時" in page.count_label.text()
    page.search_edit.setText("王小")
    page.apply_search()
    assert [texts(page, r)[1] for r in range(page.model.rowCount())] == ["王小明"]
    page.search_edit.setText("A00")
    page.apply_search()
    assert page.model.rowCount() == 2
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    assert [texts(page, r)[3] for r in range(page.model.rowCount())] == ["去年的課"]
    page.search_edit.clear()
    page.year_combo.setCurrentIndex(page.year_combo.findData(None))
    page.apply_search()
    assert page.model.rowCount() == 3
    page.year_combo.setCurrentIndex(0)
    page.resize(1100, 420)
    page.show()
    SHOT.parent.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOT))


def test_add_with_the_people_picker_and_refusals(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int]
) -> None:
    page = make_page(qtbot, ctx)
    dialog = ExternalDialog(ctx, None, page)
    real_picker = dialog.make_picker()

    def pick() -> object:
        real_picker.select_ids([people["陳大同"]])
        real_picker.exec = lambda: 1  # type: ignore[method-assign]
        return real_picker

    dialog.make_picker = pick  # type: ignore[assignment,method-assign]
    dialog.pick_person()
    assert dialog.employee_no.text() == "A003" and "陳大同" in dialog.person_label.text()
    dialog.date_edit.setText("115/2/30")
    dialog.hours_edit.setText("0")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.saved is None
    assert "115/2/30" in dialog.errors.text()
    dialog.date_edit.setText("115/3/5")
    dialog.accept()
    text = dialog.errors.text()
    assert "課程名稱必填" in text and "時數須大於 0" in text
    assert external.list_external(ctx.db) == []

    dialog.title_edit.setText("人權教育數位課程")
    dialog.hours_edit.setText("1.5")
    dialog.topic.setCurrentIndex(dialog.topic.findData("人權教育"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = external.list_external(ctx.db, year=2026)
    assert [(r.name, r.end_date, r.minutes, r.topic, r.mode) for r in saved] == [
        ("陳大同", dt.date(2026, 3, 5), 90, "人權教育", "數位")
    ]
    # It counts toward the hours ledger of 2026.
    ledger = {r.name: r.group_minutes for r in hours.year_ledger(ctx.db, 2026)}
    assert ledger["陳大同"]["民主治理價值"] == 90


def test_edit_and_delete(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], prompts: FakePrompts
) -> None:
    seed(ctx)
    page = make_page(qtbot, ctx)
    page.table.selectRow(1)  # 王小明's 2026 record (sorted by date)
    record = page.selected()
    assert record is not None and record.title == "性別主流化導論"
    assert page.edit_button.isEnabled()
    dialog = page.make_dialog(record)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.text() == "115/05/20" and dialog.hours_edit.text() == "2"
    dialog.hours_edit.setText("3")
    dialog.date_edit.setText("2026-05-21")
    dialog.accept()
    assert dialog.saved is not None
    page.refresh(dialog.saved.id)
    assert page.selected() is not None and page.selected().minutes == 180  # type: ignore[union-attr]
    assert texts(page, 1)[4:6] == ["115/05/21", "3"]

    prompts.answers["confirm"] = [False]
    page.delete_selected()
    assert len(external.list_external(ctx.db, year=2026)) == 2
    prompts.answers["confirm"] = [True]
    page.delete_selected()
    assert [r.title for r in external.list_external(ctx.db, year=2026)] == ["淨零排放與環境教育"]
    assert page.model.rowCount() == 1


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "外部時數"
    ws.append(["員工編號", "課程名稱", "日期", "時數", "學習類別", "學習性質", "來源"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_through_the_shared_import_dialog(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], prompts: FakePrompts, tmp_path: Path
) -> None:
    page = make_page(qtbot, ctx)
    bad = workbook(tmp_path / "bad.xlsx", [["A001", "資安課程", "115/6/1", 2, "資訊安全", "", ""]])
    good = workbook(
        tmp_path / "good.xlsx",
        [
            ["A001", "資安課程", "115/6/1", 2, "業務相關", "數位", "e等公務園+"],
            ["A002", "環境教育", "1150602", 1.5, "環境教育", "實體", "環保局"],
        ],
    )
    dialog = page.make_import_dialog()
    assert dialog.windowTitle() == "匯入外部時數"
    prompts.answers["open_file"] = [bad]
    dialog.browse()
    dialog.dry_run()
    assert [(p.row, p.column) for p in dialog.problems.problems] == [(2, "學習類別")]
    assert not dialog.import_button.isEnabled()

    def run() -> int:
        dialog.path_edit.setText(str(good))
        dialog.dry_run()
        assert "新增 2 筆" in dialog.summary.text()
        dialog.run_import()
        return int(dialog.result())

    dialog.exec = run  # type: ignore[method-assign]
    page.make_import_dialog = lambda: dialog  # type: ignore[method-assign]
    page.import_button.click()
    assert page.model.rowCount() == 2
    assert {texts(page, r)[1] for r in range(2)} == {"王小明", "李美華"}
    # Saving the template offers the external-hours workbook.
    prompts.answers["save_file"] = [tmp_path / "t.xlsx"]
    dialog.save_template()
    assert load_workbook(tmp_path / "t.xlsx").sheetnames == ["外部時數"]
    assert prompts.calls[-2][0] == "save_file"
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "日期"


def test_english_chrome(qtbot: QtBot, qapp: QApplication, ctx: UiContext) -> None:
    from hrplanner.ui.hours.rules_dialog import RulesDialog
    from hrplanner.ui.shell.translators import install_translators

    from ..shell.test_english import chinese

    install_translators(qapp, "en")
    try:
        page = make_page(qtbot, ctx)
        dialog = ExternalDialog(ctx)
        qtbot.addWidget(dialog)
        rules = RulesDialog(ctx, year=2026)
        qtbot.addWidget(rules)
        assert chinese(page) == []
        assert chinese(dialog) == []
        # The topic list's title names the selected group, which is the agency's data.
        assert [c for c in chinese(rules) if c[1] != rules.topic_title.text()] == []
        assert page.count_label.text() == "0 records, 0 hours in all"
    finally:
        install_translators(qapp, "zh_TW")

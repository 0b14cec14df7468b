"""The staff import dialog: a dry run lists every problem and writes nothing; a clean file
imports; the template can be saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pytestqt.qtbot import QtBot

from hrplanner.services.staff import roster
from hrplanner.ui.shell.import_dialog import ImportDialog
from hrplanner.ui.shell.pages import UiContext

from ..conftest import FakePrompts

HEADER = ["員工編號", "姓名", "身分證字號", "單位", "人員類別", "到職日期", "電子郵件"]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "人員"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def make_dialog(qtbot: QtBot, ctx: UiContext) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_dry_run_of_a_bad_file_lists_problems_and_writes_nothing(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path, prompts: FakePrompts
) -> None:
    bad = workbook(
        tmp_path / "bad.xlsx",
        [
            ["X001", "王小明", "A123456788", "人事室", "公務人員", "109/02/30", "x@"],
            ["X002", "", "", "人事室", "外星人", "", ""],
        ],
    )
    dialog = make_dialog(qtbot, ctx)
    prompts.answers["open_file"] = [bad]
    dialog.browse()
    assert dialog.path_edit.text() == str(bad)
    assert not dialog.import_button.isEnabled()
    dialog.dry_run()
    problems = dialog.problems.problems
    where = {(p.sheet, p.row, p.column) for p in problems}
    assert ("人員", 2, "身分證字號") in where
    assert ("人員", 2, "到職日期") in where
    assert ("人員", 2, "電子郵件") in where
    assert ("人員", 3, "姓名") in where
    assert ("人員", 3, "人員類別") in where
    # The table shows them in the four columns 工作表, 列, 欄, 問題.
    model = dialog.problems
    headers = [
        model.headerData(c, dialog.problem_view.horizontalHeader().orientation()) for c in range(4)
    ]
    assert headers == ["工作表", "列", "欄", "問題"]
    assert model.index(0, 0).data() == "人員"
    assert "5 個問題" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert roster.search_ids(ctx.db, roster.StaffFilter()) == []


def test_clean_dry_run_enables_import_which_writes(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path, prompts: FakePrompts, people: dict[str, int]
) -> None:
    good = workbook(
        tmp_path / "good.xlsx",
        [
            ["X001", "王大明", "A123456789", "人事室", "公務人員", "109/03/05", "a@b.tw"],
            ["A001", "王小明", "", "人事室", "公務人員", "109/03/05", "wang@b.tw"],  # update
            ["A002", "李美華", "", "秘書室", "公務人員", "109/03/05", ""],  # unchanged
        ],
    )
    dialog = make_dialog(qtbot, ctx)
    dialog.path_edit.setText(str(good))
    dialog.dry_run()
    assert dialog.problems.rowCount() == 0
    assert dialog.summary.text() == "試算結果：新增 1 人、更新 1 人、未變更 1 人"
    assert dialog.import_button.isEnabled()
    assert roster.search_ids(ctx.db, roster.StaffFilter(text="X001")) == []  # dry run only
    dialog.path_edit.setText(str(good) + " ")  # another file: dry run again first
    assert not dialog.import_button.isEnabled()
    dialog.path_edit.setText(str(good))
    dialog.dry_run()
    dialog.run_import()
    assert dialog.imported is not None
    assert [r.name for r in roster.search(ctx.db, roster.StaffFilter(text="X001"))] == ["王大明"]
    assert roster.get(ctx.db, people["王小明"]).email == "wang@b.tw"
    assert prompts.kinds() == ["info"]


def test_save_template(qtbot: QtBot, ctx: UiContext, tmp_path: Path, prompts: FakePrompts) -> None:
    target = tmp_path / "範本.xlsx"
    prompts.answers["save_file"] = [target]
    dialog = make_dialog(qtbot, ctx)
    dialog.save_template()
    header = [c.value for c in next(load_workbook(target).worksheets[0].iter_rows(max_row=1))]
    assert "員工編號" in header and "姓名" in header
    assert prompts.kinds() == ["save_file", "info"]


def test_closing_during_an_import_waits_for_it(
    qtbot: QtBot,
    ctx: UiContext,
    tmp_path: Path,
    prompts: FakePrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from hrplanner.services.imports.tabular import ImportReport
    from hrplanner.ui.shell import import_dialog
    from hrplanner.ui.shell.import_dialog import ImportKind
    from hrplanner.ui.shell.tasks import TaskRunner

    release = threading.Event()

    def slow_importer(
        kind: str, db: object, path: Path, dry_run: bool, *_choice: object
    ) -> ImportReport:
        if not dry_run:
            release.wait(5)
        return ImportReport(added=["X1"], dry_run=dry_run)

    monkeypatch.setattr(import_dialog, "run_import", slow_importer)
    kind = ImportKind("匯入測試", "staff", "t.xlsx", "選擇")
    ctx.runner = TaskRunner()  # a real worker thread
    dialog = ImportDialog(ctx, kind=kind)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "any.xlsx"))
    dialog.dry_run()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    dialog.run_import()
    dialog.reject()  # e.g. the window's close button while writing
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=5000)
    assert prompts.kinds() == ["info"]
    assert not dialog.isVisible()


def test_a_school_roster_through_the_mapping_step(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path, prompts: FakePrompts
) -> None:
    # The EDHR headers: the dialog proposes the shipped preset, no hand editing.
    edhr = tmp_path / "edhr.csv"
    edhr.write_bytes(
        "身分識別碼,姓名,性別,出生年月日,服務單位,職務名稱,服務身分別,聘任類別,本校到職日期\n"
        "A123456789,高潞．以用．巴魕剌,2,0650312,教務處,教師,教師,專任,1050801\n".encode("cp950")
    )
    dialog = make_dialog(qtbot, ctx)
    prompts.answers["open_file"] = [edhr]
    dialog.browse()
    assert not dialog.mapping_box.isHidden()
    assert dialog.preset() == "edhr" and dialog.mapping() is None
    dialog.dry_run()
    assert dialog.problems.rowCount() == 0 and dialog.import_button.isEnabled()
    dialog.run_import()
    [person] = roster.search(ctx.db, roster.StaffFilter(text="高潞・以用・巴魕剌"))  # folded
    assert (person.name, person.employee_no, person.category) == (
        "高潞．以用．巴魕剌",
        "T0001",
        "教師",
    )


def test_own_headers_are_mapped_and_remembered(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path, prompts: FakePrompts
) -> None:
    webhr = tmp_path / "webhr.csv"
    webhr.write_text(
        "人員代號,中文姓名,現職單位,身分類別\nH001,瓦歷斯‧諾幹,人事室,公務人員\n", encoding="utf-8"
    )
    dialog = make_dialog(qtbot, ctx)
    prompts.answers["open_file"] = [webhr]
    dialog.browse()
    assert dialog.preset() is None and dialog.mapping() == {}
    table = dialog.mapping_table
    assert table is not None
    for header, target in (
        ("人員代號", "員工編號"),
        ("中文姓名", "姓名"),
        ("現職單位", "單位"),
        ("身分類別", "人員類別"),
    ):
        table.set_target(header, target)
    dialog.dry_run()
    assert dialog.import_button.isEnabled()
    table.set_target("身分類別", None)  # another choice: dry run again first
    assert not dialog.import_button.isEnabled()
    table.set_target("身分類別", "人員類別")
    dialog.dry_run()
    dialog.run_import()
    assert dialog.imported is not None and dialog.imported.added == ["H001"]
    # The next time the same export comes in, the mapping is proposed again.
    again = make_dialog(qtbot, ctx)
    prompts.answers["open_file"] = [webhr]
    again.browse()
    assert again.mapping() == {
        "人員代號": "員工編號",
        "中文姓名": "姓名",
        "現職單位": "單位",
        "身分類別": "人員類別",
    }

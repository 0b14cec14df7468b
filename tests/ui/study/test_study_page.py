"""The 進修 page (R12), driven through its buttons: the quota of a headcount of 25 filled by
two approvals, a third refused in the dialog naming both holders, the weekly total turning
red past eight hours (and refused), 公餘進修 still saved, edit and delete, the 選送資格 column
only with appraisal grades, and no Chinese chrome in English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from hrplanner.domain.appraisal.vocabulary import Grade
from hrplanner.domain.study import FULL_TIME, OFF_HOURS, PART_TIME
from hrplanner.services.common import settings_service
from hrplanner.services.study import records, selection
from hrplanner.settings import Setting
from hrplanner.ui.shell.pages import PAGES, UiContext
from hrplanner.ui.study import page as study_page
from hrplanner.ui.study.dialog import StudyDialog
from hrplanner.ui.study.page import StudyPage

from ..conftest import FakePrompts

TODAY = dt.date(2025, 10, 1)
SHOTS = Path("/tmp/shots")


def make_page(qtbot: QtBot, ctx: UiContext) -> StudyPage:
    settings_service.update(ctx.db, {Setting.BUDGETED_HEADCOUNT: 25})
    page = StudyPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    return page


def texts(page: StudyPage, row: int) -> list[str]:
    return [str(page.model.index(row, c).data()) for c in range(page.model.columnCount())]


def tooltip(page: StudyPage, row: int, column: int) -> str:
    return str(page.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))


def fill(
    qtbot: QtBot, dialog: StudyDialog, number: str, kind: str, hours: dict[int, float]
) -> None:
    qtbot.keyClicks(dialog.employee_no, number)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.school.setText("國立清華大學")
    qtbot.keyClicks(dialog.start_edit, "114/09/01")
    qtbot.keyClicks(dialog.end_edit, "115/06/30")
    qtbot.keyClicks(dialog.approved_edit, "114/07/01")
    for day, value in hours.items():
        spin = dialog.day_spins[day]
        spin.selectAll()
        qtbot.keyClicks(spin, str(value))


def press_ok(qtbot: QtBot, dialog: StudyDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_through_the_page(
    qtbot: QtBot, page: StudyPage, number: str, kind: str, hours: dict[int, float]
) -> StudyDialog:
    """Press 新增…, type the record, press OK; returns the dialog (still open if refused)."""
    seen: list[StudyDialog] = []
    real = page.make_dialog

    def make(record: object) -> StudyDialog:
        dialog = real(record)  # type: ignore[arg-type]
        seen.append(dialog)
        qtbot.addWidget(dialog)

        def run() -> int:
            fill(qtbot, dialog, number, kind, hours)
            press_ok(qtbot, dialog)
            return int(dialog.result())

        dialog.exec = run  # type: ignore[method-assign]
        return dialog

    page.make_dialog = make  # type: ignore[method-assign]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.make_dialog = real  # type: ignore[method-assign]
    return seen[0]


def test_registered_as_a_page() -> None:
    assert "hrplanner.ui.study.page:StudyPage" in {p.factory for p in PAGES}


def test_the_quota_and_the_week_from_the_buttons(
    qtbot: QtBot,
    ctx: UiContext,
    people: dict[str, int],
    prompts: FakePrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, ctx)
    assert (
        "已用 0／2 人" in page.quota_label.text()
        and "編制內預算員額 25 人" in page.quota_label.text()
    )
    first = add_through_the_page(qtbot, page, "A001", PART_TIME, {1: 4, 3: 4})
    assert first.result() == first.DialogCode.Accepted
    assert "每週合計 8 小時" in first.total_label.text()
    assert "b00020" not in first.total_label.styleSheet()  # exactly eight hours is allowed
    add_through_the_page(qtbot, page, "A002", FULL_TIME, {})
    assert "已用 2／2 人（李美華、王小明）" in page.quota_label.text()  # same start: by name
    assert "b00020" in page.quota_label.styleSheet()  # full
    assert [texts(page, r)[6] for r in range(2)] == ["占用", "占用"]
    # Past a handful of holders the line counts them by kind, the names in its tooltip.
    monkeypatch.setattr(study_page, "NAMES_SHOWN", 1)
    page.refresh()
    assert "已用 2／2 人（部分辦公時間進修 1 人、全時進修 1 人）" in page.quota_label.text()
    assert "李美華、王小明" in page.quota_label.toolTip()
    monkeypatch.setattr(study_page, "NAMES_SHOWN", 6)
    page.refresh()
    assert page.quota_label.toolTip() == ""

    third = add_through_the_page(qtbot, page, "A003", PART_TIME, {2: 4})
    assert third.result() != third.DialogCode.Accepted and third.saved is None
    assert "名額 2 人已由李美華、王小明占用" in third.errors.text()

    nine = StudyDialog(ctx, None, page)
    qtbot.addWidget(nine)
    fill(qtbot, nine, "A003", PART_TIME, {0: 4, 2: 5})
    nine.approved_edit.clear()
    assert "每週合計 9 小時" in nine.total_label.text() and "超過上限" in nine.total_label.text()
    assert "b00020" in nine.total_label.styleSheet()
    press_ok(qtbot, nine)
    assert nine.saved is None and "超過每人每週 8 小時的上限" in nine.errors.text()

    off = add_through_the_page(qtbot, page, "A003", OFF_HOURS, {})
    assert off.result() == off.DialogCode.Accepted
    assert page.model.rowCount() == 3 and "已用 2／2 人" in page.quota_label.text()
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "study-page.png"))


def test_edit_and_delete(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], prompts: FakePrompts
) -> None:
    page = make_page(qtbot, ctx)
    add_through_the_page(qtbot, page, "A001", PART_TIME, {1: 3})
    page.table.selectRow(0)
    assert page.edit_button.isEnabled()
    real = page.make_dialog

    def edit(record: object) -> StudyDialog:
        dialog = real(record)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        assert dialog.employee_no.text() == "A001" and dialog.day_spins[1].value() == 3

        def run() -> int:
            dialog.kind.setCurrentIndex(dialog.kind.findData(FULL_TIME))  # hours are dropped
            assert not dialog.week_box.isEnabled()
            press_ok(qtbot, dialog)
            return int(dialog.result())

        dialog.exec = run  # type: ignore[method-assign]
        return dialog

    page.make_dialog = edit  # type: ignore[method-assign]
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    # The weekly hours are dropped: the kind's tooltip no longer lists them.
    assert texts(page, 0)[2] == "全時進修" and tooltip(page, 0, 2) == "全時進修"
    page.table.selectRow(0)
    prompts.confirm_by_default = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert records.year_list(ctx.db, 2025).records == ()


def test_selection_column_only_with_appraisal_grades(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ctx)
    add_through_the_page(qtbot, page, "A001", PART_TIME, {1: 4})
    assert page.model.columnCount() == 7  # no appraisal grades: no column

    def final_grades(
        db: object, people_ids: Collection[int], years: Collection[int]
    ) -> dict[tuple[int, int], Grade]:
        return {(people["王小明"], 2024): Grade.A, (people["王小明"], 2023): Grade.B}

    monkeypatch.setattr(selection, "final_grades", final_grades)
    page.refresh()
    assert page.model.columnCount() == 8
    assert texts(page, 0)[7] == "符合"


def test_english_chrome(
    qtbot: QtBot, qapp: QApplication, ctx: UiContext, people: dict[str, int]
) -> None:
    from hrplanner.ui.shell.translators import install_translators

    from ..shell.test_english import chinese

    records.add_record(
        ctx.db,
        records.StudyInput("A001", PART_TIME, dt.date(2025, 9, 1), weekly_minutes={1: 240},
                           approved_on=dt.date(2025, 8, 1)),
    )  # fmt: skip
    install_translators(qapp, "en")
    try:
        page = make_page(qtbot, ctx)
        dialog = StudyDialog(ctx, page.model.rows()[0], page)
        qtbot.addWidget(dialog)
        # Names of people and units are data and stay as they are.
        data = ("王小明", "人事室")
        assert [c for c in chinese(page) if not any(d in c[1] for d in data)] == []
        assert [c for c in chinese(dialog) if not any(d in c[1] for d in data)] == []
        assert texts(page, 0)[:3] == ["王小明 (A001)", "人事室", "In office hours"]
        assert tooltip(page, 0, 2).startswith("Part-time in office hours\nWeekly office hours: ")
        assert page.quota_label.text().startswith("Places for part-time and full-time study")
        page.grab().save(str(SHOTS / "study-page-en.png"))
    finally:
        install_translators(qapp, "zh_TW")

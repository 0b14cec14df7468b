"""The 年終考績 page: scores typed in the table with the 甲 share per 官等 updated while
typing, the detail panel (kind with a reason, 丁 ground, workflow through the real
buttons), the 獎懲 register changing a score, the committee, a stale save refused, the
teachers' tab, and screenshots in both languages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from hrplanner.services.appraisal import cycle, year_end
from hrplanner.services.appraisal.year_end import YearEndEntry
from hrplanner.services.staff import roster
from hrplanner.storage.database import Database
from hrplanner.ui.appraisal.records_dialogs import CommitteeDialog, RewardsDialog
from hrplanner.ui.appraisal.year_end_model import ITEM
from hrplanner.ui.appraisal.year_end_page import YearEndPage
from hrplanner.ui.shell.pages import PAGES, UiContext
from hrplanner.ui.shell.translators import install_translators

from ..conftest import FakePrompts, person

TODAY = dt.date(2025, 12, 10)
CJK = re.compile(r"[\u4e00-\u9fff]")
SHOTS = Path(__file__).resolve().parents[3] / "build" / "screenshots"


@pytest.fixture
def staff(sqlite_db: Database) -> dict[str, int]:
    ids = {}
    people = [
        ("S1", "簡一", "簡任"),
        ("S2", "簡二", "簡任"),
        ("S3", "簡三", "簡任"),
        ("S4", "簡四", "簡任"),
        ("J1", "薦一", "薦任"),
        ("T1", "師一", ""),
    ]
    for no, name, rank in people:
        category = "教師" if no == "T1" else "公務人員"
        ids[no] = roster.create(
            sqlite_db,
            person(
                no,
                name,
                "人事室",
                hire_date=dt.date(2015, 1, 1),
                rank_group=rank,
                category=category,
            ),
        )
    return ids


@pytest.fixture
def page(ctx: UiContext, staff: dict[str, int], qtbot: QtBot) -> YearEndPage:
    cycle.open_year(ctx.db, 2025, today=dt.date(2025, 1, 5))
    for no, score in (("S1", 85), ("S2", 82), ("S3", 75)):
        row = next(r for r in year_end.year_end_view(ctx.db, 2025).rows if r.employee_no == no)
        year_end.save_entry(
            ctx.db, row.id, YearEndEntry(item_score=score), version=None, today=TODAY
        )
    widget = YearEndPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def row_of(page: YearEndPage, no: str) -> int:
    return next(i for i, r in enumerate(page.model.rows()) if r.employee_no == no)


def simple_ratio(page: YearEndPage) -> dict[str, tuple[int, int, bool]]:
    return {r.rank_group or "": (r.a_count, r.people, r.over) for r in page.ratio}


def open_editor(page: YearEndPage, qtbot: QtBot) -> QLineEdit:
    """F2 on the current cell; the editor it opens (the one with the focus: the editor of
    an earlier edit may still exist, waiting to be deleted)."""
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def test_registered_as_a_page() -> None:
    assert "hrplanner.ui.appraisal.year_end_page:YearEndPage" in {p.factory for p in PAGES}


def test_typing_a_score_updates_the_ratio_live_then_saves(page: YearEndPage, qtbot: QtBot) -> None:
    assert page.year() == 2025
    assert simple_ratio(page) == {"簡任": (2, 4, False), "薦任": (0, 1, False)}
    row = row_of(page, "S4")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, ITEM))
    editor = open_editor(page, qtbot)
    qtbot.keyClicks(editor, "8")
    assert "甲 2／4 人" in page.ratio_label.text()  # 8 points: still 丁, nothing changes
    qtbot.keyClicks(editor, "8")
    # 88 while typing: S4 would be 甲, 3 of 4 = 75% — at the limit, not over.
    assert "甲 3／4 人（75%）" in page.ratio_label.text()
    assert page.model.data(page.model.index(row, 12)) == "甲"
    assert year_end.year_end_view(page.ctx.db, 2025).rows[row].score is None  # not saved yet
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    saved = page.model.row_at(row)
    assert (saved.score, saved.grade, saved.status) == (88, "甲", "已評擬")
    # Now S3 typed up to 甲 would make it 4 of 4: over the 75% limit, shown in red.
    page.table.setCurrentIndex(page.model.index(row_of(page, "S3"), ITEM))
    editor = open_editor(page, qtbot)
    editor.selectAll()
    qtbot.keyClicks(editor, "90")
    assert "甲 4／4 人（100%）" in page.ratio_label.text() and "⚠" in page.ratio_label.text()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def test_the_panel_follows_a_score_typed_in_the_table(page: YearEndPage, qtbot: QtBot) -> None:
    """A score typed in the table, then the kind changed in the panel beside it: the panel
    acts on the row as just saved, not on the copy it showed before (which the service
    would refuse as changed by someone else)."""
    row = row_of(page, "S4")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, ITEM))
    detail = page.detail
    assert detail.row is not None and detail.row.employee_no == "S4"
    editor = open_editor(page, qtbot)
    qtbot.keyClicks(editor, "86")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    assert detail.row is not None and detail.row.version == page.model.row_at(row).version
    assert detail.forward_button.text() == "送初核"  # 已評擬 now, as the table says
    detail.kind_combo.setCurrentIndex(detail.kind_combo.findData("另予考績"))
    detail.reason.setText("自他機關調任")
    qtbot.mouseClick(detail.kind_button, Qt.MouseButton.LeftButton)
    assert detail.error.text() == ""
    saved = page.model.row_at(row_of(page, "S4"))
    assert (saved.kind, saved.item_score) == ("另予考績", 86)


def test_detail_panel_kind_ground_and_workflow(page: YearEndPage, qtbot: QtBot) -> None:
    page.table.selectRow(row_of(page, "J1"))
    detail = page.detail
    assert detail.row is not None and detail.row.employee_no == "J1"
    detail.kind_combo.setCurrentIndex(detail.kind_combo.findData("另予考績"))
    qtbot.mouseClick(detail.kind_button, Qt.MouseButton.LeftButton)
    assert "須填寫理由" in detail.error.text()
    detail.reason.setText("自他機關調任")
    qtbot.mouseClick(detail.kind_button, Qt.MouseButton.LeftButton)
    assert page.model.row_at(row_of(page, "J1")).kind == "另予考績"
    assert simple_ratio(page) == {"簡任": (2, 4, False)}  # 另予 is outside the ratio
    # A 丁 needs its ground.
    page.table.selectRow(row_of(page, "S3"))
    row = page.model.row_at(row_of(page, "S3"))
    year_end.save_entry(
        page.ctx.db, row.id, YearEndEntry(item_score=55), version=row.version, today=TODAY
    )
    page.refresh()
    page.table.selectRow(row_of(page, "S3"))
    assert "考列丁等須記載" in detail.problems_label.text()
    detail.ground_combo.setCurrentIndex(detail.ground_combo.findData("6-3-3"))
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert page.model.row_at(row_of(page, "S3")).problems == ()
    # 送初核 needs the committee's meeting date.
    page.table.selectRow(row_of(page, "S1"))
    qtbot.mouseClick(detail.forward_button, Qt.MouseButton.LeftButton)
    assert "開會日期" in detail.error.text()
    dialog = CommitteeDialog(page.ctx, page, year=2025)
    qtbot.addWidget(dialog)
    dialog.meeting.setText("115/01/08")
    dialog.members.setPlainText("主任委員 王大明\n委員 李小華")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert cycle.get_cycle(page.ctx.db, 2025).members == (
        ("王大明", "主任委員"),
        ("李小華", "委員"),
    )  # type: ignore[union-attr]
    page.table.selectRow(row_of(page, "S1"))
    qtbot.mouseClick(detail.forward_button, Qt.MouseButton.LeftButton)
    assert page.model.row_at(row_of(page, "S1")).status == "初核"


def test_an_approved_score_changes_only_with_a_reason(
    page: YearEndPage, qtbot: QtBot, prompts: FakePrompts
) -> None:
    cycle.set_committee(page.ctx.db, 2025, dt.date(2026, 1, 8), [])
    s1 = page.model.row_at(row_of(page, "S1"))
    for step in ("初核", "覆核", "已核定"):
        year_end.move_status(page.ctx.db, [s1.id], step, today=TODAY)
    page.refresh()
    index = page.model.index(row_of(page, "S1"), ITEM)
    assert not page.model.setData(index, "70")
    assert prompts.calls[-1][0] == "error" and "修改理由" in prompts.calls[-1][2]
    page.table.selectRow(row_of(page, "S1"))
    page.detail.reason.setText("覆核更正")
    assert page.model.setData(index, "70")
    assert page.model.row_at(row_of(page, "S1")).grade == "乙"


def test_a_stale_copy_is_refused(page: YearEndPage, prompts: FakePrompts) -> None:
    s2 = page.model.row_at(row_of(page, "S2"))
    year_end.save_entry(
        page.ctx.db, s2.id, YearEndEntry(item_score=70), version=s2.version, today=TODAY
    )
    assert not page.model.setData(page.model.index(row_of(page, "S2"), ITEM), "90")
    assert "已被他人修改" in prompts.calls[-1][2]


def test_the_register_changes_the_score(page: YearEndPage, qtbot: QtBot) -> None:
    s1 = page.model.row_at(row_of(page, "S1"))
    dialog = RewardsDialog(page.ctx, page, year=2025, employee_id=s1.employee_id)
    qtbot.addWidget(dialog)
    dialog.number.setText("S1")
    dialog.day.setText("114/06/01")
    dialog.kind.setCurrentIndex(dialog.kind.findData("記功"))
    dialog.count.setValue(2)
    dialog.doc_no.setText("府人字第1號")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "" and dialog.model.rowCount() == 1
    assert "+6" in dialog.total_label.text()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # the same record again
    assert "同文號" in dialog.error.text()
    assert dialog.changed
    page.refresh()
    after = page.model.row_at(row_of(page, "S1"))
    assert (after.net_points, after.score) == (6, 91)
    assert "記功 2 次" in " ".join(e.message for e in after.evidence)


def test_teachers_tab(page: YearEndPage, qtbot: QtBot) -> None:
    tab = page.teachers
    assert tab.model.rowCount() == 1 and "113學年度" in tab.title_label.text()
    tab.table.selectRow(0)
    tab.outcome_combo.setCurrentIndex(tab.outcome_combo.findData("4-1-2"))
    qtbot.mouseClick(tab.set_button, Qt.MouseButton.LeftButton)
    assert tab.model.row_at(0).outcome == "4-1-2" and tab.model.row_at(0).status == "已評擬"


def test_year_not_opened(ctx: UiContext, staff: dict[str, int], qtbot: QtBot) -> None:
    widget = YearEndPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0 and "尚未開辦" in widget.count_label.text()


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_screenshots(page: YearEndPage, qapp: QApplication, language: str) -> None:
    install_translators(qapp, language)
    try:
        widget = YearEndPage(page.ctx, today=lambda: TODAY)
        widget.resize(1100, 700)
        widget.show()
        widget.table.selectRow(0)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(SHOTS / f"year_end_{language}.png"))
        assert widget.width() <= 1100
        if language == "en":  # the program's own words are English; data stays as it is
            texts = [b.text() for b in widget.findChildren(QAbstractButton)]
            header = widget.table.model()
            texts += [
                str(header.headerData(c, Qt.Orientation.Horizontal))
                for c in range(header.columnCount())
            ]
            assert [t for t in texts if CJK.search(t)] == []
        widget.close()
    finally:
        install_translators(qapp, "zh_TW")


def test_the_teachers_are_read_off_the_window_thread(
    ctx: UiContext, staff: dict[str, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the window's background runner the teachers' tab reads its school year on a
    reader thread (the page reads again whenever it is shown), then shows the rows; a
    refresh keeps the rows shown meanwhile."""
    import threading
    from dataclasses import replace

    from hrplanner.services.appraisal import teachers
    from hrplanner.ui.shell.tasks import TaskRunner

    cycle.open_year(ctx.db, 2025, today=dt.date(2025, 1, 5))
    threads: list[threading.Thread] = []
    real = teachers.list_teachers

    def recorded(db: Database, school_year: int) -> list[teachers.TeacherRow]:
        threads.append(threading.current_thread())
        return real(db, school_year)

    monkeypatch.setattr(teachers, "list_teachers", recorded)
    runner = TaskRunner()
    widget = YearEndPage(replace(ctx, runner=runner), today=lambda: TODAY)
    qtbot.addWidget(widget)
    tab = widget.teachers
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert "113學年度" in tab.title_label.text()
    assert threads and threading.main_thread() not in threads

    threads.clear()
    widget.refresh()
    assert tab.model.rowCount() == 1  # the same school year: the rows stay meanwhile
    qtbot.waitUntil(lambda: len(threads) == 1 and not tab.rows_load.running)
    assert threading.main_thread() not in threads and tab.model.rowCount() == 1
    runner.wait()

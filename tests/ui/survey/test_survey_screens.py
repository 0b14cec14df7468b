"""The survey screens (R19), driven from the keyboard and the buttons: forms typed into the
grid with digits (0 for a blank, Delete to clear, text for the open question), the results
with a chart per question, the questionnaire frozen after the first form, the online-form
import with its remembered mapping, the template dialog, the year's page, the 滿意度 tab of
the classes page, and English chrome."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hrplanner.services.survey import importing, responses, results, templates
from hrplanner.storage.models import Employee
from hrplanner.ui.shell.pages import PAGES, UiContext
from hrplanner.ui.survey.page import SurveyPage
from hrplanner.ui.survey.panel import RESULTS_TAB, SurveyPanel
from hrplanner.ui.survey.template_dialog import TemplateDialog

from ...services.survey.conftest import add_class
from ..conftest import FakePrompts

SHOTS = Path("/tmp/shots")
TODAY = dt.date(2025, 12, 1)


def make_class(ctx: UiContext, people: dict[str, int], code: str = "114-001") -> int:
    with ctx.db.session() as s:
        ids = list(s.scalars(select(Employee.id).order_by(Employee.id)))
        return add_class(
            s, code, ids, 3, category="創新設計力", organizer="人事室", topic="業務相關"
        )


def make_panel(qtbot: QtBot, ctx: UiContext, class_id: int) -> SurveyPanel:
    panel = SurveyPanel(ctx, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    panel.set_class(class_id, "114-001")
    return panel


def type_keys(qtbot: QtBot, panel: SurveyPanel, keys: str) -> None:
    view = panel.grid.view
    view.setFocus()
    for key in keys:
        qtbot.keyClick(view, getattr(Qt.Key, f"Key_{key}"))


def test_registered_as_a_page() -> None:
    assert "hrplanner.ui.survey.page:SurveyPage" in {p.factory for p in PAGES}


def test_forms_typed_from_the_keyboard(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], prompts: FakePrompts
) -> None:
    class_id = make_class(ctx, people)
    panel = make_panel(qtbot, ctx, class_id)
    grid = panel.grid
    assert grid.model is not None and grid.model.rowCount() == 1  # the new form only
    assert panel.template_combo.isEnabled()
    # Form 1: 5 4 4 5 5, then the open question is skipped by the digits (it is text).
    type_keys(qtbot, panel, "54455")
    assert grid.model.rowCount() == 2
    current = grid.view.currentIndex()
    assert (current.row(), current.column()) == (0, 6)  # on the open question
    qtbot.keyClick(grid.view, "G")  # a letter on the open question opens its editor
    editor = grid.view.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "ood")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Form 2 starts on its first question: 4, blank, 3, 3, 4.
    grid.view.setCurrentIndex(grid.model.index(1, 1))
    type_keys(qtbot, panel, "40334")
    form = responses.response_grid(ctx.db, class_id).rows
    assert [(f.number, dict(f.ratings), dict(f.texts)) for f in form] == [
        (1, {1: 5, 2: 4, 3: 4, 4: 5, 5: 5}, {6: "Good"}),
        (2, {1: 4, 3: 3, 4: 3, 5: 4}, {}),
    ]
    assert "已輸入 2 份；取得時數 3 人；回收率 66.7%" in grid.status_label.text()
    assert not panel.template_combo.isEnabled() and "不能更換" in panel.template_note.text()
    # Delete clears the selected cell; digits outside 1–5 do nothing.
    grid.view.setCurrentIndex(grid.model.index(1, 1))
    grid.view.selectionModel().select(
        grid.model.index(1, 1), grid.view.selectionModel().SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    qtbot.keyClick(grid.view, Qt.Key.Key_9)
    assert dict(responses.response_grid(ctx.db, class_id).rows[1].ratings) == {3: 3, 4: 3, 5: 4}

    panel.tabs.setCurrentIndex(RESULTS_TAB)
    view = panel.results
    assert "回收問卷 2 份／取得時數 3 人，回收率 66.7%" in view.summary.text()
    assert view.table.item(0, 3).text() == "5.00"  # question 1: only form 1 answered it now
    assert len(view.charts) == 5
    assert view.charts[1].bar_texts() == [
        "0（0.0%）",
        "1（100.0%）",
        "0（0.0%）",
        "0（0.0%）",
        "0（0.0%）",
    ]
    assert "6. Good" in view.open_answers.toPlainText()
    SHOTS.mkdir(exist_ok=True)
    panel.grab().save(str(SHOTS / "survey-results.png"))

    # Deleting every form lets the class choose its questionnaire again.
    grid.view.selectAll()
    prompts.confirm_by_default = True
    panel.tabs.setCurrentIndex(0)
    qtbot.mouseClick(grid.delete_button, Qt.MouseButton.LeftButton)
    assert responses.response_grid(ctx.db, class_id).rows == ()


def online_form(path: Path) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["時間戳記", "課程內容滿意嗎", "講座", "時間", "場地", "整體", "建議"])
        writer.writerow(["2025/12/1 上午9:00:00", "非常滿意", "滿意", "4", "普通", "5", "很好"])
        writer.writerow(["2025/12/1 上午9:05:00", "5", "", "滿意(4)", "4", "非常滿意", ""])
    return path


def test_online_form_import_remembers_its_mapping(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], prompts: FakePrompts, tmp_path: Path
) -> None:
    class_id = make_class(ctx, people)
    panel = make_panel(qtbot, ctx, class_id)
    path = online_form(tmp_path / "form.csv")
    dialog = panel.make_import_dialog()
    qtbot.addWidget(dialog)
    assert dialog.class_code() == "114-001"
    prompts.answers["open_file"] = [path]
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.mapping() == {}  # nothing names a question by itself
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "沒有任何欄位對應到班期「114-001」問卷的題目" in " ".join(
        p.message for p in dialog.problems.problems
    )
    for n, header in enumerate(["課程內容滿意嗎", "講座", "時間", "場地", "整體", "建議"], start=1):
        dialog.set_target(header, importing.question_target(n))
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "將新增 2 份" in dialog.summary.text() and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported is not None and len(dialog.imported.added) == 2
    figures = results.class_figures(ctx.db, class_id)
    assert figures.results.responses == 2
    assert [q.tally.mean_text for q in figures.results.questions[:5]] == [
        "5.00", "4.00", "4.00", "3.50", "5.00"
    ]  # fmt: skip
    again = panel.make_import_dialog()
    qtbot.addWidget(again)
    again.load_file(path)
    assert again.mapping()["建議"] == "第6題"  # remembered for these headers


def test_template_dialog_adds_a_question(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int]
) -> None:
    dialog = TemplateDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 6
    qtbot.mouseClick(dialog.add_question_button, Qt.MouseButton.LeftButton)
    dialog.table.item(6, 1).setText("對承辦人員服務之滿意程度")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = templates.list_templates(ctx.db)[0]
    assert [q.number for q in saved.questionnaire.questions] == [1, 2, 3, 4, 5, 6, 7]
    assert saved.questionnaire.questions[6].text == "對承辦人員服務之滿意程度"
    dialog.table.item(0, 1).setText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "未填題目文字" in dialog.errors.text()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert [t.name for t in templates.list_templates(ctx.db)] == ["研習課程滿意度調查", "新問卷"]


def test_the_year_page_and_the_classes_tab(
    qtbot: QtBot, qapp: QApplication, ctx: UiContext, people: dict[str, int]
) -> None:
    from hrplanner.ui.shell.translators import install_translators
    from hrplanner.ui.training.classes_page import ClassesPage

    from ..shell.test_english import chinese

    class_id = make_class(ctx, people)
    responses.set_answers(ctx.db, class_id, [responses.AnswerChange(1, q, 4) for q in range(1, 6)])
    page = SurveyPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    assert [c.code for c in page.model.rows()] == ["114-001"]
    assert "1 個班期有問卷回覆，共 1 份；回收率 33.3%；平均滿意度 4.00" in page.total_label.text()
    page.table.selectRow(0)
    assert page.panel.class_id == class_id and page.panel.grid.model is not None
    page.grab().save(str(SHOTS / "survey-page.png"))

    classes_page = ClassesPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(classes_page)
    classes_page.year_combo.setCurrentIndex(classes_page.year_combo.findData(2025))
    classes_page.select_id(class_id)
    classes_page.tabs.setCurrentWidget(classes_page.survey)
    assert classes_page.survey.class_id == class_id
    assert (
        classes_page.survey.grid.model is not None
        and classes_page.survey.grid.model.rowCount() == 2
    )

    install_translators(qapp, "en")
    try:
        english = SurveyPage(ctx, today=lambda: TODAY)
        qtbot.addWidget(english)
        english.table.selectRow(0)
        data = ("研習課程滿意度調查", "114-001", "公文寫作")
        found = [c for c in chinese(english) if not any(d in c[1] for d in data)]
        # The question labels in the grid's header are the agency's wording (data).
        assert [c for c in found if c[0] != "header"] == []
        english.resize(1100, 700)
        english.grab().save(str(SHOTS / "survey-page-en.png"))
    finally:
        install_translators(qapp, "zh_TW")


def test_the_questionnaire_is_read_off_the_window_thread(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the window's background runner the class's questionnaire and the templates are
    read on a reader thread (every refresh of the classes page shows the class again), then
    shown in the combo; the same class shown again keeps the combo meanwhile."""
    import threading
    from dataclasses import replace

    from hrplanner.ui.shell.tasks import TaskRunner

    class_id = make_class(ctx, people)
    threads: list[threading.Thread] = []
    real_chosen, real_list = templates.class_questionnaire, templates.list_templates

    def chosen(db: object, class_id: int) -> object:
        threads.append(threading.current_thread())
        return real_chosen(db, class_id)  # type: ignore[arg-type]

    def listed(db: object) -> object:
        threads.append(threading.current_thread())
        return real_list(db)  # type: ignore[arg-type]

    monkeypatch.setattr(templates, "class_questionnaire", chosen)
    monkeypatch.setattr(templates, "list_templates", listed)
    runner = TaskRunner()
    panel = make_panel(qtbot, replace(ctx, runner=runner), class_id)
    qtbot.waitUntil(lambda: panel.template_combo.count() == 1)
    assert panel.template_combo.isEnabled()
    assert panel.template_combo.currentText() == "研習課程滿意度調查（預設）"
    assert threads and threading.main_thread() not in threads

    threads.clear()
    panel.set_class(class_id, "114-001")  # the same class again: the combo stays meanwhile
    assert panel.template_combo.count() == 1 and panel.template_combo.isEnabled()
    qtbot.waitUntil(lambda: len(threads) == 2)
    assert threading.main_thread() not in threads
    runner.wait()

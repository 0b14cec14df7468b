"""The plans page: the examples offered and imported, plans, strategies, actions and progress
added through their dialogs, classes linked through the picker, the year's report printed."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from hrplanner.services.plans import editing, examples
from hrplanner.services.training import classes
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.ui.plans.dialogs import ActionDialog
from hrplanner.ui.plans.plans_page import ACTION, STRATEGY, PlansPage
from hrplanner.ui.shell.pages import UiContext

from ..conftest import FakePrompts
from ..shell.test_dialogs import click_ok

TODAY = dt.date(2026, 5, 1)


def make_page(qtbot: QtBot, ctx: UiContext) -> PlansPage:
    page = PlansPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def run_dialog(page: PlansPage, factory: str, fill, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """Make the page's next dialog of ``factory`` fill itself and press OK."""
    original = getattr(page, factory)

    def make(*args):  # type: ignore[no-untyped-def]
        dialog = original(*args)
        qtbot.addWidget(dialog)

        def exec_() -> int:
            fill(dialog)
            click_ok(qtbot, _box(dialog))
            return int(dialog.result())

        dialog.exec = exec_
        return dialog

    setattr(page, factory, make)


def _box(dialog):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.findChild(QDialogButtonBox)


def test_empty_page_offers_the_examples(qtbot: QtBot, ctx: UiContext, prompts: FakePrompts) -> None:
    page = make_page(qtbot, ctx)
    assert page.plan_combo.count() == 0
    assert page.empty_label.isVisible()
    assert not page.add_strategy_button.isEnabled()
    prompts.answers["choose"] = ["全部四個範例計畫"]
    qtbot.mouseClick(page.examples_button, qtbot_left())
    assert prompts.calls[-1] == ("info", "匯入範例計畫", "已匯入 4 個範例計畫。")
    assert page.plan_combo.count() == 4
    assert not page.empty_label.isVisible()
    page.select_plan("103-嘉義市組織文化")
    assert page.tree.topLevelItemCount() == 4
    first = page.tree.topLevelItem(0)
    assert first is not None and first.childCount() == 2
    page.tree.setCurrentItem(first.child(0))
    assert page.schedule_label.text().startswith("103年5月~104年4月\n自民國103年5月至104年4月")
    assert "本府人事處" in page.units_label.text()


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_build_a_plan_through_the_dialogs(
    qtbot: QtBot, ctx: UiContext, prompts: FakePrompts
) -> None:
    page = make_page(qtbot, ctx)

    def plan(d):  # type: ignore[no-untyped-def]
        d.code.setText("115-訓練")
        d.name.setText("115年度訓練進修計畫")
        d.first_year.setText("115")
        d.last_year.setText("115")

    run_dialog(page, "make_plan_dialog", plan, qtbot)
    qtbot.mouseClick(page.new_plan_button, qtbot_left())
    assert page.plan_code() == "115-訓練"
    assert "115 至 115 年" in page.plan_info.text()

    run_dialog(page, "make_strategy_dialog", lambda d: (d.number.setText("一"),
               d.name.setPlainText("強化核心價值")), qtbot)  # fmt: skip
    qtbot.mouseClick(page.add_strategy_button, qtbot_left())
    assert page.selected() is not None and page.selected()[0] == STRATEGY

    def action(d: ActionDialog) -> None:
        d.number.setText("1")
        d.text.setPlainText("辦理公務倫理研習")
        d.schedule.setText("115年3月至10月")
        d.show_understood()
        assert d.understood.text() == "自民國115年3月至115年10月。"
        d.indicators.setPlainText("辦理2場次")
        d.promoting.setText("人事室")

    run_dialog(page, "make_action_dialog", action, qtbot)
    qtbot.mouseClick(page.add_action_button, qtbot_left())
    assert page.selected() is not None and page.selected()[0] == ACTION
    assert page.action_title.text() == "1　辦理公務倫理研習"

    run_dialog(page, "make_progress_dialog", lambda d: (d.text.setPlainText("完成第1場"),
               d.percent.setValue(50)), qtbot)  # fmt: skip
    qtbot.mouseClick(page.add_progress_button, qtbot_left())
    assert page.progress_table.rowCount() == 1
    assert page.progress_table.item(0, 0).text() == "115/05/01"
    assert page.progress_table.item(0, 2).text() == "50%"
    top = page.tree.topLevelItem(0)
    assert top is not None and top.child(0).text(2) == "50%"

    # Link a class through the picker: search narrows the list, the selection is linked.
    detail = classes.create_class(
        ctx.db,
        ClassInput("115-001", "公務倫理研習"),
        [SessionInput(dt.date(2026, 4, 1), "廉政與服務倫理", dt.time(9), dt.time(12))],
    )
    classes.create_class(
        ctx.db,
        ClassInput("115-002", "公文寫作"),
        [SessionInput(dt.date(2026, 4, 2), "業務相關", dt.time(9), dt.time(12))],
    )
    original = page.make_class_picker

    def picker():  # type: ignore[no-untyped-def]
        dialog = original()
        qtbot.addWidget(dialog)

        def exec_() -> int:
            dialog.search.setText("倫理")
            dialog.refresh()
            assert dialog.table.rowCount() == 1
            dialog.select_codes(["115-001"])
            return 1

        dialog.exec = exec_
        return dialog

    page.make_class_picker = picker  # type: ignore[method-assign]
    qtbot.mouseClick(page.link_button, qtbot_left())
    assert page.classes_table.rowCount() == 1
    assert page.classes_table.item(0, 0).text() == "115-001"
    top = page.tree.topLevelItem(0)
    assert top is not None and top.child(0).text(3) == "1"
    tree = editing.plan_tree(ctx.db, "115-訓練")
    assert [c.class_id for c in tree.strategies[0].actions[0].classes] == [detail.summary.id]
    page.classes_table.selectRow(0)
    qtbot.mouseClick(page.unlink_button, qtbot_left())
    assert page.classes_table.rowCount() == 0

    # A strategy is deleted only after the question is answered yes.
    page.select_item(STRATEGY, tree.strategies[0].id)
    prompts.answers["confirm"] = [False]
    qtbot.mouseClick(page.delete_button, qtbot_left())
    assert page.tree.topLevelItemCount() == 1
    prompts.answers["confirm"] = [True]
    qtbot.mouseClick(page.delete_button, qtbot_left())
    assert page.tree.topLevelItemCount() == 0


def test_a_refused_dialog_stays_open_with_the_reason(qtbot: QtBot, ctx: UiContext) -> None:
    examples.import_examples(ctx.db, ["108_嘉義市政府人事處中程施政計畫"])
    page = make_page(qtbot, ctx)
    dialog = page.make_strategy_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.number.setText("一")  # already used by the plan
    click_ok(qtbot, _box(dialog))
    assert dialog.isVisible()
    assert dialog.errors.text() == "策略編號「一」已存在。"


def test_print_the_execution_report(qtbot: QtBot, ctx: UiContext, prompts: FakePrompts) -> None:
    examples.import_examples(ctx.db, ["108_嘉義市政府人事處中程施政計畫"])
    page = make_page(qtbot, ctx)
    assert page.year_combo.currentText() == "111 年度"  # the plan's last year, before today
    qtbot.mouseClick(page.result_print_button, qtbot_left())
    preview = page.outputs.last_preview
    assert preview is not None and preview.page_count() >= 1
    assert preview.windowTitle() == "計畫執行成果報告"
    preview.close()

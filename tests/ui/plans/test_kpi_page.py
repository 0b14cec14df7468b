"""The KPI page: KPIs × years with lights, an actual typed through its dialog, computing the
bound KPIs, the year's final mark refused until every reason is given, chart and outputs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from hrplanner.domain.plans.achievement import Light
from hrplanner.services.plans import examples, kpis
from hrplanner.storage.database import Database
from hrplanner.ui.plans.kpi_page import LIGHT_BRUSHES, KpiPage
from hrplanner.ui.shell.main_window import MainWindow
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import TaskRunner

from ..conftest import FakePrompts
from ..shell.test_dialogs import click_ok

MID = "108-人事處中程"
LEFT = Qt.MouseButton.LeftButton


def make_page(qtbot: QtBot, ctx: UiContext) -> KpiPage:
    examples.import_examples(ctx.db, ["108_嘉義市政府人事處中程施政計畫"])
    page = KpiPage(ctx, today=lambda: dt.date(2021, 1, 10))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def type_actual(page: KpiPage, qtbot: QtBot, no: str, year: int, actual: str,
                reason: str = "", countermeasure: str = "") -> None:  # fmt: skip
    assert page.select_kpi(no, year)
    original = page.make_actual_dialog

    def make(row, chosen_year):  # type: ignore[no-untyped-def]
        dialog = original(row, chosen_year)
        qtbot.addWidget(dialog)

        def exec_() -> int:
            dialog.actual.setText(actual)
            dialog.reason.setPlainText(reason)
            dialog.countermeasure.setPlainText(countermeasure)
            click_ok(qtbot, dialog.findChild(QDialogButtonBox))
            return int(dialog.result())

        dialog.exec = exec_
        return dialog

    page.make_actual_dialog = make  # type: ignore[method-assign]
    qtbot.mouseClick(page.actual_button, LEFT)


def test_table_of_kpis_by_year(qtbot: QtBot, ctx: UiContext) -> None:
    page = make_page(qtbot, ctx)
    assert page.plan_code() == MID
    assert page.year() == 2020  # the year just ended: 109
    model = page.model
    assert model.rowCount() == 19
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["KPI編號", "指標名稱", "資料來源", "108年", "109年", "110年", "111年",
                       "落後原因", "因應策略"]  # fmt: skip
    assert model.data(model.index(0, 4)) == "— / ≦20"
    assert model.data(model.index(9, 2)) == "compliance_rate"
    assert "白燈（尚無實際值）19" in page.status.text()


def test_type_an_actual_and_see_its_light_and_chart(qtbot: QtBot, ctx: UiContext) -> None:
    page = make_page(qtbot, ctx)
    type_actual(page, qtbot, "2-2", 2020, "75%")
    model = page.model
    row = next(r for r, k in enumerate(model.rows()) if k.kpi_no == "2-2")
    index = model.index(row, model.column_of_year(2020))
    assert model.data(index) == "75% / 80% (93.8%)"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is LIGHT_BRUSHES[Light.YELLOW]
    assert page.chart.years == ["108", "109", "110", "111"]
    assert page.chart.targets == [Decimal("80.00")] * 4
    assert page.chart.actuals == [None, Decimal("75.00"), None, None]
    assert page.chart.lights[1] == "黃"
    # A unit that does not fit is refused in the dialog, which stays open.
    assert page.select_kpi("5-6", 2020)
    dialog = page.make_actual_dialog(model.rows()[16], 2020)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.actual.setText("3場次")
    click_ok(qtbot, dialog.findChild(QDialogButtonBox))
    assert dialog.isVisible() and "單位" in dialog.errors.text()


def test_compute_then_final_mark(qtbot: QtBot, ctx: UiContext, prompts: FakePrompts) -> None:
    page = make_page(qtbot, ctx)
    qtbot.mouseClick(page.compute_button, LEFT)
    # Every measure has its provider: nothing is reported missing.
    assert not any("資料尚未提供" in call[2] for call in prompts.calls)
    cell = next(r for r in page.model.rows() if r.kpi_no == "2-4").cells[2020]
    assert cell.source == kpis.COMPUTED and cell.actual_text == "0班"
    qtbot.mouseClick(page.final_button, LEFT)
    kind, _title, text = prompts.calls[-1]
    assert kind == "error" and "KPI 1-1「組織架構合理規劃。」109年尚未填實際值。" in text
    assert page.final_button.text() == "定稿"
    for row in page.model.rows():
        cell = row.cells[2020]
        if cell.source == kpis.COMPUTED:
            kpis.explain(ctx.db, row.id, 2020, "尚未辦理", "下半年辦理")
        else:
            kpis.set_actual(ctx.db, row.id, 2020, cell.target_text.lstrip("≦"), "", "")
    page.reload()
    before = len(prompts.calls)
    qtbot.mouseClick(page.final_button, LEFT)
    assert len(prompts.calls) == before, prompts.calls[-1]
    assert page.final_button.text() == "取消定稿"
    assert not page.compute_button.isEnabled()
    assert "本年度報告已定稿" in page.status.text()
    prompts.answers["confirm"] = [True]
    qtbot.mouseClick(page.final_button, LEFT)
    assert page.final_button.text() == "定稿"


def test_print_and_export(
    qtbot: QtBot, ctx: UiContext, prompts: FakePrompts, tmp_path: Path
) -> None:
    page = make_page(qtbot, ctx)
    qtbot.mouseClick(page.print_button, LEFT)
    preview = page.outputs.last_preview
    assert preview is not None and preview.page_count() >= 2
    preview.close()
    prompts.answers["save_file"] = [tmp_path / "kpi"]
    qtbot.mouseClick(page.export_button, LEFT)
    assert (tmp_path / "kpi.xlsx").exists()
    assert prompts.calls[-1][0] == "info" and "76 列" in prompts.calls[-1][2]


def test_english_chrome_of_both_pages(qtbot: QtBot, qapp, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    from hrplanner.ui.plans.dialogs import ActionDialog, PlanDialog
    from hrplanner.ui.plans.plans_page import PlansPage
    from hrplanner.ui.shell.translators import install_translators

    from ..shell.test_english import chinese

    install_translators(qapp, "en")
    try:
        pages = [PlansPage(ctx), KpiPage(ctx), PlanDialog(ctx), ActionDialog(ctx, 1)]
        for widget in pages:
            qtbot.addWidget(widget)
            # Examples of what officers type (schedules, targets) are Chinese in both languages.
            found = [(w, t) for w, t in chinese(widget) if not t.startswith("e.g.")]
            assert found == [], type(widget).__name__
        assert pages[0].examples_button.text() == "Import example plans…"
        dialog = pages[0].make_import_dialog()  # the file actions translate as the page
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Import plans"
    finally:
        install_translators(qapp, "zh_TW")


def test_opened_from_elsewhere_it_shows_the_plan_and_year_asked_for(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    """The home page's KPI card opens the page with a plan and a year: the page is built
    then, its plan list still loading on a reader thread, and must not be left empty."""
    examples.import_examples(sqlite_db, ["108_嘉義市政府人事處中程施政計畫"])
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    ctx = UiContext(sqlite_db, FakePrompts(), runner, settings)
    window = MainWindow(settings, ctx.prompts, "zh_TW")
    qtbot.addWidget(window)
    window.attach(ctx)
    window.show()
    page = window.navigate("kpis", plan=MID, year=2021)
    assert isinstance(page, KpiPage)
    qtbot.waitUntil(lambda: page.model.table is not None and page.year() == 2021, timeout=10000)
    assert page.plan_code() == MID and page.model.rowCount() > 0
    runner.wait()

"""The 考核 tab of the settings dialog: due dates, the 甲 limit, the school switch and the
interim template (checked by the domain's rule), saved through the real OK button; a year
opened afterwards keeps a copy of the template."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from hrplanner.services.appraisal import cycle, interim
from hrplanner.services.common import settings_service
from hrplanner.settings import Setting
from hrplanner.ui.settings.dialog import SettingsDialog
from hrplanner.ui.shell.pages import UiContext

from ..conftest import person
from ..shell.test_dialogs import click_ok, select


def dialog_on_tab(qtbot: QtBot, ctx: UiContext) -> SettingsDialog:
    settings_service.update(ctx.db, {Setting.AGENCY_NAME: "示範國中"})
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)
    return dialog


def test_bad_values_are_refused_on_the_tab(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = dialog_on_tab(qtbot, ctx)
    tab = dialog.appraisal_tab
    tab.due_1.setText("4月31日")
    tab.items.setPlainText("工作知能\n工作知能")
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "無法辨識" in dialog.errors[Setting.APPRAISAL_INTERIM_DUE_1].text()
    assert "重複" in dialog.errors[Setting.APPRAISAL_INTERIM_TEMPLATE].text()
    assert dialog.tabs.currentIndex() == 3


def test_saved_and_copied_into_the_opened_year(qtbot: QtBot, ctx: UiContext) -> None:
    from hrplanner.services.staff import roster

    roster.create(ctx.db, person("A1", "王小明", hire_date=dt.date(2015, 1, 1)))
    dialog = dialog_on_tab(qtbot, ctx)
    tab = dialog.appraisal_tab
    select(tab.kind, "school")
    tab.due_1.setText("5/10")
    tab.limit.setValue(70)
    tab.items.setPlainText("專業知能\n服務品質\n團隊領導*")
    tab.levels.setPlainText("優 表現優異\n佳 表現良好\n可 尚可")
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = settings_service.get_all(ctx.db)
    assert saved[Setting.AGENCY_KIND] == "school" and saved[Setting.APPRAISAL_A_RATIO_PERCENT] == 70
    cycle.open_year(ctx.db, 2025, today=dt.date(2025, 1, 5))
    found = interim.list_interim(ctx.db, 2025, 1, today=dt.date(2025, 1, 5))
    assert found.template.item_names == ("專業知能", "服務品質", "團隊領導")
    assert found.template.level_codes == ("優", "佳", "可")
    assert found.period.due == dt.date(2025, 5, 10)
    # Editing the agency's template later leaves the opened year as it was.
    settings_service.update(ctx.db, {Setting.APPRAISAL_INTERIM_TEMPLATE: ""})
    again = interim.list_interim(ctx.db, 2025, 1, today=dt.date(2025, 1, 5))
    assert again.template.item_names == ("專業知能", "服務品質", "團隊領導")

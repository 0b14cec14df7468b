"""開辦年度 (``appraisal open YEAR`` in the window, R13–R14): the year, the staff categories
in scope, the interim due dates, a third period, the year-end due date and the 甲等 limit.

The dates and the limit are agency settings: the dialog saves them, then opens the year in
the background and says what it did. Opening again only adds and refreshes (see
``services.appraisal.cycle``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.appraisal.cycle import parse_month_day
from hrplanner.domain.rocdate import format_date
from hrplanner.services.appraisal import cycle
from hrplanner.services.appraisal.config import split_categories
from hrplanner.services.appraisal.cycle import OpenReport
from hrplanner.services.common import reference, settings_service
from hrplanner.settings import Setting
from hrplanner.ui.appraisal.common import roc, term
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.widgets import ErrorLabel
from hrplanner.ui.training.models import is_refusal, refusal_text


class OpenYearDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.report: OpenReport | None = None
        self.setWindowTitle(self.tr("開辦考核年度"))
        values = settings_service.get_all(ctx.db)
        this_year = today().year
        self.year_combo = QComboBox()
        for y in range(this_year + 1, this_year - 10, -1):
            self.year_combo.addItem(self.tr("%1 年度").replace("%1", str(roc(y))), y)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year or this_year)))
        chosen = split_categories(str(values[Setting.APPRAISAL_CATEGORIES]))
        self.categories: dict[str, QCheckBox] = {}
        boxes = QHBoxLayout()
        for item in reference.list_items(ctx.db, "staff_category"):
            box = QCheckBox(item.name)  # the agency's own list (data)
            box.setChecked(item.name in chosen)
            self.categories[item.name] = box
            boxes.addWidget(box)
        self.due_1 = QLineEdit(str(values[Setting.APPRAISAL_INTERIM_DUE_1]))
        self.due_2 = QLineEdit(str(values[Setting.APPRAISAL_INTERIM_DUE_2]))
        self.period_3 = QCheckBox(self.tr("另辦第 3 期（9 月至 12 月，截止日同年終考績）"))
        self.period_3.setChecked(bool(values[Setting.APPRAISAL_INTERIM_PERIOD_3]))
        self.year_end_due = QLineEdit(str(values[Setting.APPRAISAL_YEAR_END_DUE]))
        self.year_end_due.setToolTip(
            self.tr("1 月至 8 月的日期屬於次年，例如 01-31 為次年 1 月 31 日")
        )
        self.limit = QSpinBox()
        self.limit.setRange(0, 100)
        self.limit.setSuffix("%")
        self.limit.setValue(int(values[Setting.APPRAISAL_A_RATIO_PERCENT]))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("年度"), self.year_combo)
        form.addRow(self.tr("考核的人員類別"), boxes)
        form.addRow(self.tr("第 1 期截止（月-日）"), self.due_1)
        form.addRow(self.tr("第 2 期截止（月-日）"), self.due_2)
        form.addRow("", self.period_3)
        form.addRow(self.tr("年終考績完成日期（月-日）"), self.year_end_due)
        form.addRow(self.tr("各官等甲等比例上限"), self.limit)
        note = QLabel(
            self.tr(
                "再次開辦同一年度只會加入新進人員並更新尚未評分者的考績種類，不會變更已輸入的資料。"
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def chosen_categories(self) -> list[str]:
        return [name for name, box in self.categories.items() if box.isChecked()]

    def problems(self) -> list[str]:
        found = []
        for edit in (self.due_1, self.due_2, self.year_end_due):
            try:
                parse_month_day(edit.text())
            except ValueError as exc:
                found.append(str(exc))
        if not self.chosen_categories():
            found.append(self.tr("請至少選擇一個人員類別"))
        return found

    def save(self) -> None:
        found = self.problems()
        if found:
            self.error.show_message("\n".join(found))
            return
        categories = self.chosen_categories()
        settings_service.update(
            self.ctx.db,
            {
                Setting.APPRAISAL_CATEGORIES: ",".join(categories),
                Setting.APPRAISAL_INTERIM_DUE_1: parse_month_day(self.due_1.text()).text(),
                Setting.APPRAISAL_INTERIM_DUE_2: parse_month_day(self.due_2.text()).text(),
                Setting.APPRAISAL_INTERIM_PERIOD_3: self.period_3.isChecked(),
                Setting.APPRAISAL_YEAR_END_DUE: parse_month_day(self.year_end_due.text()).text(),
                Setting.APPRAISAL_A_RATIO_PERCENT: self.limit.value(),
            },
        )
        year, today = int(self.year_combo.currentData()), self.today()
        self.buttons.setEnabled(False)
        self.ctx.runner.run(
            lambda _p: cycle.open_year(self.ctx.db, year, today=today, categories=categories),
            on_done=self._opened,
            on_error=self._failed,
        )

    def _opened(self, report: OpenReport) -> None:
        self.report = report
        kinds = "、".join(f"{term(k)} {n}" for k, n in report.kinds.items())
        periods = "、".join(
            self.tr("第 %1 期 %2")
            .replace("%1", str(n))
            .replace("%2", format_date(due, self.ctx.date_style))
            for n, due in report.periods
        )
        text = (
            self.tr("已開辦 %1 年度：考核名單 %2 人（%3）；平時考核 %4；年終考績應於 %5 前完成。")
            .replace("%1", str(roc(report.year)))
            .replace("%2", str(report.people))
            .replace("%3", kinds)
            .replace("%4", periods)
            .replace("%5", format_date(report.due, self.ctx.date_style))
        )
        self.ctx.prompts.info(self, self.tr("開辦考核年度"), text)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not is_refusal(exc):
            raise exc
        self.error.show_message(refusal_text(exc))

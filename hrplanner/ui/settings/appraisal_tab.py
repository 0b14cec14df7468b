"""The 考核 tab of the settings dialog (R13, R14): whether the agency is a school, the staff
categories appraised, the interim and year-end due dates, a third interim period, the 甲等
limit per 官等, and the interim template — items one per line (a trailing * marks one for
supervisors only) and levels one per line as ``code label``.

The template is checked by the domain's own rule (``template_problems``) before it is
saved; a year already opened keeps the copy it was opened with.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.appraisal.cycle import parse_month_day
from hrplanner.domain.appraisal.interim_template import (
    DEFAULT_INTERIM_TEMPLATE,
    InterimItem,
    InterimLevel,
    InterimTemplate,
    template_from_data,
    template_problems,
    template_to_data,
)
from hrplanner.settings import Setting
from hrplanner.ui.shell.widgets import ErrorLabel, fill_combo

SUPERVISORS_MARK = "*"


def template_of(raw: str) -> InterimTemplate:
    try:
        return template_from_data(json.loads(raw)) if raw.strip() else DEFAULT_INTERIM_TEMPLATE
    except ValueError:
        return DEFAULT_INTERIM_TEMPLATE


def parse_lines(items_text: str, levels_text: str) -> tuple[list[InterimItem], list[InterimLevel]]:
    items = []
    for line in items_text.splitlines():
        name = line.strip()
        if name:
            only = name.endswith(SUPERVISORS_MARK)
            items.append(InterimItem(name.rstrip(SUPERVISORS_MARK).strip(), only))
    levels = []
    for line in levels_text.splitlines():
        parts = line.split(maxsplit=1)
        if parts:
            levels.append(InterimLevel(parts[0], parts[1].strip() if len(parts) > 1 else ""))
    return items, levels


class AppraisalSettingsTab(QWidget):
    def __init__(self, initial: dict[Setting, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[Setting, ErrorLabel] = {}
        self.kind = QComboBox()
        fill_combo(
            self.kind,
            [(self.tr("機關"), "agency"), (self.tr("學校（另辦教師成績考核）"), "school")],
            initial[Setting.AGENCY_KIND],
        )
        self.categories = QLineEdit(str(initial[Setting.APPRAISAL_CATEGORIES]))
        self.due_1 = QLineEdit(str(initial[Setting.APPRAISAL_INTERIM_DUE_1]))
        self.due_2 = QLineEdit(str(initial[Setting.APPRAISAL_INTERIM_DUE_2]))
        self.period_3 = QCheckBox(self.tr("另辦第 3 期平時考核（9 月至 12 月）"))
        self.period_3.setChecked(bool(initial[Setting.APPRAISAL_INTERIM_PERIOD_3]))
        self.year_end_due = QLineEdit(str(initial[Setting.APPRAISAL_YEAR_END_DUE]))
        self.year_end_due.setToolTip(
            self.tr("1 月至 8 月的日期屬於次年，例如 01-31 為次年 1 月 31 日")
        )
        self.limit = QSpinBox()
        self.limit.setRange(0, 100)
        self.limit.setSuffix("%")
        self.limit.setValue(int(initial[Setting.APPRAISAL_A_RATIO_PERCENT]))
        template = template_of(str(initial[Setting.APPRAISAL_INTERIM_TEMPLATE]))
        self.items = QPlainTextEdit(
            "\n".join(
                i.name + (SUPERVISORS_MARK if i.supervisors_only else "") for i in template.items
            )
        )
        self.levels = QPlainTextEdit("\n".join(f"{lv.code} {lv.label}" for lv in template.levels))
        for edit in (self.items, self.levels):
            edit.setMaximumHeight(110)
        form = QFormLayout()

        def row(setting: Setting, label: str, field: QWidget) -> None:
            error = ErrorLabel()
            self.errors[setting] = error
            holder = QVBoxLayout()
            holder.setSpacing(2)
            holder.addWidget(field)
            holder.addWidget(error)
            form.addRow(label, holder)

        row(Setting.AGENCY_KIND, self.tr("機關類型"), self.kind)
        row(Setting.APPRAISAL_CATEGORIES, self.tr("考核的人員類別（以逗號分隔）"), self.categories)
        row(Setting.APPRAISAL_INTERIM_DUE_1, self.tr("第 1 期截止（月-日）"), self.due_1)
        row(Setting.APPRAISAL_INTERIM_DUE_2, self.tr("第 2 期截止（月-日）"), self.due_2)
        row(Setting.APPRAISAL_INTERIM_PERIOD_3, "", self.period_3)
        row(Setting.APPRAISAL_YEAR_END_DUE, self.tr("年終考績完成日期（月-日）"), self.year_end_due)
        row(Setting.APPRAISAL_A_RATIO_PERCENT, self.tr("各官等甲等比例上限"), self.limit)
        template_row = QHBoxLayout()
        template_row.addWidget(self.items)
        template_row.addWidget(self.levels)
        holder = QWidget()
        holder.setLayout(template_row)
        row(
            Setting.APPRAISAL_INTERIM_TEMPLATE,
            self.tr("平時考核項目（* 為主管人員）／等級"),
            holder,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def template_text(self) -> str:
        items, levels = parse_lines(self.items.toPlainText(), self.levels.toPlainText())
        if template_problems(items, levels):
            return "\x00"  # reported by problems()
        template = InterimTemplate(tuple(items), tuple(levels))
        if template == DEFAULT_INTERIM_TEMPLATE:
            return ""
        return json.dumps(template_to_data(template), ensure_ascii=False)

    def values(self) -> dict[Setting, Any]:
        return {
            Setting.AGENCY_KIND: self.kind.currentData(),
            Setting.APPRAISAL_CATEGORIES: self.categories.text(),
            Setting.APPRAISAL_INTERIM_DUE_1: self.due_1.text(),
            Setting.APPRAISAL_INTERIM_DUE_2: self.due_2.text(),
            Setting.APPRAISAL_INTERIM_PERIOD_3: self.period_3.isChecked(),
            Setting.APPRAISAL_YEAR_END_DUE: self.year_end_due.text(),
            Setting.APPRAISAL_A_RATIO_PERCENT: self.limit.value(),
            Setting.APPRAISAL_INTERIM_TEMPLATE: self.template_text(),
        }

    def problems(self, values: dict[Setting, Any]) -> dict[Setting, str]:
        found: dict[Setting, str] = {}
        for setting in (
            Setting.APPRAISAL_INTERIM_DUE_1,
            Setting.APPRAISAL_INTERIM_DUE_2,
            Setting.APPRAISAL_YEAR_END_DUE,
        ):
            try:
                parse_month_day(values[setting])
            except ValueError as exc:
                found[setting] = str(exc)
        if not str(values[Setting.APPRAISAL_CATEGORIES]).strip():
            found[Setting.APPRAISAL_CATEGORIES] = self.tr("請至少填一個人員類別，例如公務人員")
        if values[Setting.APPRAISAL_INTERIM_TEMPLATE] == "\x00":
            items, levels = parse_lines(self.items.toPlainText(), self.levels.toPlainText())
            found[Setting.APPRAISAL_INTERIM_TEMPLATE] = "\n".join(
                p.message for p in template_problems(items, levels)
            )
        return found

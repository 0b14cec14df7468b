"""The teachers' tab of the year-end page (R14 *Teachers*): the school year that ends in the
chosen year, one row per 教師 with the outcome (4-1-1 / 4-1-2 / 4-1-3, chosen from a list),
facts and status; no score, no grade, no ratio. The outcome of the current row is set from
the combo; the workflow moves the selected rows (初核 needs the 考核會's meeting date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.appraisal.vocabulary import WORKFLOW_ORDER, TeacherOutcome, WorkflowStatus
from hrplanner.services.appraisal import teachers
from hrplanner.services.appraisal.teachers import TeacherRow
from hrplanner.ui.appraisal.common import term
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP
from hrplanner.ui.shell.widgets import ErrorLabel, fill_combo
from hrplanner.ui.training.models import Column, RowsModel, is_refusal, refusal_text


def teacher_columns() -> list[Column[TeacherRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("TrainingModels", "員工編號"), lambda t: t.employee_no),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "姓名"), lambda t: t.name),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "單位"), lambda t: t.unit),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "考核結果"),
            lambda t: TeacherOutcome(t.outcome).label if t.outcome else "",
        ),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "狀態"), lambda t: term(t.status)),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "檢核"),
            lambda t: "；".join(p.message for p in t.problems),
        ),
    ]


OUTCOME_COLUMN = 3


class TeachersTab(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.school_year: int | None = None
        self.rows_load = Load(ctx.runner, self)  # the school year's teachers, read off-thread
        self.title_label = QLabel()
        self.model: RowsModel[TeacherRow] = RowsModel(teacher_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The outcome is written out in full (第四條第一項第一款): its column fits it.
        widest = max(self.table.fontMetrics().horizontalAdvance(o.label) for o in TeacherOutcome)
        self.table.horizontalHeader().resizeSection(OUTCOME_COLUMN, widest + 18)
        self.outcome_combo = QComboBox()
        fill_combo(self.outcome_combo, [(o.label, o.value) for o in TeacherOutcome])
        self.set_button = QPushButton(self.tr("設定考核結果"))
        self.forward_button = QPushButton(self.tr("送下一步"))
        self.error = ErrorLabel()
        self.set_button.clicked.connect(self.set_outcome)
        self.forward_button.clicked.connect(self.forward)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("考核結果")))
        buttons.addWidget(self.outcome_combo)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.forward_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def load(self, school_year: int) -> None:
        """The school year's teachers, read on a reader thread (the year-end page reads
        again whenever it is shown); the rows shown stay for the same school year and are
        cleared for another one meanwhile."""
        if school_year != self.school_year:
            self.model.set_rows([])
            self.title_label.setText("")
        self.school_year = school_year
        self.error.show_message("")
        db = self.ctx.db

        def shown(rows: list[TeacherRow]) -> None:
            if self.school_year == school_year:
                self._show(school_year, rows)

        self.rows_load.start(lambda _p: teachers.list_teachers(db, school_year), shown)

    def _show(self, school_year: int, rows: list[TeacherRow]) -> None:
        self.model.set_rows(rows)
        label = teachers.school_year_label(school_year)
        if rows:
            text = (
                self.tr("%1教師成績考核：共 %2 人")
                .replace("%1", label)
                .replace("%2", str(len(rows)))
            )
        else:
            text = self.tr("%1沒有教師成績考核（開辦年度時會一併開辦）").replace("%1", label)
        self.title_label.setText(text)

    def selected(self) -> list[TeacherRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _refused(self, exc: Exception) -> None:
        if not is_refusal(exc):
            raise exc
        self.error.show_message(refusal_text(exc))

    def _reload(self) -> None:
        if self.school_year is not None:
            self.load(self.school_year)

    def set_outcome(self) -> None:
        outcome = self.outcome_combo.currentData()
        try:
            for row in self.selected():
                teachers.save_teacher(
                    self.ctx.db,
                    row.id,
                    outcome=outcome,
                    facts=row.facts,
                    note=row.note,
                    version=row.version,
                    today=self.today(),
                )
        except Exception as exc:
            self._reload()
            self._refused(exc)
            return
        self._reload()

    def forward(self) -> None:
        rows = self.selected()
        if not rows:
            return
        step = WORKFLOW_ORDER.index(WorkflowStatus(rows[0].status))
        if step + 1 >= len(WORKFLOW_ORDER):
            return
        target: Any = WORKFLOW_ORDER[step + 1]
        try:
            teachers.move_teachers(
                self.ctx.db, [r.id for r in rows], target.value, today=self.today()
            )
        except Exception as exc:
            self._reload()
            self._refused(exc)
            return
        self._reload()

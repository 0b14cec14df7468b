"""The survey of one class (R19), as the classes page's 滿意度 tab and the lower half of the
survey page: the class's questionnaire (chosen from the templates until forms arrive), the
response grid, the results with their charts, the online-form import, and printing the
blank 滿意度調查表 or the 滿意度調查結果.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.services.survey import templates
from hrplanner.services.survey.templates import ClassQuestionnaire, TemplateView
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load
from hrplanner.ui.survey.grid import ResponseGridWidget
from hrplanner.ui.survey.import_dialog import SurveyImportDialog
from hrplanner.ui.survey.results_view import ResultsView
from hrplanner.ui.survey.template_dialog import TemplateDialog
from hrplanner.ui.training.models import is_refusal, refusal_text
from hrplanner.ui.training.print_actions import PrintActions

GRID_TAB, RESULTS_TAB = 0, 1


class SurveyPanel(QWidget):
    """``set_class(class_id, code)``; ``changed`` fires when forms were typed or imported."""

    changed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.class_id: int | None = None
        self.code: str | None = None
        self.chosen: ClassQuestionnaire | None = None
        self.questionnaire = Load(ctx.runner, self)  # the class's questionnaire, read off-thread
        self._shown_id: int | None = None  # the class whose questionnaire the combo shows
        self._dirty_results = True
        self.template_combo = QComboBox()
        self.template_combo.activated.connect(lambda _i: self.choose_template())
        self.template_note = QLabel()
        self.templates_button = QPushButton(self.tr("問卷範本…"))
        self.templates_button.clicked.connect(self.edit_templates)
        self.import_button = QPushButton(self.tr("匯入回覆…"))
        self.import_button.clicked.connect(self.import_responses)
        self.print_actions = PrintActions(ctx, self, lambda: self.code, today)
        self.print_blank_button = QPushButton(self.tr("列印調查表"))
        self.print_blank_button.clicked.connect(lambda: self.print_actions.print_questionnaire())
        self.print_results_button = QPushButton(self.tr("列印調查結果"))
        self.print_results_button.clicked.connect(lambda: self.print_actions.print_survey_results())
        self.grid = ResponseGridWidget(ctx, self)
        self.grid.changed.connect(self._forms_changed)
        self.results = ResultsView(ctx, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid, self.tr("輸入回覆"))
        self.tabs.addTab(self.results, self.tr("統計結果"))
        self.tabs.currentChanged.connect(lambda _i: self._show_results())

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("問卷")))
        top.addWidget(self.template_combo, 1)
        top.addWidget(self.template_note)
        for button in (
            self.templates_button,
            self.import_button,
            self.print_blank_button,
            self.print_results_button,
        ):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.set_class(None, None)

    # --- the class ---------------------------------------------------------------------------

    def set_class(self, class_id: int | None, code: str | None) -> None:
        self.class_id, self.code = class_id, code
        for widget in (self.import_button, self.print_blank_button):
            widget.setEnabled(class_id is not None)
        self.print_results_button.setEnabled(class_id is not None)
        self._load_questionnaire()
        self.grid.set_class(class_id)
        self._dirty_results = True
        self._show_results()

    def _load_questionnaire(self) -> None:
        """The class's questionnaire and the templates, read on a reader thread (every
        refresh of the classes page shows the class again); the combo keeps what it showed
        for the same class, and is emptied for another one meanwhile."""
        class_id, db = self.class_id, self.ctx.db
        if class_id != self._shown_id:
            self._shown_id = None
            self.chosen = None
            self.template_combo.clear()
            self.template_combo.setEnabled(False)
            self.template_note.setText("")

        def read(_p: object) -> tuple[ClassQuestionnaire | None, list[TemplateView]]:
            chosen = None if class_id is None else templates.class_questionnaire(db, class_id)
            return chosen, templates.list_templates(db)

        def shown(found: tuple[ClassQuestionnaire | None, list[TemplateView]]) -> None:
            if self.class_id == class_id:
                self._show_questionnaire(*found)

        self.questionnaire.start(read, shown)

    def _show_questionnaire(
        self, chosen: ClassQuestionnaire | None, found: list[TemplateView]
    ) -> None:
        self.chosen, self._shown_id = chosen, self.class_id
        self.template_combo.clear()
        for t in found:
            label = self.tr("%1（預設）").replace("%1", t.name) if t.is_default else t.name
            self.template_combo.addItem(label, t.id)
        if chosen is None:
            self.template_combo.setEnabled(False)
            self.template_note.setText("")
            return
        wanted = chosen.template_id
        # No choice of its own: the default template, first in the list.
        index = 0 if wanted is None else max(0, self.template_combo.findData(wanted))
        self.template_combo.setCurrentIndex(index)
        frozen = chosen.frozen or chosen.responses > 0
        self.template_combo.setEnabled(not frozen)
        self.template_note.setText(self.tr("已有回覆，問卷不能更換") if frozen else "")

    def choose_template(self) -> None:
        if self.class_id is None:
            return
        template_id = self.template_combo.currentData()
        default = self.template_combo.currentIndex() == 0
        try:
            templates.choose_template(self.ctx.db, self.class_id, None if default else template_id)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法更換問卷"), refusal_text(exc))
        self.set_class(self.class_id, self.code)

    def _forms_changed(self) -> None:
        self._dirty_results = True
        if self.chosen is not None and not self.chosen.frozen:
            self._load_questionnaire()  # the first form freezes the questions
        self.changed.emit()

    def _show_results(self) -> None:
        if self.tabs.currentIndex() == RESULTS_TAB and self._dirty_results:
            self._dirty_results = False
            self.results.set_class(self.class_id)

    # --- actions -------------------------------------------------------------------------------

    def edit_templates(self) -> None:
        current = self.template_combo.currentData()
        dialog = TemplateDialog(self.ctx, self, current)
        dialog.exec()
        if dialog.changed:
            self.set_class(self.class_id, self.code)

    def make_import_dialog(self) -> SurveyImportDialog:
        return SurveyImportDialog(self.ctx, self, self.code, self.today)

    def import_responses(self) -> None:
        dialog = self.make_import_dialog()
        if dialog.exec() and dialog.imported is not None:
            self.set_class(self.class_id, self.code)
            self.changed.emit()

"""問卷範本: the questionnaire templates (R19), edited in one dialog.

Pick a template, change its name and questions (number, text, rated or open, a short label
for charts), add or remove questions, add a template, delete one no class uses, or make one
the default for the classes that chose none. Saving goes through the survey service, which
checks everything; classes that already have forms keep the questions they answered.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.survey import Question, QuestionKind
from hrplanner.services.survey import templates
from hrplanner.services.survey.templates import TemplateView
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.widgets import ErrorLabel, widen_to_headers
from hrplanner.ui.training.models import is_refusal, refusal_text

NUMBER, TEXT, KIND, SHORT = 0, 1, 2, 3
NEW_NAME = "新問卷"


class TemplateDialog(QDialog):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, template_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: TemplateView | None = None
        self.changed = False  # something was saved: the caller re-reads its templates
        self.setWindowTitle(self.tr("問卷範本"))
        self.template_combo = QComboBox()
        self.template_combo.currentIndexChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("新增範本"))
        self.delete_button = QPushButton(self.tr("刪除範本"))
        self.default_button = QPushButton(self.tr("設為預設"))
        self.new_button.clicked.connect(self.new_template)
        self.delete_button.clicked.connect(self.delete_template)
        self.default_button.clicked.connect(self.make_default)
        self.name_edit = QLineEdit()
        self.default_label = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("題號"), self.tr("題目"), self.tr("題型"), self.tr("簡稱（圖表用）")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        widen_to_headers(header, (NUMBER, KIND, SHORT))
        self.add_question_button = QPushButton(self.tr("新增題目"))
        self.remove_question_button = QPushButton(self.tr("刪除所選題目"))
        self.add_question_button.clicked.connect(lambda: self.add_question())
        self.remove_question_button.clicked.connect(self.remove_selected)
        self.errors = ErrorLabel()
        self.save_button = QPushButton(self.tr("儲存"))
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        chooser = QHBoxLayout()
        chooser.addWidget(self.template_combo, 1)
        for button in (self.new_button, self.delete_button, self.default_button):
            chooser.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("範本"), chooser)
        form.addRow(self.tr("名稱"), self.name_edit)
        form.addRow("", self.default_label)
        rows = QHBoxLayout()
        rows.addWidget(self.add_question_button)
        rows.addWidget(self.remove_question_button)
        rows.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(820, 480)
        self.reload(template_id)

    # --- templates --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        found = templates.list_templates(self.ctx.db)
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in found:
            label = self.tr("%1（預設）").replace("%1", t.name) if t.is_default else t.name
            self.template_combo.addItem(label, t.id)
        index = self.template_combo.findData(select_id) if select_id is not None else 0
        self.template_combo.setCurrentIndex(max(0, index))
        self.template_combo.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        template_id = self.template_combo.currentData()
        self.current = (
            None if template_id is None else templates.get_template(self.ctx.db, template_id)
        )
        self.errors.show_message("")
        t = self.current
        self.name_edit.setText(t.name if t else "")
        self.table.setRowCount(0)
        if t is not None:
            for q in t.questionnaire.questions:
                self.add_question(q)
            used = self.tr("%1 個班期選用此範本。").replace("%1", str(t.classes))
            self.default_label.setText(
                (self.tr("未指定問卷的班期使用此範本。") if t.is_default else "") + used
            )
        self.delete_button.setEnabled(t is not None and not t.is_default)
        self.default_button.setEnabled(t is not None and not t.is_default)

    def add_question(self, question: Question | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        number = QSpinBox()
        number.setRange(1, 99)
        taken = [self.question_number(r) for r in range(row)]
        number.setValue(question.number if question else max(taken, default=0) + 1)
        self.table.setCellWidget(row, NUMBER, number)
        self.table.setItem(row, TEXT, QTableWidgetItem(question.text if question else ""))
        kind = QComboBox()
        kind.addItem(self.tr("評分（1–5）"), QuestionKind.RATED.value)
        kind.addItem(self.tr("開放（文字）"), QuestionKind.OPEN.value)
        if question is not None:
            kind.setCurrentIndex(max(0, kind.findData(question.kind.value)))
        self.table.setCellWidget(row, KIND, kind)
        self.table.setItem(row, SHORT, QTableWidgetItem(question.short if question else ""))

    def question_number(self, row: int) -> int:
        widget = self.table.cellWidget(row, NUMBER)
        assert isinstance(widget, QSpinBox)
        return widget.value()

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def questions(self) -> list[Question]:
        found = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, KIND)
            assert isinstance(kind, QComboBox)
            text, short = self.table.item(row, TEXT), self.table.item(row, SHORT)
            found.append(
                Question(
                    self.question_number(row),
                    text.text() if text else "",
                    QuestionKind(kind.currentData()),
                    short.text() if short else "",
                )
            )
        return found

    # --- actions ------------------------------------------------------------------------------

    def _refused(self, exc: Exception) -> None:
        if not is_refusal(exc):
            raise exc
        self.errors.show_message(refusal_text(exc))

    def save(self) -> bool:
        t = self.current
        try:
            saved = templates.save_template(
                self.ctx.db,
                t.id if t else None,
                self.name_edit.text(),
                self.questions(),
                t.version if t else None,
            )
        except Exception as exc:
            self._refused(exc)
            return False
        self.changed = True
        self.reload(saved.id)
        self.errors.show_message("")
        return True

    def new_template(self) -> None:
        # The name and questions are the agency's data (printed on the form): Chinese.
        taken = {t.name for t in templates.list_templates(self.ctx.db)}
        name, n = NEW_NAME, 2
        while name in taken:
            name, n = f"{NEW_NAME} {n}", n + 1
        # A copy of the template shown, as saved, to start from.
        base = list(self.current.questionnaire.questions) if self.current else []
        base = base or [Question(1, "對本課程整體之滿意程度")]
        try:
            saved = templates.save_template(self.ctx.db, None, name, base)
        except Exception as exc:
            self._refused(exc)
            return
        self.changed = True
        self.reload(saved.id)

    def delete_template(self) -> None:
        t = self.current
        if t is None:
            return
        question = self.tr("刪除問卷範本「%1」？").replace("%1", t.name)
        if not self.ctx.prompts.confirm(self, self.tr("刪除範本"), question):
            return
        try:
            templates.delete_template(self.ctx.db, t.id)
        except Exception as exc:
            self._refused(exc)
            return
        self.changed = True
        self.reload()

    def make_default(self) -> None:
        if self.current is None:
            return
        templates.set_default(self.ctx.db, self.current.id)
        self.changed = True
        self.reload(self.current.id)

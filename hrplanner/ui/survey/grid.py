"""The response grid of a class (R19): one row per returned form, one column per question,
typed from the keyboard as an officer copies a pile of paper forms.

Keys on a rated question: 1–5 (5 非常滿意 … 1 非常不滿意) answer it and move to the next
question, the last question of a form moving to the first of the next; 0 leaves it blank and
moves on; Delete clears the selected cells. An open question is typed as text (any key,
F2 or a double-click starts editing). The last row is a new form: answering it adds the
form with the next 問卷編號. Every change is one ``responses.set_answers`` call with the
versions read, then the grid is re-read, so two officers never overwrite each other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.survey import QuestionKind
from hrplanner.domain.survey_results import rate_text, response_rate
from hrplanner.services.survey import responses
from hrplanner.services.survey.responses import AnswerChange, ResponseGrid
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP
from hrplanner.ui.survey.chart import scale_word
from hrplanner.ui.training.models import is_refusal, refusal_text

_Index = QModelIndex | QPersistentModelIndex
CTX = "SurveyGrid"
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(6)}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
NEW_ROW = QBrush(QColor("#f4f7fb"))
OPEN_COLUMN = QBrush(QColor("#fbfaf3"))
FORM_NUMBER = QT_TRANSLATE_NOOP("SurveyGrid", "問卷編號")
NEW_FORM = QT_TRANSLATE_NOOP("SurveyGrid", "%1（新）")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class ResponseModel(QAbstractTableModel):
    """The forms of one class and a new one at the end; ``write`` stores cell changes and
    ``written`` follows every stored change."""

    written = Signal()

    def __init__(
        self,
        grid: ResponseGrid,
        write: Callable[[Sequence[AnswerChange], dict[int, int]], object],
        read: Callable[[], ResponseGrid],
        parent: Any = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.grid = grid
        self._write = write
        self._read = read
        self._failed = failed  # a refused edit typed into a cell

    # --- shape --------------------------------------------------------------------------------

    @property
    def questions(self) -> tuple[Any, ...]:
        return self.grid.questionnaire.questions

    def question_at(self, column: int) -> Any:
        return self.questions[column - 1] if 1 <= column <= len(self.questions) else None

    def number_at(self, row: int) -> int:
        """The 問卷編號 of ``row`` (the last row: the next number, a form not yet typed)."""
        return self.grid.rows[row].number if row < len(self.grid.rows) else self.grid.next_number

    def is_new(self, row: int) -> bool:
        return row >= len(self.grid.rows)

    def reload(self) -> None:
        grid = self._read()
        if len(grid.rows) == len(self.grid.rows) and grid.questionnaire == self.grid.questionnaire:
            self.grid = grid
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        else:
            self.beginResetModel()
            self.grid = grid
            self.endResetModel()

    # --- writing ----------------------------------------------------------------------------

    def set_cells(self, indexes: Sequence[_Index], value: object) -> None:
        """Give every question cell among ``indexes`` this answer (None or "" clears)."""
        changes = [
            AnswerChange(self.number_at(i.row()), self.question_at(i.column()).number, value)
            for i in indexes
            if self.question_at(i.column()) is not None
        ]
        if not changes:
            return
        versions = {
            r.number: r.version for r in self.grid.rows if r.number in {c.number for c in changes}
        }
        self._write(changes, versions)
        self.reload()
        self.written.emit()

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.question_at(index.column()) is None:
            return False
        try:
            self.set_cells([index], str(value))
        except Exception as exc:
            if self._failed is None or not is_refusal(exc):
                raise
            self._failed(exc)
            return False
        return True

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.rows) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions) + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.question_at(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _value(self, row: int, column: int) -> int | str | None:
        if self.is_new(row):
            return None
        question = self.question_at(column)
        form = self.grid.rows[row]
        if question.kind is QuestionKind.OPEN:
            return form.texts.get(question.number)
        return form.ratings.get(question.number)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                number = str(self.number_at(row))
                return _t(NEW_FORM).replace("%1", number) if self.is_new(row) else number
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.BackgroundRole and self.is_new(row):
                return NEW_ROW
            return None
        question = self.question_at(column)
        value = self._value(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, int):
            return scale_word(5 - value)
        if role == Qt.ItemDataRole.TextAlignmentRole and question.kind is QuestionKind.RATED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.is_new(row):
                return NEW_ROW
            if question.kind is QuestionKind.OPEN:
                return OPEN_COLUMN
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        question = self.question_at(section)
        if role == Qt.ItemDataRole.ToolTipRole and question is not None:
            return question.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return _t(FORM_NUMBER)
        return f"{question.number}\n{question.short or question.text}"


class ResponseView(QTableView):
    """A table that turns the digit keys into answers on the current question."""

    def __init__(
        self,
        on_digit: Callable[[int], bool],
        on_clear: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_digit = on_digit
        self._on_clear = on_clear

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        idle = self.state() != QAbstractItemView.State.EditingState
        if idle and modifiers == Qt.KeyboardModifier.NoModifier:
            key = Qt.Key(event.key())
            if key in DIGITS and self._on_digit(DIGITS[key]):
                event.accept()
                return
            if key in CLEAR_KEYS:
                self._on_clear()
                event.accept()
                return
        super().keyPressEvent(event)


class ResponseGridWidget(QWidget):
    """The grid of one class with its buttons; ``changed`` fires after every write."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.class_id: int | None = None
        self.model: ResponseModel | None = None
        self._generation = 0
        self.view = ResponseView(self.type_digit, self.clear_selected)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setDefaultSectionSize(78)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.delete_button = QPushButton(self.tr("刪除所選問卷"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.status_label = QLabel()
        self.hint = QLabel(
            self.tr(
                "每份問卷一列。按鍵：1–5 評分（5 非常滿意 … 1 非常不滿意）並跳到下一題，"
                "0 未作答，Delete 清除；開放題直接輸入文字。最後一列為新問卷。"
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        self.extra_buttons = QHBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addLayout(self.extra_buttons)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self._update()

    # --- loading ----------------------------------------------------------------------------

    def set_class(self, class_id: int | None) -> None:
        """Show the class's forms (read on the worker)."""
        self._generation += 1
        generation = self._generation
        self.class_id = class_id
        if class_id is None:
            self._install(None)
            return
        db = self.ctx.db

        def done(grid: ResponseGrid) -> None:
            if generation == self._generation:
                self._install(grid)

        self.ctx.runner.run(
            lambda _p: responses.response_grid(db, class_id), on_done=done, on_error=self._error
        )

    def _install(self, grid: ResponseGrid | None) -> None:
        if grid is None:
            self.model = None
            self.view.setModel(None)
        else:
            class_id, db = grid.class_id, self.ctx.db
            self.model = ResponseModel(
                grid,
                self._write,
                lambda: responses.response_grid(db, class_id),
                self,
                failed=self._error,
            )
            self.view.setModel(self.model)
            header = self.view.horizontalHeader()
            header.setMinimumHeight(self.view.fontMetrics().height() * 2 + 12)
            self.view.setColumnWidth(0, 84)
            for column, question in enumerate(grid.questionnaire.questions, start=1):
                wide = question.kind is QuestionKind.OPEN
                self.view.setColumnWidth(column, 240 if wide else 78)
            self.model.written.connect(self.changed)
            self.model.modelReset.connect(self._update)
            self.model.dataChanged.connect(self._update)
            self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 1))
        self._update()

    def _write(self, changes: Sequence[AnswerChange], versions: dict[int, int]) -> None:
        assert self.class_id is not None
        responses.set_answers(self.ctx.db, self.class_id, changes, versions)

    def _update(self, *_args: object) -> None:
        grid = self.model.grid if self.model is not None else None
        self.delete_button.setEnabled(grid is not None and bool(grid.rows))
        if grid is None:
            self.status_label.setText("")
            return
        rate = rate_text(response_rate(len(grid.rows), grid.credited))
        self.status_label.setText(
            self.tr("已輸入 %1 份；取得時數 %2 人；回收率 %3")
            .replace("%1", str(len(grid.rows)))
            .replace("%2", str(grid.credited))
            .replace("%3", rate)
        )

    def _error(self, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        self.ctx.prompts.error(self, self.tr("無法輸入問卷回覆"), refusal_text(exc))
        if self.model is not None:
            self.model.reload()

    # --- typing -----------------------------------------------------------------------------

    def type_digit(self, digit: int) -> bool:
        """A digit on a rated question answers it (0: blank) and moves on; False when the
        key is not an answer here (an open question: it starts the editor instead)."""
        model, index = self.model, self.view.currentIndex()
        if model is None or not index.isValid():
            return False
        question = model.question_at(index.column())
        if question is None or question.kind is QuestionKind.OPEN:
            return False
        row, column = index.row(), index.column()
        try:
            model.set_cells([index], str(digit) if digit else None)
        except Exception as exc:
            self._error(exc)
            return True
        if column < model.columnCount() - 1:
            self.view.setCurrentIndex(model.index(row, column + 1))
        elif row + 1 < model.rowCount():
            self.view.setCurrentIndex(model.index(row + 1, 1))
        return True

    def clear_selected(self) -> None:
        if self.model is None:
            return
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        try:
            self.model.set_cells([i for i in indexes if i.isValid()], None)
        except Exception as exc:
            self._error(exc)

    def delete_selected(self) -> None:
        if self.model is None or self.class_id is None:
            return
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        numbers = [self.model.number_at(r) for r in rows if not self.model.is_new(r)]
        if not numbers:
            return
        question = self.tr("刪除第 %1 號問卷？").replace(
            "%1", self.tr("、").join(map(str, numbers))
        )
        if not self.ctx.prompts.confirm(self, self.tr("刪除問卷"), question):
            return
        responses.delete_responses(self.ctx.db, self.class_id, numbers)
        self.model.reload()
        self.changed.emit()

"""匯入問卷回覆: survey responses from a workbook or an online form's CSV (SPEC §3.1 問卷回覆).

Choose the file and the class (or let a 班期代碼 column say); every header of the file gets
a combo of the questions of the class's questionnaire (and 班期代碼, 問卷編號), filled with
the mapping remembered for these headers or, the first time, by name, number or question
text (``services.survey.importing``). 試算 lists what would be added or changed and every
problem (row, column); 匯入 is enabled only after a clean 試算 of the same file, class and
mapping, writes all or nothing, and remembers the mapping for the next export of the form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.survey import Questionnaire
from hrplanner.domain.vocabulary import CLASS_CANCELLED
from hrplanner.services.imports.tabular import ImportReport, RawTable, read_raw
from hrplanner.services.survey import importing, templates
from hrplanner.services.survey.importing import SurveyPreview
from hrplanner.ui.shell.column_mapping import ColumnMappingTable
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import spreadsheet_filter
from hrplanner.ui.shell.tasks import Progress
from hrplanner.ui.shell.widgets import ProblemModel
from hrplanner.ui.training.models import is_refusal, refusal_text


class SurveyImportDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        class_code: str | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.table: RawTable | None = None
        self.preview: SurveyPreview | None = None
        self.imported: ImportReport | None = None
        self._clean: tuple[object, ...] | None = None
        self.setWindowTitle(self.tr("匯入問卷回覆"))
        self.resize(860, 600)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("選擇問卷回覆的 .xlsx，或線上表單匯出的 .csv"))
        self.browse_button = QPushButton(self.tr("選擇檔案…"))
        self.browse_button.clicked.connect(self.browse)
        self.class_combo = QComboBox()
        self.class_combo.addItem(self.tr("（依檔案中的「班期代碼」欄）"), None)
        self._fill_classes(class_code)
        self.class_combo.currentIndexChanged.connect(self._class_changed)
        self.mapping_table = ColumnMappingTable(self.tr("對應到題目"))
        self.mapping_table.changed.connect(self._update_buttons)
        self.problems = ProblemModel(self)
        self.problem_view = QTableView()
        self.problem_view.setModel(self.problems)
        self.problem_view.verticalHeader().setVisible(False)
        header = self.problem_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel(
            self.tr("選擇檔案並確認欄位對應後，按「試算」檢查；沒有問題才能匯入。")
        )
        self.summary.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("試算"))
        self.import_button = QPushButton(self.tr("匯入"))
        self.preview_button.clicked.connect(self.run_preview)
        self.import_button.clicked.connect(self.run_import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("檔案")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        class_row = QHBoxLayout()
        class_row.addWidget(QLabel(self.tr("班期")))
        class_row.addWidget(self.class_combo, 1)
        box = QGroupBox(self.tr("欄位對應（題號、題目相同者已自動對應；上次的選擇會被記住）"))
        QVBoxLayout(box).addWidget(self.mapping_table)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(class_row)
        layout.addWidget(box, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_view, 1)
        layout.addWidget(buttons)
        self._update_buttons()

    # --- inputs ---------------------------------------------------------------------------

    def _fill_classes(self, wanted: str | None) -> None:
        from hrplanner.services.training import classes

        year = self.today().year
        seen: set[str] = set()
        for c in [
            *classes.list_classes(self.ctx.db, year, self.today()),
            *classes.list_classes(self.ctx.db, year - 1, self.today()),
        ]:
            if c.code in seen or c.status == CLASS_CANCELLED:
                continue
            seen.add(c.code)
            self.class_combo.addItem(f"{c.code} {c.title}", c.code)
        if wanted and self.class_combo.findData(wanted) < 0:
            self.class_combo.addItem(wanted, wanted)
        if wanted:
            self.class_combo.setCurrentIndex(self.class_combo.findData(wanted))

    def class_code(self) -> str | None:
        data = self.class_combo.currentData()
        return None if data is None else str(data)

    def questionnaire(self) -> Questionnaire | None:
        """The chosen class's questions (the default template's when none is chosen)."""
        from hrplanner.services.training.views import load_class

        code = self.class_code()
        with self.ctx.db.session() as s:
            if code is None:
                return templates.questionnaire_from(templates.default_template(s))
            return templates.questionnaire_of(s, load_class(s, code).id).questionnaire

    def targets(self) -> list[tuple[str, str]]:
        found = [(importing.CODE, importing.CODE), (importing.NUMBER, importing.NUMBER)]
        asked = self.questionnaire()
        for q in asked.questions if asked else ():
            label = (
                self.tr("第 %1 題 %2").replace("%1", str(q.number)).replace("%2", q.short or q.text)
            )
            found.append((label, importing.question_target(q.number)))
        return found

    def browse(self) -> None:
        path = self.ctx.prompts.open_file(self, self.tr("選擇問卷回覆檔案"), spreadsheet_filter())
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        try:
            table = read_raw(Path(path))
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法讀取檔案"), refusal_text(exc))
            return
        self.table = table
        self.path_edit.setText(str(path))
        proposed = importing.proposed_mapping(self.ctx.db, table.headers, self.questionnaire())
        self.mapping_table.load(table, self.targets(), proposed)
        self.problems.set_problems([])

    def _class_changed(self) -> None:
        if self.table is not None:  # the questions may differ: offer the new class's
            kept = self.mapping_table.mapping()
            self.mapping_table.load(self.table, self.targets(), kept)
        self._update_buttons()

    def set_target(self, header: str, target: str | None) -> None:
        self.mapping_table.set_target(header, target)

    def mapping(self) -> dict[str, str]:
        return self.mapping_table.mapping() if self.table is not None else {}

    def _key(self) -> tuple[object, ...]:
        return (self.path_edit.text(), self.class_code(), tuple(sorted(self.mapping().items())))

    def _update_buttons(self) -> None:
        loaded = self.table is not None
        self.preview_button.setEnabled(loaded)
        self.import_button.setEnabled(loaded and self._clean == self._key())

    # --- 試算 and 匯入 ---------------------------------------------------------------------

    def run_preview(self) -> None:
        table = self.table
        if table is None:
            return
        key, mapping, code, db = self._key(), self.mapping(), self.class_code(), self.ctx.db
        self.summary.setText(self.tr("試算中…"))

        def work(_progress: Progress) -> SurveyPreview:
            return importing.check_table(db, table, mapping, code, automatic=False)

        self.ctx.runner.run(
            work, on_done=lambda result: self._show_preview(key, result), on_error=self._failed
        )

    def _show_preview(self, key: tuple[object, ...], result: SurveyPreview) -> None:
        self.preview = result
        self.problems.set_problems(result.problems)
        report = result.report
        if result.problems:
            self.summary.setText(
                self.tr("有 %1 個問題，未匯入任何資料。請修正檔案或欄位對應後再試算。").replace(
                    "%1", str(len(result.problems))
                )
            )
            self.summary.setStyleSheet("color: #b00020;")
            self._clean = None
        elif not result.rows:
            self.summary.setText(self.tr("檔案中沒有任何問卷回覆。"))
            self.summary.setStyleSheet("")
            self._clean = None
        else:
            self.summary.setText(
                self.tr("沒有問題：將新增 %1 份、更新 %2 份、未變更 %3 份。按「匯入」寫入。")
                .replace("%1", str(len(report.added)))
                .replace("%2", str(len(report.updated)))
                .replace("%3", str(len(report.unchanged)))
            )
            self.summary.setStyleSheet("color: #1b5e20;")
            self._clean = key
        self._update_buttons()

    def run_import(self) -> None:
        if self.table is None or self._clean != self._key():
            return
        path, mapping, code, db = (
            Path(self.path_edit.text()),
            self.mapping(),
            self.class_code(),
            self.ctx.db,
        )
        self.import_button.setEnabled(False)

        def work(_progress: Progress) -> ImportReport:
            return importing.import_survey(db, path, mapping, code, automatic=False, remember=True)

        self.ctx.runner.run(work, on_done=self._imported, on_error=self._failed)

    def _imported(self, report: ImportReport) -> None:
        self.imported = report
        text = self.tr("已匯入問卷回覆：新增 %1 份、更新 %2 份。")
        text = text.replace("%1", str(len(report.added))).replace("%2", str(len(report.updated)))
        self.ctx.prompts.info(self, self.tr("匯入完成"), text)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        from hrplanner.services.common.errors import InputRefused

        if isinstance(exc, InputRefused):
            self.problems.set_problems(exc.problems)
        self._clean = None
        self.summary.setText(self.tr("未匯入任何資料：%1").replace("%1", refusal_text(exc)))
        self._update_buttons()

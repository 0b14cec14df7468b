"""匯入線上報名表: the column-mapping dialog for an online sign-up form (SPEC §3.1 報名).

Choose the file and the class; every header of the file gets a combo of enrollment columns,
filled with the mapping remembered for these headers (or the automatic one). 試算 lists
the rows that match a person and every problem (row, reason); 匯入 is enabled only after a
clean 試算 of the same file, class and mapping, and the import is all or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.rocdate import format_date
from hrplanner.services.imports.tabular import ImportReport, RawTable, read_raw
from hrplanner.services.training import signup_import as si
from hrplanner.services.training.views import CANCELLED_CLASS, FINISHED, REGISTERED
from hrplanner.ui.shell.column_mapping import ColumnMappingTable
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import spreadsheet_filter
from hrplanner.ui.shell.tasks import Progress
from hrplanner.ui.shell.widgets import ProblemModel
from hrplanner.ui.training.models import is_refusal, refusal_text

_CLOSED = (FINISHED, REGISTERED, CANCELLED_CLASS)


class SignupDialog(QDialog):
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
        self.preview: si.SignupPreview | None = None
        self.imported: ImportReport | None = None
        self._clean: tuple[object, ...] | None = None  # what the last clean 試算 checked
        self.setWindowTitle(self.tr("匯入線上報名表"))
        self.resize(860, 620)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("選擇線上表單匯出的 .xlsx 或 .csv 檔"))
        self.browse_button = QPushButton(self.tr("選擇檔案…"))
        self.browse_button.clicked.connect(self.browse)
        self.class_combo = QComboBox()
        self.class_combo.addItem(self.tr("（依檔案中的「班期代碼」欄）"), None)
        self._fill_classes(class_code)
        self.class_combo.currentIndexChanged.connect(self._changed)

        self.mapping_table = ColumnMappingTable(self.tr("對應到報名欄位"))
        self.mapping_table.changed.connect(self._changed)

        self.matched_table = QTableWidget(0, 6)
        self.matched_table.setHorizontalHeaderLabels(
            [
                self.tr("列"),
                self.tr("班期代碼"),
                self.tr("員工編號"),
                self.tr("姓名"),
                self.tr("單位"),
                self.tr("報名時間"),
            ]
        )
        self.matched_table.verticalHeader().setVisible(False)
        self.matched_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matched_table.horizontalHeader().setStretchLastSection(True)
        self.problems = ProblemModel(self)
        self.problem_view = QTableView()
        self.problem_view.setModel(self.problems)
        self.problem_view.verticalHeader().setVisible(False)
        problem_header = self.problem_view.horizontalHeader()
        problem_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        problem_header.setStretchLastSection(True)
        self.result_tabs = QTabWidget()
        self.result_tabs.addTab(self.problem_view, self.tr("問題"))
        self.result_tabs.addTab(self.matched_table, self.tr("可匯入的報名"))
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
        class_row.addWidget(QLabel(self.tr("報名班期")))
        class_row.addWidget(self.class_combo, 1)
        mapping_box = QGroupBox(
            self.tr("欄位對應（與標準欄名相同者已自動對應；上次的選擇會被記住）")
        )
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_table)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(class_row)
        layout.addWidget(mapping_box, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.result_tabs, 2)
        layout.addWidget(buttons)
        self._update_buttons()

    # --- inputs --------------------------------------------------------------------------

    def _fill_classes(self, wanted: str | None) -> None:
        from hrplanner.services.training import classes

        # Sign-ups are for this year's and next year's classes; reading only those keeps the
        # dialog quick on a database with ten years of classes.
        year = self.today().year
        seen: set[str] = set()
        found = [
            *classes.list_classes(self.ctx.db, year + 1, self.today()),
            *classes.list_classes(self.ctx.db, year, self.today()),
        ]
        for c in found:
            if c.status in _CLOSED or c.code in seen:
                continue
            seen.add(c.code)
            when = format_date(c.start_date, self.ctx.date_style)
            label = f"{c.code} {c.title}" + (f"（{when}）" if when else "")
            self.class_combo.addItem(label, c.code)
        if wanted:
            index = self.class_combo.findData(wanted)
            if index >= 0:
                self.class_combo.setCurrentIndex(index)

    def class_code(self) -> str | None:
        data = self.class_combo.currentData()
        return None if data is None else str(data)

    def browse(self) -> None:
        path = self.ctx.prompts.open_file(self, self.tr("選擇線上報名表"), spreadsheet_filter())
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        """Read the file's headers and rows, and propose a mapping."""
        try:
            table = read_raw(Path(path))
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法讀取檔案"), refusal_text(exc))
            return
        self.table = table
        self.path_edit.setText(str(path))
        mapping = si.proposed_mapping(self.ctx.db, table.headers)
        self.mapping_table.load(table, [(name, name) for name in si.TARGET_NAMES], mapping)
        self.problems.set_problems([])
        self.matched_table.setRowCount(0)
        self._changed()

    def combo_for(self, header: str) -> QComboBox:
        return self.mapping_table.combo_for(header)

    def set_target(self, header: str, target: str | None) -> None:
        self.mapping_table.set_target(header, target)

    def mapping(self) -> dict[str, str]:
        return self.mapping_table.mapping() if self.table is not None else {}

    def _key(self) -> tuple[object, ...]:
        return (self.path_edit.text(), self.class_code(), tuple(sorted(self.mapping().items())))

    def _changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        loaded = self.table is not None
        self.preview_button.setEnabled(loaded)
        self.import_button.setEnabled(loaded and self._clean == self._key())

    # --- 試算 and 匯入 --------------------------------------------------------------------

    def run_preview(self) -> None:
        table = self.table
        if table is None:
            return
        key, mapping, code, db = self._key(), self.mapping(), self.class_code(), self.ctx.db
        self.summary.setText(self.tr("試算中…"))

        def work(_progress: Progress) -> si.SignupPreview:
            return si.check_table(db, table, mapping, code)

        self.ctx.runner.run(
            work, on_done=lambda result: self._show_preview(key, result), on_error=self._failed
        )

    def _show_preview(self, key: tuple[object, ...], result: si.SignupPreview) -> None:
        self.preview = result
        self.problems.set_problems(result.problems)
        self.matched_table.setRowCount(len(result.matched))
        for row, m in enumerate(result.matched):
            # Seconds shown: seats follow the registration order to the second (R8).
            when = m.registered_at.strftime("%Y/%m/%d %H:%M:%S") if m.registered_at else ""
            values = (str(m.row), m.class_code, m.employee_no, m.name, m.unit, when)
            for column, text in enumerate(values):
                self.matched_table.setItem(row, column, QTableWidgetItem(text))
        if result.problems:
            self.summary.setText(
                self.tr(
                    "有 %1 個問題，未匯入任何資料；可匯入 %2 筆。請修正檔案或欄位對應後再試算。"
                )
                .replace("%1", str(len(result.problems)))
                .replace("%2", str(len(result.matched)))
            )
            self.summary.setStyleSheet("color: #b00020;")
            self.result_tabs.setCurrentWidget(self.problem_view)
            self._clean = None
        elif not result.matched:
            self.summary.setText(self.tr("檔案中沒有任何報名資料。"))
            self.summary.setStyleSheet("")
            self._clean = None
        else:
            self.summary.setText(
                self.tr("沒有問題：將報名 %1 人。按「匯入」寫入。").replace(
                    "%1", str(len(result.matched))
                )
            )
            self.summary.setStyleSheet("color: #1b5e20;")
            self.result_tabs.setCurrentWidget(self.matched_table)
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
            return si.import_signup(db, path, mapping, code)

        self.ctx.runner.run(work, on_done=self._imported, on_error=self._failed)

    def _imported(self, report: ImportReport) -> None:
        self.imported = report
        self.ctx.prompts.info(
            self,
            self.tr("匯入完成"),
            self.tr("已報名 %1 人。").replace("%1", str(len(report.added))),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        from hrplanner.services.common.errors import InputRefused

        if isinstance(exc, InputRefused):
            self.problems.set_problems(exc.problems)
            self.result_tabs.setCurrentWidget(self.problem_view)
        self._clean = None
        self.summary.setText(self.tr("未匯入任何資料：%1").replace("%1", refusal_text(exc)))
        self._update_buttons()

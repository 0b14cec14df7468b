"""The staff import dialog (匯入人員): pick a workbook, try it (試算), then import.

The dry run shows how many people would be added, updated and left alone, or every problem
(sheet, row, column, message). 匯入 is enabled only after a clean dry run of the same file,
and the import itself is all or nothing (the service guarantees it). Both run in the
background; a dry run can be cancelled, a running import cannot (it is one transaction
that either completes or changes nothing).

Other imports reuse the dialog by passing an ``ImportKind`` (their importer function,
template and titles), e.g. the external learning records page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.services.common.errors import InputRefused
from hrplanner.services.imports.tabular import ImportReport
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import spreadsheet_filter, workbook_filter
from hrplanner.ui.shell.tasks import Progress, Task
from hrplanner.ui.shell.widgets import ProblemModel

if TYPE_CHECKING:
    from hrplanner.storage.database import Database


def run_import(kind: str, db: Database, path: Path, dry_run: bool) -> ImportReport:
    """Run the catalogue's import ``kind`` (the service is imported only now: reading
    workbooks is not needed to open the window)."""
    from hrplanner.services import catalogue

    found = catalogue.import_kind(kind)
    assert found is not None, kind
    report: ImportReport = found.run(db, path, catalogue.ImportRequest(dry_run=dry_run))
    return report


@dataclass(frozen=True)
class ImportKind:
    """What another import plugs into the dialog; the texts are already translated."""

    title: str  # window title, e.g. 匯入外部時數
    kind: str  # the catalogue's import kind (services.catalogue), also its template
    template_file: str  # suggested template file name
    browse_title: str
    counts_records: bool = True  # counts in 筆 (records) rather than 人 (people)


class ImportDialog(QDialog):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, kind: ImportKind | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._kind = kind
        self._task: Task[ImportReport] | None = None
        # Each run gets a number; a cancelled or superseded run's outcome is ignored.
        self._generation = 0
        self._clean_path: Path | None = None  # the file whose dry run found no problem
        self.imported: ImportReport | None = None
        self.setWindowTitle(kind.title if kind else self.tr("匯入人員"))
        self.resize(720, 480)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("選擇 .xlsx 或 .csv 檔案"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button = QPushButton(self.tr("選擇檔案…"))
        self.browse_button.clicked.connect(self.browse)
        self.template_button = QPushButton(self.tr("下載匯入範本…"))
        self.template_button.clicked.connect(self.save_template)
        self.summary = QLabel(self.tr("先按「試算」檢查檔案；沒有問題才能匯入。"))
        self.summary.setWordWrap(True)
        self.problems = ProblemModel(self)
        self.problem_view = QTableView()
        self.problem_view.setModel(self.problems)
        self.problem_view.verticalHeader().setVisible(False)
        header = self.problem_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the service reports no steps
        self.progress.hide()
        self.cancel_task_button = QPushButton(self.tr("取消試算"))
        self.cancel_task_button.clicked.connect(self.cancel_task)
        self.cancel_task_button.hide()

        self.dry_run_button = QPushButton(self.tr("試算"))
        self.import_button = QPushButton(self.tr("匯入"))
        self.dry_run_button.clicked.connect(self.dry_run)
        self.import_button.clicked.connect(self.run_import)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.dry_run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.template_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_task_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_view, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def _path_changed(self) -> None:
        self._clean_path = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._task is not None and self._task.running
        path = self.path()
        self.dry_run_button.setEnabled(not busy and path is not None)
        self.import_button.setEnabled(not busy and path is not None and path == self._clean_path)
        self.browse_button.setEnabled(not busy)
        self.path_edit.setEnabled(not busy)

    def _start(self, work_name: str, cancellable: bool) -> None:
        self.progress.show()
        self.cancel_task_button.setVisible(cancellable)
        self.summary.setText(work_name)
        self._update_buttons()

    def _finish(self) -> None:
        self._task = None
        self._writing = False
        self.progress.hide()
        self.cancel_task_button.hide()
        self._update_buttons()

    # --- actions -----------------------------------------------------------------------

    def browse(self) -> None:
        title = self._kind.browse_title if self._kind else self.tr("選擇人員資料檔")
        path = self._ctx.prompts.open_file(self, title, spreadsheet_filter())
        if path is not None:
            self.path_edit.setText(str(path))

    def save_template(self) -> None:
        suggested = self._kind.template_file if self._kind else self.tr("人員匯入範本.xlsx")
        path = self._ctx.prompts.save_file(
            self, self.tr("儲存匯入範本"), suggested, workbook_filter()
        )
        if path is None:
            return
        from hrplanner.services.imports.templates import write_template

        try:
            write_template(self._kind.kind if self._kind else "staff", path)
        except OSError as exc:
            self._ctx.prompts.error(self, self.tr("無法儲存範本"), str(exc))
            return
        self._ctx.prompts.info(
            self, self.tr("範本已儲存"), self.tr("匯入範本已儲存至 %1").replace("%1", str(path))
        )

    def dry_run(self) -> None:
        path = self.path()
        if path is None:
            return
        self.problems.set_problems([])
        self._run(path, dry_run=True)

    def run_import(self) -> None:
        path = self.path()
        if path is not None and path == self._clean_path:
            self._run(path, dry_run=False)

    def _run(self, path: Path, *, dry_run: bool) -> None:
        self._generation += 1
        generation = self._generation
        db = self._ctx.db
        kind = self._kind.kind if self._kind else "staff"

        def work(progress: Progress) -> ImportReport:
            return run_import(kind, db, path, dry_run)

        def done(report: ImportReport) -> None:
            if generation == self._generation:
                self._done(path, report)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._failed(exc)

        self._writing = not dry_run
        self._task = self._ctx.runner.run(work, on_done=done, on_error=failed)
        if self._task.running:
            self._start(self.tr("試算中…") if dry_run else self.tr("匯入中…"), dry_run)

    _writing = False  # an import (not a dry run) is running

    def reject(self) -> None:
        """Close, cancelling a dry run; an import in progress is one transaction that
        cannot be stopped, so the dialog stays open to say how it ended."""
        if self._task is not None and self._task.running:
            if self._writing:
                return
            self.cancel_task()
        super().reject()

    def cancel_task(self) -> None:
        if self._task is not None:
            self._generation += 1  # forget the outcome
            self._task.cancel()
            self._finish()
            self.summary.setText(self.tr("已取消試算。"))

    def _counts(self, heading: str, report: ImportReport) -> str:
        if self._kind is not None and self._kind.counts_records:
            added = self.tr("新增 %n 筆", "", len(report.added))
            updated = self.tr("更新 %n 筆", "", len(report.updated))
            unchanged = self.tr("未變更 %n 筆", "", len(report.unchanged))
        else:
            added = self.tr("新增 %n 人", "", len(report.added))
            updated = self.tr("更新 %n 人", "", len(report.updated))
            unchanged = self.tr("未變更 %n 人", "", len(report.unchanged))
        text = self.tr("%1：%2、%3、%4")
        for marker, value in (("%1", heading), ("%2", added), ("%3", updated), ("%4", unchanged)):
            text = text.replace(marker, value)
        # Promotions and overlap warnings of an enrollment import (R8) are shown as they are.
        return "\n".join([text, *report.notes])

    def _done(self, path: Path, report: ImportReport) -> None:
        self._finish()
        if report.dry_run:
            self._clean_path = path
            self.summary.setText(self._counts(self.tr("試算結果"), report))
            self._update_buttons()
            return
        self.imported = report
        self._clean_path = None
        self.summary.setText(self._counts(self.tr("匯入完成"), report))
        self._ctx.prompts.info(self, self.tr("匯入完成"), self.summary.text())
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, InputRefused):
            self.problems.set_problems(exc.problems)
            self.summary.setText(
                self.tr("檔案有 %n 個問題，未匯入任何資料；請修正後再試算。", "", len(exc.problems))
            )
            return
        self.summary.setText(self.tr("無法讀取檔案：%1").replace("%1", str(exc)))

"""The staff import dialog (匯入人員): pick a workbook, try it (試算), then import.

The dry run shows how many people would be added, updated and left alone, or every problem
(sheet, row, column, message). 匯入 is enabled only after a clean dry run of the same file,
and the import itself is all or nothing (the service guarantees it). Both run in the
background; a dry run can be cancelled, a running import cannot (it is one transaction
that either completes or changes nothing).

Other imports reuse the dialog by passing an ``ImportKind`` (their importer function,
template and titles), e.g. the external learning records page.

A kind that reads other systems' files (the catalogue lists ``map`` among its options: the
staff roster) gets the column-mapping step of the sign-up import: once a file is chosen, each
of its headers has a combo of the import's columns, proposed from the mapping remembered for
that set of headers (``ui.shell.column_mapping``), and a shipped preset (教育人力資源資料庫)
can be chosen instead; it is proposed when the file has that system's headers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
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

from hrplanner.i18n import _
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.imports.tabular import ImportReport
from hrplanner.ui.shell.column_mapping import ColumnMappingTable
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import spreadsheet_filter, workbook_filter
from hrplanner.ui.shell.tasks import Progress, Task
from hrplanner.ui.shell.widgets import ProblemModel

if TYPE_CHECKING:
    from hrplanner.storage.database import Database


def run_import(
    kind: str,
    db: Database,
    path: Path,
    dry_run: bool,
    mapping: dict[str, str] | None = None,
    preset: str | None = None,
) -> ImportReport:
    """Run the catalogue's import ``kind`` (the service is imported only now: reading
    workbooks is not needed to open the window)."""
    from hrplanner.services import catalogue

    found = catalogue.import_kind(kind)
    assert found is not None, kind
    request = catalogue.ImportRequest(dry_run=dry_run, mapping=mapping or None, preset=preset)
    report: ImportReport = found.run(db, path, request)
    return report


def _maps_columns(kind: str) -> bool:
    from hrplanner.services import catalogue

    found = catalogue.import_kind(kind)
    return found is not None and "map" in found.options


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
        self._clean_choice: tuple[object, ...] | None = None  # and its mapping and preset
        self._loaded: Path | None = None  # the file whose headers the mapping step shows
        self._own_mapping: dict[str, str] = {}  # the table's mapping while a preset is shown
        self._preset_shown = False
        self.imported: ImportReport | None = None
        self.setWindowTitle(kind.title if kind else self.tr("匯入人員"))
        self.resize(720, 480)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("選擇 .xlsx 或 .csv 檔案"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.path_edit.editingFinished.connect(self._path_typed)
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
        self.mapping_box = self._mapping_box()

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.template_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_task_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.mapping_box, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_view, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def _kind_name(self) -> str:
        return self._kind.kind if self._kind else "staff"

    def _mapping_box(self) -> QGroupBox:
        """The mapping step (hidden until a file of a mapping kind is chosen)."""
        box = QGroupBox(self.tr("欄位對應（與標準欄名相同者已自動對應；上次的選擇會被記住）"))
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(self.tr("（不使用預設，依下表對應）"), None)
        self.mapping_table: ColumnMappingTable | None = None
        layout = QVBoxLayout(box)
        if _maps_columns(self._kind_name()):
            from hrplanner.domain.roster_presets import PRESETS

            for name, preset in PRESETS.items():
                self.preset_combo.addItem(f"{_(preset.title)}（{name}）", name)
            self.mapping_table = ColumnMappingTable(self.tr("對應到人員欄位"))
            self.mapping_table.changed.connect(self._choice_changed)
            self.preset_combo.currentIndexChanged.connect(lambda _index: self._preset_changed())
            preset_row = QHBoxLayout()
            preset_row.addWidget(QLabel(self.tr("內建對應")))
            preset_row.addWidget(self.preset_combo, 1)
            layout.addLayout(preset_row)
            layout.addWidget(self.mapping_table)
        box.hide()
        return box

    def load_headers(self, path: Path) -> None:
        """Read the file's headers and propose a mapping (kinds with a mapping step)."""
        if self.mapping_table is None:
            return
        from hrplanner.services.imports.tabular import read_raw
        from hrplanner.services.staff.import_sources import guess_preset
        from hrplanner.services.staff.importing import MAPPER

        try:
            table = read_raw(path)
        except InputRefused as exc:
            self.mapping_box.hide()
            self.problems.set_problems(exc.problems)
            return
        self._loaded = path
        self._own_mapping = MAPPER.proposed(self._ctx.db, table.headers)
        self._preset_shown = False
        targets = [(name, name) for name in MAPPER.target_names]
        self.mapping_table.load(table, targets, self._own_mapping)
        preset = guess_preset(table.headers)
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(preset)))
        self._preset_changed()
        self.mapping_box.show()
        self._choice_changed()

    def preset(self) -> str | None:
        data = self.preset_combo.currentData()
        return None if data is None or self.mapping_table is None else str(data)

    def mapping(self) -> dict[str, str] | None:
        """The mapping chosen in the table (None with a preset or for other kinds)."""
        if self.mapping_table is None or self.mapping_box.isHidden() or self.preset():
            return None
        return self.mapping_table.mapping()

    def _choice(self) -> tuple[object, ...]:
        return (self.preset(), tuple(sorted((self.mapping() or {}).items())))

    def _preset_changed(self) -> None:
        """Show what the preset maps (the table greyed), or the user's own mapping again."""
        table = self.mapping_table
        if table is None:
            return
        from hrplanner.services.staff.import_sources import preset_targets

        preset = self.preset()
        if preset is not None:
            if not self._preset_shown:
                self._own_mapping = table.mapping()
            shown = preset_targets(preset, table.headers)
            self._preset_shown = True
        else:
            shown = self._own_mapping if self._preset_shown else table.mapping()
            self._preset_shown = False
        for header in table.headers:
            table.set_target(header, shown.get(header))
        self._choice_changed()

    def _choice_changed(self) -> None:
        if self.mapping_table is not None:
            self.mapping_table.setEnabled(self.preset() is None)
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def _path_typed(self) -> None:
        path = self.path()
        if path is not None and path.is_file() and path != self._loaded:
            self.load_headers(path)

    def _path_changed(self) -> None:
        self._clean_path = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._task is not None and self._task.running
        path = self.path()
        self.dry_run_button.setEnabled(not busy and path is not None)
        clean = path is not None and path == self._clean_path
        self.import_button.setEnabled(not busy and clean and self._clean_choice == self._choice())
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
            self.load_headers(path)

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
        if path is not None and path == self._clean_path and self._clean_choice == self._choice():
            self._run(path, dry_run=False)

    def _run(self, path: Path, *, dry_run: bool) -> None:
        self._generation += 1
        generation = self._generation
        db = self._ctx.db
        kind = self._kind_name()
        mapping, preset, choice = self.mapping(), self.preset(), self._choice()

        def work(progress: Progress) -> ImportReport:
            return run_import(kind, db, path, dry_run, mapping, preset)

        def done(report: ImportReport) -> None:
            if generation == self._generation:
                self._done(path, report, choice)

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

    def _done(self, path: Path, report: ImportReport, choice: tuple[object, ...] = ()) -> None:
        self._finish()
        if report.dry_run:
            self._clean_path = path
            self._clean_choice = choice
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

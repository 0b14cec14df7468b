"""The 進修 page (R12): a year's study records with the places used (x of max(1, ⌊headcount
÷ 10⌋)) and who holds them, add / edit / delete, and the 進修 import.

The list keeps what an officer looks for (who, what, when, approved, place, selection) in
the width of a 1100 × 700 window; the weekly office hours, the degree and whether the study
is job-related are in the cells' tooltips and the edit dialog. Past a handful of holders the
places line counts them by kind, the names in its tooltip.

The year is read on the background worker (one service call; the selection check of 細則
§13 is read with it when the appraisal area has grades), so changing the year never holds
the window. The 選送資格 column appears only when there are appraisal grades to judge by.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
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

from hrplanner.domain.rocdate import format_date, roc_year
from hrplanner.domain.study import FULL_TIME, OFF_HOURS, PART_TIME, Selection
from hrplanner.services.study import records, selection
from hrplanner.services.study.records import StudyView, StudyYear
from hrplanner.ui.shell.import_dialog import ImportDialog, ImportKind
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.navigation import quiet, select_data
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.study.dialog import KIND_LABELS, StudyDialog
from hrplanner.ui.training.models import (
    OK_BRUSH,
    QT_TRANSLATE_NOOP,
    WARN_BRUSH,
    Column,
    RowsModel,
    is_refusal,
    refusal_text,
)

YEARS_BACK = 10
FULL_COLOR = "#b00020"
SELECTION_LABELS = {
    Selection.ELIGIBLE: QT_TRANSLATE_NOOP("StudyPage", "符合"),
    Selection.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("StudyPage", "不符合"),
    Selection.UNKNOWN: QT_TRANSLATE_NOOP("StudyPage", "資料不足"),
}
UNDECIDED = QT_TRANSLATE_NOOP("StudyPage", "未定")
AWAITING = QT_TRANSLATE_NOOP("StudyPage", "待核准")
HOLDS = QT_TRANSLATE_NOOP("StudyPage", "占用")
JOB_RELATED = {
    True: QT_TRANSLATE_NOOP("StudyPage", "是"),
    False: QT_TRANSLATE_NOOP("StudyPage", "否"),
}
# The kinds as the list shows them: in English shorter than the dialog's wording.
KIND_SHORT = {
    PART_TIME: QT_TRANSLATE_NOOP("StudyPage", "部分辦公時間進修"),
    FULL_TIME: QT_TRANSLATE_NOOP("StudyPage", "全時進修"),
    OFF_HOURS: QT_TRANSLATE_NOOP("StudyPage", "公餘進修"),
}
PERSON = QT_TRANSLATE_NOOP("StudyPage", "%1（%2）")  # name (employee no.)
LABELLED = QT_TRANSLATE_NOOP("StudyPage", "%1：%2")
NAMES_SHOWN = 6  # holders named on the places line; more are counted by kind
UNIT_COLUMN, PROGRAMME_COLUMN = 1, 3
UNIT_WIDTH = 120  # a longer unit's name elides in the middle
_SELECTION_BRUSH = {Selection.ELIGIBLE: OK_BRUSH, Selection.NOT_ELIGIBLE: WARN_BRUSH}
_HOLDS = QBrush(QColor("#e8eefa"))


def _t(text: str, context: str = "StudyPage") -> str:
    return QCoreApplication.translate(context, text)


def labelled(label: str, value: str) -> str:
    return _t(LABELLED).replace("%1", label).replace("%2", value)


@dataclass(frozen=True)
class Loaded:
    year: StudyYear
    checks: dict[int, Selection] | None


def study_columns(
    date_style: str, holders: frozenset[int], checks: dict[int, Selection] | None
) -> list[Column[StudyView]]:
    def period(r: StudyView) -> str:
        end = format_date(r.end_date, date_style) if r.end_date else _t(UNDECIDED)
        return f"{format_date(r.start_date, date_style)} – {end}"

    def kind_tip(r: StudyView) -> str:
        kind = _t(KIND_LABELS[r.kind], "StudyDialog")
        weekly = r.weekly_text
        label = _t("每週公假時數", "StudyDialog")
        return f"{kind}\n{labelled(label, weekly)}" if weekly else kind

    def programme(r: StudyView) -> str:
        return " ".join(t for t in (r.school, r.programme) if t)

    def programme_tip(r: StudyView) -> str:
        lines = [programme(r)] if programme(r) else []
        if r.degree:
            lines.append(labelled(_t("學位或學分", "StudyDialog"), r.degree))
        if r.job_related is not None:
            related = _t(JOB_RELATED[r.job_related])
            lines.append(labelled(_t("與業務有關", "StudyDialog"), related))
        return "\n".join(lines)

    columns: list[Column[StudyView]] = [
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "人員"),
            lambda r: _t(PERSON).replace("%1", r.name).replace("%2", r.employee_no),
            sort=lambda r: (r.name, r.employee_no),
        ),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "單位"), lambda r: r.unit),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "進修類別"),
            lambda r: _t(KIND_SHORT[r.kind]),
            tooltip=kind_tip,
        ),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "學校系所"), programme, tooltip=programme_tip),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "進修期間"),
            period,
            sort=lambda r: r.start_date.toordinal(),
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "核准日期"),
            lambda r: format_date(r.approved_on, date_style) if r.approved_on else _t(AWAITING),
            sort=lambda r: r.approved_on.toordinal() if r.approved_on else 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "占用名額"),
            lambda r: _t(HOLDS) if r.id in holders else "",
            background=lambda r: _HOLDS if r.id in holders else None,
        ),
    ]
    if checks is not None:
        columns.append(
            Column(
                QT_TRANSLATE_NOOP("TrainingModels", "選送資格"),
                lambda r: _t(SELECTION_LABELS[checks[r.id]]) if r.id in checks else "",
                background=lambda r: _SELECTION_BRUSH.get(checks[r.id]) if r.id in checks else None,
            )
        )
    return columns


class StudyPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.loaded: Loaded | None = None
        self._generation = 0

        self.year_combo = QComboBox()
        this_year = today().year
        for year in range(this_year + 1, this_year - YEARS_BACK - 1, -1):
            label = self.tr("%1 年度").replace("%1", str(roc_year(dt.date(year, 1, 1))))
            self.year_combo.addItem(label, year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(this_year))
        # currentIndexChanged(int) must not become refresh's keep_id.
        self.year_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.quota_label = QLabel()
        self.quota_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("新增…"))
        self.edit_button = QPushButton(self.tr("編輯…"))
        self.delete_button = QPushButton(self.tr("刪除"))
        self.import_button = QPushButton(self.tr("匯入…"))
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_records)

        self.model: RowsModel[StudyView] = RowsModel(
            study_columns(ctx.date_style, frozenset(), None), self
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        # The service's order until the user clicks a header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        # A long unit or school elides in the middle, whole in the tooltip.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.hint = QLabel(
            self.tr(
                "部分辦公時間進修每人每週至多 8 小時公假；部分辦公時間進修及全時進修每年核准人數"
                "不得超過編制內預算員額的十分之一（至少 1 人），公餘進修不受限制。"
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_combo)
        top.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.quota_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._update_buttons()
        # Read on a reader thread, dropped when the user leaves; the banner shows meanwhile.
        self.load = Load(self.ctx.runner, self)
        loading_state(self.table, self.load)
        self.refresh()

    # --- the year ---------------------------------------------------------------------------

    def year(self) -> int:
        return int(self.year_combo.currentData())

    def show_filtered(self, year: int | None = None, **_: object) -> None:
        """``navigate("study", year=…)``."""
        with quiet(self.year_combo):
            select_data(self.year_combo, year or self.today().year)
        self.refresh()

    def refresh(self, keep_id: int | None = None) -> None:
        """Read the year on the worker; the list follows when it arrives."""
        self._generation += 1
        generation, year, db = self._generation, self.year(), self.ctx.db
        self.quota_label.setText(self.tr("讀取中…"))

        def work(_progress: Progress) -> Loaded:
            listing = records.year_list(db, year)
            return Loaded(listing, selection.selection_checks(db, listing.records))

        def done(loaded: Loaded) -> None:
            if generation == self._generation:  # a later year asked for meanwhile wins
                self._show(loaded, keep_id)

        self.load.start(work, done, self._failed)

    def _show(self, loaded: Loaded, keep_id: int | None) -> None:
        self.loaded = loaded
        listing = loaded.year
        self.model.set_columns(
            study_columns(self.ctx.date_style, listing.holder_ids, loaded.checks)
        )
        self.model.set_rows(listing.records)
        self._fit_columns()
        quota = listing.quota
        all_names = self.tr("、").join(quota.names)
        if quota.used <= NAMES_SHOWN:
            names = all_names or self.tr("無")
        else:
            # Hundreds of names would fill half the page: counted by kind, named in the
            # tooltip (and the 占用名額 column sorts the holders together).
            counts = Counter(h.kind for h in quota.holders)
            names = self.tr("、").join(
                self.tr("%1 %2 人").replace("%1", _t(KIND_SHORT[k])).replace("%2", str(n))
                for k, n in ((k, counts[k]) for k in KIND_SHORT if counts[k])
            )
        text = (
            self.tr("%1 年度部分辦公時間進修及全時進修名額：已用 %2／%3 人（%4）")
            .replace("%1", str(quota.year - 1911))
            .replace("%2", str(quota.used))
            .replace("%3", str(quota.quota))
            .replace("%4", names)
        )
        text += self.tr("；編制內預算員額 %1 人").replace("%1", str(listing.headcount))
        if not listing.headcount:
            text += self.tr("（尚未設定，請至「機關設定」填寫）")
        self.quota_label.setText(text)
        many = quota.used > NAMES_SHOWN
        self.quota_label.setToolTip(f"<p>{html.escape(all_names)}</p>" if many else "")
        full = quota.used >= quota.quota
        self.quota_label.setStyleSheet(f"color: {FULL_COLOR}; font-weight: bold;" if full else "")
        if keep_id is not None:
            for row, item in enumerate(self.model.rows()):
                if item.id == keep_id:
                    self.table.selectRow(row)
        self._update_buttons()

    def _fit_columns(self, sample: int = 60) -> None:
        """Widths from the header and the first rows' text (measuring a large demo's 400
        records cell by cell would hold the window for most of a second); the school and
        department take what is left."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal))]
            rows = min(sample, self.model.rowCount())
            texts += [str(self.model.index(r, column).data() or "") for r in range(rows)]
            width = max(metrics.horizontalAdvance(t) for t in texts) + 16
            widest = UNIT_WIDTH if column == UNIT_COLUMN else 170
            self.table.setColumnWidth(column, min(max(width, 60), widest))
        header.setSectionResizeMode(PROGRAMME_COLUMN, QHeaderView.ResizeMode.Stretch)

    def selected(self) -> StudyView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _failed(self, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        self.ctx.prompts.error(self, self.tr("無法讀取進修紀錄"), refusal_text(exc))

    # --- actions ------------------------------------------------------------------------------

    def make_dialog(self, record: StudyView | None) -> StudyDialog:
        return StudyDialog(self.ctx, record, self)

    def _after_save(self, dialog: StudyDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        if saved.warnings:
            self.ctx.prompts.info(self, self.tr("已儲存進修紀錄"), "\n".join(saved.warnings))
        self.refresh(saved.record.id)

    def add_record(self) -> None:
        dialog = self.make_dialog(None)
        if dialog.exec():
            self._after_save(dialog)

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = self.make_dialog(record)
        if dialog.exec():
            self._after_save(dialog)

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        question = self.tr("刪除 %1 的「%2」進修紀錄？").replace("%1", record.name)
        question = question.replace("%2", _t(KIND_LABELS[record.kind], "StudyDialog"))
        if not self.ctx.prompts.confirm(self, self.tr("刪除進修紀錄"), question):
            return
        try:
            records.delete_record(self.ctx.db, record.id, record.version)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法刪除進修紀錄"), refusal_text(exc))
        self.refresh()

    def make_import_dialog(self) -> ImportDialog:
        kind = ImportKind(
            title=self.tr("匯入進修紀錄"),
            kind="study",
            template_file=self.tr("進修匯入範本.xlsx"),
            browse_title=self.tr("選擇進修紀錄檔案"),
        )
        return ImportDialog(self.ctx, self, kind)

    def import_records(self) -> None:
        dialog = self.make_import_dialog()
        if dialog.exec() and dialog.imported is not None:
            self.refresh()

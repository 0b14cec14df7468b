"""The panel beside the year-end table: the selected person's appraisal in full (R14).

It shows the suggested kind and why, the year's 獎懲 with their net points, the leave
summary, the credited learning hours, every named problem and the 甲等 evidence; it edits
the kind (a different kind needs a reason), the facts, the note, the 丁 ground and the
刑事/懲戒 flag, and moves the selected rows through the workflow. A change of an approved
appraisal needs the reason typed in 修改理由; the service logs it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.appraisal.notice import PayPosition
from hrplanner.domain.appraisal.problems import number_text, signed_points_text
from hrplanner.domain.appraisal.vocabulary import (
    D_GROUNDS,
    WORKFLOW_ORDER,
    AppraisalKind,
    RewardKind,
    WorkflowStatus,
)
from hrplanner.domain.hours import format_hours
from hrplanner.services.appraisal import year_end
from hrplanner.services.appraisal.year_end import YearEndRow
from hrplanner.ui.appraisal.common import term
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.widgets import ErrorLabel, fill_combo
from hrplanner.ui.training.models import is_refusal, refusal_text


class YearEndPageLike(Protocol):
    """What the panel needs of the page it sits on (the year-end page)."""

    def entry_of(self, r: YearEndRow, **changes: Any) -> year_end.YearEndEntry: ...

    def selected_rows(self) -> list[YearEndRow]: ...


NONE_KIND = ""
WIDE_LABEL = 100  # px: wider form labels go above their fields


class DetailPanel(QWidget):
    saved = Signal(object)  # the YearEndRow as saved
    moved = Signal()  # rows moved through the workflow: the page re-reads the year

    def __init__(
        self, ctx: UiContext, page: Any, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page: YearEndPageLike = page
        self.today = today
        self.row: YearEndRow | None = None

        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-weight: bold;")
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.kind_combo = QComboBox()
        fill_combo(
            self.kind_combo,
            [(term(k.value), k.value) for k in AppraisalKind]
            + [(self.tr("不辦理考績"), NONE_KIND)],
        )
        self.kind_button = QPushButton(self.tr("變更種類"))
        self.rewards_label = QLabel()
        self.rewards_label.setWordWrap(True)
        self.leave_label = QLabel()
        self.leave_label.setWordWrap(True)
        self.problems_label = ErrorLabel()
        self.evidence_label = QLabel()
        self.evidence_label.setWordWrap(True)
        self.evidence_label.setStyleSheet("color: #1b5e20;")
        self.facts = QPlainTextEdit()
        self.facts.setPlaceholderText(self.tr("重大優劣事實"))
        self.facts.setMaximumHeight(70)
        self.note = QLineEdit()
        self.ground_combo = QComboBox()
        fill_combo(
            self.ground_combo,
            [(self.tr("（無）"), None), *((f"{g.code} {g.text}", g.code) for g in D_GROUNDS)],
        )
        # The grounds are long sentences: the box shows the start, the list the whole text.
        self.ground_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ground_combo.setMinimumContentsLength(14)
        self.punished = QCheckBox(self.tr("年度內曾受刑事或懲戒處分"))
        self.punished.setToolTip(
            self.tr("年度內曾受刑事處罰或懲戒處分者，不得考列甲等（考績法施行細則第 4 條）。")
        )
        self.position_combo = QComboBox()
        fill_combo(self.position_combo, [(term(p.value), p.value) for p in PayPosition])
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("變更種類或修改已核定考績時必填"))
        self.save_button = QPushButton(self.tr("儲存"))
        self.forward_button = QPushButton()
        self.back_button = QPushButton(self.tr("退回上一步"))
        self.error = ErrorLabel()

        self.kind_button.clicked.connect(self.change_kind)
        self.save_button.clicked.connect(self.save)
        self.forward_button.clicked.connect(lambda: self.move_step(forward=True))
        self.back_button.clicked.connect(lambda: self.move_step(forward=False))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        kind_row = QVBoxLayout()
        kind_row.addWidget(self.kind_combo)
        kind_row.addWidget(self.kind_button)
        rows: list[tuple[str, QWidget | QVBoxLayout]] = [
            (self.tr("考績種類"), kind_row),
            (self.tr("重大優劣事實"), self.facts),
            (self.tr("備註"), self.note),
            (self.tr("丁等事由"), self.ground_combo),
            ("", self.punished),
            (self.tr("俸級位置"), self.position_combo),
            (self.tr("修改理由"), self.reason),
        ]
        # Labels as long as the English ones leave the fields too narrow beside them: then
        # each label goes above its field.
        wide = max(self.fontMetrics().horizontalAdvance(text) for text, _ in rows) > WIDE_LABEL
        if wide:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for text, field in rows:
            if text or not wide:
                form.addRow(text, field)
            else:
                form.addRow(field)  # the checkbox: no empty line above it
        # Two rows, so that the panel stays narrow in either language.
        buttons = QVBoxLayout()
        step_row = QHBoxLayout()
        step_row.addWidget(self.forward_button)
        step_row.addWidget(self.back_button)
        buttons.addWidget(self.save_button)
        buttons.addLayout(step_row)
        self.name_label.setWordWrap(True)
        for label in (
            self.name_label,
            self.rewards_label,
            self.leave_label,
            self.suggestion_label,
        ):
            label.setMinimumWidth(1)  # wrap instead of widening the panel
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.name_label)
        layout.addWidget(self.suggestion_label)
        # What the records say, read-only, above what is edited: wrapped labels inside a
        # form get too little height when its labels go above the fields.
        layout.addWidget(self.rewards_label)
        layout.addWidget(self.leave_label)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(280)
        self.show_row(None)

    # --- showing -------------------------------------------------------------------------------

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def show_row(self, row: YearEndRow | None) -> None:
        self.row = row
        self.error.show_message("")
        enabled = row is not None
        for widget in (
            self.kind_combo,
            self.kind_button,
            self.facts,
            self.note,
            self.ground_combo,
            self.punished,
            self.position_combo,
            self.reason,
            self.save_button,
            self.forward_button,
            self.back_button,
        ):
            widget.setEnabled(enabled)
        if row is None:
            self.name_label.setText(self.tr("請在左側選擇一位人員"))
            for label in (
                self.suggestion_label,
                self.rewards_label,
                self.leave_label,
                self.evidence_label,
            ):
                label.setText("")
            self.problems_label.show_message("")
            self.forward_button.setText(self.tr("下一步"))
            return
        self.name_label.setText(f"{row.name}（{row.employee_no}）　{row.unit}　{row.title}")
        suggested = term(row.suggested_kind) if row.suggested_kind else self.tr("不辦理考績")
        text = (
            self.tr("依到職、離職日期建議：%1（該年任職 %2 個月）")
            .replace("%1", suggested)
            .replace("%2", str(row.months))
        )
        if row.kind_reason:
            text += "\n" + self.tr("變更理由：%1").replace("%1", row.kind_reason)
        if row.clamp_note:
            text += "\n" + row.clamp_note
        self.suggestion_label.setText(text)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(row.kind or NONE_KIND)))
        times = "、".join(
            self.tr("%1 %2 次").replace("%1", term(k.value)).replace("%2", str(row.tally.count(k)))
            for k in RewardKind
            if row.tally.count(k)
        )
        rewards = (
            self.tr("%1（增減 %2 分）")
            .replace("%1", times or self.tr("無"))
            .replace("%2", signed_points_text(row.net_points))
        )
        self.rewards_label.setText(self.tr("獎懲：%1").replace("%1", rewards))
        if row.leave is None:
            leave = self.tr("尚未登錄差勤統計")
        else:
            leave = (
                self.tr("事病假 %1 日、曠職 %2 日、遲到早退 %3 次")
                .replace("%1", number_text(row.leave.sick_personal_days))
                .replace("%2", number_text(row.leave.absent_days))
                .replace("%3", str(row.leave.late_count))
            )
        leave += "\n" + self.tr("學習時數 %1 小時").replace(
            "%1", format_hours(row.credited_minutes)
        )
        self.leave_label.setText(self.tr("差勤：%1").replace("%1", leave))
        self.problems_label.show_message("\n".join(f"• {p.message}" for p in row.problems))
        evidence = "\n".join(f"✓ {e.message}" for e in row.evidence)
        self.evidence_label.setText(evidence)
        self.facts.setPlainText(row.facts)
        self.note.setText(row.note)
        self.ground_combo.setCurrentIndex(max(0, self.ground_combo.findData(row.d_ground)))
        self.punished.setChecked(row.punished)
        self.position_combo.setCurrentIndex(max(0, self.position_combo.findData(row.pay_position)))
        self.reason.clear()
        step = WORKFLOW_ORDER.index(WorkflowStatus(row.status))
        following = WORKFLOW_ORDER[step + 1] if step + 1 < len(WORKFLOW_ORDER) else None
        self.forward_button.setText(
            self.tr("送%1").replace("%1", term(following.value)) if following else self.tr("已核定")
        )
        self.forward_button.setEnabled(following is not None)
        self.back_button.setEnabled(step > 0)

    # --- editing -------------------------------------------------------------------------------

    def _refused(self, exc: Exception) -> None:
        if not is_refusal(exc):
            raise exc
        self.error.show_message(refusal_text(exc))

    def change_kind(self) -> None:
        if self.row is None:
            return
        kind = self.kind_combo.currentData() or None
        try:
            saved = year_end.set_kind(
                self.ctx.db, self.row.id, kind, reason=self.reason_text(), version=self.row.version
            )
        except Exception as exc:
            self._refused(exc)
            return
        self.saved.emit(saved)

    def save(self) -> None:
        if self.row is None:
            return
        entry = self.page.entry_of(
            self.row,
            facts=self.facts.toPlainText(),
            note=self.note.text(),
            d_ground=self.ground_combo.currentData(),
            punished=self.punished.isChecked(),
            pay_position=self.position_combo.currentData(),
        )
        try:
            saved = year_end.save_entry(
                self.ctx.db,
                self.row.id,
                entry,
                version=self.row.version,
                today=self.today(),
                reason=self.reason_text(),
            )
        except Exception as exc:
            self._refused(exc)
            return
        self.saved.emit(saved)

    def move_step(self, *, forward: bool) -> None:
        """Move the selected rows (or the shown one) one step forward or back."""
        if self.row is None:
            return
        rows = self.page.selected_rows() or [self.row]
        step = WORKFLOW_ORDER.index(WorkflowStatus(self.row.status))
        target = WORKFLOW_ORDER[step + 1 if forward else step - 1]
        ids = [r.id for r in rows]
        reason = self.reason_text()

        def work(_progress: object) -> int:
            return year_end.move_status(
                self.ctx.db, ids, target.value, today=self.today(), reason=reason
            )

        def failed(exc: BaseException) -> None:
            if not is_refusal(exc):
                raise exc
            self.error.show_message(refusal_text(exc))

        self.ctx.runner.run(work, on_done=lambda _n: self.moved.emit(), on_error=failed)

"""Add or edit one external learning record (外部時數) by hand.

The person is picked from the staff list (``PeoplePicker``) or typed as an employee number;
the date may be typed as an ROC date and the hours as 1.5. A thin dialog: it parses what
was typed and hands it to ``services.external``, which checks everything; the dialog closes
only when the record was saved and lists every problem in Chinese otherwise.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.hours import format_hours, parse_hours
from hrplanner.domain.rocdate import format_date, parse_date
from hrplanner.services.common import reference
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.hours import external
from hrplanner.services.hours.external import ExternalInput, ExternalView
from hrplanner.services.staff import roster
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.people_picker import PeoplePicker
from hrplanner.ui.shell.widgets import ErrorLabel
from hrplanner.ui.training.models import is_refusal, refusal_text, term


class ExternalDialog(QDialog):
    """New record (``record`` None) or edit one; ``saved`` holds what the service stored."""

    def __init__(
        self, ctx: UiContext, record: ExternalView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.saved: ExternalView | None = None
        self.setWindowTitle(self.tr("新增外部時數") if record is None else self.tr("編輯外部時數"))

        self.person_label = QLabel()
        self.employee_no = QLineEdit()
        self.employee_no.setPlaceholderText(self.tr("員工編號"))
        # A typed number no longer matches the name shown for the picked person.
        self.employee_no.textEdited.connect(lambda _t: self.person_label.setText(""))
        self.pick_button = QPushButton(self.tr("選擇人員…"))
        self.pick_button.clicked.connect(self.pick_person)
        self.title_edit = QLineEdit()
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("學習結束日期，例：115/05/20"))
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText(self.tr("例：2 或 1.5"))
        self.topic = QComboBox()
        for item in reference.list_items(ctx.db, "topic"):
            self.topic.addItem(item.name, item.name)
        self.mode = QComboBox()
        for mode in external.MODES:
            self.mode.addItem(term(mode), mode)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("例：e等公務園+"))
        self.errors = ErrorLabel()

        person = QHBoxLayout()
        person.addWidget(self.employee_no)
        person.addWidget(self.pick_button)
        person.addWidget(self.person_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("人員"), person)
        form.addRow(self.tr("課程名稱"), self.title_edit)
        form.addRow(self.tr("日期"), self.date_edit)
        form.addRow(self.tr("時數"), self.hours_edit)
        form.addRow(self.tr("學習類別"), self.topic)
        form.addRow(self.tr("學習性質"), self.mode)
        form.addRow(self.tr("來源"), self.source)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 340)
        if record is not None:
            self._load(record)
        else:
            self.topic.setCurrentIndex(max(0, self.topic.findData(external.DEFAULT_TOPIC)))
            self.mode.setCurrentIndex(max(0, self.mode.findData(external.DEFAULT_MODE)))

    def _load(self, r: ExternalView) -> None:
        self.employee_no.setText(r.employee_no)
        self.person_label.setText(r.name)
        self.title_edit.setText(r.title)
        self.date_edit.setText(format_date(r.end_date, self.ctx.date_style))
        self.hours_edit.setText(format_hours(r.minutes))
        index = self.topic.findData(r.topic)
        if index < 0:  # a topic since removed from the list stays as it is
            self.topic.addItem(r.topic, r.topic)
            index = self.topic.count() - 1
        self.topic.setCurrentIndex(index)
        self.mode.setCurrentIndex(max(0, self.mode.findData(r.mode)))
        self.source.setText(r.source or "")

    # --- the person -------------------------------------------------------------------------

    def make_picker(self) -> PeoplePicker:
        return PeoplePicker(self.ctx, self, multi=False, title=self.tr("選擇人員"))

    def pick_person(self) -> None:
        picker = self.make_picker()
        if not picker.exec():
            return
        ids = picker.selected_ids()
        if ids:
            self.set_person(ids[0])

    def set_person(self, employee_id: int) -> None:
        rows = roster.rows_for_ids(self.ctx.db, [employee_id])
        if rows:
            self.employee_no.setText(rows[0].employee_no)
            self.person_label.setText(f"{rows[0].name}（{rows[0].unit}）")

    # --- OK ---------------------------------------------------------------------------------

    def record_input(self) -> ExternalInput:
        """What the form says; InputRefused lists every value that cannot be read."""
        problems: list[Problem] = []
        end_date = dt.date(1, 1, 1)
        minutes = 0
        if not self.date_edit.text().strip():
            problems.append(Problem("日期必填", column="日期"))
        else:
            try:
                end_date = parse_date(self.date_edit.text())
            except ValueError as exc:
                problems.append(Problem(str(exc), column="日期"))
        try:
            minutes = parse_hours(self.hours_edit.text())
        except ValueError as exc:
            problems.append(Problem(str(exc), column="時數"))
        if not self.employee_no.text().strip():
            problems.append(Problem("請選擇人員或輸入員工編號", column="員工編號"))
        if problems:
            raise InputRefused(problems)
        return ExternalInput(
            employee_no=self.employee_no.text().strip(),
            title=self.title_edit.text(),
            end_date=end_date,
            minutes=minutes,
            topic=str(self.topic.currentData()),
            mode=str(self.mode.currentData()),
            source=self.source.text().strip() or None,
        )

    def accept(self) -> None:
        try:
            data = self.record_input()
            if self.record is None:
                self.saved = external.add_external(self.ctx.db, data)
            else:
                self.saved = external.update_external(self.ctx.db, self.record.id, data)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.errors.show_message(refusal_text(exc))
            return
        super().accept()

"""Add or edit one study record (進修, R12).

The person is picked from the staff list or typed as an employee number; dates are typed as
ROC dates. For 部分辦公時間進修 the office hours are entered per weekday, and the total
updates as they are typed, turning red past the eight-hour limit (the service refuses such
a week anyway). A thin dialog: the service checks everything, and an approval the year's
places cannot hold is refused with who holds them; the dialog closes only on success.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain import study as rules
from hrplanner.domain.hours import format_hours, parse_hours
from hrplanner.domain.rocdate import format_date, parse_date
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.staff import roster
from hrplanner.services.study import records
from hrplanner.services.study.records import Saved, StudyInput, StudyView
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.people_picker import PeoplePicker
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP
from hrplanner.ui.shell.widgets import ErrorLabel
from hrplanner.ui.training.models import is_refusal, refusal_text

WEEKDAYS = (
    QT_TRANSLATE_NOOP("StudyDialog", "週一"),
    QT_TRANSLATE_NOOP("StudyDialog", "週二"),
    QT_TRANSLATE_NOOP("StudyDialog", "週三"),
    QT_TRANSLATE_NOOP("StudyDialog", "週四"),
    QT_TRANSLATE_NOOP("StudyDialog", "週五"),
    QT_TRANSLATE_NOOP("StudyDialog", "週六"),
    QT_TRANSLATE_NOOP("StudyDialog", "週日"),
)
KIND_LABELS = {
    rules.PART_TIME: QT_TRANSLATE_NOOP("StudyDialog", "部分辦公時間進修"),
    rules.FULL_TIME: QT_TRANSLATE_NOOP("StudyDialog", "全時進修"),
    rules.OFF_HOURS: QT_TRANSLATE_NOOP("StudyDialog", "公餘進修"),
}
LIMIT_HOURS = rules.WEEKLY_LIMIT_MINUTES // 60


class StudyDialog(QDialog):
    """New record (``record`` None) or edit one; ``saved`` holds what the service stored."""

    def __init__(
        self, ctx: UiContext, record: StudyView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.saved: Saved | None = None
        self.setWindowTitle(self.tr("新增進修紀錄") if record is None else self.tr("編輯進修紀錄"))

        self.employee_no = QLineEdit()
        self.employee_no.setPlaceholderText(self.tr("員工編號"))
        self.person_label = QLabel()
        self.employee_no.textEdited.connect(lambda _t: self.person_label.setText(""))
        self.pick_button = QPushButton(self.tr("選擇人員…"))
        self.pick_button.clicked.connect(self.pick_person)
        self.kind = QComboBox()
        for kind in rules.STUDY_KINDS:
            self.kind.addItem(self.tr(KIND_LABELS[kind]), kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.school = QLineEdit()
        self.school.setPlaceholderText(self.tr("例：國立清華大學"))
        self.programme = QLineEdit()
        self.programme.setPlaceholderText(self.tr("例：公共政策研究所"))
        self.degree = QLineEdit()
        self.degree.setPlaceholderText(self.tr("例：碩士在職專班、學分班"))
        self.start_edit = QLineEdit()
        self.start_edit.setPlaceholderText(self.tr("例：114/09/01"))
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(self.tr("未定可留空"))
        self.approved_edit = QLineEdit()
        self.approved_edit.setPlaceholderText(self.tr("機關首長核准日期；尚未核准請留空"))
        self.job_related = QComboBox()
        self.job_related.addItem(self.tr("尚未認定"), None)
        self.job_related.addItem(self.tr("是"), True)
        self.job_related.addItem(self.tr("否"), False)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(56)

        self.day_spins: list[QDoubleSpinBox] = []
        week = QGridLayout()
        for day, name in enumerate(WEEKDAYS):
            spin = QDoubleSpinBox()
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(0, 24)
            spin.setSuffix(self.tr(" 小時"))
            spin.valueChanged.connect(self._update_total)
            self.day_spins.append(spin)
            week.addWidget(QLabel(self.tr(name)), 0, day)
            week.addWidget(spin, 1, day)
        self.week_box = QWidget()
        self.week_box.setLayout(week)
        self.total_label = QLabel()
        self.errors = ErrorLabel()

        person = QHBoxLayout()
        person.addWidget(self.employee_no)
        person.addWidget(self.pick_button)
        person.addWidget(self.person_label, 1)
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("至")))
        period.addWidget(self.end_edit)
        weekly = QVBoxLayout()
        weekly.addWidget(self.week_box)
        weekly.addWidget(self.total_label)
        form = QFormLayout()
        form.addRow(self.tr("人員"), person)
        form.addRow(self.tr("進修類別"), self.kind)
        form.addRow(self.tr("學校"), self.school)
        form.addRow(self.tr("系所"), self.programme)
        form.addRow(self.tr("學位或學分"), self.degree)
        form.addRow(self.tr("進修期間"), period)
        form.addRow(self.tr("每週公假時數"), weekly)
        form.addRow(self.tr("與業務有關"), self.job_related)
        form.addRow(self.tr("核准日期"), self.approved_edit)
        form.addRow(self.tr("備註"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        if record is not None:
            self._load(record)
        self._kind_changed()

    def _load(self, r: StudyView) -> None:
        self.employee_no.setText(r.employee_no)
        self.person_label.setText(f"{r.name}（{r.unit}）")
        self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind)))
        self.school.setText(r.school)
        self.programme.setText(r.programme)
        self.degree.setText(r.degree)
        self.start_edit.setText(format_date(r.start_date, self.ctx.date_style))
        self.end_edit.setText(format_date(r.end_date, self.ctx.date_style))
        self.approved_edit.setText(format_date(r.approved_on, self.ctx.date_style))
        self.job_related.setCurrentIndex(max(0, self.job_related.findData(r.job_related)))
        self.note.setPlainText(r.note)
        for day, spin in enumerate(self.day_spins):
            spin.setValue(r.weekly.minutes[day] / 60)

    # --- the person and the week ------------------------------------------------------------

    def make_picker(self) -> PeoplePicker:
        return PeoplePicker(self.ctx, self, multi=False, title=self.tr("選擇進修人員"))

    def pick_person(self) -> None:
        picker = self.make_picker()
        if picker.exec() and picker.selected_ids():
            self.set_person(picker.selected_ids()[0])

    def set_person(self, employee_id: int) -> None:
        rows = roster.rows_for_ids(self.ctx.db, [employee_id])
        if rows:
            self.employee_no.setText(rows[0].employee_no)
            self.person_label.setText(f"{rows[0].name}（{rows[0].unit}）")

    def part_time(self) -> bool:
        return bool(self.kind.currentData() == rules.PART_TIME)

    def _kind_changed(self) -> None:
        self.week_box.setEnabled(self.part_time())
        self._update_total()

    def weekly_minutes(self) -> dict[int, int]:
        """Weekday → minutes as typed (through the domain's hours, so 1.5 is 90 exactly)."""
        if not self.part_time():
            return {}
        found: dict[int, int] = {}
        for day, spin in enumerate(self.day_spins):
            minutes = parse_hours(f"{spin.value():.1f}")
            if minutes:
                found[day] = minutes
        return found

    def _update_total(self) -> None:
        if not self.part_time():
            self.total_label.setText(self.tr("只有部分辦公時間進修填每週公假時數。"))
            self.total_label.setStyleSheet("color: #666666;")
            return
        total = sum(self.weekly_minutes().values())
        text = self.tr("每週合計 %1 小時（上限 %2 小時）")
        text = text.replace("%1", format_hours(total)).replace("%2", str(LIMIT_HOURS))
        over = total > rules.WEEKLY_LIMIT_MINUTES
        if over:
            text += self.tr("：超過上限，無法儲存")
        self.total_label.setText(text)
        self.total_label.setStyleSheet("color: #b00020;" if over else "")

    # --- OK ---------------------------------------------------------------------------------

    def _date(self, edit: QLineEdit, column: str, problems: list[Problem]) -> dt.date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError as exc:
            problems.append(Problem(str(exc), column=column))
            return None

    def record_input(self) -> StudyInput:
        """What the form says; InputRefused lists every value that cannot be read."""
        problems: list[Problem] = []
        start = self._date(self.start_edit, self.tr("起始日期"), problems)
        end = self._date(self.end_edit, self.tr("結束日期"), problems)
        approved = self._date(self.approved_edit, self.tr("核准日期"), problems)
        if start is None and not problems:
            problems.append(Problem(self.tr("請填寫進修起始日期。"), column=self.tr("起始日期")))
        if problems or start is None:
            raise InputRefused(problems)
        return StudyInput(
            employee_no=self.employee_no.text().strip(),
            kind=str(self.kind.currentData()),
            start_date=start,
            end_date=end,
            school=self.school.text(),
            programme=self.programme.text(),
            degree=self.degree.text(),
            weekly_minutes=self.weekly_minutes(),
            job_related=self.job_related.currentData(),
            approved_on=approved,
            note=self.note.toPlainText(),
            version=self.record.version if self.record is not None else None,
        )

    def accept(self) -> None:
        try:
            data = self.record_input()
            if self.record is None:
                self.saved = records.add_record(self.ctx.db, data)
            else:
                self.saved = records.update_record(self.ctx.db, self.record.id, data)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.errors.show_message(refusal_text(exc))
            return
        super().accept()

"""The dialog that adds or edits one person (every field of SPEC §3.1 人員).

It is thin: on OK it hands the fields to ``staff.create`` / ``staff.update`` and closes only
when the service accepts them; refused fields get their problem written under them. The
full identity number is shown here and nowhere else on screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.rocdate import DateParseError, format_date, parse_optional_date
from hrplanner.services.common import reference
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound, Problem
from hrplanner.services.staff import roster, validation
from hrplanner.services.staff.records import EmployeeData
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.widgets import ErrorLabel, fill_combo
from hrplanner.ui.staff.model import vocabulary

_TEXT_FIELDS = ("employee_no", "name", "national_id", "title", "email")
_DATE_FIELDS = ("birth_date", "hire_date", "leave_date")


class StaffDialog(QDialog):
    def __init__(
        self, ctx: UiContext, employee_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._employee_id = employee_id
        self.saved_id: int | None = None
        self._data = roster.get(ctx.db, employee_id) if employee_id else EmployeeData()
        self.setWindowTitle(self.tr("編輯人員") if employee_id else self.tr("新增人員"))
        self.setMinimumWidth(460)

        self.edits: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self._labels: dict[str, str] = {}  # the Chinese column name → the label shown
        self.general_error = ErrorLabel()
        form = QFormLayout()
        labels = {
            "employee_no": self.tr("員工編號"),
            "name": self.tr("姓名"),
            "national_id": self.tr("身分證字號"),
            "gender": self.tr("性別"),
            "birth_date": self.tr("出生日期"),
            "unit": self.tr("單位"),
            "title": self.tr("職稱"),
            "category": self.tr("人員類別"),
            "rank_group": self.tr("官等"),
            "hire_date": self.tr("到職日期"),
            "email": self.tr("電子郵件"),
            "meal": self.tr("用餐"),
            "status": self.tr("在職狀態"),
            "leave_date": self.tr("離職日期"),
        }
        date_hint = self.tr("例：109/03/05 或 2020-03-05")
        for name, label in labels.items():
            widget: QWidget
            if name in _TEXT_FIELDS or name in _DATE_FIELDS:
                edit = QLineEdit()
                if name in _DATE_FIELDS:
                    edit.setPlaceholderText(date_hint)
                self.edits[name] = edit
                widget = edit
            else:
                combo = QComboBox()
                self.combos[name] = combo
                widget = combo
            error = ErrorLabel()
            self.errors[validation.FIELD_LABELS[name]] = error
            self._labels[validation.FIELD_LABELS[name]] = label
            holder = QVBoxLayout()
            holder.setSpacing(2)
            holder.addWidget(widget)
            holder.addWidget(error)
            form.addRow(label, holder)
        self.supervisor = QCheckBox(self.tr("擔任主管職務"))
        form.addRow("", self.supervisor)
        self._fill_choices()
        self._load(self._data)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    # --- filling the form --------------------------------------------------------------

    def _fill_choices(self) -> None:
        db = self._ctx.db
        units = [u.name for u in reference.list_items(db, "unit")]
        self.combos["unit"].setEditable(True)  # a new unit is created on save
        self.combos["unit"].setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_combo(self.combos["unit"], [(u, u) for u in units])
        categories = [c.name for c in reference.list_items(db, "staff_category")]
        fill_combo(self.combos["category"], [(c, c) for c in categories])
        ranks = [r.name for r in reference.list_items(db, "rank_group")]
        fill_combo(self.combos["rank_group"], [("", ""), *((r, r) for r in ranks)])
        fill_combo(
            self.combos["gender"],
            [("", ""), *((vocabulary(g), g) for g in validation.GENDERS)],
        )
        fill_combo(self.combos["meal"], [(vocabulary(m), m) for m in validation.MEALS])
        fill_combo(self.combos["status"], [(vocabulary(s), s) for s in validation.STATUSES])

    def _load(self, data: EmployeeData) -> None:
        for name in _TEXT_FIELDS:
            self.edits[name].setText(getattr(data, name))
        for name in _DATE_FIELDS:
            self.edits[name].setText(format_date(getattr(data, name), self._ctx.date_style))
        for name, combo in self.combos.items():
            value = getattr(data, name)
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
            elif combo.isEditable():
                combo.setEditText(value)
            elif name in ("category",) and self._employee_id is None:
                combo.setCurrentIndex(-1)  # a new person: make the officer choose
        self.supervisor.setChecked(data.is_supervisor)

    # --- saving ------------------------------------------------------------------------

    def collect(self) -> tuple[EmployeeData, list[Problem]]:
        """The form as service data, plus the dates that could not be read."""
        values: dict[str, object] = {n: self.edits[n].text() for n in _TEXT_FIELDS}
        problems: list[Problem] = []
        for name in _DATE_FIELDS:
            try:
                values[name] = parse_optional_date(self.edits[name].text())
            except DateParseError as exc:
                problems.append(Problem(str(exc), column=validation.FIELD_LABELS[name]))
                values[name] = None
        for name, combo in self.combos.items():
            if combo.isEditable():
                values[name] = combo.currentText()
            else:
                values[name] = combo.currentData() or ""
        data = EmployeeData(
            employee_no=str(values["employee_no"]),
            name=str(values["name"]),
            national_id=str(values["national_id"]),
            gender=str(values["gender"]),
            birth_date=_date(values["birth_date"]),
            unit=str(values["unit"]),
            title=str(values["title"]),
            category=str(values["category"]),
            rank_group=str(values["rank_group"]),
            hire_date=_date(values["hire_date"]),
            email=str(values["email"]),
            meal=str(values["meal"]),
            status=str(values["status"]),
            leave_date=_date(values["leave_date"]),
            is_supervisor=self.supervisor.isChecked(),
            version=self._data.version,
        )
        return data, problems

    def show_problems(self, problems: list[Problem]) -> None:
        for label in self.errors.values():
            label.show_message("")
        general: list[str] = []
        by_field: dict[str, list[str]] = {}
        for p in problems:
            if p.column in self.errors:
                # Under its field the message names it as the form does (in English too).
                message = p.message.replace(p.column, self._labels[p.column])
                by_field.setdefault(p.column, []).append(message)
            else:
                general.append(str(p))
        for column, messages in by_field.items():
            self.errors[column].show_message("\n".join(messages))
        self.general_error.show_message("\n".join(general))

    def save(self) -> None:
        data, problems = self.collect()
        if problems:  # the dates could not be read: show them with every other problem
            problems += validation.check(self._ctx.db, data)
            self.show_problems(problems)
            return
        try:
            if self._employee_id is None:
                self.saved_id = roster.create(self._ctx.db, data)
            else:
                roster.update(self._ctx.db, self._employee_id, data)
                self.saved_id = self._employee_id
        except InputRefused as exc:
            self.show_problems(exc.problems)
            return
        except (ConflictError, NotFound):
            self._ctx.prompts.error(
                self,
                self.tr("資料已被他人變更"),
                self.tr(
                    "在您編輯期間，這位人員的資料已被其他人修改或刪除。"
                    "您的修改沒有儲存；請關閉此視窗，重新開啟後再編輯。"
                ),
            )
            return
        self.accept()


def _date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None

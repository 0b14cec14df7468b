"""The enrollment tab of a class (R8, R9): enrollees with 正取 / 備取 n / 取消, deputy,
主管同意 and meal; add many people at once through the picker; cancel (showing who was
promoted from the waitlist), 遞補 and editing one enrollment; overlap warnings; and the
meal counts of every 供餐 session.

Every action is one service call; the panel then tells the page (``changed``), which
re-reads the class and hands it back through ``set_class``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.rocdate import format_date
from hrplanner.services.common.errors import ConflictError
from hrplanner.services.staff.validation import MEALS
from hrplanner.services.training import enrollment
from hrplanner.services.training.classes import ClassDetail
from hrplanner.services.training.enrollment import EnrollmentDetails, EnrollRequest
from hrplanner.services.training.views import EnrolleeView
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.people_picker import PeoplePicker
from hrplanner.ui.shell.tasks import Load
from hrplanner.ui.training.models import (
    RowsModel,
    enrollee_columns,
    fit_columns,
    is_refusal,
    refusal_text,
    term,
)


class EnrollmentPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.meals = Load(ctx.runner, self)  # the meal counts, read on a reader thread
        self.detail: ClassDetail | None = None
        self.model: RowsModel[EnrolleeView] = RowsModel(enrollee_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows can be selected for the bulk 主管同意 / 用餐 settings.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        fit_columns(self.table, 90)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _: self.edit_selected())

        self.add_button = QPushButton(self.tr("新增報名…"))
        self.cancel_button = QPushButton(self.tr("取消報名"))
        self.substitute_button = QPushButton(self.tr("遞補…"))
        self.edit_button = QPushButton(self.tr("代理人／主管同意／用餐…"))
        self.add_button.clicked.connect(self.add_people)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.substitute_button.clicked.connect(self.substitute_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        # 批次設定: 主管同意 and the meal of every selected enrollment in one write.
        self.bulk_menu = QMenu(self)
        self.approve_action = self.bulk_menu.addAction(self.tr("主管同意：是"))
        self.disapprove_action = self.bulk_menu.addAction(self.tr("主管同意：否"))
        self.approve_action.triggered.connect(lambda _=False: self.set_selected(approved=True))
        self.disapprove_action.triggered.connect(lambda _=False: self.set_selected(approved=False))
        self.bulk_menu.addSeparator()
        self.meal_actions: dict[str, QAction] = {}
        for meal in MEALS:
            action = self.bulk_menu.addAction(self.tr("用餐：%1").replace("%1", term(meal)))
            action.triggered.connect(lambda _=False, m=meal: self.set_selected(meal=m))
            self.meal_actions[meal] = action
        self.bulk_button = QPushButton(self.tr("批次設定"))
        self.bulk_button.setToolTip(self.tr("選取多筆報名（Ctrl 或 Shift 加點選）後一次設定"))
        self.bulk_button.setMenu(self.bulk_menu)
        self.summary_label = QLabel()
        self.meal_label = QLabel()
        self.meal_label.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.cancel_button,
            self.substitute_button,
            self.edit_button,
            self.bulk_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.meal_label)
        self._update_buttons()

    # --- showing a class ---------------------------------------------------------------

    def set_class(self, detail: ClassDetail | None) -> None:
        self.detail = detail
        self.model.set_rows(detail.enrollees if detail else [])
        if detail is None:
            self.meals.abandon(quiet=True)
            self.summary_label.setText("")
            self.meal_label.setText("")
        else:
            s = detail.summary
            cap = self.tr("不限") if s.capacity is None else str(s.capacity)
            self.summary_label.setText(
                self.tr("名額 %1　正取 %2　備取 %3")
                .replace("%1", cap)
                .replace("%2", str(s.enrolled))
                .replace("%3", str(s.waitlisted))
            )
            self._show_meals(detail)
        self._update_buttons()

    def _show_meals(self, detail: ClassDetail) -> None:
        if not any(x.meal_served for x in detail.sessions):
            self.meals.abandon(quiet=True)
            self.meal_label.setText(self.tr("本班期沒有供餐場次。"))
            self.meal_label.setProperty("class_id", detail.summary.id)
            return
        db, class_id = self.ctx.db, detail.summary.id
        if self.meal_label.property("class_id") != class_id:
            self.meal_label.setText("")  # another class: not the last one's counts meanwhile
        self.meal_label.setProperty("class_id", class_id)

        def shown(counts: list[enrollment.MealCount]) -> None:
            if self.detail is not None and self.detail.summary.id == class_id:
                self.meal_label.setText(self._meal_text(counts))

        self.meals.start(lambda _p: enrollment.meal_counts(db, class_id), shown)

    def _meal_text(self, counts: list[enrollment.MealCount]) -> str:
        parts = []
        for count in counts:
            meals = "、".join(f"{term(m)} {count.counts.get(m, 0)}" for m in MEALS)
            parts.append(
                self.tr("第 %1 場（%2）：%3")
                .replace("%1", str(count.session_no))
                .replace("%2", format_date(count.date, self.ctx.date_style))
                .replace("%3", meals)
            )
        return self.tr("用餐人數　") + "；".join(parts)

    def selected(self) -> EnrolleeView | None:
        """The one selected enrollment (None when none or several are selected)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if len(rows) == 1 else None

    def selected_all(self) -> list[EnrolleeView]:
        rows = sorted(r.row() for r in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows]

    def _update_buttons(self) -> None:
        open_class = (
            self.detail is not None and not self.detail.cancelled and self.detail.closed_on is None
        )
        chosen = self.selected()
        self.add_button.setEnabled(open_class)
        active = chosen is not None and chosen.status != "取消"
        self.cancel_button.setEnabled(open_class and active)
        self.substitute_button.setEnabled(
            open_class and chosen is not None and chosen.status == "正取"
        )
        self.edit_button.setEnabled(open_class and active)
        self.bulk_button.setEnabled(
            open_class and any(e.status != "取消" for e in self.selected_all())
        )

    def _fail(self, title: str, exc: Exception) -> None:
        if not is_refusal(exc):
            raise exc
        self.ctx.prompts.error(self, title, refusal_text(exc))
        if isinstance(exc, ConflictError):
            self.changed.emit()  # the class is read again: what the other officer saved

    # --- actions -------------------------------------------------------------------------

    def make_picker(self, *, multi: bool = True, title: str | None = None) -> PeoplePicker:
        return PeoplePicker(self.ctx, self, multi=multi, title=title)

    def add_people(self) -> None:
        if self.detail is None:
            return
        picker = self.make_picker(title=self.tr("新增報名：選擇人員"))
        if picker.exec():
            self.enroll(picker.selected_ids())

    def enroll(self, employee_ids: list[int]) -> None:
        """Enroll these people (正取 while seats remain, then 備取) and report the outcome."""
        if self.detail is None or not employee_ids:
            return
        requests = [EnrollRequest(i) for i in employee_ids]
        try:
            result = enrollment.enroll(self.ctx.db, self.detail.summary.id, requests)
        except Exception as exc:
            self._fail(self.tr("無法報名"), exc)
            return
        enrolled = sum(1 for e in result.enrollees if e.status == "正取")
        waiting = [e for e in result.enrollees if e.status == "備取"]
        text = (
            self.tr("已報名 %1 人：正取 %2 人，備取 %3 人。")
            .replace("%1", str(len(result.enrollees)))
            .replace("%2", str(enrolled))
            .replace("%3", str(len(waiting)))
        )
        if waiting:
            text += (
                "\n"
                + self.tr("備取：")
                + "、".join(
                    self.tr("%1（備取 %2）").replace("%1", e.name).replace("%2", str(e.waitlist_no))
                    for e in waiting
                )
            )
        if result.warnings:
            text += "\n\n" + self.tr("時間重疊提醒：") + "\n" + "\n".join(result.warnings)
        self.ctx.prompts.info(self, self.tr("報名完成"), text)
        self.changed.emit()

    def cancel_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if not self.ctx.prompts.confirm(
            self, self.tr("取消報名"), self.tr("確定取消 %1 的報名？").replace("%1", chosen.name)
        ):
            return
        try:
            result = enrollment.cancel_enrollment(
                self.ctx.db, chosen.enrollment_id, self.today(), version=chosen.version
            )
        except Exception as exc:
            self._fail(self.tr("無法取消報名"), exc)
            return
        text = self.tr("%1 的報名已取消。").replace("%1", result.cancelled.name)
        if result.notices:
            text += "\n" + "\n".join(result.notices)
        elif chosen.status == "正取" and self.detail is not None and self.detail.summary.waitlisted:
            text += "\n" + self.tr("班期已開始，備取人員不自動遞補。")
        self.ctx.prompts.info(self, self.tr("已取消報名"), text)
        self.changed.emit()

    def substitute_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        picker = self.make_picker(
            multi=False, title=self.tr("遞補 %1：選擇遞補人員").replace("%1", chosen.name)
        )
        if not picker.exec() or not picker.selected_ids():
            return
        try:
            result = enrollment.substitute(
                self.ctx.db, chosen.enrollment_id, picker.selected_ids()[0], version=chosen.version
            )
        except Exception as exc:
            self._fail(self.tr("無法遞補"), exc)
            return
        text = (
            self.tr("%1 已遞補 %2 的名額。")
            .replace("%1", result.new.name)
            .replace("%2", result.old.name)
        )
        if result.warnings:
            text += "\n\n" + self.tr("時間重疊提醒：") + "\n" + "\n".join(result.warnings)
        self.ctx.prompts.info(self, self.tr("遞補完成"), text)
        self.changed.emit()

    def set_selected(self, *, approved: bool | None = None, meal: str | None = None) -> None:
        """批次設定 on the selected enrollments (cancelled ones are left out)."""
        chosen = [e for e in self.selected_all() if e.status != "取消"]
        if self.detail is None or not chosen:
            return
        try:
            changed = enrollment.set_many(
                self.ctx.db,
                self.detail.summary.id,
                [e.enrollment_id for e in chosen],
                approved=approved,
                meal=meal,
            )
        except Exception as exc:
            self._fail(self.tr("無法批次設定"), exc)
            return
        keep = {e.enrollment_id for e in chosen}
        self.changed.emit()
        self._select_ids(keep)
        note = self.tr("已更新 %n 筆報名", "", changed)
        self.summary_label.setText(self.summary_label.text() + "　" + note)

    def _select_ids(self, ids: set[int]) -> None:
        """Select these enrollments again after the class was re-read."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, e in enumerate(self.model.rows()):
            if e.enrollment_id in ids:
                selection.select(self.model.index(row, 0), flags)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.status == "取消":
            return
        dialog = EnrollmentDialog(self, chosen)
        dialog.exec()
        if dialog.saved:
            self.changed.emit()


class EnrollmentDialog(QDialog):
    """Deputy, 主管同意, meal and note of one enrollment; saves on OK, closes on success."""

    def __init__(self, panel: EnrollmentPanel, enrollee: EnrolleeView) -> None:
        super().__init__(panel)
        self.panel = panel
        self.enrollee = enrollee
        self.saved = False
        self.deputy_id = enrollee.deputy_id
        self.setWindowTitle(self.tr("報名資料：%1").replace("%1", enrollee.name))
        self.meal = QComboBox()
        for meal in MEALS:
            self.meal.addItem(term(meal), meal)
        self.meal.setCurrentIndex(max(0, self.meal.findData(enrollee.meal)))
        self.deputy_label = QLabel(enrollee.deputy_name or self.tr("（未指定）"))
        choose = QPushButton(self.tr("選擇…"))
        choose.clicked.connect(self.choose_deputy)
        clear = QPushButton(self.tr("清除"))
        clear.clicked.connect(lambda: self.set_deputy(None, self.tr("（未指定）")))
        deputy_row = QHBoxLayout()
        deputy_row.addWidget(self.deputy_label, 1)
        deputy_row.addWidget(choose)
        deputy_row.addWidget(clear)
        self.approved = QCheckBox(self.tr("主管已同意"))
        self.approved.setChecked(enrollee.approved)
        self.note = QLineEdit(enrollee.note or "")
        form = QFormLayout(self)
        form.addRow(self.tr("職務代理人"), deputy_row)
        form.addRow(self.tr("主管同意"), self.approved)
        form.addRow(self.tr("用餐"), self.meal)
        form.addRow(self.tr("備註"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def set_deputy(self, employee_id: int | None, name: str) -> None:
        self.deputy_id = employee_id
        self.deputy_label.setText(name)

    def choose_deputy(self) -> None:
        picker = self.panel.make_picker(multi=False, title=self.tr("選擇職務代理人"))
        if picker.exec() and picker.selected_ids():
            employee_id = picker.selected_ids()[0]
            row = picker.model.row_at(picker.model.row_of_id(employee_id) or 0)
            self.set_deputy(employee_id, row.name if row else str(employee_id))

    def accept(self) -> None:
        details = EnrollmentDetails(
            meal=str(self.meal.currentData()),
            deputy_id=self.deputy_id,
            approved=self.approved.isChecked(),
            note=self.note.text().strip() or None,
        )
        try:
            enrollment.update_enrollment(
                self.panel.ctx.db,
                self.enrollee.enrollment_id,
                details,
                version=self.enrollee.version,
            )
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.panel.ctx.prompts.error(self, self.tr("無法儲存報名資料"), refusal_text(exc))
            if isinstance(exc, ConflictError):  # edited by someone else: start again from theirs
                self.reject()
                self.panel.changed.emit()
            return
        self.saved = True
        super().accept()

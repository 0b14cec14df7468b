"""The class editor: the 班期 fields of SPEC §3.1 and a table of its sessions (R3).

A thin dialog: on OK it parses what was typed (ROC dates, times, hours) and hands the class
and all its sessions to ``services.class_save.save_class`` in one call; it closes only when the
service accepted everything (a refusal saves nothing), and shows every refused problem in
Chinese otherwise. Hours left blank come from the session's time span.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.hours import format_hours, minutes_between, parse_hours, parse_time
from hrplanner.domain.rocdate import format_date, parse_date
from hrplanner.services.common import reference
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.training import class_save, classes
from hrplanner.services.training.classes import ClassDetail, ClassInput, SessionInput
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.training.models import is_refusal, refusal_text

# Session table columns.
DATE, START, END, HOURS, TOPIC, MEAL = range(6)
_ID_ROLE = Qt.ItemDataRole.UserRole


class ClassDialog(QDialog):
    """Create (``detail`` None) or edit a class with its sessions."""

    def __init__(
        self, ctx: UiContext, detail: ClassDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.result_detail: ClassDetail | None = None
        self.setWindowTitle(self.tr("新增班期") if detail is None else self.tr("編輯班期"))
        self._topics = [t.name for t in reference.list_items(ctx.db, "topic")]
        self._build()
        if detail is not None:
            self._load(detail)
        else:
            self.add_session_row()
        self.resize(900, 640)

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.code = QLineEdit()
        self.title_edit = QLineEdit()
        self.category = QComboBox()
        self.category.addItem("", None)
        for item in reference.list_items(self.ctx.db, "class_category"):
            self.category.addItem(item.name, item.name)
        self.organizing = QComboBox()
        self.organizing.addItems(list(classes.ORGANIZING))
        self.mode = QComboBox()
        self.mode.addItems(list(classes.MODES))
        self.organizer = QLineEdit()
        self.location = QLineEdit()
        self.instructor = QLineEdit()
        self.capacity = QLineEdit()
        self.capacity.setPlaceholderText(self.tr("空白表示不限"))
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText(self.tr("例：113/03/05"))
        self.leave_limit = QLineEdit("1/3")
        self.portal_code = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(48)

        grid = QGridLayout()
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("班期代碼"), self.code)
        left.addRow(self.tr("課程名稱"), self.title_edit)
        left.addRow(self.tr("類別"), self.category)
        left.addRow(self.tr("辦理方式"), self.organizing)
        left.addRow(self.tr("學習性質"), self.mode)
        left.addRow(self.tr("主辦單位"), self.organizer)
        right.addRow(self.tr("地點"), self.location)
        right.addRow(self.tr("講座"), self.instructor)
        right.addRow(self.tr("名額"), self.capacity)
        right.addRow(self.tr("報名截止日"), self.deadline)
        right.addRow(self.tr("請假上限"), self.leave_limit)
        right.addRow(self.tr("課程代碼"), self.portal_code)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        note_form = QFormLayout()
        note_form.addRow(self.tr("備註"), self.note)
        grid.addLayout(note_form, 1, 0, 1, 2)

        self.sessions = QTableWidget(0, 6)
        self.sessions.setHorizontalHeaderLabels(
            [
                self.tr("日期"),
                self.tr("開始"),
                self.tr("結束"),
                self.tr("時數"),
                self.tr("學習類別"),
                self.tr("供餐"),
            ]
        )
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        for col, width in ((DATE, 110), (START, 70), (END, 70), (HOURS, 60), (MEAL, 50)):
            self.sessions.setColumnWidth(col, width)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.itemChanged.connect(self._session_changed)
        # clicked(bool) must not reach add_session_row's session_id: the slot takes nothing.
        self.add_button = add = QPushButton(self.tr("新增場次"))
        add.clicked.connect(lambda: self.add_next_session())
        self.remove_button = remove = QPushButton(self.tr("刪除場次"))
        remove.clicked.connect(lambda: self._remove_selected())
        self.total_label = QLabel()
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.total_label)

        hint = QLabel(self.tr("日期可輸入民國年（如 113/3/5）；時數空白時依開始與結束時間計算。"))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("場次")))
        layout.addWidget(self.sessions, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _load(self, d: ClassDetail) -> None:
        s = d.summary
        self.code.setText(s.code)
        self.title_edit.setText(s.title)
        self.category.setCurrentIndex(max(0, self.category.findData(s.category)))
        self.organizing.setCurrentText(s.organizing)
        self.mode.setCurrentText(s.mode)
        self.organizer.setText(d.organizer or "")
        self.location.setText(d.location or "")
        self.instructor.setText(d.instructor or "")
        self.capacity.setText("" if s.capacity is None else str(s.capacity))
        self.deadline.setText(format_date(d.registration_deadline, self.ctx.date_style))
        limit = d.leave_limit
        self.leave_limit.setText(f"{limit.numerator}/{limit.denominator}")
        self.portal_code.setText(d.portal_code or "")
        self.note.setPlainText(d.note or "")
        for sess in d.sessions:
            self.add_session_row(
                sess.id,
                format_date(sess.date, self.ctx.date_style),
                sess.start_time.strftime("%H:%M") if sess.start_time else "",
                sess.end_time.strftime("%H:%M") if sess.end_time else "",
                format_hours(sess.minutes),
                sess.topic,
                sess.meal_served,
            )
        self._update_total()

    def add_session_row(
        self,
        session_id: int | None = None,
        date: str = "",
        start: str = "",
        end: str = "",
        hours: str = "",
        topic: str = "",
        meal: bool = False,
    ) -> int:
        """Append a session row with these values (blank by default)."""
        table = self.sessions
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        for col, text in ((DATE, date), (START, start), (END, end), (HOURS, hours)):
            table.setItem(row, col, QTableWidgetItem(text))
        self._cell(row, DATE).setData(_ID_ROLE, session_id)
        if hours and hours == _span_text(start, end):
            self._cell(row, HOURS).setData(_ID_ROLE, "auto")
        combo = QComboBox()
        combo.addItems(self._topics)
        combo.setCurrentText(topic or (self._topics[0] if self._topics else ""))
        table.setCellWidget(row, TOPIC, combo)
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked if meal else Qt.CheckState.Unchecked)
        table.setItem(row, MEAL, check)
        table.blockSignals(False)
        self._update_total()
        return row

    def add_next_session(self) -> int:
        """新增場次: a new row with the previous row's times, hours, topic and meal, on the
        next weekday after its date (blank when there is no row yet)."""
        last = self.sessions.rowCount() - 1
        if last < 0:
            row = self.add_session_row()
        else:
            date = ""
            try:
                day = parse_date(self._cell(last, DATE).text()) + dt.timedelta(days=1)
                while day.weekday() >= 5:
                    day += dt.timedelta(days=1)
                date = format_date(day, self.ctx.date_style)
            except ValueError:
                pass  # the previous date is blank or unfinished: leave the new one blank
            combo = self.sessions.cellWidget(last, TOPIC)
            row = self.add_session_row(
                None,
                date,
                self._cell(last, START).text(),
                self._cell(last, END).text(),
                self._cell(last, HOURS).text(),
                combo.currentText() if isinstance(combo, QComboBox) else "",
                self._cell(last, MEAL).checkState() == Qt.CheckState.Checked,
            )
        self.sessions.setCurrentCell(row, DATE)
        self.sessions.scrollToBottom()
        return row

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.sessions.selectedIndexes()}, reverse=True)
        # A removed stored session is deleted on OK, together with everything else.
        for row in rows:
            self.sessions.removeRow(row)
        self._update_total()

    def _session_changed(self, item: QTableWidgetItem) -> None:
        # Hours follow the time span until the user types hours of their own (R3).
        if item.column() in (START, END):
            row = item.row()
            try:
                minutes = minutes_between(
                    parse_time(self._cell(row, START).text()),
                    parse_time(self._cell(row, END).text()),
                )
            except ValueError:
                return
            hours_item = self._cell(row, HOURS)
            if not hours_item.text().strip() or hours_item.data(_ID_ROLE) == "auto":
                self.sessions.blockSignals(True)
                hours_item.setText(format_hours(minutes))
                hours_item.setData(_ID_ROLE, "auto")
                self.sessions.blockSignals(False)
        elif item.column() == HOURS:
            item.setData(_ID_ROLE, None)
        self._update_total()

    def _update_total(self) -> None:
        total = 0
        for row in range(self.sessions.rowCount()):
            try:
                total += parse_hours(self._cell(row, HOURS).text())
            except ValueError:
                continue
        self.total_label.setText(
            self.tr("共 %1 場，%2 小時")
            .replace("%1", str(self.sessions.rowCount()))
            .replace("%2", format_hours(total))
        )

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.sessions.item(row, column)
        assert item is not None  # every row gets its items when it is added
        return item

    # --- reading the form --------------------------------------------------------------

    def class_input(self) -> ClassInput:
        problems: list[Problem] = []
        capacity: int | None = None
        text = self.capacity.text().strip()
        if text:
            try:
                capacity = int(text)
            except ValueError:
                message = self.tr("名額「%1」須為整數").replace("%1", text)
                problems.append(Problem(message, column=self.tr("名額")))
        deadline: dt.date | None = None
        if self.deadline.text().strip():
            try:
                deadline = parse_date(self.deadline.text())
            except ValueError as exc:
                problems.append(Problem(str(exc), column=self.tr("報名截止日")))
        limit = Fraction(1, 3)
        try:
            limit = Fraction(self.leave_limit.text().strip() or "1/3")
        except (ValueError, ZeroDivisionError):
            message = self.tr("請假上限「%1」須為分數，如 1/3").replace(
                "%1", self.leave_limit.text()
            )
            problems.append(Problem(message, column=self.tr("請假上限")))
        if problems:
            raise InputRefused(problems)
        return ClassInput(
            code=self.code.text(),
            title=self.title_edit.text(),
            category=self.category.currentData(),
            organizing=self.organizing.currentText(),
            mode=self.mode.currentText(),
            organizer=self.organizer.text().strip() or None,
            location=self.location.text().strip() or None,
            instructor=self.instructor.text().strip() or None,
            capacity=capacity,
            registration_deadline=deadline,
            leave_limit=limit,
            portal_code=self.portal_code.text().strip() or None,
            note=self.note.toPlainText().strip() or None,
        )

    def session_inputs(self) -> list[SessionInput]:
        """What every row says, numbered in table order; a stored session keeps its id."""
        result: list[SessionInput] = []
        problems: list[Problem] = []
        for row in range(self.sessions.rowCount()):

            def cell(col: int, r: int = row) -> str:
                return self._cell(r, col).text().strip()

            try:
                date = parse_date(cell(DATE))
                start = parse_time(cell(START)) if cell(START) else None
                end = parse_time(cell(END)) if cell(END) else None
                minutes = parse_hours(cell(HOURS)) if cell(HOURS) else None
            except ValueError as exc:
                message = self.tr("第 %1 場：%2").replace("%1", str(row + 1))
                problems.append(Problem(message.replace("%2", str(exc)), column=self.tr("場次")))
                continue
            combo = self.sessions.cellWidget(row, TOPIC)
            topic = combo.currentText() if isinstance(combo, QComboBox) else ""
            meal = self._cell(row, MEAL).checkState() == Qt.CheckState.Checked
            session_id = self._cell(row, DATE).data(_ID_ROLE)
            sid = None if session_id is None else int(session_id)
            result.append(SessionInput(date, topic, start, end, minutes, meal, row + 1, sid))
        if problems:
            raise InputRefused(problems)
        return result

    # --- OK -----------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            self.result_detail = self._save()
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法儲存班期"), refusal_text(exc))
            return
        super().accept()

    def _save(self) -> ClassDetail:
        # One service call stores the fields and every session, so a refusal part-way
        # never leaves half of the edit saved.
        data = self.class_input()
        rows = self.session_inputs()
        class_id = None if self.detail is None else self.detail.summary.id
        version = None if self.detail is None else self.detail.summary.version
        detail = class_save.save_class(self.ctx.db, class_id, data, rows, expected_version=version)
        self.detail = detail
        return detail


def _span_text(start: str, end: str) -> str | None:
    try:
        return format_hours(minutes_between(parse_time(start), parse_time(end)))
    except ValueError:
        return None

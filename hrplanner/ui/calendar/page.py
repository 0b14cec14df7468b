"""The 辦公日曆 page (SPEC R11): a month of the government office calendar with its days off
highlighted — national holidays with their zh_TW names, days from the official 辦公日曆表
and manual entries such as typhoon closures — and the month's special days listed beside it.

The officer imports the official CSV, and declares or removes a manual day (停止上班 or 上班)
with a note. Deadlines (R11) follow whatever this page shows, because both read
``calendar_service.load_calendar``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrplanner import i18n
from hrplanner.domain.rocdate import format_date
from hrplanner.domain.workdays import WorkCalendar
from hrplanner.services.calendar import office_calendar as cs
from hrplanner.services.calendar import official_import
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import spreadsheet_filter
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.training.models import is_refusal, refusal_text

HOLIDAY_BG = QColor("#fde2e1")  # a day off from the built-in calendar
OFFICIAL_BG = QColor("#ffe0b2")  # set by the official 辦公日曆表
MANUAL_BG = QColor("#e1bee7")  # set by hand (typhoon day)
WORKDAY_BG = QColor("#d6eaf8")  # a weekend day that is worked (補行上班)
OFF_FG = QColor("#b00020")
WORK_FG = QColor("#1a1a1a")
_WEEKDAYS = "一二三四五六日"


def _weekday(day: dt.date) -> str:
    """一 … 日 in Chinese, Mon … Sun in English."""
    if i18n.language() == "en":
        return QLocale(QLocale.Language.English).dayName(
            day.isoweekday(), QLocale.FormatType.ShortFormat
        )
    return _WEEKDAYS[day.weekday()]


@dataclass(frozen=True)
class DayInfo:
    day: dt.date
    is_day_off: bool
    label: str
    source: str  # builtin / official / manual


def month_days(
    calendar: WorkCalendar, sources: dict[dt.date, str], year: int, month: int
) -> list[DayInfo]:
    """The days of a month that are not ordinary: holidays, official and manual entries, and
    worked weekend days. Ordinary weekends are left out."""
    day = dt.date(year, month, 1)
    found: list[DayInfo] = []
    while day.month == month:
        off = not calendar.is_working_day(day)
        label = calendar.label(day)
        source = sources.get(day, "builtin")
        weekend = day.weekday() >= 5
        if source != "builtin" or (off and not weekend) or (not off and weekend) or (off and label):
            found.append(DayInfo(day, off, label or ("放假" if off else "上班"), source))
        day += dt.timedelta(days=1)
    return found


class CalendarPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.work_calendar: WorkCalendar | None = None
        self.sources: dict[dt.date, str] = {}
        self.days: list[DayInfo] = []
        self._formatted: list[QDate] = []
        self.load = Load(ctx.runner, self)  # the calendar and its entries, read off-thread

        self.calendar = QCalendarWidget()
        # Qt's own navigation bar reads 「12月 2026」; ours names the month the officer's
        # way (115年12月, "December 2026") with the same buttons.
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        now = today()
        self.calendar.setSelectedDate(QDate(now.year, now.month, now.day))
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.show_month())
        self.calendar.selectionChanged.connect(self._selection_changed)
        self.calendar.setMinimumSize(460, 340)
        self.prev_year_button = self._nav_button("«", self.tr("上一年"), lambda: self._move(-12))
        self.prev_button = self._nav_button("‹", self.tr("上個月"), lambda: self._move(-1))
        self.next_button = self._nav_button("›", self.tr("下個月"), lambda: self._move(1))
        self.next_year_button = self._nav_button("»", self.tr("下一年"), lambda: self._move(12))
        self.today_button = QPushButton(self.tr("今天"))
        self.today_button.clicked.connect(lambda: self.show_date(self.today()))
        self.title_label = QLabel()
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 120%;")
        navigation = QHBoxLayout()
        navigation.addWidget(self.prev_year_button)
        navigation.addWidget(self.prev_button)
        navigation.addWidget(self.title_label, 1)
        navigation.addWidget(self.next_button)
        navigation.addWidget(self.next_year_button)
        navigation.addWidget(self.today_button)

        self.day_label = QLabel()
        self.day_label.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("備註，如「凱米颱風停止上班」"))
        self.note_edit.setMaxLength(cs.NOTE_MAX)
        self.off_button = QPushButton(self.tr("設為停止上班"))
        self.work_button = QPushButton(self.tr("設為上班日"))
        self.remove_button = QPushButton(self.tr("移除自訂設定"))
        self.import_button = QPushButton(self.tr("匯入官方辦公日曆…"))
        self.off_button.clicked.connect(lambda: self.set_override(True))
        self.work_button.clicked.connect(lambda: self.set_override(False))
        self.remove_button.clicked.connect(self.remove_override)
        self.import_button.clicked.connect(self.import_official)

        self.list = QTableWidget(0, 4)
        self.list.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("狀態"), self.tr("說明"), self.tr("來源")]
        )
        self.list.verticalHeader().setVisible(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The day's name is the long text: it takes the room left, so 來源 stays visible.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.cellDoubleClicked.connect(self._jump_to)
        self.legend = QLabel(
            self.tr(
                "<span style='background:#fde2e1'>　國定假日　</span> "
                "<span style='background:#ffe0b2'>　官方辦公日曆　</span> "
                "<span style='background:#e1bee7'>　手動設定　</span> "
                "<span style='background:#d6eaf8'>　補行上班　</span>"
            )
        )

        left = QVBoxLayout()
        left.addLayout(navigation)
        left.addWidget(self.calendar, 1)
        left.addWidget(self.legend)
        left.addWidget(self.day_label)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.note_edit, 1)
        edit_row.addWidget(self.off_button)
        edit_row.addWidget(self.work_button)
        edit_row.addWidget(self.remove_button)
        left.addLayout(edit_row)
        right = QVBoxLayout()
        self.month_label = QLabel()
        self.month_label.setStyleSheet("font-weight: bold;")
        right.addWidget(self.month_label)
        right.addWidget(self.list, 1)
        right.addWidget(self.import_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.refresh()

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """The calendar and its stored entries, read on a reader thread (the page is read
        again whenever it is shown or another page changed data); the month shown stays
        meanwhile, and the year shown is filled there as well."""
        db, year = self.ctx.db, self.shown_month()[0]

        def read(_p: Progress) -> tuple[WorkCalendar, dict[dt.date, str]]:
            calendar = cs.load_calendar(db, (year,))
            return calendar, {o.day: o.source for o in cs.list_overrides(db)}

        self.load.start(read, self._show_read)

    def _show_read(self, found: tuple[WorkCalendar, dict[dt.date, str]]) -> None:
        self.work_calendar, self.sources = found
        self.show_month()

    def _nav_button(self, text: str, tip: str, move: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setMinimumWidth(button.fontMetrics().height() * 2)
        button.clicked.connect(lambda: move())
        return button

    def _move(self, months: int) -> None:
        year, month = self.shown_month()
        index = year * 12 + month - 1 + months
        self.calendar.setCurrentPage(index // 12, index % 12 + 1)

    def month_title(self, year: int, month: int) -> str:
        """The header: 115年12月 (ROC year; the western year with ISO dates), or in English
        "December 2026"."""
        shown_year = year - 1911 if self.ctx.date_style == "roc" else year
        return (
            self.tr("%1年%2月")
            .replace("%1", str(shown_year))
            .replace("%2", str(month))
            .replace("%3", QLocale().standaloneMonthName(month))
            .replace("%4", str(year))
        )

    def shown_month(self) -> tuple[int, int]:
        return self.calendar.yearShown(), self.calendar.monthShown()

    def show_month(self) -> None:
        if self.work_calendar is None:
            return
        year, month = self.shown_month()
        self.title_label.setText(self.month_title(year, month))
        for qdate in self._formatted:
            self.calendar.setDateTextFormat(qdate, QTextCharFormat())
        self._formatted = []
        self.days = month_days(self.work_calendar, self.sources, year, month)
        for info in self.days:
            qdate = QDate(info.day.year, info.day.month, info.day.day)
            self.calendar.setDateTextFormat(qdate, self._format(info))
            self._formatted.append(qdate)
        self.month_label.setText(
            self.tr("%1的假日與調整").replace("%1", self.month_title(year, month))
        )
        self.list.setRowCount(len(self.days))
        names = {
            "builtin": self.tr("內建日曆"),
            cs.OFFICIAL: self.tr("官方辦公日曆"),
            cs.MANUAL: self.tr("手動"),
        }
        for row, info in enumerate(self.days):
            day_text = f"{format_date(info.day, self.ctx.date_style)}（{_weekday(info.day)}）"
            cells = (
                day_text,
                self.tr("放假") if info.is_day_off else self.tr("上班"),
                info.label,
                names.get(info.source, info.source),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setBackground(QBrush(self._background(info)))
                if info.is_day_off:
                    item.setForeground(QBrush(OFF_FG))
                self.list.setItem(row, column, item)
        self._selection_changed()

    @staticmethod
    def _background(info: DayInfo) -> QColor:
        if info.source == cs.MANUAL:
            return MANUAL_BG
        if info.source == cs.OFFICIAL:
            return OFFICIAL_BG
        return HOLIDAY_BG if info.is_day_off else WORKDAY_BG

    def _format(self, info: DayInfo) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(self._background(info)))
        fmt.setForeground(QBrush(OFF_FG if info.is_day_off else WORK_FG))
        if info.source != "builtin":
            fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setToolTip(info.label)
        return fmt

    def selected_day(self) -> dt.date:
        q = self.calendar.selectedDate()
        return dt.date(q.year(), q.month(), q.day())

    def _selection_changed(self) -> None:
        if self.work_calendar is None:
            return
        day = self.selected_day()
        working = self.work_calendar.is_working_day(day)
        label = self.work_calendar.label(day)
        source = self.sources.get(day)
        text = (
            self.tr("%1：%2")
            .replace("%1", format_date(day, self.ctx.date_style))
            .replace("%2", self.tr("上班日") if working else self.tr("放假"))
        )
        if label:
            text += f"（{label}）"
        if source == cs.MANUAL:
            text += self.tr("　手動設定")
        elif source == cs.OFFICIAL:
            text += self.tr("　依官方辦公日曆")
        self.day_label.setText(text)
        self.remove_button.setEnabled(source is not None)

    def _jump_to(self, row: int, _column: int) -> None:
        info = self.days[row]
        self.calendar.setSelectedDate(QDate(info.day.year, info.day.month, info.day.day))

    # --- changes ---------------------------------------------------------------------------

    def set_override(self, is_day_off: bool) -> None:
        day = self.selected_day()
        try:
            cs.set_manual_override(self.ctx.db, day, is_day_off, self.note_edit.text())
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法設定"), refusal_text(exc))
            return
        self.note_edit.clear()
        self.refresh()

    def remove_override(self) -> None:
        day = self.selected_day()
        try:
            cs.remove_override(self.ctx.db, day)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法移除"), refusal_text(exc))
            return
        self.refresh()

    def import_official(self) -> None:
        path = self.ctx.prompts.open_file(
            self, self.tr("選擇官方辦公日曆表（CSV）"), spreadsheet_filter()
        )
        if path is None:
            return
        db = self.ctx.db
        self.import_button.setEnabled(False)

        def work(_progress: Progress) -> official_import.CalendarImportReport:
            return official_import.import_official_csv(db, path)

        def done(report: official_import.CalendarImportReport) -> None:
            self.import_button.setEnabled(True)
            self.refresh()
            self.ctx.prompts.info(self, self.tr("匯入完成"), report.summary())

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            if not is_refusal(exc):
                raise exc
            self.ctx.prompts.error(self, self.tr("匯入失敗，未寫入任何資料"), refusal_text(exc))

        self.ctx.runner.run(work, on_done=done, on_error=failed)

    def show_date(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.calendar.setFocus(Qt.FocusReason.OtherFocusReason)

"""The home page (今日待辦, SPEC R20): the page the window opens on.

One card per item of ``services.home.summary`` with its figure, a sentence, a small chart
where one helps (compliance against its target, KPI lights, study places) and the dated
items behind it; 「開啟」 opens the page that lists what the card counts with the filter
applied (``navigate_requested``), and two cards carry their action: print this week's
sign-in sheets, issue the certificates of closed classes. The summary is computed in the
background in two steps, the dated items, then the figures (a loading line meanwhile),
when the page is built, shown again, or told that data changed. On a database without
staff the page says how to begin instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.rocdate import format_date
from hrplanner.services.home import summary as home
from hrplanner.ui.home.charts import LightsChart, ProgressChart
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hrplanner.ui.training.print_actions import PrintActions

# Dated items listed under a card before 「…及其他 N 件」.
SHOWN_LINES = 3
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("HomePage", "週一"),
    QT_TRANSLATE_NOOP("HomePage", "週二"),
    QT_TRANSLATE_NOOP("HomePage", "週三"),
    QT_TRANSLATE_NOOP("HomePage", "週四"),
    QT_TRANSLATE_NOOP("HomePage", "週五"),
    QT_TRANSLATE_NOOP("HomePage", "週六"),
    QT_TRANSLATE_NOOP("HomePage", "週日"),
)


# A dated item's line on a card is cut here (with …); its tooltip has the whole text.
LINE_CHARACTERS = 64


def _elided(line: str) -> str:
    return line if len(line) <= LINE_CHARACTERS else line[: LINE_CHARACTERS - 1] + "…"


class HomeCard(QFrame):
    """One R20 item: figure, title, sentence, chart, dated items, link and action."""

    def __init__(self, item: home.HomeItem, date_style: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"card_{item.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour = "#c62828" if item.overdue else ("#f9a825" if item.attention else "#9e9e9e")
        self.setStyleSheet(
            f"#card_{item.key} {{ border: 1px solid #d0d0d0; border-left: 5px solid {colour};"
            " border-radius: 4px; background: palette(base); }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.figure = QLabel(self.figure_text())
        self.figure.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {colour};")
        self.title = QLabel(item.title)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.detail = QLabel(item.detail)
        self.detail.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.figure)
        head.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(head)
        layout.addWidget(self.detail)
        self.chart: QWidget | None = self._chart()
        if self.chart is not None:
            layout.addWidget(self.chart)
        lines = self.agenda_lines(date_style)
        if lines:
            listing = QLabel("\n".join(_elided(line) for line in lines))
            listing.setToolTip("\n".join(lines))  # the whole details, e.g. every unit
            listing.setStyleSheet("color: palette(dark);")
            layout.addWidget(listing)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.action_button: QPushButton | None = None
        if item.action == home.PRINT_WEEK_SIGNIN:
            self.action_button = QPushButton(self.tr("列印本週簽到表…"))
        elif item.action == home.ISSUE_CERTIFICATES:
            self.action_button = QPushButton(self.tr("核發證書…"))
        if self.action_button is not None:
            buttons.addWidget(self.action_button)
        self.open_button = QPushButton(self.tr("開啟"))
        self.open_button.setEnabled(item.target is not None)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)

    def figure_text(self) -> str:
        item = self.item
        if item.key == home.COMPLIANCE:
            scope = item.figures.get("in_scope", 0)
            if not scope:
                return "—"
            return f"{100 * item.figures.get('met', 0) / scope:.1f}%"
        if item.key == home.STUDY:
            return f"{item.figures.get('used', 0)}/{item.figures.get('quota', 0)}"
        return str(item.count)

    def _chart(self) -> QWidget | None:
        figures = self.item.figures
        if self.item.key == home.COMPLIANCE and figures.get("in_scope"):
            chart = ProgressChart(self)
            target = figures.get("target_percent", 80) / 100
            chart.set_values(figures.get("met", 0), figures["in_scope"], target)
            return chart
        if self.item.key == home.STUDY and figures.get("quota"):
            chart = ProgressChart(self)
            chart.set_values(figures.get("used", 0), figures["quota"])
            return chart
        if self.item.key == home.KPI_LIGHTS and self.item.count:
            lights = LightsChart(self)
            lights.set_counts(
                figures.get("green", 0),
                figures.get("yellow", 0),
                figures.get("red", 0),
                figures.get("none", 0),
            )
            return lights
        return None

    def agenda_lines(self, date_style: str) -> list[str]:
        items = self.item.agenda
        lines = []
        for entry in items[:SHOWN_LINES]:
            mark = self.tr("【逾期】") if entry.overdue else ""
            lines.append(
                f"{mark}{format_date(entry.due, date_style)}　{entry.title}"
                + (f"：{entry.detail}" if entry.detail and len(items) <= SHOWN_LINES else "")
            )
        if len(items) > SHOWN_LINES:
            lines.append(self.tr("…及其他 %n 件", "", len(items) - SHOWN_LINES))
        return lines


class HomePage(QWidget):
    # Asked of the window: open a page with a filter (R20's links), the first-run wizard,
    # the staff import; and tell the other pages that data changed.
    navigate_requested = Signal(str, object)
    first_run_requested = Signal()
    import_requested = Signal()
    data_changed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.summary: home.HomeSummary | None = None
        self.cards: dict[str, HomeCard] = {}
        self.load = Load(ctx.runner, self)  # abandoned when the user leaves the page
        self.issue_dialog: QProgressDialog | None = None  # 核發證書 while it runs
        self._printer: PrintActions | None = None

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.status_label = QLabel()
        self.refresh_button = QPushButton(self.tr("重新整理"))
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.refresh_button)

        # A new database: what to do first (the wizard, an import, the demo).
        self.empty_panel = QFrame()
        self.empty_panel.setObjectName("empty_panel")
        self.empty_panel.setStyleSheet(
            "#empty_panel { border: 1px solid #90caf9; border-radius: 4px; background: #e3f2fd; }"
        )
        empty_text = QLabel(
            self.tr(
                "資料庫中還沒有人員。先設定機關名稱與首長，再匯入人員名冊（Excel 或 CSV），"
                "或載入示範機關看看 HR Planner 如何運作。"
            )
        )
        empty_text.setWordWrap(True)
        self.wizard_button = QPushButton(self.tr("開始設定…"))
        self.import_button = QPushButton(self.tr("匯入人員名冊…"))
        self.wizard_button.clicked.connect(lambda _checked=False: self.first_run_requested.emit())
        self.import_button.clicked.connect(lambda _checked=False: self.import_requested.emit())
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.wizard_button)
        empty_buttons.addWidget(self.import_button)
        empty_layout = QVBoxLayout(self.empty_panel)
        empty_layout.addWidget(empty_text)
        empty_layout.addLayout(empty_buttons)
        self.empty_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.empty_panel.hide()

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.grid_host)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_panel)
        layout.addWidget(self.scroll_area, 1)
        self.spacer = QWidget()  # holds the empty panel at the top while the cards are hidden
        layout.addWidget(self.spacer, 1)
        self.spacer.hide()
        self._set_heading()
        self.refresh()

    def _set_heading(self) -> None:
        today = self.today()
        self.heading.setText(
            self.tr("今日待辦　%1（%2）")
            .replace("%1", format_date(today, self.ctx.date_style))
            .replace("%2", QCoreApplication.translate("HomePage", _WEEKDAYS[today.weekday()]))
        )

    @property
    def printer(self) -> PrintActions:
        """The print actions, made when first used: the cards do not need their module, and
        the first page of the window waits for what it imports."""
        if self._printer is None:
            from hrplanner.ui.training.print_actions import PrintActions

            self._printer = PrintActions(self.ctx, self, lambda: None, self.today)
        return self._printer

    # --- loading in the background ---------------------------------------------------------

    def refresh(self) -> None:
        db, today = self.ctx.db, self.today()
        self._set_heading()
        self.status_label.setText(self.tr("正在整理今日待辦…"))
        self.refresh_button.setEnabled(False)

        # Two steps on a reader thread: the dated items first (quick), then the figures
        # (compliance, KPI lights, study places), so that the cards come as they are ready;
        # a new refresh abandons either step.
        def quick(progress: Progress) -> home.HomeSummary:
            return home.dated_summary(db, today)

        def figures(summary: home.HomeSummary) -> None:
            self._show(summary)
            if summary.complete or not summary.staff:
                return
            self.load.start(
                lambda _p: home.figure_items(db, today),
                lambda items: self._show(summary.with_figures(items)),
                self._failed,
            )

        self.load.start(quick, figures, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from hrplanner.ui.training.models import is_refusal, refusal_text

        self.refresh_button.setEnabled(True)
        if not is_refusal(exc):
            raise exc
        self.status_label.setText(refusal_text(exc))

    def _show(self, summary: home.HomeSummary) -> None:
        self.summary = summary
        self.refresh_button.setEnabled(summary.complete or not summary.staff)
        if not summary.complete and summary.staff:
            self.status_label.setText(self.tr("正在計算學習時數達成率、KPI 燈號與進修名額…"))
        elif summary.overdue:
            self.status_label.setText(self.tr("%n 件已逾期", "", summary.overdue))
        else:
            self.status_label.setText(self.tr("沒有逾期的事項"))
        self.empty_panel.setVisible(not summary.staff)
        while self.grid.count():
            child = self.grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards = {}
        self.spacer.setVisible(not summary.staff)
        if not summary.staff:
            self.status_label.setText("")
            self.scroll_area.hide()
            return
        self.scroll_area.show()
        for index, item in enumerate(summary.items):
            card = HomeCard(item, self.ctx.date_style, self.grid_host)
            card.open_button.clicked.connect(lambda _checked=False, i=item: self.open_item(i))
            if card.action_button is not None:
                card.action_button.clicked.connect(lambda _checked=False, i=item: self.act(i))
            self.grid.addWidget(card, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
            self.cards[item.key] = card
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    # --- links and actions -----------------------------------------------------------------

    def open_item(self, item: home.HomeItem) -> None:
        if item.target is not None:
            self.navigate_requested.emit(item.target.page, item.target.kwargs())

    def act(self, item: home.HomeItem) -> None:
        if item.action == home.PRINT_WEEK_SIGNIN:
            self.printer.print_week_signin()
        elif item.action == home.ISSUE_CERTIFICATES:
            self.issue_certificates(item)

    def issue_certificates(self, item: home.HomeItem) -> None:
        from hrplanner.services.home import actions
        from hrplanner.ui.training.models import is_refusal, refusal_text

        today = format_date(self.today(), self.ctx.date_style)
        question = self.tr(
            "為 %n 個已結訓的班期核發研習證明書（發證日期 %1）？編號依序給號。", "", item.count
        ).replace("%1", today)
        if not self.ctx.prompts.confirm(self, self.tr("核發證書"), question):
            return
        db, day = self.ctx.db, self.today()
        self.status_label.setText(self.tr("正在核發證書…"))
        # Many classes take a while: progress by class, and a cancel that stops between
        # classes (the ones issued so far keep their numbers).
        dialog = QProgressDialog(self.tr("正在核發研習證明書…"), self.tr("取消"), 0, 0, self)
        dialog.setWindowTitle(self.tr("核發證書"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.issue_dialog = dialog

        def work(progress: Progress) -> actions.Issued:
            return actions.issue_closed_certificates(
                db,
                day,
                lambda done, total: progress.report(done, total),
                lambda: progress.cancelled,
            )

        def advanced(done: int, total: int, _text: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        def done(issued: actions.Issued) -> None:
            dialog.close()
            text = (
                self.tr("已為 %1 個班期核發 %2 張研習證明書。")
                .replace("%1", str(issued.classes))
                .replace("%2", str(issued.certificates))
            )
            if issued.review:
                text += self.tr("其中 %n 張待查，請在「證書清冊」頁核對。", "", issued.review)
            if issued.left:
                text += self.tr("已取消：其餘 %n 個班期尚未核發。", "", issued.left)
            self.ctx.prompts.info(self, self.tr("核發證書"), text)
            self.data_changed.emit()
            self.refresh()

        def failed(exc: BaseException) -> None:
            dialog.close()
            if not is_refusal(exc):
                raise exc
            self.ctx.prompts.error(self, self.tr("無法核發證書"), refusal_text(exc))
            self.refresh()

        task = self.ctx.runner.run(work, on_done=done, on_error=failed, on_progress=advanced)
        dialog.canceled.connect(task.cancel)

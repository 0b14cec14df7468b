"""The agency settings dialog (機關設定), every declared setting in three tabs: 機關 (names,
head of the agency, budgeted headcount, language, date display), 訓練與時數 (credit policy,
hours registration deadline, export dates, the initial-training class category) and 列印與證書
(font, sign-in sheet, certificate; see ``settings_print``). Values are checked by
``services.common.settings_checks`` (the same checks as ``hrplanner settings KEY VALUE``),
then saved in one transaction; the dialog closes only on success."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.i18n import LANGUAGE_NAMES, LANGUAGES
from hrplanner.services.common import reference, settings_checks, settings_service
from hrplanner.services.common.errors import ConflictError
from hrplanner.settings import Setting, SettingError
from hrplanner.ui.settings.appraisal_tab import AppraisalSettingsTab
from hrplanner.ui.settings.print_tab import PrintSettingsTab
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.widgets import DIALOG_MAX_HEIGHT, ErrorLabel, fill_combo

_TEXT_SETTINGS = (
    Setting.AGENCY_NAME,
    Setting.AGENCY_SHORT_NAME,
    Setting.HEAD_TITLE,
    Setting.HEAD_NAME,
)
AGENCY_TAB, TRAINING_TAB, PRINT_TAB = 0, 1, 2


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("機關設定"))
        self._initial = settings_service.get_all(ctx.db)
        self._versions = settings_service.versions(ctx.db)  # sent back: no silent overwrite
        self.saved: dict[Setting, Any] = {}
        self.edits: dict[Setting, QLineEdit] = {}
        self.errors: dict[Setting, ErrorLabel] = {}

        self.tabs = QTabWidget()
        agency, training = self._agency_tab(), self._training_tab()
        self.tabs.addTab(agency, self.tr("機關"))
        self.tabs.addTab(training, self.tr("訓練與時數"))
        self.print_tab = PrintSettingsTab(self._initial, ctx.prompts, self)
        # Scrolled rather than squeezed when messages make the tab taller than the screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.print_tab)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(max(640, self.print_tab.minimumSizeHint().width() + 50))
        self.tabs.addTab(scroll, self.tr("列印與證書"))
        self.errors.update(self.print_tab.errors)
        self.appraisal_tab = AppraisalSettingsTab(self._initial, self)
        self.tabs.addTab(self.appraisal_tab, self.tr("考核"))
        self.errors.update(self.appraisal_tab.errors)
        # The font line needs reportlab: work it out only once the tab is looked at.
        self.tabs.currentChanged.connect(self._tab_shown)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        # The scroll area hides the print tab's height from the dialog's size hint.
        others = max(page.sizeHint().height() for page in (agency, training))
        extra = self.print_tab.sizeHint().height() - others
        # But no taller than the default window (1100 × 700): the tab scrolls instead.
        height = min(self.sizeHint().height() + max(0, extra), DIALOG_MAX_HEIGHT)
        self.resize(self.sizeHint().width(), height)

    def _row(self, form: QFormLayout, setting: Setting, label: str, field: QWidget) -> None:
        error = ErrorLabel()
        self.errors[setting] = error
        holder = QVBoxLayout()
        holder.setSpacing(2)
        holder.addWidget(field)
        holder.addWidget(error)
        form.addRow(label, holder)

    def _agency_tab(self) -> QWidget:
        labels = {
            Setting.AGENCY_NAME: self.tr("機關全銜"),
            Setting.AGENCY_SHORT_NAME: self.tr("機關簡稱"),
            Setting.HEAD_TITLE: self.tr("首長職稱"),
            Setting.HEAD_NAME: self.tr("首長姓名"),
            Setting.BUDGETED_HEADCOUNT: self.tr("編制內預算員額"),
        }
        for setting in labels:
            self.edits[setting] = QLineEdit(str(self._initial[setting]))
        self.edits[Setting.AGENCY_NAME].setPlaceholderText(self.tr("例：新竹市政府"))
        self.edits[Setting.BUDGETED_HEADCOUNT].setToolTip(
            self.tr("用於計算每年可進修人數上限（預算員額的十分之一，至少 1 人）")
        )
        # Rosters without 員工編號 (a school's EDHR list): new people's numbers.
        self.edits[Setting.STAFF_NUMBER_PATTERN] = QLineEdit(
            str(self._initial[Setting.STAFF_NUMBER_PATTERN])
        )
        self.edits[Setting.STAFF_NUMBER_PATTERN].setToolTip(
            self.tr("匯入沒有員工編號的名冊時，新進人員依此編號；{seq} 為流水號，如 T{seq:04d}")
        )
        self.language = QComboBox()
        fill_combo(
            self.language,
            [(LANGUAGE_NAMES[code], code) for code in LANGUAGES],
            self._initial[Setting.LANGUAGE],
        )
        self.date_display = QComboBox()
        fill_combo(
            self.date_display,
            [(self.tr("民國紀年（109/03/05）"), "roc"), (self.tr("西元（2020-03-05）"), "iso")],
            self._initial[Setting.DATE_DISPLAY],
        )
        tab = QWidget()
        form = QFormLayout()
        for setting, label in labels.items():
            self._row(form, setting, label, self.edits[setting])
        self._row(
            form,
            Setting.STAFF_NUMBER_PATTERN,
            self.tr("新進人員編號格式"),
            self.edits[Setting.STAFF_NUMBER_PATTERN],
        )
        self._row(form, Setting.LANGUAGE, self.tr("介面語言"), self.language)
        self._row(form, Setting.DATE_DISPLAY, self.tr("日期顯示"), self.date_display)
        note = QLabel(self.tr("介面語言與日期顯示於下次啟動時套用。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        return tab

    def _training_tab(self) -> QWidget:
        self.credit_policy = QComboBox()
        fill_combo(
            self.credit_policy,
            [(self.tr("依實際出席時數"), "attended"), (self.tr("符合資格給全部時數"), "full")],
            self._initial[Setting.CREDIT_POLICY],
        )
        self.credit_policy.setToolTip(
            self.tr("請假未逾上限者：學習時數為課程時數扣除請假時數，或給予課程全部時數")
        )
        self.registration_days = QSpinBox()
        self.registration_days.setMaximumWidth(160)
        self.registration_days.setRange(1, 60)
        self.registration_days.setValue(int(self._initial[Setting.REGISTRATION_WORKING_DAYS]))
        self.registration_days.setSuffix(self.tr(" 個工作天"))
        self.export_dates = QComboBox()
        fill_combo(
            self.export_dates,
            [(self.tr("民國文字（109/03/05）"), True), (self.tr("Excel 日期"), False)],
            bool(self._initial[Setting.EXPORT_DATES_AS_TEXT]),
        )
        # R17: which class category counts as new hires' initial training (an editable list).
        self.initial_category = QComboBox()
        current = str(self._initial[Setting.INITIAL_TRAINING_CATEGORY])
        names = [item.name for item in reference.list_items(self._ctx.db, "class_category")]
        fill_combo(
            self.initial_category,
            [(name, name) for name in (names if current in names else [*names, current])],
            current,
        )
        self.initial_category.setToolTip(self.tr("此類別的班期視為新進人員的初任訓練"))
        # R15: how 達成度 is shown and where a KPI below target turns from yellow to red.
        self.kpi_cap = QSpinBox()
        self.kpi_cap.setMaximumWidth(160)
        self.kpi_cap.setRange(0, 1000)
        self.kpi_cap.setSpecialValueText(self.tr("不設上限"))
        self.kpi_cap.setSuffix(" %")
        self.kpi_cap.setValue(int(self._initial[Setting.KPI_DEGREE_CAP]))
        self.kpi_yellow = QSpinBox()
        self.kpi_yellow.setMaximumWidth(160)
        self.kpi_yellow.setRange(1, 100)
        self.kpi_yellow.setSuffix(" %")
        self.kpi_yellow.setValue(int(self._initial[Setting.KPI_YELLOW_FROM]))
        tab = QWidget()
        form = QFormLayout()
        self._row(form, Setting.CREDIT_POLICY, self.tr("學習時數認列"), self.credit_policy)
        self._row(
            form,
            Setting.REGISTRATION_WORKING_DAYS,
            self.tr("時數登錄期限（結訓後）"),
            self.registration_days,
        )
        self._row(form, Setting.EXPORT_DATES_AS_TEXT, self.tr("匯出日期"), self.export_dates)
        self._row(
            form,
            Setting.INITIAL_TRAINING_CATEGORY,
            self.tr("初任人員訓練類別"),
            self.initial_category,
        )
        self._row(form, Setting.KPI_DEGREE_CAP, self.tr("KPI 達成度顯示上限"), self.kpi_cap)
        self._row(form, Setting.KPI_YELLOW_FROM, self.tr("KPI 黃燈門檻（達成度）"), self.kpi_yellow)
        note = QLabel(
            self.tr(
                "學習時數須於結訓後幾個工作天內登錄終身學習入口網站（依政府行政機關辦公日曆，"
                "含補行上班日）。匯出日期為 Excel 日期時，可在 Excel 中排序與計算。"
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        return tab

    def _tab_shown(self, index: int) -> None:
        if index == PRINT_TAB:
            self.print_tab.refresh_font()
        self._grow()

    def _grow(self) -> None:
        """Make room for text that appeared after the dialog was sized (the font line):
        Qt does not enlarge a window that is already shown."""
        scroll = self.tabs.widget(PRINT_TAB)
        assert isinstance(scroll, QScrollArea)
        needed = self.print_tab.sizeHint().height() - scroll.viewport().height()
        if (
            self.tabs.currentIndex() == PRINT_TAB
            and needed > 0
            and self.height() < DIALOG_MAX_HEIGHT
        ):
            self.resize(self.width(), min(self.height() + needed, DIALOG_MAX_HEIGHT))

    def values(self) -> dict[Setting, Any]:
        values: dict[Setting, Any] = {s: e.text() for s, e in self.edits.items()}
        values[Setting.LANGUAGE] = self.language.currentData()
        values[Setting.DATE_DISPLAY] = self.date_display.currentData()
        values[Setting.CREDIT_POLICY] = self.credit_policy.currentData()
        values[Setting.REGISTRATION_WORKING_DAYS] = self.registration_days.value()
        values[Setting.EXPORT_DATES_AS_TEXT] = bool(self.export_dates.currentData())
        values[Setting.INITIAL_TRAINING_CATEGORY] = self.initial_category.currentData()
        values[Setting.KPI_DEGREE_CAP] = self.kpi_cap.value()
        values[Setting.KPI_YELLOW_FROM] = self.kpi_yellow.value()
        values.update(self.print_tab.values())
        values.update(self.appraisal_tab.values())
        return values

    def problems(self, values: dict[Setting, Any]) -> dict[Setting, str]:
        found = settings_checks.problems(self._ctx.db, values)
        found.update(self.appraisal_tab.problems(values))
        return found

    def save(self) -> None:
        values = self.values()
        found = self.problems(values)
        for setting, label in self.errors.items():
            label.show_message(found.get(setting, ""))
        if found:
            # Show the first tab that has something to fix.
            for index in range(self.tabs.count()):
                page = self.tabs.widget(index)
                if page is not None and any(page.isAncestorOf(self.errors[s]) for s in found):
                    self.tabs.setCurrentIndex(index)
                    break
            return
        # Only what the officer changed is written, each checked against the version read:
        # a setting another officer saved meanwhile is never put back to what this form read.
        changed = {s: v for s, v in values.items() if self._initial.get(s) != v}
        try:
            settings_service.update(self._ctx.db, changed, read=self._versions)
        except SettingError as exc:  # a declaration check the form did not anticipate
            self.errors[Setting.AGENCY_NAME].show_message(str(exc))
            self.tabs.setCurrentIndex(AGENCY_TAB)
            return
        except ConflictError as exc:  # the form is closed; opened again it shows theirs
            self._ctx.prompts.error(self, self.tr("無法儲存設定"), str(exc))
            self.reject()
            return
        self.saved = values
        self.accept()

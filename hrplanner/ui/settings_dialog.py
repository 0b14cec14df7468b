"""The agency settings dialog (機關設定): names, head of the agency, budgeted headcount,
interface language and date display. Values are checked against their declarations in
``hrplanner.settings`` and saved in one transaction; the dialog closes only on success."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrplanner.i18n import LANGUAGE_NAMES, LANGUAGES
from hrplanner.services import settings_service
from hrplanner.settings import Setting, SettingError
from hrplanner.ui.pages import UiContext
from hrplanner.ui.widgets import ErrorLabel, fill_combo

_TEXT_SETTINGS = (
    Setting.AGENCY_NAME,
    Setting.AGENCY_SHORT_NAME,
    Setting.HEAD_TITLE,
    Setting.HEAD_NAME,
)


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("機關設定"))
        self.setMinimumWidth(460)
        self._initial = settings_service.get_all(ctx.db)
        self.saved: dict[Setting, Any] = {}

        labels = {
            Setting.AGENCY_NAME: self.tr("機關全銜"),
            Setting.AGENCY_SHORT_NAME: self.tr("機關簡稱"),
            Setting.HEAD_TITLE: self.tr("首長職稱"),
            Setting.HEAD_NAME: self.tr("首長姓名"),
            Setting.BUDGETED_HEADCOUNT: self.tr("編制內預算員額"),
            Setting.LANGUAGE: self.tr("介面語言"),
            Setting.DATE_DISPLAY: self.tr("日期顯示"),
        }
        self.edits: dict[Setting, QLineEdit] = {}
        self.errors: dict[Setting, ErrorLabel] = {}
        form = QFormLayout()
        for setting in (*_TEXT_SETTINGS, Setting.BUDGETED_HEADCOUNT):
            edit = QLineEdit(str(self._initial[setting]))
            self.edits[setting] = edit
        self.edits[Setting.AGENCY_NAME].setPlaceholderText(self.tr("例：新竹市政府"))
        self.edits[Setting.BUDGETED_HEADCOUNT].setToolTip(
            self.tr("用於計算每年可進修人數上限（預算員額的十分之一，至少 1 人）")
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
        fields: dict[Setting, QWidget] = {
            **self.edits,
            Setting.LANGUAGE: self.language,
            Setting.DATE_DISPLAY: self.date_display,
        }
        for setting, label in labels.items():
            error = ErrorLabel()
            self.errors[setting] = error
            holder = QVBoxLayout()
            holder.setSpacing(2)
            holder.addWidget(fields[setting])
            holder.addWidget(error)
            form.addRow(label, holder)
        note = QLabel(self.tr("介面語言與日期顯示於下次啟動時套用。"))
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def values(self) -> dict[Setting, Any]:
        values: dict[Setting, Any] = {s: e.text() for s, e in self.edits.items()}
        values[Setting.LANGUAGE] = self.language.currentData()
        values[Setting.DATE_DISPLAY] = self.date_display.currentData()
        return values

    def problems(self, values: dict[Setting, Any]) -> dict[Setting, str]:
        found: dict[Setting, str] = {}
        if not str(values[Setting.AGENCY_NAME]).strip():
            found[Setting.AGENCY_NAME] = self.tr("請填寫機關全銜（印在簽到表與證明書上）")
        text = str(values[Setting.BUDGETED_HEADCOUNT]).strip()
        if not text.isdigit():
            found[Setting.BUDGETED_HEADCOUNT] = self.tr("編制內預算員額需為 0 以上的整數，例如 120")
        return found

    def save(self) -> None:
        values = self.values()
        found = self.problems(values)
        for setting, label in self.errors.items():
            label.show_message(found.get(setting, ""))
        if found:
            return
        try:
            settings_service.update(self._ctx.db, values)
        except SettingError as exc:  # a declaration check the form did not anticipate
            self.errors[Setting.AGENCY_NAME].show_message(str(exc))
            return
        self.saved = values
        self.accept()

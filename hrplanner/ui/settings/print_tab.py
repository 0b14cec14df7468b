"""The 列印與證書 tab of the settings dialog: the print font (with the font that will really
be used), the sign-in sheet's columns and layout, and the certificate's number, wording and
seal image.

reportlab is imported only when the tab is shown or its values are checked, so opening the
window (or the settings dialog on another tab) never loads it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.vocabulary import COMMISSIONED, RUN_HERE, SENT
from hrplanner.reports.pdf.data import (
    CERTIFICATE_PLACEHOLDERS,
    DEFAULT_CERTIFICATE_TEMPLATES,
    SIGNIN_COLUMNS,
)
from hrplanner.services.certificates.content import WORDING_SETTINGS
from hrplanner.services.certificates.register import format_number
from hrplanner.services.common import settings_checks
from hrplanner.services.common.errors import InputRefused
from hrplanner.settings import Setting
from hrplanner.ui.shell.prompts import Prompts
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP
from hrplanner.ui.shell.widgets import ErrorLabel, fill_combo

ID_COLUMN = "身分證字號"
FONT_SUFFIXES = settings_checks.FONT_SUFFIXES

# Labels of the sign-in columns; the stored value keeps the Chinese names the forms print.
_COLUMN_LABELS = {
    "序號": QT_TRANSLATE_NOOP("PrintSettingsTab", "序號"),
    "單位": QT_TRANSLATE_NOOP("PrintSettingsTab", "單位"),
    "職稱": QT_TRANSLATE_NOOP("PrintSettingsTab", "職稱"),
    "姓名": QT_TRANSLATE_NOOP("PrintSettingsTab", "姓名"),
    "簽到": QT_TRANSLATE_NOOP("PrintSettingsTab", "簽到"),
    "簽退": QT_TRANSLATE_NOOP("PrintSettingsTab", "簽退"),
    "用餐": QT_TRANSLATE_NOOP("PrintSettingsTab", "用餐"),
    "備註": QT_TRANSLATE_NOOP("PrintSettingsTab", "備註"),
    ID_COLUMN: QT_TRANSLATE_NOOP("PrintSettingsTab", "身分證字號(遮蔽)"),
}
_PLACEHOLDER_LABELS = {
    "name": QT_TRANSLATE_NOOP("PrintSettingsTab", "姓名"),
    "class_title": QT_TRANSLATE_NOOP("PrintSettingsTab", "課程名稱"),
    "start": QT_TRANSLATE_NOOP("PrintSettingsTab", "開始日期"),
    "end": QT_TRANSLATE_NOOP("PrintSettingsTab", "結束日期"),
    "period": QT_TRANSLATE_NOOP("PrintSettingsTab", "研習期間"),
    "hours": QT_TRANSLATE_NOOP("PrintSettingsTab", "時數"),
    "organizer": QT_TRANSLATE_NOOP("PrintSettingsTab", "主辦單位"),
    "agency": QT_TRANSLATE_NOOP("PrintSettingsTab", "機關全銜"),
    "head_title": QT_TRANSLATE_NOOP("PrintSettingsTab", "首長職稱"),
    "head_name": QT_TRANSLATE_NOOP("PrintSettingsTab", "首長姓名"),
    "number": QT_TRANSLATE_NOOP("PrintSettingsTab", "證書字號"),
}


def _label(text: str) -> str:
    """A label declared with QT_TRANSLATE_NOOP, in the interface language."""
    return QCoreApplication.translate("PrintSettingsTab", text)


def font_description(choice: Any) -> str:
    """``FontChoice.describe()`` in the interface language (the family, where it came from
    and its file)."""
    where = {
        "user": QCoreApplication.translate("PrintSettingsTab", "自選字型"),
        "windows": QCoreApplication.translate("PrintSettingsTab", "Windows 字型"),
        "system": QCoreApplication.translate("PrintSettingsTab", "系統字型"),
    }.get(choice.source, QCoreApplication.translate("PrintSettingsTab", "內附字型"))
    return (
        QCoreApplication.translate("PrintSettingsTab", "列印時使用：%1（%2：%3）")
        .replace("%1", choice.family)
        .replace("%2", where)
        .replace("%3", str(choice.path))
    )


def font_filter() -> str:
    return QCoreApplication.translate("PrintSettingsTab", "TrueType 字型 (*.ttf *.ttc)")


def seal_filter() -> str:
    return QCoreApplication.translate("PrintSettingsTab", "圖檔 (*.png *.jpg *.jpeg)")


class _FilePicker(QWidget):
    """A read-only path, 選擇… and 清除 ("" means automatic / none)."""

    def __init__(self, path: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(path)
        self.edit.setReadOnly(True)
        self.edit.setPlaceholderText(empty_text)
        self.pick_button = QPushButton(self.tr("選擇…"))
        self.clear_button = QPushButton(self.tr("清除"))
        self.clear_button.clicked.connect(lambda _=False: self.edit.clear())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick_button)
        row.addWidget(self.clear_button)

    def path(self) -> str:
        return self.edit.text().strip()


class _FontLine(ErrorLabel):
    """Which font printing will use, or in red why none can be used. It is also the font
    field's error label: clearing the error shows the font again."""

    def __init__(self, describe: Callable[[], None]) -> None:
        super().__init__()
        self._describe = describe

    def show_message(self, text: str) -> None:
        if text:
            self.show_problem(text)
        else:
            self._describe()

    def show_problem(self, text: str) -> None:
        self.setStyleSheet("color: #b00020;")
        super().show_message(text)

    def show_font(self, text: str) -> None:
        self.setStyleSheet("")
        super().show_message(text)


class PrintSettingsTab(QWidget):
    """Widgets for the print settings; ``values()`` for the dialog, which checks them through
    ``services.common.settings_checks``."""

    def __init__(self, initial: dict[Setting, Any], prompts: Prompts, parent: QWidget) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._font_checked: str | None = None  # the path the font line describes
        self.errors: dict[Setting, ErrorLabel] = {}

        self.font_picker = _FilePicker(
            str(initial[Setting.PRINT_FONT_FILE]), self.tr("自動（標楷體、系統字型或內附字型）")
        )
        self.font_picker.pick_button.clicked.connect(lambda _=False: self.pick_font())
        self.font_picker.edit.textChanged.connect(lambda _text: self.refresh_font())
        # Cleared errors describe the font again, but only once the tab has been looked at.
        self.font_line = _FontLine(lambda: self.refresh_font(force=self._font_checked is not None))
        self.errors[Setting.PRINT_FONT_FILE] = self.font_line
        # A wrapped label's size hint assumes a narrow column (too many lines, too tall).
        self.font_line.setMinimumWidth(440)
        font_box = QGroupBox(self.tr("列印字型"))
        font_form = QFormLayout(font_box)
        font_form.addRow(self.tr("字型檔"), self.font_picker)
        font_form.addRow("", self.font_line)
        # Fonts for the characters the main font lacks (rare characters of names, 𡘙 𨭎).
        self.fallback_edit = QPlainTextEdit(str(initial[Setting.PRINT_FALLBACK_FONTS]))
        self.fallback_edit.setPlaceholderText(
            self.tr("每行一個字型檔；空白時只用本機找到的字型（如全字庫正楷體 TW-Kai）")
        )
        self.fallback_edit.setFixedHeight(56)
        self.fallback_button = QPushButton(self.tr("加入…"))
        self.fallback_button.clicked.connect(lambda _=False: self.pick_fallback())
        fallback_holder = QWidget()
        fallback_row = QHBoxLayout(fallback_holder)
        fallback_row.setContentsMargins(0, 0, 0, 0)
        fallback_row.addWidget(self.fallback_edit, 1)
        fallback_row.addWidget(self.fallback_button)
        font_form.addRow(
            self.tr("缺字改用"), self._with_error(Setting.PRINT_FALLBACK_FONTS, fallback_holder)
        )

        columns = {c.strip() for c in str(initial[Setting.SIGNIN_COLUMNS]).split(",") if c}
        self.signin_checks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, column in enumerate((*SIGNIN_COLUMNS, ID_COLUMN)):
            box = QCheckBox(_label(_COLUMN_LABELS[column]))
            checked = columns if columns else set(SIGNIN_COLUMNS)
            box.setChecked(
                bool(initial[Setting.SIGNIN_SHOW_MASKED_ID]) or ID_COLUMN in checked
                if column == ID_COLUMN
                else column in checked
            )
            self.signin_checks[column] = box
            grid.addWidget(box, i // 5, i % 5)
        columns_holder = QWidget()
        columns_holder.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.landscape = QCheckBox(self.tr("橫式列印"))
        self.landscape.setChecked(bool(initial[Setting.SIGNIN_LANDSCAPE]))
        self.blank_rows = QSpinBox()
        self.blank_rows.setMaximumWidth(120)
        self.blank_rows.setRange(0, 30)
        self.blank_rows.setValue(int(initial[Setting.SIGNIN_BLANK_ROWS]))
        self.blank_rows.setSuffix(self.tr(" 列"))
        self.blank_rows.setToolTip(self.tr("留給臨時報名者手寫的空白列；不會單獨佔用一頁"))
        signin_box = QGroupBox(self.tr("簽到表"))
        signin_form = QFormLayout(signin_box)
        signin_form.addRow(
            self.tr("欄位"), self._with_error(Setting.SIGNIN_COLUMNS, columns_holder)
        )
        signin_form.addRow(self.tr("空白列"), self.blank_rows)
        signin_form.addRow("", self.landscape)

        self.number_edit = QLineEdit(str(initial[Setting.CERTIFICATE_NUMBER_TEMPLATE]))
        self.number_edit.setToolTip(
            self.tr(
                "可用欄位：{roc_year} 民國年、{year} 西元年、{seq} 流水號（{seq:04d} 補足四位）"
            )
        )
        self.number_preview = QLabel()
        # The sample appears as the template is edited (it is agency wording, not chrome).
        self.number_edit.textChanged.connect(lambda _text: self.refresh_number())
        # One wording per 辦理方式 (自辦, 委辦, 薦送); empty shows and uses that type's default.
        self.body_edits: dict[str, QPlainTextEdit] = {}
        for kind, setting in WORDING_SETTINGS.items():
            edit = QPlainTextEdit(str(initial[setting]))
            edit.setPlaceholderText(DEFAULT_CERTIFICATE_TEMPLATES[kind])
            edit.setFixedHeight(56)
            self.body_edits[kind] = edit
        self.body_edit = self.body_edits[RUN_HERE]
        self.topic_hours = QCheckBox(self.tr("列出各學習類別的時數（如性別主流化、環境教育）"))
        self.topic_hours.setChecked(bool(initial[Setting.CERTIFICATE_TOPIC_HOURS]))
        # Explicit lines rather than word wrap: a wrapped label makes the dialog too short.
        named = ["{" + p + "} " + _label(_PLACEHOLDER_LABELS[p]) for p in CERTIFICATE_PLACEHOLDERS]
        fields = "\n".join(self.tr("、").join(named[i : i + 4]) for i in range(0, len(named), 4))
        self.placeholders = QLabel(
            self.tr("空白表示使用預設文字。可用欄位：%1").replace("%1", "\n" + fields)
        )
        self.seal_picker = _FilePicker(
            str(initial[Setting.CERTIFICATE_SEAL_IMAGE]), self.tr("不加印信")
        )
        self.seal_picker.pick_button.clicked.connect(lambda _=False: self.pick_seal())
        cert_box = QGroupBox(self.tr("研習證明書"))
        cert_form = QFormLayout(cert_box)
        number_holder = QWidget()
        number_row = QHBoxLayout(number_holder)
        number_row.setContentsMargins(0, 0, 0, 0)
        number_row.addWidget(self.number_edit, 1)
        number_row.addWidget(self.number_preview)
        cert_form.addRow(
            self.tr("證書字號格式"),
            self._with_error(Setting.CERTIFICATE_NUMBER_TEMPLATE, number_holder),
        )
        labels = {
            RUN_HERE: self.tr("證明書文字（自辦）"),
            COMMISSIONED: self.tr("證明書文字（委辦）"),
            SENT: self.tr("證明書文字（薦送）"),
        }
        for kind, setting in WORDING_SETTINGS.items():
            cert_form.addRow(labels[kind], self._with_error(setting, self.body_edits[kind]))
        cert_form.addRow("", self.placeholders)
        cert_form.addRow("", self.topic_hours)
        cert_form.addRow(
            self.tr("印信圖檔"), self._with_error(Setting.CERTIFICATE_SEAL_IMAGE, self.seal_picker)
        )
        # R10: a December class certified in January is numbered by the issue date's year
        # (as document numbers are), or by the class's.
        self.number_year = QComboBox()
        fill_combo(
            self.number_year,
            [(self.tr("依發證日期"), "issue"), (self.tr("依班期結束日期"), "end")],
            str(initial[Setting.CERTIFICATE_NUMBER_YEAR]),
        )
        cert_form.addRow(self.tr("字號的年度"), self.number_year)

        layout = QVBoxLayout(self)
        layout.addWidget(font_box)
        layout.addWidget(signin_box)
        layout.addWidget(cert_box)
        layout.addStretch(1)

    def _with_error(self, setting: Setting, field: QWidget) -> QWidget:
        error = ErrorLabel()
        error.setMinimumWidth(440)
        self.errors[setting] = error
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        return holder

    # --- pickers and live feedback ---------------------------------------------------------

    def pick_font(self) -> None:
        path = self._prompts.open_file(self, self.tr("選擇列印字型"), font_filter())
        if path is not None:
            self.font_picker.edit.setText(str(path))

    def pick_fallback(self) -> None:
        path = self._prompts.open_file(self, self.tr("選擇缺字時改用的字型"), font_filter())
        if path is not None:
            lines = [*self.fallback_paths(), str(path)]
            self.fallback_edit.setPlainText("\n".join(dict.fromkeys(lines)))

    def fallback_paths(self) -> list[str]:
        return [x.strip() for x in self.fallback_edit.toPlainText().splitlines() if x.strip()]

    def pick_seal(self) -> None:
        path = self._prompts.open_file(self, self.tr("選擇印信圖檔"), seal_filter())
        if path is not None:
            self.seal_picker.edit.setText(str(path))

    def refresh_font(self, force: bool = False) -> None:
        """Say which font printing will use (imports reportlab: only on the shown tab)."""
        path = self.font_picker.path()
        if not force and (path == self._font_checked or not self.isVisible()):
            return
        self._font_checked = path
        problem = self.font_problem(path)
        if problem is None:
            from hrplanner.reports.pdf.fonts import find_font

            self.font_line.show_font(font_description(find_font(path or None)))
        else:
            self.font_line.show_problem(problem)

    def font_problem(self, path: str) -> str | None:
        return settings_checks.font_problem(path)

    def refresh_number(self) -> None:
        try:
            sample = format_number(self.number_edit.text().strip(), dt.date.today().year, 1)
        except InputRefused:
            self.number_preview.setText("")
            return
        self.number_preview.setText(self.tr("例：%1").replace("%1", sample))

    # --- values and checks -----------------------------------------------------------------

    def columns(self) -> str:
        return ",".join(c for c in SIGNIN_COLUMNS if self.signin_checks[c].isChecked())

    def values(self) -> dict[Setting, Any]:
        return {
            Setting.PRINT_FONT_FILE: self.font_picker.path(),
            Setting.SIGNIN_COLUMNS: self.columns(),
            Setting.SIGNIN_SHOW_MASKED_ID: self.signin_checks[ID_COLUMN].isChecked(),
            Setting.SIGNIN_LANDSCAPE: self.landscape.isChecked(),
            Setting.SIGNIN_BLANK_ROWS: self.blank_rows.value(),
            Setting.CERTIFICATE_NUMBER_TEMPLATE: self.number_edit.text().strip(),
            **{
                setting: self.body_edits[kind].toPlainText().strip()
                for kind, setting in WORDING_SETTINGS.items()
            },
            Setting.CERTIFICATE_TOPIC_HOURS: self.topic_hours.isChecked(),
            Setting.CERTIFICATE_SEAL_IMAGE: self.seal_picker.path(),
            Setting.PRINT_FALLBACK_FONTS: "\n".join(self.fallback_paths()),
            Setting.CERTIFICATE_NUMBER_YEAR: self.number_year.currentData(),
        }

"""The 時數登錄檔 parts of the 報表 page (SPEC §3.2): the preset and encoding of the layout, the
editable code tables (課程類別代碼, 上課縣市), and the choice offered when a Big5 file would
lose characters (write UTF-8 instead, leave those people out and list them, or cancel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrplanner.i18n import _
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import Prompts
from hrplanner.ui.training.models import is_refusal, refusal_text

if TYPE_CHECKING:
    from hrplanner.services.exports.portal import PortalFormat, UnencodableRows
    from hrplanner.services.exports.portal_tables import CodeTables

UTF8, BIG5 = "utf-8-sig", "cp950"
LISTED_PEOPLE = 12  # people named in the question; the rest are counted


class PortalExtras(QWidget):
    """The preset combo (choosing one fills the layout's fields), the encoding combo and the
    代碼表… button."""

    preset_chosen = Signal(object)  # the PortalFormat of the chosen preset

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from hrplanner.services.exports.portal_layout import PRESET_TITLES

        self.ctx = ctx
        self.preset = QComboBox()
        self.preset.addItem(self.tr("（自訂）"), None)
        for name, title in PRESET_TITLES.items():
            self.preset.addItem(f"{_(title)}（{name}）", name)
        self.preset.activated.connect(lambda _index: self._apply_preset())
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Big5（cp950，入口網站）"), BIG5)
        self.encoding.addItem(self.tr("UTF-8（含 BOM）"), UTF8)
        self.encoding.setToolTip(self.tr("匯出為 .csv 時使用的編碼；.xlsx 不受影響"))
        self.codes_button = QPushButton(self.tr("代碼表…"))
        self.codes_button.clicked.connect(lambda _checked=False: self.edit_codes())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("時數登錄檔格式")))
        row.addWidget(self.preset, 1)
        row.addWidget(QLabel(self.tr("CSV 編碼")))
        row.addWidget(self.encoding)
        row.addWidget(self.codes_button)

    def show_format(self, fmt: PortalFormat) -> None:
        from hrplanner.services.exports.portal_layout import preset_of

        self.preset.setCurrentIndex(max(0, self.preset.findData(preset_of(fmt))))
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(fmt.encoding)))

    def chosen_encoding(self) -> str:
        return str(self.encoding.currentData())

    def _apply_preset(self) -> None:
        from hrplanner.services.exports.portal_layout import PRESETS

        name = self.preset.currentData()
        if name is not None:
            fmt = PRESETS[str(name)]
            self.encoding.setCurrentIndex(max(0, self.encoding.findData(fmt.encoding)))
            self.preset_chosen.emit(fmt)

    def edit_codes(self) -> None:
        CodeTablesDialog(self.ctx, self).exec()


class _TableEditor(QGroupBox):
    """名稱 / 代碼 rows, editable, with 新增 and 刪除."""

    def __init__(self, title: str, name_header: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([name_header, self.tr("代碼")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("新增"))
        add.clicked.connect(lambda _checked=False: self.add_row("", ""))
        remove = QPushButton(self.tr("刪除"))
        remove.clicked.connect(lambda _checked=False: self.remove_selected())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_items(self, table: dict[str, str]) -> None:
        self.table.setRowCount(0)
        for name, code in table.items():
            self.add_row(name, code)

    def add_row(self, name: str, code: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(code))

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def items(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            name, code = self.table.item(row, 0), self.table.item(row, 1)
            text = name.text().strip() if name else ""
            if text:
                result[text] = code.text().strip() if code else ""
        return result


class CodeTablesDialog(QDialog):
    """The two code tables of the 時數登錄檔, saved together (agency settings)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from hrplanner.services.exports import portal_tables as pt

        self.ctx = ctx
        self.setWindowTitle(self.tr("時數登錄檔代碼表"))
        self.resize(680, 520)
        tables = pt.get_tables(ctx.db)
        self.category = _TableEditor(
            self.tr("課程類別代碼（班期類別或學習類別）"), self.tr("班期類別或學習類別")
        )
        self.category.set_items(tables.category)
        self.city = _TableEditor(
            self.tr("上課縣市（地點開頭的縣市；「%1」為其他地點）").replace("%1", pt.OTHER_PLACE),
            self.tr("縣市"),
        )
        self.city.set_items(tables.city)
        note = QLabel(
            self.tr(
                "班期的類別先查，查不到再依學習類別（時數多者優先）。查不到的代碼會在匯出時提醒。"
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        tables_row = QHBoxLayout()
        tables_row.addWidget(self.category)
        tables_row.addWidget(self.city)
        layout = QVBoxLayout(self)
        layout.addLayout(tables_row, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def tables(self) -> CodeTables:
        from hrplanner.services.exports.portal_tables import CodeTables

        return CodeTables(self.category.items(), self.city.items())

    def save(self) -> None:
        from hrplanner.services.exports.portal_tables import save_tables

        try:
            save_tables(self.ctx.db, self.tables())
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法儲存代碼表"), refusal_text(exc))
            return
        self.accept()


def unencodable_choice(
    prompts: Prompts, parent: QWidget | None, refused: UnencodableRows
) -> dict[str, object] | None:
    """Ask what to do with people whose names Big5 cannot hold: the export options to run
    again with ({"encoding": utf-8-sig} or {"skip_unencodable": True}), None to cancel."""
    people = refused.people
    shown = "、".join(people[:LISTED_PEOPLE])
    if len(people) > LISTED_PEOPLE:
        shown = (
            QCoreApplication.translate("PortalWidgets", "%1 等，另有 %2 人")
            .replace("%1", shown)
            .replace("%2", str(len(people) - LISTED_PEOPLE))
        )
    details = "\n".join(p.message for p in refused.problems[1 : 1 + 2 * LISTED_PEOPLE])
    label = (
        QCoreApplication.translate(
            "PortalWidgets", "下列人員的資料含有 %1 無法寫入的字，尚未產生檔案：\n%2\n\n%3"
        )
        .replace("%1", refused.encoding)
        .replace("%2", shown)
        .replace("%3", details)
    )
    utf8 = QCoreApplication.translate("PortalWidgets", "改存成 UTF-8 檔（所有字都保留）")
    skip = QCoreApplication.translate("PortalWidgets", "略過這些人並列出，其餘照常匯出")
    cancel = QCoreApplication.translate("PortalWidgets", "取消匯出")
    answer = prompts.choose(
        parent,
        QCoreApplication.translate("PortalWidgets", "時數登錄檔有無法寫入的字"),
        label,
        [utf8, skip, cancel],
    )
    if answer == utf8:
        return {"encoding": UTF8}
    if answer == skip:
        return {"skip_unencodable": True}
    return None

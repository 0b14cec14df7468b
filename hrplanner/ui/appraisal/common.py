"""What the appraisal pages share: the appraisal words shown in the interface language, the
year list, printing a form of the catalogue in the background into the preview, and the
import dialogs of the four appraisal imports.

Printing follows the training pages (``ui.training.print_actions``): the form is built off
the UI thread with a progress dialog and opens in the PDF preview; a missing font or a
refused request is shown as a message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QProgressDialog, QWidget

from hrplanner.domain.rocdate import roc_year
from hrplanner.ui.shell.import_dialog import ImportDialog, ImportKind
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.pdf_preview import PdfPreviewDialog
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP
from hrplanner.ui.training.models import is_refusal, refusal_text

WARN_BRUSH = QBrush(QColor("#fde2e1"))
LATE_BRUSH = QBrush(QColor("#fff4d6"))
OK_BRUSH = QBrush(QColor("#e3f4e1"))
EDIT_BRUSH = QBrush(QColor("#eef4ff"))
YEARS_BACK = 10

# The appraisal words, stored in Chinese and shown translated.
APPRAISAL_VOCABULARY = (
    QT_TRANSLATE_NOOP("Vocabulary", "未填"),
    QT_TRANSLATE_NOOP("Vocabulary", "已填"),
    QT_TRANSLATE_NOOP("Vocabulary", "已核"),
    QT_TRANSLATE_NOOP("Vocabulary", "未評擬"),
    QT_TRANSLATE_NOOP("Vocabulary", "已評擬"),
    QT_TRANSLATE_NOOP("Vocabulary", "初核"),
    QT_TRANSLATE_NOOP("Vocabulary", "覆核"),
    QT_TRANSLATE_NOOP("Vocabulary", "已核定"),
    QT_TRANSLATE_NOOP("Vocabulary", "年終考績"),
    QT_TRANSLATE_NOOP("Vocabulary", "另予考績"),
    QT_TRANSLATE_NOOP("Vocabulary", "如期"),
    QT_TRANSLATE_NOOP("Vocabulary", "逾期完成"),
    QT_TRANSLATE_NOOP("Vocabulary", "尚未到期"),
    QT_TRANSLATE_NOOP("Vocabulary", "逾期未填"),
    QT_TRANSLATE_NOOP("Vocabulary", "甲"),
    QT_TRANSLATE_NOOP("Vocabulary", "乙"),
    QT_TRANSLATE_NOOP("Vocabulary", "丙"),
    QT_TRANSLATE_NOOP("Vocabulary", "丁"),
    QT_TRANSLATE_NOOP("Vocabulary", "嘉獎"),
    QT_TRANSLATE_NOOP("Vocabulary", "記功"),
    QT_TRANSLATE_NOOP("Vocabulary", "記大功"),
    QT_TRANSLATE_NOOP("Vocabulary", "申誡"),
    QT_TRANSLATE_NOOP("Vocabulary", "記過"),
    QT_TRANSLATE_NOOP("Vocabulary", "記大過"),
    # The default interim items (an agency's own items are shown as written).
    QT_TRANSLATE_NOOP("Vocabulary", "工作知能"),
    QT_TRANSLATE_NOOP("Vocabulary", "創新研究"),
    QT_TRANSLATE_NOOP("Vocabulary", "服務態度"),
    QT_TRANSLATE_NOOP("Vocabulary", "品德操守"),
    QT_TRANSLATE_NOOP("Vocabulary", "領導協調"),
    # Where the person stands on the pay scale (for the notice, 考績法 §7).
    QT_TRANSLATE_NOOP("Vocabulary", "本俸"),
    QT_TRANSLATE_NOOP("Vocabulary", "本俸最高俸級或年功俸"),
    QT_TRANSLATE_NOOP("Vocabulary", "年功俸最高俸級"),
)


def term(value: str | None) -> str:
    """An appraisal word in the interface language ("" for None; data stays as it is)."""
    if not value:
        return ""
    if value in APPRAISAL_VOCABULARY:
        return QCoreApplication.translate("Vocabulary", value)
    return value


def roc(year: int) -> int:
    return roc_year(dt.date(year, 1, 1))


def fill_years(combo: QComboBox, this_year: int, opened: list[int], current: int | None) -> None:
    """The year choice: this year and the ten before, plus any other opened year."""
    years = sorted(set(range(this_year - YEARS_BACK, this_year + 1)) | set(opened), reverse=True)
    combo.blockSignals(True)
    combo.clear()
    for year in years:
        text = QCoreApplication.translate("Appraisal", "%1 年度").replace("%1", str(roc(year)))
        if year not in opened:
            text += QCoreApplication.translate("Appraisal", "（未開辦）")
        combo.addItem(text, year)
    wanted = current if current in years else this_year
    combo.setCurrentIndex(max(0, combo.findData(wanted)))
    combo.blockSignals(False)


def import_kinds() -> dict[str, ImportKind]:
    """The four appraisal imports as the shared import dialog takes them."""
    return {
        "interim": ImportKind(
            QCoreApplication.translate("Appraisal", "匯入平時考核"),
            "interim",
            QCoreApplication.translate("Appraisal", "平時考核匯入範本.xlsx"),
            QCoreApplication.translate("Appraisal", "選擇平時考核檔案"),
        ),
        "appraisal": ImportKind(
            QCoreApplication.translate("Appraisal", "匯入考績"),
            "appraisal",
            QCoreApplication.translate("Appraisal", "考績匯入範本.xlsx"),
            QCoreApplication.translate("Appraisal", "選擇考績檔案"),
        ),
        "rewards": ImportKind(
            QCoreApplication.translate("Appraisal", "匯入獎懲"),
            "rewards",
            QCoreApplication.translate("Appraisal", "獎懲匯入範本.xlsx"),
            QCoreApplication.translate("Appraisal", "選擇獎懲檔案"),
        ),
        "leave": ImportKind(
            QCoreApplication.translate("Appraisal", "匯入差勤統計"),
            "leave",
            QCoreApplication.translate("Appraisal", "差勤統計匯入範本.xlsx"),
            QCoreApplication.translate("Appraisal", "選擇差勤統計檔案"),
        ),
    }


def make_import_dialog(ctx: UiContext, parent: QWidget, kind: str) -> ImportDialog:
    return ImportDialog(ctx, parent, import_kinds()[kind])


class FormPrinter(QObject):
    """Builds a printed form of the catalogue in the background and previews it."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.last_preview: PdfPreviewDialog | None = None
        self.last_error: str = ""

    def print_form(self, kind: str, title: str, filename: str, **request: Any) -> None:
        from hrplanner.services import catalogue

        found = catalogue.print_kind(kind)
        assert found is not None, kind
        path = Path(tempfile.mkdtemp(prefix="hrplanner-print-")) / filename
        dialog = QProgressDialog(
            self.tr("正在產生%1…").replace("%1", title), self.tr("取消"), 0, 0, self.widget
        )
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        options = request.pop("options", {})
        file_request = catalogue.FileRequest(options=options, **request)

        def work(_progress: Any) -> Any:
            return found.run(self.ctx.db, path, file_request)

        def done(result: Any) -> None:
            dialog.close()
            note = "\n".join(getattr(result, "warnings", ()))
            preview = PdfPreviewDialog(
                path,
                self.ctx.prompts,
                self.widget,
                title=title,
                suggested_name=filename,
                temporary=True,
                note=note,
            )
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_preview = preview
            preview.show()

        def failed(exc: BaseException) -> None:
            dialog.close()
            _discard(path)
            from hrplanner.reports.pdf.fonts import FontNotFound

            if not (is_refusal(exc) or isinstance(exc, FontNotFound | OSError)):
                raise exc
            text = str(exc) if isinstance(exc, FontNotFound | OSError) else refusal_text(exc)
            self.last_error = text
            self.ctx.prompts.error(self.widget, self.tr("無法列印%1").replace("%1", title), text)

        self.ctx.runner.run(work, on_done=done, on_error=failed)


def _discard(path: Path) -> None:
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.parent.rmdir()

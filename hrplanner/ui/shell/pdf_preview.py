"""The in-window PDF preview (SPEC §3.3): every printed form opens here before it reaches
paper. Page navigation and zoom over Qt's own PDF engine (QtPdf, the small PySide6_Pdf
wheel), 列印… to any printer through the system print dialog, 另存 PDF… to keep a copy.

Printing renders each page with ``QPdfDocument.render`` and paints the image on the
printer: QtPdf has no vector print path. The image resolution is capped at 300 dpi, enough
for text and signatures, because a 1200 dpi A4 page would be a 500 MB image.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrplanner.ui.shell.prompts import Prompts
from hrplanner.ui.shell.widgets import DIALOG_MAX_HEIGHT

MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0


def pdf_filter() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PdfPreview", "PDF 檔 (*.pdf)")


class PdfPreviewDialog(QDialog):
    """Shows one PDF file; ``temporary`` files are deleted when the dialog closes."""

    def __init__(
        self,
        path: Path,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        title: str = "",
        suggested_name: str = "",
        temporary: bool = False,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.prompts = prompts
        self.suggested_name = suggested_name or self.path.name
        self.temporary = temporary
        self.setWindowTitle(title or self.tr("預覽列印"))
        self.resize(900, DIALOG_MAX_HEIGHT)  # a taller preview leaves a small screen

        self.document = QPdfDocument(self)
        error = self.document.load(str(self.path))
        if error != QPdfDocument.Error.None_:
            raise OSError(self.tr("無法開啟 PDF 檔「%1」").replace("%1", str(self.path)))

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)

        self.prev_button = QPushButton(self.tr("上一頁"))
        self.next_button = QPushButton(self.tr("下一頁"))
        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, max(1, self.page_count()))
        self.page_spin.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.page_label = QLabel()
        self.zoom_out_button = QPushButton(self.tr("縮小"))
        self.zoom_in_button = QPushButton(self.tr("放大"))
        self.fit_width_button = QPushButton(self.tr("符合寬度"))
        self.fit_page_button = QPushButton(self.tr("整頁"))
        self.print_button = QPushButton(self.tr("列印…"))
        self.save_button = QPushButton(self.tr("另存 PDF…"))
        self.close_button = QPushButton(self.tr("關閉"))
        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_width_button.clicked.connect(lambda: self.fit(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self.fit(QPdfView.ZoomMode.FitInView))
        self.print_button.clicked.connect(lambda: self.print_pdf())
        self.save_button.clicked.connect(lambda: self.save_as())
        self.close_button.clicked.connect(self.accept)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.print_button.setDefault(True)

        bar = QHBoxLayout()
        for widget in (self.prev_button, self.page_spin, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_width_button,
            self.fit_page_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        if note:
            self.note_label = QLabel(note)
            self.note_label.setWordWrap(True)
            self.note_label.setStyleSheet("color: #8a4b00;")
            layout.addWidget(self.note_label)
        layout.addWidget(self.view, 1)
        self._on_page_changed(0)

    # --- navigation and zoom -------------------------------------------------------------

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        """Show page ``page`` (0-based), clamped to the document."""
        page = max(0, min(page, self.page_count() - 1))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._on_page_changed(page)

    def zoom(self, factor: float) -> None:
        page = self.current_page()
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, current * factor)))
        self._keep_page(page)

    def fit(self, mode: QPdfView.ZoomMode) -> None:
        page = self.current_page()
        self.view.setZoomMode(mode)
        self._keep_page(page)

    def _keep_page(self, page: int) -> None:
        # A new zoom keeps the scroll offset, not the page: show the page's top again once
        # the view has laid the pages out at the new size.
        def jump() -> None:
            # QPdfView scrolls only when the page number changes: step away and back.
            navigator, zoom = self.view.pageNavigator(), self.view.zoomFactor()
            other = page - 1 if page > 0 else min(1, self.page_count() - 1)
            if other != page:
                navigator.jump(other, QPointF(), zoom)
            navigator.jump(page, QPointF(), zoom)

        QTimer.singleShot(0, self, jump)  # dropped if the dialog is gone by then

    def _on_page_changed(self, page: int) -> None:
        total = self.page_count()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.page_label.setText(self.tr("／共 %1 頁").replace("%1", str(total)))
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < total - 1)

    # --- print and save --------------------------------------------------------------

    def print_pdf(self, printer: QPrinter | None = None) -> int:
        """Ask for a printer (unless one is given) and print; returns the pages printed."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.windowTitle())
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, max(1, self.page_count()))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        return self.render_to(printer)

    def render_to(self, printer: QPrinter) -> int:
        """Paint the chosen page range (all pages when none) on ``printer``."""
        total = self.page_count()
        first = max(1, printer.fromPage() or 1) - 1
        last = min(total, printer.toPage() or total) - 1
        if total == 0 or first > last:
            return 0
        painter = QPainter()
        printed = 0
        for page in range(first, last + 1):
            points = self.document.pagePointSize(page)
            landscape = points.width() > points.height()
            orientation = (
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
            printer.setPageOrientation(orientation)  # applies from the next page on
            if page == first:
                if not painter.begin(printer):
                    raise OSError(self.tr("無法開始列印，請確認印表機設定"))
            else:
                printer.newPage()
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = self.document.render(page, size)
            # Fit the page inside the printable area, keeping its proportions.
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            box = QRect(0, 0, scaled.width(), scaled.height())
            box.moveCenter(QRect(0, 0, target.width(), target.height()).center())
            painter.drawImage(box, image)
            printed += 1
        painter.end()
        return printed

    def save_as(self) -> Path | None:
        """Copy the PDF where the user says; returns the saved path (None when cancelled)."""
        target = self.prompts.save_file(
            self, self.tr("另存 PDF"), self.suggested_name, pdf_filter()
        )
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            self.prompts.error(
                self,
                self.tr("另存 PDF"),
                self.tr("無法儲存「%1」：%2").replace("%1", str(target)).replace("%2", str(exc)),
            )
            return None
        return target

    # --- closing -------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._release()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._release()
        super().closeEvent(event)

    def _release(self) -> None:
        # Windows cannot delete a file that QtPdf still holds open: close it first.
        self.document.close()
        if self.temporary:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
                if self.path.parent.name.startswith("hrplanner-print-"):
                    self.path.parent.rmdir()

"""The print actions of a class (SPEC §3.3): 簽到表 (one session or all), 研習證明書 (a batch,
as one merged PDF or one file per person), 班期成績冊, 滿意度調查表 and 滿意度調查結果.

Every form is built in the background through the task runner, with a progress dialog whose
Cancel stops a certificate batch between pages, then opens in the PDF preview, from which
the user prints or saves it. Pages that show a class (the classes page, the certificate
register) own one ``PrintActions`` and put its ``menu`` or ``button()`` where they like;
``class_code`` tells it which class is current.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QProgressDialog, QToolButton, QWidget

from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.pdf_preview import PdfPreviewDialog
from hrplanner.ui.shell.tasks import Cancelled, Progress, Task

MERGED, SEPARATE = 0, 1


class PrintActions(QObject):
    # A certificate batch was built: it may have numbered people who had none (R10), so a
    # page listing the numbers reads them again.
    certificates_printed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget,
        class_code: Callable[[], str | None],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.class_code = class_code
        self.today = today
        self.last_preview: PdfPreviewDialog | None = None
        self.last_files: list[Path] = []
        self.progress_dialog: QProgressDialog | None = None
        self.last_task: Task[Any] | None = None

        self.signin_action = QAction(self.tr("簽到表…"), self)
        self.certificates_action = QAction(self.tr("研習證明書…"), self)
        self.roster_action = QAction(self.tr("班期成績冊"), self)
        self.questionnaire_action = QAction(self.tr("滿意度調查表"), self)
        self.results_action = QAction(self.tr("滿意度調查結果"), self)
        self.signin_action.triggered.connect(lambda _=False: self.print_signin())
        self.certificates_action.triggered.connect(lambda _=False: self.print_certificates())
        self.roster_action.triggered.connect(lambda _=False: self.print_roster())
        self.questionnaire_action.triggered.connect(lambda _=False: self.print_questionnaire())
        self.results_action.triggered.connect(lambda _=False: self.print_survey_results())
        self.menu = QMenu(self.tr("列印"), parent)
        for action in self.actions():
            self.menu.addAction(action)
        self.menu.aboutToShow.connect(self.update_actions)

    def actions(self) -> list[QAction]:
        return [
            self.signin_action,
            self.certificates_action,
            self.roster_action,
            self.questionnaire_action,
            self.results_action,
        ]

    def button(self) -> QToolButton:
        """A 列印 button that drops down the menu."""
        button = QToolButton(self.widget)
        button.setText(self.tr("列印"))
        button.setMenu(self.menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def update_actions(self) -> None:
        enabled = bool(self.class_code())
        for action in self.actions():
            action.setEnabled(enabled)

    # --- the forms -------------------------------------------------------------------

    def _code(self, code: str | None) -> str | None:
        return code or self.class_code()

    def print_signin(self, code: str | None = None) -> None:
        """Ask which session when the class has several, then preview the sheets."""
        code = self._code(code)
        if not code:
            return
        from hrplanner.domain.rocdate import format_date
        from hrplanner.services.training import printing

        try:
            sessions = printing.session_choices(self.ctx.db, code)
        except Exception as exc:
            self._failed(self.tr("簽到表"), exc)
            return
        session_no: int | None = None
        if len(sessions) > 1:
            every = self.tr("全部場次（共 %1 場）").replace("%1", str(len(sessions)))
            labels = {every: None} | {
                self.tr("第 %1 場　%2")
                .replace("%1", str(no))
                .replace("%2", format_date(day, self.ctx.date_style)): no
                for no, day in sessions
            }
            chosen = self.ctx.prompts.choose(
                self.widget, self.tr("列印簽到表"), self.tr("要列印哪一場的簽到表？"), list(labels)
            )
            if chosen is None:
                return
            session_no = labels[chosen]
        name = f"{code}_簽到表" + (f"_第{session_no}場" if session_no else "") + ".pdf"

        def work(progress: Progress, path: Path, stop: threading.Event) -> None:
            printing.print_signin(self.ctx.db, code, path, session_no)

        self._build(self.tr("簽到表"), name, work)

    def print_week_signin(self) -> None:
        """Every sign-in sheet of this week's sessions in one PDF (the home page, R20)."""
        from hrplanner.services.home import actions

        today, db = self.today(), self.ctx.db
        name = f"本週簽到表_{today:%Y%m%d}.pdf"

        def work(progress: Progress, path: Path, stop: threading.Event) -> None:
            actions.print_week_signin(
                db, today, path, lambda done, total: progress.report(done, total)
            )

        self._build(self.tr("本週簽到表"), name, work)

    def print_roster(self, code: str | None = None) -> None:
        code = self._code(code)
        if not code:
            return
        from hrplanner.services.training import printing

        def work(progress: Progress, path: Path, stop: threading.Event) -> None:
            printing.print_roster(self.ctx.db, code, path)

        self._build(self.tr("班期成績冊"), f"{code}_班期成績冊.pdf", work)

    def print_questionnaire(self, code: str | None = None) -> None:
        code = self._code(code)
        if not code:
            return
        from hrplanner.services.training import printing

        def work(progress: Progress, path: Path, stop: threading.Event) -> None:
            printing.print_questionnaire(self.ctx.db, code, path)

        self._build(self.tr("滿意度調查表"), f"{code}_滿意度調查表.pdf", work)

    def print_survey_results(self, code: str | None = None) -> None:
        """滿意度調查結果 of the class: its figures with a bar chart per question (R19)."""
        code = self._code(code)
        if not code:
            return
        from hrplanner.services.catalogue import FileRequest, Hooks
        from hrplanner.services.survey import printing as survey_printing

        def work(progress: Progress, path: Path, stop: threading.Event) -> None:
            survey_printing.run_results(self.ctx.db, path, FileRequest(class_code=code), Hooks())

        self._build(self.tr("滿意度調查結果"), f"{code}_滿意度調查結果.pdf", work)

    def print_certificates(self, code: str | None = None) -> None:
        """Number and print the class's certificates in the background, merged into one PDF
        for the preview, or one file per person in a folder the user picks."""
        code = self._code(code)
        if not code:
            return
        from hrplanner.reports.pdf.layout import BuildCancelled
        from hrplanner.services.training import printing

        merged = self.tr("合併成一個 PDF（預覽後列印）")
        separate = self.tr("每人一個 PDF 檔（存到資料夾）")
        how = self.ctx.prompts.choose(
            self.widget, self.tr("研習證明書"), self.tr("證明書要如何產生？"), [merged, separate]
        )
        if how is None:
            return
        folder: Path | None = None
        if how == separate:
            folder = self.ctx.prompts.choose_folder(self.widget, self.tr("證明書存放的資料夾"))
            if folder is None:
                return
        today = self.today()
        page_text = self.tr("研習證明書 %1／%2")

        def work(progress: Progress, path: Path, stop: threading.Event) -> Any:
            def report(done: int, total: int) -> None:
                text = page_text.replace("%1", str(done)).replace("%2", str(total))
                progress.report(done, total, text)

            try:
                return printing.print_certificates(
                    self.ctx.db,
                    code,
                    today,
                    folder if folder is not None else path,
                    separate=folder is not None,
                    progress=report,
                    cancelled=lambda: progress.cancelled or stop.is_set(),
                )
            except BuildCancelled as exc:
                raise Cancelled from exc

        def finished(batch: Any) -> str:
            self.certificates_printed.emit()
            warnings = "\n".join(batch.warnings())
            if folder is None:
                return str(warnings)
            from hrplanner.reports.pdf.certificate import certificate_filename

            self.last_files = [folder / certificate_filename(c) for c in batch.certificates]
            text = self.tr("已產生 %1 個研習證明書檔案，存於 %2").replace(
                "%1", str(len(batch.certificates))
            )
            self.ctx.prompts.info(
                self.widget,
                self.tr("研習證明書"),
                text.replace("%2", str(folder)) + ("\n\n" + warnings if warnings else ""),
            )
            return ""

        self._build(
            self.tr("研習證明書"),
            f"{code}_研習證明書.pdf",
            work,
            finished,
            preview=folder is None,
        )

    # --- background build, progress, preview --------------------------------------------

    def _build(
        self,
        title: str,
        filename: str,
        work: Callable[[Progress, Path, threading.Event], Any],
        finished: Callable[[Any], str] | None = None,
        *,
        preview: bool = True,
        font_retry: bool = True,
    ) -> None:
        path = Path(tempfile.mkdtemp(prefix="hrplanner-print-")) / filename
        dialog = QProgressDialog(self.tr("正在產生%1…").replace("%1", title), self.tr("取消"), 0, 0)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick forms never flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        # Set on the UI thread by Cancel, read by the builder between pages (no widget access
        # from the worker thread).
        stop = threading.Event()
        dialog.canceled.connect(stop.set)

        def progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def close() -> None:
            dialog.close()
            dialog.deleteLater()
            self.progress_dialog = None

        def done(result: Any) -> None:
            close()
            note = finished(result) if finished is not None else ""
            if preview:
                self.show_preview(path, title, filename, note)
            else:
                _discard(path)

        def failed(exc: BaseException) -> None:
            close()
            _discard(path)
            from hrplanner.reports.pdf.fonts import FontNotFound

            if font_retry and isinstance(exc, FontNotFound):
                # SPEC §3.3: say so and offer to pick a font; retry once with the new one.
                if self.offer_font(title, exc):
                    self._build(title, filename, work, finished, preview=preview, font_retry=False)
                return
            self._failed(title, exc)

        def cancelled() -> None:
            close()
            _discard(path)

        task = self.ctx.runner.run(
            lambda p: work(p, path, stop),
            on_done=done,
            on_error=failed,
            on_progress=progress,
            on_cancelled=cancelled,
        )
        if task.running:
            dialog.canceled.connect(task.cancel)
        self.last_task = task

    def show_preview(self, path: Path, title: str, filename: str, note: str = "") -> None:
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

    def offer_font(self, title: str, exc: BaseException) -> bool:
        """Show why no font can be used and offer to pick a TrueType file; True when one was
        picked, checked and saved as the print font (the caller then prints again)."""
        from hrplanner.reports.pdf.fonts import FontNotFound, find_font
        from hrplanner.services.common import settings_service
        from hrplanner.settings import Setting
        from hrplanner.ui.settings.print_tab import FONT_SUFFIXES, font_filter

        heading = self.tr("無法列印%1").replace("%1", title)
        question = self.tr("要現在選擇一個 TrueType 中文字型檔（.ttf 或 .ttc）再列印一次嗎？")
        if not self.ctx.prompts.confirm(self.widget, heading, f"{exc}\n\n{question}"):
            return False
        path = self.ctx.prompts.open_file(self.widget, self.tr("選擇列印字型"), font_filter())
        if path is None:
            return False
        try:
            if path.suffix.lower() not in FONT_SUFFIXES:
                raise FontNotFound(
                    self.tr(
                        "「%1」不是 TrueType 字型檔（.ttf 或 .ttc）；.otf 等字型無法內嵌於 PDF。"
                    ).replace("%1", path.name)
                )
            find_font(str(path))
        except FontNotFound as problem:
            self.ctx.prompts.error(self.widget, heading, str(problem))
            return False
        settings_service.update(self.ctx.db, {Setting.PRINT_FONT_FILE: str(path)})
        return True

    def _failed(self, title: str, exc: BaseException) -> None:
        from hrplanner.reports.pdf.fonts import FontNotFound
        from hrplanner.ui.training.models import refusal_text

        # A missing font or an unwritable file carries its own advice.
        text = str(exc) if isinstance(exc, FontNotFound | OSError) else refusal_text(exc)
        self.ctx.prompts.error(self.widget, self.tr("無法列印%1").replace("%1", title), text)


def _discard(path: Path) -> None:
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.parent.rmdir()

"""Printing and exporting a plan from its pages, through the catalogue's kinds.

A printed report is built in the background into a temporary file and opened in the PDF
preview (print or save from there); an export asks where to save and writes there in the
background. Both say what happened through the prompts.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.pdf_preview import PdfPreviewDialog
from hrplanner.ui.shell.prompts import workbook_filter
from hrplanner.ui.training.models import refusal_text


def _run(ctx: UiContext, export: bool, kind: str, path: Path, plan: str, year: int | None) -> Any:
    from hrplanner.services import catalogue

    found = catalogue.export_kind(kind) if export else catalogue.print_kind(kind)
    assert found is not None, kind
    return found.run(ctx.db, path, catalogue.FileRequest(year=year, plan_code=plan))


class PlanOutputs(QObject):
    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.last_preview: PdfPreviewDialog | None = None

    def print_report(self, kind: str, plan: str, year: int, title: str, filename: str) -> None:
        with tempfile.NamedTemporaryFile(prefix="hrplanner-", suffix=".pdf", delete=False) as f:
            path = Path(f.name)

        def done(_result: Any) -> None:
            preview = PdfPreviewDialog(
                path,
                self.ctx.prompts,
                self.widget,
                title=title,
                suggested_name=filename,
                temporary=True,
            )
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_preview = preview
            preview.show()

        def failed(exc: BaseException) -> None:
            path.unlink(missing_ok=True)
            self.ctx.prompts.error(self.widget, title, refusal_text(exc))

        self.ctx.runner.run(
            lambda _p: _run(self.ctx, False, kind, path, plan, year),
            on_done=done,
            on_error=failed,
        )

    def export(self, kind: str, plan: str, year: int | None, title: str, filename: str) -> None:
        target = self.ctx.prompts.save_file(self.widget, title, filename, workbook_filter())
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")

        def done(result: Any) -> None:
            self.ctx.prompts.info(
                self.widget,
                title,
                self.tr("%1\n檔案：%2").replace("%1", result.summary).replace("%2", str(target)),
            )

        def failed(exc: BaseException) -> None:
            self.ctx.prompts.error(self.widget, title, refusal_text(exc))

        self.ctx.runner.run(
            lambda _p: _run(self.ctx, True, kind, target, plan, year),
            on_done=done,
            on_error=failed,
        )

"""The PDF preview dialog: opens a generated PDF, navigates its pages, saves a copy, and
prints every page (to a PDF printer here, so nothing reaches real paper)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from hrplanner.reports.pdf.data import SigninRow, SigninSheet
from hrplanner.reports.pdf.signin import build_signin
from hrplanner.ui.shell.pdf_preview import PdfPreviewDialog


@pytest.fixture
def signin_pdf(tmp_path: Path) -> Path:
    """Two sessions of 40 people: two pages each, the second session landscape."""
    rows = [SigninRow(name=f"學員{i:02d}", unit="人事室") for i in range(40)]
    sheets = [
        SigninSheet(
            agency="示範市政府",
            class_title="公文寫作",
            session_date=dt.date(2026, 3, day),
            session_no=no,
            session_count=2,
            rows=rows,
            landscape=no == 2,
        )
        for no, day in ((1, 2), (2, 3))
    ]
    path = tmp_path / "signin.pdf"
    build_signin(sheets, path)
    return path


def test_preview_shows_the_page_count_and_navigates(qtbot, prompts, signin_pdf: Path) -> None:
    expected = len(PdfReader(signin_pdf).pages)
    assert expected >= 4
    dialog = PdfPreviewDialog(signin_pdf, prompts, title="簽到表")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count() == expected
    assert dialog.page_label.text() == f"／共 {expected} 頁"
    assert dialog.page_spin.maximum() == expected
    assert not dialog.prev_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    assert dialog.page_spin.value() == 2 and dialog.prev_button.isEnabled()
    dialog.go_to(99)  # clamped to the last page
    qtbot.waitUntil(lambda: dialog.current_page() == expected - 1)
    assert not dialog.next_button.isEnabled()
    before = dialog.view.zoomFactor()
    dialog.zoom(2.0)
    assert dialog.view.zoomFactor() == pytest.approx(before * 2.0)


def test_save_as_copies_the_pdf(qtbot, prompts, signin_pdf: Path, tmp_path: Path) -> None:
    dialog = PdfPreviewDialog(signin_pdf, prompts, suggested_name="簽到表.pdf")
    qtbot.addWidget(dialog)
    target = tmp_path / "saved" / "copy"
    target.parent.mkdir()
    prompts.answers["save_file"] = [target]
    saved = dialog.save_as()
    assert saved == target.with_name("copy.pdf")
    assert saved.read_bytes() == signin_pdf.read_bytes()
    assert dialog.save_as() is None  # cancelled: nothing written
    assert [c[0] for c in prompts.calls] == ["save_file", "save_file"]


def test_print_renders_every_page(qtbot, prompts, signin_pdf: Path, tmp_path: Path) -> None:
    dialog = PdfPreviewDialog(signin_pdf, prompts)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_pdf(printer) == dialog.page_count()
    pages = PdfReader(out).pages
    assert len(pages) == dialog.page_count()
    # The landscape session prints on landscape paper.
    first, last = pages[0].mediabox, pages[-1].mediabox
    assert first.height > first.width and last.width > last.height


def test_temporary_file_is_removed_on_close(qtbot, prompts, signin_pdf: Path) -> None:
    dialog = PdfPreviewDialog(signin_pdf, prompts, temporary=True)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert not signin_pdf.exists()


def test_a_broken_file_is_refused(qtbot, prompts, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_text("not a pdf")
    with pytest.raises(OSError, match="無法開啟"):
        PdfPreviewDialog(bad, prompts)

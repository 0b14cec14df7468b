"""The certificate register page and the print actions: void (confirmed through patched
prompts), clear a 待查 flag, filter, export, and print a class's forms into the preview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from hrplanner.services.certificates import register
from hrplanner.services.staff import roster
from hrplanner.services.staff.records import EmployeeData
from hrplanner.services.training import attendance, classes, closing, enrollment
from hrplanner.services.training.attendance import MarkChange
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.storage.database import Database
from hrplanner.ui.certificates.page import CertificatePage
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.training.print_actions import PrintActions

D, T = dt.date, dt.time
TODAY = D(2026, 3, 10)
CODE = "115-003"


@pytest.fixture
def issued(ctx: UiContext) -> tuple[int, list[int], list[int]]:
    """A closed 6-hour class of three people with certificates 0001–0003 issued today."""
    db: Database = ctx.db
    ids = [
        roster.create(
            db,
            EmployeeData(employee_no=f"B{i}", name=name, unit="人事室", category="公務人員"),
        )
        for i, name in enumerate(("王小明", "李美華", "陳大同"), 1)
    ]
    detail = classes.create_class(
        db,
        ClassInput(CODE, "公文寫作"),
        [
            SessionInput(D(2026, 3, 2), "業務相關", T(9), T(12)),
            SessionInput(D(2026, 3, 3), "業務相關", T(9), T(12), meal_served=True),
        ],
    )
    cid = detail.summary.id
    result = enrollment.enroll(db, cid, [EnrollRequest(e, dt.datetime(2026, 2, 1)) for e in ids])
    enr = [v.enrollment_id for v in sorted(result.enrollees, key=lambda v: v.employee_no)]
    attendance.fill_all_present(db, cid)
    closing.close_class(db, cid, D(2026, 3, 4))
    register.issue_certificates(db, cid, TODAY)
    return cid, enr, [s.id for s in detail.sessions]


def statuses(page: CertificatePage) -> list[tuple[str, str]]:
    return [(r.number, r.status) for r in page.model.rows()]


def test_void_asks_first_and_keeps_the_number(qtbot, ctx: UiContext, prompts, issued) -> None:
    page = CertificatePage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.year() == 2026
    assert statuses(page) == [(f"115研字第000{i}號", "有效") for i in (1, 2, 3)]
    assert page.count_label.text() == "共 3 張"
    assert not page.void_button.isEnabled()
    assert page.select_number("115研字第0002號")
    assert page.void_button.isEnabled() and not page.review_button.isEnabled()

    prompts.answers["confirm"] = [False]
    page.void_button.click()
    assert prompts.calls[-1][0] == "confirm" and "115研字第0002號" in prompts.calls[-1][2]
    assert statuses(page)[1] == ("115研字第0002號", "有效")  # declined: nothing changed

    prompts.answers["confirm"] = [True]
    page.void_button.click()
    assert statuses(page)[1] == ("115研字第0002號", "作廢")
    assert page.selected() is not None and page.selected().number == "115研字第0002號"
    assert not page.void_button.isEnabled()  # a voided number cannot be voided again
    stored = register.register(ctx.db, status="作廢")
    assert [(r.number, r.voided_on) for r in stored] == [("115研字第0002號", TODAY)]

    page.status_combo.setCurrentIndex(page.status_combo.findData("作廢"))
    assert statuses(page) == [("115研字第0002號", "作廢")]


def test_review_flag_is_cleared_from_the_page(qtbot, ctx: UiContext, prompts, issued) -> None:
    cid, enr, ses = issued
    closing.reopen_class(ctx.db, cid)
    attendance.set_marks(ctx.db, cid, [MarkChange(enr[0], ses[0], "請假", 60)])
    closing.close_class(ctx.db, cid, D(2026, 3, 9))
    page = CertificatePage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert statuses(page)[0] == ("115研字第0001號", "待查")
    assert page.count_label.text() == "共 3 張，其中 1 張待查"
    page.select_number("115研字第0001號")
    assert page.review_button.isEnabled()
    page.review_button.click()
    assert statuses(page)[0] == ("115研字第0001號", "有效")
    assert page.model.rows()[0].minutes == 300


def test_printing_the_class_shows_the_numbers_it_issued(
    qtbot, ctx: UiContext, prompts, issued
) -> None:
    """With the list read in the background as in the window: a voided number stays
    selected, and 列印本班 after the void (which numbers the person again) lists the new
    number at once, not only after the user changes a filter."""
    from hrplanner.ui.shell.tasks import TaskRunner

    runner = TaskRunner()
    ctx.runner = runner
    page = CertificatePage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.count_label.text() == "共 3 張")
    assert page.select_number("115研字第0002號")
    prompts.answers["confirm"] = [True]
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: statuses(page)[1] == ("115研字第0002號", "作廢"))
    qtbot.waitUntil(lambda: page.selected() is not None)
    assert page.selected().number == "115研字第0002號"
    prompts.answers["choose"] = ["合併成一個 PDF（預覽後列印）"]
    page.print_actions.certificates_action.trigger()
    qtbot.waitUntil(lambda: page.print_actions.last_preview is not None, timeout=10000)
    qtbot.addWidget(page.print_actions.last_preview)
    qtbot.waitUntil(lambda: page.count_label.text() == "共 4 張")
    assert ("115研字第0004號", "有效") in statuses(page)  # 李美華's new number
    assert page.selected() is not None and page.selected().number == "115研字第0002號"
    runner.wait()


def test_class_filter_and_export(qtbot, ctx: UiContext, prompts, issued, tmp_path: Path) -> None:
    page = CertificatePage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.class_edit.setText("999-999")
    page.refresh()
    assert page.model.rows() == [] and "999-999" in page.count_label.text()
    page.class_edit.setText(CODE)
    page.refresh()
    assert len(page.model.rows()) == 3
    target = tmp_path / "清冊.xlsx"
    prompts.answers["save_file"] = [target]
    page.export_button.click()
    rows = list(load_workbook(target, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [f"115研字第000{i}號" for i in (1, 2, 3)]
    assert prompts.calls[-1][0] == "info"


def test_print_actions_open_the_preview(qtbot, ctx: UiContext, prompts, issued) -> None:
    page = CertificatePage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.select_number("115研字第0001號")
    actions = page.print_actions
    actions.update_actions()
    assert all(a.isEnabled() for a in actions.actions())

    prompts.answers["choose"] = ["合併成一個 PDF（預覽後列印）"]
    actions.certificates_action.trigger()
    preview = actions.last_preview
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.page_count() == 3  # reprint: the same three numbers, no new ones
    assert len(register.register(ctx.db)) == 3
    preview.close()

    prompts.answers["choose"] = ["全部場次（共 2 場）"]
    actions.signin_action.trigger()
    assert actions.last_preview is not preview
    qtbot.addWidget(actions.last_preview)
    assert actions.last_preview.page_count() == 2  # one page per session

    prompts.answers["choose"] = [None]  # cancelled: no new preview
    before = actions.last_preview
    actions.signin_action.trigger()
    assert actions.last_preview is before


def test_certificates_one_file_per_person(
    qtbot, ctx: UiContext, prompts, issued, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = PrintActions(ctx, _host(qtbot), lambda: CODE, lambda: TODAY)
    folder = tmp_path / "certs"
    folder.mkdir()
    monkeypatch.setattr(type(prompts), "choose_folder", lambda self, parent, title: folder)
    prompts.answers["choose"] = ["每人一個 PDF 檔（存到資料夾）"]
    actions.print_certificates()
    files = sorted(folder.glob("*.pdf"))
    assert [f.name for f in files] == [
        "115研字第0001號_王小明.pdf",
        "115研字第0002號_李美華.pdf",
        "115研字第0003號_陳大同.pdf",
    ]
    assert all(len(PdfReader(f).pages) == 1 for f in files)
    assert prompts.calls[-1][0] == "info" and str(folder) in prompts.calls[-1][2]


def test_a_class_not_closed_is_refused_with_a_message(qtbot, ctx: UiContext, prompts) -> None:
    classes.create_class(
        ctx.db, ClassInput("115-009", "未結訓"), [SessionInput(D(2026, 5, 1), "一般", T(9), T(12))]
    )
    actions = PrintActions(ctx, _host(qtbot), lambda: "115-009", lambda: TODAY)
    prompts.answers["choose"] = ["合併成一個 PDF（預覽後列印）"]
    actions.print_certificates()
    assert actions.last_preview is None
    kind, _title, text = prompts.calls[-1]
    assert kind == "error" and "尚未結訓" in text


def _host(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_cancel_stops_the_batch_and_leaves_no_file(
    qtbot, ctx: UiContext, prompts, issued, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hrplanner.ui.training.print_actions as module

    job = tmp_path / "job"

    def mkdtemp(prefix: str) -> str:
        job.mkdir()
        return str(job)

    monkeypatch.setattr(module.tempfile, "mkdtemp", mkdtemp)
    actions = PrintActions(ctx, _host(qtbot), lambda: CODE, lambda: TODAY)
    real_run = ctx.runner.run
    reports: list[tuple[int, int, str]] = []

    def run(work, *, on_progress, **kwargs):  # type: ignore[no-untyped-def]
        def progress(done: int, total: int, text: str) -> None:
            reports.append((done, total, text))
            on_progress(done, total, text)
            assert actions.progress_dialog is not None
            actions.progress_dialog.canceled.emit()  # the user presses 取消 after page 1

        return real_run(work, on_progress=progress, **kwargs)

    monkeypatch.setattr(ctx.runner, "run", run)
    prompts.answers["choose"] = ["合併成一個 PDF（預覽後列印）"]
    actions.print_certificates()
    assert reports == [(1, 3, "研習證明書 1／3")]
    assert actions.last_preview is None and actions.progress_dialog is None
    assert not job.exists()  # no half-written PDF left behind
    assert not [c for c in prompts.calls if c[0] == "error"]


def test_background_build_in_a_worker_thread(qtbot, ctx: UiContext, prompts, issued) -> None:
    from hrplanner.ui.shell.tasks import TaskRunner

    runner = TaskRunner()
    ctx.runner = runner
    actions = PrintActions(ctx, _host(qtbot), lambda: CODE, lambda: TODAY)
    actions.print_roster()
    qtbot.waitUntil(lambda: actions.last_preview is not None, timeout=10000)
    qtbot.addWidget(actions.last_preview)
    assert actions.last_preview.page_count() == 1
    runner.wait()


def test_opened_without_a_filter_it_keeps_the_year_a_status_shows_every_year(
    qtbot, ctx: UiContext, issued
) -> None:  # type: ignore[no-untyped-def]
    page = CertificatePage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.year() == TODAY.year
    page.show_filtered()  # the page list, a menu: the year shown stays (not ten years)
    assert page.year() == TODAY.year and len(page.model.rows()) == 3
    page.show_filtered(status=register.REVIEW)  # the home page's 待查 card: every year
    assert page.year() is None and page.status_combo.currentData() == register.REVIEW


def test_statuses_in_english(qtbot, qapp, ctx: UiContext, issued) -> None:  # type: ignore[no-untyped-def]
    from hrplanner.ui.shell.translators import install_translators

    install_translators(qapp, "en")
    try:
        page = CertificatePage(ctx, today=lambda: TODAY)
        qtbot.addWidget(page)
        column = next(
            c
            for c in range(page.model.columnCount())
            if page.model.headerData(c, Qt.Orientation.Horizontal) == "Status"
        )
        assert page.proxy.index(0, column).data() == "Valid"
        combo = [page.status_combo.itemText(i) for i in range(page.status_combo.count())]
        assert combo == ["All statuses", "Valid", "To review", "Void"]
        suggested: list[str] = []

        def save_file(parent, title, name, name_filter):  # type: ignore[no-untyped-def]
            suggested.append(name)

        ctx.prompts.save_file = save_file  # type: ignore[method-assign]
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        page.year_combo.setCurrentIndex(page.year_combo.findData(None))
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert suggested == ["certificate-register-115.xlsx", "certificate-register-all-years.xlsx"]
    finally:
        install_translators(qapp, "zh_TW")

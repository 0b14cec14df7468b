"""The home page (SPEC R20) on the small demo: every item's count is what ``agenda`` prints
and what the page it opens lists with its filter; the actions print this week's sign-in
sheets and issue the closed classes' certificates; an empty database says how to begin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hrplanner.cli.main import run
from hrplanner.domain.rocdate import format_roc
from hrplanner.services.home import summary as home
from hrplanner.storage.database import Database
from hrplanner.storage.models import Certificate
from hrplanner.ui.appraisal.interim_page import InterimPage
from hrplanner.ui.appraisal.year_end_page import YearEndPage
from hrplanner.ui.certificates.page import CertificatePage
from hrplanner.ui.home.page import HomePage
from hrplanner.ui.hours.page import HoursPage
from hrplanner.ui.plans.kpi_page import KpiPage
from hrplanner.ui.study.page import StudyPage
from hrplanner.ui.training.classes_page import ClassesPage

from ..conftest import FakePrompts
from .conftest import make_context, open_window


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def agenda_output(capsys: pytest.CaptureFixture[str], db: Database) -> str:
    capsys.readouterr()
    assert run(["--db", str(db.file), "agenda"]) == 0
    return capsys.readouterr().out


def test_home_counts_match_agenda_and_the_filtered_pages(
    qtbot: QtBot,
    qapp: QApplication,
    demo_db: Database,
    prompts: FakePrompts,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ctx = make_context(qapp, demo_db, prompts, tmp_path)
    window = open_window(qtbot, ctx, prompts)
    page = window.stack.currentWidget()
    assert isinstance(page, HomePage)  # the window opens on the home page
    summary = page.summary
    assert summary is not None and summary.staff > 0
    assert set(page.cards) == {i.key for i in summary.items}
    counts = {i.key: i.count for i in summary.items}
    # Something to do in every dated item of the demo, so the comparisons below bite.
    for key in (home.REGISTRATION, home.WEEK_CLASSES, home.CERTIFICATES, home.NEW_HIRES):
        assert counts[key] > 0, key
    assert counts[home.INTERIM] > 0 and counts[home.COMPLIANCE] > 0

    # ``agenda`` prints the same items from the same service.
    out = agenda_output(capsys, demo_db).splitlines()
    for item in summary.items:
        assert f"  {item.title}：{item.detail}" in out
    for entry in summary.agenda:
        assert any(entry.title in line and format_roc(entry.due) in line for line in out)
    heading = f"待辦事項 {len(summary.agenda)} 件，其中逾期 {summary.overdue} 件："
    assert any(heading in line for line in out)

    def open_card(key: str) -> object:
        click(qtbot, page.cards[key].open_button)
        shown = window.stack.currentWidget()
        assert window.pages[window.initial_page().key] is page  # the home page stays built
        assert shown is window.pages[next(k for k, p in window.pages.items() if p is shown)]
        return shown

    for key in (home.REGISTRATION, home.WEEK_CLASSES, home.CERTIFICATES):
        classes_page = open_card(key)
        assert isinstance(classes_page, ClassesPage)
        assert classes_page.view() is not None and classes_page.year() is None
        assert classes_page.model.rowCount() == counts[key], key
        window.nav.setCurrentRow(0)  # back home: the page reads the summary again

    review = open_card(home.REVIEW)
    assert isinstance(review, CertificatePage)
    assert review.status_combo.currentData() == "待查"
    assert review.model.rowCount() == counts[home.REVIEW]

    interim_item = summary.item(home.INTERIM)
    assert interim_item is not None and interim_item.target is not None
    interim = open_card(home.INTERIM)
    assert isinstance(interim, InterimPage)
    wanted = interim_item.target.kwargs()
    assert (interim.year(), interim.period()) == (wanted["year"], wanted["period"])
    assert interim.model.rowCount() == interim_item.figures["first"] > 0

    year_end = open_card(home.YEAR_END)
    assert isinstance(year_end, YearEndPage)

    hires = open_card(home.NEW_HIRES)
    assert isinstance(hires, HoursPage)
    assert hires.tabs.currentIndex() == 1 and hires.hires_pending.isChecked()
    assert hires.hires_model.rowCount() == counts[home.NEW_HIRES]

    ledger = open_card(home.COMPLIANCE)
    assert ledger is hires and ledger.not_met.isChecked() and ledger.tabs.currentIndex() == 0
    assert ledger.model.rowCount() == counts[home.COMPLIANCE]

    kpis = open_card(home.KPI_LIGHTS)
    assert isinstance(kpis, KpiPage)
    assert kpis.year() == dt.date.today().year

    study = open_card(home.STUDY)
    assert isinstance(study, StudyPage)
    assert study.loaded is not None
    assert study.loaded.year.quota.used == counts[home.STUDY]


def test_the_actions_print_this_weeks_sheets_and_issue_certificates(
    qtbot: QtBot, qapp: QApplication, demo_db: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    ctx = make_context(qapp, demo_db, prompts, tmp_path)
    window = open_window(qtbot, ctx, prompts)
    page = window.stack.currentWidget()
    assert isinstance(page, HomePage)

    signin = page.cards[home.WEEK_CLASSES].action_button
    assert signin is not None
    click(qtbot, signin)
    preview = page.printer.last_preview
    assert preview is not None and preview.page_count() >= 1
    preview.close()

    card = page.cards[home.CERTIFICATES]
    assert card.action_button is not None
    classes = card.item.count
    with demo_db.session() as s:
        before = s.scalar(select(func.count()).select_from(Certificate))
    prompts.answers["confirm"] = [False]
    click(qtbot, card.action_button)  # asked first; No changes nothing
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Certificate)) == before
    prompts.answers["confirm"] = [True]
    click(qtbot, page.cards[home.CERTIFICATES].action_button)
    assert prompts.kinds()[-1] == "info"
    assert f"已為 {classes} 個班期核發" in prompts.calls[-1][2]
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Certificate)) > before
    assert page.cards[home.CERTIFICATES].item.count == 0  # read again after the action
    assert page.cards[home.CERTIFICATES].action_button is None


def test_an_empty_database_says_how_to_begin(
    qtbot: QtBot, qapp: QApplication, sqlite_db: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    ctx = make_context(qapp, sqlite_db, prompts, tmp_path)
    window = open_window(qtbot, ctx, prompts)
    window.show()
    page = window.stack.currentWidget()
    assert isinstance(page, HomePage)
    assert page.empty_panel.isVisible() and not page.scroll_area.isVisible()
    assert page.cards == {}
    assert window.windowTitle() == f"HR Planner 人事訓練考核管理 — {sqlite_db.file.name}"
    click(qtbot, page.wizard_button)
    assert window.first_run is not None and window.first_run.isVisible()
    window.first_run.reject()


def test_issuing_certificates_shows_progress_and_its_cancel_stops_between_classes(
    qtbot: QtBot,
    qapp: QApplication,
    demo_db: Database,
    prompts: FakePrompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the window's background runner: the progress dialog's 取消, pressed while a
    class is being issued, stops before the next class; the classes issued keep theirs."""
    import time
    from dataclasses import replace

    from PySide6.QtWidgets import QPushButton

    from hrplanner.services.certificates import register
    from hrplanner.ui.shell.tasks import TaskRunner

    issue = register.issue_certificates

    def slow_issue(*args: object, **kwargs: object) -> object:
        time.sleep(0.4)  # a class of many people: long enough to press 取消
        return issue(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(register, "issue_certificates", slow_issue)
    runner = TaskRunner()
    ctx = replace(make_context(qapp, demo_db, prompts, tmp_path), runner=runner)
    window = open_window(qtbot, ctx, prompts)
    window.show()
    page = window.stack.currentWidget()
    assert isinstance(page, HomePage)
    qtbot.waitUntil(lambda: home.CERTIFICATES in page.cards and page.refresh_button.isEnabled())
    card = page.cards[home.CERTIFICATES]
    classes = card.item.count
    assert classes >= 3 and card.action_button is not None
    prompts.answers["confirm"] = [True]
    click(qtbot, card.action_button)
    dialog = page.issue_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)  # shown once the work has taken 0.3 s
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "取消")
    click(qtbot, cancel)
    qtbot.waitUntil(lambda: "info" in prompts.kinds(), timeout=10_000)
    text = prompts.calls[-1][2]
    assert "已取消" in text and "尚未核發" in text
    issued = int(text.split("已為 ")[1].split(" 個班期")[0])
    assert 1 <= issued < classes
    # Read again: the classes not reached are still offered.
    qtbot.waitUntil(lambda: page.cards[home.CERTIFICATES].item.count == classes - issued)
    runner.wait()

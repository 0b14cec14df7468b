"""The enrollment tab: pick several people (filter by unit), capacity puts the last on the
waitlist, cancelling promotes them and the message says so, 遞補, details, meal counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hrplanner.services.staff import roster
from hrplanner.services.staff.records import EmployeeData
from hrplanner.services.training import classes, enrollment
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.storage.database import Database
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.people_picker import PeoplePicker
from hrplanner.ui.shell.prompts import Prompts
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.training.classes_page import ClassesPage
from hrplanner.ui.training.enrollment_panel import EnrollmentDialog

TODAY = dt.date(2026, 2, 1)


class ScriptedPrompts(Prompts):
    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []

    def info(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("info", title, text))

    def error(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("error", title, text))

    def confirm(self, parent, title, text):  # type: ignore[no-untyped-def]
        return True


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path: Path) -> UiContext:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(sqlite_db, ScriptedPrompts(), TaskRunner(synchronous=True), settings)


def person(db: Database, no: str, name: str, unit: str, meal: str = "葷") -> int:
    return roster.create(
        db, EmployeeData(employee_no=no, name=name, unit=unit, category="公務人員", meal=meal)
    )


@pytest.fixture
def setup(ctx: UiContext, qtbot):  # type: ignore[no-untyped-def]
    db = ctx.db
    ids = {
        "王小明": person(db, "A001", "王小明", "人事室"),
        "李美華": person(db, "A002", "李美華", "人事室", "素"),
        "陳志豪": person(db, "A003", "陳志豪", "人事室"),
        "林雅婷": person(db, "B001", "林雅婷", "總務處"),
    }
    detail = classes.create_class(
        db,
        classes.ClassInput("115-010", "性別主流化", capacity=2),
        [
            classes.SessionInput(
                dt.date(2026, 3, 2), "性別主流化", dt.time(9), dt.time(12), meal_served=True
            ),
            classes.SessionInput(dt.date(2026, 3, 3), "性別主流化", dt.time(9), dt.time(10)),
        ],
    )
    page = ClassesPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.select_id(detail.summary.id)
    return page, ids


def pick(panel, picker_ids, monkeypatch, **filters):  # type: ignore[no-untyped-def]
    def make(**kwargs):  # type: ignore[no-untyped-def]
        picker = PeoplePicker(panel.ctx, panel, **kwargs)
        if "unit" in filters:
            picker.unit_combo.setCurrentIndex(picker.unit_combo.findText(filters["unit"]))
        picker.select_ids(picker_ids)
        monkeypatch.setattr(picker, "exec", lambda: 1)
        return picker

    monkeypatch.setattr(panel, "make_picker", make)


def test_enroll_many_with_waitlist_then_cancel_promotes(setup, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page, ids = setup
    panel = page.enrollment
    # The unit filter narrows the list: the other unit's person is not offered.
    probe = PeoplePicker(ctx, multi=True)
    probe.unit_combo.setCurrentIndex(probe.unit_combo.findText("人事室"))
    assert probe.model.rowCount() == 3
    probe.deleteLater()

    pick(panel, [ids["王小明"], ids["李美華"], ids["陳志豪"]], monkeypatch, unit="人事室")
    panel.add_people()
    kind, _, text = ctx.prompts.messages[-1]
    assert kind == "info" and "正取 2 人，備取 1 人" in text and "陳志豪" in text
    statuses = {e.name: (e.status, e.waitlist_no) for e in panel.model.rows()}
    assert statuses == {"王小明": ("正取", None), "李美華": ("正取", None), "陳志豪": ("備取", 1)}
    assert "備取 1" in panel.model.index(2, 3).data()
    # 李美華 chose 素 on her staff record: the 供餐 session counts her.
    assert "素 1" in panel.meal_label.text() and "葷 1" in panel.meal_label.text()

    first = next(r for r, e in enumerate(panel.model.rows()) if e.name == "王小明")
    panel.table.selectRow(first)
    panel.cancel_selected()
    kind, _, text = ctx.prompts.messages[-1]
    assert kind == "info"
    assert "王小明 的報名已取消" in text and "陳志豪已由備取遞補為正取" in text
    statuses = {e.name: e.status for e in panel.model.rows()}
    assert statuses == {"王小明": "取消", "李美華": "正取", "陳志豪": "正取"}


def test_refusal_and_overlap_warning_are_shown(setup, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page, ids = setup
    other = classes.create_class(
        ctx.db,
        classes.ClassInput("115-011", "同時段課程"),
        [classes.SessionInput(dt.date(2026, 3, 2), "一般", dt.time(10), dt.time(11))],
    )
    enrollment.enroll(ctx.db, other.summary.id, [EnrollRequest(ids["林雅婷"])])
    panel = page.enrollment
    panel.enroll([ids["林雅婷"]])
    _, _, text = ctx.prompts.messages[-1]
    assert "時間重疊" in text and "115-011" in text
    panel.enroll([ids["林雅婷"]])
    kind, _, text = ctx.prompts.messages[-1]
    assert kind == "error" and "不可重複報名" in text


def test_substitute_and_edit_details(setup, ctx, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, ids = setup
    panel = page.enrollment
    panel.enroll([ids["王小明"]])
    panel.table.selectRow(0)
    pick(panel, [ids["林雅婷"]], monkeypatch)
    panel.substitute_selected()
    _, _, text = ctx.prompts.messages[-1]
    assert "林雅婷 已遞補 王小明 的名額" in text
    rows = {e.name: e for e in panel.model.rows()}
    assert rows["王小明"].status == "取消" and rows["王小明"].note == "由林雅婷遞補"
    assert rows["林雅婷"].status == "正取"

    row = next(r for r, e in enumerate(panel.model.rows()) if e.name == "林雅婷")
    panel.table.selectRow(row)
    dialog = EnrollmentDialog(panel, panel.selected())
    qtbot.addWidget(dialog)
    dialog.set_deputy(ids["林雅婷"], "林雅婷")  # herself: refused, the dialog stays open
    dialog.accept()
    assert not dialog.saved and "職務代理人須為報名者以外的人員" in ctx.prompts.messages[-1][2]
    dialog.set_deputy(ids["陳志豪"], "陳志豪")
    dialog.approved.setChecked(True)
    dialog.meal.setCurrentIndex(dialog.meal.findData("素"))
    dialog.accept()
    assert dialog.saved
    view = classes.open_class(ctx.db, page.detail.summary.id).enrollees
    saved = next(e for e in view if e.name == "林雅婷")
    assert (saved.deputy_name, saved.approved, saved.meal) == ("陳志豪", True, "素")


def test_meal_counts_are_read_off_the_window_thread(
    sqlite_db: Database, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """With the window's background runner the meal counts of a class with a 供餐 session
    are read on a reader thread, then shown."""
    import threading

    db = sqlite_db
    first = person(db, "A001", "王小明", "人事室")
    second = person(db, "A002", "李美華", "人事室", "素")
    detail = classes.create_class(
        db,
        classes.ClassInput("115-011", "環境教育"),
        [
            classes.SessionInput(
                dt.date(2026, 3, 2), "環境教育", dt.time(9), dt.time(12), meal_served=True
            )
        ],
    )
    enrollment.enroll(db, detail.summary.id, [EnrollRequest(first), EnrollRequest(second)])
    threads: list[threading.Thread] = []
    real = enrollment.meal_counts

    def recorded(db: Database, class_id: int | str) -> list[enrollment.MealCount]:
        threads.append(threading.current_thread())
        return real(db, class_id)

    monkeypatch.setattr(enrollment, "meal_counts", recorded)
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = ClassesPage(UiContext(db, ScriptedPrompts(), runner, settings), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.select_id(detail.summary.id))
    label = page.enrollment.meal_label
    qtbot.waitUntil(lambda: "素 1" in label.text() and "葷 1" in label.text())
    assert threads and threading.main_thread() not in threads
    runner.wait()


def test_the_waitlist_message_in_english(setup, ctx, monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]
    from hrplanner.ui.shell.translators import install_translators

    page, ids = setup
    install_translators(qapp, "en")
    try:
        pick(page.enrollment, [ids["王小明"], ids["李美華"], ids["陳志豪"]], monkeypatch)
        page.enrollment.add_people()
        kind, _, text = ctx.prompts.messages[-1]
        assert kind == "info" and "陳志豪 (waitlist 1)" in text
        assert "備取" not in text
    finally:
        install_translators(qapp, "zh_TW")

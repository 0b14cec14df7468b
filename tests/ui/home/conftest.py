"""The small demo with something in every R20 item: a class this week, an ended class not
yet registered, a new hire due initial training. Built once, copied for each test."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrplanner.services.demo.loading import load_demo
from hrplanner.services.staff import roster
from hrplanner.services.training import classes
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.storage.database import Database
from hrplanner.ui.shell.main_window import MainWindow
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.shell.translators import install_translators

from ..conftest import FakePrompts, person


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("home") / "demo.db"
    db = Database.open(str(path), user="tester")
    load_demo(db, "small")
    today = dt.date.today()
    classes.create_class(
        db,
        ClassInput("H-WEEK", "本週的研習"),
        [SessionInput(today, "一般", dt.time(9), dt.time(12))],
    )
    classes.create_class(
        db,
        ClassInput("H-DUE", "待登錄時數的研習"),
        [SessionInput(today - dt.timedelta(days=40), "一般", dt.time(9), dt.time(12))],
    )
    roster.create(db, person("N900", "新到職", "人事室", hire_date=today - dt.timedelta(days=100)))
    db.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_file, copy)
    db = Database.open(str(copy), user="tester", create=False)
    yield db
    db.close()


def make_context(
    qapp: QApplication, db: Database, prompts: FakePrompts, tmp_path: Path
) -> UiContext:
    from PySide6.QtCore import QSettings

    install_translators(qapp, "zh_TW")
    return UiContext(
        db=db,
        prompts=prompts,
        runner=TaskRunner(synchronous=True),
        qsettings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
        database_target=str(db.file),
    )


def open_window(qtbot: QtBot, ctx: UiContext, prompts: FakePrompts) -> MainWindow:
    window = MainWindow(ctx.qsettings, prompts, "zh_TW")
    qtbot.addWidget(window)
    window.attach(ctx)
    window.show_database(ctx.db.engine.url)
    return window

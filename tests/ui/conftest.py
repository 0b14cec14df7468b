"""Fixtures for the window tests: a UI context on a fresh SQLite database with scripted
prompts (no dialog ever blocks) and a synchronous task runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from hrplanner.services.staff import roster
from hrplanner.services.staff.records import EmployeeData
from hrplanner.storage.database import Database
from hrplanner.ui.shell import pyside_fix
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import Prompts
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.shell.translators import install_translators

# PySide6 6.12 drops references to True/None on every signal emit (see pyside_fix);
# the window applies the guard at start-up, the tests apply it here.
pyside_fix.apply()


class FakePrompts(Prompts):
    """Records every question; answers from ``answers`` (by method name) or a default."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.details: list[str] = []  # behind the details button of ``error_details``
        self.answers: dict[str, list[Any]] = {}
        self.confirm_by_default = False

    def _answer(self, kind: str, default: Any) -> Any:
        queue = self.answers.get(kind)
        return queue.pop(0) if queue else default

    def info(self, parent: Any, title: str, text: str) -> None:
        self.calls.append(("info", title, text))

    def error(self, parent: Any, title: str, text: str) -> None:
        self.calls.append(("error", title, text))

    def error_details(self, parent: Any, title: str, text: str, details: str) -> None:
        self.calls.append(("error", title, text))
        self.details.append(details)

    def confirm(self, parent: Any, title: str, text: str) -> bool:
        self.calls.append(("confirm", title, text))
        return bool(self._answer("confirm", self.confirm_by_default))

    def choose(self, parent: Any, title: str, label: str, items: Any) -> str | None:
        self.calls.append(("choose", title, label))
        return self._answer("choose", None)  # type: ignore[no-any-return]

    def open_file(self, parent: Any, title: str, name_filter: str) -> Path | None:
        self.calls.append(("open_file", title, name_filter))
        return self._answer("open_file", None)  # type: ignore[no-any-return]

    def save_file(self, parent: Any, title: str, suggested: str, name_filter: str) -> Path | None:
        self.calls.append(("save_file", title, name_filter))
        return self._answer("save_file", None)  # type: ignore[no-any-return]

    def kinds(self) -> list[str]:
        return [c[0] for c in self.calls]


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(
    qapp: QApplication, sqlite_db: Database, prompts: FakePrompts, qsettings: QSettings
) -> Iterator[UiContext]:
    install_translators(qapp, "zh_TW")
    runner = TaskRunner(synchronous=True)
    yield UiContext(
        db=sqlite_db,
        prompts=prompts,
        runner=runner,
        qsettings=qsettings,
        date_style="roc",
        database_target=str(sqlite_db.file),
        backup_folder=sqlite_db.file.parent / "backups" if sqlite_db.file else None,
    )


def person(no: str, name: str, unit: str = "人事室", **changes: Any) -> EmployeeData:
    values: dict[str, Any] = {
        "employee_no": no,
        "name": name,
        "unit": unit,
        "category": "公務人員",
        "hire_date": dt.date(2020, 3, 5),
    }
    values.update(changes)
    return EmployeeData(**values)


@pytest.fixture
def people(sqlite_db: Database) -> dict[str, int]:
    """Four people in two units; one of them has left (離職)."""
    ids = {
        "王小明": roster.create(sqlite_db, person("A001", "王小明", "人事室", title="科員")),
        "李美華": roster.create(sqlite_db, person("A002", "李美華", "秘書室")),
        "陳大同": roster.create(sqlite_db, person("A003", "陳大同", "人事室")),
        "林離職": roster.create(sqlite_db, person("A004", "林離職", "秘書室", status="離職")),
    }
    return ids

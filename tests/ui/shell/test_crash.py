"""An unexpected error in the window: a button whose handler raises, a worker thread that
dies, a background task nobody waits for. Each shows the error dialog (through the
injectable prompts), leaves a line in the log file in the data folder, and the log holds no
identity number, e-mail address or argument value."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from hrplanner import paths
from hrplanner.ui.shell import crash
from hrplanner.ui.shell.crash import CrashReporter
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.shell.translators import install_translators

from ..conftest import FakePrompts

# pytest-qt puts its own hook in place to fail a test on an error in a slot; these tests
# put ours in its place, on purpose.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def reporter(qapp: QApplication, prompts: FakePrompts) -> Iterator[CrashReporter]:
    found = CrashReporter(prompts, paths.log_file())
    found.install()
    yield found
    found.uninstall()


def fail_with(person: str, number: str) -> None:
    """Raises with an identity number in the message; ``person`` is only an argument."""
    raise ValueError(f"無法處理身分證字號 {number} 的資料")


def test_a_button_whose_handler_raises_shows_the_dialog_and_logs_it(
    qtbot: QtBot, reporter: CrashReporter, prompts: FakePrompts
) -> None:
    # Built at run time, so that no source line of the traceback holds them.
    name = "".join(["林", "淑", "芬"])
    number = "".join(["A", "123", "456", "789"])
    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: fail_with(name, number))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert prompts.kinds() == ["error"]
    _kind, title, text = prompts.calls[0]
    assert title == "發生未預期的錯誤"
    assert "ValueError: 無法處理身分證字號 A12****789 的資料" in text
    assert str(paths.log_file()) in text and "資訊人員" in text
    assert number not in text

    log = paths.log_file().read_text(encoding="utf-8")
    assert paths.log_file().parent == paths.data_dir()
    assert "ERROR hrplanner.crash: unexpected error" in log
    assert "ValueError: 無法處理身分證字號 A12****789 的資料" in log
    assert "in fail_with" in log  # the frames are there ...
    assert number not in log and name not in log  # ... but no values of their arguments


def test_the_dialog_speaks_english_in_the_english_window(
    qapp: QApplication, qtbot: QtBot, reporter: CrashReporter, prompts: FakePrompts
) -> None:
    install_translators(qapp, "en")
    try:
        button = QPushButton("Go")
        qtbot.addWidget(button)
        button.clicked.connect(lambda: fail_with("x", "F131104093"))
        button.click()
    finally:
        install_translators(qapp, "zh_TW")
    _kind, title, text = prompts.calls[0]
    assert title == "Unexpected error"
    assert text.startswith("HR Planner ran into an unexpected error")
    assert "F13****093" in text and "send that file to your IT contact" in text


def test_a_worker_thread_s_error_reaches_the_ui_thread(
    qtbot: QtBot, reporter: CrashReporter, prompts: FakePrompts
) -> None:
    worker = threading.Thread(target=fail_with, args=("x", "B123456780"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: prompts.kinds() == ["error"], timeout=2000)
    assert "B12****780" in prompts.calls[0][2]
    assert "B12****780" in paths.log_file().read_text(encoding="utf-8")


def test_a_background_task_without_its_own_error_handler_is_reported(
    qtbot: QtBot, reporter: CrashReporter, prompts: FakePrompts
) -> None:
    runner = TaskRunner(synchronous=True)
    runner.run(lambda _progress: fail_with("x", "C123456789"))
    assert prompts.kinds() == ["error"]
    assert "C12****789" in paths.log_file().read_text(encoding="utf-8")


def test_an_error_while_the_dialog_is_open_is_logged_not_shown_again(
    qtbot: QtBot, reporter: CrashReporter, prompts: FakePrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    def error_again(parent: object, title: str, text: str) -> None:
        prompts.calls.append(("error", title, text))
        try:
            fail_with("x", "D123456789")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]

    monkeypatch.setattr(prompts, "error", error_again)
    try:
        fail_with("x", "E123456789")
    except ValueError:
        reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    assert prompts.kinds() == ["error"]
    log = paths.log_file().read_text(encoding="utf-8")
    assert "E12****789" in log and "D12****789" in log


def test_uninstall_gives_the_hooks_back(qapp: QApplication, prompts: FakePrompts) -> None:
    before = (sys.excepthook, threading.excepthook)
    found = CrashReporter(prompts, paths.log_file())
    found.install()
    assert sys.excepthook == found.handle and threading.excepthook == found.handle_thread
    found.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_log_that_cannot_be_written_still_shows_the_dialog(
    qapp: QApplication, prompts: FakePrompts, tmp_path: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    found = CrashReporter(prompts, blocked / "hrplanner.log")  # its folder is a file
    found.install()
    try:
        try:
            fail_with("x", "A123456789")
        except ValueError:
            found.handle(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        found.uninstall()
    (_kind, _title, text) = prompts.calls[0]
    assert "無法寫入" in text and "截圖" in text and "A12****789" in text


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("id A123456789.", "id A12****789."),
        ("身分證字號A123456789號", "身分證字號A12****789號"),  # no space next to Chinese
        ("resident AA00000009 and A800000014", "resident AA0****009 and A80****014"),
        ("full-width Ａ１２３４５６７８９", "full-width A12****789"),
        ("a123456789", "A12****789"),
        ("order 12345678901 or XA1234567890", "order 12345678901 or XA1234567890"),
        ("mail wang.xm@example.gov.tw now", "mail ***@example.gov.tw now"),
        (
            "[SQL: INSERT ...]\n[parameters: ('王小明', 'x')]\n",
            "[SQL: INSERT ...]\n[parameters: hidden]\n",
        ),
    ],
)
def test_scrub(text: str, scrubbed: str) -> None:
    assert crash.scrub(text) == scrubbed


def test_scrub_hides_the_home_folder() -> None:
    assert crash.scrub(f"{Path.home()}/hr/x.py") == "~/hr/x.py"


def test_the_log_rotates_at_one_megabyte(reporter: CrashReporter) -> None:
    log = crash.logging.getLogger("hrplanner.crash")
    for _i in range(1200):
        log.error("%s", "x" * 1000)
    rotated = paths.log_file().with_name("hrplanner.log.1")
    assert rotated.is_file()
    assert paths.log_file().stat().st_size <= crash.MAX_BYTES
    assert rotated.stat().st_size <= crash.MAX_BYTES


def save_meeting_a_locked_database() -> None:
    """A save that bypasses the common unit of work and meets another HR Planner's write."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    raise OperationalError("UPDATE setting", {}, sqlite3.OperationalError("database is locked"))


def test_a_save_meeting_a_locked_database_says_so_without_a_traceback(
    qtbot: QtBot, reporter: CrashReporter, prompts: FakePrompts
) -> None:
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.clicked.connect(save_meeting_a_locked_database)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert prompts.kinds() == ["error"]
    _kind, title, text = prompts.calls[0]
    assert title == "沒有儲存"
    assert "另一個 HR Planner 正在儲存資料" in text
    assert "locked" not in text and "Traceback" not in text
    assert not paths.log_file().exists() or "locked" not in paths.log_file().read_text()

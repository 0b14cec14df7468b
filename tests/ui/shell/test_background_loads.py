"""Pages load on reader threads: the loading banner shows while a page reads, a slow page
does not hold up another one, and a page left while it loads never shows that stale
result. The real task runner here (threads), the real window and pages, the navigation
clicked with the mouse; only the services are slowed down, at the edge."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hrplanner.services.certificates import register
from hrplanner.services.training import classes
from hrplanner.storage.database import Database
from hrplanner.ui.certificates.page import CertificatePage
from hrplanner.ui.shell.loading import LoadingOverlay
from hrplanner.ui.shell.main_window import MainWindow
from hrplanner.ui.shell.pages import PAGES, UiContext
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.training.classes_page import ClassesPage

from ..conftest import FakePrompts

TWO_PAGES = tuple(s for s in PAGES if s.key in ("classes", "certificates"))


@pytest.fixture
def threaded(sqlite_db: Database, tmp_path: Path) -> Iterator[UiContext]:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    yield UiContext(sqlite_db, FakePrompts(), runner, settings)
    runner.wait()


def slowed(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> threading.Event:
    """Make ``module.name`` wait for the returned gate (on whichever thread calls it)."""
    real = getattr(module, name)
    gate = threading.Event()

    def slow(*args: Any, **kwargs: Any) -> Any:
        assert gate.wait(20), "the test never opened the gate"
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)
    return gate


def calls_of(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> list[tuple[Any, ...]]:
    """Record each call of the method ``cls.name`` (and still run it)."""
    seen: list[tuple[Any, ...]] = []
    real: Callable[..., Any] = getattr(cls, name)

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(args)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, spy)
    return seen


def banner(widget: QWidget) -> LoadingOverlay:
    found = widget.findChild(LoadingOverlay)
    assert found is not None
    return found


def click_page(qtbot: QtBot, window: MainWindow, key: str) -> None:
    row = next(i for i, s in enumerate(window._specs) if s.key == key)
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx.qsettings, ctx.prompts, "zh_TW", TWO_PAGES)
    qtbot.addWidget(window)
    window.show()
    window.attach(ctx)  # the first page, 訓練班期, is built and starts reading
    return window


def test_a_page_left_while_loading_never_shows_that_result(
    qtbot: QtBot, threaded: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = slowed(monkeypatch, classes, "list_classes")
    shown = calls_of(monkeypatch, ClassesPage, "_loaded")
    window = open_window(qtbot, threaded)
    page = window.pages["classes"]
    assert isinstance(page, ClassesPage)
    qtbot.waitUntil(lambda: page.load.running)
    # The loading state is on screen while the list is being read.
    assert banner(page.table).isVisible()
    assert banner(page.table).text() == "正在載入…"

    click_page(qtbot, window, "certificates")
    assert window.stack.currentWidget() is window.pages["certificates"]
    assert not page.load.running  # abandoned when the user left
    gate.set()  # the stale read now finishes on its thread...
    threaded.runner.wait()
    qtbot.wait(50)  # ...and whatever it delivers is processed
    assert shown == []  # never shown

    # Back on the page it reads again, and this time shows what it read.
    click_page(qtbot, window, "classes")
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert not banner(page.table).isVisible()
    assert page.count_label.text() == "共 0 個班期"


def test_a_slow_page_does_not_hold_up_another(
    qtbot: QtBot, threaded: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = slowed(monkeypatch, classes, "list_classes")
    certificates_shown = calls_of(monkeypatch, CertificatePage, "_show")
    window = open_window(qtbot, threaded)
    classes_page = window.pages["classes"]
    assert isinstance(classes_page, ClassesPage)
    qtbot.waitUntil(lambda: classes_page.load.running)

    click_page(qtbot, window, "certificates")
    certificates = window.pages["certificates"]
    assert isinstance(certificates, CertificatePage)
    # The certificates are read and shown while the classes' read is still stuck.
    qtbot.waitUntil(lambda: len(certificates_shown) == 1, timeout=5000)
    assert not gate.is_set()
    assert not banner(certificates.table).isVisible()
    gate.set()


def test_the_certificates_banner_shows_until_their_rows_come(
    qtbot: QtBot, threaded: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = slowed(monkeypatch, register, "register")
    window = open_window(qtbot, threaded)
    click_page(qtbot, window, "certificates")
    page = window.pages["certificates"]
    assert isinstance(page, CertificatePage)
    qtbot.waitUntil(lambda: page.load.running)
    assert banner(page.table).isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not banner(page.table).isVisible())
    assert page.count_label.text() == "共 0 張"


def test_reads_run_side_by_side_while_writes_take_turns(qtbot: QtBot) -> None:
    runner = TaskRunner()
    slow_gate, write_gate = threading.Event(), threading.Event()
    done: list[str] = []
    runner.read(lambda _p: slow_gate.wait(20), on_done=lambda _r: done.append("slow read"))
    runner.read(lambda _p: "fast", on_done=done.append)
    qtbot.waitUntil(lambda: "fast" in done)  # not behind the slow read
    assert "slow read" not in done

    started: list[str] = []

    def write(name: str) -> Callable[[Any], None]:
        def work(_p: Any) -> None:
            started.append(name)
            if name == "first":
                assert write_gate.wait(20)

        return work

    runner.run(write("first"), on_done=lambda _r: done.append("first"))
    runner.run(write("second"), on_done=lambda _r: done.append("second"))
    qtbot.waitUntil(lambda: started == ["first"])
    qtbot.wait(100)
    assert started == ["first"]  # the second write waits for the first
    write_gate.set()
    slow_gate.set()
    qtbot.waitUntil(lambda: "second" in done)
    assert done.index("first") < done.index("second")
    assert runner.wait()


def test_an_abandoned_task_delivers_nothing(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    outcome: list[object] = []
    task = runner.read(lambda _p: gate.wait(20), on_done=outcome.append, on_error=outcome.append)
    task.abandon()
    gate.set()
    assert runner.wait()
    qtbot.wait(50)
    assert outcome == []
    assert not runner.busy()


def test_closing_asks_running_work_to_stop(qtbot: QtBot) -> None:
    """``stop_all`` (the window closing): work that checks its progress stops at the next
    check rather than running on; work that does not check still finishes."""
    import time

    from hrplanner.ui.shell.tasks import Cancelled, Progress

    runner = TaskRunner()
    started = threading.Event()
    stopped: list[str] = []

    def long_export(progress: Progress) -> None:
        started.set()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if progress.cancelled:
                stopped.append("export")
                raise Cancelled
            time.sleep(0.01)

    def quick_read(_progress: Progress) -> str:
        time.sleep(0.05)
        return "read"

    read: list[str] = []
    runner.run(long_export)
    runner.read(quick_read, on_done=read.append)
    assert started.wait(5)
    begun = time.monotonic()
    runner.stop_all()
    assert runner.wait(5000)
    assert time.monotonic() - begun < 2
    assert stopped == ["export"]
    qtbot.waitUntil(lambda: not runner.busy())
    assert read == ["read"]  # finished and delivered

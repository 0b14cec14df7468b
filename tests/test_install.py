"""Installing and starting: the shell functions of tools/common.sh that tools/run.sh,
tools/test.sh and tools/build.sh share, the start-up check hook of the window, and (slow)
the PyInstaller bundle built by tools/build.sh and run from its folder."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMMON = ROOT / "tools" / "common.sh"


def _bash(
    script: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f"set -euo pipefail; source {COMMON}; {script}"],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


_HOLD_LOCK = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.lockf(fd, fcntl.LOCK_EX)  # the kind of lock apt and dpkg take
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_waits_for_the_package_managers_lock_then_goes_on(tmp_path: Path) -> None:
    lock = tmp_path / "lock-frontend"
    holder = _hold_lock(lock, 3)
    try:
        start = time.monotonic()
        out = _bash(
            "wait_for_package_manager",
            {"APT_LOCKS": f"{tmp_path / 'absent'} {lock}", "APT_LOCK_WAIT": "30"},
        )
        waited = time.monotonic() - start
    finally:
        holder.wait()
    assert out.returncode == 0, out.stderr
    assert "Waiting for the package manager" in out.stderr
    assert f"pid {holder.pid}" in out.stderr and str(lock) in out.stderr
    assert "is free after" in out.stderr
    assert 1.5 < waited < 20


def test_the_wait_for_the_lock_is_bounded(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    holder = _hold_lock(lock, 30)
    try:
        out = _bash("wait_for_package_manager", {"APT_LOCKS": str(lock), "APT_LOCK_WAIT": "2"})
    finally:
        holder.kill()
        holder.wait()
    assert out.returncode == 1
    assert "still busy after 2 s" in out.stderr


def test_no_wait_and_no_message_when_the_lock_is_free(tmp_path: Path) -> None:
    lock = tmp_path / "lock"
    lock.touch()
    out = _bash("wait_for_package_manager", {"APT_LOCKS": str(lock), "APT_LOCK_WAIT": "2"})
    assert out.returncode == 0
    assert out.stderr == ""


def _trap(folder: Path, *names: str) -> str:
    """A PATH where each of ``names`` records that it was called and fails."""
    folder.mkdir()
    for name in names:
        script = folder / name
        script.write_text(f'#!/bin/sh\necho "{name} $*" >> "{folder}/calls"\nexit 99\n')
        script.chmod(0o755)
    return f"{folder}:{os.environ['PATH']}"


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not a Debian system")
def test_nothing_is_installed_when_every_package_is_there(tmp_path: Path) -> None:
    path = _trap(tmp_path / "bin", "apt-get", "sudo")
    out = _bash("install_system_packages dpkg bash coreutils", {"PATH": path})
    assert out.returncode == 0, out.stderr
    assert not (tmp_path / "bin" / "calls").exists()


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not a Debian system")
def test_a_missing_package_is_installed_after_the_lock_is_free(tmp_path: Path) -> None:
    path = _trap(tmp_path / "bin", "apt-get", "sudo")
    lock = tmp_path / "lock"
    lock.touch()
    out = _bash(
        "install_system_packages bash hrplanner-no-such-package",
        {"PATH": path, "APT_LOCKS": str(lock)},
    )
    calls = (tmp_path / "bin" / "calls").read_text().splitlines()
    assert out.returncode != 0  # the trap's apt-get fails
    assert "hrplanner-no-such-package" in out.stderr
    first = calls[0].split()
    assert first[0] in {"apt-get", "sudo"} and "update" in first


def test_pip_runs_only_when_the_project_changed(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("version = 3.11.7\n")
    python = venv / "bin" / "python"
    python.write_text(f'#!/bin/sh\necho "$*" >> "{tmp_path}/pip-calls"\n')
    python.chmod(0o755)
    stamp = venv / "stamp"
    install = f"install_if_changed {python} {stamp} ."

    def calls() -> list[str]:
        log = tmp_path / "pip-calls"
        return log.read_text().splitlines() if log.exists() else []

    assert _bash(install).returncode == 0
    assert calls() == ["-m pip install -q ."]
    assert _bash(install).returncode == 0
    assert len(calls()) == 1, "unchanged: no pip call"
    # A change the stamp covers (here the interpreter the venv was made with).
    (venv / "pyvenv.cfg").write_text("version = 3.12.1\n")
    assert _bash(install).returncode == 0
    assert len(calls()) == 2


def test_a_failed_install_leaves_no_stamp(tmp_path: Path) -> None:
    python = tmp_path / "python"
    python.write_text("#!/bin/sh\nexit 1\n")
    python.chmod(0o755)
    stamp = tmp_path / "stamp"
    out = _bash(f"if ! install_if_changed {python} {stamp} .; then echo failed; fi")
    assert "failed" in out.stdout
    assert not stamp.exists()


def test_the_stamp_follows_the_project_files() -> None:
    first = _bash("project_stamp .venv/bin/python").stdout
    assert len(first.strip()) == 64
    assert _bash("project_stamp .venv/bin/python").stdout == first


# --- the start-up check hook ------------------------------------------------------------


def _window_env(tmp_path: Path, mode: str) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HRPLANNER_DATA_DIR": str(tmp_path / "data"),
        "HRPLANNER_EXIT_AFTER_PAINT": mode,
    }


@pytest.mark.parametrize("mode", ["1", "window"])
def test_the_window_closes_itself_after_its_first_paint(tmp_path: Path, mode: str) -> None:
    # A database named with --db must exist (only init creates one there).
    init = [sys.executable, "-m", "hrplanner", "--db", str(tmp_path / "w.db"), "init"]
    subprocess.run(init, env=_window_env(tmp_path, mode), capture_output=True, check=True)
    out = subprocess.run(
        [sys.executable, "-m", "hrplanner", "--db", str(tmp_path / "w.db")],
        env=_window_env(tmp_path, mode),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert not (tmp_path / "data" / "hrplanner.log").exists(), "an error was logged"


# --- the bundle (slow) ------------------------------------------------------------------

BUNDLE = ROOT / "dist" / "HRPlanner"


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    """dist/HRPlanner built by tools/build.sh, once for the tests below."""
    start = time.monotonic()
    out = subprocess.run(
        ["bash", "tools/build.sh"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    print(f"tools/build.sh: {time.monotonic() - start:.0f} s")
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-5000:]
    # Everything HR Planner loads by name was found (packaging/bundle_contents.py), and no
    # library's hook asked for a module that is not there.
    problems = [
        line for line in out.stderr.splitlines() if "Hidden import" in line or "ERROR" in line
    ]
    assert not problems, "\n".join(problems)
    yield BUNDLE


def _run(
    bundle: Path, program: str, *args: str, env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / program), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.slow
def test_the_bundle_runs_the_command_line_and_the_window(bundle: Path, tmp_path: Path) -> None:
    env = _window_env(tmp_path, "1")
    db = tmp_path / "bundle.db"
    assert (
        bundle / "_internal" / "hrplanner" / "resources" / "icons" / "hrplanner-32.png"
    ).is_file()
    # The user guide, every chapter in both languages (hrplanner.ui.shell.guide).
    from hrplanner.ui.shell.guide import CHAPTERS

    guide_folder = bundle / "_internal" / "hrplanner" / "resources" / "help"
    for chapter in CHAPTERS:
        for lang in ("zh_TW", "en"):
            assert (guide_folder / f"{chapter}.{lang}.md").is_file(), (chapter, lang)

    help_ = _run(bundle, "hrplanner-cli", "--help", env=env)
    assert help_.returncode == 0, help_.stderr
    assert "demo" in help_.stdout and "print" in help_.stdout

    init = _run(bundle, "hrplanner-cli", "--db", str(db), "init", env=env)
    assert init.returncode == 0, init.stderr  # the migrations were found and ran

    demo = _run(bundle, "hrplanner-cli", "--db", str(db), "demo", "--size", "small", env=env)
    assert demo.returncode == 0, demo.stderr  # every demo generator was bundled

    with sqlite3.connect(db) as conn:
        (code,) = conn.execute("SELECT code FROM training_class ORDER BY code LIMIT 1").fetchone()
    pdf = tmp_path / "signin.pdf"
    signin = _run(
        bundle, "hrplanner-cli", "--db", str(db), "print", "signin", "--class", code,
        "-o", str(pdf), env=env,
    )  # fmt: skip
    assert signin.returncode == 0, signin.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    agenda = _run(bundle, "hrplanner-cli", "--db", str(db), "--lang", "en", "agenda", env=env)
    assert agenda.returncode == 0, agenda.stderr  # every agenda provider was bundled
    # The holidays package's version came with it: the holiday cache is kept by it.
    assert list((bundle / "_internal").glob("holidays-*.dist-info"))

    for lang in ("zh_TW", "en"):
        window = _run(bundle, "HRPlanner", "--db", str(db), "--lang", lang, env=env, timeout=120)
        assert window.returncode == 0, window.stderr
    log = tmp_path / "data" / "hrplanner.log"
    assert not log.exists(), log.read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("HRPLANNER_TEST_PG_URL"), reason="no PostgreSQL server")
def test_the_bundle_opens_a_postgresql_database(bundle: Path, tmp_path: Path) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(os.environ["HRPLANNER_TEST_PG_URL"], isolation_level="AUTOCOMMIT")
    name = f"hrp_bundle_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(os.environ["HRPLANNER_TEST_PG_URL"]).set(database=name)
        target = url.render_as_string(hide_password=False)
        out = _run(bundle, "hrplanner-cli", "--db", target, "init", env=_window_env(tmp_path, "1"))
        assert out.returncode == 0, out.stderr  # psycopg and its binary part were bundled
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

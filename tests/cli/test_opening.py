"""``--db`` naming something HR Planner cannot open is exit status 2 with a sentence, never a
traceback, and nothing is created or changed (issue 9). Only ``init`` (and ``demo``, whose
purpose is a new database) create a database that does not exist, except at the default
location."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrplanner import cli, i18n
from hrplanner.storage.database import Database


@pytest.fixture(autouse=True)
def _chinese_after() -> Iterator[None]:
    yield
    i18n.set_language("zh_TW")  # --lang en lasts for the process: leave it as found


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.run(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


def test_a_text_file_as_db_is_exit_2_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n", encoding="utf-8")
    code, err = run(capsys, "--db", str(notes), "export", "hours", "-o", str(tmp_path / "h.xlsx"))
    assert code == 2
    assert "不是 SQLite 資料庫檔案" in err
    assert notes.read_text(encoding="utf-8") == "not a database\n"
    assert not (tmp_path / "h.xlsx").exists()


def test_a_mistyped_path_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "offce" / "hr.db"
    out = tmp_path / "hours.xlsx"
    code, err = run(capsys, "--db", str(typo), "export", "hours", "-o", str(out))
    assert code == 2 and "找不到資料庫" in err and "init" in err
    assert not typo.parent.exists() and not out.exists()
    beside = tmp_path / "hr-typo.db"
    for argv in (["agenda"], ["check"], ["backup", "-o", str(tmp_path / "b.db")]):
        code, err = run(capsys, "--db", str(beside), *argv)
        assert code == 2 and "找不到資料庫" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # the data folder only


def test_a_home_folder_of_nobody_is_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``~nosuchuser/…``: pathlib cannot expand it (and raises); the path is as written."""
    nobody = "~hrplanner-nosuchuser/hr.db"
    out = tmp_path / "c.pdf"
    for argv in (["check"], ["print", "certificates", "--class", "115-001", "-o", str(out)]):
        code, err = run(capsys, "--db", nobody, *argv)
        assert code == 2 and "找不到資料庫" in err and nobody in err


def test_init_creates_and_then_the_other_commands_open_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new" / "hr.db"
    assert run(capsys, "--db", str(target), "init")[0] == 0
    assert run(capsys, "--db", str(target), "check")[0] == 0


def test_the_default_location_is_created_by_any_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _err = run(capsys, "export", "hours", "-o", str(tmp_path / "h.xlsx"))
    assert code == 0
    assert (tmp_path / "data" / "hrplanner.db").is_file()


def test_another_programs_database_is_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "library.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE books (title TEXT)")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    for argv in (["init"], ["check"], ["demo"], ["agenda"]):
        code, err = run(capsys, "--db", str(path), *argv)
        assert code == 2 and "其他程式的資料庫" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "library.sqlite"]


def test_a_newer_schema_is_exit_2_in_our_words_not_alembics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hr.db"
    Database.open(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    for lang, words in (("zh_TW", "較新版本"), ("en", "newer version")):
        code, err = run(capsys, "--lang", lang, "--db", str(path), "init")
        assert code == 2 and words in err
        assert "Can't locate revision" not in err


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql://hr@127.0.0.1:1/hr", "無法連線"),
        ("postgresql+psycopg://hr:pw@127.0.0.1:1/hr", "無法連線"),
        ("mysql://hr@localhost/hr", "不支援"),
        ("nosuch://somewhere", "不支援"),
        ("postgresql://hr@localhost:port/hr", "無法解讀"),
    ],
)
def test_unreachable_servers_and_unknown_schemes_are_exit_2(
    url: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, "--db", url, "check")
    assert code == 2 and words in err
    assert ":pw@" not in err


def test_messages_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("x" * 200, encoding="utf-8")
    code, err = run(capsys, "--lang", "en", "--db", str(notes), "check")
    assert code == 2 and "is not a SQLite database" in err
    code, err = run(capsys, "--lang", "en", "--db", str(tmp_path / "none.db"), "check")
    assert code == 2 and "init" in err and "找不到" not in err

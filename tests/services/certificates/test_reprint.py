"""The command line's reprint straight from the SQLite file prints the very pages of the
ordinary print, and leaves every case that needs a number, a warning or a refusal to it."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrplanner.reports.pdf.data import Certificate
from hrplanner.services.catalogue import FileRequest, Hooks
from hrplanner.services.certificates import register, reprint
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.training import attendance, printing
from hrplanner.services.training.attendance import MarkChange
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import TrainingClass
from tests.services.training.test_printing import CODE, make_class

ISSUED = dt.date(2026, 3, 5)
LATER = dt.date(2026, 4, 1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A SQLite file: the only kind of database the reprint reads."""
    database = Database.open(str(tmp_path / "reprint.db"), user="tester")
    yield database
    database.close()


def _issued(db: Database) -> int:
    """The test class closed, its certificates issued by the ordinary print."""
    cid, _enr, _ses = make_class(db, close=True)
    printing.certificates(db, CODE, ISSUED)
    return cid


def _quick(db: Database, today: dt.date = LATER) -> list[Certificate] | None:
    assert db.file is not None
    found = reprint.read_reprint(db.file, CODE, today)
    return None if found is None else reprint.pages(found, CODE)


def _ordinary(db: Database) -> list[Certificate]:
    return printing.certificates(db, CODE, LATER).certificates


def _retype(db: Database, cid: int, organizing: str, organizer: str | None) -> None:
    with db.session() as s:
        cls = s.get(TrainingClass, cid)
        assert cls is not None
        cls.organizing, cls.organizer = organizing, organizer


def test_a_reprint_has_the_ordinary_prints_pages(db: Database) -> None:
    _issued(db)
    quick = _quick(db)
    assert quick is not None and [c.name for c in quick] == ["王大明", "李美麗"]
    assert quick == _ordinary(db)
    assert quick[0].issue_date == ISSUED  # as issued, not the day of the reprint


def test_the_same_pages_with_every_setting_the_wording_reads(db: Database, tmp_path: Path) -> None:
    cid = _issued(db)
    seal = tmp_path / "seal.png"
    seal.write_bytes(b"\x89PNG\r\n\x1a\n")
    settings_service.update(
        db,
        {
            Setting.AGENCY_NAME: "臺北市立測試國民中學",
            Setting.HEAD_NAME: "林校長",
            Setting.CERTIFICATE_TOPIC_HOURS: True,
            Setting.CERTIFICATE_SEAL_IMAGE: str(seal),
            Setting.CERTIFICATE_BODY_SENT: "{name}奉派參加{organizer}「{class_title}」{hours}。",
        },
    )
    for organizing, organizer in (("薦送", "地方行政研習學院"), ("委辦", "國家文官學院")):
        _retype(db, cid, organizing, organizer)
        quick = _quick(db)
        assert quick is not None and quick == _ordinary(db)
        assert quick[1].topic_hours == (("廉政與服務倫理", "3小時"), ("人權教育", "2小時"))
        assert quick[0].seal_image == seal and quick[0].organizer == organizer


def test_settings_that_refuse_are_refused_alike(db: Database, tmp_path: Path) -> None:
    cid = _issued(db)
    settings_service.update(db, {Setting.CERTIFICATE_SEAL_IMAGE: str(tmp_path / "gone.png")})
    assert db.file is not None
    found = reprint.read_reprint(db.file, CODE, LATER)
    assert found is not None
    with pytest.raises(InputRefused, match=r"gone\.png"):
        reprint.pages(found, CODE)
    settings_service.update(db, {Setting.CERTIFICATE_SEAL_IMAGE: ""})
    _retype(db, cid, "委辦", None)
    with pytest.raises(InputRefused, match="主辦單位"):
        reprint.pages(reprint.read_reprint(db.file, CODE, LATER) or found, CODE)


def test_not_issued_yet_is_left_to_the_ordinary_print(db: Database) -> None:
    make_class(db, close=True)
    assert _quick(db) is None
    assert register.register(db) == []  # and the reprint wrote nothing


def test_a_certificate_awaiting_review_is_left_to_the_ordinary_print(db: Database) -> None:
    cid = _issued(db)
    enrollments = {r.name: r.enrollment_id for r in register.register(db)}
    with db.session() as s:
        session_id = s.get(TrainingClass, cid).sessions[0].id  # type: ignore[union-attr]
    attendance.set_marks(db, cid, [MarkChange(enrollments["王大明"], session_id, "請假", 120)])
    assert any(r.status == register.REVIEW for r in register.register(db))
    assert _quick(db) is None


def test_a_certificate_of_a_status_the_ordinary_print_leaves_out(db: Database) -> None:
    """Only 有效 certificates print: one of any other status (a value no version of the
    register writes) is left out by the ordinary print, and so left to it."""
    _issued(db)
    assert db.file is not None
    with sqlite3.connect(db.file) as conn:
        conn.execute("UPDATE certificate SET status = '停用' WHERE seq = 1")
    assert [c.name for c in _ordinary(db)] == ["李美麗"]
    assert _quick(db) is None


def test_a_voided_certificate_needs_a_new_number(db: Database) -> None:
    _issued(db)
    first = register.register(db)[0]
    register.void(db, first.id, LATER)
    assert _quick(db) is None


def test_an_unknown_or_open_class_and_a_day_before_its_end(db: Database) -> None:
    _issued(db)
    assert db.file is not None
    assert reprint.read_reprint(db.file, "999-999", LATER) is None
    assert reprint.read_reprint(db.file, f"  {CODE} ", LATER) is not None  # typed as usual
    assert _quick(db, today=dt.date(2026, 3, 2)) is None
    with db.session() as s:
        s.query(TrainingClass).update({TrainingClass.closed_on: None})
    assert _quick(db) is None


def test_the_summary_names_the_class_as_the_ordinary_print_does(
    db: Database, tmp_path: Path
) -> None:
    _issued(db)
    assert db.file is not None
    typed = f"  {CODE} "
    quick = reprint.quick_reprint(str(db.file), typed, tmp_path / "quick.pdf", separate=False)
    ordinary = printing.run_certificates(
        db, tmp_path / "ordinary.pdf", FileRequest(class_code=typed), Hooks()
    )
    assert quick is not None and quick == ordinary


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_a_file_others_may_read_is_left_to_the_ordinary_print(db: Database, tmp_path: Path) -> None:
    """Opening the file the ordinary way takes away what others may do with it (SPEC §5:
    the database readable by its owner only); a reprint leaves that to it."""
    _issued(db)
    assert db.file is not None
    db.file.chmod(0o644)
    out = tmp_path / "out.pdf"
    assert reprint.quick_reprint(str(db.file), CODE, out, separate=False) is None
    assert not out.exists()
    db.file.chmod(0o600)
    assert reprint.quick_reprint(str(db.file), CODE, out, separate=False) is not None


def test_another_schema_revision_or_not_ours(db: Database, tmp_path: Path) -> None:
    _issued(db)
    assert db.file is not None
    with sqlite3.connect(db.file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert _quick(db) is None
    text = tmp_path / "notes.db"
    text.write_text("not a database", encoding="utf-8")
    assert reprint.read_reprint(text, CODE, LATER) is None
    assert reprint.sqlite_file("postgresql://hr@server/hr") is None
    assert reprint.sqlite_file(str(tmp_path / "missing.db")) is None


def test_another_programs_file_is_read_without_changing_it(tmp_path: Path) -> None:
    """As the ordinary path looks at a file before calling it foreign (storage.probe): the
    WAL another program left beside its database is read, not written into it."""
    live, left = tmp_path / "live.db", tmp_path / "left.db"
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE notes (text)")
    for suffix in ("", "-wal", "-shm"):  # as if the program had crashed
        shutil.copy(f"{live}{suffix}", f"{left}{suffix}")
    writer.close()
    left.chmod(0o600)
    before = left.read_bytes()
    assert reprint.quick_reprint(str(left), CODE, tmp_path / "out.pdf", separate=False) is None
    assert left.read_bytes() == before
    assert Path(f"{left}-wal").exists()


def test_a_reprint_leaves_no_wal_beside_the_file(db: Database, tmp_path: Path) -> None:
    _issued(db)
    assert db.file is not None
    db.close()  # nobody has it open: nothing beside it
    assert not Path(f"{db.file}-wal").exists()
    assert reprint.quick_reprint(str(db.file), CODE, tmp_path / "out.pdf", separate=False)
    assert sorted(p.name for p in db.file.parent.glob("reprint.db*")) == ["reprint.db"]


def test_a_file_being_written_is_left_to_the_ordinary_print(db: Database) -> None:
    _issued(db)
    assert db.file is not None
    db.engine.dispose()  # alone on the file, so that it can leave WAL (where readers never wait)
    writer = sqlite3.connect(db.file, isolation_level=None)
    try:
        assert writer.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
        writer.execute("BEGIN EXCLUSIVE")
        assert _quick(db) is None
    finally:
        writer.execute("ROLLBACK")
        writer.close()

"""Names exactly as written, from the import to the PDF and the exports (issue 10, SPEC §3.1,
§3.3): 高潞．以用．巴魕剌 keeps its full stops, 𡘙 and 𨭎 print and read back, and only a page
with a character no font has is left out, naming the person, while the rest print."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from hrplanner import cli
from hrplanner.services.catalogue import FileRequest, Hooks
from hrplanner.services.common import settings_service
from hrplanner.services.exports import portal as pe
from hrplanner.services.exports import training as exports
from hrplanner.services.staff.importing import import_staff
from hrplanner.services.training import attendance, classes, closing, enrollment, printing
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.settings import Setting
from hrplanner.storage.database import Database

CNS = Path("/usr/share/fonts/truetype/cns11643/TW-Kai-Ext-B-98_1.ttf")
needs_tw_kai = pytest.mark.skipif(
    not CNS.is_file(), reason="全字庫 TW-Kai (Debian fonts-cns11643-kai) not installed"
)
GAO, ZHANG, LI = "高潞．以用．巴魕剌", "張𡘙", "李𨭎華"
NOWHERE = "\U0010fffd"  # a private-use code point no font has
CODE = "115-020"
TITLE = "環境教育：減塑生活（進階）！"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _agency(db: Database, tmp_path: Path, *, nowhere: bool = False) -> None:
    """The people come in through the staff import (as a school's CSV has them)."""
    roster = tmp_path / "人員.csv"
    rows = [f"E1,{GAO},A123456789", f"E2,{ZHANG},F131104093", f"E3,{LI},B120000008"]
    if nowhere:
        rows.append(f"E4,林{NOWHERE},D100000004")
    roster.write_text(
        "員工編號,姓名,身分證字號,單位,人員類別\n"
        + "".join(f"{r},人事室,公務人員\n" for r in rows),
        encoding="utf-8",
    )
    import_staff(db, roster, dry_run=False)
    settings_service.update(db, {Setting.AGENCY_NAME: "新竹市政府", Setting.HEAD_NAME: "高虹安"})
    detail = classes.create_class(
        db,
        ClassInput(CODE, TITLE, location="新竹市政府第一會議室"),
        [SessionInput(dt.date(2026, 3, 2), "環境教育", dt.time(9), dt.time(12))],
    )
    cid = detail.summary.id
    from hrplanner.services.staff import roster as staff_roster

    ids = [r.id for r in staff_roster.search(db, staff_roster.StaffFilter())]
    enrollment.enroll(
        db, cid, [EnrollRequest(e, dt.datetime(2026, 2, 1, 9, i)) for i, e in enumerate(ids)]
    )
    attendance.fill_all_present(db, cid)
    closing.close_class(db, cid, dt.date(2026, 3, 3))


@needs_tw_kai
def test_names_survive_import_pdf_and_export(db: Database, tmp_path: Path) -> None:
    _agency(db, tmp_path)
    out = tmp_path / "證明書.pdf"
    batch = printing.print_certificates(db, CODE, dt.date(2026, 3, 5), out)
    assert batch.skipped == [] and len(batch.certificates) == 3
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    pages = [squeeze(p.extract_text()) for p in reader.pages]
    with pdfplumber.open(out) as doc:
        plumbed = [squeeze(p.extract_text()) for p in doc.pages]
    for name, page, plumb in zip((GAO, ZHANG, LI), pages, plumbed, strict=True):
        assert name in page and name in plumb  # 𡘙 and 𨭎 read back exactly
        assert TITLE in plumb
    # The exports write the names as stored: the workbook, and the portal's CSV.
    roster = tmp_path / "名冊.xlsx"
    exports.export_roster(db, CODE, roster)
    names = [r[2] for r in load_workbook(roster).worksheets[0].iter_rows(values_only=True)]
    assert GAO in names and ZHANG in names
    utf8 = tmp_path / "portal.csv"
    pe.export_portal(db, utf8, class_code=CODE, encoding="utf-8-sig")
    text = utf8.read_text(encoding="utf-8-sig")
    assert {GAO, ZHANG, LI} <= {row[1] for row in csv.reader(io.StringIO(text))}
    big5 = tmp_path / "portal-big5.csv"
    result = pe.export_portal(db, big5, class_code=CODE, skip_unencodable=True)
    kept = [r[1] for r in csv.reader(io.StringIO(big5.read_bytes().decode("cp950")))]
    assert kept == ["姓名", GAO]  # Big5 holds 高潞．以用．巴魕剌; 𡘙 and 𨭎 are listed
    assert result.skipped == ["張𡘙（E2）", "李𨭎華（E3）"]


def _name_of(names: list[str], text: str) -> str:
    return next(n for n in names if n in text)


@needs_tw_kai
def test_a_character_no_font_has_leaves_only_that_page_out(db: Database, tmp_path: Path) -> None:
    _agency(db, tmp_path, nowhere=True)
    out = tmp_path / "證明書.pdf"
    batch = printing.print_certificates(db, CODE, dt.date(2026, 3, 5), out)
    assert [u.name for u in batch.skipped] == [f"林{NOWHERE}"]
    assert [c.name for c in batch.certificates] == [GAO, ZHANG, LI]
    assert len(PdfReader(out).pages) == 3
    assert any(f"林{NOWHERE}" in w and "U+10FFFD" in w for w in batch.warnings())
    done = printing.run_certificates(db, tmp_path / "b.pdf", FileRequest(class_code=CODE), Hooks())
    assert "3 張" in done.summary and any("U+10FFFD" in w for w in done.warnings)


@needs_tw_kai
def test_the_command_line_prints_the_rest_and_lists_the_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "cli.db")
    db = Database.open(path)
    _agency(db, tmp_path, nowhere=True)
    db.close()
    out = tmp_path / "證明書.pdf"
    args = ["--db", path, "print", "certificates", "--class", CODE, "-o", str(out)]
    assert cli.run(args) == 0
    captured = capsys.readouterr()
    assert f"林{NOWHERE}" in captured.err and "U+10FFFD" in captured.err
    pages = [squeeze(p.extract_text()) for p in PdfReader(out).pages]
    assert len(pages) == 3 and ZHANG in pages[1] and LI in pages[2]


def test_a_named_fallback_font_that_cannot_be_used_is_refused(db: Database, tmp_path: Path) -> None:
    from hrplanner.reports.pdf.fonts import FontNotFound

    bad = tmp_path / "not-a-font.ttf"
    bad.write_bytes(b"nothing")
    settings_service.update(db, {Setting.PRINT_FALLBACK_FONTS: str(bad)})
    with pytest.raises(FontNotFound):
        printing.fallback_fonts(db, printing.font_choice(db))

"""The appraisal files through the one catalogue: the 考績清冊 and 平時考核 exports, the three
printed forms, the import templates, and the agenda's appraisal items."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from hrplanner.services import catalogue
from hrplanner.services.appraisal import agenda, cycle, interim, year_end
from hrplanner.services.appraisal.interim import InterimEntry
from hrplanner.services.appraisal.year_end import YearEndEntry
from hrplanner.services.catalogue import FileRequest
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.imports import templates
from hrplanner.settings import Setting
from hrplanner.storage.database import Database

from .conftest import YEAR

DAY = dt.date(2025, 12, 10)


def text(path: Path) -> list[str]:
    with pdfplumber.open(path) as doc:
        return [(p.extract_text() or "").replace("\n", "") for p in doc.pages]


@pytest.fixture
def scored(db: Database, opened: dict[str, int]) -> Database:
    settings_service.update(
        db,
        {
            Setting.AGENCY_NAME: "示範市政府",
            Setting.HEAD_TITLE: "市長",
            Setting.HEAD_NAME: "林大同",
        },
    )
    view = {r.employee_no: r for r in year_end.year_end_view(db, YEAR).rows}
    for no, score in (("H1", 90), ("A1", 55), ("H2", 78), ("A2", 84), ("B1", 66)):
        year_end.save_entry(
            db, view[no].id, YearEndEntry(item_score=score), version=None, today=DAY
        )
    return db


def test_the_appraisal_list_export(scored: Database, tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    done = catalogue.export_kind("appraisal").run(scored, out, FileRequest(year=YEAR))  # type: ignore[union-attr]
    assert "114 年度考績清冊" in done.summary
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["年終", "另予", "統計表", "教師成績考核"]
    year_end_rows = list(wb["年終"].iter_rows(values_only=True))
    assert [r[0] for r in year_end_rows[1:]] == ["H1", "A1", "H2"]  # 簡任, then 薦任
    assert year_end_rows[2][9] == "丁" and "丁等" in year_end_rows[2][10]
    part_year = list(wb["另予"].iter_rows(values_only=True))
    assert [r[0] for r in part_year[1:]] == ["B1", "A2"]  # 薦任 before 委任
    stats = list(wb["統計表"].iter_rows(values_only=True))
    assert stats[0][:7] == ("官等", "人數", "甲", "乙", "丙", "丁", "未評定")
    assert stats[1][:2] == ("簡任", 1) and stats[2][:6] == ("薦任", 2, 0, 1, 0, 1)


def test_the_interim_export(scored: Database, tmp_path: Path) -> None:
    row = next(r for r in interim.list_interim(scored, YEAR, 1, today=DAY).rows)
    interim.save_interim(
        scored,
        row.id,
        InterimEntry(
            "已填", {"工作知能": "A", "創新研究": "A", "服務態度": "A", "品德操守": "A"}, "事實"
        ),
        version=None,
        today=dt.date(2025, 4, 2),
    )
    out = tmp_path / "interim.xlsx"
    request = FileRequest(year=YEAR, options={"today": dt.date(2025, 5, 2)})
    catalogue.export_kind("interim").run(scored, out, request)  # type: ignore[union-attr]
    rows = list(load_workbook(out, read_only=True)["平時考核"].iter_rows(values_only=True))
    assert rows[0][:9] == (
        "員工編號",
        "姓名",
        "單位",
        "職稱",
        "年度",
        "期別",
        "截止日期",
        "考核人",
        "狀態",
    )
    timing = {(r[0], r[5]): r[-2] for r in rows[1:]}
    assert timing[(row.employee_no, 1)] == "如期"
    assert timing[("B1", 1)] == "逾期未填" and timing[("A2", 2)] == "尚未到期"


def test_the_forms(scored: Database, tmp_path: Path) -> None:
    forms = tmp_path / "forms.pdf"
    request = FileRequest(year=YEAR, period=1, options={"unit": "人事室", "blank": True})
    done = catalogue.print_kind("appraisal-form").run(scored, forms, request)  # type: ignore[union-attr]
    assert "空白，2 張" in done.summary
    assert [("李科員" in p, "王主任" in p) for p in text(forms)] == [(True, False), (False, True)]
    listing = tmp_path / "list.pdf"
    cycle.set_committee(scored, YEAR, dt.date(2026, 1, 8), [("張科長", "主任委員")])
    done = catalogue.print_kind("appraisal-list").run(scored, listing, FileRequest(year=YEAR))  # type: ignore[union-attr]
    pages = text(listing)
    assert "示範市政府 114年年終考績清冊" in pages[0] and "主任委員 張科長" in pages[0]
    assert any("114年另予考績清冊" in p for p in pages)
    notices = tmp_path / "n.pdf"
    request = FileRequest(year=YEAR, options={"date": dt.date(2026, 1, 20)})
    done = catalogue.print_kind("appraisal-notice").run(scored, notices, request)  # type: ignore[union-attr]
    assert "5 人" in done.summary and "尚未核定" in done.warnings[0]
    by_name = {n: p for p in text(notices) for n in ("王主任", "李科員", "陳辦事") if n in p}
    assert "晉本俸一級，並給與一個月俸給總額之一次獎金" in by_name["王主任"]
    assert "免職" in by_name["李科員"] and "提起復審" in by_name["李科員"]
    assert "給與一個月俸給總額之一次獎金" in by_name["陳辦事"]  # 另予 甲: §8
    with pytest.raises(InputRefused, match="尚未開辦"):
        catalogue.print_kind("appraisal-list").run(scored, listing, FileRequest(year=2020))  # type: ignore[union-attr]


def test_templates_of_the_four_imports(tmp_path: Path) -> None:
    for kind, sheet, first in (
        ("rewards", "獎懲", "員工編號"),
        ("leave", "差勤統計", "員工編號"),
        ("interim", "平時考核", "員工編號"),
        ("appraisal", "考績", "員工編號"),
    ):
        out = tmp_path / f"{kind}.xlsx"
        templates.write_template(kind, out)
        ws = load_workbook(out)[sheet]
        assert ws.cell(1, 1).value == first and ws.cell(2, 1).value == "10001"


def test_agenda_items(scored: Database) -> None:
    items = agenda.interim_items(scored, dt.date(2025, 4, 20))
    (item,) = items
    assert item.kind == "平時考核" and not item.overdue
    assert "尚有 4 人未填：人事室 2 人、秘書室 2 人" in item.detail
    late = agenda.interim_items(scored, dt.date(2025, 9, 2))
    assert [i.title for i in late] == ["114 年度第 1 期平時考核", "114 年度第 2 期平時考核"]
    assert all(i.overdue for i in late)
    cycle.set_committee(scored, YEAR, dt.date(2026, 1, 8), [])
    found = agenda.year_end_items(scored, dt.date(2026, 1, 5))
    assert [i.kind for i in found] == ["年終考績", "考績委員會"]
    assert "尚有 5 人未核定" in found[0].detail
    assert agenda.year_end_items(scored, dt.date(2025, 10, 1)) == []

"""班期成績冊 and 滿意度調查表: content, hours as hours, one-page questionnaire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from hrplanner.reports.pdf.data import (
    DEFAULT_OPEN_QUESTIONS,
    DEFAULT_QUESTION_SECTIONS,
    SATISFACTION_SCALE,
    Questionnaire,
    Roster,
    RosterRow,
)
from hrplanner.reports.pdf.fonts import find_font
from hrplanner.reports.pdf.questionnaire import build_questionnaire
from hrplanner.reports.pdf.roster import build_roster


def all_text(path: Path) -> tuple[int, str]:
    with pdfplumber.open(path) as doc:
        return len(doc.pages), "\n".join(p.extract_text() for p in doc.pages)


def assert_embedded(path: Path) -> None:
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()


def roster() -> Roster:
    rows = [
        RosterRow(name="王小明", unit="人事室", attendance="出席2", credit_minutes=360),
        RosterRow(
            name="陳堃喆",
            unit="會計室",
            attendance="出席1、請假1",
            leave_minutes=90,
            credit_minutes=270,
        ),
        RosterRow(
            name="林綉犇",
            unit="政風室",
            attendance="出席1、請假1",
            leave_minutes=180,
            credit_minutes=0,
            reason="請假逾三分之一",
        ),
        RosterRow(name="張峯着", unit="秘書室", attendance="出席1、缺課1", reason="未請假缺課"),
        RosterRow(name="李備取", unit="秘書室", status="備取"),
    ]
    return Roster(
        agency="新竹市政府",
        class_title="公文寫作研習班",
        class_code="109-012",
        start_date=date(2020, 3, 5),
        end_date=date(2020, 3, 6),
        class_minutes=360,
        rows=rows,
    )


def test_roster_lists_leave_credit_and_reason(tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    build_roster([roster()], out, find_font())
    pages, text = all_text(out)
    assert pages == 1
    assert text.startswith("新竹市政府 公文寫作研習班 班期成績冊")
    assert "期間：中華民國109年3月5日至3月6日" in text and "課程時數：6 小時" in text
    lines = text.splitlines()
    row = next(line for line in lines if "陳堃喆" in line)
    assert "1.5" in row and "4.5" in row
    assert "請假逾三分之一" in next(line for line in lines if "林綉犇" in line)
    assert "未請假缺課" in next(line for line in lines if "張峯着" in line)
    assert "參訓 4 人：取得學習時數 2 人，未取得 2 人；核給學習時數合計 10.5 小時" in text
    assert "第 1 頁／共 1 頁" in text and "單位主管" in text
    assert_embedded(out)


def test_questionnaire_is_one_page_with_every_question(tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    q = Questionnaire(
        agency="新竹市政府",
        class_title="公文寫作研習班",
        class_date=date(2020, 3, 5),
        instructor="王大明",
    )
    build_questionnaire(q, out, find_font())
    pages, text = all_text(out)
    assert pages == 1
    assert text.startswith("新竹市政府 公文寫作研習班 滿意度調查表")
    assert "研習日期：中華民國109年3月5日" in text and "講座：王大明" in text
    flat = text.replace("\n", "")
    for label in SATISFACTION_SCALE:
        assert label in flat
    for _section, items in DEFAULT_QUESTION_SECTIONS:
        for item in items:
            assert item in flat
    for question in DEFAULT_OPEN_QUESTIONS:
        assert question in flat
    assert text.count("□") >= 10 * len(SATISFACTION_SCALE)
    assert_embedded(out)


def test_questionnaire_without_questions_is_refused(tmp_path: Path) -> None:
    q = Questionnaire(agency="機關", class_title="課程", sections=(("空", ()),))
    with pytest.raises(ValueError, match="至少要有一個題目"):
        build_questionnaire(q, tmp_path / "q.pdf", find_font())

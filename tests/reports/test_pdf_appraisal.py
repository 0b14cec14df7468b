"""The appraisal forms: 平時成績考核紀錄表 (blank and filled), 考績清冊 by 官等 and
考績通知書 — one page per form, the Chinese read back exactly, every font embedded."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
from pypdf import PdfReader

from hrplanner.domain.appraisal.notice import REMEDIES_NOTICE
from hrplanner.reports.pdf.appraisal_data import (
    AppraisalList,
    InterimForm,
    InterimItemLine,
    ListGroup,
    ListLine,
    Notice,
)
from hrplanner.reports.pdf.appraisal_list import build_appraisal_lists
from hrplanner.reports.pdf.appraisal_notice import build_notices
from hrplanner.reports.pdf.interim_form import build_interim_forms

LEVELS = (("A", "優異"), ("B", "良好"), ("C", "尚可"), ("D", "待改進"), ("E", "不佳"))


def pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as doc:
        return [p.extract_text() or "" for p in doc.pages]


def assert_embedded(path: Path) -> None:
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()


def form(name: str, blank: bool = False, supervisor: bool = False) -> InterimForm:
    items = (
        InterimItemLine(name="工作知能", level="A"),
        InterimItemLine(name="創新研究", level="B"),
        InterimItemLine(name="服務態度", level="A"),
        InterimItemLine(name="品德操守", level="C"),
        InterimItemLine(
            name="領導協調", level="B" if supervisor else "", rated=supervisor, note="（主管人員）"
        ),
    )
    return InterimForm(
        agency="新竹市政府",
        roc_year=114,
        period=1,
        period_text="1月至4月",
        unit="人事處",
        title="科員",
        name=name,
        items=items,
        levels=LEVELS,
        facts="主辦年度訓練計畫，如期完成；協助同仁辦理終身學習時數登錄。",
        appraiser="張峯着",
        blank=blank,
    )


def test_interim_forms_one_page_each_filled_and_blank(tmp_path: Path) -> None:
    out = tmp_path / "f.pdf"
    build_interim_forms([form("陳堃喆"), form("林綉犇", blank=True)], out)
    first, second = pages(out)
    assert "新竹市政府 公務人員平時成績考核紀錄表" in first
    assert "考核期間：中華民國114年1月至4月（第1期）" in first
    assert "姓名：陳堃喆" in first and "考核人：張峯着" in first
    assert "主辦年度訓練計畫，如期完成" in first
    assert first.count("■") == 4 and "—" in first  # four items rated, 領導協調 not
    assert "受考人" in first and "考核人（單位主管）" in first and "機關首長" in first
    assert "林綉犇" in second and "■" not in second and "主辦年度訓練計畫" not in second
    assert "張峯着" not in second
    assert_embedded(out)


def test_the_list_for_the_committee_by_rank_group(tmp_path: Path) -> None:
    line = ListLine(
        unit="人事處",
        title="專員",
        name="王小明",
        item_score="82",
        net_points="+3",
        score="85",
        grade="甲",
        evidence="記功 2 次（二次以上）。",
        status="已評擬",
    )
    data = AppraisalList(
        agency="新竹市政府",
        roc_year=114,
        kind="年終考績",
        groups=(
            ListGroup(rank_group="簡任", lines=(line,), summary="1 人（甲 1、乙 0、丙 0、丁 0）"),
            ListGroup(rank_group="薦任", lines=(line,) * 30, summary="30 人（甲 30）"),
        ),
        statistics=(("簡任", "1", "1", "0", "0", "0", "0", "100%", "75%", "0"),),
        meeting_date=date(2026, 1, 8),
        members=("主任委員 張峯着", "委員 陳堃喆"),
        warnings=("簡任年終考績甲等 1 人，占 1 人的 100%，超過 75%；依比例至多 0 人列甲等。",),
    )
    out = tmp_path / "l.pdf"
    build_appraisal_lists([data], out)
    text = "\n".join(pages(out))
    assert "新竹市政府 114年年終考績清冊" in text
    assert "考績委員會開會日期：中華民國115年1月8日" in text
    assert "簡任：1 人（甲 1、乙 0、丙 0、丁 0）" in text and "薦任：30 人（甲 30）" in text
    assert "依比例至多 0 人列甲等" in text and "第 1 頁／共 2 頁" in text
    assert_embedded(out)


def test_notices_with_the_effect_and_remedies_for_d(tmp_path: Path) -> None:
    base: dict[str, Any] = dict(
        agency="新竹市政府",
        head_title="市長",
        head_name="高虹安",
        roc_year=114,
        kind="年終考績",
        unit="人事處",
        title="科員",
        employee_no="A001",
        issue_date=date(2026, 1, 20),
    )
    good = Notice(
        **base,
        name="陳堃喆",
        score=85,
        grade="甲",
        effect="晉本俸一級，並給與一個月俸給總額之一次獎金",
        article="公務人員考績法第七條第一項第一款",
        net_points="+3",
    )
    bad = Notice(
        **base,
        name="林綉犇",
        score=55,
        grade="丁",
        effect="免職",
        article="公務人員考績法第七條第一項第四款",
        remedies=REMEDIES_NOTICE,
    )
    out = tmp_path / "n.pdf"
    build_notices([good, bad], out)
    first, second = (p.replace("\n", "") for p in pages(out))
    assert "新竹市政府 公務人員考績通知書" in first
    assert (
        "依公務人員考績法第七條第一項第一款規定：晉本俸一級，並給與一個月俸給總額之一次獎金。"
        in first
    )
    assert "85分" in first and "甲等" in first and "中華民國115年1月20日" in first
    assert "救濟" not in first
    assert "免職" in second and "公務人員保障暨培訓委員會提起復審" in second
    assert_embedded(out)

"""The 資料來源 text of a binding: parsing, rendering and refusals (SPEC R15)."""

from __future__ import annotations

import pytest

from hrplanner.domain.plans.binding_text import MANUAL, parse_binding, render_binding
from hrplanner.domain.plans.measures import Binding, BindingError


def test_the_example_of_the_brief_round_trips() -> None:
    text = "classes_held(類別=公務倫理,標題含=核心價值)"
    binding = parse_binding(text)
    assert binding == Binding(
        "classes_held", (("category", ("公務倫理",)), ("title", ("核心價值",)))
    )
    assert render_binding(binding) == text


@pytest.mark.parametrize(
    ("text", "rendered"),
    [
        ("compliance_rate", "compliance_rate"),
        ("compliance_rate()", "compliance_rate"),
        (" 學習時數達成率 ", "compliance_rate"),
        (
            "辦理班期數（類別＝公務倫理，標題含＝核心價值）",
            "classes_held(類別=公務倫理,標題含=核心價值)",
        ),
        (
            "classes_held(標題含=核心價值, 類別=公務倫理)",
            "classes_held(類別=公務倫理,標題含=核心價值)",
        ),
        (
            "classes_held(category=公務倫理;title=核心價值)",
            "classes_held(類別=公務倫理,標題含=核心價值)",
        ),
        ("classes_held(類別：公務倫理)", "classes_held(類別=公務倫理)"),
        ("person_times(學習類別=人權教育|行政中立)", "person_times(學習類別=人權教育|行政中立)"),
        (
            "person_times(學習類別=人權教育｜行政中立|人權教育)",
            "person_times(學習類別=人權教育|行政中立)",
        ),
        ("hours_total(標題含=「倫理,價值」)", "hours_total(標題含=「倫理,價值」)"),
        ('hours_total(標題含="倫理（進階）")', "hours_total(標題含=「倫理（進階）」)"),
        ("hours_total(標題含=AI=未來)", "hours_total(標題含=「AI=未來」)"),
        ("mode_participation(分母=預算員額)", "mode_participation(分母=預算員額)"),
        (
            "mode_participation(學習性質=數位,分母=預算員額)",
            "mode_participation(學習性質=數位,分母=預算員額)",
        ),
        (
            "study_people(進修類別=部分辦公時間進修|全時進修)",
            "study_people(進修類別=部分辦公時間進修|全時進修)",
        ),
        ("interim_on_time_rate(期別=1)", "interim_on_time_rate(期別=1)"),
        ("classes_held(類別=公務倫理,)", "classes_held(類別=公務倫理)"),
    ],
)
def test_parse_and_render(text: str, rendered: str) -> None:
    binding = parse_binding(text)
    assert render_binding(binding) == rendered
    assert parse_binding(rendered) == binding


@pytest.mark.parametrize("text", ["手動", "", None, "  ", "manual", "手動輸入"])
def test_manual_means_no_binding(text: str | None) -> None:
    assert parse_binding(text) is None
    assert render_binding(None) == MANUAL


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("classes_held(類別=公務倫理", "括號沒有成對"),
        ("classes_held類別=公務倫理)", "括號沒有成對"),
        ("classes_held(類別=(公務倫理))", "括號沒有成對"),
        ("classes_held(類別=公務倫理) 另計", "右括號之後還有文字"),
        ("classes_held(公務倫理)", "參數「公務倫理」缺少「=」"),
        ("classes_held(類別=a,b)", "參數「b」缺少「=」"),
        ("classes_held(標題含=「核心價值)", "引號沒有成對"),
        ("classes_hold(類別=a)", "沒有名為「classes_hold」的衡量方式；可用的有：compliance_rate"),
        ("compliance_rate(類別=a)", "compliance_rate 不需要參數"),
        ("classes_held(顏色=紅)", "沒有參數「顏色」；可用的有：類別、學習類別、標題含"),
        ("classes_held(類別=a,category=b)", "參數「類別」重複"),
        ("classes_held(類別=)", "參數「類別」沒有值"),
        ("classes_held(類別=a||b)", "參數「類別」沒有值"),
        ("mode_participation(分母=人口)", "「人口」不在可選範圍內：在職人員、預算員額"),
        ("mode_participation(分母=預算員額|在職人員)", "參數「分母」只能有一個值"),
        ("study_people(進修類別=出國進修)", "不在可選範圍內"),
        ("mode_participation(學習性質=函授)", "「函授」不在可選範圍內：實體、數位、混成"),
    ],
)
def test_parse_errors_name_the_text_and_the_problem(text: str, message: str) -> None:
    with pytest.raises(BindingError) as caught:
        parse_binding(text)
    assert str(caught.value).startswith(f"資料來源「{text}」無法使用：")
    assert message in str(caught.value)

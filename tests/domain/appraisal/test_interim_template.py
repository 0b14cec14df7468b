"""The default interim template and the editing rules (SPEC R13)."""

from __future__ import annotations

import pytest

from hrplanner.domain.appraisal.interim_template import (
    DEFAULT_INTERIM_TEMPLATE,
    InterimItem,
    InterimLevel,
    InterimTemplate,
    template_from_data,
    template_problems,
    template_to_data,
)
from hrplanner.domain.appraisal.problems import AppraisalInvalid, codes

T = DEFAULT_INTERIM_TEMPLATE


def test_default_items() -> None:
    assert T.item_names == ("工作知能", "創新研究", "服務態度", "品德操守", "領導協調")
    assert [i.name for i in T.items if i.supervisors_only] == ["領導協調"]
    assert [i.name for i in T.items_for(supervisor=False)] == [
        "工作知能",
        "創新研究",
        "服務態度",
        "品德操守",
    ]
    assert len(T.items_for(supervisor=True)) == 5


def test_default_levels() -> None:
    assert T.level_codes == ("A", "B", "C", "D", "E")
    assert [lv.label for lv in T.levels] == ["優異", "良好", "尚可", "待改進", "不佳"]
    assert T.level_label("D") == "待改進"
    assert T.level_label("F") is None


@pytest.mark.parametrize(
    ("items", "levels", "expected"),
    [
        pytest.param((), T.levels, ("template_no_items",), id="no-items"),
        pytest.param(T.items, (), ("template_no_levels",), id="no-levels"),
        pytest.param(
            (InterimItem("工作知能"), InterimItem("工作知能")),
            T.levels,
            ("template_duplicate_item",),
            id="duplicate-item",
        ),
        pytest.param((InterimItem(" "),), T.levels, ("template_blank_item",), id="blank-item"),
        pytest.param(
            (InterimItem("領導協調", supervisors_only=True),),
            T.levels,
            ("template_supervisors_only",),
            id="only-supervisor-items",
        ),
        pytest.param(
            T.items,
            (InterimLevel("A", "優"), InterimLevel("A", "甲")),
            ("template_duplicate_level",),
            id="duplicate-level",
        ),
        pytest.param(
            T.items, (InterimLevel("", "優"),), ("template_blank_level",), id="blank-level"
        ),
    ],
)
def test_template_problems(
    items: tuple[InterimItem, ...], levels: tuple[InterimLevel, ...], expected: tuple[str, ...]
) -> None:
    assert codes(template_problems(items, levels)) == expected
    with pytest.raises(AppraisalInvalid):
        InterimTemplate(items, levels)


def test_an_edited_template() -> None:
    edited = InterimTemplate(
        (*T.items, InterimItem("資訊安全")), (InterimLevel("優", "優"), InterimLevel("可", "可"))
    )
    assert "資訊安全" in edited.item_names and edited.level_codes == ("優", "可")


def test_round_trip_as_plain_data() -> None:
    data = template_to_data(T)
    assert data["items"][4] == {"name": "領導協調", "supervisors_only": True}
    assert template_from_data(data) == T


def test_malformed_data_is_refused() -> None:
    with pytest.raises(ValueError):
        template_from_data({"items": [{"title": "x"}], "levels": []})

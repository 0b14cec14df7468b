"""The interim appraisal's items and level scale, an editable template (SPEC R13).

The default follows the 平時成績考核紀錄表: five items, 領導協調 for supervisors only, and
levels A–E. The labels of the levels are this program's choice of plain official wording
(優異, 良好, 尚可, 待改進, 不佳); agencies that print other words edit the template. A
template is stored as plain data (:func:`template_to_data` / :func:`template_from_data`),
so a setting can hold it as JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from hrplanner.domain.appraisal.problems import AppraisalInvalid, Problem
from hrplanner.i18n import _


@dataclass(frozen=True)
class InterimItem:
    """One 考核項目; ``supervisors_only`` items are rated for 主管人員 only."""

    name: str
    supervisors_only: bool = False


@dataclass(frozen=True)
class InterimLevel:
    """One step of the scale: its code (what the workbook cell holds) and its label."""

    code: str
    label: str


@dataclass(frozen=True)
class InterimTemplate:
    """Items and levels of the interim appraisal; build it through the constructor, which
    refuses an unusable template with every problem named."""

    items: tuple[InterimItem, ...]
    levels: tuple[InterimLevel, ...]

    def __post_init__(self) -> None:
        problems = template_problems(self.items, self.levels)
        if problems:
            raise AppraisalInvalid(problems)

    def items_for(self, supervisor: bool) -> tuple[InterimItem, ...]:
        """The items rated for a person: supervisors get every item."""
        return tuple(i for i in self.items if supervisor or not i.supervisors_only)

    def item(self, name: str) -> InterimItem | None:
        return next((i for i in self.items if i.name == name), None)

    @property
    def item_names(self) -> tuple[str, ...]:
        return tuple(i.name for i in self.items)

    @property
    def level_codes(self) -> tuple[str, ...]:
        return tuple(level.code for level in self.levels)

    def level_label(self, code: str) -> str | None:
        return next((lv.label for lv in self.levels if lv.code == code), None)


def template_problems(
    items: Sequence[InterimItem], levels: Sequence[InterimLevel]
) -> tuple[Problem, ...]:
    """What makes a template unusable, for the editor screen (empty when it is fine)."""
    problems: list[Problem] = []
    if not items:
        problems.append(Problem("template_no_items", _("平時考核至少須有一個考核項目。")))
    if not levels:
        problems.append(Problem("template_no_levels", _("平時考核至少須有一個考核等級。")))
    names = [i.name.strip() for i in items]
    if any(not n for n in names):
        problems.append(Problem("template_blank_item", _("考核項目名稱不可空白。")))
    for name in sorted({n for n in names if n and names.count(n) > 1}):
        problems.append(
            Problem("template_duplicate_item", _("考核項目「{name}」重複。").format(name=name))
        )
    if items and all(i.supervisors_only for i in items):
        problems.append(
            Problem(
                "template_supervisors_only",
                _("至少須有一個考核項目適用於非主管人員。"),
            )
        )
    codes = [lv.code.strip() for lv in levels]
    if any(not c for c in codes):
        problems.append(Problem("template_blank_level", _("考核等級代碼不可空白。")))
    for code in sorted({c for c in codes if c and codes.count(c) > 1}):
        problems.append(
            Problem("template_duplicate_level", _("考核等級「{code}」重複。").format(code=code))
        )
    return tuple(problems)


DEFAULT_INTERIM_TEMPLATE = InterimTemplate(
    items=(
        InterimItem("工作知能"),
        InterimItem("創新研究"),
        InterimItem("服務態度"),
        InterimItem("品德操守"),
        InterimItem("領導協調", supervisors_only=True),
    ),
    levels=(
        InterimLevel("A", "優異"),
        InterimLevel("B", "良好"),
        InterimLevel("C", "尚可"),
        InterimLevel("D", "待改進"),
        InterimLevel("E", "不佳"),
    ),
)


def template_to_data(template: InterimTemplate) -> dict[str, list[dict[str, Any]]]:
    """The template as JSON-ready data."""
    return {
        "items": [{"name": i.name, "supervisors_only": i.supervisors_only} for i in template.items],
        "levels": [{"code": lv.code, "label": lv.label} for lv in template.levels],
    }


def template_from_data(data: Mapping[str, Any]) -> InterimTemplate:
    """A template from :func:`template_to_data`'s shape; raises AppraisalInvalid (or
    ValueError for a malformed shape) rather than guessing."""
    try:
        items = tuple(
            InterimItem(str(i["name"]), bool(i.get("supervisors_only", False)))
            for i in data["items"]
        )
        levels = tuple(InterimLevel(str(lv["code"]), str(lv["label"])) for lv in data["levels"])
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(_("平時考核範本的資料格式不正確。")) from exc
    return InterimTemplate(items, levels)

"""Pickers for the demo agency's appraisals: realistic 獎懲, leave, interim levels and facts,
and year-end scores with a believable 甲 share, each a function of a seeded random source.
Pure values; ``demo.appraisal`` writes them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from fractions import Fraction

from hrplanner.domain.appraisal.leave import LeaveSummary
from hrplanner.domain.appraisal.score import appraisal_score
from hrplanner.domain.appraisal.vocabulary import DEFAULT_COMPONENT_LIMITS, Component, Grade

# (kind, chance per person and year, counts to choose from)
REWARD_CHANCES: tuple[tuple[str, float, tuple[int, ...]], ...] = (
    ("嘉獎", 0.32, (1, 1, 1, 2, 2, 3)),
    ("記功", 0.07, (1, 1, 1, 2)),
    ("記大功", 0.004, (1,)),
    ("申誡", 0.04, (1, 1, 2)),
    ("記過", 0.008, (1,)),
    ("記大過", 0.001, (1,)),
)
REWARD_REASONS = {
    "嘉獎": (
        "辦理年度訓練業務績效良好",
        "協助辦理大型活動圓滿完成",
        "為民服務態度良好獲民眾肯定",
        "如期完成預算編製作業",
        "辦理防汛整備工作認真",
    ),
    "記功": ("推動數位服務成效卓著", "辦理專案業務績效優良", "協助處理重大災害搶修"),
    "記大功": ("研提重大興革建議經採行，績效卓著",),
    "申誡": ("公文處理逾期", "未依規定辦理請假手續"),
    "記過": ("辦理採購作業違反規定", "處理業務疏失致生不良影響"),
    "記大過": ("違反行政中立規定，情節重大",),
}
FACTS = (
    "工作積極負責，如期完成交辦事項。",
    "熟悉業務法令，處理案件正確迅速。",
    "服務態度親切，獲民眾書面肯定。",
    "主動研提工作改善建議，簡化作業流程。",
    "協助同仁辦理業務，團隊合作良好。",
    "公文處理偶有延誤，已提醒改善。",
    "參加專業訓練，將所學應用於業務。",
    "辦理年度計畫執行率達百分之百。",
    "遵守紀律，品德操守良好。",
    "帶領同仁完成年度重點工作，協調能力佳。",
)
D_FACTS = "屢經督導仍怠忽職守，延誤公務造成重大不良後果，有確實證據。"
LEVEL_WEIGHTS = {"A": 30, "B": 48, "C": 17, "D": 4, "E": 1}


@dataclass(frozen=True)
class RewardDraw:
    kind: str
    count: int
    day: dt.date
    reason: str


def rewards_for(rng: random.Random, first: dt.date, last: dt.date) -> list[RewardDraw]:
    """A person's 獎懲 between ``first`` and ``last`` (often none)."""
    found = []
    span = (last - first).days
    for kind, chance, counts in REWARD_CHANCES:
        if rng.random() < chance:
            day = first + dt.timedelta(days=rng.randrange(max(1, span + 1)))
            found.append(
                RewardDraw(kind, rng.choice(counts), day, rng.choice(REWARD_REASONS[kind]))
            )
    return found


def leave_for(rng: random.Random, share_of_year: float) -> LeaveSummary:
    """事病假 in half days (a few over 14), 曠職 rarely, late arrivals mostly none."""
    band = rng.random()
    if band < 0.6:
        halves = rng.randint(0, 10)
    elif band < 0.85:
        halves = rng.randint(10, 20)
    elif band < 0.96:
        halves = rng.randint(20, 28)
    else:
        halves = rng.randint(29, 50)
    halves = round(halves * share_of_year)
    absent = Fraction(rng.choice((1, 2, 4)), 2) if rng.random() < 0.006 else Fraction(0)
    late_band = rng.random()
    late = 0 if late_band < 0.7 else (rng.randint(1, 5) if late_band < 0.96 else rng.randint(6, 15))
    return LeaveSummary(Fraction(halves, 2), absent, round(late * share_of_year))


def target_grade(rng: random.Random, a_share: float) -> Grade:
    roll = rng.random()
    if roll < a_share:
        return Grade.A
    if roll < a_share + (1 - a_share) * 0.93:
        return Grade.B
    return Grade.C


def bounded_grade(wanted: Grade, net: int, leave: LeaveSummary | None) -> Grade:
    """The grade a committee would give: no 甲 against a bar of 細則 §4, and the 獎懲 rules
    of 考績法 §12 (the demo's records pass their own checks, but for a few)."""
    grade = wanted
    barred = net <= -3 or (
        leave is not None and (leave.absent_days > 0 or leave.sick_personal_days > 14)
    )
    if grade == Grade.A and barred:
        grade = Grade.B
    if net >= 18:
        grade = Grade.A
    elif net >= 9 and grade.is_worse_than(Grade.B):
        grade = Grade.B
    if net <= -18:
        grade = Grade.D
    elif net <= -9 and grade.is_better_than(Grade.C):
        grade = Grade.C
    return grade


_SCORE_RANGES = {Grade.A: (80, 92), Grade.B: (71, 79), Grade.C: (62, 69), Grade.D: (50, 58)}


def item_for(rng: random.Random, grade: Grade, net: int) -> int:
    """An item score whose 考績分數 with ``net`` lands in ``grade``'s band."""
    low, high = _SCORE_RANGES[grade]
    wanted = rng.randint(low, high)
    item = max(0, min(100, wanted - net))
    for _attempt in range(40):
        if appraisal_score(item, net).grade == grade:
            return item
        item = max(0, min(100, item + (1 if appraisal_score(item, net).score < low else -1)))
    return item


def split(item: int) -> tuple[int, int, int, int]:
    """The four components adding up to ``item`` within their limits (65/15/10/10)."""
    limits = [DEFAULT_COMPONENT_LIMITS[c] for c in Component]
    parts = [item * limit // 100 for limit in limits]
    rest = item - sum(parts)
    for i, limit in enumerate(limits):
        add = min(rest, limit - parts[i])
        parts[i] += add
        rest -= add
    work, conduct, knowledge, ability = parts
    return work, conduct, knowledge, ability


def level(rng: random.Random, quality: float) -> str:
    """A level, better for people of higher ``quality`` (0–1)."""
    weights = dict(LEVEL_WEIGHTS)
    weights["A"] = round(weights["A"] * (0.4 + quality * 1.6))
    weights["C"] = round(weights["C"] * (1.6 - quality))
    return rng.choices(list(weights), weights=list(weights.values()))[0]

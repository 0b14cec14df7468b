"""甲等 evidence the data already show (SPEC R14 *甲等 evidence*; 細則 §4).

The screen lists, beside the grade, those 細則 §4 conditions for 甲 that the records bear
out; the committee judges the rest (most conditions are facts no database holds):

- rewards adding up to 一大功 — the net after offsetting, as 考績法 §12 offsets them
  (a special condition);
- 記功 given twice or more (the times of the kind 記功 itself);
- more than 120 credited learning hours in the year (120 h exactly is not "more than");
- no late arrival, early leave or 曠職, with 事病假 ≤ 5 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from hrplanner.domain.appraisal.leave import LeaveSummary
from hrplanner.domain.appraisal.problems import number_text
from hrplanner.domain.appraisal.rewards import RewardTally
from hrplanner.domain.appraisal.vocabulary import ONE_MAJOR, RewardKind
from hrplanner.domain.hours import format_hours
from hrplanner.domain.requirement import FLAG_MINUTES
from hrplanner.i18n import _

EVIDENCE_MERIT_TIMES = 2
EVIDENCE_LEAVE_DAYS = 5


class EvidenceCode(StrEnum):
    ONE_MAJOR_MERIT = "one_major_merit"
    MERITS_TWICE = "merits_twice"
    LEARNING_HOURS = "learning_hours"
    FULL_ATTENDANCE = "full_attendance"


@dataclass(frozen=True)
class Evidence:
    """One condition for 甲 that the data show; ``special`` for a 細則 §4 特殊條件."""

    code: str
    message: str
    special: bool = False

    def __str__(self) -> str:
        return self.message


def a_grade_evidence(
    rewards: RewardTally,
    leave: LeaveSummary | None,
    credited_minutes: int,
    hours_threshold_minutes: int = FLAG_MINUTES,
) -> tuple[Evidence, ...]:
    """The 甲等 conditions the records show for one person and year, in a stable order.

    ``credited_minutes`` are the year's credited learning minutes (R5–R6); a missing leave
    summary shows no attendance evidence (nothing is assumed).
    """
    found: list[Evidence] = []
    if rewards.net >= ONE_MAJOR:
        found.append(
            Evidence(
                EvidenceCode.ONE_MAJOR_MERIT.value,
                _("獎懲抵銷後增加 {points} 分，達一大功。").format(points=rewards.net),
                special=True,
            )
        )
    merits = rewards.count(RewardKind.MERIT)
    if merits >= EVIDENCE_MERIT_TIMES:
        found.append(
            Evidence(
                EvidenceCode.MERITS_TWICE.value,
                _("記功 {times} 次（二次以上）。").format(times=merits),
            )
        )
    if credited_minutes > hours_threshold_minutes:
        found.append(
            Evidence(
                EvidenceCode.LEARNING_HOURS.value,
                _("全年學習時數 {hours} 小時，超過 {limit} 小時。").format(
                    hours=format_hours(credited_minutes),
                    limit=format_hours(hours_threshold_minutes),
                ),
            )
        )
    if (
        leave is not None
        and leave.late_count == 0
        and leave.absent_days == 0
        and leave.sick_personal_days <= EVIDENCE_LEAVE_DAYS
    ):
        found.append(
            Evidence(
                EvidenceCode.FULL_ATTENDANCE.value,
                _("無遲到、早退及曠職紀錄，事病假 {days} 日（五日以內）。").format(
                    days=number_text(Fraction(leave.sick_personal_days))
                ),
            )
        )
    return tuple(found)

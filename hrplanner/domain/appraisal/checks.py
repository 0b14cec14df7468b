"""The named problems of one person's year-end or part-year appraisal (SPEC R14 *Checks*).

Three families, each problem a code and a whole sentence, and never a silent change:

- 獎懲 against grade (考績法 §12–13): net ≥ +18 (二大功) and below 甲; net ≥ +9 (一大功) and
  below 乙; net ≤ −9 (一大過) and above 丙; net ≤ −18 (二大過) and above 丁. Only the
  strongest rule that applies is reported (a grade below 乙 with +18 is one problem, not two).
- 甲 although a bar of 細則 §4 applies: net ≤ −3 after offsetting (記過 or worse; not repeated
  when the 一大過 rule already fires), 曠職 ≥ 1 day, 事病假 > 14 days (protected kinds already
  left out, see :mod:`.leave`), a recorded 刑事/懲戒處分. A 甲 with no leave summary recorded
  is reported too, because the bars could not be checked.
- 丁 without a recorded ground of 考績法 §6 or the 二大過 rule; a recorded 二大過 ground
  that the net points do not bear out.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from hrplanner.domain.appraisal.leave import LeaveSummary
from hrplanner.domain.appraisal.problems import Problem, number_text, signed_points_text
from hrplanner.domain.appraisal.vocabulary import (
    ONE_MAJOR,
    TWO_MAJOR,
    TWO_MAJOR_DEMERITS_GROUND,
    Grade,
    d_ground,
)
from hrplanner.i18n import _

# 細則 §4 bars to 甲: net penalty of at least 記過 (3 points), any 曠職, 事病假 over 14 days.
A_BAR_NET_POINTS = -3
A_BAR_LEAVE_DAYS = 14


class CheckCode(StrEnum):
    MERITS_TWO_MAJOR_BELOW_A = "merits_two_major_below_a"
    MERITS_ONE_MAJOR_BELOW_B = "merits_one_major_below_b"
    DEMERITS_ONE_MAJOR_ABOVE_C = "demerits_one_major_above_c"
    DEMERITS_TWO_MAJOR_ABOVE_D = "demerits_two_major_above_d"
    A_BARRED_NET_PENALTY = "a_barred_net_penalty"
    A_BARRED_ABSENCE = "a_barred_absence"
    A_BARRED_LEAVE = "a_barred_leave"
    A_BARRED_PUNISHMENT = "a_barred_punishment"
    A_LEAVE_UNKNOWN = "a_leave_unknown"
    D_WITHOUT_GROUND = "d_without_ground"
    D_GROUND_UNKNOWN = "d_ground_unknown"
    D_TWO_MAJOR_NOT_REACHED = "d_two_major_not_reached"


@dataclass(frozen=True)
class AppraisalFacts:
    """What the checks look at for one person and year.

    ``net_points`` is the net 獎懲 (see :func:`.rewards.tally`), ``leave`` the 差勤統計
    (None: not recorded), ``punished`` whether a 刑事 or 懲戒處分 in the year is recorded,
    ``d_ground`` the code of the recorded 丁等 ground (:data:`.vocabulary.D_GROUNDS`).
    """

    grade: Grade
    net_points: int
    leave: LeaveSummary | None = None
    punished: bool = False
    d_ground: str | None = None

    def __post_init__(self) -> None:
        # Storage hands over the stored word; the rules compare enum members.
        object.__setattr__(self, "grade", Grade(self.grade))


def _problem(code: CheckCode, message: str) -> Problem:
    return Problem(code.value, message)


def reward_grade_problems(grade: Grade, net_points: int) -> tuple[Problem, ...]:
    """The 考績法 §12–13 rules of net 獎懲 against the grade (at most one problem)."""
    grade = Grade(grade)
    if net_points >= TWO_MAJOR and grade.is_worse_than(Grade.A):
        message = _("獎懲抵銷後增加 {points} 分，已達二大功，考績不應低於甲等（目前為{grade}等）。")
        code = CheckCode.MERITS_TWO_MAJOR_BELOW_A
    elif ONE_MAJOR <= net_points < TWO_MAJOR and grade.is_worse_than(Grade.B):
        message = _("獎懲抵銷後增加 {points} 分，已達一大功，考績不應低於乙等（目前為{grade}等）。")
        code = CheckCode.MERITS_ONE_MAJOR_BELOW_B
    elif net_points <= -TWO_MAJOR and grade.is_better_than(Grade.D):
        message = _("獎懲抵銷後減少 {points} 分，已達二大過，考績應列丁等（目前為{grade}等）。")
        code = CheckCode.DEMERITS_TWO_MAJOR_ABOVE_D
    elif -TWO_MAJOR < net_points <= -ONE_MAJOR and grade.is_better_than(Grade.C):
        message = _("獎懲抵銷後減少 {points} 分，已達一大過，考績不應高於丙等（目前為{grade}等）。")
        code = CheckCode.DEMERITS_ONE_MAJOR_ABOVE_C
    else:
        return ()
    return (_problem(code, message.format(points=abs(net_points), grade=grade.value)),)


def a_bar_problems(
    facts: AppraisalFacts, leave_bar_days: Fraction | int = A_BAR_LEAVE_DAYS
) -> tuple[Problem, ...]:
    """The 細則 §4 bars that stand against a 甲 (empty for other grades)."""
    if facts.grade != Grade.A:
        return ()
    problems: list[Problem] = []
    # From −9 on, the 一大過 rule above already says the grade is too high.
    if -ONE_MAJOR < facts.net_points <= A_BAR_NET_POINTS:
        problems.append(
            _problem(
                CheckCode.A_BARRED_NET_PENALTY,
                _("獎懲抵銷後仍減少 {points} 分（記過以上），不得考列甲等。").format(
                    points=abs(facts.net_points)
                ),
            )
        )
    leave = facts.leave
    if leave is None:
        problems.append(
            _problem(
                CheckCode.A_LEAVE_UNKNOWN,
                _("考列甲等但尚未登錄差勤統計，無法檢核曠職及事病假日數。"),
            )
        )
    else:
        if leave.absent_days >= 1:
            problems.append(
                _problem(
                    CheckCode.A_BARRED_ABSENCE,
                    _("曠職 {days} 日，不得考列甲等。").format(days=number_text(leave.absent_days)),
                )
            )
        if leave.sick_personal_days > leave_bar_days:
            problems.append(
                _problem(
                    CheckCode.A_BARRED_LEAVE,
                    _("事病假合計 {days} 日，超過 {limit} 日，不得考列甲等。").format(
                        days=number_text(leave.sick_personal_days),
                        limit=number_text(Fraction(leave_bar_days)),
                    ),
                )
            )
    if facts.punished:
        problems.append(
            _problem(
                CheckCode.A_BARRED_PUNISHMENT,
                _("考績年度內曾受刑事或懲戒處分，不得考列甲等。"),
            )
        )
    return tuple(problems)


def d_ground_problems(facts: AppraisalFacts) -> tuple[Problem, ...]:
    """A 丁 needs a recorded ground; a recorded 二大過 ground needs the points to match."""
    if facts.grade != Grade.D:
        return ()
    code = (facts.d_ground or "").strip()
    if not code:
        return (
            _problem(
                CheckCode.D_WITHOUT_GROUND,
                _("考列丁等須記載考績法第六條所列情形之一，或累積達二大過之事由。"),
            ),
        )
    if d_ground(code) is None:
        return (
            _problem(
                CheckCode.D_GROUND_UNKNOWN,
                _("丁等事由代碼「{code}」無法辨識。").format(code=code),
            ),
        )
    if code == TWO_MAJOR_DEMERITS_GROUND and facts.net_points > -TWO_MAJOR:
        return (
            _problem(
                CheckCode.D_TWO_MAJOR_NOT_REACHED,
                _(
                    "丁等事由記載為累積達二大過，但獎懲抵銷後的增減分數為 {points} 分，"
                    "未達二大過（減少 18 分）。"
                ).format(points=signed_points_text(facts.net_points)),
            ),
        )
    return ()


def check_appraisal(
    facts: AppraisalFacts, leave_bar_days: Fraction | int = A_BAR_LEAVE_DAYS
) -> tuple[Problem, ...]:
    """Every R14 problem of one person's appraisal, in a stable order."""
    return (
        reward_grade_problems(facts.grade, facts.net_points)
        + a_bar_problems(facts, leave_bar_days)
        + d_ground_problems(facts)
    )

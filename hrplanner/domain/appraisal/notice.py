"""What a grade brings, for the 考績通知書 (SPEC §3.3; 考績法 §7–8, 公務人員保障法).

年終考績 (考績法 §7 I): 甲 晉本俸一級 and one month's 俸給總額 as a one-off bonus, 乙 the
step and half a month; at the top of 本俸 (or already on 年功俸) the step is one of 年功俸,
at the top of 年功俸 there is no step and the bonus is two months (甲) or one and a half
(乙); 丙 留原俸級; 丁 免職. 另予考績 (§8): 甲 one month, 乙 half a month, 丙 不予獎勵,
丁 免職. A 丁 notice carries the remedies: 復審 within 30 days from the day after it is
received, through the agency, to 公務人員保障暨培訓委員會.

The texts are the law's own wording for a printed form and are not translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from hrplanner.domain.appraisal.vocabulary import AppraisalKind, Grade

REMEDIES_NOTICE = (
    "受考人如不服本考績免職處分，得依公務人員保障法第二十五條、第三十條及第四十四條規定，"
    "自本通知書達到之次日起三十日內，繕具復審書經由本機關向公務人員保障暨培訓委員會提起復審。"
)


class PayPosition(StrEnum):
    """Where the person stands on the pay scale, which decides the 甲/乙 step (§7 I)."""

    BASE = "本俸"  # below the top of 本俸: 晉本俸一級
    TOP_OF_BASE = "本俸最高俸級或年功俸"  # 已達所敘職等本俸最高俸級或已敘年功俸級: 晉年功俸一級
    TOP_OF_MERIT = "年功俸最高俸級"  # 已敘年功俸最高俸級: no step, a larger bonus


@dataclass(frozen=True)
class NoticeContent:
    """What one appraisal brings: the printed sentence, the step (None: no step), the bonus
    in months of 俸給總額, whether it is a dismissal, the article, and the remedies (丁 only)."""

    kind: AppraisalKind
    grade: Grade
    text: str
    step: str | None
    bonus_months: Fraction
    dismissal: bool
    article: str
    remedies: str | None = None


_YEAR_END_ARTICLE = "公務人員考績法第七條第一項第{n}款"
_PART_YEAR_ARTICLE = "公務人員考績法第八條"
_NUMERALS = {Grade.A: "一", Grade.B: "二", Grade.C: "三", Grade.D: "四"}

_BONUS_TEXT = {
    Fraction(1, 2): "半個月",
    Fraction(1): "一個月",
    Fraction(3, 2): "一個半月",
    Fraction(2): "二個月",
}


def _bonus(months: Fraction) -> str:
    return f"{_BONUS_TEXT[months]}俸給總額之一次獎金"


def _year_end(grade: Grade, position: PayPosition) -> tuple[str | None, Fraction]:
    base = Fraction(1) if grade == Grade.A else Fraction(1, 2)
    if position == PayPosition.BASE:
        return "本俸一級", base
    if position == PayPosition.TOP_OF_BASE:
        return "年功俸一級", base
    return None, base + 1


def notice_content(
    kind: AppraisalKind, grade: Grade, position: PayPosition = PayPosition.BASE
) -> NoticeContent:
    """What ``grade`` of ``kind`` brings (``position`` matters for 年終 甲 and 乙 only)."""
    kind, grade, position = AppraisalKind(kind), Grade(grade), PayPosition(position)
    if kind == AppraisalKind.YEAR_END:
        article = _YEAR_END_ARTICLE.format(n=_NUMERALS[grade])
        if grade in (Grade.A, Grade.B):
            step, months = _year_end(grade, position)
            text = f"晉{step}，並給與{_bonus(months)}" if step else f"給與{_bonus(months)}"
            return NoticeContent(kind, grade, text, step, months, False, article)
        if grade == Grade.C:
            return NoticeContent(kind, grade, "留原俸級", None, Fraction(0), False, article)
    else:
        article = _PART_YEAR_ARTICLE
        if grade in (Grade.A, Grade.B):
            months = Fraction(1) if grade == Grade.A else Fraction(1, 2)
            text = f"給與{_bonus(months)}"
            return NoticeContent(kind, grade, text, None, months, False, article)
        if grade == Grade.C:
            return NoticeContent(kind, grade, "不予獎勵", None, Fraction(0), False, article)
    return NoticeContent(kind, grade, "免職", None, Fraction(0), True, article, REMEDIES_NOTICE)

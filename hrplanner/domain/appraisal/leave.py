"""A person's leave summary of a year (差勤統計, SPEC R18), used by the R14 checks only.

事病假日數 excludes the protected leave kinds (家庭照顧假, 身心調適假, 生理假, 安胎), which
never count against the 甲等 bar. Days are exact (Fraction: half days are common); late
arrivals and early leaves are a count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from hrplanner.domain.appraisal.vocabulary import PROTECTED_LEAVE_KINDS
from hrplanner.i18n import _

Days = Fraction | int | Decimal


def _days(value: object, column: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, Fraction | int | Decimal):
        # A float would make "14 days" compare as 13.999…; the importer passes Decimal.
        raise ValueError(
            _("{column}須為精確的數值（收到 {value}）").format(column=column, value=value)
        )
    days = Fraction(value)
    if days < 0:
        raise ValueError(_("{column}不可為負數（收到 {value}）").format(column=column, value=value))
    return days


@dataclass(frozen=True)
class LeaveSummary:
    """事病假日數, 曠職日數 and 遲到早退次數 of one person and year (R18).

    The day fields are stored as Fraction; int and Decimal are accepted and converted.
    """

    sick_personal_days: Fraction = Fraction(0)
    absent_days: Fraction = Fraction(0)
    late_count: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "sick_personal_days", _days(self.sick_personal_days, _("事病假日數"))
        )
        object.__setattr__(self, "absent_days", _days(self.absent_days, _("曠職日數")))
        late = self.late_count
        if isinstance(late, bool) or not isinstance(late, int) or late < 0:
            raise ValueError(_("遲到早退次數須為 0 以上的整數（收到 {value}）").format(value=late))


def is_protected_leave(kind: str) -> bool:
    """Whether a leave kind is one of those excluded from 事病假 (R14)."""
    return any(p in kind for p in PROTECTED_LEAVE_KINDS)


def sick_personal_days(days_by_kind: Mapping[str, Days]) -> Fraction:
    """事病假日數 from an attendance system's days per leave kind.

    Kinds whose name contains 事假 or 病假 count (事假, 病假, 普通傷病假, 延長病假; 公假 and
    休假 do not); a kind naming a protected one never counts, also when a system files it
    under 事假 or 病假 (``事假（家庭照顧假）``). A system that folds the protected days into
    its 事假 row must report them as rows of their own first.
    """
    total = Fraction(0)
    for kind, value in days_by_kind.items():
        name = kind.strip()
        if is_protected_leave(name):
            continue
        if "事假" in name or "病假" in name:
            total += _days(value, name)
    return total

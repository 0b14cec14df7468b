"""Study programmes (進修, SPEC R12): kinds, weekly office hours, the yearly quota, selection.

Rules of 公務人員訓練進修法施行細則 as the 新竹市政府109年訓練進修計畫 restates them:
部分辦公時間進修 takes at most eight office hours a week; the people approved for it (and for
全時進修) may not exceed one tenth of the budgeted headcount (編制內預算員額), at least one;
公餘進修 has no limit. Selecting someone for study (選送, 細則 §13) looks at the last two years'
appraisals: at least one 甲 and the other 乙 or better.

Pure functions of plain values: the study service loads :class:`StudyRecord` rows, asks
:func:`check_approval` before saving an approval and :func:`quota_usage` for the home page.
Weekly hours are exact integer minutes (:mod:`hrplanner.domain.hours`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from hrplanner.domain.appraisal.vocabulary import Grade, parse_grade
from hrplanner.domain.hours import HoursParseError, format_hours, parse_hours
from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.i18n import _, ngettext

PART_TIME = "部分辦公時間進修"
FULL_TIME = "全時進修"
OFF_HOURS = "公餘進修"
STUDY_KINDS = (PART_TIME, FULL_TIME, OFF_HOURS)
# Kinds that take one of the year's places; 公餘進修 happens outside office hours.
QUOTA_KINDS = frozenset({PART_TIME, FULL_TIME})

WEEKLY_LIMIT_MINUTES = 8 * 60
QUOTA_SHARE_DIVISOR = 10  # one place per ten budgeted posts, at least one place

# Monday first, as date.weekday() counts; 日 and 天 both mean Sunday.
WEEKDAY_NAMES = ("一", "二", "三", "四", "五", "六", "日")
_WEEKDAY_OF = {name: i for i, name in enumerate(WEEKDAY_NAMES)} | {"天": 6}
_DAY_ITEM_RE = re.compile(
    r"(?:週|周|星期|禮拜)?(?P<day>[一二三四五六日天])\s*(?:上午|下午)?\s*[:：]?\s*"
    r"(?P<hours>\d+(?:\.\d+)?\s*(?:小時|時|分鐘|分|h)?)",
    re.IGNORECASE,
)
_SEPARATORS_ONLY = re.compile(r"[、,，;；/\s]*")


class StudyRuleError(ValueError):
    """A study record or schedule that the rules of R12 do not allow; the message says why."""


@dataclass(frozen=True)
class WeeklySchedule:
    """Office hours per weekday for 部分辦公時間進修 (minutes, Monday first).

    Built by :func:`weekly_schedule` or :func:`parse_weekly_hours`; the eight-hour limit is
    also checked here, so a schedule over the limit cannot exist and so cannot be saved.
    """

    minutes: tuple[int, int, int, int, int, int, int] = (0, 0, 0, 0, 0, 0, 0)

    def __post_init__(self) -> None:
        if any(m < 0 for m in self.minutes):
            raise StudyRuleError(_("每週公假時數不可為負數。"))
        if self.total_minutes > WEEKLY_LIMIT_MINUTES:
            raise StudyRuleError(
                _("每週公假時數合計 {total} 小時，超過每人每週 8 小時的上限，無法儲存。").format(
                    total=format_hours(self.total_minutes)
                )
            )

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes)

    def by_weekday(self) -> dict[int, int]:
        """Weekday (0 = Monday) → minutes, only the days with hours."""
        return {day: m for day, m in enumerate(self.minutes) if m}


def weekly_schedule(minutes_by_weekday: Mapping[int, int]) -> WeeklySchedule:
    """A schedule from weekday (0 = Monday … 6 = Sunday) → minutes; 0-minute days are dropped.

    StudyRuleError when a weekday is out of range or the week exceeds eight hours (exactly
    eight passes).
    """
    days = [0] * 7
    for day, minutes in minutes_by_weekday.items():
        if not 0 <= day <= 6:
            raise StudyRuleError(_("星期須為 0（週一）至 6（週日），收到 {day}。").format(day=day))
        days[day] += minutes
    return WeeklySchedule((days[0], days[1], days[2], days[3], days[4], days[5], days[6]))


def parse_weekly_hours(text: str) -> WeeklySchedule:
    """``週二4小時、週四4小時``, ``二 3.5；四 4.5``, ``星期一:4, 星期三:90分鐘`` → a schedule.

    Blank text is an empty schedule. A weekday written twice adds up (週二上午2、週二下午2).
    A bare total such as ``8`` is refused: the weekdays are part of the approval.
    """
    normalized = unicodedata.normalize("NFKC", text).strip()
    if not normalized:
        return WeeklySchedule()
    hours: dict[int, int] = {}
    position = 0
    for match in _DAY_ITEM_RE.finditer(normalized):
        if not _SEPARATORS_ONLY.fullmatch(normalized, position, match.start()):
            break
        try:
            minutes = parse_hours(match["hours"])
        except HoursParseError as exc:
            raise StudyRuleError(
                _("每週公假時數「{text}」中的時數無法辨識：{reason}").format(
                    text=text.strip(), reason=exc
                )
            ) from exc
        day = _WEEKDAY_OF[match["day"]]
        hours[day] = hours.get(day, 0) + minutes
        position = match.end()
    if not hours or not _SEPARATORS_ONLY.fullmatch(normalized, position):
        raise StudyRuleError(
            _(
                "無法辨識的每週公假時數「{text}」：請逐日寫明星期與時數，如「週二4小時、週四4小時」。"
            ).format(text=text.strip())
        )
    return weekly_schedule(hours)


def format_weekly_hours(schedule: WeeklySchedule) -> str:
    """``週二4小時、週四4小時`` (the roster's wording; :func:`parse_weekly_hours` reads it)."""
    return "、".join(
        f"週{WEEKDAY_NAMES[day]}{format_hours(m)}小時" for day, m in schedule.by_weekday().items()
    )


@dataclass(frozen=True)
class StudyRecord:
    """One person's study as the quota rules see it; ``end`` None means open-ended."""

    person_id: int
    name: str
    kind: str
    start: date
    end: date | None = None
    approved_on: date | None = None  # the head's approval; unapproved records hold no place
    weekly: WeeklySchedule | None = None
    job_related: bool | None = None
    record_id: int | None = None


# The fields a problem of :func:`study_record_issues` is about.
KIND_FIELD, END_FIELD, WEEKLY_FIELD = "kind", "end", "weekly"


def study_record_issues(record: StudyRecord) -> list[tuple[str, str]]:
    """Why ``record`` cannot be saved, as (field, message): ``kind``, ``end`` or ``weekly``."""
    problems: list[tuple[str, str]] = []
    if record.kind not in STUDY_KINDS:
        problems.append(
            (
                KIND_FIELD,
                _("進修類別「{kind}」無法辨識，只能是{kinds}。").format(
                    kind=record.kind, kinds="、".join(STUDY_KINDS)
                ),
            )
        )
    if record.end is not None and record.end < record.start:
        problems.append((END_FIELD, _("進修結束日期早於起始日期。")))
    has_hours = record.weekly is not None and record.weekly.total_minutes > 0
    if record.kind == PART_TIME and not has_hours:
        problems.append((WEEKLY_FIELD, _("部分辦公時間進修須填每週公假時數（星期與時數）。")))
    if record.kind != PART_TIME and has_hours:
        problems.append((WEEKLY_FIELD, _("只有部分辦公時間進修可以填每週公假時數。")))
    return problems


def study_record_problems(record: StudyRecord) -> list[str]:
    """Why ``record`` cannot be saved (empty when it can)."""
    return [message for _field, message in study_record_issues(record)]


def study_record_warnings(record: StudyRecord) -> list[str]:
    """What the officer should look at although the record can be saved."""
    warnings: list[str] = []
    # 進修計畫: 須經服務機關認定與業務有關，並於入學前簽報機關首長同意後，始得前往進修.
    if record.approved_on is not None and record.approved_on > record.start:
        warnings.append(_("核准日期晚於進修起始日期；進修應於入學前簽報機關首長同意。"))
    if record.job_related is False:
        warnings.append(_("本進修未經機關認定與業務有關。"))
    return warnings


def study_quota(budgeted_headcount: int) -> int:
    """Places for 全時 and 部分辦公時間進修 in a year: max(1, ⌊headcount ÷ 10⌋)."""
    if budgeted_headcount < 0:
        raise StudyRuleError(_("編制內預算員額不可為負數。"))
    return max(1, budgeted_headcount // QUOTA_SHARE_DIVISOR)


def overlaps_year(start: date, end: date | None, year: int) -> bool:
    """Whether a period touches the Gregorian ``year``; touching 1 Jan or 31 Dec counts."""
    return start <= date(year, 12, 31) and (end is None or end >= date(year, 1, 1))


def takes_place(record: StudyRecord, year: int) -> bool:
    """Whether ``record`` holds one of ``year``'s places: approved, of a quota kind, in the year."""
    return (
        record.kind in QUOTA_KINDS
        and record.approved_on is not None
        and overlaps_year(record.start, record.end, year)
    )


def place_holders(records: Iterable[StudyRecord], year: int) -> tuple[StudyRecord, ...]:
    """One record per person holding a place in ``year`` (their earliest), by start and name."""
    first: dict[int, StudyRecord] = {}
    for record in records:
        if not takes_place(record, year):
            continue
        held = first.get(record.person_id)
        if held is None or record.start < held.start:
            first[record.person_id] = record
    return tuple(sorted(first.values(), key=lambda r: (r.start, r.name, r.person_id)))


@dataclass(frozen=True)
class YearQuota:
    """A year's places: the quota and the people holding them (one record each)."""

    year: int
    quota: int
    holders: tuple[StudyRecord, ...]

    @property
    def used(self) -> int:
        return len(self.holders)

    @property
    def left(self) -> int:
        return max(0, self.quota - self.used)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.holders)


def quota_usage(records: Iterable[StudyRecord], year: int, budgeted_headcount: int) -> YearQuota:
    """The places of ``year`` and who holds them (the home page's 進修名額)."""
    return YearQuota(year, study_quota(budgeted_headcount), place_holders(records, year))


@dataclass(frozen=True)
class ApprovalCheck:
    """Whether an approval fits the quota; when not, the full years and who holds them."""

    fits: bool
    full_years: tuple[YearQuota, ...] = ()
    messages: tuple[str, ...] = field(default=())


def _years_to_check(candidate: StudyRecord, others: Sequence[StudyRecord]) -> range:
    if candidate.end is not None:
        return range(candidate.start.year, candidate.end.year + 1)
    # Open-ended: after the last year any other record starts or ends, the set of
    # overlapping records no longer changes, so checking up to there is enough.
    last = candidate.start.year
    for other in others:
        last = max(last, other.start.year, other.end.year if other.end else other.start.year)
    return range(candidate.start.year, last + 1)


def check_approval(
    candidate: StudyRecord, records: Iterable[StudyRecord], budgeted_headcount: int
) -> ApprovalCheck:
    """Whether approving ``candidate`` keeps every year it touches within the quota.

    ``records`` are the stored records; the candidate's own stored version (same
    ``record_id``) is left out, so re-approving an edited record does not count it twice.
    A person who already holds a place in a year needs no second one. 公餘進修 always fits.
    """
    if candidate.kind not in QUOTA_KINDS:
        return ApprovalCheck(True)
    others = [
        r for r in records if candidate.record_id is None or r.record_id != candidate.record_id
    ]
    quota = study_quota(budgeted_headcount)
    full: list[YearQuota] = []
    for year in _years_to_check(candidate, others):
        if not overlaps_year(candidate.start, candidate.end, year):
            continue
        holders = place_holders(others, year)
        if any(h.person_id == candidate.person_id for h in holders):
            continue
        if len(holders) >= quota:
            full.append(YearQuota(year, quota, holders))
    if not full:
        return ApprovalCheck(True)
    return ApprovalCheck(False, tuple(full), tuple(_full_message(y) for y in full))


def _full_message(year: YearQuota) -> str:
    return ngettext(
        "{roc_year}年部分辦公時間進修及全時進修名額 {quota} 人已由{names}占用，無法再核准。",
        "{roc_year}年部分辦公時間進修及全時進修名額 {quota} 人已由{names}占用，無法再核准。",
        year.quota,
    ).format(roc_year=year.year - ROC_OFFSET, quota=year.quota, names="、".join(year.names))


def study_people(
    records: Iterable[StudyRecord], year: int, kinds: Iterable[str] | None = None
) -> int:
    """People with an approved study of ``kinds`` (default: every kind) overlapping ``year``
    (the ``study_people`` measure of R15)."""
    wanted = frozenset(STUDY_KINDS if kinds is None else kinds)
    return len(
        {
            r.person_id
            for r in records
            if r.kind in wanted
            and r.approved_on is not None
            and overlaps_year(r.start, r.end, year)
        }
    )


def records_in_year(records: Iterable[StudyRecord], year: int) -> list[StudyRecord]:
    """The 進修名冊 of ``year``: every record whose period overlaps it, by start and name."""
    return sorted(
        (r for r in records if overlaps_year(r.start, r.end, year)),
        key=lambda r: (r.start, r.name, r.person_id),
    )


# --- selection (選送, 施行細則 §13) ----------------------------------------------------------


class Selection(StrEnum):
    """Whether the last two years' appraisals allow selecting someone for study."""

    ELIGIBLE = "符合"
    NOT_ELIGIBLE = "不符合"
    UNKNOWN = "資料不足"


def normalize_grade(grade: Grade | str | None) -> Grade | None:
    """``甲``, ``甲等``, `` 乙 ``, ``Grade.A`` → the grade; blank → None; ValueError naming an
    unknown grade (the appraisal vocabulary's :func:`parse_grade`)."""
    if grade is None or isinstance(grade, Grade):
        return grade
    text = unicodedata.normalize("NFKC", grade).strip()
    return parse_grade(text) if text else None


def selection_check(last_year: Grade | str | None, year_before: Grade | str | None) -> Selection:
    """施行細則 §13: at least one 甲 and the other 乙 or better over the last two years.

    A missing grade makes the answer unknown, unless the known one (丙 or 丁) already
    rules the person out.
    """
    grades = [normalize_grade(last_year), normalize_grade(year_before)]
    known = [g for g in grades if g is not None]
    if any(g.is_worse_than(Grade.B) for g in known):
        return Selection.NOT_ELIGIBLE
    if len(known) < 2:
        return Selection.UNKNOWN
    return Selection.ELIGIBLE if Grade.A in known else Selection.NOT_ELIGIBLE


def selection_for_year(grades: Mapping[int, Grade | str | None], year: int) -> Selection:
    """:func:`selection_check` for a selection made in ``year``: grades of year−1 and year−2."""
    return selection_check(grades.get(year - 1), grades.get(year - 2))

"""Every item of the home page (SPEC R20) with its count, from one reading of the database.

``home_summary(db, today)`` returns the dated items of the agenda (``office_calendar.agenda``:
registrations, new hires, appraisals, last year's KPIs) grouped by kind, and beside them the
figures R20 asks for: the classes of this week, closed classes without certificates and
certificates 待查, the year's compliance against the 80 % target with the people still short
and the months left, the current year's KPI lights, and the study places used. Each item
names the page and the filter that lists exactly what it counts (``Target``), which the
window's navigation applies and the tests compare. The helpers that select the classes
(``week_class_codes``, ``uncertified_class_codes``) are the ones the classes page filters by.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from fractions import Fraction

from sqlalchemy import exists, func, select

from hrplanner.domain import vocabulary as v
from hrplanner.domain.rocdate import format_roc
from hrplanner.i18n import N_, _, ngettext
from hrplanner.services.calendar import office_calendar as oc
from hrplanner.storage.database import Database
from hrplanner.storage.models import Certificate, ClassSession, Employee, Enrollment, Plan
from hrplanner.storage.models import TrainingClass as TC

# R7: the plan KPI's target for the compliance rate.
COMPLIANCE_TARGET = Fraction(80, 100)

# The item keys, in the order the home page shows them.
REGISTRATION = "registration"
WEEK_CLASSES = "week_classes"
CERTIFICATES = "certificates"
REVIEW = "certificates_review"
INTERIM = "interim"
YEAR_END = "year_end"
COMMITTEE = "committee"
NEW_HIRES = "new_hires"
COMPLIANCE = "compliance"
KPI_LIGHTS = "kpi_lights"
KPI_MISSING = "kpi_missing"
STUDY = "study"

# The one-click actions (``services.home.actions``).
PRINT_WEEK_SIGNIN = "print_week_signin"
ISSUE_CERTIFICATES = "issue_certificates"

TITLES = {
    REGISTRATION: N_("時數登錄期限"),
    WEEK_CLASSES: N_("本週上課的班期"),
    CERTIFICATES: N_("已結訓尚未核發證書的班期"),
    REVIEW: N_("待查的證書"),
    INTERIM: N_("平時考核"),
    YEAR_END: N_("年終考績"),
    COMMITTEE: N_("考績委員會"),
    NEW_HIRES: N_("新進人員初任訓練"),
    COMPLIANCE: N_("年度學習時數達成率"),
    KPI_LIGHTS: N_("本年度 KPI 燈號"),
    KPI_MISSING: N_("上年度 KPI 尚缺實際值或落後原因"),
    STUDY: N_("進修名額"),
}

# The agenda's kinds → the home item that groups them.
_KIND_ITEM = {
    oc.REGISTRATION: REGISTRATION,
    oc.NEW_HIRE_TRAINING: NEW_HIRES,
    "平時考核": INTERIM,
    "年終考績": YEAR_END,
    "考績委員會": COMMITTEE,
    "KPI": KPI_MISSING,
}


@dataclass(frozen=True)
class Target:
    """The page that lists what an item counts, and its filter (``navigate(page, **filter)``)."""

    page: str
    filter: tuple[tuple[str, object], ...] = ()

    def kwargs(self) -> dict[str, object]:
        return dict(self.filter)


@dataclass(frozen=True)
class HomeItem:
    key: str
    count: int  # what the item counts (classes, people, certificates, KPIs, places)
    detail: str  # one sentence with the figures
    overdue: int = 0
    target: Target | None = None
    action: str | None = None  # PRINT_WEEK_SIGNIN / ISSUE_CERTIFICATES
    agenda: tuple[oc.AgendaItem, ...] = ()  # the dated items behind it
    # For the small charts: compliance (met, in scope); KPI lights (light → count);
    # study places (used, quota).
    figures: dict[str, int] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return _(TITLES[self.key])

    @property
    def attention(self) -> bool:
        """Whether the officer has something to do here (the page lists it first)."""
        if self.key == COMPLIANCE:
            return self.count > 0
        if self.key in (KPI_LIGHTS, STUDY):
            return False
        return self.count > 0


@dataclass(frozen=True)
class HomeSummary:
    today: dt.date
    staff: int  # active staff: 0 means a new database (the page offers the first steps)
    items: tuple[HomeItem, ...]
    agenda: tuple[oc.AgendaItem, ...]
    complete: bool = True  # False: the figures (compliance, KPIs, study) are still to come

    def with_figures(self, figures: tuple[HomeItem, ...]) -> HomeSummary:
        return replace(self, items=self.items + figures, complete=True)

    def item(self, key: str) -> HomeItem | None:
        return next((i for i in self.items if i.key == key), None)

    @property
    def overdue(self) -> int:
        return sum(1 for i in self.agenda if i.overdue)


def week_of(today: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of ``today``'s week."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)


def week_class_codes(db: Database, today: dt.date) -> list[str]:
    """Classes (not cancelled) with a session in ``today``'s week, by first session."""
    monday, sunday = week_of(today)
    with db.session() as s:
        rows = s.execute(
            select(TC.code, func.min(ClassSession.date))
            .join(ClassSession, ClassSession.class_id == TC.id)
            .where(ClassSession.date.between(monday, sunday), TC.cancelled.is_(False))
            .group_by(TC.code)
            .order_by(func.min(ClassSession.date), TC.code)
        ).all()
    return [code for code, _first in rows]


def uncertified_class_codes(db: Database, today: dt.date) -> list[str]:
    """Closed classes that ended this year or last year with a credited 正取 enrollee who has
    no live (有效 or 待查) certificate of the class yet: the ones whose certificates can be
    issued now. Older classes are left out: nobody issues certificates for them any more."""
    live = exists().where(
        Certificate.enrollment_id == Enrollment.id,
        Certificate.status.in_((v.CERT_VALID, v.CERT_REVIEW)),
    )
    waiting = exists().where(
        Enrollment.class_id == TC.id,
        Enrollment.status == v.ENROLLED,
        Enrollment.credit_minutes > 0,
        ~live,
    )
    with db.session() as s:
        return list(
            s.scalars(
                select(TC.code)
                .where(
                    TC.closed_on.is_not(None),
                    TC.cancelled.is_(False),
                    TC.end_date >= dt.date(today.year - 1, 1, 1),
                    waiting,
                )
                .order_by(TC.end_date.desc(), TC.code)
            )
        )


def registration_codes(db: Database, today: dt.date) -> list[str]:
    """The classes whose hours registration is due or overdue (the agenda's R11 items)."""
    return [i.ref for i in oc.registration_items(db, today) if i.ref]


def _grouped(items: list[oc.AgendaItem], key: str) -> tuple[oc.AgendaItem, ...]:
    return tuple(i for i in items if _KIND_ITEM.get(i.kind) == key)


def _dated_item(key: str, items: tuple[oc.AgendaItem, ...], target: Target | None) -> HomeItem:
    overdue = sum(1 for i in items if i.overdue)
    if key == REGISTRATION:
        detail = ngettext(
            "{n} 個班期待登錄終身學習時數，其中逾期 {overdue} 個",
            "{n} 個班期待登錄終身學習時數，其中逾期 {overdue} 個",
            len(items),
        )
    elif key == NEW_HIRES:
        detail = ngettext(
            "{n} 位新進人員待完成初任人員訓練，其中逾期 {overdue} 位",
            "{n} 位新進人員待完成初任人員訓練，其中逾期 {overdue} 位",
            len(items),
        )
    elif key == KPI_MISSING:
        detail = ngettext(
            "{n} 項 KPI 待填實際值或落後原因",
            "{n} 項 KPI 待填實際值或落後原因",
            len(items),
        )
    else:
        detail = ngettext(
            "{n} 件待辦，其中逾期 {overdue} 件", "{n} 件待辦，其中逾期 {overdue} 件", len(items)
        )
    if not items:
        detail = _("目前沒有待辦")
    return HomeItem(
        key,
        len(items),
        detail.format(n=len(items), overdue=overdue),
        overdue,
        target,
        agenda=items,
    )


def _appraisal_target(key: str, items: tuple[oc.AgendaItem, ...], today: dt.date) -> Target:
    """The interim page at the period of the earliest item, records 未填; the year-end page
    at the year of the earliest item."""
    if key == INTERIM and items and items[0].ref:
        first, _sep, number = items[0].ref.partition("-")
        return Target(
            "interim", (("year", int(first)), ("period", int(number)), ("status", "未填"))
        )
    year = int(items[0].ref) if items and items[0].ref else today.year
    return Target("year_end", (("year", year),))


def _interim(db: Database, items: tuple[oc.AgendaItem, ...], target: Target) -> HomeItem:
    """R13: the periods due or overdue, counted in people still 未填 (per unit in the
    agenda's details); ``first`` is the period the link opens."""
    from hrplanner.services.appraisal.agenda import unfilled_by_unit
    from hrplanner.storage.models import InterimPeriodRow

    period_ids: list[int | None] = []
    with db.session() as s:
        for item in items:
            year, _sep, number = (item.ref or "").partition("-")
            period_ids.append(
                s.scalar(
                    select(InterimPeriodRow.id).where(
                        InterimPeriodRow.year == int(year), InterimPeriodRow.number == int(number)
                    )
                )
            )
    counts = [sum(n for _u, n in unfilled_by_unit(db, pid)) if pid else 0 for pid in period_ids]
    people = sum(counts)
    overdue = sum(1 for i in items if i.overdue)
    if items:
        detail = ngettext(
            "{periods} 期待完成（逾期 {overdue} 期），尚有 {n} 人未填",
            "{periods} 期待完成（逾期 {overdue} 期），尚有 {n} 人未填",
            people,
        ).format(periods=len(items), overdue=overdue, n=people)
    else:
        detail = _("目前沒有待辦")
    figures = {"first": counts[0]} if counts else {}
    return HomeItem(INTERIM, people, detail, overdue, target, None, items, figures)


def _compliance(db: Database, today: dt.date) -> HomeItem:
    from hrplanner.services.hours.ledger import year_summary

    year = today.year
    ledger = year_summary(db, year)
    in_scope = len(ledger.rows)
    short = sum(1 for r in ledger.rows if not r.met)
    met = in_scope - short
    months_left = 13 - today.month  # this month included
    target = Target("hours", (("year", year), ("not_met", True)))
    figures = {"met": met, "in_scope": in_scope, "target_percent": int(COMPLIANCE_TARGET * 100)}
    if not in_scope:
        return HomeItem(
            COMPLIANCE,
            0,
            _("本年度尚無應達成學習時數的人員：請先匯入人員名冊"),
            0,
            target,
            None,
            (),
            figures,
        )
    rate = Fraction(met, in_scope)
    detail = ngettext(
        "{rate}% 已達成（目標 {goal}%）；尚有 {n} 人未達成，本年度剩 {months} 個月",
        "{rate}% 已達成（目標 {goal}%）；尚有 {n} 人未達成，本年度剩 {months} 個月",
        short,
    ).format(
        rate=f"{float(rate * 100):.1f}",
        goal=int(COMPLIANCE_TARGET * 100),
        n=short,
        months=months_left,
    )
    return HomeItem(COMPLIANCE, short, detail, 0, target, None, (), figures)


def kpi_lights(db: Database, year: int) -> tuple[Counter[str], str | None]:
    """The lights (綠 / 黃 / 紅; 白 = no actual yet) of every KPI with a target in ``year``
    in the plans running that year, and the first such plan's code (for the page)."""
    from hrplanner.services.plans.outputs import current_table

    with db.session() as s:
        codes = list(
            s.scalars(
                select(Plan.code)
                .where(Plan.first_year <= year, Plan.last_year >= year)
                .order_by(Plan.code)
            )
        )
    lights: Counter[str] = Counter()
    for code in codes:
        table = current_table(db, code, [year])
        for row in table.rows:
            cell = row.cells.get(year)
            if cell is None or cell.target is None:
                continue
            light = cell.light
            lights[str(light) if light is not None else "白"] += 1
    return lights, (codes[0] if codes else None)


def _kpis(db: Database, today: dt.date) -> HomeItem:
    year = today.year
    lights, first = kpi_lights(db, year)
    total = sum(lights.values())
    target = Target("kpis", (("year", year),) + ((("plan", first),) if first else ()))
    if not total:
        return HomeItem(
            KPI_LIGHTS,
            0,
            _("本年度沒有訂有目標值的 KPI：請在「實施計畫」頁建立計畫並訂定 KPI 目標值"),
            0,
            target,
        )
    detail = _("共 {total} 項：綠燈 {green}、黃燈 {yellow}、紅燈 {red}、尚無實際值 {none}").format(
        total=total,
        green=lights.get("綠", 0),
        yellow=lights.get("黃", 0),
        red=lights.get("紅", 0),
        none=lights.get("白", 0),
    )
    figures = {
        "green": lights.get("綠", 0),
        "yellow": lights.get("黃", 0),
        "red": lights.get("紅", 0),
        "none": lights.get("白", 0),
    }
    return HomeItem(KPI_LIGHTS, total, detail, 0, target, None, (), figures)


def _study(db: Database, today: dt.date) -> HomeItem:
    from hrplanner.services.study.records import year_list

    year = today.year
    study = year_list(db, year)
    quota = study.quota
    detail = _("部分辦公時間及全時進修名額：已用 {used}／{quota} 人").format(
        used=quota.used, quota=quota.quota
    )
    return HomeItem(
        STUDY,
        quota.used,
        detail,
        0,
        Target("study", (("year", year),)),
        None,
        (),
        {"used": quota.used, "quota": quota.quota},
    )


def _week(db: Database, today: dt.date) -> HomeItem:
    codes = week_class_codes(db, today)
    monday, sunday = week_of(today)
    if codes:
        detail = ngettext(
            "{start}–{end} 有 {n} 個班期上課；可一次列印簽到表",
            "{start}–{end} 有 {n} 個班期上課；可一次列印簽到表",
            len(codes),
        ).format(start=format_roc(monday), end=format_roc(sunday), n=len(codes))
    else:
        detail = _("{start}–{end} 沒有班期上課").format(
            start=format_roc(monday), end=format_roc(sunday)
        )
    return HomeItem(
        WEEK_CLASSES,
        len(codes),
        detail,
        0,
        Target("classes", (("view", "week"),)),
        PRINT_WEEK_SIGNIN if codes else None,
    )


def _certificates(db: Database, today: dt.date) -> list[HomeItem]:
    codes = uncertified_class_codes(db, today)
    with db.session() as s:
        review = int(
            s.scalar(
                select(func.count())
                .select_from(Certificate)
                .where(Certificate.status == v.CERT_REVIEW)
            )
            or 0
        )
    if codes:
        detail = ngettext(
            "{n} 個已結訓班期尚未核發研習證明書",
            "{n} 個已結訓班期尚未核發研習證明書",
            len(codes),
        ).format(n=len(codes))
    else:
        detail = _("已結訓的班期都已核發證書")
    if review:
        review_detail = ngettext(
            "{n} 張證書待查：時數於核發後有變動，請核對後重印或作廢",
            "{n} 張證書待查：時數於核發後有變動，請核對後重印或作廢",
            review,
        ).format(n=review)
    else:
        review_detail = _("沒有待查的證書")
    return [
        HomeItem(
            CERTIFICATES,
            len(codes),
            detail,
            0,
            Target("classes", (("view", "uncertified"),)),
            ISSUE_CERTIFICATES if codes else None,
        ),
        HomeItem(
            REVIEW, review, review_detail, 0, Target("certificates", (("status", v.CERT_REVIEW),))
        ),
    ]


def active_staff(db: Database) -> int:
    with db.session() as s:
        return int(
            s.scalar(select(func.count()).select_from(Employee).where(Employee.status == v.ACTIVE))
            or 0
        )


def dated_summary(db: Database, today: dt.date) -> HomeSummary:
    """The quick part of the home page: the agenda's dated items, this week's classes and
    the certificates (``complete`` false: the figures follow, ``figure_items``)."""
    staff = active_staff(db)
    agenda = oc.agenda(db, today)
    items: list[HomeItem] = []
    registration = _grouped(agenda, REGISTRATION)
    items.append(
        _dated_item(REGISTRATION, registration, Target("classes", (("view", "registration"),)))
    )
    items.append(_week(db, today))
    items.extend(_certificates(db, today))
    interim_items = _grouped(agenda, INTERIM)
    items.append(_interim(db, interim_items, _appraisal_target(INTERIM, interim_items, today)))
    for key in (YEAR_END, COMMITTEE):
        grouped = _grouped(agenda, key)
        if key == COMMITTEE and not grouped:
            continue  # only while a meeting is near
        items.append(_dated_item(key, grouped, _appraisal_target(key, grouped, today)))
    new_hires = _grouped(agenda, NEW_HIRES)
    hires_target = Target("hours", (("year", today.year), ("tab", "new_hires")))
    items.append(_dated_item(NEW_HIRES, new_hires, hires_target))
    missing = _grouped(agenda, KPI_MISSING)
    if missing:
        code = missing[0].ref
        filt = (("year", today.year - 1),) + ((("plan", code),) if code else ())
        items.append(_dated_item(KPI_MISSING, missing, Target("kpis", filt)))
    return HomeSummary(today, staff, tuple(items), tuple(agenda), complete=False)


def figure_items(db: Database, today: dt.date) -> tuple[HomeItem, ...]:
    """The slower part: the year's compliance, the KPI lights and the study places."""
    from hrplanner.services.hours.ledger import remembering

    with remembering():  # a KPI bound to R7 takes the rate the compliance card computed
        return (_compliance(db, today), _kpis(db, today), _study(db, today))


def home_summary(db: Database, today: dt.date) -> HomeSummary:
    """Every R20 item on ``today`` (see the module's docstring)."""
    return dated_summary(db, today).with_figures(figure_items(db, today))

"""The demo agency's training history: classes, sessions, enrollments, attendance, stored
credit and external e-learning records, one of ``agency.GENERATORS``.

``large``: the ten years up to the current one, ~300 classes a year (~3,000 classes,
~250,000 enrollments, ~600,000 attendance records); ``small``: last year and this year,
~20 classes. Past classes are closed with their credit computed by the real rule
(``domain.credit.compute_credit``) and mostly marked registered on the portal; classes
still running have the attendance of their past sessions; future ones only enrollments.

Initial training (R17): a few classes a year are initial-training classes for the year's
new 公務人員 (``demo_initial_training``). Rows are written with bulk Core inserts in chunks
(``demo_training_rows``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from hrplanner.domain import requirement
from hrplanner.domain.credit import DEFAULT_LEAVE_LIMIT, SessionInfo
from hrplanner.domain.rocdate import roc_year_of
from hrplanner.domain.vocabulary import (
    ACTIVE,
    ADMINISTRATIVE_NEUTRALITY,
    BLENDED,
    CIVIC_PARTICIPATION,
    CIVIL_SERVANT,
    COMMISSIONED,
    CURRENT_POLICY,
    ENVIRONMENT,
    GENDER_MAINSTREAMING,
    GENERAL,
    HUMAN_RIGHTS,
    IN_PERSON,
    INTEGRITY_ETHICS,
    JOB_RELATED,
    MEAT,
    MULTICULTURALISM,
    ONLINE,
    RUN_HERE,
    SENT,
)
from hrplanner.i18n import N_, _
from hrplanner.services.demo import agency
from hrplanner.services.demo.initial_training import earlier_initial, initial_class
from hrplanner.services.demo.training_rows import (
    INSTRUCTORS,
    LOCATIONS,
    Batch,
    Context,
    Counts,
    Person,
    enroll,
    registered,
    weekday,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassCategory,
    ClassSession,
    Employee,
    Enrollment,
    ExternalRecord,
    LearningTopic,
    StaffCategory,
    TrainingClass,
)

# size → (years, classes per year, share of in-scope people who catch up online in a year)
PLAN: dict[str, tuple[int, int, float]] = {"large": (10, 300, 0.85), "small": (2, 10, 0.85)}
CAPACITIES = {"large": (40, 60, 80, 80, 100, 120, 150), "small": (15, 20, 25, 30)}
ONLINE_SHARE = 0.10

# Realistic titles per learning topic; the topic's weight is its share of classes.
TITLES: dict[str, tuple[int, tuple[str, ...]]] = {
    CURRENT_POLICY: (8, ("當前政府重大政策講座", "2050淨零轉型政策說明", "數位政府施政說明",
                        "國家發展計畫導讀", "韌性城市與防災政策", "長照政策推動現況")),
    ENVIRONMENT: (11, ("環境教育—淨灘體驗", "環境教育—生態步道導覽", "氣候變遷與調適",
                  "節能減碳生活實踐", "資源回收與循環經濟", "環境教育—濕地生態體驗")),
    GENDER_MAINSTREAMING: (8, ("性別主流化基礎課程", "性別影響評估實務", "CEDAW公約與實務",
                   "性騷擾防治三法解析", "性別平等工作法解析")),
    INTEGRITY_ETHICS: (8, ("廉政法令宣導", "公務員廉政倫理規範", "利益衝突迴避法實務",
                      "揭弊者保護與採購廉政", "為民服務與服務倫理")),
    HUMAN_RIGHTS: (5, ("兩公約人權教育", "兒童權利公約實務", "身心障礙者權利公約", "人權大步走")),
    ADMINISTRATIVE_NEUTRALITY: (3, ("行政中立法令解析", "選舉期間行政中立宣導")),
    MULTICULTURALISM: (3, ("原住民族文化認識", "新住民多元文化講座", "客家文化與產業")),
    CIVIC_PARTICIPATION: (3, ("參與式預算實務", "公民參與與開放政府")),
    JOB_RELATED: (39, ("公文寫作", "個人資料保護法實務", "資通安全教育訓練", "政府採購法實務",
                  "Excel資料分析", "簡報技巧與表達", "行政程序法實務", "國家賠償法解析",
                  "預算編製實務", "檔案管理實務", "專案管理基礎", "公共關係與媒體應對")),
    GENERAL: (12, ("壓力管理與心理健康", "職場溝通技巧", "健康促進講座", "急救訓練CPR+AED",
                "消防安全演練", "時間管理")),
}  # fmt: skip
E_LEARNING = ("e等公務園+", "地方行政研習學院數位學習", "臺北e大")
ORGANIZERS = ("人事室", "秘書室", "政風室", "環境保護局", "社會局", "主計室")
# Who runs a commissioned class (委辦) or the class staff are sent to (薦送).
OUTSIDE_ORGANIZERS = (
    "國家文官學院",
    "行政院人事行政總處公務人力發展學院",
    "地方行政研習學院",
    "臺北市政府公務人員訓練處",
    "環境部環境保護人員訓練所",
    "國立清華大學",
)
# (session minutes, start) pairs: half days and full days (lunch not counted).
SLOTS = ((180, dt.time(9, 0)), (180, dt.time(13, 30)), (120, dt.time(14, 0)), (360, dt.time(9, 0)))
SESSION_COUNTS = ((1, 22), (2, 30), (3, 23), (4, 14), (6, 11))
# size → initial-training classes a year (part of the year's classes, the last codes).
INITIAL_PER_YEAR = {"large": 4, "small": 2}


def generate_training(
    db: Database,
    size: str,
    rng: random.Random,
    progress: agency.Progress | None = None,
    today: dt.date | None = None,
) -> Mapping[str, int]:
    """Add the training history for the demo of ``size`` (see the module docstring)."""
    from hrplanner.services.common import settings_service
    from hrplanner.settings import Setting

    today = today or dt.date.today()
    years, per_year, external_share = PLAN[size]
    counts = Counts()
    initial_name = str(settings_service.get(db, Setting.INITIAL_TRAINING_CATEGORY))
    with db.session() as session:
        people = _people(session)
        initial_id = session.scalar(select(ClassCategory.id).filter_by(name=initial_name))
        ctx = Context(
            Batch(session),
            rng,
            today,
            dict(session.execute(select(LearningTopic.name, LearningTopic.id)).all()),
            # Ordinary classes never take the initial-training category.
            [
                c
                for c in session.scalars(select(ClassCategory.id).order_by(ClassCategory.id))
                if c != initial_id
            ],
            {
                t: (session.scalar(select(func.max(t.id))) or 0) + 1
                for t in (TrainingClass, ClassSession, Enrollment)
            },
            counts,
            CAPACITIES[size],
            initial_id,
        )
        n_initial = INITIAL_PER_YEAR[size] if initial_id is not None else 0
        first_year = today.year - years + 1
        if initial_id is not None:
            earlier_initial(ctx, people, first_year)
        for index, year in enumerate(range(first_year, today.year + 1)):
            if progress:
                progress(
                    100 * index // years,
                    _("建立 {year} 年度訓練班期").format(year=roc_year_of(year)),
                )
            # Staff who had joined by then; people who left since still count in past years.
            eligible = [p for p in people if p.hire < dt.date(year, 11, 1)]
            eligible = [p for p in eligible if p.active or year < today.year - 1]
            if not eligible:
                continue
            # Classes start between February and early November, so they end within the year.
            for seq in range(1, per_year - n_initial + 1):
                start = dt.date(year, 2, 1) + dt.timedelta(days=rng.randrange(280))
                _one_class(ctx, year, seq, start, eligible)
                ctx.batch.maybe_flush()
            for k in range(n_initial):
                # Spread over the year so that every hire has a class within 4 months or so.
                offset = k * 280 // n_initial + rng.randrange(280 // n_initial)
                start = dt.date(year, 2, 1) + dt.timedelta(days=offset)
                initial_class(ctx, year, per_year - n_initial + k + 1, start, eligible)
                ctx.batch.maybe_flush()
            _external(ctx, year, eligible, external_share)
            ctx.batch.maybe_flush()
        ctx.batch.flush()
        if not db.is_sqlite:
            _fix_sequences(session)
    if progress:
        progress(100, _("訓練資料完成"))
    # The summary's labels, marked for the catalogue: whoever shows them translates them.
    return {
        N_("訓練班期"): counts.classes,
        N_("場次"): counts.sessions,
        N_("報名"): counts.enrollments,
        N_("出席紀錄"): counts.attendance,
        N_("外部時數"): counts.external,
    }


def _weighted(rng: random.Random, pairs: Any) -> Any:
    items = list(pairs)
    return rng.choices([i for i, _w in items], weights=[w for _i, w in items])[0]


def _one_class(ctx: Context, year: int, seq: int, start: dt.date, eligible: list[Person]) -> None:
    rng = ctx.rng
    topic = _weighted(rng, ((t, w) for t, (w, _titles) in TITLES.items()))
    title = rng.choice(TITLES[topic][1])
    online = rng.random() < ONLINE_SHARE
    n_sessions = 1 if online else _weighted(rng, SESSION_COUNTS)
    class_id = ctx.new_id(TrainingClass)
    sessions: list[SessionInfo] = []
    held: list[SessionInfo] = []  # sessions already given (attendance entered)
    day = end = start = weekday(start)
    for number in range(1, n_sessions + 1):
        minutes, begin = rng.choice(SLOTS)
        # Multi-session classes often end with a session of related practice (業務相關).
        s_topic = JOB_RELATED if number == n_sessions > 2 and topic != JOB_RELATED else topic
        session_id = ctx.new_id(ClassSession)
        end_time = (dt.datetime.combine(day, begin) + dt.timedelta(minutes=minutes)).time()
        if minutes == 360:
            end_time = dt.time(16, 0)  # 09:00–16:00 with an hour for lunch
        ctx.batch.add(
            ClassSession,
            {"id": session_id, "class_id": class_id, "session_no": number, "date": day,
             "start_time": begin, "end_time": end_time, "minutes": minutes,
             "topic_id": ctx.topics[s_topic], "meal_served": minutes == 360},
        )  # fmt: skip
        sessions.append(SessionInfo(session_id, minutes, s_topic))
        if day < ctx.today:
            held.append(sessions[-1])
        end = day
        day = weekday(day + dt.timedelta(days=rng.choice((1, 1, 2, 7))))
    capacity = rng.choice(ctx.capacities)
    organizing = _weighted(rng, ((RUN_HERE, 80), (COMMISSIONED, 12), (SENT, 8)))
    organizer = rng.choice(ORGANIZERS if organizing == RUN_HERE else OUTSIDE_ORGANIZERS)
    past = end < ctx.today
    closed = min(ctx.today, end + dt.timedelta(days=rng.randint(1, 5))) if past else None
    ctx.batch.add(
        TrainingClass,
        {"id": class_id, "code": f"{roc_year_of(year)}-{seq:03d}",
         "title": f"{title}（數位課程）" if online else title,
         "category_id": rng.choice(ctx.categories) if ctx.categories else None,
         "organizing": organizing,
         "mode": ONLINE if online else _weighted(rng, ((IN_PERSON, 90), (BLENDED, 10))),
         "organizer": organizer, "location": None if online else rng.choice(LOCATIONS),
         "instructor": rng.choice(INSTRUCTORS), "capacity": capacity,
         "registration_deadline": start - dt.timedelta(days=7),
         "leave_limit_num": DEFAULT_LEAVE_LIMIT.numerator,
         "leave_limit_den": DEFAULT_LEAVE_LIMIT.denominator,
         "portal_code": f"{year}{seq:04d}", "cancelled": False,
         "closed_on": closed,
         "registered_on": registered(ctx, end, closed) if closed else None,
         "start_date": start, "end_date": end, "note": None, "version": 1},
    )  # fmt: skip
    ctx.counts.classes += 1
    ctx.counts.sessions += n_sessions
    enroll(ctx, class_id, start, end.year, capacity, sessions, held, online, past, eligible)


def _external(ctx: Context, year: int, eligible: list[Person], share: float) -> None:
    """E-learning records (e等公務園+ and the like) of the in-scope staff for ``year``.

    Most people close their gaps online late in the year, which is how real agencies
    reach the ~80 % compliance target: a diligent person (``share`` of them) takes just
    enough courses to meet the default rule set; the others take one or two at random.
    """
    rng = ctx.rng
    last = min(dt.date(year, 12, 31), ctx.today - dt.timedelta(days=1))
    span = (last - dt.date(year, 1, 1)).days
    if span <= 0:
        return
    # The current year is still under way: fewer people have caught up yet.
    progress = min(1.0, span / 365)
    rules = requirement.default_rule_set()
    for person in eligible:
        if not person.in_scope:
            continue
        earned = ctx.earned.pop((person.id, year), {})
        plan: list[tuple[str, int]] = []
        if rng.random() < share * progress:
            ev = requirement.evaluate(rules, earned)
            for group in rules.groups:
                short = ev.group_shortfall[group.name]
                topic = rng.choice(sorted(group.topics))
                while short > 0:
                    minutes = rng.choice((60, 120, 180))
                    plan.append((topic, minutes))
                    short -= minutes
            missing_total = ev.total_shortfall - sum(m for _topic, m in plan)
            while missing_total > 0:
                minutes = rng.choice((120, 180))
                plan.append((JOB_RELATED, minutes))
                missing_total -= minutes
        elif rng.random() < 0.5:
            plan = [
                (rng.choice(list(TITLES)), rng.choice((60, 120)))
                for _course in range(rng.randint(1, 2))
            ]
        used: set[str] = set()
        for topic, minutes in plan:
            title = f"{rng.choice(TITLES[topic][1])}（數位）"
            unit = 2
            while title in used:
                title = f"{rng.choice(TITLES[topic][1])}（數位第{unit}單元）"
                unit += 1
            used.add(title)
            ctx.batch.add(
                ExternalRecord,
                {"employee_id": person.id, "title": title,
                 "end_date": dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(span)),
                 "minutes": minutes, "topic_id": ctx.topics[topic], "mode": ONLINE,
                 "source": rng.choice(E_LEARNING)},
            )  # fmt: skip
            ctx.counts.external += 1


def _people(session: Session) -> list[Person]:
    scoped = set(requirement.DEFAULT_RULE_CATEGORIES)  # the categories R6 applies to
    rows = session.execute(
        select(Employee.id, Employee.hire_date, Employee.status, Employee.meal, StaffCategory.name)
        .join(StaffCategory, StaffCategory.id == Employee.category_id)
        .order_by(Employee.id)
    ).all()
    return [
        Person(
            r[0],
            r[1] or dt.date(2000, 1, 1),
            r[2] == ACTIVE,
            r[3] or MEAT,
            r[4] in scoped,
            r[4] == CIVIL_SERVANT,
        )
        for r in rows
    ]


def _fix_sequences(session: Session) -> None:
    """Ids were given explicitly: move PostgreSQL's sequences past them."""
    for table in ("training_class", "class_session", "enrollment"):
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )

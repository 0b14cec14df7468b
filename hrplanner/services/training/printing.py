"""Print data for the printed forms (SPEC §3.3): reads one class from the database and fills
the plain records of ``hrplanner.reports.pdf.data`` that the PDF builders draw.

Nothing here draws or imports reportlab at import time (the window starts without it);
``font_choice`` loads the font module only when a form is actually printed. Identity numbers
leave this module masked only (R2). Certificates are numbered through the register
(``services.certificates``) before they are printed, so a reprint keeps its numbers (R10).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain import national_id
from hrplanner.domain.credit import leave_limit_text
from hrplanner.domain.vocabulary import (
    CANCELLED,
    ENROLLED,
    LEAVE,
    PRESENT,
    RUN_HERE,
    WAITLISTED,
)
from hrplanner.i18n import _, ngettext
from hrplanner.reports.pdf.data import (
    SIGNIN_COLUMNS,
    Certificate,
    Questionnaire,
    Roster,
    RosterRow,
    SigninRow,
    SigninSheet,
)
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.certificates import content, register
from hrplanner.services.certificates.content import hours_label
from hrplanner.services.common import print_fonts, settings_service
from hrplanner.services.common.errors import InputRefused, NotFound, Problem
from hrplanner.services.common.wording import names, person_label
from hrplanner.services.training.enrollment import meal_counts
from hrplanner.services.training.views import load_class
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Attendance,
    CreditByTopic,
    Employee,
    Enrollment,
    LearningTopic,
    Unit,
)

if TYPE_CHECKING:
    from hrplanner.reports.pdf.certificate import Unprintable
    from hrplanner.reports.pdf.fonts import FontChoice

Output = Path | str | BinaryIO

ID_COLUMN = "身分證字號"
_STATUS_ORDER = {ENROLLED: 0, WAITLISTED: 1, CANCELLED: 2}


@dataclass(frozen=True)
class CertificateBatch:
    """Certificates ready to print, and the people left out because theirs awaits review."""

    certificates: list[Certificate]
    rows: list[register.CertificateRow]  # the register lines printed, same order
    pending_review: list[register.CertificateRow] = field(default_factory=list)
    # People whose page holds a character no available font has: left out, named (§3.3).
    skipped: list[Unprintable] = field(default_factory=list)

    def warnings(self) -> list[str]:
        text = _("{person}的證書 {number} 待查（出席或時數在核發後有變動），查核後才會列印")
        found = [
            text.format(person=person_label(r.name, r.employee_no), number=r.number)
            for r in self.pending_review
        ]
        return found + content.unprinted_warnings(self.skipped)


def font_choice(db: Database) -> FontChoice:
    """The font of every form (``print_fonts.chosen_font``); FontNotFound when none."""
    return print_fonts.chosen_font(
        {Setting.PRINT_FONT_FILE: settings_service.get(db, Setting.PRINT_FONT_FILE)}
    )


def fallback_fonts(db: Database, primary: FontChoice) -> list[FontChoice]:
    """The fonts that draw what ``primary`` lacks (``print_fonts.fallback_chain``)."""
    raw = settings_service.get(db, Setting.PRINT_FALLBACK_FONTS)
    return print_fonts.fallback_chain({Setting.PRINT_FALLBACK_FONTS: raw}, primary)


def _settings(db: Database) -> dict[Setting, Any]:
    return settings_service.get_all(db)


def signin_columns(values: dict[Setting, Any]) -> tuple[str, ...]:
    """The sign-in columns from the settings; unknown names are refused with the list."""
    raw = str(values[Setting.SIGNIN_COLUMNS] or "")
    columns = [c.strip() for c in raw.replace("，", ",").replace("、", ",").split(",")]
    columns = [c for c in columns if c]
    if not columns:
        columns = list(SIGNIN_COLUMNS)
    unknown = [c for c in columns if c not in (*SIGNIN_COLUMNS, ID_COLUMN)]
    if unknown:
        text = _("簽到表欄位設定含未知欄位「{unknown}」；可用欄位：{available}").format(
            unknown=names(unknown), available=names((*SIGNIN_COLUMNS, ID_COLUMN))
        )
        raise InputRefused([Problem(text)])
    if values[Setting.SIGNIN_SHOW_MASKED_ID] and ID_COLUMN not in columns:
        # The masked ID goes right after the name, where a checker looks for it.
        at = columns.index("姓名") + 1 if "姓名" in columns else len(columns)
        columns.insert(at, ID_COLUMN)
    return tuple(columns)


def _enrolled_people(
    s: Session, class_id: int
) -> list[tuple[Enrollment, str, str, str | None, str | None]]:
    """正取 enrollees by unit order, then employee number: (enrollment, name, unit, title, id)."""
    rows = s.execute(
        select(Enrollment, Employee.name, Unit.name, Employee.title, Employee.national_id)
        .join(Employee, Employee.id == Enrollment.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .where(Enrollment.class_id == class_id, Enrollment.status == ENROLLED)
        .order_by(Unit.sort_order, Unit.name, Employee.employee_no)
    )
    return list(rows)


def signin_sheets(
    db: Database, class_code: str, session_no: int | None = None
) -> list[SigninSheet]:
    """One sign-in sheet per session (or just ``session_no``), with the 正取 enrollees, the
    masked ID column when the settings ask for it, and meal counts for 供餐 sessions."""
    values = _settings(db)
    columns = signin_columns(values)
    with db.session() as s:
        cls = load_class(s, class_code)
        sessions = list(cls.sessions)
        if not sessions:
            text = _("班期「{code}」還沒有場次，無法列印簽到表").format(code=cls.code)
            raise InputRefused([Problem(text)])
        chosen = sessions
        if session_no is not None:
            chosen = [x for x in sessions if x.session_no == session_no]
            if not chosen:
                text = _("班期「{code}」沒有第 {number} 場（現有場次：{numbers}）")
                raise NotFound(
                    text.format(
                        code=cls.code,
                        number=session_no,
                        numbers=names(x.session_no for x in sessions),
                    )
                )
        people = _enrolled_people(s, cls.id)
        rows = [
            SigninRow(
                name=name,
                unit=unit,
                title=title or "",
                meal=e.meal,
                national_id_masked=national_id.mask(nid),
            )
            for e, name, unit, title, nid in people
        ]
        sheets = [
            SigninSheet(
                agency=str(values[Setting.AGENCY_NAME]),
                class_title=cls.title,
                session_date=x.date,
                rows=rows,
                class_code=cls.code,
                session_no=x.session_no,
                start=x.start_time,
                end=x.end_time,
                location=cls.location or "",
                hours_text=hours_label(x.minutes),
                meal_counts=None,
                columns=columns,
                blank_rows=int(values[Setting.SIGNIN_BLANK_ROWS]),
                landscape=bool(values[Setting.SIGNIN_LANDSCAPE]),
                session_count=len(sessions),
            )
            for x in chosen
        ]
        present = _present(s, cls.id, len(rows), {x.id: (x.session_no, x.minutes) for x in chosen})
    # Per 供餐 session, from the enrollment service (R9).
    counts = {m.session_no: m.counts for m in meal_counts(db, class_code)}
    return [
        replace(
            sheet,
            meal_counts=dict(counts[sheet.session_no]) if sheet.session_no in counts else None,
            present=present.get(sheet.session_no),
        )
        for sheet in sheets
    ]


def _present(
    s: Session, class_id: int, enrolled: int, sessions: dict[int, tuple[int, int]]
) -> dict[int, int]:
    """實到 per session number, for the sessions whose attendance is entered for every 正取
    enrollee: present, or on leave for part of the session only (came late, left early)."""
    seen: Counter[int] = Counter()
    came: Counter[int] = Counter()
    for session_id, status, leave in s.execute(
        select(Attendance.session_id, Attendance.status, Attendance.leave_minutes)
        .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
        .where(Enrollment.class_id == class_id, Enrollment.status == ENROLLED)
    ):
        if session_id not in sessions:
            continue
        seen[session_id] += 1
        minutes = sessions[session_id][1]
        if status == PRESENT or (status == LEAVE and (leave or 0) < minutes):
            came[session_id] += 1
    return {
        number: came[session_id]
        for session_id, (number, _minutes) in sessions.items()
        if enrolled and seen[session_id] >= enrolled
    }


def _class_facts(
    db: Database, class_code: str, topics: bool
) -> tuple[str, str, dict[int, content.TopicHours]]:
    """(辦理方式, 主辦單位, enrollment id → ((topic, hours text), …) in the topics' order)."""
    with db.session() as s:
        cls = load_class(s, class_code)
        by_enrollment: dict[int, list[tuple[str, str]]] = {}
        if topics:
            for enrollment_id, topic, minutes in s.execute(
                select(CreditByTopic.enrollment_id, LearningTopic.name, CreditByTopic.minutes)
                .join(Enrollment, Enrollment.id == CreditByTopic.enrollment_id)
                .join(LearningTopic, LearningTopic.id == CreditByTopic.topic_id)
                .where(Enrollment.class_id == cls.id, CreditByTopic.minutes > 0)
                .order_by(LearningTopic.sort_order, LearningTopic.name)
            ):
                by_enrollment.setdefault(enrollment_id, []).append((topic, hours_label(minutes)))
        facts = {e: tuple(pairs) for e, pairs in by_enrollment.items()}
        return cls.organizing or RUN_HERE, (cls.organizer or "").strip(), facts


def certificates(db: Database, class_code: str, today: dt.date) -> CertificateBatch:
    """Number (or find the numbers of) the class's certificates, then fill one record per
    valid certificate. 待查 certificates are held back until someone reviews them.

    The wording is the agency's template for the class's 辦理方式 (自辦, 委辦, 薦送); with
    the setting on, each certificate lists the credited hours by learning topic."""
    values = _settings(db)
    seal = content.seal_image(values)
    with_topics = bool(values.get(Setting.CERTIFICATE_TOPIC_HOURS))
    organizing, organizer, topic_hours = _class_facts(db, class_code, with_topics)
    body = content.certificate_wording(values, organizing)
    content.check_organizer(body, organizer, class_code, organizing)
    rows = register.issue_certificates(db, class_code, today)
    printable = [r for r in rows if r.status == register.VALID]
    pending = [r for r in rows if r.status == register.REVIEW]
    items = []
    for r in printable:
        if r.start_date is None or r.end_date is None:  # a closed class always has sessions
            raise InputRefused([Problem(_("班期「{code}」沒有場次日期").format(code=r.class_code))])
        items.append(
            content.certificate(
                values,
                body=body,
                seal=seal,
                organizer=organizer,
                number=r.number,
                name=r.name,
                class_title=r.class_title,
                start_date=r.start_date,
                end_date=r.end_date,
                minutes=r.minutes,
                issued_on=r.issued_on,
                topic_hours=topic_hours.get(r.enrollment_id, ()),
            )
        )
    return CertificateBatch(items, printable, pending)


def _attendance_text(statuses: Counter[str], sessions: int) -> str:
    """`全勤 3/3 場` or `出席 2/3 場`: short enough for the roster's narrow column; the leave
    hours and the reason columns say the rest. Printed form wording, so always Chinese."""
    if not statuses:
        return "未登錄"
    present = statuses.get(PRESENT, 0)
    return f"{'全勤' if present == sessions else PRESENT} {present}/{sessions} 場"


def roster(db: Database, class_code: str) -> Roster:
    """班期成績冊: every enrollee (正取 first) with attendance, leave, credit and reason."""
    agency = str(settings_service.get(db, Setting.AGENCY_NAME))
    with db.session() as s:
        cls = load_class(s, class_code)
        if cls.start_date is None or cls.end_date is None:
            text = _("班期「{code}」還沒有場次，無法列印成績冊").format(code=cls.code)
            raise InputRefused([Problem(text)])
        people = s.execute(
            select(Enrollment, Employee.name, Unit.name, Employee.title)
            .join(Employee, Employee.id == Enrollment.employee_id)
            .join(Unit, Unit.id == Employee.unit_id)
            .where(Enrollment.class_id == cls.id)
            .order_by(Unit.sort_order, Unit.name, Employee.employee_no)
        )
        marks: dict[int, Counter[str]] = {}
        leave: Counter[int] = Counter()
        for enrollment_id, status, minutes in s.execute(
            select(Attendance.enrollment_id, Attendance.status, Attendance.leave_minutes)
            .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
            .where(Enrollment.class_id == cls.id)
        ):
            marks.setdefault(enrollment_id, Counter())[status] += 1
            leave[enrollment_id] += minutes or 0
        count = len(cls.sessions)
        closed = cls.closed_on is not None
        rows = []
        for e, name, unit, title in sorted(people, key=lambda p: _STATUS_ORDER.get(p[0].status, 3)):
            enrolled = e.status == ENROLLED
            rows.append(
                RosterRow(
                    name=name,
                    unit=unit,
                    title=title or "",
                    status=e.status,
                    attendance=_attendance_text(marks.get(e.id, Counter()), count)
                    if enrolled
                    else "",
                    leave_minutes=leave[e.id],
                    credit_minutes=(e.credit_minutes or 0) if closed else 0,
                    reason=(e.credit_reason or "") if closed else ("" if enrolled else e.status),
                )
            )
        return Roster(
            agency=agency,
            class_title=cls.title,
            start_date=cls.start_date,
            end_date=cls.end_date,
            rows=rows,
            class_code=cls.code,
            class_minutes=sum(x.minutes for x in cls.sessions),
            leave_limit_text=leave_limit_text(Fraction(cls.leave_limit_num, cls.leave_limit_den)),
            organizer=cls.organizer or "",
        )


def questionnaire(db: Database, class_code: str) -> Questionnaire:
    """A blank 滿意度調查表 headed with the class's title, first date and instructor, asking
    the questions of the class's questionnaire (R19) with their own numbers."""
    from hrplanner.domain.survey import QuestionKind
    from hrplanner.services.survey.templates import questionnaire_of

    agency = str(settings_service.get(db, Setting.AGENCY_NAME))
    with db.session() as s:
        cls = load_class(s, class_code)
        asked = questionnaire_of(s, cls.id).questionnaire
        rated = [q for q in asked.questions if q.kind is QuestionKind.RATED]
        others = [q for q in asked.questions if q.kind is QuestionKind.OPEN]
        return Questionnaire(
            agency=agency,
            class_title=cls.title,
            class_date=cls.start_date,
            instructor=cls.instructor or "",
            sections=(("", tuple(q.text for q in rated)),),
            numbers=tuple(q.number for q in rated),
            open_questions=tuple(f"{q.number}. {q.text}" for q in others),
        )


# --- whole forms: data from the database, PDF from the builders ----------------------------

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def print_signin(db: Database, class_code: str, out: Output, session_no: int | None = None) -> int:
    """簽到表 of one session or all sessions into one PDF; returns the number of sheets."""
    from hrplanner.reports.pdf.signin import build_signin

    sheets = signin_sheets(db, class_code, session_no)
    build_signin(sheets, out, font_choice(db))
    return len(sheets)


def print_certificates(
    db: Database,
    class_code: str,
    today: dt.date,
    out: Path | BinaryIO,
    *,
    separate: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CertificateBatch:
    """研習證明書 of a class: one merged PDF, or with ``separate`` one file per person in the
    folder ``out``. Numbers are issued (or found again) first; BuildCancelled on cancel."""
    # Refuse a missing font or a broken wording before any number is handed out.
    values = _settings(db)
    font = print_fonts.chosen_font(values)
    content.check_wordings(values)
    batch = certificates(db, class_code, today)
    if not batch.certificates:
        if batch.pending_review:
            text = _(
                "班期「{code}」沒有可列印的研習證明書（須結訓且學習時數大於 0）；"
                "另有證書待查，請先在證書清冊查核"
            )
        else:
            text = _("班期「{code}」沒有可列印的研習證明書（須結訓且學習時數大於 0）")
        raise InputRefused([Problem(text.format(code=class_code))])
    fallbacks = print_fonts.fallback_chain(values, font)
    skipped = content.draw(
        batch.certificates,
        out,
        font,
        fallbacks,
        separate=separate,
        progress=progress,
        cancelled=cancelled,
    )
    if not skipped:
        return batch
    left_out = {u.number for u in skipped}
    kept = [i for i, c in enumerate(batch.certificates) if c.number not in left_out]
    return replace(
        batch,
        certificates=[batch.certificates[i] for i in kept],
        rows=[batch.rows[i] for i in kept],
        skipped=skipped,
    )


def print_roster(db: Database, class_code: str, out: Output) -> int:
    """班期成績冊 into one PDF; returns the number of people listed."""
    from hrplanner.reports.pdf.roster import build_roster

    data = roster(db, class_code)
    font = font_choice(db)
    build_roster([data], out, font, fallbacks=fallback_fonts(db, font))
    return len(data.rows)


def print_questionnaire(db: Database, class_code: str, out: Output) -> None:
    """A blank 滿意度調查表 for the class."""
    from hrplanner.reports.pdf.questionnaire import build_questionnaire

    font = font_choice(db)
    build_questionnaire(
        questionnaire(db, class_code), out, font, fallbacks=fallback_fonts(db, font)
    )


def session_choices(db: Database, class_code: str) -> list[tuple[int, dt.date]]:
    """(session number, date) of a class, for choosing which sign-in sheet to print."""
    with db.session() as s:
        cls = load_class(s, class_code)
        return [(x.session_no, x.date) for x in cls.sessions]


# --- the catalogue's runners (services.catalogue) -----------------------------------------


def run_signin(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    assert request.class_code is not None
    sheets = print_signin(db, request.class_code, path, request.session)
    text = ngettext(
        "已產生班期 {code} 簽到表（{n} 場）", "已產生班期 {code} 簽到表（{n} 場）", sheets
    )
    return Done(text.format(code=request.class_code, n=sheets))


def run_roster(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    assert request.class_code is not None
    people = print_roster(db, request.class_code, path)
    text = ngettext(
        "已產生班期 {code} 成績冊（{n} 人）", "已產生班期 {code} 成績冊（{n} 人）", people
    )
    return Done(text.format(code=request.class_code, n=people))


def run_questionnaire(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    assert request.class_code is not None
    print_questionnaire(db, request.class_code, path)
    return Done(_("已產生班期 {code} 滿意度調查表").format(code=request.class_code))


def run_certificates(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """研習證明書; options ``date`` (issue date, default today) and ``separate`` (one file
    per person in the folder ``path``)."""
    assert request.class_code is not None
    separate = bool(request.options.get("separate"))
    issued = request.options.get("date") or dt.date.today()
    batch = print_certificates(
        db,
        request.class_code,
        issued,
        path,
        separate=separate,
        progress=hooks.progress,
        cancelled=hooks.cancelled,
    )
    numbers = [r.number for r in batch.rows]
    summary = content.printed_summary(request.class_code, numbers, separate=separate)
    return Done(summary, tuple(batch.warnings()))

"""The certificate register (研習證明書, SPEC R10): issuing numbers, reprinting, voiding,
and the review flag that closing sets when a credit changes after issue.

Numbering decisions (the SPEC says only "sequential per year, never reused"):

- The year is the year of the **issue date** by default (the register is a yearly book of
  numbers handed out, as document numbers are, so a class ending 12/30 whose certificates go
  out 1/5 takes next year's numbers); the setting ``CERTIFICATE_NUMBER_YEAR`` = ``end``
  numbers by the class's end date instead, for offices that number a December class
  certified in January by the class's year. ``Certificate.year`` stores the Gregorian year
  of the numbering; the template sees ``roc_year``.
- The next number is max(seq) + 1 over *every* certificate of the year, voided ones
  included, so a number is never handed out twice.
- Numbers are issued one officer at a time: an issue waits its turn behind any other
  (``storage.engine.serialised``: an advisory lock on PostgreSQL, the write lock taken at
  once on SQLite) and only then reads the last number, so that simultaneous issuers all
  succeed with unique numbers and no gaps. The unique constraint (year, seq) stays as the
  last guard, with a retry that reads the new maximum.
- A person keeps one live certificate per class: issuing again (a reprint) returns the
  existing 有效 or 待查 certificate with its number. Only a voided certificate makes way
  for a new number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hrplanner.domain.hours import hours_decimal, hours_text
from hrplanner.domain.rocdate import format_roc, roc_year_of
from hrplanner.domain.vocabulary import (
    CERT_REVIEW,
    CERT_VALID,
    CERT_VOID,
    CERTIFICATE_STATUSES,
    ENROLLED,
)
from hrplanner.i18n import _, ngettext
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound, Problem
from hrplanner.services.training.closing import log
from hrplanner.services.training.views import load_class
from hrplanner.settings import Setting, decode
from hrplanner.storage.database import Database
from hrplanner.storage.engine import serialised
from hrplanner.storage.models import (
    Certificate,
    Employee,
    Enrollment,
    SettingValue,
    TrainingClass,
    Unit,
)

# The register's names for the certificate statuses (R10).
VALID, REVIEW, VOID = CERT_VALID, CERT_REVIEW, CERT_VOID
STATUSES = CERTIFICATE_STATUSES
# Retries when another officer took the same numbers at the same moment (shared server).
ISSUE_ATTEMPTS = 5


def _refused(message: str) -> InputRefused:
    """A refusal of the whole request with one translated sentence."""
    return InputRefused([Problem(message)])


class _Taken(Exception):
    """The next number was taken by someone else between reading and writing it."""


@dataclass(frozen=True, slots=True)
class CertificateRow:
    """One line of the register: the number and who, which class, how many hours, when."""

    id: int
    number: str
    year: int  # Gregorian year of the numbering (the issue date's, or the class's end date's)
    seq: int
    status: str  # 有效 / 待查 / 作廢
    issued_on: dt.date
    voided_on: dt.date | None
    minutes: int  # hours printed on the certificate
    credit_minutes: int | None  # the enrollee's credit now (differs when 待查)
    enrollment_id: int
    employee_no: str
    name: str
    unit: str
    class_id: int
    class_code: str
    class_title: str
    start_date: dt.date | None
    end_date: dt.date | None


def format_number(template: str, year: int, seq: int) -> str:
    """The printed number, e.g. ``109研字第0001號``; InputRefused for a broken template."""
    roc_year = roc_year_of(year)
    try:
        return template.format(roc_year=roc_year, year=year, seq=seq)
    except (KeyError, IndexError, ValueError) as exc:
        raise _refused(
            _(
                "證書編號範本「{template}」無法使用（{reason}）；可用的欄位只有 "
                "{fields}，例如 {example}"
            ).format(
                template=template,
                reason=exc,
                fields="{roc_year}、{year}、{seq}",
                example="{roc_year}研字第{seq:04d}號",
            )
        ) from exc


def _template(s: Session) -> str:
    raw = s.get(SettingValue, Setting.CERTIFICATE_NUMBER_TEMPLATE.value)
    return str(decode(Setting.CERTIFICATE_NUMBER_TEMPLATE, raw.value if raw else None))


def _number_year(s: Session, cls: TrainingClass, issued_on: dt.date) -> int:
    """The year whose numbers the class's certificates take (see the module docstring)."""
    raw = s.get(SettingValue, Setting.CERTIFICATE_NUMBER_YEAR.value)
    by = decode(Setting.CERTIFICATE_NUMBER_YEAR, raw.value if raw else None)
    return number_year(str(by), cls.end_date, issued_on)


def number_year(by: str, end_date: dt.date | None, issued_on: dt.date) -> int:
    """The year of the numbers: the class's end (setting ``end``) or the issue date."""
    if by == "end" and end_date is not None:
        return end_date.year
    return issued_on.year


FETCH_ROWS = 2000


def _query() -> Select[*tuple[Any, ...]]:
    """The register's columns, in CertificateRow's order: plain values, not entities (a
    register of ten years holds a couple of hundred thousand numbers)."""
    return (
        select(
            Certificate.id,
            Certificate.number,
            Certificate.year,
            Certificate.seq,
            Certificate.status,
            Certificate.issued_on,
            Certificate.voided_on,
            Certificate.minutes,
            Enrollment.credit_minutes,
            Certificate.enrollment_id,
            Employee.employee_no,
            Employee.name,
            Unit.name,
            TrainingClass.id,
            TrainingClass.code,
            TrainingClass.title,
            TrainingClass.start_date,
            TrainingClass.end_date,
        )
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .join(Employee, Employee.id == Enrollment.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
    )


def _rows(s: Session, query: Select[*tuple[Any, ...]]) -> list[CertificateRow]:
    # Fetched a few thousand at a time: one fetch of every row converts them all without
    # letting go of the interpreter, which froze the window while ten years were read.
    streamed = s.execute(query.execution_options(yield_per=FETCH_ROWS))
    return [CertificateRow(*row) for row in streamed]


def _check_issue_date(cls: TrainingClass, issued_on: dt.date, now: dt.date) -> None:
    """Refuse an issue date the register cannot take back: numbers are never reused, so a
    mistyped date (a class of 115 issued 114研字第… numbers) would spoil the register."""
    if cls.end_date is not None and issued_on < cls.end_date:
        raise _refused(
            _(
                "核發日期 {issued} 早於班期「{code}」的結訓日期 {end}；"
                "研習證明書須於結訓後核發，請確認核發日期"
            ).format(
                issued=format_roc(issued_on),
                code=cls.code,
                end=format_roc(cls.end_date),
            )
        )
    if issued_on > now:
        raise _refused(
            _("核發日期 {issued} 晚於今天 {today}；不可預先核發研習證明書，請確認核發日期").format(
                issued=format_roc(issued_on), today=format_roc(now)
            )
        )


def _issue_once(
    db: Database, class_id: int | str, today: dt.date, now: dt.date
) -> list[CertificateRow]:
    with db.session() as s:
        serialised(s, "certificate-numbers")  # wait for any other issue to commit
        cls = load_class(s, class_id)
        if cls.closed_on is None:
            raise _refused(
                _("班期「{code}」尚未結訓；結訓並計算學習時數後，才能核發研習證明書").format(
                    code=cls.code
                )
            )
        _check_issue_date(cls, today, now)
        eligible = s.execute(
            select(Enrollment.id, Enrollment.credit_minutes)
            .join(Employee, Employee.id == Enrollment.employee_id)
            .where(
                Enrollment.class_id == cls.id,
                Enrollment.status == ENROLLED,
                Enrollment.credit_minutes > 0,
            )
            .order_by(Employee.employee_no)
        ).all()
        live = {
            c.enrollment_id
            for c in s.scalars(
                select(Certificate)
                .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
                .where(Enrollment.class_id == cls.id, Certificate.status != VOID)
            )
        }
        wanted = [(eid, credit) for eid, credit in eligible if eid not in live]
        if wanted:
            year = _number_year(s, cls, today)
            last = s.scalar(select(func.max(Certificate.seq)).where(Certificate.year == year))
            template = _template(s)
            seq = int(last or 0)
            for enrollment_id, credit in wanted:
                seq += 1
                number = format_number(template, year, seq)
                holder = s.scalar(select(Certificate).where(Certificate.number == number))
                if holder is not None and (holder.year, holder.seq) == (year, seq):
                    raise _Taken  # another officer issued this very number just now
                if holder is not None:
                    # Only a template without the year can repeat a number of another year.
                    raise _refused(
                        _(
                            "證書編號「{number}」已經用過；編號範本「{template}」"
                            "應包含年度 {field}，否則每年的編號會重複"
                        ).format(number=number, template=template, field="{roc_year}")
                    )
                s.add(
                    Certificate(
                        year=year,
                        seq=seq,
                        number=number,
                        enrollment_id=enrollment_id,
                        minutes=int(credit or 0),
                        issued_on=today,
                        status=VALID,
                    )
                )
            s.flush()
        ids = [eid for eid, _credit in eligible]
        if not ids:
            return []
        query = (
            _query()
            .where(Certificate.enrollment_id.in_(ids), Certificate.status != VOID)
            .order_by(Certificate.year, Certificate.seq)
        )
        return _rows(s, query)


def issue_certificates(
    db: Database, class_id: int | str, today: dt.date, *, now: dt.date | None = None
) -> list[CertificateRow]:
    """Certificates for every 正取 enrollee with credit > 0 of a closed class, by number.

    ``today`` is the issue date; it may be neither before the class's end date nor after
    ``now`` (the clock's date, today when not given). New numbers go only to people without
    a live (有效 or 待查) certificate of the class; the others get theirs back unchanged (a
    reprint). 待查 rows are returned too, so that the caller can tell the user to review
    them before printing.
    """
    clock = now if now is not None else dt.date.today()
    for attempt in range(ISSUE_ATTEMPTS):
        try:
            return _issue_once(db, class_id, today, clock)
        except (IntegrityError, _Taken) as exc:
            # Another officer took the same numbers meanwhile: read the new maximum, retry.
            if attempt == ISSUE_ATTEMPTS - 1:
                raise ConflictError(_("證書編號正被其他人同時核發，請稍後再試一次")) from exc
    raise AssertionError("unreachable")


def register(
    db: Database,
    year: int | None = None,
    class_id: int | str | None = None,
    status: str | None = None,
) -> list[CertificateRow]:
    """The register (證書清冊): every number issued, voided ones included, in number order.
    ``year`` is the Gregorian year of issue; ``class_id`` an id or a class code."""
    with db.session() as s:
        query = _query()
        if year is not None:
            query = query.where(Certificate.year == year)
        if class_id is not None:
            query = query.where(TrainingClass.id == load_class(s, class_id).id)
        if status is not None:
            if status not in STATUSES:
                raise _refused(
                    _("證書狀態「{status}」無法辨識，只能是{statuses}").format(
                        status=status, statuses="、".join(STATUSES)
                    )
                )
            query = query.where(Certificate.status == status)
        return _rows(s, query.order_by(Certificate.year, Certificate.seq))


def years(db: Database) -> list[int]:
    """Gregorian years that have certificates, newest first (for the register's filter)."""
    with db.session() as s:
        found = s.scalars(select(Certificate.year).distinct().order_by(Certificate.year.desc()))
        return [int(y) for y in found]


def _load(s: Session, certificate_id: int) -> Certificate:
    cert = s.get(Certificate, certificate_id)
    if cert is None:
        raise NotFound(_("找不到編號 {id} 的研習證明書").format(id=certificate_id))
    return cert


def _one(s: Session, certificate_id: int) -> CertificateRow:
    return _rows(s, _query().where(Certificate.id == certificate_id))[0]


def void(db: Database, certificate_id: int, today: dt.date) -> CertificateRow:
    """作廢: the number stays in the register with the voiding date and is never reused."""
    with db.session() as s:
        cert = _load(s, certificate_id)
        if cert.status == VOID:
            if cert.voided_on is None:
                text = _("證書「{number}」已作廢").format(number=cert.number)
            else:
                text = _("證書「{number}」已於 {day} 作廢").format(
                    number=cert.number, day=format_roc(cert.voided_on)
                )
            raise _refused(text)
        log(s, db.user, "certificate", cert.id, "狀態", cert.status, VOID)
        cert.status = VOID
        cert.voided_on = today
        s.flush()
        return _one(s, cert.id)


def mark_reviewed(db: Database, certificate_id: int) -> CertificateRow:
    """Clear the 待查 flag after checking: the certificate takes the enrollee's current
    credit as its hours (a reprint keeps the number and shows them). A person who no longer
    earns any hours cannot keep a certificate: void it instead."""
    with db.session() as s:
        cert = _load(s, certificate_id)
        if cert.status != REVIEW:
            raise _refused(
                _("證書「{number}」的狀態是{status}，不需查核").format(
                    number=cert.number, status=cert.status
                )
            )
        enrollment = s.get(Enrollment, cert.enrollment_id)
        credit = enrollment.credit_minutes if enrollment else None
        if not credit or (enrollment is not None and enrollment.status != ENROLLED):
            raise _refused(
                _("證書「{number}」的持有人目前沒有學習時數，請將此證書作廢").format(
                    number=cert.number
                )
            )
        if cert.minutes != credit:
            log(
                s,
                db.user,
                "certificate",
                cert.id,
                "時數",
                hours_text(cert.minutes),
                hours_text(credit),
            )
            cert.minutes = credit
        log(s, db.user, "certificate", cert.id, "狀態", REVIEW, VALID)
        cert.status = VALID
        s.flush()
        return _one(s, cert.id)


REGISTER_SHEET = "證書清冊"


def export_register(
    db: Database, path: Path, year: int | None = None, class_id: int | str | None = None
) -> int:
    """證書清冊 (SPEC §3.2) as .xlsx: every number of the year (all years when None), voided
    ones included, in number order. Returns the number of rows written."""
    from hrplanner.reports.xlsx.writer import Column, SheetSpec, write_workbook

    rows = register(db, year, class_id)
    columns = [
        Column("證書編號"),
        Column("年度", "int"),
        Column("序號", "int"),
        Column("員工編號"),
        Column("姓名"),
        Column("單位"),
        Column("班期代碼"),
        Column("課程名稱"),
        Column("起始日期", "date"),
        Column("結束日期", "date"),
        Column("學習時數", "decimal"),
        Column("核發日期", "date"),
        Column("狀態"),
        Column("作廢日期", "date"),
        Column("備註"),
    ]

    def note(r: CertificateRow) -> str:
        # A cell of the register (data): Chinese, like the column names.
        if r.status == REVIEW and r.credit_minutes != r.minutes:
            return f"出席已變更，目前學習時數 {hours_text(r.credit_minutes or 0)}"
        return ""

    data = (
        (
            r.number,
            roc_year_of(r.year),
            r.seq,
            r.employee_no,
            r.name,
            r.unit,
            r.class_code,
            r.class_title,
            r.start_date,
            r.end_date,
            hours_decimal(r.minutes),
            r.issued_on,
            r.status,
            r.voided_on,
            note(r),
        )
        for r in rows
    )
    dates_as_text = bool(settings_service.get(db, Setting.EXPORT_DATES_AS_TEXT))
    write_workbook(
        Path(path),
        [SheetSpec(REGISTER_SHEET, columns, data, len(rows))],
        dates_as_text=dates_as_text,
    )
    return len(rows)


def run_export(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """The catalogue's runner: 證書清冊 of one class, of a year, or of every year."""
    year = None if request.class_code else request.year
    count = export_register(db, path, year, request.class_code)
    if request.class_code:
        text = ngettext(
            "已匯出班期 {code} 證書清冊（{n} 筆）", "已匯出班期 {code} 證書清冊（{n} 筆）", count
        ).format(code=request.class_code, n=count)
    elif year is not None:
        text = ngettext(
            "已匯出 {year} 年度證書清冊（{n} 筆）", "已匯出 {year} 年度證書清冊（{n} 筆）", count
        ).format(year=roc_year_of(year), n=count)
    else:
        text = ngettext(
            "已匯出全部年度證書清冊（{n} 筆）", "已匯出全部年度證書清冊（{n} 筆）", count
        ).format(n=count)
    return Done(text)

"""The demo agency's certificates (R10), one of ``agency.GENERATORS``, run after the
training history: as a real office does, a closed class's certificates are issued a few
days after it closes, to every 正取 enrollee with credit, numbered per year in the order
issued with the agency's number template. The classes closed in the last month, and the
three closed last, still wait for theirs (the home page lists them), and a few certificates
of the latest issues are 待查: the attendance behind them was corrected after printing.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select

from hrplanner.domain.vocabulary import CERT_REVIEW, CERT_VALID, ENROLLED
from hrplanner.i18n import N_, _
from hrplanner.services.certificates.register import format_number, number_year
from hrplanner.services.common import settings_service
from hrplanner.services.demo import agency
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Certificate, Employee, Enrollment, TrainingClass

WAITING_DAYS = 30  # classes closed more recently have no certificates yet,
LATEST_WAITING = 3  # nor have the latest closed ones, however old
ISSUE_DAYS = (1, 10)  # issued this many days after the class closed
TO_CHECK = {"small": 1, "large": 3}  # 待查 among the latest issued
CHUNK = 5000


def generate_certificates(
    db: Database,
    size: str,
    rng: random.Random,
    progress: agency.Progress | None = None,
    today: dt.date | None = None,
) -> Mapping[str, int]:
    """Issue the certificates of the demo's closed classes (see the module docstring)."""
    today = today or dt.date.today()
    template = str(settings_service.get(db, Setting.CERTIFICATE_NUMBER_TEMPLATE))
    by = str(settings_service.get(db, Setting.CERTIFICATE_NUMBER_YEAR))
    if progress:
        progress(0, _("核發研習證明書…"))
    with db.session() as session:
        closed_classes = session.execute(
            select(TrainingClass.id, TrainingClass.code, TrainingClass.end_date,
                   TrainingClass.closed_on)
            .where(TrainingClass.closed_on.is_not(None), TrainingClass.cancelled.is_(False))
            .order_by(TrainingClass.closed_on.desc(), TrainingClass.code.desc())
        ).all()  # fmt: skip
        recent = today - dt.timedelta(days=WAITING_DAYS)
        classes = [
            c for i, c in enumerate(closed_classes) if i >= LATEST_WAITING and c.closed_on <= recent
        ]
        credited: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for class_id, enrollment_id, minutes in session.execute(
            select(Enrollment.class_id, Enrollment.id, Enrollment.credit_minutes)
            .join(Employee, Employee.id == Enrollment.employee_id)
            .where(Enrollment.status == ENROLLED, Enrollment.credit_minutes > 0)
            .order_by(Employee.employee_no)
        ):
            credited[class_id].append((enrollment_id, int(minutes or 0)))
        issues: list[tuple[dt.date, str, int, dt.date | None]] = []
        for class_id, code, end, closed in classes:
            if credited[class_id] and closed is not None:
                day = min(today, closed + dt.timedelta(days=rng.randint(*ISSUE_DAYS)))
                issues.append((day, code, class_id, end))
        issues.sort()
        seqs: dict[int, int] = defaultdict(int)
        rows: list[dict[str, Any]] = []
        for issued_on, _code, class_id, end in issues:
            year = number_year(by, end, issued_on)
            for enrollment_id, minutes in credited[class_id]:
                seqs[year] += 1
                rows.append(
                    {
                        "year": year,
                        "seq": seqs[year],
                        "number": format_number(template, year, seqs[year]),
                        "enrollment_id": enrollment_id,
                        "minutes": minutes,
                        "issued_on": issued_on,
                        "status": CERT_VALID,
                    }
                )
        # Attendance corrected after printing: the certificate shows more than is credited.
        for row in rng.sample(rows[-200:], min(TO_CHECK.get(size, 1), len(rows))):
            row["status"] = CERT_REVIEW
            row["minutes"] += 60
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(Certificate), rows[start : start + CHUNK])
            if progress:
                progress(100 * (start + CHUNK) // max(1, len(rows)), _("核發研習證明書…"))
    return {N_("研習證明書"): len(rows)}

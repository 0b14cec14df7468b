"""The demo's certificates (R10, small size): issued as an office does, a few days after a
class closes, to exactly the credited 正取 enrollees, numbered per year without a gap; the
latest classes still wait, and issuing theirs goes on from the last number."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from hrplanner.domain.vocabulary import CERT_REVIEW, CERT_VALID, ENROLLED
from hrplanner.services.certificates import register
from hrplanner.services.demo import agency
from hrplanner.services.demo.certificates import LATEST_WAITING, WAITING_DAYS
from hrplanner.services.home import summary
from hrplanner.storage.database import Database
from hrplanner.storage.models import Certificate, Enrollment, TrainingClass


def test_declared_last_so_the_others_keep_their_random_sources() -> None:
    assert agency.GENERATORS[-1] == "hrplanner.services.demo.certificates:generate_certificates"


def test_small_demo_certificates(db: Database) -> None:
    made = agency.generate(db, "small", seed=4)
    today = dt.date.today()
    waiting_since = today - dt.timedelta(days=WAITING_DAYS)
    with db.session() as s:
        rows = s.execute(
            select(Certificate, Enrollment, TrainingClass)
            .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
            .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        ).all()
        closed = s.execute(
            select(TrainingClass.code, TrainingClass.closed_on)
            .where(TrainingClass.closed_on.is_not(None), TrainingClass.cancelled.is_(False))
            .order_by(TrainingClass.closed_on.desc(), TrainingClass.code.desc())
        ).all()
        credited = dict(
            s.execute(
                select(Enrollment.id, TrainingClass.code)
                .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
                .where(
                    TrainingClass.closed_on.is_not(None),
                    Enrollment.status == ENROLLED,
                    Enrollment.credit_minutes > 0,
                )
            ).all()
        )
    waiting = {
        code for i, (code, day) in enumerate(closed) if i < LATEST_WAITING or day > waiting_since
    }
    expected = {e for e, code in credited.items() if code not in waiting}
    assert made.extra["研習證明書"] == len(rows) > 100
    assert sorted(e.id for _c, e, _t in rows) == sorted(expected)  # one each, nobody else
    seqs: dict[int, list[int]] = defaultdict(list)
    for cert, enrollment, cls in rows:
        assert cls.closed_on is not None and cls.closed_on <= cert.issued_on <= today
        assert cert.number == register.format_number(
            "{roc_year}研字第{seq:04d}號", cert.year, cert.seq
        )
        if cert.status == CERT_VALID:
            assert cert.minutes == enrollment.credit_minutes
        else:  # corrected after printing: the certificate shows more than is credited
            assert cert.status == CERT_REVIEW and cert.minutes > enrollment.credit_minutes
        seqs[cert.year].append(cert.seq)
    for numbers in seqs.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
    assert sum(1 for c, _e, _t in rows if c.status == CERT_REVIEW) == 1
    # The latest classes wait; issuing one goes on from the year's last number.
    listed = summary.uncertified_class_codes(db, today)
    assert set(listed) == {c for c in waiting if c in credited.values()} and listed
    issued = register.issue_certificates(db, listed[0], today)
    year_seqs = sorted(r.seq for r in issued if r.year == today.year)
    assert year_seqs[0] == max(seqs[today.year], default=0) + 1

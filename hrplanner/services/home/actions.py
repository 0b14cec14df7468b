"""The home page's one-click actions (SPEC R20): every sign-in sheet of this week's sessions
in one PDF, and the certificates of every closed class that has none yet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from hrplanner.i18n import _
from hrplanner.reports.pdf.data import SigninSheet
from hrplanner.reports.pdf.output import Output
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.home.summary import uncertified_class_codes, week_class_codes, week_of
from hrplanner.storage.database import Database

Progress = Callable[[int, int], None]


def print_week_signin(
    db: Database, today: dt.date, out: Output, progress: Progress | None = None
) -> int:
    """The sign-in sheets of every session held in ``today``'s week (classes in order of
    their first session), into one PDF; returns the number of sheets."""
    from hrplanner.reports.pdf.signin import build_signin
    from hrplanner.services.training.printing import fallback_fonts, font_choice, signin_sheets

    monday, sunday = week_of(today)
    codes = week_class_codes(db, today)
    if not codes:
        raise InputRefused([Problem(_("本週沒有班期上課，沒有簽到表可列印"))])
    sheets: list[SigninSheet] = []
    for index, code in enumerate(codes):
        sheets.extend(s for s in signin_sheets(db, code) if monday <= s.session_date <= sunday)
        if progress is not None:
            progress(index + 1, len(codes))
    font = font_choice(db)
    build_signin(sheets, out, font, fallback_fonts(db, font))
    return len(sheets)


@dataclass(frozen=True)
class Issued:
    classes: int
    certificates: int  # numbers given now or found again
    review: int  # of them 待查: to be checked before printing
    left: int = 0  # classes not reached because the user cancelled


def issue_closed_certificates(
    db: Database,
    today: dt.date,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Issued:
    """Issue the certificates of every closed class without them yet, dated ``today``
    (R10's numbers; each class in its own transaction, as the certificates page does).
    ``cancelled`` is asked between classes: the classes issued so far stay issued."""
    from hrplanner.domain import vocabulary as v
    from hrplanner.services.certificates.register import issue_certificates

    codes = uncertified_class_codes(db, today)
    total = review = 0
    for index, code in enumerate(codes):
        if cancelled is not None and cancelled():
            return Issued(index, total, review, len(codes) - index)
        rows = issue_certificates(db, code, today)
        total += len(rows)
        review += sum(1 for r in rows if r.status == v.CERT_REVIEW)
        if progress is not None:
            progress(index + 1, len(codes))
    return Issued(len(codes), total, review)

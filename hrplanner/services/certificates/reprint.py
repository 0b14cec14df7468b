"""A reprint of a class's certificates read straight from the SQLite file, for ``print
certificates`` on the command line.

Printing a class's certificates again (a lost page, a copy for the personnel file) writes
nothing and decides nothing that the register and the settings have not decided already.
Yet opening the database the ordinary way loads SQLAlchemy and the models, about 0.3 s:
longer than drawing 150 pages. So when every certificate the class needs has been issued,
none awaits review and the schema is this version's, the rows are read here with the
standard library's ``sqlite3`` and drawn with the same wording and builder as the ordinary
print (``services.certificates.content``, ``services.common.print_fonts``).

Anything else — a server database, a file of another schema revision or none, an unknown
or open class, a person still without a number, a certificate awaiting review, a class
that ends after today, a file that is busy or damaged — answers ``None``, and the command
takes the ordinary path, which issues numbers and words every refusal and warning. The
queries mirror ``services.certificates.register`` and ``services.training.printing``;
tests/services/certificates/test_reprint.py holds the two to the same pages.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hrplanner.domain.vocabulary import CERT_VALID, CERT_VOID, ENROLLED, RUN_HERE
from hrplanner.paths import expanded
from hrplanner.reports.pdf.data import Certificate
from hrplanner.services.catalogue import Done
from hrplanner.services.certificates import content
from hrplanner.services.common import print_fonts
from hrplanner.services.common.private_files import owner_only_output
from hrplanner.settings import Setting, decode_all
from hrplanner.storage.revisions import newest_revision_file

# A busy file (someone writing at this moment) is left to the ordinary path, which waits.
BUSY_TIMEOUT_S = 0.5

_CLASS = """
SELECT id, title, organizing, organizer, closed_on, start_date, end_date
FROM training_class WHERE code = ?
"""
_ELIGIBLE = """
SELECT id FROM enrollment WHERE class_id = ? AND status = ? AND credit_minutes > 0
"""
# As the register lists them: every live certificate of the class, by number.
_LIVE = """
SELECT c.enrollment_id, c.status, c.number, c.minutes, c.issued_on, e.name
FROM certificate c
JOIN enrollment n ON n.id = c.enrollment_id
JOIN employee e ON e.id = n.employee_id
JOIN unit u ON u.id = e.unit_id
WHERE n.class_id = ? AND c.status != ?
ORDER BY c.year, c.seq
"""
_TOPICS = """
SELECT t.enrollment_id, l.name, t.minutes
FROM credit_by_topic t
JOIN enrollment n ON n.id = t.enrollment_id
JOIN learning_topic l ON l.id = t.topic_id
WHERE n.class_id = ? AND t.minutes > 0
ORDER BY l.sort_order, l.name
"""


@dataclass(frozen=True)
class Reprint:
    """What the register holds for the class, with the settings of the moment."""

    values: dict[Setting, object]
    class_title: str
    organizing: str
    organizer: str
    start_date: dt.date
    end_date: dt.date
    # (enrollment id, number, name, minutes, issued on), by number
    issued: list[tuple[int, str, str, int, dt.date]]
    topic_hours: dict[int, content.TopicHours]


def sqlite_file(target: str) -> Path | None:
    """The file a ``--db`` target names, when it is a plain path (not a URL) to a file
    that others may not use: opening a file the ordinary way takes their rights away
    (``storage.engine.owner_only``), which is left to it."""
    if "://" in target or target.startswith("sqlite:"):
        return None
    path = expanded(target)
    return path if path.is_file() and _owner_only(path) else None


def _owner_only(path: Path) -> bool:
    if os.name == "nt":
        return True  # no group or other rights to take away there
    try:
        return not stat.S_IMODE(path.stat().st_mode) & (stat.S_IRWXG | stat.S_IRWXO)
    except OSError:
        return False


def read_reprint(path: Path, class_code: str, today: dt.date) -> Reprint | None:
    """The class's issued certificates when printing them is a pure reprint, else None."""
    # The file is not known to be ours until it is read: as storage.probe looks at one, a
    # WAL or journal beside it (someone has it open, or crashed) is read but never written
    # back into it; without one there is nothing to write, and a connection that may write
    # leaves no -wal or -shm behind.
    resolved = path.resolve()
    beside = any(Path(f"{resolved}{suffix}").exists() for suffix in ("-wal", "-journal"))
    try:
        conn = sqlite3.connect(
            f"{resolved.as_uri()}?mode={'ro' if beside else 'rw'}",
            uri=True,
            timeout=BUSY_TIMEOUT_S,
        )
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for every query below
        return _read(conn, class_code.strip(), today)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, code: str, today: dt.date) -> Reprint | None:
    version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if [row[0] for row in version] != [newest_revision_file()]:
        return None
    found = conn.execute(_CLASS, (code,)).fetchone()
    if found is None:
        return None
    class_id, title, organizing, organizer, closed_on, start, end = found
    if closed_on is None or start is None or end is None:
        return None
    start_date, end_date = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    if today < end_date:
        return None  # the ordinary path refuses an issue date before the class ended
    eligible = {row[0] for row in conn.execute(_ELIGIBLE, (class_id, ENROLLED))}
    live = [row for row in conn.execute(_LIVE, (class_id, CERT_VOID)) if row[0] in eligible]
    if not live or {row[0] for row in live} != eligible:
        return None  # someone needs a number issued
    if any(status != CERT_VALID for _e, status, *_rest in live):
        return None  # the ordinary path prints only 有效 ones, and names the 待查
    values = decode_all(dict(conn.execute('SELECT "key", value FROM setting').fetchall()))
    topics: dict[int, list[tuple[str, str]]] = {}
    if values.get(Setting.CERTIFICATE_TOPIC_HOURS):
        for enrollment_id, topic, minutes in conn.execute(_TOPICS, (class_id,)):
            topics.setdefault(enrollment_id, []).append((topic, content.hours_label(minutes)))
    return Reprint(
        values=values,
        class_title=title,
        organizing=organizing or RUN_HERE,
        organizer=(organizer or "").strip(),
        start_date=start_date,
        end_date=end_date,
        issued=[
            (enrollment_id, number, name, minutes, dt.date.fromisoformat(issued_on))
            for enrollment_id, _status, number, minutes, issued_on, name in live
        ],
        topic_hours={e: tuple(pairs) for e, pairs in topics.items()},
    )


def pages(reprint: Reprint, class_code: str) -> list[Certificate]:
    """The pages of the reprint, each as the ordinary print fills it; InputRefused for a
    setting that refuses (a seal file gone, a 委辦 class without its organizer)."""
    values = reprint.values
    seal = content.seal_image(values)
    body = content.certificate_wording(values, reprint.organizing)
    content.check_organizer(body, reprint.organizer, class_code, reprint.organizing)
    return [
        content.certificate(
            values,
            body=body,
            seal=seal,
            organizer=reprint.organizer,
            number=number,
            name=name,
            class_title=reprint.class_title,
            start_date=reprint.start_date,
            end_date=reprint.end_date,
            minutes=minutes,
            issued_on=issued_on,
            topic_hours=reprint.topic_hours.get(enrollment_id, ()),
        )
        for enrollment_id, number, name, minutes, issued_on in reprint.issued
    ]


def quick_reprint(
    target: str, class_code: str, out: Path, *, separate: bool, today: dt.date | None = None
) -> Done | None:
    """Print the class's certificates again from the file ``target`` names and say what was
    printed; None when this is not a pure reprint of a SQLite file (see the module
    docstring). The refusals of the ordinary print (FontNotFound, a broken wording, a seal
    gone) are raised the same."""
    path = sqlite_file(target)
    if path is None:
        return None
    reprint = read_reprint(path, class_code, today or dt.date.today())
    if reprint is None:
        return None
    # In the ordinary print's order: the font, the wording, then the pages.
    font = print_fonts.chosen_font(reprint.values)
    content.check_wordings(reprint.values)
    drawn = pages(reprint, class_code)
    fallbacks = print_fonts.fallback_chain(reprint.values, font)
    with owner_only_output(out, folder=separate):
        skipped = content.draw(drawn, out, font, fallbacks, separate=separate)
    left_out = {u.number for u in skipped}
    numbers: Sequence[str] = [p.number for p in drawn if p.number not in left_out]
    summary = content.printed_summary(class_code, numbers, separate=separate)
    return Done(summary, tuple(content.unprinted_warnings(skipped)))

"""What a 研習證明書 says, decided from the agency's settings and the register's rows alone:
the wording by 辦理方式, the seal, the hours, and what the user is told once it is printed.

Nothing here reads the database: the ordinary print (``services.training.printing``) and
the command line's reprint straight from the SQLite file (``services.certificates.reprint``)
both fill their pages here, so that the two cannot print different certificates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from hrplanner.domain.hours import format_hours
from hrplanner.domain.vocabulary import COMMISSIONED, RUN_HERE, SENT
from hrplanner.i18n import _, ngettext
from hrplanner.paths import expanded
from hrplanner.reports.pdf.data import DEFAULT_CERTIFICATE_TEMPLATES, Certificate
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.settings import Setting

if TYPE_CHECKING:
    from hrplanner.reports.pdf.certificate import Unprintable
    from hrplanner.reports.pdf.fonts import FontChoice

Values = Mapping[Setting, Any]
# (learning topic, hours text) in the topics' order: the optional line under the wording.
TopicHours = tuple[tuple[str, str], ...]

# The agency's wording for each 辦理方式 (SPEC §3.3: "wording from an editable template").
WORDING_SETTINGS = {
    RUN_HERE: Setting.CERTIFICATE_BODY_TEMPLATE,
    COMMISSIONED: Setting.CERTIFICATE_BODY_COMMISSIONED,
    SENT: Setting.CERTIFICATE_BODY_SENT,
}


def hours_label(minutes: int) -> str:
    """``3小時``, ``1.5小時`` as forms print them."""
    return f"{format_hours(minutes)}小時"


def check_wordings(values: Values) -> None:
    """Refuse (ValueError naming the fault) a wording of the agency's that cannot print."""
    from hrplanner.reports.pdf.certificate import check_template

    for setting in WORDING_SETTINGS.values():
        wording = str(values.get(setting) or "").strip()
        if wording:
            check_template(wording)


def certificate_wording(values: Values, organizing: str | None) -> str:
    """The wording of a class run as ``organizing`` (自辦 when unknown): the agency's own
    text for that type, else the default of that type."""
    kind = organizing if organizing in WORDING_SETTINGS else RUN_HERE
    own = str(values.get(WORDING_SETTINGS[kind]) or "").strip()
    return own or DEFAULT_CERTIFICATE_TEMPLATES[kind]


def check_organizer(body: str, organizer: str, class_code: str, organizing: str) -> None:
    """A 委辦 or 薦送 wording names the body that ran the class: refuse it unnamed."""
    if "{organizer}" in body and not organizer:
        text = _("班期「{code}」為{organizing}，證明書須寫出辦理的機關：請先在班期資料填寫主辦單位")
        raise InputRefused([Problem(text.format(code=class_code, organizing=organizing))])


def seal_image(values: Values) -> Path | None:
    """The seal's image file from the settings; InputRefused when it is set but gone."""
    raw = str(values[Setting.CERTIFICATE_SEAL_IMAGE] or "").strip()
    if not raw:
        return None
    path = expanded(raw)
    if not path.is_file():
        text = _("找不到印信圖檔「{path}」；請在「設定」中重新選擇，或清空此設定")
        raise InputRefused([Problem(text.format(path=raw))])
    return path


def certificate(
    values: Values,
    *,
    body: str,
    seal: Path | None,
    organizer: str,
    number: str,
    name: str,
    class_title: str,
    start_date: dt.date,
    end_date: dt.date,
    minutes: int,
    issued_on: dt.date,
    topic_hours: TopicHours = (),
) -> Certificate:
    """One page: the register's row (the hours and date as issued) in the agency's words."""
    return Certificate(
        number=number,
        name=name,
        class_title=class_title,
        start_date=start_date,
        end_date=end_date,
        hours_text=hours_label(minutes),
        agency=str(values[Setting.AGENCY_NAME]),
        head_title=str(values[Setting.HEAD_TITLE]),
        head_name=str(values[Setting.HEAD_NAME]),
        issue_date=issued_on,
        body_template=body,
        seal_image=seal,
        organizer=organizer,
        topic_hours=topic_hours,
    )


def draw(
    pages: Sequence[Certificate],
    out: Path | BinaryIO,
    font: FontChoice,
    fallbacks: Sequence[FontChoice],
    *,
    separate: bool,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Unprintable]:
    """Draw the pages into one PDF, or with ``separate`` one file per person in the folder
    ``out``; BuildCancelled on cancel. A page holding a character no font has is left out
    and returned, the others print (SPEC §3.3)."""
    from hrplanner.reports.pdf.certificate import build_certificate_files, build_certificates

    skipped: list[Unprintable] = []
    if separate:
        if not isinstance(out, Path):
            raise TypeError("separate certificates need a folder")
        build_certificate_files(
            pages, out, font, progress, cancelled, fallbacks=fallbacks, skipped=skipped
        )
    else:
        build_certificates(
            pages, out, font, progress, cancelled, fallbacks=fallbacks, skipped=skipped
        )
    return skipped


def unprinted_warnings(skipped: Sequence[Unprintable]) -> list[str]:
    """One line per person left out because no font has a character of their page."""
    text = _(
        "{person}未列印：沒有任何可用字型含有這些字；請安裝含有這些字的字型"
        "（如全字庫正楷體 TW-Kai），或在「設定」的缺字字型中指定"
    )
    return [text.format(person=u.describe()) for u in skipped]


def printed_summary(class_code: str, numbers: Sequence[str], *, separate: bool) -> str:
    """What was printed: how many certificates, from which number to which."""
    first, last = numbers[0], numbers[-1]
    span = first if first == last else f"{first}～{last}"
    count = len(numbers)
    if separate:
        text = ngettext(
            "已產生班期 {code} 研習證明書 {n} 張（{span}，每人一檔）",
            "已產生班期 {code} 研習證明書 {n} 張（{span}，每人一檔）",
            count,
        )
    else:
        text = ngettext(
            "已產生班期 {code} 研習證明書 {n} 張（{span}）",
            "已產生班期 {code} 研習證明書 {n} 張（{span}）",
            count,
        )
    return text.format(code=class_code, n=count, span=span)

"""What makes an agency setting's value acceptable beyond its declared type (SPEC §3.3, R10):
one function the settings dialog and ``hrplanner settings KEY VALUE`` both call, so a value
refused in the window is refused on the command line with the same sentence.

The declaration (``hrplanner.settings``) checks type, range and choices; this module adds
the checks that need the world: the agency name that every form prints, a print font that
can be embedded, sign-in columns that can be signed, a certificate number that changes from
one certificate to the next, a certificate wording whose placeholders exist, a seal image
that is a PNG or JPEG file, and an initial-training category from the agency's list.
reportlab is imported only when a font or a wording is really checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from hrplanner.i18n import _
from hrplanner.paths import expanded
from hrplanner.settings import Setting, SettingError, coerce
from hrplanner.storage.database import Database

FONT_SUFFIXES = (".ttf", ".ttc")
SEAL_SUFFIXES = (".png", ".jpg", ".jpeg")
# The first bytes of the image formats the certificate builder can place.
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
SIGNIN_REQUIRED = ("姓名", "簽到")


def agency_name_problem(value: str) -> str | None:
    if not value.strip():
        return _("請填寫機關全銜（印在簽到表與證明書上）。")
    return None


def font_problem(path: str) -> str | None:
    """Why the font file ``path`` cannot print ("" = automatic: whether any font is found)."""
    if path and Path(path).suffix.lower() not in FONT_SUFFIXES:
        return _("請選擇 TrueType 字型檔（.ttf 或 .ttc）；.otf 等字型無法內嵌於 PDF。")
    from hrplanner.reports.pdf.fonts import FontNotFound, find_font

    try:
        find_font(path or None)
    except FontNotFound as exc:
        return str(exc)
    return None


def signin_columns_problem(value: str) -> str | None:
    from hrplanner.reports.pdf.data import SIGNIN_COLUMNS, SIGNIN_OPTIONAL_COLUMNS

    columns = [c.strip() for c in value.replace("，", ",").replace("、", ",").split(",")]
    columns = [c for c in columns if c]
    known = (*SIGNIN_COLUMNS, *SIGNIN_OPTIONAL_COLUMNS)
    unknown = [c for c in columns if c not in known]
    if unknown:
        return _("簽到表欄位「{unknown}」不存在；可用欄位：{known}。").format(
            unknown="、".join(unknown), known="、".join(known)
        )
    if any(c not in columns for c in SIGNIN_REQUIRED):
        return _("簽到表至少要有「姓名」與「簽到」兩欄。")
    return None


def number_template_problem(value: str) -> str | None:
    from hrplanner.services.certificates.register import format_number
    from hrplanner.services.common.errors import InputRefused

    try:
        format_number(value, dt.date.today().year, 1)
    except InputRefused as exc:
        return exc.problems[0].message
    if "{seq" not in value:
        return _("證書字號格式需含流水號 {seq}（例如 {seq:04d}），否則每張證書字號都相同。")
    return None


def body_template_problem(value: str) -> str | None:
    if not value:
        return None  # the default wording
    from hrplanner.reports.pdf.certificate import check_template

    try:
        check_template(value)
    except ValueError as exc:
        return str(exc)
    return None


def seal_problem(value: str) -> str | None:
    if not value:
        return None
    path = expanded(value)
    if path.suffix.lower() not in SEAL_SUFFIXES:
        return _("印信圖檔需為 PNG 或 JPG 檔。")
    if not path.is_file():
        return _("找不到印信圖檔「{path}」。").format(path=path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        head = b""
    if not any(head.startswith(magic) for magic in _IMAGE_MAGIC):
        return _("無法讀取印信圖檔「{path}」，檔案可能已損壞。").format(path=path)
    return None


def _category_problem(db: Database | None, value: str) -> str | None:
    if db is None:
        return None
    from hrplanner.services.common import reference

    names = [item.name for item in reference.list_items(db, "class_category")]
    if value not in names:
        return _("班期類別「{name}」不在班期類別清單中；可用的有：{names}。").format(
            name=value, names="、".join(names)
        )
    return None


def staff_number_problem(value: str) -> str | None:
    from hrplanner.services.staff.import_sources import check_pattern

    found = check_pattern(value.strip())
    return found[0].message if found else None


def fallback_fonts_problem(value: str) -> str | None:
    """Why a named fallback font cannot be used (the first one that cannot), else None."""
    from hrplanner.reports.pdf.fallback import fallback_choice
    from hrplanner.reports.pdf.fonts import FontNotFound

    for text in (line.strip() for line in value.splitlines()):
        if not text:
            continue
        if Path(text).suffix.lower() not in FONT_SUFFIXES:
            return _("「{path}」不是 TrueType 字型檔（.ttf 或 .ttc）。").format(path=text)
        try:
            fallback_choice(expanded(text), 0, "user")
        except (FontNotFound, OSError) as exc:
            return str(exc)
    return None


_CHECKS: dict[Setting, Callable[[Any], str | None]] = {
    Setting.STAFF_NUMBER_PATTERN: staff_number_problem,
    Setting.PRINT_FALLBACK_FONTS: fallback_fonts_problem,
    Setting.AGENCY_NAME: agency_name_problem,
    Setting.SIGNIN_COLUMNS: signin_columns_problem,
    Setting.CERTIFICATE_NUMBER_TEMPLATE: number_template_problem,
    Setting.CERTIFICATE_BODY_TEMPLATE: body_template_problem,
    Setting.CERTIFICATE_BODY_COMMISSIONED: body_template_problem,
    Setting.CERTIFICATE_BODY_SENT: body_template_problem,
    Setting.CERTIFICATE_SEAL_IMAGE: seal_problem,
}


def problems(db: Database | None, values: Mapping[Setting, Any]) -> dict[Setting, str]:
    """Why each of ``values`` cannot be saved (absent when it can). A font left automatic
    that finds nothing is not a problem here: the forms say so when they print."""
    found: dict[Setting, str] = {}
    for setting, raw in values.items():
        try:
            value = coerce(setting, raw)
        except SettingError as exc:
            found[setting] = str(exc)
            continue
        check = _CHECKS.get(setting)
        problem = check(value) if check is not None else None
        if setting is Setting.PRINT_FONT_FILE and value:
            problem = font_problem(value)
        elif setting is Setting.INITIAL_TRAINING_CATEGORY:
            problem = _category_problem(db, value)
        if problem:
            found[setting] = problem
    return found


def save(db: Database, values: Mapping[Setting, Any]) -> None:
    """Check ``values`` and write them in one transaction; InputRefused naming each refused
    setting (by its key) and writing nothing when any is refused."""
    from hrplanner.services.common import settings_service
    from hrplanner.services.common.errors import InputRefused, Problem

    found = problems(db, values)
    if found:
        raise InputRefused([Problem(text, column=s.value) for s, text in found.items()])
    settings_service.update(db, dict(values))

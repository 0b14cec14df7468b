"""The fonts of every printed form as the agency's settings name them (SPEC §3.3): the
user's font file, else the one found here; then the fallbacks that draw what it lacks.

From the settings' values alone, so that a reader that does not open the database the
ordinary way (``services.certificates.reprint``) chooses exactly the same fonts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from hrplanner.settings import Setting

if TYPE_CHECKING:
    from hrplanner.reports.pdf.fonts import FontChoice


def chosen_font(values: Mapping[Setting, Any]) -> FontChoice:
    """The user's file from the settings, else automatic. Raises FontNotFound (with
    advice) when none can be embedded."""
    from hrplanner.reports.pdf.fonts import find_font

    user = str(values.get(Setting.PRINT_FONT_FILE) or "").strip()
    return find_font(user or None)


def fallback_chain(values: Mapping[Setting, Any], primary: FontChoice) -> list[FontChoice]:
    """The fonts that draw what ``primary`` lacks: those found here (全字庫 TW-Kai, …), then
    the ones the user names in the settings (UnusableFont says why one cannot be used)."""
    from hrplanner.reports.pdf.fallback import find_fallbacks

    raw = str(values.get(Setting.PRINT_FALLBACK_FONTS) or "")
    named = [line.strip() for line in raw.splitlines() if line.strip()]
    return find_fallbacks(primary, named)

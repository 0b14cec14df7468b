"""Errors that services raise for input a user must correct. Nothing is written when raised."""

from __future__ import annotations

from dataclasses import dataclass

from hrplanner.domain.national_id import scrub
from hrplanner.i18n import _


def _where(sheet: bool, row: bool, column: bool) -> str:
    """Where a problem is: one whole sentence for each combination of what is known, so
    that each language orders the parts its own way."""
    if sheet and row and column:
        return _("工作表「{sheet}」 第 {row} 列 欄「{column}」：{message}")
    if sheet and row:
        return _("工作表「{sheet}」 第 {row} 列：{message}")
    if sheet and column:
        return _("工作表「{sheet}」 欄「{column}」：{message}")
    if row and column:
        return _("第 {row} 列 欄「{column}」：{message}")
    if sheet:
        return _("工作表「{sheet}」：{message}")
    if row:
        return _("第 {row} 列：{message}")
    return _("欄「{column}」：{message}")


@dataclass(frozen=True)
class Problem:
    """One problem in user input: where it is (sheet, row, column) and what is wrong.

    ``message`` is a whole sentence in the language the core spoke when the problem was
    found; sheet and column are the names found in the file (data, not translated)."""

    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def __post_init__(self) -> None:
        # A problem often repeats what was typed: an identity number typed into 員工編號
        # or a name column must not come back whole (R2), wherever the problem is shown.
        object.__setattr__(self, "message", scrub(self.message))

    def __str__(self) -> str:
        known = (bool(self.sheet), self.row is not None, bool(self.column))
        if not any(known):
            return self.message
        return scrub(
            _where(*known).format(
                sheet=self.sheet, row=self.row, column=self.column, message=self.message
            )
        )


class InputRefused(Exception):
    """The input was refused as a whole; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ConflictError(Exception):
    """Someone else changed the record since it was read (shared database)."""


class NotFound(LookupError):
    pass

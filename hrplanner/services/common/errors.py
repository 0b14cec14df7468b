"""Errors that services raise for input a user must correct. Nothing is written when raised."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in user input: where it is (sheet, row, column) and what is wrong."""

    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def __str__(self) -> str:
        where = []
        if self.sheet:
            where.append(f"工作表「{self.sheet}」")
        if self.row is not None:
            where.append(f"第 {self.row} 列")
        if self.column:
            where.append(f"欄「{self.column}」")
        return f"{' '.join(where)}：{self.message}" if where else self.message


class InputRefused(Exception):
    """The input was refused as a whole; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ConflictError(Exception):
    """Someone else changed the record since it was read (shared database)."""


class NotFound(LookupError):
    pass

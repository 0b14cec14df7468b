"""Where a problem is (sheet, row, column) is one whole sentence in each language: the
Chinese reads exactly as before, the English names the sheet, row and column in English
words, and the file's own names (sheet, column) stay as they are."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hrplanner import i18n
from hrplanner.services.common.errors import InputRefused, Problem


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("zh_TW")


CASES = [
    # (sheet, row, column, Chinese, English)
    ("", None, "", "錯", "錯"),
    ("人員", None, "", "工作表「人員」：錯", 'Sheet "人員": 錯'),
    ("", 3, "", "第 3 列：錯", "Row 3: 錯"),
    ("", None, "姓名", "欄「姓名」：錯", 'Column "姓名": 錯'),
    ("人員", 3, "", "工作表「人員」 第 3 列：錯", 'Sheet "人員", row 3: 錯'),
    ("人員", None, "姓名", "工作表「人員」 欄「姓名」：錯", 'Sheet "人員", column "姓名": 錯'),
    ("", 3, "姓名", "第 3 列 欄「姓名」：錯", 'Row 3, column "姓名": 錯'),
    (
        "人員",
        3,
        "姓名",
        "工作表「人員」 第 3 列 欄「姓名」：錯",
        'Sheet "人員", row 3, column "姓名": 錯',
    ),
]


@pytest.mark.parametrize(("sheet", "row", "column", "chinese", "english_text"), CASES)
def test_where_a_problem_is_reads_as_before_in_chinese(
    sheet: str, row: int | None, column: str, chinese: str, english_text: str
) -> None:
    assert str(Problem("錯", sheet=sheet, row=row, column=column)) == chinese


@pytest.mark.parametrize(("sheet", "row", "column", "chinese", "english_text"), CASES)
def test_where_a_problem_is_is_english_in_english(
    english: None, sheet: str, row: int | None, column: str, chinese: str, english_text: str
) -> None:
    assert str(Problem("錯", sheet=sheet, row=row, column=column)) == english_text


def test_row_zero_is_still_a_row() -> None:
    assert str(Problem("錯", row=0)) == "第 0 列：錯"


def test_a_refusal_lists_every_problem_in_the_language_of_the_moment(english: None) -> None:
    refused = InputRefused([Problem("a", "S", 2, "C"), Problem("b")])
    assert str(refused) == 'Sheet "S", row 2, column "C": a\nb'

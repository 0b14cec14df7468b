"""``national_id.scrub``: every identity number in a message masked, nothing else touched."""

from __future__ import annotations

import pytest

from hrplanner.domain.national_id import scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("員工編號「A123456789」已有人使用", "員工編號「A12****789」已有人使用"),
        ("新增 a123456789", "新增 A12****789"),  # as typed, in lower case
        ("A800000014、AA00000009", "A80****014、AA0****009"),  # resident numbers
        ("A123456788 與 B234567890", "A12****788 與 B23****890"),  # a typo is masked too
        ("班期 115-001 第 2 場", "班期 115-001 第 2 場"),
        ("XA123456789", "XA123456789"),  # inside a longer code: not a number on its own
        ("A1234567890", "A1234567890"),
        ("E12345678", "E12345678"),
        ("", ""),
    ],
)
def test_scrub(text: str, expected: str) -> None:
    assert scrub(text) == expected

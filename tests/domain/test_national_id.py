"""R2: identity numbers (身分證字號, new and old resident numbers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hrplanner import i18n
from hrplanner.domain.national_id import (
    LETTER_CODES,
    NationalIdError,
    checksum,
    id_kind,
    is_valid,
    mask,
    normalize,
    validate,
)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language("zh_TW")


# The SPEC's examples plus hand-checked numbers covering every shape and unusual letter codes
# (I=34, O=35, W=32 are out of alphabetical order). Worked example for AC00000003:
# A=10 → 1·1 + 0·9; C=12 → units digit 2 · 8 = 16; 3 · 1 → 1 + 16 + 3 = 20.
VALID = [
    ("A123456789", "citizen"),
    ("F131104093", "citizen"),
    ("B200000004", "citizen"),
    ("I100000003", "citizen"),
    ("O200000006", "citizen"),
    ("W100000001", "citizen"),
    ("Z100000002", "citizen"),
    ("A800000014", "new_resident"),
    ("A900000007", "new_resident"),
    ("Y800000004", "new_resident"),
    ("AA00000009", "old_resident"),
    ("AB00000001", "old_resident"),
    ("AC00000003", "old_resident"),
    ("AD00000005", "old_resident"),
    ("FC12345674", "old_resident"),
]


@pytest.mark.parametrize(("value", "kind"), VALID)
def test_valid_numbers(value: str, kind: str) -> None:
    assert is_valid(value)
    assert validate(value) == value
    assert id_kind(value) == kind
    assert checksum(value) % 10 == 0


@pytest.mark.parametrize(
    ("value", "total"),
    [("A123456789", 130), ("F131104093", 110), ("A800000014", 70), ("AA00000009", 10)],
)
def test_weighted_sum(value: str, total: int) -> None:
    assert checksum(value) == total


def test_old_resident_second_letter_uses_units_digit_of_its_code() -> None:
    # With the tens digit (1) instead, AC00000003 would sum to 12 and AC00000001, AD00000001 to 10.
    assert is_valid("AC00000003")
    assert not is_valid("AC00000001")
    assert not is_valid("AD00000001")


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("a123456789", "A123456789"),
        ("  A123456789  ", "A123456789"),
        ("\u3000a123456789\t", "A123456789"),
        ("Ａ１２３４５６７８９", "A123456789"),  # full width
        ("a800000014", "A800000014"),
        (" a800000014", "A800000014"),
        ("aa00000009", "AA00000009"),
        ("Aa00000009 ", "AA00000009"),
        ("ｆｃ12345674", "FC12345674"),
    ],
)
def test_lower_case_full_width_and_spaces_are_normalised(raw: str, normalised: str) -> None:
    assert normalize(raw) == normalised
    assert is_valid(raw)
    assert validate(raw) == normalised


@pytest.mark.parametrize("blank", [None, "", "   ", "\u3000"])
def test_blank_is_no_number(blank: str | None) -> None:
    assert normalize(blank) is None
    assert validate(blank) is None
    assert mask(blank) == ""
    assert not is_valid(blank or "")


@pytest.mark.parametrize(
    ("value", "reason_part"),
    [
        ("A12345678", "有 9 碼"),
        ("A1234567890", "有 11 碼"),
        ("A 123456789", "有 11 碼"),  # inner spaces are not removed
        ("1123456789", "第 1 碼須為英文字母"),
        ("@123456789", "第 1 碼須為英文字母"),
        ("A323456789", "第 2 碼"),  # gender digit 3
        ("A023456789", "第 2 碼"),
        ("A723456789", "第 2 碼"),
        ("AE00000009", "第 2 碼"),  # old resident letters are A–D only
        ("AZ00000009", "第 2 碼"),
        ("A12345678X", "第 3 至 10 碼須為數字"),
        ("AA0000000A", "第 3 至 10 碼須為數字"),
        ("A1234567٨9", "第 3 至 10 碼須為數字"),  # a non-ASCII digit
    ],
)
def test_format_errors(value: str, reason_part: str) -> None:
    assert not is_valid(value)
    assert id_kind(value) is None
    with pytest.raises(NationalIdError) as info:
        validate(value)
    assert info.value.kind == "format"
    assert "格式錯誤" in str(info.value)
    assert "檢查碼" not in str(info.value)
    assert reason_part in str(info.value)
    # R2: the value is masked in the message (it goes to stderr and logs), never in full.
    assert f"「{value.strip()}」" not in str(info.value)
    assert f"「{mask(value)}」" in str(info.value)


@pytest.mark.parametrize(
    "value",
    [
        "A123456788",  # the SPEC's invalid example
        "B123456789",  # wrong first letter for these digits
        "A223456789",  # other gender digit, same rest
        "A800000015",
        "A900000014",
        "AA00000008",
        "AB00000009",
        "ＡＢ00000009",
    ],
)
def test_checksum_errors(value: str) -> None:
    assert id_kind(value) is not None  # well shaped
    assert not is_valid(value)
    with pytest.raises(NationalIdError) as info:
        validate(value)
    assert info.value.kind == "checksum"
    assert isinstance(info.value, ValueError)
    assert "檢查碼錯誤" in str(info.value)
    assert "格式錯誤" not in str(info.value)
    assert normalize(value) not in str(info.value)
    assert f"「{mask(value)}」" in str(info.value)


def test_the_message_masks_the_number_and_names_the_wrong_position() -> None:
    with pytest.raises(NationalIdError) as info:
        validate("A123456788")
    assert str(info.value).startswith("身分證字號檢查碼錯誤「A12****788」：")
    assert "A123456788" not in str(info.value) and "A123456788" not in repr(info.value)
    with pytest.raises(NationalIdError) as info:
        validate("A12345678X")
    assert str(info.value) == "身分證字號格式錯誤「A12****78X」：第 3 至 10 碼須為數字"
    with pytest.raises(NationalIdError) as info:
        validate("A323456789")
    assert str(info.value).startswith("身分證字號格式錯誤「A32****789」：第 2 碼須為 1 或 2")


@pytest.mark.parametrize("valid", [v for v, _kind in VALID])
def test_exactly_one_check_digit_fits(valid: str) -> None:
    # The last digit has weight 1, so any other final digit breaks the sum.
    fitting = [d for d in "0123456789" if is_valid(valid[:-1] + d)]
    assert fitting == [valid[-1]]


def test_every_letter_has_a_distinct_code() -> None:
    assert sorted(LETTER_CODES) == [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    assert sorted(LETTER_CODES.values()) == list(range(10, 36))
    assert (LETTER_CODES["I"], LETTER_CODES["O"], LETTER_CODES["W"]) == (34, 35, 32)


def test_checksum_refuses_malformed_numbers() -> None:
    with pytest.raises(NationalIdError):
        checksum("A12345")


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("A123456789", "A12****789"),
        (" a123456789 ", "A12****789"),
        ("A800000014", "A80****014"),
        ("AA00000009", "AA0****009"),
        ("A12345678", "A12***678"),  # malformed old data: still no more than 3 + 3 shown
        ("A1234", "*****"),
    ],
)
def test_mask(value: str, masked: str) -> None:
    assert mask(value) == masked


@pytest.mark.usefixtures("english")
def test_the_english_message_masks_the_number_too() -> None:
    with pytest.raises(NationalIdError) as info:
        validate("A123456788")
    assert str(info.value) == (
        'Wrong check digit in ID number "A12****788": the last character does not match '
        "the first nine; please check for a typing mistake"
    )
    with pytest.raises(NationalIdError) as info:
        validate("A12345678X")
    assert str(info.value) == 'Malformed ID number "A12****78X": characters 3 to 10 must be digits'
    with pytest.raises(NationalIdError) as info:
        validate("A32345678 9")
    message = str(info.value)
    assert "A32345678" not in message
    assert message.endswith("but this value has 11 characters")
    assert f'"{mask("A32345678 9")}"' in message

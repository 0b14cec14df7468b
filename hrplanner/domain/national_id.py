"""R2: Taiwanese identity numbers (身分證字號 and 居留證號) — normalising, checking, masking.

Three shapes are valid, each one letter followed by nine characters:

- 身分證字號 ``A123456789``: second character 1 or 2;
- new resident number (新式居留證) ``A800000014``: second character 8 or 9;
- old resident number (舊式居留證) ``AA00000009``: second character a letter A–D.

The first letter maps to a two-digit code (A10 … Z33); both digits count. In the old resident
format the second letter counts with the units digit of its own code. The eleven digits are
weighted 1,9,8,7,6,5,4,3,2,1,1 and the number is valid iff the sum is divisible by 10.

The field is optional everywhere, so blank input means "no number" rather than an error.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from hrplanner.i18n import _, ngettext

LETTER_CODES: dict[str, int] = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34,
    "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25,
    "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33,
}  # fmt: skip

WEIGHTS: tuple[int, ...] = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)

IdKind = Literal["citizen", "new_resident", "old_resident"]

_CITIZEN_SECOND = "12"
_NEW_RESIDENT_SECOND = "89"
_OLD_RESIDENT_SECOND = "ABCD"


class NationalIdError(ValueError):
    """An identity number that is malformed (``kind == "format"``) or fails its check digit
    (``kind == "checksum"``).

    The message shows the number masked (``A12****788``): it goes to stderr, logs and
    problem lists, and a number with one typo is still almost someone's real number. The
    message names the position that is wrong instead. ``message`` is a whole translated
    sentence whose ``{masked}`` is the masked number; ``fields`` fill its other
    placeholders."""

    def __init__(
        self, value: str, kind: Literal["format", "checksum"], message: str, **fields: object
    ) -> None:
        self.value = value
        self.kind: Literal["format", "checksum"] = kind
        super().__init__(message.format(masked=mask(value), **fields))


def normalize(value: str | None) -> str | None:
    """Full-width to ASCII (NFKC), surrounding spaces removed, upper case; blank → None."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", value).strip().upper()
    return text or None


def id_kind(value: str) -> IdKind | None:
    """Which of the three shapes ``value`` has (checksum not checked); None when none."""
    text = normalize(value)
    if text is None or len(text) != 10 or text[0] not in LETTER_CODES:
        return None
    if not text[2:].isascii() or not text[2:].isdigit():
        return None
    second = text[1]
    if second in _CITIZEN_SECOND:
        return "citizen"
    if second in _NEW_RESIDENT_SECOND:
        return "new_resident"
    if second in _OLD_RESIDENT_SECOND:
        return "old_resident"
    return None


def checksum(value: str) -> int:
    """The weighted sum of the eleven digits of a well-shaped number (valid iff % 10 == 0)."""
    text = normalize(value) or ""
    if id_kind(text) is None:
        raise _shape_error(value, text)
    first = LETTER_CODES[text[0]]
    second = text[1]
    # Old resident numbers: the second letter contributes only the units digit of its code.
    second_digit = LETTER_CODES[second] % 10 if second.isalpha() else int(second)
    digits = [first // 10, first % 10, second_digit, *(int(c) for c in text[2:])]
    return sum(w * d for w, d in zip(WEIGHTS, digits, strict=True))


def is_valid(value: str) -> bool:
    """True when ``value`` (after normalising) is a valid number of any of the three shapes."""
    text = normalize(value)
    return text is not None and id_kind(text) is not None and checksum(text) % 10 == 0


def validate(value: str | None) -> str | None:
    """The normalised number, None for blank input; NationalIdError when invalid."""
    text = normalize(value)
    if text is None:
        return None
    if id_kind(text) is None:
        raise _shape_error(value or "", text)
    if checksum(text) % 10 != 0:
        raise NationalIdError(
            text,
            "checksum",
            _("身分證字號檢查碼錯誤「{masked}」：最後一碼與前九碼不符，請核對是否有打錯字"),
        )
    return text


def mask(value: str | None) -> str:
    """``A12****789`` for lists and prints; "" for None or blank.

    Anything else (an old malformed value) keeps its first and last three characters at
    most, so a masked value never shows more than a valid one would.
    """
    text = normalize(value)
    if text is None:
        return ""
    if len(text) <= 6:
        return "*" * len(text)
    return text[:3] + "*" * (len(text) - 6) + text[-3:]


# Anything shaped like one of the three kinds of number (checksum or not: a number with a
# typo is still almost someone's), standing alone — not inside a longer code.
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])[A-Za-z][1289A-Da-d][0-9]{8}(?![0-9A-Za-z])")


def scrub(text: str) -> str:
    """``text`` with every identity number in it masked (``A12****789``).

    For messages that repeat what a user typed or what a file held: an identity number
    typed into the wrong column (員工編號, a sign-up form's name field) must not come
    back whole in a refusal, a log or the command line's output (R2)."""
    if not any(c.isdigit() for c in text):
        return text
    return _ID_IN_TEXT.sub(lambda m: mask(m.group(0)), text)


def _shape_error(original: str, text: str) -> NationalIdError:
    """A format error whose reason names the first thing that is wrong."""
    shown = text or original.strip()
    if len(text) != 10:
        return NationalIdError(
            shown,
            "format",
            ngettext(
                "身分證字號格式錯誤「{masked}」：應為 1 個英文字母加 9 碼（如 A123456789），"
                "共 10 碼，而此值有 {n} 碼",
                "身分證字號格式錯誤「{masked}」：應為 1 個英文字母加 9 碼（如 A123456789），"
                "共 10 碼，而此值有 {n} 碼",
                len(text),
            ),
            n=len(text),
        )
    if not ("A" <= text[0] <= "Z"):
        return NationalIdError(
            shown,
            "format",
            _("身分證字號格式錯誤「{masked}」：第 1 碼須為英文字母 A–Z，而非「{char}」"),
            char=text[0],
        )
    if text[1] not in _CITIZEN_SECOND + _NEW_RESIDENT_SECOND + _OLD_RESIDENT_SECOND:
        return NationalIdError(
            shown,
            "format",
            _(
                "身分證字號格式錯誤「{masked}」：第 2 碼須為 1 或 2（身分證）、"
                "8 或 9（新式居留證）、A–D（舊式居留證），而非「{char}」"
            ),
            char=text[1],
        )
    return NationalIdError(
        shown, "format", _("身分證字號格式錯誤「{masked}」：第 3 至 10 碼須為數字")
    )

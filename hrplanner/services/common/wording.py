"""Small pieces of wording that many messages share, in the core's current language.

A person is named with the employee number: 王小明（1001） in Chinese, 王小明 (1001) in
English. A list of names inside a sentence (the allowed values of a column, the kinds a command
accepts) is joined with the language's own separator: 「、」 in Chinese, ", " in English.
The names themselves are data (vocabulary words, column names) and stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable

from hrplanner.i18n import _


def names(items: Iterable[object]) -> str:
    """``items`` as one list inside a sentence: 甲、乙、丙 / 甲, 乙, 丙."""
    return _("、").join(str(item) for item in items)


def person_label(name: str, number: str) -> str:
    """A person as messages name them: the name with the employee number."""
    return _("{name}（{number}）").format(name=name, number=number)

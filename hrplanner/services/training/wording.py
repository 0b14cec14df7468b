"""Pieces the training services' messages share: how a person is named and how a list of
values reads inside a sentence, in the language the core speaks now (``hrplanner.i18n``).

Both are catalogue entries rather than fixed punctuation, because Chinese writes
``王小明（1001）`` and ``1、2`` where English writes ``王小明 (1001)`` and ``1, 2``.
"""

from __future__ import annotations

from collections.abc import Iterable

from hrplanner.i18n import _


def person_label(name: str, number: str) -> str:
    """A person as messages name them: the name with the employee number."""
    return _("{name}（{number}）").format(name=name, number=number)


def listing(items: Iterable[object]) -> str:
    """Values listed inside a sentence, e.g. session numbers or the allowed choices."""
    return _("、").join(str(item) for item in items)

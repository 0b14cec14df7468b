"""Opening a page with a filter applied (the home page's links, SPEC R20).

``MainWindow.navigate(page_key, **filter)`` shows the page and, when the page has an
``show_filtered(**filter)`` method, hands it the filter; the page sets its own choices (year,
status, view…) and reads its rows once. The helpers here let a page set a choice without
each widget's change signal reading the rows again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from PySide6.QtWidgets import QComboBox, QWidget


class Filterable(Protocol):
    def show_filtered(self, **filter: Any) -> None: ...


@contextmanager
def quiet(*widgets: QWidget) -> Iterator[None]:
    """Block the widgets' signals while choices are set from code."""
    previous = [w.blockSignals(True) for w in widgets]
    try:
        yield
    finally:
        for widget, was in zip(widgets, previous, strict=True):
            widget.blockSignals(was)


def select_data(combo: QComboBox, value: object) -> bool:
    """Select the entry of ``combo`` holding ``value``; False (nothing changed) if none."""
    for index in range(combo.count()):  # findData does not find None (an "all" entry)
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return True
    return False

"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

In PySide6 6.12.0, ``SignalInstance.emit()`` returns ``True`` without taking a reference,
and a Python ``None`` that goes through a QVariant and back (``QModelIndex.data()``,
``QComboBox.currentData()``) loses one too. Each call takes one reference away from the
interpreter's ``True`` / ``None``; after a few hundred signals the count reaches zero and
Python aborts ("Fatal Python error: bool_dealloc"). Measured: 200 emits → True −200;
100 ``index.data()`` returning None → None −96. PySide6 6.11.3 does not have the bug, but
the QtPdf wheel the application uses exists only for 6.12, so it cannot be avoided by
pinning.

Python 3.12 made these singletons immortal (their count is never used), which makes the
bug harmless. On 3.11 we do the same by hand: give ``None``, ``True`` and ``False`` a
reference count so large that no number of lost references can bring it to zero. It
changes nothing else: the interpreter never frees these objects anyway.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # lost references a process could suffer before any effect
_applied = False


def needed() -> bool:
    import PySide6

    return sys.version_info < (3, 12) and PySide6.__version__.startswith("6.12.")


def apply() -> bool:
    """Protect the singletons once per process; returns whether anything was done."""
    global _applied
    if _applied or not needed():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object (CPython, non-debug build).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _applied = True
    return True

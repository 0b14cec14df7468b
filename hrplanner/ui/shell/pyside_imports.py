"""Spare every import the source scan PySide6 adds to it.

Once ``PySide6.QtCore`` is loaded, PySide6 hooks the import statement for its opt-in
``from __feature__ import snake_case, true_property`` (PYSIDE-2029): after every new
module, it reads that module's whole source file (``inspect.getsource``) to see whether
the text "PySide6" occurs in it, and remembers the answer. The window imports about 300
modules after Qt (SQLAlchemy, the models, the first page), and reading them all cost
0.04–0.06 s of the start-up, before the home page could show its cards.

The answer only matters to a module that switches a feature on, and HR Planner never does
(a test keeps it so): with no feature selected anywhere, a module marked as not using
PySide behaves exactly as one marked as using it. So the check is answered without
reading the file. If a later PySide6 no longer has the hook, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

_applied = False


def skip_source_scan() -> bool:
    """Answer PySide6's per-import check without reading source; returns whether applied."""
    global _applied
    if _applied:
        return False
    import PySide6.QtCore  # noqa: F401  (loads the hook to be answered)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _no_feature_switch)  # noqa: B010  (a module's private hook)
    _applied = True
    return True


def _no_feature_switch(_module: ModuleType) -> bool:
    return False

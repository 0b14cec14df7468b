"""PySide6's per-import source scan is answered without reading files, which is only right
while no HR Planner module switches a PySide6 feature on."""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path

import pytest

import hrplanner
import hrplanner.ui  # applies the answer, as the window does


def test_no_module_switches_a_pyside_feature() -> None:
    root = Path(hrplanner.__file__).parent
    statement = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)
    users = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if statement.search(path.read_text(encoding="utf-8"))
    ]
    assert users == []


def test_a_module_imported_after_qt_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide6 has no per-import source scan")
    (tmp_path / "hrp_probe_module.py").write_text("VALUE = 'PySide6'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    read: list[object] = []
    real = inspect.getsource

    def recording(obj: object) -> str:
        read.append(obj)
        return real(obj)  # type: ignore[arg-type]

    monkeypatch.setattr(inspect, "getsource", recording)
    # An import statement (PySide6 hooks the statement, not importlib).
    import hrp_probe_module as module  # type: ignore[import-not-found]

    monkeypatch.delitem(sys.modules, "hrp_probe_module")
    assert module.VALUE == "PySide6"
    assert module not in read

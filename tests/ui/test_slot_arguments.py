"""No signal of the window is connected straight to a method with optional parameters:
``clicked(bool)``, ``currentIndexChanged(int)`` and the like would fill them (新增場次 once
passed False as the session id). Such slots are wired through a lambda that takes what the
signal sends and calls the method without it."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "hrplanner" / "ui"


def _methods_with_defaults(tree: ast.Module) -> set[str]:
    """Names of the methods (of any class in the module) with an optional parameter."""
    found: set[str] = set()
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef):
            for node in cls.body:
                if isinstance(node, ast.FunctionDef) and (
                    node.args.defaults or any(d is not None for d in node.args.kw_defaults)
                ):
                    found.add(node.name)
    return found


def wrongly_wired(source: str) -> list[str]:
    tree = ast.parse(source)
    optional = _methods_with_defaults(tree)
    wrong = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "connect"
            and node.args
            and isinstance(node.args[0], ast.Attribute)
            and isinstance(node.args[0].value, ast.Name)
            and node.args[0].value.id == "self"
            and node.args[0].attr in optional
        ):
            wrong.append(f"line {node.lineno}: {ast.unparse(node)}")
    return wrong


def test_no_signal_fills_optional_parameters() -> None:
    problems = {
        str(path.relative_to(UI)): wrong
        for path in sorted(UI.rglob("*.py"))
        if (wrong := wrongly_wired(path.read_text(encoding="utf-8")))
    }
    assert problems == {}


def test_the_check_finds_the_old_mistake() -> None:
    source = (
        "class D:\n"
        "    def build(self):\n"
        "        add.clicked.connect(self.add_session_row)\n"
        "        ok.clicked.connect(lambda: self.add_session_row())\n"
        "    def add_session_row(self, session_id=None): ...\n"
    )
    assert wrongly_wired(source) == ["line 3: add.clicked.connect(self.add_session_row)"]

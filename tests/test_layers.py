"""The shape of the code (ARCHITECTURE.md): imports flow one way, domain ← storage ←
services ← (ui, cli), reports take plain data; no module cycle, not even through imports
made inside functions; every package says what it is for."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "hrplanner"
# layer → the layers (first part below hrplanner) it may import
ALLOWED = {
    "domain": {"domain", "i18n"},
    "storage": {"domain", "storage", "i18n", "settings", "paths", "db"},
    "reports": {"domain", "reports", "i18n", "paths"},
    "services": {"domain", "storage", "services", "reports", "i18n", "settings", "paths", "db"},
}


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> tuple[set[str], dict[str, set[str]]]:
    modules = {_module(p): p for p in ROOT.rglob("*.py")}
    edges: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for target in targets:
                while target not in modules and "." in target:
                    target = target.rsplit(".", 1)[0]
                if target in modules and target != name:
                    edges[name].add(target)
    return set(modules), edges


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_imports_flow_one_way() -> None:
    _modules, edges = _graph()
    wrong = sorted(
        f"{source} → {target}"
        for source, targets in edges.items()
        for target in targets
        if _layer(source) in ALLOWED and _layer(target) not in ALLOWED[_layer(source)]
    )
    assert wrong == []


def test_no_module_imports_itself_round_a_cycle() -> None:
    modules, edges = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    assert cycles == []


def test_every_package_says_what_it_is_for() -> None:
    silent = [
        str(init.relative_to(ROOT.parent))
        for init in ROOT.rglob("__init__.py")
        if not ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
    ]
    assert silent == []

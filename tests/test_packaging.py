"""The installed package must contain every subpackage, the migrations and the resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "hrplanner").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject packages: {sorted(found - listed)}"
    assert {"hrplanner.db", "hrplanner.db.versions", "hrplanner.resources"} <= listed


def test_migrations_are_found_through_the_package() -> None:
    from importlib.resources import files

    versions = files("hrplanner.db").joinpath("versions")
    assert any(p.name.startswith("0001_") for p in versions.iterdir())

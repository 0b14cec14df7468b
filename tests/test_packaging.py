"""The installed package must contain every subpackage, the migrations and the resources."""

from __future__ import annotations

import re
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


def test_every_data_folder_is_declared_so_its_files_are_installed() -> None:
    """A folder of data files under resources/ that is not in ``packages`` is skipped by
    setuptools (with a "Package would be ignored" warning)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    data = setuptools["package-data"]
    for folder in (ROOT / "resources").iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            name = f"hrplanner.resources.{folder.name}"
            assert name in listed, f"add {name} to pyproject packages"
            scripts = {".py", ".sh"}  # the tools that make the data, not needed to run
            suffixes = {p.suffix for p in folder.iterdir() if p.is_file()} - scripts
            patterns = {pattern.removeprefix("*") for pattern in data[name]}
            assert suffixes <= patterns, f"{name}: declare {sorted(suffixes - patterns)}"


def test_the_version_is_written_once() -> None:
    import hrplanner

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in config["project"]
    assert "version" in config["project"]["dynamic"]
    attr = config["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "hrplanner.__version__"
    assert re.fullmatch(r"\d+\.\d+\.\d+", hrplanner.__version__)
    # The PyInstaller spec and the installer take it from the package, never a copy.
    for name in ("hrplanner.spec", "installer.iss"):
        text = (ROOT / "packaging" / name).read_text(encoding="utf-8")
        assert hrplanner.__version__ not in text, f"packaging/{name} repeats the version"
    assert "__version__" in (ROOT / "packaging" / "hrplanner.spec").read_text(encoding="utf-8")


def test_the_license_is_an_spdx_expression() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(config["project"]["license"], str)


def _desktop_entry() -> dict[str, str]:
    lines = (ROOT / "packaging" / "hrplanner.desktop").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_the_desktop_entry_matches_the_window() -> None:
    from hrplanner.app import DESKTOP_FILE
    from hrplanner.ui.shell.pages import APPLICATION

    entry = _desktop_entry()
    # On X11 Qt sets WM_CLASS to (program file name, application name): the class part is
    # the application name whatever the program is called (hrplanner-gui, HRPlanner.exe).
    assert entry["StartupWMClass"] == APPLICATION
    # On Wayland the window's app id is the desktop file's name.
    assert DESKTOP_FILE == "hrplanner"
    assert entry["Icon"] == "hrplanner"
    assert (ROOT / "resources" / "icons" / "hrplanner-256.png").is_file()


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def test_the_icon_files_are_drawn_at_every_size() -> None:
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        with Image.open(icons / f"hrplanner-{size}.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
            # Opaque in the middle (the drawing), transparent in the corner (rounded).
            assert png.getpixel((size // 2, size // 2))[3] == 255
            assert png.getpixel((0, 0))[3] == 0
    with Image.open(icons / "hrplanner.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in ICON_SIZES}


def test_the_window_has_the_application_icon(qapp: object) -> None:
    from hrplanner.app import application_icon, create_application

    app = create_application()
    sizes = {size.width() for size in application_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == "hrplanner"


def _bundle_contents():  # type: ignore[no-untyped-def]
    """packaging/bundle_contents.py, loaded by path (``packaging`` is also a PyPI name)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bundle_contents", ROOT / "packaging" / "bundle_contents.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundle_gets_every_module_loaded_by_name() -> None:
    contents = _bundle_contents()
    contents.check()  # every declared reference resolves
    refs = contents.references()
    hidden = contents.hidden_imports()
    from hrplanner.cli.main import COMMAND_MODULES
    from hrplanner.services.catalogue import PRINTS
    from hrplanner.services.demo.agency import GENERATORS
    from hrplanner.ui.shell.pages import PAGES

    for ref in (*GENERATORS, PAGES[0].factory, *COMMAND_MODULES):
        assert ref in refs
    assert next(k.runner for k in PRINTS if k.name == "signin") in refs
    assert "hrplanner.services.staff.importing:TEMPLATE" in refs  # templates too
    assert {"hrplanner.db", "hrplanner.db.versions", "holidays.countries.taiwan"} <= set(hidden)


def test_every_module_that_imports_by_name_is_read_for_the_bundle() -> None:
    """A new registry of "module:function" names must be added to DECLARATIONS, or the
    bundle would lack what it names."""
    contents = _bundle_contents()
    loaders = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in (ROOT / "hrplanner").rglob("*.py")
        if "import_module(" in path.read_text(encoding="utf-8")
    }
    assert loaders <= contents.LOADERS, (
        f"read their declarations: {sorted(loaders - contents.LOADERS)}"
    )

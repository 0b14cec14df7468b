"""What a command loads before it runs: ``--help`` needs none of the heavy libraries, and a
certificate print does not load reportlab's layout engine (it draws on the canvas)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "reportlab", "xlsxwriter", "openpyxl", "PySide6", "holidays", "alembic")


def loaded_after(code: str, tmp_path: Path) -> set[str]:
    script = (
        "import sys, contextlib, io\n"
        f"{code}\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('reportlab.platypus'))))"
    )
    env = dict(os.environ, HRPLANNER_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    ).stdout.splitlines()
    return set(out[0].split()) | set(out[1].split() if len(out) > 1 else [])


def test_help_loads_no_heavy_library(tmp_path: Path) -> None:
    code = (
        "from hrplanner.cli.main import run\n"
        "with contextlib.redirect_stdout(io.StringIO()): run(['--help'])"
    )
    assert loaded_after(code, tmp_path).isdisjoint(HEAVY)


def test_the_certificate_builder_needs_no_layout_engine(tmp_path: Path) -> None:
    loaded = loaded_after("import hrplanner.reports.pdf.certificate", tmp_path)
    assert "reportlab" in loaded
    assert "reportlab.platypus" not in loaded

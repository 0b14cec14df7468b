"""The composition root of the window (filled in by the UI work)."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    raise SystemExit("The window is not built yet.")

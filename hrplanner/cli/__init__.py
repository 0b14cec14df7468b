"""The command line (SPEC §4): one module per area's commands, the shared helpers in
``common`` and the parser and dispatch in ``main``. ``hrplanner.cli.run`` is the entry."""

from hrplanner.cli.main import build_parser, run

__all__ = ["build_parser", "run"]

"""The README's list of commands is the command line's own list."""

from __future__ import annotations

import re
from pathlib import Path

from hrplanner import cli

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_lists_exactly_the_commands_of_the_cli() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Command line", 1)[1].split("\n## ", 1)[0]
    listed = {m.split()[0] for m in re.findall(r"`([a-z][a-z-]*(?: [^`]*)?)`", section)}
    listed -= {"hrplanner"}
    parser, _handlers = cli.build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert listed == set(commands)


def test_the_readme_names_the_real_file_options() -> None:
    section = README.read_text(encoding="utf-8").split("## Command line", 1)[1]
    for option in ("--map", "--preset edhr", "--encoding", "--skip-unencodable", "portal104"):
        assert option in section

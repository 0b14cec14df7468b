"""The catalogue of import, export and print kinds is the one list every face reads."""

from __future__ import annotations

import inspect

import pytest

from hrplanner import cli
from hrplanner.services import catalogue
from hrplanner.services.imports import templates


@pytest.mark.parametrize("kind", catalogue.IMPORTS, ids=lambda k: k.name)
def test_every_import_runner_and_template_resolves(kind: catalogue.ImportKind) -> None:
    runner = catalogue.load(kind.runner)
    assert list(inspect.signature(runner).parameters) == ["db", "path", "request"]
    if kind.template is not None:
        assert isinstance(catalogue.load(kind.template), templates.Template)


@pytest.mark.parametrize(
    "kind", [*catalogue.EXPORTS, *catalogue.PRINTS], ids=lambda k: f"{k.suffixes[0]}:{k.name}"
)
def test_every_export_and_print_runner_resolves(kind: catalogue.FileKind) -> None:
    assert kind.needs in catalogue.NEEDS_TEXT
    if kind.runner is not None:
        runner = catalogue.load(kind.runner)
        assert list(inspect.signature(runner).parameters) == ["db", "path", "request", "hooks"]


def test_names_are_unique_per_list() -> None:
    for kinds in (catalogue.IMPORTS, catalogue.EXPORTS, catalogue.PRINTS):
        names = [k.name for k in kinds]
        assert len(names) == len(set(names))


def test_the_command_line_offers_exactly_the_catalogue() -> None:
    parser, _handlers = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for command, kinds in (
        ("import", catalogue.IMPORTS),
        ("export", catalogue.EXPORTS),
        ("print", catalogue.PRINTS),
    ):
        help_text = sub.choices[command]._actions[1].help  # type: ignore[attr-defined]
        assert help_text.split() == [k.name for k in kinds]
    assert set(templates.available()) == {k.name for k in catalogue.IMPORTS if k.template}

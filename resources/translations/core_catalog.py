"""The core's message catalogue (``hrplanner.i18n``): extract, merge, compile, check.

    python resources/translations/core_catalog.py           # refresh core_en.po and core_en.mo
    python resources/translations/core_catalog.py --check   # exit 1 if anything is missing

Messages are the literal first arguments of ``_()``, ``N_()`` and the first two of
``ngettext()`` in the Qt-free packages. Refreshing keeps every English translation already
in ``core_en.po``, adds new messages untranslated and drops those no longer in the code;
entries are sorted by message so that two branches adding messages merge cleanly. The
check fails on an untranslated message, on a call whose message is built (an f-string or
a concatenation cannot be looked up; a variable holding a marked message can), on a
translation whose ``{placeholders}`` differ from the source's, and on a ``core_en.mo``
that does not hold what its ``.po`` says.

Babel (a test extra) reads and writes the ``.po``/``.mo`` files; the application itself
reads the ``.mo`` with the standard library's ``gettext``.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "hrplanner"
# Widgets translate with Qt's tr() and the .ts files; everything else is the core.
SKIPPED = ("ui",)
PO = HERE / "core_en.po"
MO = HERE / "core_en.mo"
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass
class Message:
    singular: str
    plural: str | None = None
    places: list[str] = field(default_factory=list)


@dataclass
class Extracted:
    messages: dict[str, Message]
    problems: list[str]


def _sources() -> list[Path]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in SKIPPED:
            continue
        out.append(path)
    return out


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def extract() -> Extracted:
    messages: dict[str, Message] = {}
    problems: list[str] = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        where_file = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            if name not in ("_", "N_", "ngettext"):
                continue
            where = f"{where_file}:{node.lineno}"
            wanted = 2 if name == "ngettext" else 1
            if len(node.args) < wanted or any(
                isinstance(arg, ast.JoinedStr | ast.BinOp | ast.Call) for arg in node.args[:wanted]
            ):
                problems.append(f"{where}: {name}() needs a plain string literal, not f-string")
                continue
            texts = [_literal(arg) for arg in node.args[:wanted]]
            if any(t is None for t in texts):
                continue  # a lookup of a message marked elsewhere, e.g. _(kind.title)
            singular = texts[0]
            assert singular is not None
            plural = texts[1] if name == "ngettext" else None
            entry = messages.setdefault(singular, Message(singular, plural))
            if plural is not None and entry.plural is None:
                entry.plural = plural
            entry.places.append(where)
    return Extracted(messages, problems)


def _read_po():  # type: ignore[no-untyped-def]
    from babel.messages.pofile import read_po

    if not PO.exists():
        from babel.messages.catalog import Catalog

        return Catalog(locale="en", domain="core")
    with PO.open("rb") as handle:
        return read_po(handle, locale="en", domain="core")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _translation_problems(msgid: str, msgstr: object) -> list[str]:
    texts = list(msgstr) if isinstance(msgstr, tuple | list) else [msgstr]
    if not all(isinstance(t, str) and t.strip() for t in texts):
        return [f"no English for {msgid!r}"]
    wanted = _placeholders(msgid)
    return [
        f"placeholders of {msgid!r} differ in its English {t!r}"
        for t in texts
        if _placeholders(str(t)) != wanted and not (len(texts) > 1 and "n" in wanted)
    ]


def build_catalog(extracted: Extracted):  # type: ignore[no-untyped-def]
    from babel.messages.catalog import Catalog

    old = _read_po()
    known = {m.id if isinstance(m.id, str) else m.id[0]: m.string for m in old if m.id}
    catalog = Catalog(
        locale="en",
        domain="core",
        project="HR Planner",
        charset="utf-8",
        fuzzy=False,
        header_comment=(
            "# English for the messages of HR Planner's core (hrplanner.i18n).\n"
            "# Refreshed by resources/translations/core_catalog.py; translate the empty msgstr."
        ),
    )
    for msgid in sorted(extracted.messages):
        message = extracted.messages[msgid]
        previous = known.get(msgid)
        if message.plural is not None:
            strings = previous if isinstance(previous, tuple | list) else ("", "")
            catalog.add((msgid, message.plural), tuple(strings))
        else:
            text = previous[0] if isinstance(previous, tuple | list) else previous
            catalog.add(msgid, text or "")
    return catalog


def _po_bytes(catalog) -> bytes:  # type: ignore[no-untyped-def]
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(out, catalog, width=0, no_location=True, omit_header=False, sort_output=True)
    # Babel stamps the header with the time; keep the file stable between runs.
    text = re.sub(rb'"POT-Creation-Date: [^"]*\\n"\n', b"", out.getvalue())
    text = re.sub(rb'"PO-Revision-Date: [^"]*\\n"\n', b"", text)
    return re.sub(rb'"Generated-By: [^"]*\\n"\n', b"", text)


def _mo_bytes(catalog) -> bytes:  # type: ignore[no-untyped-def]
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _mo_matches(catalog) -> bool:  # type: ignore[no-untyped-def]
    """Whether the shipped .mo holds exactly the catalogue's translations (its header
    carries a time stamp, so the bytes are not compared)."""
    import gettext

    with MO.open("rb") as handle:
        shipped = gettext.GNUTranslations(handle)
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, str):
            if shipped.gettext(message.id) != (message.string or message.id):
                return False
            continue
        for n, form in ((1, 0), (2, 1)):
            wanted = message.string[form] or message.id[form]
            if shipped.ngettext(message.id[0], message.id[1], n) != wanted:
                return False
    keys = shipped._catalog  # type: ignore[attr-defined]
    ids = {k if isinstance(k, str) else k[0] for k in keys} - {""}
    translated = [
        m for m in catalog if m.id and all(m.string if isinstance(m.string, tuple) else [m.string])
    ]
    return len(ids) == len(translated)


def check() -> list[str]:
    extracted = extract()
    catalog = build_catalog(extracted)
    problems = list(extracted.problems)
    for message in catalog:
        if message.id:
            msgid = message.id if isinstance(message.id, str) else message.id[0]
            problems += _translation_problems(msgid, message.string)
    if not PO.exists() or PO.read_bytes() != _po_bytes(catalog):
        problems.append(f"{PO.name} is not up to date: run {Path(__file__).name}")
    elif not MO.exists() or not _mo_matches(catalog):
        problems.append(f"{MO.name} is not compiled from {PO.name}: run {Path(__file__).name}")
    return problems


def refresh() -> list[str]:
    extracted = extract()
    catalog = build_catalog(extracted)
    PO.write_bytes(_po_bytes(catalog))
    MO.write_bytes(_mo_bytes(catalog))
    problems = list(extracted.problems)
    for message in catalog:
        if message.id:
            msgid = message.id if isinstance(message.id, str) else message.id[0]
            problems += _translation_problems(msgid, message.string)
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check; write nothing")
    args = parser.parse_args(argv)
    problems = check() if args.check else refresh()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems and args.check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

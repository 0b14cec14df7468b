"""``demo [--size small|large] [--seed N]``: fill an empty database with the demo agency."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from hrplanner.cli.common import EXIT_OK, Handler, _open_db
from hrplanner.i18n import _


def cmd_demo(args: argparse.Namespace) -> int:
    from hrplanner.services.demo.loading import load_demo

    # The demo's purpose is a new database: like init, it may create the file.
    db = _open_db(args, create=True)

    def progress(percent: int, message: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{percent:3d}% {message}".ljust(40), end="", file=sys.stderr, flush=True)

    # All or nothing: a demo stopped half-way (Ctrl+C, a kill, a crash) leaves the
    # database as it was, so that demo can simply run again.
    summary = load_demo(db, args.size, args.seed, progress, school=args.school)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(_("已建立示範資料（{size}，種子 {seed}）：").format(size=summary.size, seed=summary.seed))
    print(
        _("  單位 {units} 個、人員 {people} 人").format(
            units=summary.units, people=summary.employees
        )
    )
    for label, number in summary.extra.items():
        # The demo generators name what they made; a label they mark for the catalogue
        # is shown translated, any other as it is.
        print(f"  {_(label)} {number}")
    return EXIT_OK


def add_commands(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("demo", help=_("在空的資料庫建立示範機關資料"))
    p.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help=_("small：約 60 人、8 個單位；large：約 5,000 人、60 個單位（預設 small）"),
    )
    p.add_argument(
        "--seed", type=int, default=1, metavar="N", help=_("亂數種子：同一種子產生同樣的資料")
    )
    p.add_argument(
        "--school", action="store_true", help=_("示範學校（多為教師，另辦教師成績考核）")
    )
    return {"demo": cmd_demo}

"""What the import limits cost (``services.imports.limits``, issue 9 item 5).

A valid staff sheet (the 13 columns of the staff template, distinct people, Excel-like shared
strings) is generated with openpyxl at each size asked for, and in a fresh child process
(so that peak memory, ru_maxrss, is its own; times exclude interpreter start-up):

- ``read``: ``tabular.read_table`` of the staff columns (what every import does first);
- ``dry-run``: the whole staff import as ``import staff --dry-run`` runs it, on an empty
  database (sizes up to ``--import-max`` rows);
- the archive's figures: size on disk, uncompressed size and the largest member's ratio.

A sheet beyond the row limit (300,000 rows by default) is refused at row 100,002: ``read``
then reports the time to that refusal. Run:
    .venv/bin/python benchmarks/import_limits_bench.py [--rows 10000 100000 300000]
        [--import-max 20000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周"
GIVEN = "志明淑芬家豪怡君俊傑雅婷建宏美玲宗翰佳穎冠宇"
UNITS = ("人事室", "秘書室", "會計室", "政風室", "教務處", "學務處", "總務處", "輔導室")
HEADERS = (
    "員工編號",
    "姓名",
    "身分證字號",
    "性別",
    "出生日期",
    "單位",
    "職稱",
    "人員類別",
    "官等",
    "到職日期",
    "電子郵件",
    "用餐",
    "在職狀態",
)


def national_id(n: int) -> str:
    """A valid-looking identity number (letter A, gender digit, checksum right)."""
    from hrplanner.domain.national_id import checksum

    body = f"A{1 + n % 2}{n % 10_000_000:07d}"
    for last in "0123456789":
        if checksum(body + last) % 10 == 0:
            return body + last
    raise AssertionError(body)


def write_staff(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("人員")
    ws.append(HEADERS)
    for n in range(rows):
        name = SURNAMES[n % 20] + GIVEN[(n // 20) % 20] + GIVEN[(n // 400) % 20]
        ws.append(
            (
                f"E{n:06d}",
                name,
                national_id(n),
                "男" if n % 2 == 0 else "女",
                dt.date(1960 + n % 40, 1 + n % 12, 1 + n % 28),
                UNITS[n % len(UNITS)],
                "科員",
                "公務人員",
                "委任",
                dt.date(1985 + n % 40, 1 + n % 12, 1 + n % 28),
                f"p{n}@example.gov.tw",
                "葷",
                "在職",
            )
        )
    wb.save(path)


def archive_figures(path: Path) -> dict[str, float]:
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
    biggest = max(members, key=lambda m: m.file_size)
    return {
        "file_mb": path.stat().st_size / 2**20,
        "uncompressed_mb": sum(m.file_size for m in members) / 2**20,
        "largest_ratio": biggest.file_size / max(biggest.compress_size, 1),
    }


def child(mode: str, path: str) -> None:
    """Runs in the child process: one measurement, printed as JSON."""
    from hrplanner.services.common.errors import InputRefused

    outcome = "ok"
    start = time.perf_counter()
    try:
        if mode == "read":
            from hrplanner.services.imports.tabular import read_table
            from hrplanner.services.staff.importing import COLUMNS

            table = read_table(Path(path), COLUMNS)
            outcome = f"{len(table.rows)} rows"
        else:
            from hrplanner.services import catalogue
            from hrplanner.storage.database import Database

            with tempfile.TemporaryDirectory() as folder:
                db = Database.open(str(Path(folder) / "bench.db"), user="bench")
                start = time.perf_counter()
                kind = catalogue.import_kind("staff")
                assert kind is not None
                report = kind.run(db, Path(path), catalogue.ImportRequest(dry_run=True))
                outcome = f"{len(report.added)} added"
                db.close()
    except InputRefused as exc:
        outcome = "refused: " + str(exc.problems[0])[:90]
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "outcome": outcome}))


def measure(mode: str, path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="*", default=[10_000, 100_000, 300_000])
    parser.add_argument("--import-max", type=int, default=20_000)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as folder:
        for rows in args.rows:
            path = Path(folder) / f"staff-{rows}.xlsx"
            start = time.perf_counter()
            write_staff(path, rows)
            made = time.perf_counter() - start
            figures = archive_figures(path)
            print(
                f"{rows:>8,} rows: {figures['file_mb']:.1f} MB on disk, "
                f"{figures['uncompressed_mb']:.1f} MB uncompressed, "
                f"largest member {figures['largest_ratio']:.1f}:1 (written in {made:.1f} s)"
            )
            modes = ["read"] + (["dry-run"] if rows <= args.import_max else [])
            for mode in modes:
                result = measure(mode, path)
                print(
                    f"    {mode:<8} {result['seconds']:6.2f} s  peak {result['peak_mb']:6.0f} MB"
                    f"  {result['outcome']}"
                )


if __name__ == "__main__":
    main()

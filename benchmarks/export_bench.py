"""Benchmark the export writer against the fastest plain writer of the same cells.

An attendance-history-like sheet (default 600,000 rows × 8 columns: employee no, Chinese
name, unit, class code, session date, status, leave hours as Decimal, credited minutes) is
generated in memory and written by:

- ``floor``: xlsxwriter constant_memory with no formatting, one typed write call per cell
  (dates as the same ROC text) — the least a writer of these cells can cost;
- ``hrplanner``: hrplanner.reports.xlsx.writer.write_workbook (header, widths, autofilter,
  formula guard, ROC dates);
- optionally ``openpyxl``: openpyxl write-only, for reference (``--openpyxl``).

Each writer runs in a fresh child process so that peak memory (ru_maxrss) is its own; the
time excludes interpreter start-up. Run:
    .venv/bin/python benchmarks/export_bench.py [--rows N] [--repeat K] [--openpyxl]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周"
GIVEN = "志明淑芬家豪怡君俊傑雅婷建宏美玲宗翰佳穎冠宇"
UNITS = ("人事室", "秘書室", "會計室", "政風室", "教務處", "學務處", "總務處", "輔導室")
STATUS = ("出席", "出席", "出席", "請假", "缺課")


def rows(n: int) -> Iterator[tuple[object, ...]]:
    """Deterministic attendance-like rows, generated lazily (the export streams them)."""
    start = dt.date(2015, 1, 5)
    for i in range(n):
        status = STATUS[i % 5]
        name = SURNAMES[i % 20] + GIVEN[(i * 7) % 18] + GIVEN[(i * 11) % 18]
        if i % 997 == 0:
            name = "=HYPERLINK(" + name + ")"  # a formula-looking value now and then
        yield (
            f"E{i % 5000:05d}",
            name,
            UNITS[i % 8],
            f"{104 + (i // 60000)}-{i % 300:03d}",
            start + dt.timedelta(days=(i // 200) % 3650),
            status,
            Decimal("1.5") if status == "請假" else Decimal("0"),
            0 if status == "缺課" else 180,
        )


def run_floor(path: Path, n: int) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("出席紀錄")
    for c, h in enumerate(
        ("員工編號", "姓名", "單位", "班期代碼", "日期", "出席狀態", "請假時數", "學習分鐘")
    ):
        ws.write_string(0, c, h)
    ws_s, ws_n = ws.write_string, ws.write_number
    for r, (a, b, u, k, d, s, leave, mins) in enumerate(rows(n), start=1):
        ws_s(r, 0, a)
        ws_s(r, 1, b)
        ws_s(r, 2, u)
        ws_s(r, 3, k)
        ws_s(r, 4, f"{d.year - 1911:03d}/{d.month:02d}/{d.day:02d}")
        ws_s(r, 5, s)
        ws_n(r, 6, leave)
        ws_n(r, 7, mins)
    wb.close()


def run_hrplanner(path: Path, n: int) -> None:
    from hrplanner.reports.xlsx.writer import Column, SheetSpec, write_workbook

    columns = [
        Column("員工編號"),
        Column("姓名"),
        Column("單位"),
        Column("班期代碼"),
        Column("日期", "date"),
        Column("出席狀態"),
        Column("請假時數", "decimal"),
        Column("學習分鐘", "int"),
    ]
    write_workbook(path, [SheetSpec("出席紀錄", columns, rows(n), total_rows=n)])


def run_openpyxl(path: Path, n: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("出席紀錄")
    ws.append(["員工編號", "姓名", "單位", "班期代碼", "日期", "出席狀態", "請假時數", "學習分鐘"])
    for a, b, u, k, d, s, leave, mins in rows(n):
        ws.append([a, b, u, k, f"{d.year - 1911:03d}/{d.month:02d}/{d.day:02d}", s, leave, mins])
    wb.save(str(path))


WRITERS = {"floor": run_floor, "hrplanner": run_hrplanner, "openpyxl": run_openpyxl}


def child(name: str, n: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.xlsx"
        t0 = time.perf_counter()
        WRITERS[name](path, n)
        seconds = time.perf_counter() - t0
        size = path.stat().st_size
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mib": peak_kib / 1024, "size": size}))


def measure(name: str, n: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    out = subprocess.run(
        [sys.executable, __file__, "--child", name, "--rows", str(n)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=600_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--openpyxl", action="store_true", help="also time openpyxl write-only")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.rows)
        return
    names = ["floor", "hrplanner"] + (["openpyxl"] if args.openpyxl else [])
    results: dict[str, list[dict[str, float]]] = {n: [] for n in names}
    for _ in range(args.repeat):  # interleaved, so that machine noise hits all writers alike
        for name in names:
            results[name].append(measure(name, args.rows))
    floor = statistics.median(r["seconds"] for r in results["floor"])
    print(f"{args.rows:,} rows × 8 columns, median of {args.repeat} runs")
    for name in names:
        secs = statistics.median(r["seconds"] for r in results[name])
        peak = max(r["peak_mib"] for r in results[name])
        size = results[name][0]["size"] / 1024 / 1024
        print(
            f"  {name:10s} {secs:7.2f} s  {secs / floor:5.2f}× floor"
            f"  peak RSS {peak:6.1f} MiB  file {size:5.1f} MiB"
        )


if __name__ == "__main__":
    main()

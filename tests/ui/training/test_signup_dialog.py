"""The sign-up mapping dialog: headers proposed, problems listed by row, import only when
clean, the chosen mapping proposed again next time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from hrplanner.storage.database import Database
from hrplanner.storage.models import Enrollment, TrainingClass
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.training.signup_dialog import SignupDialog
from tests.ui.conftest import FakePrompts

HEADERS = ["填表時間", "您的姓名", "服務單位", "員工代號", "用餐需求"]


def _form(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def open_class(sqlite_db: Database, people: dict[str, int]) -> str:
    with sqlite_db.session() as s:
        s.add(
            TrainingClass(
                code="115-001",
                title="環境教育研習",
                capacity=30,
                start_date=dt.date(2026, 12, 1),
                end_date=dt.date(2026, 12, 1),
            )
        )
    return "115-001"


def _map_form(dialog: SignupDialog) -> None:
    dialog.set_target("填表時間", "報名時間")
    dialog.set_target("您的姓名", "姓名")
    dialog.set_target("服務單位", "單位")
    dialog.set_target("員工代號", "員工編號")
    dialog.set_target("用餐需求", "用餐")


def _count(db: Database) -> int:
    with db.session() as s:
        return len(s.scalars(select(Enrollment.id)).all())


def test_problems_block_import_then_clean_file_imports(
    ctx: UiContext, qtbot: Any, open_class: str, tmp_path: Path, prompts: FakePrompts
) -> None:
    today = lambda: dt.date(2026, 11, 20)  # noqa: E731
    dialog = SignupDialog(ctx, class_code=open_class, today=today)
    qtbot.addWidget(dialog)
    assert dialog.class_code() == "115-001"
    bad = _form(
        tmp_path / "bad.xlsx",
        [
            ["2026/11/01 09:00", "王小明", "人事室", None, "素食"],
            ["2026/11/01 10:00", "王小明", "人事室", None, "葷"],
            ["2026/11/01 11:00", "張三", "人事室", None, None],
        ],
    )
    dialog.load_file(bad)
    assert dialog.mapping() == {}  # nothing maps by itself
    assert not dialog.import_button.isEnabled()
    _map_form(dialog)
    dialog.run_preview()
    problems = dialog.problems.problems
    assert [(p.row, p.column) for p in problems] == [(3, "姓名"), (4, "姓名")]
    assert not dialog.import_button.isEnabled()
    assert "2 個問題" in dialog.summary.text()
    dialog.run_import()
    assert _count(ctx.db) == 0

    good = _form(tmp_path / "good.xlsx", [["2026/11/01 09:00", "王小明", "人事室", None, "素食"]])
    dialog.load_file(good)
    assert dialog.mapping() == {}  # remembered only once an import succeeded
    _map_form(dialog)
    dialog.run_preview()
    assert dialog.import_button.isEnabled()
    assert dialog.matched_table.item(0, 3).text() == "王小明"
    # Changing the mapping after a clean 試算 asks for another one.
    dialog.set_target("用餐需求", None)
    assert not dialog.import_button.isEnabled()
    dialog.set_target("用餐需求", "用餐")
    dialog.run_preview()
    dialog.run_import()
    assert dialog.imported is not None and len(dialog.imported.added) == 1
    assert _count(ctx.db) == 1
    assert ("info", "匯入完成", "已報名 1 人。") in prompts.calls

    # Next time the same form is proposed with the remembered mapping.
    again = SignupDialog(ctx, class_code=open_class, today=today)
    qtbot.addWidget(again)
    again.load_file(good)
    assert again.mapping() == {
        "填表時間": "報名時間",
        "您的姓名": "姓名",
        "服務單位": "單位",
        "員工代號": "員工編號",
        "用餐需求": "用餐",
    }


def test_unreadable_file_is_reported(
    ctx: UiContext, qtbot: Any, prompts: FakePrompts, tmp_path: Path
) -> None:
    dialog = SignupDialog(ctx)
    qtbot.addWidget(dialog)
    bad = tmp_path / "x.txt"
    bad.write_text("nope", encoding="utf-8")
    dialog.load_file(bad)
    assert prompts.kinds() == ["error"]
    assert dialog.table is None
    assert not dialog.preview_button.isEnabled()

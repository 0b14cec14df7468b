"""Printing on a PC without a usable Chinese TrueType font (SPEC §3.3): the user is told why,
offered to pick a font file, and the print is retried once with the font they picked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hrplanner.reports.pdf import fonts
from hrplanner.services.common import settings_service
from hrplanner.services.training import classes, enrollment
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.settings import Setting
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.training.print_actions import PrintActions

from ..conftest import FakePrompts

CODE = "115-020"
SHIPPED = fonts.shipped_font_path()


@pytest.fixture
def no_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bare PC: no system font and no shipped font."""
    monkeypatch.setattr(fonts, "system_candidates", lambda: [])
    monkeypatch.setattr(fonts, "shipped_font_path", lambda: None)


@pytest.fixture
def actions(qtbot: QtBot, ctx: UiContext, people: dict[str, int]) -> PrintActions:
    detail = classes.create_class(
        ctx.db,
        ClassInput(CODE, "公文寫作"),
        [SessionInput(dt.date(2026, 3, 2), "業務相關", dt.time(9), dt.time(12))],
    )
    requests = [EnrollRequest(people[n], dt.datetime(2026, 2, 1)) for n in ("王小明", "李美華")]
    enrollment.enroll(ctx.db, detail.summary.id, requests)
    host = QWidget()
    qtbot.addWidget(host)
    return PrintActions(ctx, host, lambda: CODE, lambda: dt.date(2026, 3, 10))


def test_missing_font_is_explained_and_a_picked_font_prints(
    no_fonts: None, actions: PrintActions, prompts: FakePrompts, ctx: UiContext
) -> None:
    assert SHIPPED is not None
    prompts.answers["confirm"] = [True]
    prompts.answers["open_file"] = [SHIPPED]
    actions.print_signin()
    assert prompts.kinds() == ["confirm", "open_file"]
    _kind, _title, text = prompts.calls[0]
    assert "找不到可內嵌於 PDF 的繁體中文 TrueType 字型" in text and ".ttf" in text
    assert "*.ttf *.ttc" in prompts.calls[1][2]
    assert settings_service.get(ctx.db, Setting.PRINT_FONT_FILE) == str(SHIPPED)
    preview = actions.last_preview
    assert preview is not None
    try:
        reader = PdfReader(preview.path)
        text = reader.pages[0].extract_text()
        assert "王小明" in text and "李美華" in text
        font_names = [
            str(f.get_object()["/BaseFont"])
            for f in reader.pages[0]["/Resources"]["/Font"].values()
        ]
        assert any("WenQuanYiMicroHei" in name for name in font_names), font_names
    finally:
        preview.close()


def test_declining_leaves_the_settings_alone(
    no_fonts: None, actions: PrintActions, prompts: FakePrompts, ctx: UiContext
) -> None:
    prompts.answers["confirm"] = [False]
    actions.print_roster()
    assert prompts.kinds() == ["confirm"]  # the message is said once, no second error box
    assert actions.last_preview is None
    assert settings_service.get(ctx.db, Setting.PRINT_FONT_FILE) == ""


def test_an_unusable_pick_is_refused_and_not_saved(
    no_fonts: None, actions: PrintActions, prompts: FakePrompts, ctx: UiContext, tmp_path: Path
) -> None:
    otf = tmp_path / "NotoSansCJKtc.otf"
    otf.write_bytes(b"OTTO" + b"\0" * 64)
    fake_ttf = tmp_path / "broken.ttf"
    fake_ttf.write_bytes(b"OTTO" + b"\0" * 64)
    for picked, expected in ((otf, "不是 TrueType"), (fake_ttf, "broken.ttf")):
        prompts.calls.clear()
        prompts.answers["confirm"] = [True]
        prompts.answers["open_file"] = [picked]
        actions.print_signin()
        assert prompts.kinds() == ["confirm", "open_file", "error"]
        assert expected in prompts.calls[-1][2]
        assert actions.last_preview is None
        assert settings_service.get(ctx.db, Setting.PRINT_FONT_FILE) == ""


def test_the_print_is_retried_only_once(
    no_fonts: None,
    actions: PrintActions,
    prompts: FakePrompts,
    ctx: UiContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hrplanner.services.training import printing

    def still_missing(*_args: object, **_kwargs: object) -> None:
        raise fonts.MissingGlyphs("字型「X」缺少這些字：堃，印出會變成方框。")

    assert SHIPPED is not None
    prompts.answers["confirm"] = [True]
    prompts.answers["open_file"] = [SHIPPED]
    monkeypatch.setattr(printing, "print_roster", still_missing)
    actions.print_roster()
    assert prompts.kinds() == ["confirm", "open_file", "error"]
    assert "堃" in prompts.calls[-1][2]

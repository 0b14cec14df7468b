"""``hrplanner settings``: every declared setting listed with key, type, value and meaning;
one shown; one set with the dialog's checks, a refused value exiting 1 and changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrplanner import cli, i18n
from hrplanner.services.common import settings_service
from hrplanner.settings import DECLARATIONS, Setting
from hrplanner.storage.database import Database


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    Database.open(path, user="tester").close()
    return path


def stored(db_path: str, setting: Setting) -> object:
    db = Database.open(db_path)
    try:
        return settings_service.get(db, setting)
    finally:
        db.close()


def test_every_setting_is_listed_with_its_meaning(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["--db", db_path, "settings"]) == 0
    out = capsys.readouterr().out
    for setting, declaration in DECLARATIONS.items():
        assert f"{setting.value}（" in out
        assert declaration.meaning and declaration.meaning in out
    assert "agency.budgeted_headcount（整數）= 0" in out
    assert "ui.date_display（選項：roc、iso）= roc" in out
    assert "print.signin_landscape（是或否）= 否" in out


def test_set_and_show_the_budgeted_headcount(
    db_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["--db", db_path, "settings", "agency.budgeted_headcount", "25"]) == 0
    assert "已設定 agency.budgeted_headcount = 25" in capsys.readouterr().out
    assert stored(db_path, Setting.BUDGETED_HEADCOUNT) == 25
    assert cli.run(["--db", db_path, "settings", "agency.budgeted_headcount"]) == 0
    out = capsys.readouterr().out
    assert "agency.budgeted_headcount（整數）= 25" in out and "預設值：0" in out


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("agency.budgeted_headcount", "二十五", "需為整數"),
        ("agency.budgeted_headcount", "-1", "不可為負數"),
        ("training.registration_working_days", "0", "不可小於 1"),
        ("ui.date_display", "julian", "只能是 roc、iso"),
        ("print.signin_landscape", "maybe", "只能是「是」或「否」"),
        ("agency.name", "  ", "請填寫機關全銜"),
        ("print.signin_columns", "序號,單位,簽到", "至少要有「姓名」與「簽到」"),
        ("certificate.number_template", "固定字號", "{seq"),
        ("certificate.body_template", "{姓名} 君", "{姓名}"),
        ("certificate.seal_image", "/nowhere/seal.gif", "PNG"),
        ("print.font_file", "/nowhere/font.otf", "TrueType"),
        # A home folder of nobody: pathlib raises when expanding it, the file is just missing.
        ("print.font_file", "~hrplanner-nosuchuser/kaiu.ttf", "找不到字型檔"),
        ("print.fallback_fonts", "~hrplanner-nosuchuser/kaiu.ttf", "找不到字型檔"),
        ("certificate.seal_image", "~hrplanner-nosuchuser/seal.png", "找不到印信圖檔"),
        ("training.initial_training_category", "不存在的類別", "不在班期類別清單中"),
    ],
)
def test_a_refused_value_exits_1_and_changes_nothing(
    db_path: str, capsys: pytest.CaptureFixture[str], key: str, value: str, reason: str
) -> None:
    setting = next(s for s in Setting if s.value == key)
    before = stored(db_path, setting)
    assert cli.run(["--db", db_path, "settings", key, value]) == 1
    err = capsys.readouterr().err
    assert f"設定 {key} 未變更" in err and reason in err
    assert stored(db_path, setting) == before


def test_yes_no_and_an_unknown_key(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["--db", db_path, "settings", "print.signin_landscape", "是"]) == 0
    assert stored(db_path, Setting.SIGNIN_LANDSCAPE) is True
    assert cli.run(["--db", db_path, "settings", "print.signin_landscape", "no"]) == 0
    assert stored(db_path, Setting.SIGNIN_LANDSCAPE) is False
    assert cli.run(["--db", db_path, "settings", "agency.headcount", "25"]) == 2
    assert "沒有名為「agency.headcount」的設定" in capsys.readouterr().err


def test_the_listing_speaks_english(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        assert cli.run(["--db", db_path, "--lang", "en", "settings"]) == 0
    finally:
        i18n.set_language("zh_TW")
    out = capsys.readouterr().out
    assert "agency.budgeted_headcount (integer) = 0" in out
    assert "one tenth of it (at least 1)" in out

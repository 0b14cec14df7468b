"""What the printed forms say (SPEC §3.3): the certificate's wording follows the class's
辦理方式 (自辦 / 委辦 / 薦送, with the 主辦單位 named), is editable per type, and may list the
credited hours by learning topic; the sign-in sheet counts 應到 / 實到 and has a 用餐
column only for a session that serves a meal."""

from __future__ import annotations

from pathlib import Path

import pytest

from hrplanner.reports.pdf.certificate import body_text
from hrplanner.services.certificates import content
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.training import attendance, printing
from hrplanner.services.training.attendance import MarkChange
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import TrainingClass
from tests.services.training.test_printing import CODE, D, make_class


def _retype(db: Database, cid: int, organizing: str, organizer: str | None) -> None:
    with db.session() as s:
        cls = s.get(TrainingClass, cid)
        assert cls is not None
        cls.organizing, cls.organizer = organizing, organizer


def _wording(db: Database) -> list[str]:
    return [body_text(c) for c in printing.certificates(db, CODE, D(2026, 3, 5)).certificates]


def test_run_here_wording(db: Database) -> None:
    make_class(db, close=True)
    text = _wording(db)[0]
    assert text.startswith("王大明 君於中華民國115年3月2日至3月3日參加本機關辦理之「公務倫理研習」")
    assert text.endswith("研習時數共計6小時，特此證明。")


@pytest.mark.parametrize(
    ("organizing", "expected"),
    [
        ("委辦", "參加本機關委託國家文官學院辦理之「公務倫理研習」"),
        ("薦送", "經本機關薦送參加國家文官學院辦理之「公務倫理研習」"),
    ],
)
def test_wording_names_the_body_that_ran_the_class(
    db: Database, organizing: str, expected: str
) -> None:
    cid, _enr, _ses = make_class(db, close=True)
    _retype(db, cid, organizing, "國家文官學院")
    texts = _wording(db)
    assert all(expected in t for t in texts)
    assert not any("參加本機關辦理之" in t for t in texts)


def test_each_type_has_its_own_editable_wording(db: Database) -> None:
    cid, _enr, _ses = make_class(db, close=True)
    settings_service.update(
        db,
        {
            Setting.CERTIFICATE_BODY_TEMPLATE: "{name}參加本府{class_title}。",
            Setting.CERTIFICATE_BODY_SENT: "{name}奉派參加{organizer}「{class_title}」{hours}。",
        },
    )
    assert _wording(db)[0] == "王大明參加本府公務倫理研習。"
    _retype(db, cid, "薦送", "地方行政研習學院")
    assert _wording(db)[0] == "王大明奉派參加地方行政研習學院「公務倫理研習」6小時。"
    _retype(db, cid, "委辦", "地方行政研習學院")  # no own wording for 委辦: its default
    assert "委託地方行政研習學院辦理之" in _wording(db)[0]


def test_a_missing_organizer_is_refused_before_any_number(db: Database) -> None:
    from hrplanner.services.certificates import register

    cid, _enr, _ses = make_class(db, close=True)
    _retype(db, cid, "委辦", None)
    with pytest.raises(InputRefused, match="主辦單位"):
        printing.certificates(db, CODE, D(2026, 3, 5))
    assert register.register(db) == []
    # A wording that does not name the organizer prints without one.
    settings_service.update(db, {Setting.CERTIFICATE_BODY_COMMISSIONED: "{name}參加{class_title}"})
    assert _wording(db)[0] == "王大明參加公務倫理研習"


def test_an_unknown_placeholder_in_any_wording_is_refused(db: Database, tmp_path: Path) -> None:
    make_class(db, close=True)
    settings_service.update(db, {Setting.CERTIFICATE_BODY_SENT: "{姓名}參加{class_title}"})
    with pytest.raises(ValueError, match="姓名"):
        printing.print_certificates(db, CODE, D(2026, 3, 5), tmp_path / "c.pdf")


def test_hours_by_topic_on_request(db: Database) -> None:
    make_class(db, close=True)
    assert "各學習類別時數" not in _wording(db)[0]
    settings_service.update(db, {Setting.CERTIFICATE_TOPIC_HOURS: True})
    batch = printing.certificates(db, CODE, D(2026, 3, 5))
    wang, lee = batch.certificates
    # Sessions: 廉政與服務倫理 3 h, 人權教育 3 h; 李美麗 took 1 h of leave in the second.
    assert wang.topic_hours == (("廉政與服務倫理", "3小時"), ("人權教育", "3小時"))
    assert lee.topic_hours == (("廉政與服務倫理", "3小時"), ("人權教育", "2小時"))
    assert body_text(lee).endswith("\n各學習類別時數：廉政與服務倫理3小時、人權教育2小時")


def test_signin_head_count_and_meal_column(db: Database) -> None:
    cid, enr, ses = make_class(db)
    first, second = printing.signin_sheets(db, CODE)
    assert first.meal_counts is None and second.meal_counts is not None
    assert first.present is None and second.present is None  # nothing entered yet: by hand
    # Session 1 entered for everyone: one absent, one on leave for an hour (came late).
    attendance.set_marks(
        db,
        cid,
        [MarkChange(enr[0], ses[0], "出席"), MarkChange(enr[1], ses[0], "請假", 60)],
    )
    assert printing.signin_sheets(db, CODE)[0].present is None  # one record still missing
    attendance.set_marks(db, cid, [MarkChange(enr[2], ses[0], "缺課")])
    first, second = printing.signin_sheets(db, CODE)
    assert (first.present, second.present) == (2, None)
    attendance.set_marks(db, cid, [MarkChange(enr[1], ses[0], "請假", 180)])  # the whole session
    assert printing.signin_sheets(db, CODE)[0].present == 1


def test_signin_pdf_meal_column_only_with_meals(db: Database, tmp_path: Path) -> None:
    import pdfplumber

    make_class(db)
    out = tmp_path / "signin.pdf"
    printing.print_signin(db, CODE, out)
    with pdfplumber.open(out) as pdf:
        pages = [p.extract_text() for p in pdf.pages]
    no_meal = next(t for t in pages if "第1場" in t)
    meal = next(t for t in pages if "第2場" in t)
    assert "用餐" not in no_meal and "葷" not in no_meal
    assert "用餐" in meal and "用餐人數：葷 1 人" in meal
    assert "應到 3 人" in no_meal and "應到 3 人" in meal
    assert "實到 ＿＿＿ 人" in no_meal


def test_run_here_when_the_type_is_unknown() -> None:
    wording = content.certificate_wording({}, None)
    assert "參加本機關辦理之" in wording
    assert content.certificate_wording({}, "薦送").count("{organizer}") == 1

"""What each kind and grade brings on the 考績通知書 (考績法 §7–8)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from hrplanner.domain.appraisal.notice import REMEDIES_NOTICE, PayPosition, notice_content
from hrplanner.domain.appraisal.vocabulary import AppraisalKind, Grade

YE, PY = AppraisalKind.YEAR_END, AppraisalKind.PART_YEAR
P = PayPosition


@pytest.mark.parametrize(
    ("kind", "grade", "position", "text", "months", "step"),
    [
        pytest.param(YE, Grade.A, P.BASE, "晉本俸一級，並給與一個月俸給總額之一次獎金",
                     Fraction(1), "本俸一級", id="year-end-A"),
        pytest.param(YE, Grade.A, P.TOP_OF_BASE, "晉年功俸一級，並給與一個月俸給總額之一次獎金",
                     Fraction(1), "年功俸一級", id="year-end-A-top-of-base"),
        pytest.param(YE, Grade.A, P.TOP_OF_MERIT, "給與二個月俸給總額之一次獎金",
                     Fraction(2), None, id="year-end-A-top-of-merit"),
        pytest.param(YE, Grade.B, P.BASE, "晉本俸一級，並給與半個月俸給總額之一次獎金",
                     Fraction(1, 2), "本俸一級", id="year-end-B"),
        pytest.param(YE, Grade.B, P.TOP_OF_BASE, "晉年功俸一級，並給與半個月俸給總額之一次獎金",
                     Fraction(1, 2), "年功俸一級", id="year-end-B-top-of-base"),
        pytest.param(YE, Grade.B, P.TOP_OF_MERIT, "給與一個半月俸給總額之一次獎金",
                     Fraction(3, 2), None, id="year-end-B-top-of-merit"),
        pytest.param(YE, Grade.C, P.BASE, "留原俸級", Fraction(0), None, id="year-end-C"),
        pytest.param(YE, Grade.C, P.TOP_OF_MERIT, "留原俸級", Fraction(0), None,
                     id="year-end-C-top"),
        pytest.param(YE, Grade.D, P.BASE, "免職", Fraction(0), None, id="year-end-D"),
        pytest.param(PY, Grade.A, P.BASE, "給與一個月俸給總額之一次獎金", Fraction(1), None,
                     id="part-year-A"),
        pytest.param(PY, Grade.A, P.TOP_OF_MERIT, "給與一個月俸給總額之一次獎金", Fraction(1),
                     None, id="part-year-A-position-does-not-matter"),
        pytest.param(PY, Grade.B, P.BASE, "給與半個月俸給總額之一次獎金", Fraction(1, 2), None,
                     id="part-year-B"),
        pytest.param(PY, Grade.C, P.BASE, "不予獎勵", Fraction(0), None, id="part-year-C"),
        pytest.param(PY, Grade.D, P.BASE, "免職", Fraction(0), None, id="part-year-D"),
    ],
)  # fmt: skip
def test_what_a_grade_brings(
    kind: AppraisalKind,
    grade: Grade,
    position: PayPosition,
    text: str,
    months: Fraction,
    step: str | None,
) -> None:
    content = notice_content(kind, grade, position)
    assert (content.text, content.bonus_months, content.step) == (text, months, step)
    assert content.dismissal is (grade is Grade.D)


@pytest.mark.parametrize(
    ("kind", "grade", "article"),
    [
        (YE, Grade.A, "公務人員考績法第七條第一項第一款"),
        (YE, Grade.D, "公務人員考績法第七條第一項第四款"),
        (PY, Grade.B, "公務人員考績法第八條"),
    ],
)
def test_articles(kind: AppraisalKind, grade: Grade, article: str) -> None:
    assert notice_content(kind, grade).article == article


@pytest.mark.parametrize("kind", [YE, PY])
def test_only_d_carries_the_remedies(kind: AppraisalKind) -> None:
    assert notice_content(kind, Grade.D).remedies == REMEDIES_NOTICE
    for grade in (Grade.A, Grade.B, Grade.C):
        assert notice_content(kind, grade).remedies is None


def test_remedies_wording() -> None:
    for words in (
        "復審",
        "三十日內",
        "次日起",
        "經由本機關",
        "公務人員保障暨培訓委員會",
        "公務人員保障法",
    ):
        assert words in REMEDIES_NOTICE


def test_stored_words_are_accepted() -> None:
    content = notice_content("另予考績", "乙")  # type: ignore[arg-type]
    assert content.text == "給與半個月俸給總額之一次獎金"

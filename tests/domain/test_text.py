"""Names and titles kept as written; names matched across separators (SPEC §3.1)."""

from __future__ import annotations

import pytest

from hrplanner.domain.text import NAME_SEPARATORS, clean_cell, fold_name, same_name


def test_full_width_latin_digits_and_ideographic_space_become_ascii() -> None:
    assert clean_cell("\u3000Ａ１２３４５６７８９ ") == "A123456789"
    assert clean_cell("ｅｍｐ００１") == "emp001"
    assert clean_cell("王\u3000小明") == "王 小明"


@pytest.mark.parametrize(
    "text",
    [
        "高潞．以用．巴魕剌",
        "瓦歷斯‧諾幹",
        "瓦歷斯·諾幹",
        "比令・亞布",
        "Ａ•B",  # only the letter changes, checked below
        "課程：性別主流化（進階）！",
        "環境教育，減塑生活",
    ],
)
def test_chinese_punctuation_and_name_separators_stay_as_typed(text: str) -> None:
    cleaned = clean_cell(text)
    for ch in "．‧·・•：（）！，":
        assert cleaned.count(ch) == text.count(ch)


def test_the_exact_strings_of_the_issue_survive() -> None:
    assert clean_cell("高潞．以用．巴魕剌") == "高潞．以用．巴魕剌"
    assert clean_cell(" 課程：性別主流化 ") == "課程：性別主流化"
    assert clean_cell("Ａ•B") == "A•B"


def test_nfkc_would_have_changed_them() -> None:
    # The reason for clean_cell: NFKC turns the full stop and the colon into ASCII.
    import unicodedata

    assert unicodedata.normalize("NFKC", "高潞．以用．巴魕剌") != "高潞．以用．巴魕剌"


def test_every_separator_and_spaces_fold_to_one_key() -> None:
    key = fold_name("瓦歷斯·諾幹")
    for sep in NAME_SEPARATORS:
        assert fold_name(f"瓦歷斯{sep}諾幹") == key
    assert fold_name("瓦歷斯 諾幹") == key
    assert fold_name("瓦歷斯\u3000諾幹") == key
    assert same_name("瓦歷斯‧諾幹", "瓦歷斯·諾幹")
    assert same_name("高潞．以用．巴魕剌", "高潞・以用・巴魕剌")


def test_folding_keeps_different_names_apart() -> None:
    assert not same_name("瓦歷斯‧諾幹", "瓦歷斯‧諾")
    assert not same_name("王小明", "王曉明")
    assert same_name("Ａｍｙ Ｌｉｎ", "amy lin")

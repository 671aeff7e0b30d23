from __future__ import annotations

import pytest
from conftest import SEED

from evalkit.documents import parse_pair, parse_seed
from evalkit.errors import InputError
from evalkit.segment import split_sentences


def test_seed_has_twenty_parallel_paragraphs_and_metadata():
    doc = parse_seed(SEED)
    assert len(doc.en) == len(doc.zh) == 20
    assert doc.metadata["headline"] == "中國將推動國家安全體系與能力現代化"
    assert doc.metadata["source"].endswith("content_6967888.htm")
    assert doc.en[1] == "Wang Xiaohong" and doc.zh[1] == "王小洪"
    assert not any("現代" in p and p.endswith(":") for p in doc.en + doc.zh)


def test_plain_text_pair(tmp_path):
    (tmp_path / "en.txt").write_text("One. Two.\n\nThree.\n", encoding="utf-8")
    (tmp_path / "zh.txt").write_text("一。二。\n三。\n", encoding="utf-8")
    doc = parse_pair(tmp_path / "en.txt", tmp_path / "zh.txt")
    assert doc.en == ("One. Two.", "Three.") and doc.zh == ("一。二。", "三。")


def test_document_without_headers_is_rejected(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("just text\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing header"):
        parse_seed(path)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(I) Accurately grasp the core essence. The core is here.",
         ["(I) Accurately grasp the core essence.", "The core is here."]),
        ("(II) Improve the mechanism. Public safety matters.",
         ["(II) Improve the mechanism.", "Public safety matters."]),
        ("Mr. Wang met Dr. Li at 3 p.m. in the U.S. embassy. They talked.",
         ["Mr. Wang met Dr. Li at 3 p.m. in the U.S. embassy.", "They talked."]),
        ("He said “do it.” Then he left.", ["He said “do it.”", "Then he left."]),
    ],
)
def test_english_sentences(text, expected):
    assert split_sentences(text, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(一)準確把握核心要義。總體國家安全觀。", ["(一)準確把握核心要義。", "總體國家安全觀。"]),
        ("不僅要“做”,也要“說。”要堅持。", ["不僅要“做”,也要“說。”", "要堅持。"]),
        ("他說：「好。」然後走了；我們留下。真的嗎？是！",
         ["他說：「好。」然後走了；", "我們留下。", "真的嗎？", "是！"]),
    ],
)
def test_chinese_sentences_keep_closing_quotes(text, expected):
    assert split_sentences(text, "zh") == expected

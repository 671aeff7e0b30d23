"""Numbers across English and Chinese: the shared core of the `numbers` check and the gate's guard."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from evalkit.numbers import NumberDifference, compare_numbers, extract_numbers, number_mentions
from evalkit.references import load_reference_set


def strong(text: str) -> list[tuple[str, str]]:
    return [(m.value, text[m.start:m.end]) for m in number_mentions(text) if m.strong]


@pytest.mark.parametrize("text, expected", [
    ("黨的二十大", [("20", "二十")]),
    ("二十屆三中全會", [("20", "二十"), ("3", "三")]),
    ("(三)準確把握", [("3", "三")]),
    ("（四）完善", [("4", "四")]),
    ("三、推動", [("3", "三")]),
    ("百分之十五的人", [("15", "十五")]),
    ("15％的人", [("15", "15")]),
    ("１２３４５熱線", [("12345", "１２３４５")]),
    ("14億人", [("1400000000", "14億")]),
    ("1.4 billion people", [("1400000000", "1.4 billion")]),
    ("(III) Strengthen", [("3", "III")]),
    ("III. Basic requirements", [("3", "III")]),
    ("the 20th Congress", [("20", "20")]),
    ("1,234,567 and 3.50", [("1234567", "1,234,567"), ("3.5", "3.50")]),
    ("增強「四個意識」", [("4", "四")]),
    ("第一", [("1", "一")]),
])
def test_strong_numbers(text, expected):
    assert strong(text) == expected


@pytest.mark.parametrize("text", [
    "一帶一路", "全國統一的人口管理制度", "兩岸關係", "進一步全面深化改革", "千家萬戶", "一個重要部署",
    "(a), (b) and (c)", "one of the two miracles", "In May and March",
])
def test_words_that_are_not_numbers_are_never_strong(text):
    """cn2an alone would read 一帶一路 as 1帶1路 and 統一 as 統1; none of these is a number to check."""
    assert strong(text) == []


def test_weak_mentions_vouch_for_strong_ones_across_languages():
    # 兩個 / 四個 / 三中全會 are counts; "two", "four", "Third" answer them
    zh = "深刻領悟「兩個確立」,增強「四個意識」,黨的二十屆三中全會"
    en = "the “two establishments”, the “four consciousnesses”, the Third Plenary Session of the 20th Central Committee"
    assert not compare_numbers(zh, en)
    changed = compare_numbers(zh, en.replace("four", "three"))
    assert changed.missing == ("4",) and changed.added == ()


def test_the_same_word_on_both_sides_answers_itself():
    """"two" in both texts pairs off; the digit 2 then has nothing to answer it."""
    assert compare_numbers("two 2", "two 3") == NumberDifference(missing=("2",), added=("3",))
    assert not compare_numbers("兩個確立", "the two establishments")


def test_compare_numbers_keeps_its_api():
    difference = compare_numbers("推動「12345」、「110」等平台對接", 'integrate "12315" and "110"')
    assert difference == NumberDifference(missing=("12345",), added=("12315",))
    assert bool(difference) and difference.describe() == "missing 12345; not in the original: 12315"
    assert extract_numbers("12,345 and 12345 and 一萬人, 千萬不要") == Counter({"12345": 2, "10000": 1})


def test_the_reference_set_has_no_number_differences(reference_set_dir: Path):
    """Every segment of the seed's reference agrees with itself across languages."""
    differing = [(s.id, compare_numbers(s.zh, s.en).describe())
                 for s in load_reference_set(reference_set_dir).segments if compare_numbers(s.zh, s.en)]
    assert differing == []


def test_planted_number_errors_in_the_shipped_candidates(reference_set_dir: Path, repo_root: Path):
    """candidates/natsec-zh-en/README.md lists literal-mt's planted number errors; careful has none."""
    segments = load_reference_set(reference_set_dir).segments
    found = {}
    for name in ("careful", "literal-mt"):
        lines = (repo_root / "candidates" / "natsec-zh-en" / f"{name}.txt").read_text(encoding="utf-8").split("\n")
        found[name] = {s.id: compare_numbers(s.zh, line) for s, line in zip(segments, lines) if compare_numbers(s.zh, line)}
    assert found["careful"] == {}
    assert found["literal-mt"] == {
        "p02s00": NumberDifference(("20",), ("12",)),
        "p12s07": NumberDifference(("12345",), ("1234",)),
        "p14s00": NumberDifference(("3",), ("2",)),
    }

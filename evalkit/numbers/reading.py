"""All readings of a text, in the order that lets the more particular reading win."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from . import chinese, digits, english
from .mentions import NumberMention, Reader, fold

_PASSES = (
    digits.read_escapes_and_names,  # COVID-19, %0A: no numbers
    digits.read_ranks,  # a 1st Lieutenant: weak
    chinese.read_article_headings,  # 第二十二条 heading a law's article
    english.read_articles,  # Article 22
    chinese.read_non_quantities,  # 唯一, 十分, 十滴水: no numbers
    digits.read_dates,  # 2023-02-11, 9/11
    digits.read_military_times,  # 2400 hours, 0500时
    chinese.read_times,  # 9点半, 19时54分
    digits.read_clock_times,  # 19:54, 7:30 p.m.
    english.read_times,  # 3 p.m., 8 o'clock, noon
    chinese.read_dates,  # 7月, 周四, 八十年代, 90后, 八一
    english.read_dates,  # July, Thursday, the 1980s
    digits.read_scaled_digits,  # 9000多万, 1.5 million, 14 lakh, 50K
    chinese.read_numerals,  # 三名, 第二十, 七成, 三分之二, 五六百, 数千
    english.read_roman,  # Level II, Ⅲ级, (III)
    english.read_top_levels,  # the top level, the highest alert: 一级
    english.read_next_to_last,  # the next-to-last team: 倒数第二
    english.read_words,  # two hundred and fifty, two-thirds, dozens
    digits.read_split_numbers,  # "330, 000", "3. 1": a stray space
    digits.read_plain_digits,
    digits.read_day_ranges,  # 24 to 26 July: both days dated
)


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[tuple[NumberMention, ...], tuple[NumberMention, ...]]:
    reader = Reader(fold(text))
    for read in _PASSES:
        read(reader)
    return tuple(sorted(reader.mentions, key=lambda m: (m.start, m.end))), tuple(reader.names)


def number_mentions(text: str) -> list[NumberMention]:
    """Every number mention in the text, strong and weak, in order of position.

    English and Chinese are read whatever the text's language, since drafts mix them.
    """
    return list(_read(text)[0])


def name_numbers(text: str) -> list[NumberMention]:
    """The numbers written inside names ("L2" for level 2, COVID-19), weak: never a quantity of
    the text, but a reference that writes one still has that number in some form."""
    return list(_read(text)[1])


def extract_numbers(text: str) -> Counter[str]:
    """The text's strong numbers (canonical readings), with their counts."""
    return Counter(mention.value for mention in number_mentions(text) if mention.strong)

"""Numbers in a text, comparable across languages: the shared core of the draft check's
`numbers` finding and the gate's digit guard.

A number is kept as a canonical string ("12345", "3.5", "20"), so two texts can be
compared as multisets whatever their script: full-width digits are folded by NFKC,
thousands separators dropped, "1.4 billion" and "14億" both become "1400000000".

Every mention is *strong* or *weak*. Strong mentions are written as numbers: digits,
percentages, enumerators such as (三), (III), III. or 一、 at the start, and Chinese
numerals in a counting context (第二十, 二十大, 三中全會, 四個, 百分之十五), converted
with cn2an (MIT). Weak mentions are words that may or may not stand for a number:
"two", "third", "August", and Chinese numerals elsewhere (進一步, 統一, 一帶一路,
兩岸). A weak mention never raises a difference by itself; it only vouches for a
strong one on the other side. That keeps "further" (進一步) from reading as a missing
1 while "four consciousnesses" still answers 四個意識, and "three consciousnesses" does not.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")

_ZH_RUN = "[零〇一二三四五六七八九十百千萬万億亿兩两]+"
# A Chinese numeral followed by one of these counts something, and is read as a number.
_ZH_COUNTERS = (
    "中全會|中全会|個|个|項|项|條|条|種|种|次|屆|届|大|年|月|日|號|号|名|人|位|歲|岁|倍|元|家|國|国|支|"
    "座|部|輪|轮|批|類|类|方面|點|点|章|節|节|款|篇|天|週|周|小時|小时|分鐘|分钟"
)
_ZH_COUNTED = re.compile(f"(?:第|百分之)?({_ZH_RUN})(?=(?:{_ZH_COUNTERS}))|(?:第|百分之)({_ZH_RUN})")
_ZH_ENUMERATOR = re.compile(f"\\(({_ZH_RUN})\\)|(?:^|(?<=[\\n。！？；]))\\s*({_ZH_RUN})[、.]")
_ROMAN_ENUMERATOR = re.compile(r"\(([IVX]+|[ivx]+)\)|(?:^|(?<=[\n.!?;:]\s))([IVX]+)\.(?=\s)")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
# Digits with a magnitude: 14億, 1.5萬, 3 million.
_MAGNITUDES = {"萬": 10**4, "万": 10**4, "億": 10**8, "亿": 10**8, "thousand": 10**3, "million": 10**6,
               "billion": 10**9, "trillion": 10**12}
_DIGITS_WITH_MAGNITUDE = re.compile(r"(\d+(?:[.,]\d+)*)\s*(萬|万|億|亿|(?:thousand|million|billion|trillion)\b)", re.I)

_EN_CARDINALS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_EN_IRREGULAR_ORDINALS = {"first": 1, "second": 2, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9, "twelfth": 12}
# "may" and "march" are too often not months to vouch for anything.
_EN_MONTHS = {"january": 1, "february": 2, "april": 4, "june": 6, "july": 7, "august": 8, "september": 9,
              "october": 10, "november": 11, "december": 12}
_EN_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
# Full-width digits, parentheses and percent signs as ASCII, one character for one, so spans stay
# valid; the full-width comma is left alone: in Chinese it separates numbers, it is no decimal mark.
_FOLD = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFF5F) if c != 0xFF0C}


@lru_cache(maxsize=1)
def _english_words() -> dict[str, int]:
    words = {word: value for value, word in enumerate(_EN_CARDINALS)}
    words.update(_EN_TENS)
    for word, value in list(words.items()):
        if value:
            words[word[:-1] + "ieth" if word.endswith("y") else word + "th"] = value
    words.update(_EN_IRREGULAR_ORDINALS)
    words.update({"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "dozen": 12})
    words.update(_EN_MONTHS)
    return words


@dataclass(frozen=True)
class NumberMention:
    value: str  # canonical form
    start: int  # character span in the text as given
    end: int
    strong: bool  # written as a number (digits, enumerator, counted Chinese numeral); weak: a word that may be one


def _canonical(token: str) -> str:
    if _THOUSANDS.match(token):
        token = token.replace(",", "")
    token = token.replace(",", ".")
    if "." in token:
        token = token.rstrip("0").rstrip(".")
    return token.lstrip("0") or "0"


def _scaled(number: str, factor: int) -> str:
    return _canonical(format((Decimal(_canonical(number)) * factor).normalize(), "f"))


@lru_cache(maxsize=4096)
def _chinese_value(numeral: str) -> str | None:
    """cn2an's reading of a Chinese numeral ("二十" -> "20", "兩" -> "2"), or None."""
    import cn2an

    if len(numeral) == 1 and numeral in "百千萬万億亿":
        return None  # a bare magnitude (千家萬戶: "thousands of households") counts nothing
    try:
        return _canonical(str(cn2an.cn2an(numeral, "normal")))
    except (ValueError, KeyError, IndexError):
        return None


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def number_mentions(text: str, lang: str | None = None) -> list[NumberMention]:
    """Every number mention in the text, strong and weak, in order of position.

    `lang` is accepted for symmetry with the callers: English number words and Chinese
    numerals are read whatever it says, since drafts mix languages.
    """
    folded = text.translate(_FOLD)
    mentions: list[NumberMention] = []

    def add(value: str | None, start: int, end: int, strong: bool) -> None:
        # the first reading of a stretch of text wins: "14億" is 1400000000, not also 14
        if value is not None and not any(start < m.end and m.start < end for m in mentions):
            mentions.append(NumberMention(value, start, end, strong))

    for match in _DIGITS_WITH_MAGNITUDE.finditer(folded):
        add(_scaled(match.group(1), _MAGNITUDES[match.group(2).lower()]), match.start(), match.end(), True)
    for match in _NUMBER.finditer(folded):
        add(_canonical(match.group(0)), match.start(), match.end(), True)
    for match in _ROMAN_ENUMERATOR.finditer(folded):
        group = 1 if match.group(1) else 2
        add(str(_roman_value(match.group(group))), match.start(group), match.end(group), True)
    for match in _ZH_ENUMERATOR.finditer(folded):
        group = 1 if match.group(1) else 2
        add(_chinese_value(match.group(group)), match.start(group), match.end(group), True)
    for match in _ZH_COUNTED.finditer(folded):
        group = 1 if match.group(1) else 2
        value = _chinese_value(match.group(group))
        explicit = match.group(0).startswith(("第", "百分之"))
        # 一個 / 一項 is mostly "a" or "each": only an explicit 第一 or a larger count is strong
        add(value, match.start(group), match.end(group), explicit or value != "1")
    for match in re.finditer(_ZH_RUN, folded):
        add(_chinese_value(match.group(0)), match.start(), match.end(), False)
    words = _english_words()
    for match in _EN_WORD.finditer(folded):
        parts = match.group(0).lower().split("-")
        if all(part in words for part in parts):  # twenty-one
            add(str(sum(words[part] for part in parts)), match.start(), match.end(), False)
        elif parts[0] in words:  # four-sphere
            add(str(words[parts[0]]), match.start(), match.start() + len(parts[0]), False)
    mentions.sort(key=lambda mention: mention.start)
    return mentions


def extract_numbers(text: str, lang: str | None = None) -> Counter[str]:
    """Canonical strong numbers in the text, with their counts."""
    return Counter(mention.value for mention in number_mentions(text, lang) if mention.strong)


@dataclass(frozen=True)
class NumberDifference:
    missing: tuple[str, ...]  # in the original, not in the translation
    added: tuple[str, ...]  # in the translation, not in the original

    def __bool__(self) -> bool:
        return bool(self.missing or self.added)

    def describe(self) -> str:
        parts = []
        if self.missing:
            parts.append("missing " + ", ".join(self.missing))
        if self.added:
            parts.append("not in the original: " + ", ".join(self.added))
        return "; ".join(parts)


def compare_numbers(original: str, translation: str, *, original_lang: str | None = None,
                    translation_lang: str | None = None) -> NumberDifference:
    """Strong numbers of one side that the other side does not mention at all, either way."""
    ours = number_mentions(original, original_lang)
    theirs = number_mentions(translation, translation_lang)
    return NumberDifference(_unanswered(ours, original, theirs, translation),
                            _unanswered(theirs, translation, ours, original))


def _unanswered(side: list[NumberMention], text: str, other: list[NumberMention], other_text: str) -> tuple[str, ...]:
    strong = Counter(mention.value for mention in side if mention.strong)
    answered = Counter(mention.value for mention in other)
    # the same word on both sides ("two" and "two") answers itself, not a number written out:
    # "two 2" against "two 3" is missing its 2
    echoed = _words(side, text) & _words(other, other_text)
    for (value, _), count in echoed.items():
        answered[value] -= count
    return tuple(sorted((strong - answered).elements(), key=_sort_key))


def _words(mentions: list[NumberMention], text: str) -> Counter[tuple[str, str]]:
    return Counter((m.value, text[m.start:m.end].casefold()) for m in mentions if not m.strong)


def _sort_key(value: str) -> tuple[float, str]:
    try:
        return float(value), value
    except ValueError:
        return float("inf"), value

"""Units that machine translation confuses with a unit of the same kind: 里 (li, half a
kilometre) as miles, 亩 (mu, a fifteenth of a hectare) as acres, 元 (yuan) as dollars,
kilometres as miles, Celsius as Fahrenheit. The number is right and the quantity wrong,
so comparing numbers alone cannot see it.

A unit problem is reported when the source states a number in the unit, the translation
uses the false friend and nowhere a right rendering. A converted value ("20里" as "10 km")
is no unit problem; its number differs, and the number comparison judges it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_COUNT_ZH = r"(?:\d[\d,.]*|[一二两三四五六七八九十百千万亿几数]+)\s*(?:多|余|来)?\s*(?:万|亿)?\s*(?:多|余)?\s*"
_COUNT_EN = (r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|"
             r"thousand|million|dozen)\s*-?\s*")


@dataclass(frozen=True)
class FalseFriend:
    name: str  # as the difference reports it
    source: re.Pattern[str]  # a number in the unit
    right: re.Pattern[str]
    wrong: re.Pattern[str]
    unless: re.Pattern[str] | None = None  # the source also has the wrong unit's own word: both may be right


def _zh(unit: str) -> re.Pattern[str]:
    return re.compile(_COUNT_ZH + unit)


def _en(unit: str) -> re.Pattern[str]:
    return re.compile(_COUNT_EN + unit, re.I)


FALSE_FRIENDS = (
    FalseFriend("里 (li) as miles", _zh(r"(?<![英公千海])里(?![程面头边])"), re.compile(r"(?i)\bli\b|kilomet|\bkm\b"),
                re.compile(r"(?i)\bmiles?\b"), re.compile(r"英里")),
    FalseFriend("亩 (mu) as acres", _zh(r"亩"), re.compile(r"(?i)\bmu\b|hectare"), re.compile(r"(?i)\bacres?\b"),
                re.compile(r"英亩")),
    FalseFriend("元 (yuan) as dollars", _zh(r"(?<![美港澳加欧日韩台新])元"),
                re.compile(r"(?i)\byuan\b|\brmb\b|renminbi|\bcny\b|¥"), re.compile(r"(?i)\bdollars?\b|\$"),
                re.compile(r"美元|港元|澳元|加元|新元|台币|美金")),
    FalseFriend("公里 (kilometres) as miles", _zh(r"(?:公里|千米)"), re.compile(r"(?i)kilomet|\bkm\b"),
                re.compile(r"(?i)\bmiles?\b"), re.compile(r"英里")),
    FalseFriend("摄氏度 (Celsius) as Fahrenheit", _zh(r"(?:摄氏度|℃)"), re.compile(r"(?i)celsius|centigrade|°\s*C|℃"),
                re.compile(r"(?i)fahrenheit|°\s*F\b"), re.compile(r"华氏")),
    FalseFriend("miles as 公里 (kilometres)", _en(r"miles?\b"), re.compile(r"英里"), re.compile(r"公里|千米"),
                re.compile(r"(?i)kilomet|\bkm\b")),
    FalseFriend("acres as 亩 (mu)", _en(r"acres?\b"), re.compile(r"英亩|公顷"), re.compile(r"(?<!英)亩"), None),
    FalseFriend("Fahrenheit as 摄氏度 (Celsius)", _en(r"(?:degrees?\s+)?(?:fahrenheit|°\s*F\b)"), re.compile(r"华氏"),
                re.compile(r"摄氏|℃"), re.compile(r"(?i)celsius|centigrade")),
)


def unit_problems(source: str, translation: str) -> tuple[str, ...]:
    """The false friends the translation uses for units the source states."""
    return tuple(friend.name for friend in FALSE_FRIENDS
                 if friend.source.search(source) and friend.wrong.search(translation)
                 and not friend.right.search(translation) and not (friend.unless and friend.unless.search(source)))


def uses_false_friend(name: str, text: str) -> bool:
    """Whether a text (a reference) renders the unit the same way: then it is no error to hold against a candidate."""
    friend = next(f for f in FALSE_FRIENDS if f.name == name)
    return bool(friend.wrong.search(text)) and not friend.right.search(text)

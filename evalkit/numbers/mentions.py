"""A number mention, the canonical forms of values, and the reader that collects mentions.

Every reading pass (Chinese, English, the shared ones) adds mentions to one `Reader`;
the first pass to claim a stretch of text wins, so "14億" is 1400000000 and not also 14,
and a name such as "COVID-19" or a word such as 唯一 that is claimed as no number keeps
later passes from reading its digits or numerals.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

# Kinds of value, kept apart by their canonical spelling: plain numbers ("1400000000",
# "0.5", "2/3"), times ("19:54"), months ("July"), weekdays ("Thursday"), decades
# ("1980s") and rough amounts ("thousands"). A time never answers a plain number unless
# the words allow both (8时 is 8:00 and may be "8 o'clock" or "at 8").
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# How a mention is written (`form_of`): digits alone ("19,200"), digits with a magnitude or a word
# ("1.92万", "1.5 million", "6成"), Chinese numerals ("五六百", "第二十"), English number words
# ("two-thirds"), a Roman numeral, a date or a part of one ("July", "26日", "the 1980s"), a clock time.
FORMS = ("digits", "magnitude", "numeral", "words", "roman", "date", "time")
# Rough amounts: 数千 and "thousands" agree; they vouch for each other and for a round
# number of their size, and never raise a difference themselves.
ROUGH = {10: "dozens", 100: "hundreds", 1000: "thousands", 10**4: "tens of thousands", 10**5: "hundreds of thousands",
         10**6: "millions", 10**7: "tens of millions", 10**8: "hundreds of millions", 10**9: "billions",
         10**10: "tens of billions", 10**11: "hundreds of billions"}


@dataclass(frozen=True)
class NumberMention:
    value: str  # the canonical reading, as a difference reports it
    start: int  # character span in the text as given
    end: int
    strong: bool  # written as a quantity; a weak mention (a word that may be a number) only vouches
    also: tuple[str, ...] = ()  # other readings the words allow ("3点" is 3:00 or 15:00)
    once: bool = False  # a part of a date: a dateline and the text may both say "26日", it is one date
    form: str = "digits"  # how it is written: one of FORMS
    # a day of the month beyond doubt (26日, "July 26", "the 26th"; not 5号, also "No. 5"): a translation
    # must write it as a date, not as a bare 26
    dated_day: bool = False

    @property
    def readings(self) -> frozenset[str]:
        return frozenset((self.value, *self.also))


_DIGITS_ALONE = re.compile(r"[\d,，.\s]+")
_ROMAN_ALONE = re.compile(r"[IVXivxⅠ-Ⅻ]+")


def form_of(written: str, value: str, once: bool = False) -> str:
    """How a mention is written, one of FORMS, from its text and its reading."""
    if ":" in value:
        return "time"
    if once or value in MONTHS or value in WEEKDAYS or re.fullmatch(r"\d+s", value):
        return "date"  # a month, a weekday, a day of the month, a decade ("1980s")
    if any(c.isascii() and c.isdigit() for c in written):
        return "digits" if _DIGITS_ALONE.fullmatch(written) else "magnitude"
    if _ROMAN_ALONE.fullmatch(written):
        return "roman"
    return "words" if any(c.isascii() and c.isalpha() for c in written) else "numeral"


def number(value: Decimal | int | Fraction | str) -> str:
    """The canonical spelling of a plain number: no exponent, no trailing zeros, fractions as "2/3"."""
    if isinstance(value, Fraction):
        if value.denominator == 1:
            value = value.numerator
        elif 10**6 % value.denominator:  # not a finite decimal: keep the fraction
            return f"{value.numerator}/{value.denominator}"
        else:
            value = Decimal(value.numerator) / Decimal(value.denominator)
    text = format(Decimal(value).normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


_SEPARATORS = re.compile(r"[,，\s]")


def decimal(digits: str) -> Decimal:
    """A digit string as `DIGITS` matches it, its group separators dropped: "1,234,567", "2,06,737"
    (Indian grouping), "12，000" (a full-width comma), "30 000" (a space), "3.5"."""
    return Decimal(_SEPARATORS.sub("", digits))


def ordinal(value: int) -> str:
    """The reading an ordinal has besides its number ("20th"): 二十大 (the 20th Congress) is only that,
    so a count ("20 major principles") does not answer it."""
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def percent(share: Fraction) -> tuple[str, ...]:
    """A fraction's reading as a percentage, where it has one of at most two decimals: a fifth is also 20 (增加了20%)."""
    hundredfold = share * 100
    return (number(hundredfold),) if (hundredfold * 100).denominator == 1 else ()


def time_value(hour: int, minute: int) -> str:
    return f"{hour}:{minute:02d}"


# Chinese parts of the day, as a time's hour follows them: 下午3点 is 15:00, 晚上12点 midnight, 下午12点 noon
PARTS_OF_DAY = "凌晨|早上|早晨|清晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|夜里|深夜|晚|夜"
_AFTERNOON = ("下午", "傍晚")
_NIGHT = ("晚上", "晚间", "夜间", "夜里", "深夜", "晚", "夜")


def hour_of_day(part: str | None, hour: int) -> int:
    """An hour after a Chinese part of the day on the 24-hour clock: 下午3点 15, 下午12点 12 (noon), 晚上12点 24
    (midnight), 晚上0点 0, 中午1点 13, 凌晨12点 0, 深夜2点 2; a 24-hour clock's own hour (晚上20点) stays."""
    if part in ("夜间", "夜里", "深夜", "夜") and 1 <= hour < 5:  # the small hours; 晚上 is the evening
        return hour
    if part in _AFTERNOON or part in _NIGHT:
        return hour + 12 if 1 <= hour < 12 else 24 if hour == 12 and part in _NIGHT else hour
    if part in ("中午", "午间") and hour < 3:
        return hour + 12
    return 0 if part == "凌晨" and hour == 12 else hour


_MIDNIGHT_AFTER = re.compile(r"(?i)\s*[(（,-]?\s*midnight\b")


def said_midnight(text: str, end: int) -> bool:
    """Whether "12 p.m." is said to be midnight ("12 p.m. (midnight)"): "12 p.m." alone is noon."""
    return bool(_MIDNIGHT_AFTER.match(text, end))


def time_readings(hour: int, minute: int, *, twelve_hour: bool, whole_hour_number: bool = True) -> tuple[str, ...]:
    """All readings of a clock time: a 12-hour time without a.m./p.m. is either half of the
    day; midnight is 0:00 and 24:00; a whole hour may also be the bare hour ("8时" and "at 8")."""
    hour = 0 if hour == 24 and minute else hour  # 晚12点30分 is 0:30, as "12:30 a.m." is
    hours = [hour]
    if twelve_hour and hour < 12:
        hours.append(hour + 12)
    if twelve_hour and hour == 12:
        hours.append(0)
    readings = [time_value(h, minute) for h in hours]
    if minute == 0 and (0 in hours or 24 in hours):
        readings += [time_value(24, 0) if 0 in hours else time_value(0, 0)]
    if minute == 0 and whole_hour_number:
        readings += [str(h) for h in hours]
    return tuple(dict.fromkeys(readings))


# Full-width digits, parentheses, percent signs and colons as ASCII, one character for one,
# so spans stay valid; the full-width comma is left alone: in Chinese it separates numbers.
_FULL_WIDTH = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFF5F) if c != 0xFF0C}


@lru_cache(maxsize=8192)
def _simplified(char: str) -> str:
    """A Traditional character as its Simplified form, when that is one character (萬 -> 万)."""
    converted = _t2s().convert(char) if "\u4e00" <= char <= "\u9fff" else char
    return converted if len(converted) == 1 else char


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def fold(text: str) -> str:
    """The text with full-width forms as ASCII and Traditional characters as Simplified, one
    character for one, so every reading rule is written once and spans stay those of the text."""
    return "".join(_simplified(c) for c in text.translate(_FULL_WIDTH))


@dataclass
class Reader:
    """The text being read and the mentions found so far; the first claim on a span wins."""

    text: str  # folded
    mentions: list[NumberMention] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)
    names: list[NumberMention] = field(default_factory=list)  # the digits inside names (L2, COVID-19), weak

    def free(self, start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in self.claimed)

    def claim(self, start: int, end: int) -> bool:
        """Mark a stretch as read (a name, a word that is no number); False if already taken."""
        if start >= end or not self.free(start, end):
            return False
        self.claimed.append((start, end))
        return True

    def name(self, name: str, start: int) -> None:
        """Keep the digits of a name just claimed: no quantity, but a number there in some form."""
        for match in re.finditer(r"\d+(?:\.\d+)?", name):
            self.names.append(NumberMention(number(match.group(0)), start + match.start(), start + match.end(), False))

    def vouch(self, value: str, start: int, end: int) -> None:
        """A weak mention inside a stretch already claimed (a link's id): it excuses the same number
        elsewhere, and is never missing."""
        self.mentions.append(NumberMention(value, start, end, False, (), False, "digits"))

    def add(self, value: str | None, start: int, end: int, strong: bool, also: tuple[str, ...] = (),
            once: bool = False, form: str | None = None, dated_day: bool = False) -> bool:
        """Add a mention; its form is `form_of` its words unless given."""
        if value is None or not self.free(start, end):
            return False
        self.claimed.append((start, end))
        self.mentions.append(NumberMention(value, start, end, strong, tuple(a for a in also if a != value), once,
                                           form or form_of(self.text[start:end], value, once), dated_day))
        return True

    def add_many(self, values: list[tuple[str, tuple[str, ...]]], start: int, end: int, strong: bool,
                 once: bool = False, weak: Sequence[str] = ()) -> bool:
        """Several mentions for one stretch ("五六百" is 500 and 600), those in `weak` weak."""
        if not values or not self.free(start, end):
            return False
        self.claimed.append((start, end))
        for value, also in values:
            self.mentions.append(NumberMention(value, start, end, strong and value not in weak,
                                               tuple(a for a in also if a != value), once,
                                               form_of(self.text[start:end], value, once)))
        return True


_MONTH_NAMES = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
                r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# 日期间 is "the period": 11日期间 a day; 5日内 is "within five days" (but 11日内蒙古, 8日内阁改组 are days)
_DAY_MARK = re.compile(r"\s*日(?!元|本|报|前|后|益|常|期(?!间)|程|子|夜|[之以]内|内(?![蒙地阁政部务外瓦]))")
# 为期3日, 近7日, 连续5日: a span of days, not a day of the month
_SPAN_BEFORE = re.compile(r"(?:为期|近|连续|一连|未来|过去|最近|每隔|每|历时|长达|短短)\s*$")
_MONTH_AFTER = re.compile(rf"\s+(?:{_MONTH_NAMES})\b")
_DAY_AFTER = re.compile(rf"{_DAY_MARK.pattern}|\s*号(?!码|称|召)|{_MONTH_AFTER.pattern}")
# MT may write "july 14" (but "may 5" is more often the verb)
_DAY_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_MONTH_NAMES}|(?i:january|february|april|june|july|august|september|october|november|"
                         rf"december))(?:\.\s*|\s+)$")  # "Oct.13" as untranslated text runs it together
_ORDINAL_AFTER = re.compile(r" ?(?:st|nd|rd|th)\b")  # MT may write "the 14 th"
_ORDINAL_OF = re.compile(r" ?(?:st|nd|rd|th)\s+(?!of\b)[A-Za-z]")  # the 20th Congress, the 16th century
# "on the 26th", "from the 24th", "on 25.": a day without its month (a list of ordinals, "the 2nd, 4th
# and 5th grades", is none)
_DAY_WORD_BEFORE = re.compile(r"\b(?:on|since|from|until|till|by|before|after|to|through)\s+(?:the\s+)?$", re.IGNORECASE)
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*[A-Za-z%]")
_DATELINE = re.compile(r"\s*日电")  # a dateline's day, "(综合11日电)", is kept as "(Consolidated 11)"


def is_day(text: str, start: int, end: int, value: Decimal | int) -> bool:
    """Whether a number may be a day of the month: 26日, 26号, July 26, 26 July, 26th."""
    return 1 <= value <= 31 and (_marked_day(text, start, end) or bool(_ORDINAL_AFTER.match(text, end)))


def is_ordinal(text: str, end: int, value: Decimal | int) -> bool:
    """Whether a number is written as an ordinal: 20th, 1st."""
    return value == int(value) and bool(_ORDINAL_AFTER.match(text, end))


def is_dated(text: str, start: int, end: int) -> bool:
    """Whether a number that may be a day is written as a date: 26日, July 26, 26 July, "on the
    24th", but not an ordinal before its noun ("the 20th Congress")."""
    return _marked_day(text, start, end) or not _ORDINAL_OF.match(text, end)


def is_dated_day(text: str, start: int, end: int, value: Decimal | int) -> bool:
    """Whether a number is a day of the month beyond doubt: 26日, 7月5号, July 26, 26 July, "on the 26th"
    (not the 20th Congress); not a lone 5号, which is as often "No. 5"."""
    if not 1 <= value <= 31 or not is_dated(text, start, end) or _DATELINE.match(text, end) \
            or _SPAN_BEFORE.search(text, max(0, start - 3), start):
        return False
    return bool(_DAY_MARK.match(text, end) or _MONTH_AFTER.match(text, end)
                or _DAY_BEFORE.search(text[max(0, start - 12):start])
                or text[max(0, start - 2):start].rstrip().endswith("月")
                or (_ORDINAL_AFTER.match(text, end) and _DAY_WORD_BEFORE.search(text[max(0, start - 12):start])))


# "the 25th issue" (of a journal, for 25日), "its 25th anniversary": an ordinal of its noun
_ISSUE_AFTER = re.compile(r" ?(?:st|nd|rd|th)\s+(?:issues?|editions?|anniversary|anniversaries|volumes?|episodes?"
                          r"|birthdays?)\b", re.I)


def is_numbered_issue(text: str, start: int, end: int) -> bool:
    """Whether an ordinal numbers a journal's issue, an edition or an anniversary, never a day: "the 25th
    issue" (not "the July 25th issue", a date)."""
    return bool(_ISSUE_AFTER.match(text, end)) and not _DAY_BEFORE.search(text[max(0, start - 12):start])


def is_day_named_by_on(text: str, start: int, end: int, value: Decimal | int) -> bool:
    """Whether a bare number reads as a day only by the word before it: "on 25.", "on the 25," (not
    "on 25 occasions")."""
    return 1 <= value <= 31 and value == int(value) and bool(_ON_BEFORE.search(text[max(0, start - 12):start])) \
        and not _WORD_AFTER.match(text, end)


_MONTH_BEFORE = re.compile(r"月\s*$")
_ANY_DAY_MARK = re.compile(r"\s*[日号]")
# English word order with Chinese month words, as MT writes it: "20 十二月 2023", "18十二月", "(10 1 月)", "12 月 12, 2023"
_ZH_MONTH_AFTER = re.compile(r"(?:\s+(?:1[0-2]|[1-9])|\s*(?:十[一二]?|[一二三四五六七八九]))\s*月(?![份饼球亮光])")
_YEAR_AFTER = re.compile(r"\s*[,，]\s*(?:19|20)\d\d(?!\d)")


def _marked_day(text: str, start: int, end: int) -> bool:
    # after a month, 日 marks the day whatever follows: 2月2日期限 is "the February 2 deadline" (日期, a date)
    after_month = bool(_MONTH_BEFORE.search(text, max(0, start - 2), start))
    return bool(_DAY_AFTER.match(text, end)) or bool(_DAY_BEFORE.search(text[max(0, start - 12):start])) \
        or bool(after_month and (_ANY_DAY_MARK.match(text, end) or _YEAR_AFTER.match(text, end))) \
        or bool(_ZH_MONTH_AFTER.match(text, end))

"""Readings of digits, whatever the language around them: escapes and names that are no
numbers, clock times, digits with a magnitude (万, 亿, million, lakh, K, bn), plain numbers."""

from __future__ import annotations

import re
from decimal import Decimal

from .mentions import Reader, is_day, number, time_readings

# "%0A" is an escaped line break in a URL or a GitHub message, not the number 0.
_ESCAPE = re.compile(r"(?<!\d)%[0-9A-Fa-f]{2}")
_LINK = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")
# Names written with digits are names: COVID-19, G7, Ka-52M, MI5, Z164, CCTV-2, H1N1, 5G, 4K, 3D.
_NAMES = (
    re.compile(r"(?i)\bcovid[\s‐-]*19"),
    re.compile(r"(?<![A-Za-z0-9])(?!(?:RMB|USD|HKD|EUR|GBP|CNY|JPY|AUD|CAD|SGD|INR|Rs|US|HK)\d)"
               r"[a-z]?[A-Z][A-Za-z]{0,6}(?:[-‐]?\d+(?:\.\d+)?[A-Za-z]*)+(?![A-Za-z0-9])"),
    re.compile(r"(?<![A-Za-z0-9.,])\d[GDK](?![A-Za-z0-9])"),
    # 卡-52M, 歼-20, 东风-41: a Chinese name with a model number (a date such as 7月-8月 is no name)
    re.compile(r"(?<![\d.])[\u4e00-\u9fff](?<![年月日号时点分秒周天岁个万亿千百十])[-‐]\d+[A-Za-z]*(?![\d.])"),
    re.compile(r"(?i)\b911(?=\s*(?:call|dispatch|operator|emergency|报警|电话))|(?<=打)\s*911"),  # the US emergency line
)
# In Chinese text some systems space Latin from digits ("A 3 公路", "T 20 I", "Covid- 19").
_SPACED_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,3} \d{1,4}(?: [A-Z][A-Za-z]{0,2})?(?![A-Za-z0-9.,])")
_CJK = re.compile("[\u4e00-\u9fff]")
# 19:54, 7:30 p.m., 08H00; a one-digit "minute" is a score (3:0), not a time.
_CLOCK = re.compile(r"(?<![\d.:])(\d{1,2})(?::|H(?=\d\d))(\d{2})(?![\d:])"
                    r"(?:\s*(a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b))?")
# A Chinese time of day before a clock time: 晚7:30 is 19:30.
_ZH_PERIOD = re.compile(r"(凌晨|早上|早晨|清晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|夜里|深夜|晚|夜)\s*$")
_EVENING = ("下午", "傍晚", "晚上", "晚间", "夜间", "夜里", "深夜", "晚", "夜")

# One number as written: 1,234,567 or 2,06,737 (Indian grouping) or 1234, with decimals.
# A comma not followed by three digits separates numbers ("4178,027" is no number we
# can read as one: it reads as 4178 and 27, and differs from 4178027).
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?"
_NUMBER = re.compile(rf"(?<![\d.]){DIGITS}(?!\d)")
# Digits with a Chinese magnitude, a hedge between or after (9000多万, 250余万, 15多万, 1.92万,
# 1.5萬); "X亿Y万" is one number. 千米 (km), 千克 (kg), 千瓦 (kW) and 百分 are units, not magnitudes.
_ZH_SCALES = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3, "百": 100}
_ZH_SCALED = re.compile(rf"(?<![\d.])({DIGITS})\s*(?:多|余|来|几)?\s*(万亿|亿|万|千(?![米克瓦帕])|百(?!分))"
                        rf"(?:\s*({DIGITS})\s*(?:多|余)?\s*万)?(?:多|余)?")
# Digits with an English magnitude: 1.4 billion, 14 lakh, £10m, $2bn, 50K. "10m" without a
# currency sign may be metres: both readings stand.
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "lakh": 10**5,
              "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "k": 10**3, "bn": 10**9, "mn": 10**6, "tn": 10**12,
              "m": 10**6, "b": 10**9}
_EN_SCALED = re.compile(rf"(?<![\d.])((?:[$£€¥]|US\$|HK\$|A\$|C\$|(?:RMB|USD|HKD|EUR|GBP|CNY|INR) ?|Rs\.? ?)?)({DIGITS})"
                        r"(?:\s*(thousand|million|billion|trillion|lakhs?|crores?|bn|mn|tn)\b|(k|K|m|M|b|B)(?![A-Za-z0-9]))")


def read_escapes_and_names(reader: Reader) -> None:
    spaced = (_SPACED_NAME,) if _CJK.search(reader.text) else ()
    for pattern in (_ESCAPE, _LINK, *_NAMES, *spaced):
        for match in pattern.finditer(reader.text):
            reader.claim(match.start(), match.end())


def read_clock_times(reader: Reader) -> None:
    for match in _CLOCK.finditer(reader.text):
        hour, minute, suffix = int(match.group(1)), int(match.group(2)), (match.group(3) or "").lower()
        if hour > 24 or minute > 59:
            continue
        period = _ZH_PERIOD.search(reader.text[max(0, match.start() - 3):match.start()])
        if suffix.startswith("p") or (period and period.group(1) in _EVENING):
            readings = time_readings(hour, minute, twelve_hour=False) if hour >= 12 else \
                time_readings(hour + 12, minute, twelve_hour=False)
            if hour == 12:  # "12 p.m." is noon by the rule, midnight by some writers
                readings += time_readings(24, minute, twelve_hour=False)
        elif suffix.startswith("a") or period:
            readings = time_readings(0 if hour == 12 and suffix else hour, minute, twelve_hour=False)
        else:
            readings = time_readings(hour, minute, twelve_hour=hour <= 12)
        reader.add(readings[0], match.start(), match.end(), True, readings[1:])


def _scaled(digits: str, factor: int) -> Decimal:
    return Decimal(digits.replace(",", "")) * factor


def read_scaled_digits(reader: Reader) -> None:
    for match in _ZH_SCALED.finditer(reader.text):
        value = _scaled(match.group(1), _ZH_SCALES[match.group(2)])
        if match.group(3):
            value += _scaled(match.group(3), 10**4)
        reader.add(number(value), match.start(), match.end(), True)
    for match in _EN_SCALED.finditer(reader.text):
        currency, digits, word, letter = match.groups()
        scale = (word or letter).lower()
        plain = Decimal(digits.replace(",", ""))
        if scale in ("m", "b") and not currency:
            if scale == "b":
                continue
            reader.add(number(plain), match.start(), match.end(), True, (number(plain * 10**6),))  # 10m: metres?
            continue
        if scale == "k" and plain < 10 and not currency:
            continue  # 4K is a name (a resolution), read with the names
        reader.add(number(plain * _EN_SCALES[scale]), match.start(), match.end(), True)


def read_plain_digits(reader: Reader) -> None:
    for match in _NUMBER.finditer(reader.text):
        value = Decimal(match.group(0).replace(",", ""))
        reader.add(number(value), match.start(), match.end(), True,
                   once=is_day(reader.text, match.start(), match.end(), value))

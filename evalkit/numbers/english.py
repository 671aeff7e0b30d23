"""Readings of English: number words, times, dates, decades and Roman numerals.

Written-out numbers count like digits ("two hundred and fifty", "fourteen billion",
"two and a half million", "two-thirds", "a quarter of a million"): a count of two or more
is strong. "one", ordinals ("first", "third"), "half", "twice", "double", "both",
"none" and rough amounts ("dozens", "thousands") are weak: they vouch for a number on the
other side and never raise a difference, since they are as often no number at all; but a
rank with a superlative ("third-highest") and an anniversary ("the centenary") are stated.
Month and weekday names are dates; "May" and "March" only where no verb can be meant.
"""

from __future__ import annotations

import math
import re
import unicodedata
from fractions import Fraction

from .mentions import (
    MONTHS,
    ROUGH,
    WEEKDAYS,
    Reader,
    decimal,
    number,
    ordinal,
    percent,
    said_midnight,
    time_readings,
    time_value,
)

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "lakh": 10**5,
           "crore": 10**7}
_ADVERBS = {"firstly": 1, "secondly": 2, "thirdly": 3, "fourthly": 4, "fifthly": 5}  # 第二 as "Secondly"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
             "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                 "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
# tripled and quadrupled state a multiple (提高了一倍 is "doubled": a different figure); doubled is weak
_MULTIPLES = {"tripled": "3", "triples": "3", "tripling": "3", "quadrupled": "4", "quadruples": "4", "quadrupling": "4"}
_WEAK_WORDS = {"once": "1", "thrice": "3", "twice": "2", "double": "2", "doubled": "2", "doubles": "2", "doubling": "2", "both": "2",
               "couple": "2", "pair": "2", "twin": "2", "twins": "2", "none": "0", "nil": "0", "half": "0.5",
               "tenfold": "10", "hundredfold": "100", "penultimate": "2", "neither": "2", "either": "2",
               "centenary": "100", "centennial": "100", "bicentenary": "200", "bicentennial": "200"}
# "an hour", "a day", "a person", "a new case": the article is the 1 of 1小时, 1天, 1人, 1例 (weak, as "one" is)
_ONE_OF = frozenset("hour day week month year minute night metre meter kilometre kilometer mile kilogram kilo ton "
                    "tonne yuan dollar percent person man woman child case".split())
_WORD = re.compile(r"[A-Za-z]+")

# Rough amounts first: "tens of thousands", "hundreds", "dozens", "a dozen".
_ROUGH = re.compile(r"(?i)\b(?:(tens|hundreds)\s+of\s+(thousands|millions|billions)|(dozens|scores|hundreds|thousands|"
                    r"millions|billions|decades)|(a|one)\s+dozen|dozen)\b")
_ROUGH_WORDS = {"dozens": 10, "scores": 10, "hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9}
# "four-in-ten patients", "one in five": a share, 40 % or 4/10 (四成, 十分之四, 十个患者中有四个); its base
# vouches, its count alone does not answer it ("one in four Americans" as 一个美国人 loses the share)
_SHARE = re.compile(r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|\d)[\s-]+in[\s-]+"
                    r"(two|three|four|five|six|seven|eight|nine|ten|twenty|(?:a[\s-]+)?hundred|[2-9]|10|20|100)\b")
_PHRASES = (  # phrases with a value of their own
    (re.compile(r"(?i)\bhalf[\s-]+(?:a[\s-]+)?decade\b"), "5", True),
    # "yearlong" as 持续12个月: the year in months, vouching
    (re.compile(r"(?i)\byear[\s-]?long\b"), "12", False),
    # "by the end of the decade" is a date (2030), no span: weak
    (re.compile(r"(?i)\b(?:end|start|beginning|turn|middle)\s+of\s+(?:the|this)\s+decade\b"), "10", False),
    (re.compile(r"(?i)\b(?:a|one)\s+decade\b|\bdecade\b"), "10", True),
    # "over the last century" as 过去一百年: a span of years, vouching (the 21st century is no span)
    (re.compile(r"(?i)\bhalf[\s-]+(?:a[\s-]+)?century\b"), "50", False),
    (re.compile(r"(?i)\b(?:a|one|the\s+(?:last|past|previous|next))\s+century\b"), "100", False),
    (re.compile(r"(?i)\b(two|three|four|five|six|seven|eight|nine|\d)\s+decades\b"), None, True),  # two decades: 20
    # "the centenary of her birth" as 诞辰一百周年, 百年纪念: an anniversary's years; capitalised, mostly a
    # name's word (Centennial Olympic Park), it is one of the weak words
    (re.compile(r"(?<![\w-])(?:centenary|centennial)\b"), "100", True),  # not the semi-centennial (50)
    (re.compile(r"(?<![\w-])(?:bicentenary|bicentennial)\b"), "200", True),
    # the semi-centennial: its fiftieth year (五十周年); capitalised, a name's word
    (re.compile(r"(?<![\w-])[Ss]emi-?cent(?:enary|ennial)\b"), "50", True),
    (re.compile(r"(?<![\w-])Semi-?Cent(?:enary|ennial)\b"), "50", False),
    (re.compile(r"(?i)\bnext[\s-]+to[\s-]+last\b|\bsecond[\s-]+to[\s-]+last\b"), "2", False),
    # a ticket's or a post's class: "Royal Mail 1st Class" as 头等, "first-class" as 一流
    (re.compile(r"(?i)\b(?:1st|first)[\s-]+class\b"), "1", False),
    # 二维码 is a "two-dimensional code", 三维 "three-dimensional": a term, vouching
    (re.compile(r"(?i)\btwo[\s-]dimensional\b"), "2", False),
    # a "four-season" sleeping bag is one for 一年四季, all the year round: a term, vouching
    (re.compile(r"(?i)(?<![\w-])(?:four|4)[\s-]season\b"), "4", False),
    (re.compile(r"(?i)\bthree[\s-]dimensional\b"), "3", False),
    # an exchange rate, "7.0 yuan per US dollar", as 1美元兑7.0元: the one dollar, vouching
    (re.compile(r"(?i)(?<=\d)(?:\s*(?:yuan|rmb))?\s+(?:per|to\s+the|to\s+one|a)\s+(?:US\s+|U\.S\.\s+)?dollar\b"), "1", False),
    (re.compile(r"(?i)\bhalf\s+(?:a|an)\s+(dozen|hundred|thousand|million|billion)\b"), None, True),
    (re.compile(r"(?i)\b(a|one|two|three)[\s-]+(quarters?|thirds?)\s+of\s+(?:a|an)\s+(million|billion)\b"), None, True),
)
# "one way ... the other way": a pair, as 两路 (vouching)
_ONE_THE_OTHER = re.compile(r"(?i)\bone\b[^.!?]{1,200}?\b(the other)\b")
# 3 p.m., 8 o'clock (and MT's garbled "10 o:00"), noon, midnight
_HOUR = re.compile(r"(?i)(?<![\d:.])(\d{1,2})\s*(a\.m\.?|p\.m\.?|am\b|pm\b|o'clock|o’clock|o\s?:\s?00\b)")
# "at a quarter to nine", "half past 8 p.m.", "it's ten to six": a clock time in words (8:45, 20:30, 5:50),
# where a word before it or a.m./p.m. after it makes it one ("up by a quarter to three dollars", "from a
# quarter to one third" and "from five to nine" are none)
_CLOCK_WORDS = re.compile(
    r"(?i)(?:\b(at|until|till|from|around|about|before|after|since|it'?s|it\s+is|it\s+was)\s+(?:about\s+|around\s+)?)?"
    r"\b(?:(?:a\s+)?(quarter)|(half)|(five|ten|twenty|twenty[\s-]five)(?:\s+minutes)?)\s+(past|after|to|till|of)\s+"
    r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])\b"
    r"(?:\s*(o['’]clock)|\s*([ap])\.?\s?m\b\.?)?"
    r"(?![.,]?\d)(?!\s*(?:thirds?|quarters?|halves|half|fifths?|million|billion|thousand|hundred|dollars?|per\s*cent|"
    r"percent|points?|%|people|members|times|minutes?|hours?|days?|years?|seasons?)\b)")
# "at 4 in the afternoon", "until eight o'clock this evening", "11 at night", "at 9 last night", "at 4 yesterday
# afternoon": the part of the day says which half ("2 at night" is 2 a.m., "12 at night" midnight); after a word
# that makes it a time, or with o'clock ("the two in the evening session" is none)
_HOUR_IN_PART = re.compile(r"(?i)(?:\b(?:at|around|about|by|until|till|from|before|after|since|to|and|or)\s+(?:about\s+|around\s+)?"
                           r"(?=\S+\s+(?:in|this|at|tonight|last|yesterday|tomorrow|on)\b)|(?=\S+\s*o['’]clock))(?<![\d:.])"
                           r"(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                           r"(?:\s*o['’]clock)?\s+(?:in\s+the\s+|this\s+|(at|last|tomorrow|yesterday|on\s+"
                           r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?"
                           r"(morning|afternoon|evening|night|tonight)\b")
_NTH_MONTH = re.compile(r"(?i)\b(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                        r"tenth|eleventh|twelfth)\s+(?:lunar\s+)?month\b")
_CLOCK_MINUTES = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20}
_SHARED_SUFFIX = re.compile(r"(?<![\d:.])(\d{1,2})\s*(?:or|to|-|–|—|and)\s*$")
_NOON = re.compile(r"(?i)\b(noon|midday|midnight)\b")
_MONTH = re.compile(r"(?<![A-Za-z])(January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b(\.)?")
# MT writes "friday"; text left untranslated with its spaces dropped, "lastThursday"
_WEEKDAY = re.compile(r"(?:\b(?i:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
                      r"|(?<=[a-z])(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))s?\b")
_DAY = f"(?:{'|'.join(WEEKDAYS)})"
_TITLE_DATE_WORD = (r"(?:On|For|By|Until|Till|To|Through|From|Since|Before|After|Next|This|Last|Every|Each|Closed|Open|"
                    r"And|Or)\b")
# Days that name something else: a Sunday drive (a leisurely one), Black Friday, Super Tuesday, the Sunday Times
_WEEKDAY_IDIOM = re.compile(r"(?i)\b(?:black|good|cyber|super|ash|easter|palm|holy|maundy|fat|blue|casual|throwback)\s+"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Sunday)\s+(?:drive|best|"
                            r"school|roast|paper|times|league|driver)\b|\bMonday\s+blues\b|\bman\s+Friday\b"
                            # a title in quotation marks ("Sunday Morning", a TV show), of capitalised words, no
                            # date word before the day ("Strike Set For Monday", "Closed Sunday") nor after it
                            r"|(?-i:(?<=[\"“‘'])(?:(?:[A-Z][\w'’]*\s+){0,3}(?!" + _TITLE_DATE_WORD + r")[A-Z][\w'’]*\s+"
                            + _DAY + r"(?:\s+[A-Z][\w'’]*){0,4}|" + _DAY + r"(?!\s+" + _TITLE_DATE_WORD + r")"
                            r"(?:\s+[A-Z][\w'’]*){1,4})(?=[,.!?]?[\"”’']))")
_NAME_MONTHS = ("May", "March", "June", "April", "August")
_DAY_NUMBER_BEFORE = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+$")  # 11 Feb, 26 Jul, 1 August
_DATE_WORD = re.compile(r"(?i)\b(?:in|on|since|by|from|until|till|to|of|early|mid|late|end|last|next|this|through|"
                        r"before|after|during|between|and|or|each|every|(?:it'?s|it is|it was)(?:\s+(?:only|just|already|still))?)[\s-]+$")  # "it's only May"
# 1990s, '90s, 90-s, "the 1960 s" (MT's stray space; "60 s" is seconds); "post-90" (a generation, 90后)
# needs no s
_DECADE = re.compile(r"(?<![\d'’])(?:(1[5-9]|20)(\d)0(?:\s(?=s\b))?|['’](\d)0|(\d)0)"
                     r"(?:['’-]?s\b|(?<=post-\d0)(?![\d%]))", re.I)
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}
_DECADE_WORD = re.compile(r"(?i)\b(" + "|".join(_DECADE_WORDS) + r")\b")
_HALF_DECADE_GENERATION = re.compile(r"(?i)\bpost-?(\d[1-9])s?\b")  # "post-95", as 90后 is "post-90s"
# a lettered item opening a text or a clause: "(a) to participate ...", "b) ..."
_LETTERED = re.compile(r"(?:^|(?<=[;:]\s))\s*\(?([a-hA-H])\)(?=\s)")
# Level II, Level-I, "class i" (machine translation's lower case), Ⅲ级, (III), "III. Basic requirements"; "Ⅱ" is one character with a value of its own.
# A numeral before the word is a level too when machine translation keeps the Chinese order
# (Ⅳ级 as "IV level", Ⅰ级 as "I-grade"); a lone "I" only with a hyphen, or it is the pronoun.
# Words are bounded by letters, not by \b: in Chinese text "的wilaya VI" has no word boundary.
_ROMAN = re.compile(r"(?i:(?<![A-Za-z])(?:(?:levels?|phases?|stages?|grades?|class|category|type|war|part|chapter|volume|"
                    r"tiers?|wilaya|article|no\.?)\s+|(?:level|phase|stage|grade|class|category|type|tier)-))"
                    r"([IVX]+\b|[ivx]+\b|[Ⅰ-Ⅻ])|\(([IVX]+|[ivx]+|[Ⅰ-Ⅻ])\)"
                    r"|(?:^|(?<=[\n.!?;:]\s))([IVX]+|[Ⅰ-Ⅻ])\.(?=\s)|(?<![A-Za-z])([IVX]+(?=\s*级)|[Ⅰ-Ⅻ])"
                    r"|(?<![A-Za-z])([IVX]{2,}|[VX]|I(?=-))(?=[\s-]*(?i:level|grade|class)\b)")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


_ARTICLE = re.compile(r"(?i)\b(?:article|art\.)\s*(\d+)(?![\d.,])")


def read_articles(reader: Reader) -> None:
    """"Article 22": the number, and the article a heading (第二十二条) wants."""
    for match in _ARTICLE.finditer(reader.text):
        value = str(int(match.group(1)))
        reader.add(value, match.start(1), match.end(1), True, also=(f"Article {value}",))


def _hour_in_part(hour: int, part: str) -> int:
    """The 24-hour clock's hour of "HOUR in the PART": 12 in the morning 0, 12 in the afternoon noon, 12 at night
    midnight (24), 2 at night 2 a.m., 4 in the afternoon 16."""
    if part == "morning":
        return 0 if hour == 12 else hour
    if hour == 12:
        return 12 if part == "afternoon" else 24
    return hour if part == "night" and hour < 6 else hour + 12


def read_times(reader: Reader) -> None:
    for match in _HOUR_IN_PART.finditer(reader.text):
        said, word, part = match.group(1).lower(), (match.group(2) or "").lower(), match.group(3).lower()
        said_hour = _UNITS.get(said) or int(said)
        if (word not in ("at", "last", "tomorrow") if part == "night" else word in ("at", "last")) \
                or part in ("evening", "tonight") and said_hour < 5:
            continue  # "at night", "last night" are the phrases; "two in the evening" no hour
        # "from 2 to 4 in the afternoon": the first hour is in the afternoon too
        shared = _SHARED_SUFFIX.search(reader.text, max(0, match.start(1) - 12), match.start(1))
        first = int(shared.group(1)) if shared else 0
        for hour, start, end in ((said_hour, match.start(1), match.end(1)),
                                 *([(first, shared.start(1), shared.end(1))] if 0 < first < said_hour else [])):
            readings = time_readings(_hour_in_part(hour, part), 0, twelve_hour=False)
            noon = ("12:00",) if part == "morning" and hour == 12 else ()  # "from 10 to 12 in the morning"
            reader.add(readings[0], start, end, True, tuple(dict.fromkeys((*readings[1:], *noon, str(hour)))))
    for match in _CLOCK_WORDS.finditer(reader.text):
        cue, quarter, half, minutes, relation, hour_word, clock, half_of_day = match.groups()
        relation = relation.lower()
        if not (cue or clock or half_of_day) or (half and relation not in ("past", "after")) \
                or (minutes and (cue or "").lower() not in ("at", "around", "about", "it's", "its", "it is", "it was")):
            continue
        hour = _UNITS.get(hour_word.lower()) or int(hour_word)
        minute = sum(_CLOCK_MINUTES[word] for word in re.split(r"[\s-]+", (quarter or half or minutes).lower()))
        if relation in ("to", "till", "of"):
            hour, minute = hour - 1 or 12, 60 - minute
        if half_of_day:
            hour = (hour % 12) + (12 if half_of_day.lower() == "p" else 0)
        reader.add(time_value(hour, minute), match.start(), match.end(), True,
                   time_readings(hour, minute, twelve_hour=not half_of_day, whole_hour_number=False))
    for match in _HOUR.finditer(reader.text):
        hour, suffix = int(match.group(1)), match.group(2).lower()
        if hour > (23 if suffix.startswith("o") and ":" in suffix else 12):  # "22 o:00" (22时)
            continue
        if suffix.startswith("p"):
            # "12 p.m." is noon (晚12时, midnight, so rendered is a time misstated), unless the text says midnight
            readings = time_readings(24 if hour == 12 and said_midnight(reader.text, match.end()) else
                                     hour if hour == 12 else hour + 12, 0, twelve_hour=False)
        elif suffix.startswith("a"):
            readings = time_readings(0 if hour == 12 else hour, 0, twelve_hour=False)
        else:
            readings = time_readings(hour, 0, twelve_hour=True)
        # "6 p.m." is also the 6 of 下午六点 read alone; "5 or 6 p.m.", "6-8 p.m." share the suffix
        reader.add(readings[0], match.start(), match.end(), True, (*readings[1:], str(hour)))
        shared = _SHARED_SUFFIX.search(reader.text, max(0, match.start() - 12), match.start())
        if shared and not suffix.startswith("o") and int(shared.group(1)) <= 12:
            first = int(shared.group(1))
            first_readings = time_readings(first + 12 if suffix.startswith("p") and first < 12 else first, 0,
                                           twelve_hour=False)
            reader.add(first_readings[0], shared.start(1), shared.end(1), True, (*first_readings[1:], str(first)))
    for match in _NOON.finditer(reader.text):
        midnight = match.group(1).lower() == "midnight"
        reader.add("0:00" if midnight else "12:00", match.start(), match.end(), False,
                   ("24:00", "0", "24", "12") if midnight else ("12",))


def read_dates(reader: Reader) -> None:
    text = reader.text
    for match in _NTH_MONTH.finditer(text):  # "the eleventh (lunar) month", "the 11th lunar month": vouching
        nth = match.group(1).lower()
        month = int(re.sub(r"\D", "", nth)) if nth[0].isdigit() else _ORDINALS[nth]
        if 1 <= month <= 12:
            reader.add(MONTHS[month - 1], match.start(1), match.end(1), False,
                       (str(month), ordinal(month), f"lunar month {month}"), once=True)
    for match in _MONTH.finditer(text):
        name, dot = match.groups()
        after = text[match.end():match.end() + 3]
        dated = bool(re.match(r"\s*\d", after)) or bool(_DAY_NUMBER_BEFORE.search(text[max(0, match.start() - 6):match.start()]))
        if len(name) <= 4 and name not in ("May", "June", "July") and not (dot or dated):
            continue  # "Mar", "Dec" without a dot or a day are other words
        if name in _NAME_MONTHS and not dated and not _DATE_WORD.search(text[max(0, match.start() - 12):match.start()]):
            continue  # Brian May, the Long March, "May I": a month needs a day or a word such as "in" or "since"
        month = next(m for m in MONTHS if m.startswith(name[:3]))
        reader.add(month, match.start(), match.end(), True, once=True)
    # A weekday is a date to keep (the source mode asks a reference to confirm it: where the reference turns
    # "Wednesday" into a date, a translation may too); one in an idiom only vouches.
    idioms = [(m.start(), m.end()) for m in _WEEKDAY_IDIOM.finditer(text)]
    for match in _WEEKDAY.finditer(text):
        idiom = any(s <= match.start() < e for s, e in idioms)
        reader.add((match.group(1) or match.group(2)).capitalize(), match.start(), match.end(), not idiom, once=True)
    for match in _DECADE_WORD.finditer(text):  # "the Eighties" (weak: "in her forties" is an age)
        tens = _DECADE_WORDS[match.group(1).lower()]
        reader.add(f"{1900 + tens}s", match.start(), match.end(), False, (number(1900 + tens), number(tens)))
    for match in _HALF_DECADE_GENERATION.finditer(text):  # "post-95" (95后): born from 1995
        value = int(match.group(1))
        reader.add(number((1900 if value >= 20 else 2000) + value), match.start(), match.end(), True, form="date")
    for match in _DECADE.finditer(text):
        century, decade_digit, short_one, short_two = match.groups()
        if century:
            year = int(century) * 100 + int(decade_digit) * 10
        else:
            tens = int(short_one or short_two) * 10
            year = (1900 if tens >= 20 else 2000) + tens
        reader.add(f"{year}s", match.start(), match.end(), True, (number(year), number(year % 100)))


def read_roman(reader: Reader) -> None:
    for match in _ROMAN.finditer(reader.text):
        group = next(g for g in range(1, 6) if match.group(g))
        numeral = match.group(group).lower()
        if len(numeral) == 1 and numeral not in _ROMAN_VALUES:  # Ⅱ, Ⅲ
            value = int(unicodedata.numeric(numeral))
        else:
            values = [_ROMAN_VALUES[c] for c in numeral]
            value = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
        # "Article XVII" answers a heading (第十七条) as "Article 17" does
        heading = (f"Article {value}",) if match.group(0).lower().startswith("article") else ()
        reader.add(str(value), match.start(group), match.end(group), True, also=heading)
    for match in _LETTERED.finditer(reader.text):  # (一) as "(a)": the first item in another form, weak
        reader.add(str(ord(match.group(1).lower()) - ord("a") + 1), match.start(), match.end(), False)


# 一级响应 as "the highest-level response", "its top emergency response level", 一级联赛 as "the top flight": level 1
# is the top one, said in words (weak, vouching: "top-level design" is 顶层设计)
_TOP_LEVEL = re.compile(r"(?i)\b(?:top|highest|maximum)[\s-]+(?:[a-z]+[\s-]+){0,2}(?:level|class|grade|tier|alert|flight)\b")


def read_top_levels(reader: Reader) -> None:
    for match in _TOP_LEVEL.finditer(reader.text):
        reader.add("1", match.start(), match.end(), False)


# "the next-to-last team" (倒数第二) is a rank, stated as "the third-highest" is: "the last team" misstates it
_NEXT_TO_LAST = re.compile(r"(?i)\b(?:next|second)[\s-]+to[\s-]+last\b")


def read_next_to_last(reader: Reader) -> None:
    for match in _NEXT_TO_LAST.finditer(reader.text):
        reader.add("2", match.start(), match.end(), True)


# "increased by three times" is fourfold by the strict reading and threefold by the loose one (增长了三倍 has
# the same ambiguity, read strictly there): both readings stand.
_TIMES_NUMBER = r"((?<![\d.,])\d+(?:\.\d+)?(?![\d,])|two|three|four|five|six|seven|eight|nine|ten)"
_INCREASED_TIMES = re.compile(r"(?i)\b(?:increased?|increases|increasing|rose|risen|rises|grew|grown|grows|growth|"
                              r"jumped|surged|went up|gone up|up)\s+(?:by\s+|of\s+|was\s+|is\s+)?(?:about\s+|nearly\s+|almost\s+|"
                              rf"more than\s+|over\s+|some\s+)?{_TIMES_NUMBER}(?:\s*(?:to|-|–|or)\s*{_TIMES_NUMBER})?"
                              r"\s+times\b"
                              # "a 19-fold increase", "six- to seven-fold", "up 19x", "40 times higher": as loose
                              rf"|\b{_TIMES_NUMBER}-?(?:\s*(?:to|or|–|-)\s*{_TIMES_NUMBER})?(?:[\s-]fold\b|x\b|"
                              r"\s+times\s+(?:higher|more|larger|greater|bigger|faster)\b)")


# Idioms whose numbers count nothing: a translation that counts them ("put two and two together" as
# 把两个和两个放在一起) adds numbers; a four-wheel drive is a 四轮驱动 (no quantity there either).
_IDIOMS = re.compile(r"(?i)\b(?:two and two together|at sixes and sevens|on cloud nine|(?:dressed )?to the nines|"
                     r"in two minds|second to none|(?:two|four)[\s-]wheel[\s-]drive)\b")
# A half- compound that is a manner or a term, not a share of something: "a half-baked job" (半生不熟),
# a half-hearted apology, a half-life (半衰期), a half-brother; a half-hour or a half-hundred stays a half, and
# half-ten is half past ten
_HALF_COMPOUNDS = re.compile(r"(?i)\bhalf-(?:(?!(?:hundred|dozen|seven|ten|eleven|[a-z]+teen)\b)[a-z]+(?:ed|en)|li(?:fe|ves)|truths?|wits?|"
                             r"brothers?|sisters?|siblings?)\b")


# "24/7" (all the time) vouches for 24 and 7: 全天候 drops them, 7天24小时 restates them; "round the
# clock" vouches for the 24 of 24小时
_ROUND_THE_CLOCK = re.compile(r"(?<![\d/])24\s?/\s?7(?![\d/])")
_AROUND_THE_CLOCK = re.compile(r"(?i)\ba?round[- ]the[- ]clock\b")
# "five nines" (5 9s) of availability are 99.999%
_NINES = re.compile(r"(?i)\b([3-7]|three|four|five|six|seven)\s*(?:9s|9's|nines)\b")
# 50p is £0.50
# A year of (American) high school, as MT renders 高二: freshman (grade 9), sophomore (10), junior (11),
# senior (12; the third and last year of a Chinese senior high school): weak, they vouch
_SCHOOL_YEARS = {"freshman": (1, 9), "sophomore": (2, 10), "junior": (3, 11), "senior": (3, 4, 12)}
_SCHOOL_YEAR = re.compile(r"(?i)\b(freshman|sophomore|freshmen|sophomores)\b|\b(junior|senior)(?=\s+(?:year|in high school)\b)"
                          r"|(?<=high school )(juniors?|seniors?)\b")
_SINGULAR = {"freshmen": "freshman", "sophomores": "sophomore", "juniors": "junior", "seniors": "senior"}
_PENCE = re.compile(r"(?<![\d.,£$€])(\d{1,3})p(?![A-Za-z0-9])")
# "twice a day" is a frequency, stated as any count is ("twice as many" may be 一倍 or 两倍: weak; "once" may
# be "formerly")
_FREQUENCY = re.compile(r"(?i)\s+(?:(?:a|per|every|each)\s+(?:day|week|month|year|night|hour|minute|second)"
                        r"|daily|weekly|monthly|yearly|annually)\b")


def read_words(reader: Reader) -> None:
    text = reader.text
    for idioms in (_IDIOMS, _HALF_COMPOUNDS):
        for match in idioms.finditer(text):
            reader.claim(match.start(), match.end())
    for match in _ROUND_THE_CLOCK.finditer(text):
        reader.add_many([("24", ()), ("7", ())], match.start(), match.end(), False)
    for match in _AROUND_THE_CLOCK.finditer(text):
        reader.add("24", match.start(), match.end(), False)
    for match in _NINES.finditer(text):
        nines = int(match.group(1)) if match.group(1).isdigit() else _UNITS[match.group(1).lower()]
        availability = "99." + "9" * (nines - 2)  # stated; "5个9（99.999%）" writes it both ways
        reader.add_many([(availability, (str(nines),)), ("9", ()), (str(nines), (availability,))],
                        match.start(), match.end(), True, weak=("9", str(nines)))
    for match in _SCHOOL_YEAR.finditer(text):
        word = (match.group(1) or match.group(2) or match.group(3)).lower()
        first, *rest = (str(year) for year in _SCHOOL_YEARS[_SINGULAR.get(word, word)])
        reader.add(first, match.start(), match.end(), False, tuple(rest))
    for match in _PENCE.finditer(text):
        pence = decimal(match.group(1))
        reader.add(number(pence), match.start(), match.end(), True, (number(pence / 100),))
    for match in _INCREASED_TIMES.finditer(text):  # "an increase of 6 to 7 times": the end of a range reads plain
        group = 1 if match.group(1) else 3
        word = match.group(group)
        times = decimal(word) if word[0].isdigit() else _UNITS[word.lower()]
        reader.add(number(times), match.start(group), match.end(group), True, (number(times + 1),))
    for match in _SHARE.finditer(text):
        count, base = (_small(match.group(g)) for g in (1, 2))
        if count < base:
            share = Fraction(count, base)
            reader.add_many([(number(share * 100), (number(share),)), (str(base), ())],
                            match.start(), match.end(), True, weak=(str(base),) if base != share * 100 else ())
    for pattern, value, strong in _PHRASES:
        for match in pattern.finditer(text):
            if value is None:
                value_here = _phrase_value(match)
                reader.add(number(value_here), match.start(), match.end(), strong)
            else:
                reader.add(value, match.start(), match.end(), strong)
    for match in _ONE_THE_OTHER.finditer(text):
        reader.add("2", match.start(1), match.end(1), False)
    for match in _ROUGH.finditer(text):
        many, scale, plural = match.group(1), match.group(2), match.group(3)
        if many:
            size = (10 if many.lower() == "tens" else 100) * _SCALES[scale.lower()[:-1]]
        elif plural and plural.lower() == "decades":
            size = 10
        elif plural:
            size = _ROUGH_WORDS[plural.lower()]
        else:
            size = 10
        also = (number(size), "12") if size == 10 else (number(size),)
        reader.add(ROUGH[size], match.start(), match.end(), False, also)
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        read = _read_number_words(reader, words, i)
        i = read if read > i else i + 1


def _phrase_value(match: re.Match[str]) -> Fraction:
    groups = [g.lower() for g in match.groups() if g]
    if match.group(0).lower().endswith("decades"):  # two decades: 20
        return Fraction(10 * (int(groups[0]) if groups[0].isdigit() else _UNITS[groups[0]]))
    if len(groups) == 1:  # half a million
        return Fraction(1, 2) * (100 if groups[0] == "hundred" else 12 if groups[0] == "dozen" else _SCALES[groups[0]])
    count = {"a": 1, "one": 1, "two": 2, "three": 3}[groups[0]]
    return Fraction(count, _DENOMINATORS[groups[1]]) * _SCALES[groups[2]]


_SHARE_WORDS = {**_UNITS, **_TENS, "hundred": 100}


def _small(word: str) -> int:
    """A share's count or base: a digit or "ten", "twenty", "a hundred"."""
    word = re.split(r"[\s-]+", word.lower())[-1]
    return int(word) if word.isdigit() else _SHARE_WORDS[word]


_OF_A_UNIT = re.compile(r"(?i)\s+of\s+an?\s+(?:hour|minute|second|day|week|month|year|century|mile|metre|meter|"
                        r"kilometre|kilometer|inch|foot|pound|kilo|gram|litre|liter|cup|dollar|point)\b")
_CLAUSE_BREAK = re.compile(r"[,;:!?()]")
# "the world's third-highest caseload" as 全球第三: a rank, stated (a bare "third" may be "next", "again")
# ("second best", "worst" are as often idioms: to settle for second best); "the second largest economy after the US"
# as 仅次于美国 states the rank by what comes before it: weak
_RANKED = re.compile(r"(?i)[\s-]+(?:most|least|(?:high|larg|bigg|low|great|rich|poor|busi|old|long|tall|"
                     r"deadli|fast|small|strong|wealthi|heavi|short|young|cheap|hott|cold)est)\b"
                     r"(?![^,.;:!?]{0,40}\b(?:after|behind|only\s+to)\b)")


def _read_number_words(reader: Reader, words: list[tuple[str, int, int]], i: int) -> int:
    """Reads the number words starting at words[i]; returns the index after them."""
    word, start, end = words[i]
    if word in _MULTIPLES:
        reader.add(_MULTIPLES[word], start, end, True)
        return i + 1
    if word in _ADVERBS:
        reader.add(str(_ADVERBS[word]), start, end, False, (ordinal(_ADVERBS[word]),))
        return i + 1
    if word in _WEAK_WORDS:
        frequency = word in ("once", "twice", "thrice") and bool(_FREQUENCY.match(reader.text, end))
        reader.add(_WEAK_WORDS[word], start, end, frequency, ("50", "1/2") if word == "half" else ())
        return i + 1
    if word in _ORDINALS and not (word in _DENOMINATORS and i and words[i - 1][0] in ("a", "one", *_UNITS)
                                  and not _ordinal_use(reader.text, words, i) and _fraction_use(reader.text, words, i)):
        value = _ORDINALS[word]
        ranked = value >= 2 and bool(_RANKED.match(reader.text, end)) and not (i and words[i - 1][0] == "a") \
            or value >= 3 and bool(_SELECTION.match(reader.text, end))
        reader.add(str(value), start, end, ranked, (ordinal(value),))
        return i + 1
    total, current, last, j, stop = 0, 0, None, i, end
    article = word in ("a", "an")
    if article:
        noun = i + 2 if i + 2 < len(words) and words[i + 1][0] == "new" else i + 1
        if noun < len(words) and words[noun][0].rstrip("s") in _ONE_OF:
            reader.add("1", start, end, False)
            return i + 1
        if i + 1 >= len(words) or words[i + 1][0] not in ("hundred", *_SCALES, *_DENOMINATORS) \
                or _ordinal_use(reader.text, words, i + 1) or not _fraction_use(reader.text, words, i + 1):
            return i + 1
        current, last, j = 1, "unit", i + 1
    while j < len(words):
        w, w_start, w_end = words[j]
        if j > i and _CLAUSE_BREAK.search(reader.text, words[j - 1][2], w_start) and not (
                last == "scale" and reader.text[words[j - 1][2]:w_start].strip() == "," and w in _UNITS
                and j + 1 < len(words) and words[j + 1][0] == "hundred"):
            break  # "ten thousand, four-wheel drive" is 10000 and a 4; "one thousand, two hundred" is 1200
        if w == "and" and last is not None and j + 1 < len(words) and (
                words[j + 1][0] in _UNITS or words[j + 1][0] in _TENS or words[j + 1][0] == "a"):
            if words[j + 1][0] == "a" and j + 2 < len(words) and words[j + 2][0] == "half":
                current += Fraction(1, 2)
                j, stop, last = j + 3, words[j + 2][2], "unit"
                continue
            j += 1
            continue
        if w in _UNITS and last not in ("unit", "teen"):
            current += _UNITS[w]
            last = "teen" if _UNITS[w] >= 10 else "unit"
        elif w in _TENS and last in (None, "hundred", "scale"):
            current += _TENS[w]
            last = "tens"
        elif w == "hundred" and last in ("unit", "teen", "tens") or (w == "hundred" and last is None and article):
            current = (current or 1) * 100
            last = "hundred"
        elif w in _SCALES and last is not None and last != "scale":
            total += (current or 1) * _SCALES[w]
            current, last = 0, "scale"
        elif w in _ORDINALS and last in ("tens", "hundred", "scale") and _ORDINALS[w] < (10 if last == "tens" else 100):
            # forty-eighth, two hundred twentieth: an ordinal, weak as "eighth" is, and a rank with a
            # superlative ("the twenty-third largest")
            value = total + current + _ORDINALS[w]
            ranked = bool(_RANKED.match(reader.text, w_end)) and not (i and words[i - 1][0] == "a")
            reader.add(number(value), start, w_end, ranked, (ordinal(value),))
            return j + 1
        elif w in _DENOMINATORS and last in ("unit", "teen", "tens") and current and _fraction_use(reader.text, words, j):
            fraction = number(Fraction(current, _DENOMINATORS[w]))
            # "the next two quarters" counts periods (两个季度): unless hyphenated or followed by "of",
            # "two quarters" is both 2/4 and 2
            periods = w.startswith("quarter") and "-" not in reader.text[words[j - 1][2]:words[j][1]] \
                and not (j + 1 < len(words) and words[j + 1][0] == "of")
            # a fraction is also its percentage, but not of a unit: "a quarter of an hour" is no 25 (minutes)
            of_unit = _OF_A_UNIT.match(reader.text, w_end)
            reader.add(fraction, start, w_end, True, ((number(current),) if periods else ())
                       + (() if of_unit else percent(Fraction(current, _DENOMINATORS[w]))))
            return j + 1
        else:
            break
        stop = w_end
        j += 1
    if last is None:
        return i
    value = total + current
    # "five or six hundred" is 500 or 600 (五六百), "two or three hundred million" 200 or 300 million (两三亿): the
    # first number may take the second's scale; so may "between five and six hundred", and only after "between"
    shared = _SHARED_SCALE.match(reader.text, stop) if not total and (value < 20 or last == "tens") else None
    if shared and shared.group(0).lstrip().lower().startswith("and") and not (i and words[i - 1][0] == "between"):
        shared = None
    scale = shared and math.prod(100 if g.lower() == "hundred" else _SCALES[g.lower()] for g in shared.groups() if g)
    # "the two are", "two of them": a small number may stand for what it counts; "a thousand" never does
    reader.add(number(value), start, stop,
               value >= 100 or value >= 2 and _counts(reader.text, stop, words[j][0] if j < len(words) else "")
               and not (i and words[i - 1][0] in ("you", "we", "us"))  # "you two": the people addressed
               or _is_age(reader.text, start, stop), (number(value * scale),) if scale else ())
    return j


_SHARED_SCALE = re.compile(r"(?i)\s*(?:or|to|and|-|–)\s*(?:" + "|".join((*_UNITS, *_TENS)) + r")[\s-]+"
                           r"(hundred|thousand|million|billion)(?:\s+(thousand|million|billion))?\b")
# "Khadiga, four, Mena, eight": a name's age, in apposition between commas, is a quantity however small
_NAME_BEFORE = re.compile(rf"(?<=[a-z,]\s)(?!(?:{'|'.join((*MONTHS, *WEEKDAYS))})\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)*,\s"
                          r"(?:aged\s)?$")
_AGE_AFTER = re.compile(r",|\s+and\b|[.;](?!\d)|\s*$")


def _is_age(text: str, start: int, stop: int) -> bool:
    return bool(_NAME_BEFORE.search(text, max(0, start - 60), start)) and bool(_AGE_AFTER.match(text, stop))


# a third-team selection, a sixth-round pick: the ordinal names the team or round (第三阵容, 第六轮); not "first" or
# "second", which Chinese writes 首轮, 次轮, 一线 or by the league's name (a second-tier club, 英冠球队)
_SELECTION = re.compile(r"(?i)-(?:team|round|tier)\b")


def _ordinal_use(text: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether "third" after "a" is an ordinal: "a third-party agent", "a third term" (a noun follows), not
    "a third of them", "cut by a third"."""
    if words[i][0] not in _ORDINALS or i + 1 >= len(words):
        return False
    between = text[words[i][2]:words[i + 1][1]]
    return between.strip() in ("", "-") and words[i + 1][0] not in _PRONOUN_FOLLOWERS


def _fraction_use(text: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a denominator word is a fraction's: an ordinal's form not joined to its noun ("two fourth-quarter
    touchdowns", "nine third-graders"; "a half-hour" stays a half); "fourth", more often an ordinal than a quarter,
    only written on to its count ("one-fourth", "three-fourths") or before "of" ("a fourth of the votes")."""
    word, start, end = words[i]
    if word in _ORDINALS and re.match(r"-[A-Za-z]", text[end:end + 2]):
        return False
    if word in ("fourth", "fourths"):
        return i > 0 and text[words[i - 1][2]:start] == "-" or bool(_OF.match(text, end))
    return True


_OF = re.compile(r"\s+of\b")


# A number word counts something when a noun follows: "the two are planned together" and
# "two of them" use it as a pronoun, as the source's 一起 or 双方 do without a numeral.
_PRONOUN_FOLLOWERS = frozenset("are were is was have has had will would can could should may might must of and or to "
                               "in on at by for with from that which who as than do did both together also all each "
                               "sides".split())


def _counts(text: str, end: int, next_word: str) -> bool:
    return next_word not in _PRONOUN_FOLLOWERS and not re.match(r"\s*(?:[,.;:!?)\"”]|$)", text[end:end + 3])

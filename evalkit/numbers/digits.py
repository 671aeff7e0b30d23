"""Readings of digits, whatever the language around them: escapes and names that are no
numbers, clock times, digits with a magnitude (万, 亿, million, lakh, K, bn), plain numbers."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .mentions import (
    MONTHS,
    PARTS_OF_DAY,
    Reader,
    decimal,
    hour_of_day,
    is_dated,
    is_dated_day,
    is_day,
    is_day_named_by_on,
    is_numbered_issue,
    is_ordinal,
    number,
    ordinal,
    said_midnight,
    time_readings,
)

# "%0A" is an escaped line break, "&#39;" an escaped apostrophe (MT output left as HTML), "<0xF0><0x9F>" an
# emoji as a subword model's byte tokens: no numbers.
_ESCAPE = re.compile(r"(?<!\d)%[0-9A-Fa-f]{2}|&#x?[0-9A-Fa-f]{1,6};|<0x[0-9A-Fa-f]{2}>")
# A footnote mark after a word or a sentence ("in 2018 [2].", "Richter Scale.[3]"): no number.
_FOOTNOTE = re.compile(r"(?<=\S)\s?\[\d{1,3}\](?=\s*(?:[.,;:。，；]|$))|(?<=[.。])\[\d{1,3}\]")
# links, e-mail addresses and @handles ("@user21", or written on into Chinese, "@user20所以": the handle is
# its Latin letters and digits; "@user29@user30", "@[user5]", user26 and 用户2 are how MT and the anonymiser
# write them)
# (a link MT spaced out: "https: / / zhuanlan.zhihu.com / p / 60474873", "www. 12377.cn", and after every dot,
# slash, hyphen and @ too: "https: / / fedi. simonwillison. net / @ user41 / ux - roundup - 20240219")
_LINK = re.compile(r"(?i:https?)://\S+|www\.(?:\s(?=[\w-]+\.[A-Za-z]))?\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|(?<![A-Za-z0-9_@])@[A-Za-z0-9_]+"
                   r"|用户\s?\d{1,4}(?![\d.,万亿千百名个位人])|(?<![A-Za-z0-9_])user\d{1,4}(?![A-Za-z0-9])"
                   r"|(?i:https?)\s?:\s?/\s?/\s?[\w-]+(?:\.(?:\s(?=[A-Za-z]))?[\w-]+)*"
                   r"(?:\s?/\s?(?:@\s?)?[\w.%=?&-]+(?:\s[-_]\s[\w.%=?&-]+)*)*")
# A link's id of six digits or more ("/status/112130028394563476") and the digits of the anonymiser's handles
# (@user33, 用户33) vouch for themselves: MT splits links and garbles handles ("33 哎呀", "联系人: 17"); a year, a
# month or a page in a link ("/2020/07/26") vouches for nothing
_LINK_ID = re.compile(r"(?<=user)\d+$|(?<=用户)\s?\d+$|(?<![\d.])\d{6,}(?![\d.])")
# Currency codes before digits are no names: RMB100, RM476.5 billion (ringgit), NT$, KRW.
_CURRENCY_CODES = "RMB|USD|HKD|EUR|GBP|CNY|JPY|AUD|CAD|SGD|INR|MYR|TWD|NTD|KRW|CHF|THB|NZD|MOP|Rs|RM|NT|US|HK"
# N585 million (or N5.85亿) is 585 million naira (an N before digits and a magnitude; N95 and N1 are names)
_NAIRA = r"N(?=\d[\d,.]*\s?(?:(?:million|billion|trillion|bn|m)(?![A-Za-z])|万|亿))"
# Dots grouping thousands, as continental Europe writes them and MT copies: 2.313.000.000 is one number
# (read before the identifiers of dotted groups; a single dot stays a decimal point).
_DOTTED_THOUSANDS = re.compile(r"(?<!\d)(?<!\d\.)[1-9]\d{0,2}(?:\.\d{3}){2,}(?!\d|\.\d)")
# Names written with digits are names: COVID-19, G7, Ka-52M, MI5, Z164, CCTV-2, H1N1, 5G, 3D, AventadorLP700.
_NAMES = (
    # "Covid—19" with a dash of any length, "的Covid-19" run on, garbled with a dash ("Coved—19", "Corvid-19"),
    # and transliterated with a spaced dash, "科维 - 19"
    re.compile(r"(?i)covid[\s‐–—-]*19|(?<![A-Za-z])co[a-z]{2,4}[‐–—-]19(?!\d)|科维\s*[-‐–—]\s*19(?!\d)"),
    re.compile(r"2019\s*(?:新型)?冠状病毒病?|2019-nCoV"),  # 2019冠状病毒病: COVID-19's official Chinese name
    # standards with their edition: ISO 8601, RFC 3339, GB/T 7714, GB/T 2312-1980, and as OCR and MT write them,
    # "GB/T 11383 一 1989", "GB / T 2312 a 1980", "GB/T 2312 I 1980", "GB / T13000", "GB/T 11383 1989"
    # ("in" and "January" only for GB's OCR'd 一: "ISO 9001 in 2015" is a certificate and a year)
    re.compile(r"\b(?:(?:ISO(?:\s?/\s?IEC)?|IEC|RFC|IEEE|DIN)\s?\d+(?:[-:.]\d+)*"
               r"(?:\s?(?:[-—–一]|a|I|1|to|and)\s?(?:19|20)\d\d(?!\d))?"
               r"|GB\s?/\s?[TZ]\s?\d+(?:[-:.]\d+)*(?:(?:\s?(?:[-—–一]|a|I|1|to|and|in|January)\s?|\s(?=\d{4}(?!\s*(?:and\b|editions?\b|和|版))))(?:19|20)\d\d(?!\d))?)"),
    # (a generation capitalised, "the Post-90s Generation" for 90后, is no name)
    re.compile(rf"(?<![A-Za-z0-9])(?!(?:{_CURRENCY_CODES})\d|{_NAIRA}|Post-?(?:(?:19|20)?\d0s|\d[05]s?)(?![A-Za-z0-9]))"
               r"[a-z]?[A-Z](?:[a-z]+(?=[A-Z]))?[A-Za-z]{0,6}(?:[-‐]?\d+(?:\.\d+)?[A-Za-z]*)+(?![A-Za-z0-9])"),
    re.compile(r"(?<![A-Za-z0-9.,])(?:\d[GD]|3d)(?![A-Za-z0-9])"),  # "3d打印" as MT lower-cases it
    # identifiers with an underscore: N1337_, user_21, v2_final
    re.compile(r"(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]*\d)(?=[A-Za-z0-9]*_)[A-Za-z0-9_]*[A-Za-z0-9][A-Za-z0-9_]*"),
    # ... and as MT lower-cases them ("lp700" for LP700, "ps4."); not a currency ("rmb100") or "no5"
    re.compile(rf"(?<![A-Za-z])(?=[a-z]{{2,4}}\d)(?!(?i:{_CURRENCY_CODES}|no)\d)[a-z]{{2,4}}\d+[a-z]*(?![A-Za-z0-9])"
               r"(?![.,]\d)"),
    # 卡-52M, 歼-20, 东风-41, 科维—19 (Covid-19 transliterated): a Chinese name with a model number (a date such as
    # 7月-8月 is no name)
    re.compile(r"(?<![\d.])[\u4e00-\u9fff](?<![年月日号时点分秒周天岁个万亿千百十])[-‐–—]\d+[A-Za-z]*(?![\d.])"),
    # the US emergency line ("a 911 caller", and run on from Chinese, "一名911报警者", "给911打电话", "911来电者")
    re.compile(r"(?i)(?<![A-Za-z0-9])911(?=\s*(?:call|dispatch|operator|emergency|报警|电话|呼叫|打了?电话|来电|接线))"
               r"|(?<=打)\s*911"),
    re.compile(r"(?i)(?<![A-Za-z0-9])(?:co2|so2|no2|n2o|ch4|h2o|pm2\.5|pm10)(?![A-Za-z0-9])"),  # formulas, any case
    # 火星17飞弹 (the Hwasong-17), 东风41导弹: a Chinese name with its model number written on, before the
    # kind of craft; a count needs a counter (3枚导弹)
    re.compile(r"(?<=[\u4e00-\u9fff])(?<![年月日号时点分秒周天岁个万亿千百十第约近超逾共有了和及与或等每])\d+[A-Za-z]*"
               r"(?=型?(?:导弹|飞弹|火箭|战机|战斗机|轰炸机|运输机|直升机|坦克|潜艇|驱逐舰|护卫舰|航母|卫星|飞船))"),
    # ... and in English, where the name may stand apart from its number: "the Mars 17 missile" (one
    # craft named; a count has a plural: "17 missiles")
    re.compile(r"(?<![A-Za-z0-9])(?!(?:In|On|At|By|For|From|Since|Until|To|Of|The|And|But|Or|With|After|Before|During|"
               r"About|Over|Under|Around|Nearly|Some|All|Only|Its|Their|His|Her|Our|These|Those|Each|Every|Last|Next|"
               r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
               r"[A-Z][a-z]{1,12}[ -]\d+[A-Za-z]*(?=(?: (?!the\b|an?\b)[a-z]+){0,2} (?:missile|rocket|fighter|jet|"
               r"bomber|helicopter|tank|submarine|destroyer|frigate|carrier|satellite|spacecraft|ICBM)\b(?!s))"),
    # programmes named by a number: 863计划, 211工程, "the 863 Program" (a count would take a counter or a plural)
    re.compile(r"(?<![\d.,$£€¥])\d{3}(?=\s*(?:计划|工程|课题|专项)|\s+(?:Program|Programme|Project|Plan)\b)"
               r"|(?<=national )\d{3}(?=\s+(?:program|programme|project|plan)\b(?!s))"),
    re.compile(r"(?<![\d.])\d{4,6}\.\s?(?:SH|SZ|SS|BJ|HK)(?![A-Za-z])"),  # stock codes: 600884.SH, "600606. SH"
    # identifiers: model numbers of four or more dotted groups (424.10.0.20.02.002/27.60.55.001, or spaced
    # out by MT, "424.10. 0.20. 02.002"), ISBNs
    re.compile(r"(?<![\d.])(?:\d+(?:\.\d+){3,}|\d+(?:\.\s?\d+){4,})(?:\s?/\s?\d+(?:\.\s?\d+)+)*(?![\d.])"
               r"|(?<!\d)97[89]-?\d{10}(?!\d)|(?i:ISBN)[:\s]*[\dXx-]{10,17}"),
    # identifiers: a phone number written in three groups (400-100-5678), a code of digits, letters and
    # digits (2020DP2611)
    re.compile(r"(?<![\d-])\d{3,4}-\d{3,4}-\d{4}(?![\d-])|(?<![A-Za-z0-9])\d+[A-Z]{2,}\d+[A-Za-z0-9]*"),
    # phone numbers after their word: 热线8800 7777, "Hotline 88007777", "Tel: (010) 6512-3456"
    re.compile(r"(?i:电话|热线|专线|hotline|telephone|phone|tel\.?)\s*(?:number\s*)?[:：]?\s*"
               r"\+?(?:\(\d{2,4}\)\s*)?\d[\d\s-]{5,}\d(?![\d-])(?![.,]\d)"),
    # a line named by its number: "the 988 Suicide & Crisis Lifeline", "the 12345 government service hotline",
    # 988自杀与危机生命线, 12345热线 (the number to call may follow as well; said once, it is no number lost). Not a
    # year (2022年市长热线, "the 2020 Hotline Awards"), nor a count of lines or calls (400余条热线, 600多个热线电话,
    # "700 helpline calls", "400 hotlines"), nor a length (1800公里的生命线), nor 线上 (online), nor the last of a list
    # (110或120热线: two lines, said of both)
    re.compile(r"(?<![\d.,$£€¥或和、及])(?!(?:19|20)\d\d(?!\d))\d{3,5}(?![\d.,])"
               r"(?=\s+(?:[A-Z][a-z]+\s+(?:&\s+|and\s+)?){0,4}(?:Lifeline|Hotline|Helpline)\b(?!s)"
               r"|\s*(?![余多条个人家万亿千百年月日号次位名项件台部公米])[^\W\d_a-zA-Z或、]{0,8}?"
               r"(?:热|生命|救援|求助|援助|服务|咨询|举报|投诉)线(?![上下路索条]))"
               r"|(?<=\bthe )(?!(?:19|20)\d\d(?!\d))\d{3,5}(?![\d.,])(?=\s+(?:[a-z]+\s+){0,3}(?:lifeline|hotline|helpline)\b"
               r"(?!s|\s+(?:calls?|operators?|workers?|staff|numbers?)\b))"),
    # Chinese official documents' numbers: 国发〔2013〕23号, "[2013] No. 23"
    re.compile(r"[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*(?:第\s*\d{1,4}\s*号|\d{1,4}\s*号|No\.?\s*\d{1,4}(?!\d))"),
    # isotopes: 碳14 (carbon dating), "uranium-235", 碘-131
    re.compile(r"(?=[碳铀钚钴锶碘铯钾cupsikrtCUPSIKRT])(?:(?:碳|(?i:carbon))[\s‐-]?1[234]|(?:铀|(?i:uranium))[\s‐-]?23[58]|(?:钚|(?i:plutonium))[\s‐-]?239|"
               r"(?:钴|(?i:cobalt))[\s‐-]?60|(?:锶|(?i:strontium))[\s‐-]?90|(?:碘|(?i:iodine))[\s‐-]?131|"
               r"(?:铯|(?i:ca?esium))[\s‐-]?137|(?:钾|(?i:potassium))[\s‐-]?40"
               # MT may name another element: 碘-131 as "uranium-131" is still an isotope
               r"|(?i:carbon|uranium|plutonium|cobalt|strontium|iodine|ca?esium|potassium|radium|thorium|"
               r"tritium)-\d{1,3})(?![\d.,%])(?!\s*[万亿千百吨个年%])"),
    # an anonymised transcript's placeholders, "(PERSON6)", "[ORGANIZATION4]", and how MT renders them,
    # （人物 6）, [项目5], （第六个人）, （7号人物）, （第 8 个人）, （1人）, [人2]: names, however written
    re.compile(r"(?<=[\[(（<])\s*(?:[A-Z][A-Z_]{2,}|人物|人员|项目|组织|机构|地点|位置|人)\s*\d{1,3}\s*(?=[\])）>])"
               r"|(?<=[\[(（<])\s*第?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[号个]?\s*人物?\s*(?=[\])）>])"),
)
# In Chinese text some systems space Latin from digits ("A 3 公路", "T 20 I", "Covid- 19").
_SPACED_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,3} \d{1,4}(?: [A-Z][A-Za-z]{0,2})?(?![A-Za-z0-9.,])")
_CJK = re.compile("[\u4e00-\u9fff]")
# 19:54, 7:30 p.m., 08H00, "19: 54" and "3: 11 pm" (a stray space: the same time); a one-digit "minute"
# is a score (3:0), not a time, unless the part of the day follows ("5:9 in the morning" for 5点9分).
# Seconds are a number of their own, as 07时01分37秒 reads: 07:01:37 and "07: 01: 37" are 7:01 and 37.
# British style writes a dot before a.m. or p.m.: "5.30pm". A colon before the hour is a label's ("time:20:30"),
# but after a digit the hour is a clock's minutes or seconds ("12:30:45").
_CLOCK = re.compile(r"(?<![\d.])(?<!\d:)(\d{1,2})(?::\s?(?=\d\d(?!\d))|:\s?(?=\d\s*(?:a\.m|p\.m|am\b|pm\b|in the))|:"
                    r"|H(?=\d\d)|\.(?=\d\d\s*(?:a\.m|p\.m|am\b|pm\b)))"
                    r"(\d{2}|\d(?=\s*(?:a\.m|p\.m|am\b|pm\b|in the (?:morning|afternoon|evening))))"
                    r"(?::\s?(\d{2}))?(?![\d:])"
                    r"(?:\s*(a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b))?")
# 2400 hours, 1400 hrs: the 24-hour clock without a colon; with a leading zero, "at 0500" and 0500时 (a
# code such as 0512 stays digits); with a time zone, "(0200GMT)", "1430 UTC".
_MILITARY_TIME = re.compile(r"(?<![\d:.,])(?:([01]\d|2[0-4])([0-5]\d)\s*(?:hours|hrs)\b"
                            r"|(?:(?<=\b[Aa]t )|(?<=\b[Bb]y )|(?<=\b[Uu]ntil )|(?<=\b[Ff]rom )|(?<=\b[Ss]ince )"
                            r"|(?<=在)|(?<=在 ))(0\d)([0-5]\d)(?![\d.,])"
                            r"|(0\d)([0-5]\d)\s*时"
                            r"|([01]\d|2[0-3])([0-5]\d)\s?(?:GMT|UTC)\b)")
# 2023-02-11: a year, a month and a day (MT may space a dash: "2022 -01-17").
_ISO_DATE = re.compile(r"(?<![\d-])((?:19|20)\d\d) ?- ?(0?[1-9]|1[0-2]) ?- ?(0?[1-9]|[12]\d|3[01])(?![\d-])")
# 5/11/648, 12/13/2023: a date written with slashes, month and day in either order (a year of two to four digits).
_SLASH_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\d/])")
# 2011/4, 2011/3/11: a year, then its month (and day), as MT writes 2011年4月; not a season or a fiscal year (2010/11,
# 2001/2学年, the 1998/9 financial year)
_YEAR_SLASH_DATE = re.compile(r"(?<![\d/.])((?:19|20)\d\d)/(0?[1-9]|1[0-2])(?:/(0?[1-9]|[12]\d|3[01]))?(?![\d/])"
                              r"(?!\s*(?:赛季|财年|学年|年度|(?i:season|fiscal|financial|academic|school)))")
# 9/11, 9·11, 911事件, 911之后, 九一一: the attacks of September 11, a date; so is 9.11 before the attacks or what came
# after them (9.11之后, 9.11 attacks), where a decimal 9.11 is no event.
_THE_ATTACKS = r"事件|恐怖|恐袭|袭击|之后|以后|以来|之前|attacks?\b|terror"  # (a bare 后 may start 后勤 after 911)
_NINE_ELEVEN = re.compile(rf"(?<![\d/.])9\s*[/·•]\s*11(?![\d/])|九一一|(?<![\d.])911(?=\s*(?:{_THE_ATTACKS}))"
                          rf"|(?<![\d/.])9\.11(?=\s*(?:{_THE_ATTACKS}|后|前))")
# A Chinese time of day before a clock time: 晚7:30 is 19:30.
_ZH_PERIOD = re.compile(rf"({PARTS_OF_DAY})\s*$")

# One number as written: 1,234,567 or 2,06,737 (Indian grouping) or 1234, with decimals;
# machine translation also groups with a full-width comma (12，000, 10， 541) and, as SI
# style does, with a space (30 000, 1 400). A comma not followed by three digits separates
# numbers ("4178,027" is no number we can read as one: it reads as 4178 and 27, and
# differs from 4178027).
# A number starts after no digit and no decimal point; an ellipsis ("......2023"), "No.5", an
# abbreviation run into its number ("Oct.13", "Sept.5", "Fig.3") and a sentence run into the next
# ("consumption.86.6%") have none.
START = r"(?<!\d)(?:(?<=\.\.)|(?<=[A-Za-z][a-z]\.)|(?<!\.))"
DIGITS = (r"(?:\d{1,3}(?:(?:,|，\s?)\d{3})+|\d{1,2}(?:[,，]\d{2})+[,，]\d{3}"
          r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+)(?:\.\d+)?")
_NUMBER = re.compile(rf"{START}{DIGITS}(?!\d)")
# "3, 770 万": a stray space after a group comma, before a magnitude, is still one number
_SPLIT_GROUPS = r"\d{1,3}(?:, \d{3})+"
# Digits with a Chinese magnitude, a hedge between or after (9000多万, 250余万, 15多万, 1.92万,
# 1.5萬). 千米 (km), 千克 (kg), 千瓦 (kW) and 百分 are units, not magnitudes.
ZH_SCALES = {"万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8, "千万": 10**7, "百万": 10**6,
             "十万": 10**5, "万": 10**4, "千": 10**3, "百": 100}
_ZH_SCALED = re.compile(rf"{START}({_SPLIT_GROUPS}|{DIGITS})\s*(?:多|余|来|几)?\s*(万亿|[十百千](?:多|余)?[万亿]|亿|万|千(?![米克瓦帕])|百(?!分))"
                        rf"(?:多|余)?")
_JOINED = re.compile(r"[ \u3000]?(?:零[ \u3000]?)?")  # 63万4千, 10万零5千; not across a line
# 兆 after digits before money: a trillion in Traditional Chinese (34兆美元), a million as SI's mega; elsewhere it is
# mega of a unit (100兆宽带, 500兆流量, 兆瓦)
_ZHAO = re.compile(rf"{START}({DIGITS})\s*(?:多|余)?\s*兆(?=\s*(?:美元|日元|韩元|欧元|英镑|新台币|台币|港元|港币|人民币|元|円))")
# Digits with an English magnitude: 1.4 billion, 14 lakh, £10m, $2bn, 50K. "10m" without a
# currency sign may be metres: both readings stand. MT transliterates lakh: 14拉克, 14个拉赫.
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "lakh": 10**5,
              "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "k": 10**3, "bn": 10**9, "mn": 10**6, "tn": 10**12,
              "m": 10**6, "b": 10**9, "拉克": 10**5, "拉赫": 10**5}
_EN_SCALED = re.compile(rf"{START}((?:[$£€¥]|US\$|HK\$|S\$|A\$|C\$|NT\$|(?:{_CURRENCY_CODES}) ?|Rs\.? ?)?)({DIGITS})"
                        r"(?:\s*(?:个\s*)?(thousand|million|billion|trillion|lakhs?|crores?|bn|mn|tn|拉[克赫])(?![A-Za-z])"
                        r"|(k|K|m|M|b|B)(?![A-Za-z0-9]))")


def read_escapes_and_names(reader: Reader) -> None:
    spaced = (_SPACED_NAME,) if _CJK.search(reader.text) else ()
    for pattern in (_ESCAPE, _FOOTNOTE):
        for match in pattern.finditer(reader.text):
            reader.claim(match.start(), match.end())
    for match in _LINK.finditer(reader.text):
        if reader.claim(match.start(), match.end()):
            for digits in _LINK_ID.finditer(match.group(0)):
                reader.vouch(number(digits.group(0)), match.start() + digits.start(), match.start() + digits.end())
    for match in _DOTTED_THOUSANDS.finditer(reader.text):
        reader.add(match.group(0).replace(".", ""), match.start(), match.end(), True)
    for pattern in (*_NAMES, *spaced):
        for match in pattern.finditer(reader.text):
            if reader.claim(match.start(), match.end()):
                reader.name(match.group(0), match.start())


# Ranks: a "1st Lieutenant" is a 中尉 (or, calqued, 一等中尉): its ordinal is weak, vouching for either.
_RANK = re.compile(r"(?i)\b(1|2)(?:st|nd)\s+lieutenants?\b")


def read_ranks(reader: Reader) -> None:
    for match in _RANK.finditer(reader.text):
        reader.add(match.group(1), match.start(), match.end(), False)


def read_dates(reader: Reader) -> None:
    for match in _ISO_DATE.finditer(reader.text):
        if reader.free(match.start(), match.end()):
            year, month, day = (int(g) for g in match.groups())
            reader.add(str(year), match.start(1), match.end(1), True)
            reader.add(MONTHS[month - 1], match.start(2), match.end(2), True, once=True)
            reader.add(str(day), match.start(3), match.end(3), True, once=True)
    for match in _YEAR_SLASH_DATE.finditer(reader.text):
        if not match.group(3) and int(match.group(2)) == (int(match.group(1)) + 1) % 100:
            continue  # 2010/11: a season's two years
        reader.add(match.group(1), match.start(1), match.end(1), True)
        reader.add(MONTHS[int(match.group(2)) - 1], match.start(2), match.end(2), True, once=True)
        if match.group(3):
            reader.add(str(int(match.group(3))), match.start(3), match.end(3), True, once=True)
    for match in _SLASH_DATE.finditer(reader.text):
        first, second, year = (int(g) for g in match.groups())
        if 1 <= first <= 31 and 1 <= second <= 31 and min(first, second) <= 12:
            parts = [(str(part), (MONTHS[part - 1],) if part <= 12 else ()) for part in (first, second)]
            reader.add_many([*parts, (str(year), ())], match.start(), match.end(), True, once=True)
    for match in _NINE_ELEVEN.finditer(reader.text):
        reader.add_many([("September", ()), ("11", ())], match.start(), match.end(), True, once=True)


def read_military_times(reader: Reader) -> None:
    for match in _MILITARY_TIME.finditer(reader.text):
        hour, minute = (int(next(g for g in groups if g)) for groups in (match.groups()[0::2], match.groups()[1::2]))
        readings = time_readings(hour, minute, twelve_hour=False)
        reader.add(readings[0], match.start(), match.end(), True, readings[1:])


# "Chapter 3: 15 tips": a title's number and a colon, not 3:15
_TITLE_BEFORE = re.compile(r"(?i)\b(?:chapter|part|section|article|step|lesson|unit|book|volume|vol\.|episode|season|"
                           r"no\.|table|figure|item|question|round|level)\s*$")


# 下午5.30: a dotted time after a Chinese part of the day ("5.30pm" rendered)
_ZH_DOTTED = re.compile(r"(?<=凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)\s?([01]?\d)\.([0-5]\d)(?!\d)")


def read_clock_times(reader: Reader) -> None:
    for match in _ZH_DOTTED.finditer(reader.text):
        hour, minute = int(match.group(1)), int(match.group(2))
        period = _ZH_PERIOD.search(reader.text[max(0, match.start() - 3):match.start()])
        hour = hour_of_day(period.group(1) if period else None, hour)
        reader.add(time_readings(hour, minute, twelve_hour=False)[0], match.start(), match.end(), True)
    for match in _CLOCK.finditer(reader.text):
        hour, minute, suffix = int(match.group(1)), int(match.group(2)), (match.group(4) or "").lower()
        if hour > 24 or minute > 59:
            continue
        if ": " in match.group(0) and not suffix and \
                _TITLE_BEFORE.search(reader.text, max(0, match.start() - 12), match.start()):
            continue
        period = _ZH_PERIOD.search(reader.text[max(0, match.start() - 3):match.start()])
        if suffix.startswith("p"):  # "12:00 p.m." is noon, unless the text says midnight
            readings = time_readings(24 if hour == 12 and said_midnight(reader.text, match.end()) else
                                     hour if hour >= 12 else hour + 12, minute, twelve_hour=False)
        elif suffix.startswith("a"):
            readings = time_readings(0 if hour == 12 else hour, minute, twelve_hour=False)
        elif period:  # 晚上12:00 is midnight, 下午12:30 noon
            readings = time_readings(hour_of_day(period.group(1), hour), minute, twelve_hour=False)
        else:
            readings = time_readings(hour, minute, twelve_hour=hour <= 12)
        # the seconds are left to the plain numbers
        reader.add(readings[0], match.start(), match.end(2) if match.group(3) else match.end(), True, readings[1:])


def _scaled(digits: str, factor: int) -> Decimal:
    return decimal(digits) * factor


# "12 to 14 million", "S$13.8 to S$14.3 billion": the first number shares the magnitude.
_METRES = re.compile(r"\s*(?:metres?|meters?|m)\b")  # after k: "100k meters" is 100 km
_SHARED_SCALE = re.compile(rf"(?<![\d.,])(?:[$£€¥]|US\$|HK\$|S\$|A\$|C\$)?({DIGITS})\s*(?:to|or|and|-|–|—)\s*"
                           r"(?:[$£€¥]|US\$|HK\$|S\$|A\$|C\$)?$")


def read_scaled_digits(reader: Reader) -> None:
    for match in _ZHAO.finditer(reader.text):
        reader.add(number(_scaled(match.group(1), 10**12)), match.start(), match.end(), True,
                   (number(_scaled(match.group(1), 10**6)),))
    for start, end, value in _scaled_runs(reader.text):
        # 1.3万亿斤 is 650 billion kg, as 10斤 is 5 kg
        reader.add(number(value), start, end, True, (number(value / 2),) if _JIN.match(reader.text, end) else ())
    for match in _EN_SCALED.finditer(reader.text):
        currency, digits, word, letter = match.groups()
        scale = (word or letter).lower()
        plain = decimal(digits)
        if scale in ("m", "b") and not currency:
            if scale == "b":
                continue
            reader.add(number(plain), match.start(), match.end(), True, (number(plain * 10**6),))  # 10m: metres?
            continue
        if scale == "k" and plain < 10 and not currency:  # a 4K screen, a 5K run (5 km): weak
            reader.add(number(plain * 1000), match.start(), match.end(), False, (number(plain),))
            continue
        # 14K, 18K: a gold's karat as often as thousands; "100k meters" is 100 km
        karat = (number(plain),) if scale == "k" and not currency and (
            plain <= 24 and plain == int(plain) or _METRES.match(reader.text, match.end())) else ()
        reader.add(number(plain * _EN_SCALES[scale]), match.start(), match.end(), True, karat)
        if word:
            window = max(0, match.start() - 40)
            shared = _SHARED_SCALE.search(reader.text[window:match.start()])
            if shared:
                first = decimal(shared.group(1))
                reader.add(number(first * _EN_SCALES[scale]), window + shared.start(1), window + shared.end(1), True,
                           (number(first),))


def _scaled_runs(text: str) -> list[tuple[int, int, Decimal | int]]:
    """Each run of digits with magnitudes, as (start, end, value): 3亿5000万, 63万4千 and 10万零5千 are one number each,
    a later part below the magnitude before it (3万0.5万 is no number), the first whole and not hedged apart; 5万3万
    and 10万5万 are two, and so are 3亿多 5000万 and 1.5万3千."""
    runs: list[tuple[int, int, Decimal | int, int]] = []  # the last part's magnitude: the next part must fall below it
    for match in _ZH_SCALED.finditer(text):
        scale = ZH_SCALES[match.group(2).replace("多", "").replace("余", "")]
        value = _scaled(match.group(1), scale)
        if runs:
            start, end, total, last = runs[-1]
            if (_JOINED.fullmatch(text, end, match.start()) and scale < last and value < last
                    and not text[start:end].endswith(("多", "余")) and "." not in text[start:end]):
                runs[-1] = (start, match.end(), total + value, scale)
                continue
        runs.append((match.start(), match.end(), value, scale))
    return [(start, end, value) for start, end, value, _ in runs]


_JIN = re.compile(r"\s*(?:多|余)?\s*斤")  # 10斤 is 5 kg: the converted value answers it
_SHORT_YEAR = re.compile(r"\s*年(?!代)")  # 到现在19年: 19 years, or 2019 as people say it


# A number split by a stray space after its separator, as some systems write every number: "330, 000",
# "67, 367", a section's "3. 1", "Table D. 2". One number, the tail weak (it may still be one of a
# list, "aged 45, 300 people", so it answers but is never wanted). Not inside a list ("100, 200, 300"),
# nor after a day ("July 25, 916 new cases").
_SPLIT_THOUSANDS = re.compile(r"(?<![\d.,])(?<!\d, )(\d{1,3}), (\d{3})(?![\d.,])(?!\s*[,、]\s*\d)")
_SPLIT_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,2})\. (\d{1,2})(?![\d.,])(?!\s*[.,、]\s*\d)")
_SPLIT_SECTION = re.compile(r"(?:^|(?<=Table )|(?<=Figure )|(?<=Annex )|(?<=Appendix ))[A-Z]\. \d{1,2}(?![\d.,])")


# "4.25-.35": a range's end written by its decimals alone is 4.35 ("4.25-0.35" misreads it)
_DECIMALS_END = re.compile(r"(?<![\d.])(\d+)(\.\d+)\s?[-–~]\s?(\.\d+)(?![\d.])")


# "(1986-88)", "the 2019-20 season": a range of years whose end keeps its last two digits is 1986 to 1988
# (a translation writes 1988, or 88 as the source does)
_YEARS_END = re.compile(r"(?<![\d.,])((?:18|19|20)\d\d)\s?[-–—/]\s?(\d\d)(?!\d|[.,:]\d)")


def read_split_numbers(reader: Reader) -> None:
    for match in _DECIMALS_END.finditer(reader.text):
        head, tail = Decimal(match.group(2)), Decimal(match.group(3))
        if tail > head:  # a range rises: "2.5 - .3" is a subtraction, "1.95-.05" no such range
            reader.add(number(int(match.group(1)) + tail), match.start(3), match.end(3), True)
    for match in _YEARS_END.finditer(reader.text):
        head, tail = int(match.group(1)), int(match.group(2))
        if tail > head % 100:  # "1998-01" is a month
            reader.add(str(head - head % 100 + tail), match.start(2), match.end(2), True, (str(tail),))
    for match in _SPLIT_SECTION.finditer(reader.text):
        reader.claim(match.start(), match.end())
    for pattern, joined in ((_SPLIT_THOUSANDS, "{}{}"), (_SPLIT_DECIMAL, "{}.{}")):
        for match in pattern.finditer(reader.text):
            head, tail = match.group(1), match.group(2)
            if reader.free(match.start(), match.end()) and \
                    not is_day(reader.text, match.start(1), match.end(1), Decimal(head)):  # "July 25, 916 new cases"
                reader.add(number(Decimal(joined.format(head, tail))), match.start(1), match.end(1), True,
                           (number(Decimal(head)),))
                reader.add(number(Decimal(tail)), match.start(2), match.end(2), False)


def read_plain_digits(reader: Reader) -> None:
    for match in _NUMBER.finditer(reader.text):
        value, start, end = decimal(match.group(0)), match.start(), match.end()
        day = (is_day(reader.text, start, end, value) or is_day_named_by_on(reader.text, start, end, value)) \
            and not is_numbered_issue(reader.text, start, end)
        # "the 20th" counts once, as a day would, but is written as any ordinal is
        also = (ordinal(int(value)),) if is_ordinal(reader.text, end, value) else \
            (number(value / 2),) if _JIN.match(reader.text, end) else \
            (number((2000 if value <= 30 else 1900) + value),) if end - start == 2 and _SHORT_YEAR.match(reader.text, end) \
            else ()
        reader.add(number(value), start, end, True, also,
                   once=day, form=None if not day or is_dated(reader.text, start, end) else "digits",
                   dated_day=is_dated_day(reader.text, start, end, value))


# "24 to 26 July", "July 24-26", "24至26日", "24、25日": a day joined to a dated day by a range or a list
# is a date too (a comma is no join: "on July 24, 25 people died")
_DAY_JOIN = re.compile(r"\s*(?:-|–|—|~|to|through|and|or|至|到|、|和|或|及)\s*(?:the\s+)?")


def read_day_ranges(reader: Reader) -> None:
    mentions = sorted(reader.mentions, key=lambda m: m.start)
    changed = True
    while changed:
        changed = False
        for i, mention in enumerate(mentions):
            if mention.dated_day or not _may_be_day(mention.value):
                continue
            neighbours = [mentions[j] for j in (i - 1, i + 1) if 0 <= j < len(mentions)]
            if any(n.dated_day and _DAY_JOIN.fullmatch(reader.text, min(mention.end, n.end),
                                                       max(mention.start, n.start)) for n in neighbours):
                mentions[i] = replace(mention, once=True, form="date", dated_day=True)
                changed = True
    reader.mentions[:] = mentions


def _may_be_day(value: str) -> bool:
    return value.isdigit() and 1 <= int(value) <= 31

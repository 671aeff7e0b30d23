"""Readings of Chinese: numerals, times, dates, and words whose numerals are no quantity.

cn2an (MIT) converts the numerals. On its own it reads 一带一路 as 1带1路, 唯一一个 as
11 and 统一 as 统1; the word list and the context rules below decide what is a quantity:
a numeral counting something (三名, 四个意识, 二十大, 第二十), a percentage (百分之十五,
七成), a fraction (三分之二), a multiple (两倍), a range (五六百 is 500 to 600), a rough
amount (数千, 十几) or a date (7月26日, 周四, 八十年代, 90后, 五一). Any other numeral is a
weak mention (两国, 两岸): it vouches for a number on the other side and never raises a
difference itself.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

from .digits import DIGITS, START, ZH_SCALES
from .mentions import (
    MONTHS,
    PARTS_OF_DAY,
    ROUGH,
    WEEKDAYS,
    Reader,
    decimal,
    hour_of_day,
    is_day,
    number,
    ordinal,
    percent,
    time_readings,
)

NUMERALS = "零〇一二两三四五六七八九十百千万亿"
_DIGIT_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_RUN = re.compile(f"[{NUMERALS}]+")

# Words whose numerals are no quantity: adverbs and function words (一直 always, 十分 very,
# 唯一 only, 万一 in case, 千万 by all means, 第一反应 the initial reaction), idioms (千方百计,
# 隔三岔五, 五湖四海, 伤敌一千自损八百 a costly victory) and terms (十滴水 a medicine, 三伏天 the dog
# days, 五官 the facial features, 二氧化碳 carbon dioxide, 二维码 a QR code, 二级市场 the secondary market).
# Each is read as no number at all, so a translation that renders one as a count
# ("10 drops", "every three to five days") has a number the source lacks. Names of places
# (四川, 三峡, 六井村) keep a weak numeral: "Three Gorges" is their English name, and a
# word-for-word "six well village" is a name error, not a wrong count.
NON_QUANTITIES = (
    # adverbs, conjunctions, pronoun-like words
    "一些 一直 统一 唯一 一起 一旦 一样 一般 一定 一致 一切 进一步 第一时间 万一 十分 一度 一再 一向 一并 一概 "
    "一律 一举 一手 一系列 一体 一体化 一流 一番 一阵 一味 一贯 一如既往 一道 一齐 一同 一身 一口气 一下 "
    "一边 一面 一方面 另一方面 一线 第一线 一把手 一行 一连串 一揽子 一应俱全 一目了然 一带一路 一一 第一反应 第一印象 "
    "千万 万众 万物 万岁 万象 百姓 老百姓 百货 百科 "
    # idioms and set phrases
    "百花齐放 百折不挠 千方百计 千家万户 千载难逢 成千上万 一心一意 三心二意 七上八下 乱七八糟 四面八方 五湖四海 "
    "五颜六色 一五一十 胡说八道 说三道四 七嘴八舌 横七竖八 一成不变 一分为二 不三不四 三番五次 三令五申 接二连三 独一无二 数一数二 九牛一毛 十全十美 "
    "十年八载 三年五载 三年两载 一年半载 "
    "四分五裂 一石二鸟 一举两得 两全其美 隔三岔五 隔三差五 一干二净 一清二楚 三言两语 三三两两 五花八门 三湘四水 伤敌一千自损八百 杀敌一千自损八百 "
    # (and idioms a translation into Chinese reaches for, whose numerals follow a counter: 垂涎三尺 for "salivating",
    # 两面三刀 for "two-faced")
    "垂涎三尺 两面三刀 "
    # terms whose numeral counts nothing: a medicine, the dog days, chemicals, things, the primary and
    # secondary (stock) markets
    "一年四季 三位一体 在四周 向四周 四周围 环顾四周 "
    "十滴水 三伏天 三伏 三七粉 五官 二氧化碳 二氧化硫 二氧化氮 一氧化碳 一氧化氮 二氧化 一氧化 二维码 二手 军情五处 "
    "军情六处 四处 到处 十字 一级市场 二级市场 零售 零件 零部件 零星 零食 零钱 零散 零距离 零容忍 "
    # vehicles named by their wheels: an ATV is a 四轮车 or 四轮摩托, a quad bike; 四驱 four-wheel drive
    "四轮车 四轮摩托 四轮驱动 四驱 三轮车 两轮车 二轮车 独轮车 "
    # number systems: 十六进制 is "hexadecimal", not sixteen of anything
    "十六进制 十进制 八进制 二进制 "
    # 二次元 is the anime subculture (the "2D" world): "two Times" or "second element" counts nothing of it
    "二次元 "
    # Japanese names: 安倍晋三 is Shinzo Abe, 铃木一郎 Ichiro Suzuki; 第一财经 is Yicai, a media group
    "安倍晋三 铃木一郎 小泉纯一郎 第一财经"
).split()
# 谣言四起 ("rumours spread everywhere"), 枪声四起, 议论四起: after rumours, sounds, smoke; 四起事故 and 案件四起 count
_ON_ALL_SIDES = "(?<=[声言论烟火光云测疑议])四起(?![\u4e00-\u9fff\\d])"
# 第三方, 第三人, 第三者: the third party, a term (not 第三方面 the third aspect, 第三人民医院 a hospital's name)
_THIRD_PARTY = "第三(?:方(?!面)|者|人(?!民))"
# 第一轮第六顺位 for "the sixth overall pick": a first-round pick's overall place implies its round
_FIRST_ROUND_PICK = "第一轮(?=\\s*第?\\s*(?:\\d+|[一二三四五六七八九十]+)\\s*(?:顺位|号秀|号签))"
# Not after a numeral; a word that may continue digits (3十分 is no "very") not after digits either, but an idiom of
# four characters or more continues none (@user7胡说八道, "user7 talks nonsense")
_IDIOMS = [w for w in sorted(NON_QUANTITIES, key=len, reverse=True) if len(w) >= 4]
_SHORT_WORDS = [w for w in sorted(NON_QUANTITIES, key=len, reverse=True) if len(w) < 4]
_NON_QUANTITY = re.compile(f"(?<![{NUMERALS}])(?:{'|'.join(_IDIOMS)}|(?<!\\d)(?:{'|'.join(_SHORT_WORDS)}|{_ON_ALL_SIDES}"
                           f"|{_THIRD_PARTY}|{_FIRST_ROUND_PICK}))(?!之)")

# A numeral followed by one of these counts something (四论: the fourth of a series of commentaries).
COUNTERS = (
    "中全会|个|名|位|人|家|项|条|种|次|届|年|岁|倍|元|支|座|部|轮|批|类|方面|点|章|节|款|篇|天|日|号|周|月|"
    "小时|分钟|秒|层|台|辆|架|艘|所|间|栋|套|件|份|张|本|只|头|匹|枚|颗|块|片|起|例|宗|场|户|口|级|度|米|公里|"
    "千米|厘米|毫米|公斤|千克|吨|斤|亩|公顷|平方|立方|英里|英尺|英寸|里|尺|寸|美元|港元|英镑|欧元|日元|人次|"
    "周年|期|代|季度|季|任|段|路|组|队|列|趟|班|处|把|根|双|对|首|幅|集|页|步|声|分|等|道|圈|摄氏度|℃|万|亿|载|"
    "强|大|省|市|县|区|村|镇|乡|股|笔|餐|顿|杯|瓶|包|箱|盒|袋|粒|滴|针|剂|票|所|座|面|栏|版|期|轮|论"
)
# 7月26日 is July 26 (the day is a plain number); 周四 is Thursday, 八十年代 the 1980s, 90后
# the generation born in the 1990s, 五一 May Day (May 1), 八一 August 1.
# (a Chinese month may follow a day's digits, English word order: 18十二月 is December 18, not 二月)
_MONTH = re.compile(r"(?<![.一二三四五六七八九十])((?<!\d)\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!\s*[饼球亮光])")
# 1月19 without 日 is still January 19, where no counter or magnitude follows the day
_BARE_DAY = re.compile(rf"\s*([1-9]|[12]\d|3[01])(?![\d.:：%])(?![,，]\s*\d)(?!\s*(?:多|余|来|几|[十百千万亿]|{COUNTERS}))")
_LUNAR = re.compile(r"(?:农历|阴历|旧历)的?\s*$")
_MONTH_DEIXIS = ("上个", "下个", "这个", "那个")
_MONTH_RANGE = re.compile(r"([一二三四五六七八九十])([一二三四五六七八九十])月")
# 3至6月 is March to June: the first month's 月 is left to the second
_MONTH_SPAN = re.compile(r"(?<![\d.])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:至|到|[-~－—–])\s*"
                         r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!\s*[饼球亮光])")
# 每周一次 is once a week, 本周一个 "this week, one", 1个多星期一冲 "every week or so", 一周7天 "seven days a
# week": the week is a span there
# (a numeral before the week makes a span: 四周一片漆黑 is "all around, darkness", 两周一次 fortnightly; a date's
# day is no numeral: 3月1星期一 is Monday, March 1)
_WEEKDAY = re.compile(r"(?<![多一二两三四五六七八九十几])(?:(?<!\d)|(?<=月\d)|(?<=月\d\d))(?:周|星期|礼拜)(?:([一二三四五六日天])|([1-7])(?!\s*天|\d))(?![次遍回趟个])")
_DECADE = re.compile(r"(?:(上世纪|上个世纪)|(\d{2}|[一二三四五六七八九十]{1,3})\s*世纪)?\s*"
                     r"(\d{4}|\d{2}|[一二三四五六七八九十]{2,3}|[一二三四五六七八九])\s*年代")
_GENERATION = re.compile(r"(?<![\d.])([0-9][05])\s*后")  # 90后, 95后, 00后
_HOLIDAY = re.compile(r"(?<![一二三四五六七八九十])(五一|七一|八一|十一|六一)"
                      r"(?=节|劳动节|建军节|建党节|国庆|儿童节|档|假期|长假|黄金周|小长假|前夕|期间|当天|这天|\s*[”\"」』])")
_HOLIDAY_MONTHS = {"五一": 5, "七一": 7, "八一": 8, "十一": 10, "六一": 6}
# 双十一 is the November 11 shopping festival ("Double 11", "Singles' Day"), not 十一 (October 1); 双12 December 12
# (not 双12英寸屏幕, two 12-inch screens, nor 双12缸)
_SHOPPING_DAY = re.compile(r"双\s*(十一|十二|11|12)(?![\d一二三四五六七八九十])"
                           r"(?!\s*(?:英寸|寸|缸|码|路|米|个|只|层|核|屏|门|人|位|倍|吨|斤|元|块|号))")
# 9点半, 下午3点, 19时54分, 凌晨1时, 下午约5时; 点 needs a time of day, minutes, 半 or 钟 to be a time
# (两点 may be "two points"). Chinese news writes 时 on a 24-hour clock.
_PART_OF_DAY = rf"(?:({PARTS_OF_DAY})\s*(?:约|大约|大概)?\s*)?"  # 下午, 下午约: a time's or a range's part of the day
_TIME = re.compile(rf"{_PART_OF_DAY}"
                   r"(\d{1,2}|[零〇一二两三四五六七八九十]{1,3})\s*(时|点)(?![期代候刻间段])"
                   r"(?:\s*(\d{1,2}|[零〇一二三四五六七八九十]{1,3})\s*分|(半)|(一刻)|(三刻)|(钟))?")
# 九点差一刻, 晚上九点前一刻, 差五分九点: minutes short of the hour (8:45, 20:45, 8:55); not a span of
# minutes (十点前五分钟 is "five minutes before ten")
# The end of a range takes the part of the day its start has: 下午3时至5时 is 15:00 to 17:00, 晚8时至10时 20:00 to
# 22:00, 下午3时许至5时, 下午3-5时 (a start without its own 时) too; not 晚11时至1时 (1:00, the next day) nor
# 晚10时至次日2时
_TIME_TO = re.compile(r"\s*(?:许|左右|前后)?\s*(?:至|到|-|－|—|–|~|～)\s*")
_TIME_SPAN = re.compile(rf"{_PART_OF_DAY}(\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})"
                        rf"{_TIME_TO.pattern}(\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})\s*(时|点)(?![期代候刻间段])")
_TIME_SHORT = re.compile(rf"(?:({PARTS_OF_DAY})\s*)?"
                         r"(?:(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*点(?:钟)?\s*[差前]\s*"
                         r"(?:(一刻)|(\d{1,2}|[一二三四五六七八九十]{1,3})\s*分)"
                         r"|差\s*(?:(一刻)|(\d{1,2}|[一二三四五六七八九十]{1,3})\s*分)\s*(?:到\s*)?"
                         r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*点(?:钟)?)(?!钟)")
_ENUMERATOR = re.compile(rf"\(([{NUMERALS}]+)\)|(?:^|(?<=[\n。！？；]))\s*([{NUMERALS}]+)[、.]")
# 数千, 几百万, 上万, 十几, 十多: rough amounts, weak.
_ROUGH = re.compile(r"(?<![总人次票基倍分多少无])(数|几)(十万|百万|千万|十亿|百亿|十|百|千|万|亿)"
                    r"|(?<![以之马向往身网线会台世史早晚路])(上)(百|千|万|亿)"
                    r"|(?<![一二两三四五六七八九])十(?:几|多|余)(?![万亿千百])")
_ROUGH_SIZES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7,
                "亿": 10**8, "十亿": 10**9, "百亿": 10**10}
# Words with a numeral that is a vague quantity: vouching, never raising.
_WEAK_WORDS = {"双": "2", "俩": "2", "两头": "2", "二次": "2", "首次": "1", "首个": "1", "首届": "1", "首批": "1",
               "首位": "1", "首家": "1", "首场": "1", "首款": "1", "首部": "1", "首例": "1", "一半": "0.5", "半数": "0.5",
               "半年": "0.5", "半小时": "0.5", "半个小时": "0.5", "半": "0.5",
               "一刻钟": "0.25", "四周": "4"}  # 四周 is "all around" as often as four weeks
# their values in smaller units: six months, 30 minutes, 15 minutes ("a quarter of an hour")
_IN_SMALLER_UNITS = {"半年": ("6",), "半小时": ("30",), "半个小时": ("30",), "一刻钟": ("15",)}
# 10分之四, 3分之2: a fraction MT writes with digits (百分之 and 千分之 are read with the numerals)
_DIGITS_FRACTION = re.compile(rf"(?<![\d.])(\d{{1,4}})\s*分之\s*(\d{{1,4}}(?![\d.])|[{NUMERALS}]+)")
# (每)十个患者中(就)有四个: four in ten patients
_SHARE = re.compile(rf"(\d+|[{NUMERALS}]+)\s*(?:个|名|位|人|家|户)[\u4e00-\u9fff]{{0,6}}?中\s*(?:就|约|大约)?\s*有\s*"
                    rf"(\d+|[{NUMERALS}]+)\s*(?:个|名|位|人|家|户)")
# 百分百 ("a hundred per cent"), 百分二百: a percentage without 之, said for "wholly" ("our best" renders it)
_HYPERBOLE_PERCENT = re.compile(r"百分(?!之)([一二两三四五六七八九十百千]+)")
_DOUBLINGS = re.compile(r"翻了?\s*([一两二三四])\s*番")
_WEAK_WORD = re.compile("(?<!第)(?:" + "|".join(sorted(_WEAK_WORDS, key=len, reverse=True)) + ")")  # 第二次 is an ordinal


def chinese_value(numeral: str) -> int | None:
    """cn2an's reading of a Chinese numeral ("二十" -> 20, "百亿" -> 10000000000), or None."""
    import cn2an

    if not numeral or numeral in "百千万亿":
        return None  # a bare magnitude (千家万户) is read by its context, not here
    if numeral[0] in "十百千万亿":  # 十万 is 一十万, 百万 一百万
        numeral = "一" + numeral
    try:
        value = cn2an.cn2an(numeral, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if float(value).is_integer() else None


def _value(text: str) -> int | None:
    return int(text) if text.isdigit() else chinese_value(text)


# After 周, 星期 or 礼拜 a word of NON_QUANTITIES may begin with the weekday's 一: 周一下午 is Monday afternoon, not
# 周 + 一下 (a little), 周一举行 "held on Monday", 周一向记者表示 "told reporters on Monday"; but 本周一度跌至 is
# "this week, at one time, fell to". Word segmentation tells them apart: jieba reads the weekday as a word of its own
# (周一/向), or a word starts after the 一 that runs past the end of the would-be word (举行 past 一举; after the
# adverb's 一 the 度 of 一度 is a word alone). jieba's 本周一 ("this Monday") is no evidence: it reads it whatever
# follows (本周一/线/员工, "this week's frontline staff").
_AFTER_WEEK = re.compile(r"(?:(?<=周)|(?<=星期)|(?<=礼拜))一")
_WEEKDAY_WORDS = ("周一", "星期一", "礼拜一")


def _weekday_before(text: str, start: int, end: int) -> bool:
    """Whether the 一 at `start` (after a week's word) is the weekday's, not the start of the word ending at `end`."""
    import jieba  # imported only where a week's word meets such a word: its dictionary takes a second to load

    jieba.setLogLevel(60)  # silence the dictionary-loading chatter
    left = max(0, start - 12)
    if any(word in _WEEKDAY_WORDS and stop == start + 1 - left
           for word, _, stop in jieba.tokenize(text[left:start + 12])):
        return True
    after = next(jieba.tokenize(text[start + 1:start + 13]), ("",))[0]
    return start + 1 + len(after) > end  # a word of two characters or more: the would-be word has two


# OCR reads 《 as 4: "4 通用规范汉字表》" opens the title its 》 closes (a 4 inside an open title,
# 《关于推进4项改革的意见》, is a number)
_OCR_TITLE_MARK = re.compile(r"(?<![\d.《])4\s*(?=[^《》\d\s][^《》\d]{1,30}》)")


def read_non_quantities(reader: Reader) -> None:
    for match in _NON_QUANTITY.finditer(reader.text):
        if not (_AFTER_WEEK.match(reader.text, match.start())
                and _weekday_before(reader.text, match.start(), match.end())):
            reader.claim(match.start(), match.end())
    for match in _OCR_TITLE_MARK.finditer(reader.text):
        before = reader.text[:match.start()]
        if before.rfind("《") <= before.rfind("》"):
            reader.claim(match.start(), match.end())


def read_times(reader: Reader) -> None:
    for match in _TIME_SHORT.finditer(reader.text):
        period, hour_text, quarter, minute_text, quarter_before, minute_before, hour_after = match.groups()
        hour = _value(hour_text or hour_after)
        short = 15 if quarter or quarter_before else _value(minute_text or minute_before)
        if hour and short and 1 <= hour <= 24 and short < 60:
            hour, minute = hour_of_day(period, hour - 1 or 12), 60 - short
            readings = time_readings(hour, minute, twelve_hour=period is None and hour <= 12)
            reader.add(readings[0], match.start(), match.end(), True, readings[1:])
    for match in _TIME_SPAN.finditer(reader.text):
        period, first_text, last_text, mark = match.groups()
        first, last = _value(first_text), _value(last_text)
        if first is None or last is None or not first < last <= 24 or not (period or mark == "时" and last_text.isdigit()):
            continue
        hours = [time_readings(hour_of_day(period, hour), 0, twelve_hour=False) for hour in (first, last)]
        reader.add_many([(readings[0], readings[1:]) for readings in hours], match.start(), match.end(), True)
    said = None  # the last part of the day the text named: 下午3时，……4时许 may be 16:00, as a report's timeline goes on
    before: tuple[str | None, int, int, int] = (None, -1, 25, 25)  # the last time's part of the day, end, hour as said
    for match in _TIME.finditer(reader.text):                        # and on the 24-hour clock
        period, hour_text, mark, minute_text, half, quarter, three_quarters, clock = match.groups()
        hour = _value(hour_text)
        minute = _value(minute_text) if minute_text else 30 if half else 15 if quarter else 45 if three_quarters else 0
        if hour is None or minute is None or hour > 24 or minute > 59:
            continue
        joined = _TIME_TO.fullmatch(reader.text, before[1], match.start()) is not None
        if period is None and joined and before[0] and before[2] <= hour:
            period = before[0]
        if not (period or minute_text or half or quarter or three_quarters or clock or
                (mark == "时" and hour_text.isdigit())):
            continue  # 两点 may be "two points", 一时 "for a while"
        readings = time_readings(hour_of_day(period, hour), minute, twelve_hour=period is None and mark == "点")
        if period is None and said and hour_of_day(said, hour) > before[3]:  # later than the last time, as told
            readings += time_readings(hour_of_day(said, hour), minute, twelve_hour=False)
        if period is None and joined and hour < before[3] < hour + 12:  # 上午11时至1时: past noon
            readings += time_readings(hour + 12, minute, twelve_hour=False)
        said = period or said
        before = (period, match.end(), hour, hour_of_day(period, hour))
        reader.add(readings[0], match.start(), match.end(), True, tuple(dict.fromkeys(readings[1:])))


def read_dates(reader: Reader) -> None:
    text = reader.text
    for match in _SHOPPING_DAY.finditer(text):  # the festival's name: weak, vouching for "Double 11" or November 11
        month = 11 if match.group(1) in ("十一", "11") else 12
        if reader.add(MONTHS[month - 1], match.start(), match.end() - 1, False):
            reader.add(str(month), match.end() - 1, match.end(), False, (f"{month}.{month}",), once=True)
    for match in _HOLIDAY.finditer(text):  # 八一 is August 1 or "Army Day": weak, it vouches for the date
        if reader.add(MONTHS[_HOLIDAY_MONTHS[match.group(1)] - 1], match.start(), match.end() - 1, False):
            reader.add("1", match.end() - 1, match.end(), False)
    for match in _MONTH_SPAN.finditer(text):
        months = [_value(match.group(1)), _value(match.group(2))]
        if all(m and 1 <= m <= 12 for m in months) and months[0] < months[1]:
            reader.add_many([(MONTHS[m - 1], ()) for m in months], match.start(), match.end(), True, once=True)
    for match in _MONTH_RANGE.finditer(text):  # 七八月份, 一二月份
        first, second = _value(match.group(1)), _value(match.group(2))
        if first and second and second == first + 1 and second <= 12:
            reader.add_many([(MONTHS[first - 1], ()), (MONTHS[second - 1], ())], match.start(), match.end(), True,
                            once=True)
    for match in _MONTH.finditer(text):
        # 三个月 is a span, 第三月 a rank; 上个八月 ("last August") is a month
        if (text[match.start() - 1:match.start()] in ("个", "第") and text[match.start() - 2:match.start()] not in _MONTH_DEIXIS) \
                or text[match.end():match.end() + 1] == "个":
            continue
        month = _value(match.group(1))
        # 农历十一月 is the eleventh lunar month, not November: "the 11th lunar month" answers it
        lunar = bool(_LUNAR.search(text, max(0, match.start() - 3), match.start()))
        also = (f"lunar month {month}",) if lunar and month else ()
        if month and 1 <= month <= 12 and reader.add(MONTHS[month - 1], match.start(), match.end(), True, also,
                                                     once=True):
            day = _BARE_DAY.match(text, match.end())
            if day:
                reader.add(day.group(1), day.start(1), day.end(1), True, once=True, form="date", dated_day=not lunar)
    for match in _WEEKDAY.finditer(text):
        day = "一二三四五六日天".find(match.group(1)) if match.group(1) else int(match.group(2)) - 1
        # 《周日早晨》 (a TV show): a weekday in a title is the title's word, vouching
        in_title = bool(_TITLE_OPEN.search(text, max(0, match.start() - 30), match.start()))
        reader.add(WEEKDAYS[min(day, 6)], match.start(), match.end(), not in_title, once=True)
    for match in _DECADE.finditer(text):
        last_century, century, years = match.groups()
        if len(years) == 2 and years[0] in "一二三四五六七八九" and years[1] in "二三四五六七八九" \
                and _DIGIT_VALUES[years[1]] == _DIGIT_VALUES[years[0]] + 1:  # 六七十年代
            decades = [10 * _DIGIT_VALUES[years[0]], 10 * _DIGIT_VALUES[years[1]]]
        else:
            value = _value(years)
            decades = [value] if value is not None else []
        base = 1900 if last_century else 100 * ((_value(century) or 0) - 1) if century else None
        readings = []
        for value in decades:
            if value >= 1000:
                year = value
            else:
                year = (base if base is not None else (1900 if value >= 20 else 2000)) + value
            # a century stated (上世纪00年代, 20世纪00年代: the 1900s) is not the bare decade's: "the 00s" are the 2000s
            readings.append((f"{year}s", (number(year),) if base is not None else (number(year), number(value))))
        reader.add_many(readings, match.start(), match.end(), True)
    for match in _GENERATION.finditer(text):  # a generation, never the bare number: "after 90" misreads 90后
        value = int(match.group(1))
        year = (1900 if value >= 20 else 2000) + value
        reader.add(f"{year}s" if value % 10 == 0 else str(year), match.start(), match.end(), True, form="date")


# A law's article heading (第二十二条 at the head of a segment): its number is the article's, answered by
# "Article 22" and not by an ordinal fused into the sentence ("Twenty-second registration departments")
_ARTICLE_HEADING = re.compile(rf"^\s*第\s*(\d+|[{NUMERALS}]+)\s*条(?=\s)")


def read_article_headings(reader: Reader) -> None:
    match = _ARTICLE_HEADING.match(reader.text)
    value = _value(match.group(1)) if match else None
    if value:
        reader.add(f"Article {value}", match.start(1), match.end(), True, form="numeral")


# 增长了三倍 "increased by three times" is fourfold by the strict reading (增长了两倍 is "tripled", 增加了一倍
# "doubled"), an increase of 300 %; a multiple without such a verb (是去年的三倍, 增加到三倍, 翻了三倍) may be read
# either way.
_INCREASED_BY = re.compile(r"(?:增加|增长|提高|上升|扩大|上涨|提升|增|涨)了?\s*(?:近|约|超过|逾|大约|将近|几乎|近乎)?\s*$")


# A numeral, a hedge and a magnitude: 十多万 (over 100,000), 二十余万, 一千多万, 十几千
_HEDGED_SCALE = re.compile(f"(?<![{NUMERALS}])([{NUMERALS}]+?)(多|余|几)(万亿|亿|万|千(?![米克瓦帕])|百(?!分))")


def _add_multiple(reader: Reader, value: Decimal | int, start: int, end: int) -> None:
    if _INCREASED_BY.search(reader.text, max(0, start - 8), start):
        reader.add(number(value + 1), start, end, True, (number(value * 100),))
    else:
        reader.add(number(value), start, end, True, (number(value + 1), number(value * 100)))


# 高二 is the second year of senior high school (grade 11): "sophomore year", "second year", "Grade 11";
# not 提高一倍, 高一点, 身高一米八, 高二三十元, 技高一筹
_SCHOOL_YEAR = re.compile(r"(?<![提升最更比较很太身增拔抬])高([一二三])(?![一二两三四五六七八九十百千万亿点些倍截分米层度个级成楼号期筹头辈])")


# 三点五 is 3.5, its decimals read digit by digit; 三点七十亿 3.7 billion (十亿 a magnitude: decimals have no 十), 一点五倍
# 1.5 times; not a time (read before: 零点五十分 is 00:50; 两点五十, 2:50, is no 2.5 either), nor 第三点 (the third point)
_DECIMAL = re.compile(rf"(?<![{NUMERALS}第])([{NUMERALS}]+)点([零〇一二三四五六七八九]+)(?!十(?![万亿]))"
                      r"(十亿|百亿|千亿|十万|百万|千万|万亿|亿|万)?(倍)?")
# a year as English says it, in two halves: 二十二十三 ("twenty twenty-three") is 2023, 十九九十九 1999; after a
# preposition of time (从, 在) or where a year ends (年, 的, a clause's end), not 十九二十世纪, 十九二十岁 (19 or 20),
# 第二十二十三条, a score 二十一十九获胜
_SPOKEN_YEAR = re.compile(rf"(?<![{NUMERALS}])(十九|二十)([一二三四五六七八九]十)([一二三四五六七八九])?(?![{NUMERALS}])")
_YEAR_END = re.compile(r"\s*(?:年(?![代龄纪])|的|[，。、；：！？,.;:!?)）”\"」』]|$)")


def read_numerals(reader: Reader) -> None:
    """Numerals in their context, and the weak rest."""
    text = reader.text
    for match in _DECIMAL.finditer(text):
        whole = chinese_value(match.group(1)) if match.group(1) != "零" else 0
        places, scaled = match.group(2), match.group(3) or match.group(4)
        if match.group(1) == "一" and len(places) == 1 and not scaled:
            continue  # 一点 is "a bit" as often: 一点一滴 (bit by bit), 便宜一点五块钱, 这一点二者
        if whole is not None and whole <= 24 and len(places) == 2 and places[0] in "零〇" and not scaled:
            continue  # 十点零五 is five past ten
        if whole is not None:
            value = (whole + Decimal("0." + "".join(str(_DIGIT_VALUES[c]) for c in match.group(2)))) \
                * ZH_SCALES.get(match.group(3) or "", 1)
            if match.group(4):
                _add_multiple(reader, value, match.start(), match.end())
            else:
                reader.add(number(value), match.start(), match.end(), True)
    for match in _SPOKEN_YEAR.finditer(text):
        after_preposition = match.start() and text[match.start() - 1] in "从在于到自至" \
            and not (_COUNTED.match(text, match.end()) or text.startswith("世纪", match.end()))
        if not (after_preposition or _YEAR_END.match(text, match.end())):
            continue
        year = 100 * chinese_value(match.group(1)) + chinese_value(match.group(2) + (match.group(3) or ""))
        reader.add(str(year), match.start(), match.end(), True)
    for match in _SCHOOL_YEAR.finditer(text):
        year = _DIGIT_VALUES[match.group(1)]
        reader.add(str(year), match.start(), match.end(), True, (str(year + 9), ordinal(year)), form="numeral")
    for match in _LISTED_DIGITS.finditer(text):  # 江苏、浙江、辽宁3省: the count restates the list
        value = int(match.group(1))
        if _listed(text, match.start()) == value:
            reader.add(str(value), match.start(), match.start(1) + len(match.group(1)), False)
    for match in _DIGITS_TIMES.finditer(text):  # 增长1倍 is "doubled"; 6成 is 60%
        value = decimal(match.group(1))
        if match.group(2) == "成":
            reader.add(number(value * 10), match.start(), match.end(), True)
        else:
            _add_multiple(reader, value, match.start(), match.end())
    for match in _ONE_COUNTED.finditer(text):  # 1名, 1家 as "a": weak, as 一个 is; 各1名 ("one each") is stated
        reader.add("1", match.start(), match.end(), bool(_EACH.search(text, max(0, match.start() - 3), match.start())))
    for match in _WEAK_WORD.finditer(text):
        if match.group(0) == "四周" and text[match.end():match.end() + 1] in ("年", "岁"):
            continue  # 四周年, 四周岁: a fourth anniversary, four years old
        halves = ("50", "1/2") if _WEAK_WORDS[match.group(0)] == "0.5" else ()
        reader.add(_WEAK_WORDS[match.group(0)], match.start(), match.end(), False,
                   (*halves, *_IN_SMALLER_UNITS.get(match.group(0), ())))
    for match in _DIGITS_FRACTION.finditer(text):  # 10分之四, 3分之2: a fraction with digits in it
        denominator, numerator = _value(match.group(1)), _value(match.group(2))
        if denominator and numerator is not None:
            value = Fraction(numerator, denominator)
            reader.add(number(value), match.start(), match.end(), True, percent(value))
    for match in _SHARE.finditer(text):  # 十个患者中有四个: a share, as "four in ten" says it
        base, count = _value(match.group(1)), _value(match.group(2))
        if base and count and count < base:
            share = Fraction(count, base)
            reader.add_many([(number(share * 100), (number(share),)), (str(base), ())], match.start(), match.end(),
                            True, weak=(str(base),) if base != share * 100 else ())
    for match in _HYPERBOLE_PERCENT.finditer(text):  # 百分百, 尽百分二百的力: a manner of speaking, vouching
        value = chinese_value(match.group(1))
        if value:
            reader.add(number(value), match.start(), match.end(), False)
    for match in _DOUBLINGS.finditer(text):  # 翻两番 is fourfold: "doubled twice", not "doubled"
        times = 2 ** _DIGIT_VALUES[match.group(1)]
        reader.add(number(times), match.start(), match.end(), times > 2)
    for match in _HEDGED_SCALE.finditer(text):  # 二十多万 is 200000 and more, as 20多万 is
        value = chinese_value(match.group(1))
        if value is not None:
            reader.add(number(value * ZH_SCALES[match.group(3)]), match.start(), match.end(), True)
    for match in _ROUGH.finditer(text):
        if match.group(0).startswith("十"):
            # 十几个小时 is ten-odd hours: stated, as "a dozen" or "more than ten" are, and lost in "several
            # hours"; 十几岁 is "teenage", which no number answers
            reader.add(ROUGH[10], match.start(), match.end(), text[match.end():match.end() + 1] not in "岁",
                       ("10", "12"))
        else:
            size = _ROUGH_SIZES[match.group(2) or match.group(4)]
            reader.add(ROUGH[size], match.start(), match.end(), False, (number(size),))
    for match in _ENUMERATOR.finditer(text):
        group = 1 if match.group(1) else 2
        value = chinese_value(match.group(group))
        if value is not None:
            reader.add(number(value), match.start(group), match.end(group), True)
    for match in _DAY_PAIR.finditer(text):  # 昨今两天 is "yesterday and today": the count restates the two days
        reader.add("2", match.start(1), match.end(1), False)
    for start, end in _unclaimed_runs(reader):
        _read_run(reader, start, end)


def _unclaimed_runs(reader: Reader) -> list[tuple[int, int]]:
    """Numeral runs, cut where another reading has claimed part of them (唯一|一个)."""
    pieces = []
    for match in _RUN.finditer(reader.text):
        start = match.start()
        for i in range(match.start(), match.end() + 1):
            if i == match.end() or not reader.free(i, i + 1):
                if start < i:
                    pieces.append((start, i))
                start = i + 1
    return pieces


_MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_NOT_TENTHS = "为功立长本果员交熟都绩就了"
_PERCENT_OF_TEN = re.compile(f"成(?![{_NOT_TENTHS}])")
_DIGITS_TIMES = re.compile(rf"(?<![\d.])({DIGITS})\s*(?:多|余)?\s*(倍|成(?![{_NOT_TENTHS}]))")
_COUNTED = re.compile(rf"\s*(?:多|余|来)?\s*(?:{COUNTERS})")
_TITLE_OPEN = re.compile(r"《[^》]{0,30}$")  # inside a title: 《 opened and not yet closed
_AFTER_AN_EVENT = re.compile(r"后的?\s*第$")  # 购买后的第二天: the day after something
_SUPERLATIVE = re.compile(r"[大高多长快好强重]|线|时间")
# 二十大 is the 20th (Party) Congress where the words around say so: 党的二十大, 二十大精神, 二十大报告,
# 二十大以来, or standing alone; 二十大城市 and 二十大品牌 are "the top 20"
_CONGRESS = re.compile(r"大(?=精神|报告|代表|召开|以来|胜利|开幕|闭幕|期间|上|会议|主席团|党章|部署|提出|强调|作出|确定|指出|"
                       r"擘画|明确|后|前|[，。、；：！？”’）)」』\s的]|$)")
_SCOPE = re.compile(r"(?:国内|全国|世界|全球|全省|全市|亚洲|国际|行业|业内)$")
# 一级 before a noun is a level: 一级保护动物 "Class I protected animals", 一级注册消防工程师, 一级、二级 in a list
# (only before 二级: 一级和三级 stays weak); "a registered fire engineer" loses it. Not 上一级 (the level above), an
# administration's level (县一级政府 "county governments", 州一级的 "at the state level", 任何一级政府), 一级一级,
# 一级级 and 一级抓一级 (level by level), 一级棒 ("great"), nor a bare 等级一级 (left weak: a grade at a clause's
# end is as often dropped by references)
_LEVEL_ONE = re.compile(r"级(?:(?=[\u4e00-\u9fff])(?![的地得之以及和与或级棒]|政府|党委|党组织|财政|[\u4e00-\u9fff]?一级)"
                        r"|(?=\s*[、和与或及]\s*[二两]级))")
_NOT_LEVEL_ONE = re.compile(r"(?:[上下高低升降提更每逐这那同级何哪某省市县区乡镇村州旗盟处厅司]|中央|一级[\u4e00-\u9fff]?)$")
_LEVELS = re.compile(rf"[{NUMERALS}\d]\s*级\s*[、和与或及]\s*$")  # 一级、二级: levels listed, no count restating a list


def _read_run(reader: Reader, start: int, end: int) -> None:
    text = reader.text
    run, before, after = text[start:end], text[max(0, start - 3):start], text[end:end + 4]
    # 百分之十五, 三分之二
    if after.startswith("分之"):
        rest = _RUN.match(text, end + 2)
        denominator = _MAGNITUDES.get(run) or chinese_value(run)
        numerator = (_MAGNITUDES.get(rest.group(0)) or chinese_value(rest.group(0))) if rest else None
        if denominator and numerator is not None and rest:
            value = numerator if denominator == 100 else Fraction(numerator, 10) if denominator == 1000 \
                else Fraction(numerator, denominator)
            reader.add(number(value), start, rest.end(), True, percent(value) if denominator not in (100, 1000) else ())
        elif denominator == 100 and rest and _range(rest.group(0)):  # 百分之七八十: 70 to 80 per cent, both stated
            reader.add_many([(number(v), ()) for v in _range(rest.group(0))], start, rest.end(), True)
        return
    listed = _digit_list(run)
    if listed:  # 三四五六年级 is grades 3, 4, 5 and 6 ("Grade 3456" misstates them); "grades 3 to 6" keeps the ends
        reader.add_many([(number(v), ()) for v in listed], start, end, True,
                        weak=[number(v) for v in listed[1:-1] if v - 1 in listed and v + 1 in listed])
        return
    range_values = _range(run) or _range_after(run)
    if range_values:  # 五六百米 is 500 to 600 metres, 四五厘米 4 to 5 cm, 一万六七千 16,000 to 17,000
        strong = bool(_COUNTED.match(text, end))
        # 一两张 is "a couple of" as often as "one or two": its one only vouches; 三五天 as often "a few days"
        weak = ["1"] if run == "一两" else [number(v) for v in range_values] if run.startswith("三五") else []
        reader.add_many([(number(v), ()) for v in range_values], start, end, strong, weak=weak)
        return
    value = chinese_value(run)
    if run != "十" and run in _MAGNITUDES:  # a bare 千 or 万 (十 alone is ten): 千人计划 counts people, 万马奔腾 is "myriads", 千米 a kilometre
        # 每千字 is "per 1,000 words": a rate's base, vouching; in a title (《万马奔腾》, a dance) it is a name's,
        # which a translation may calque ("Ten Thousand Horses", or for a myriad "A Thousand Horses")
        in_title = bool(_TITLE_OPEN.search(text, max(0, start - 31), start))
        if (_COUNTED.match(text, end) or before.endswith("每") or in_title) and not re.match("[米克瓦帕]", text[end:end + 1]):
            reader.add(number(_MAGNITUDES[run]), start, end, False, ("1000",) if in_title and run == "万" else ())
        return
    if value is None:
        _read_pieces(reader, start, end)
        return
    if _PERCENT_OF_TEN.match(text, end):  # 七成 is 70%
        reader.add(number(value * 10), start, end + 1, True)
    elif after.startswith("倍"):  # 增长1倍 is "doubled", 两倍 "twice"
        _add_multiple(reader, value, start, end)
    elif 11 <= value <= 30 and text[end:end + 1] == "大" and (_CONGRESS.match(text, end) or before.endswith(("党的", "中共"))):  # 二十大: the 20th (Party) Congress, an ordinal
        reader.add(ordinal(value), start, end, True)
    elif before.endswith("第"):  # 第一大 "the largest", 国内第一 "the best in China": a rank, not a count
        # 第二天 and 第二年 are as often "the next day", "the following year", 第二次 "again"; the next day is
        # one day after ("arrived 1 day after purchase" as 购买后的第二天)
        next_day = value == 2 and text[end:end + 1] in ("天", "日") and bool(_AFTER_AN_EVENT.search(text, 0, start))
        reader.add(number(value), start, end,
                   not (value == 1 and (_SUPERLATIVE.match(text, end) or _SCOPE.search(text, 0, start - 1)))
                   and not (value == 2 and text[end:end + 1] in ("天", "日", "年", "次")),
                   (ordinal(value), *(("1",) if next_day else ())))
    elif value == 1 and _LEVEL_ONE.match(text, end) and not _NOT_LEVEL_ONE.search(before):
        reader.add(number(1), start, end, True)
    elif _COUNTED.match(text, end):
        # 一个, 一项: mostly "a", "each"; a count after a list of as many items restates it
        # (江苏、浙江、辽宁3省 is "Jiangsu, Zhejiang and Liaoning"), as does two before an either-or
        # (两个选择，要么…要么: "the only options are ... or ..."); 这两名 ("these two") and a
        # clause that opens with 两人 ("the two", "the couple") refer back to people already counted
        reader.add(number(value), start, end, value != 1
                   and (_listed(text, start) != value or bool(_LEVELS.search(text, 0, start)))
                   and not (value == 2 and _EITHER_OR.match(text, end))
                   and not _ANAPHORA.search(before) and not _pair_pronoun(text, start, end)
                   and not (start >= value and _DIRECTIONS.fullmatch(text, start - value, start)),
                   once=is_day(text, start, end, value))
    else:  # 九二共识 is "the 1992 Consensus": two digits read one by one may be a year
        years = (number((1900 if value >= 20 else 2000) + value),) if len(run) == 2 and set(run) <= set(_DIGIT_VALUES) \
            else ()
        reader.add(number(value), start, end, False, years)


# Counters after which 1 is "a" (1名被困人员 "a trapped person", 1家研究机构 "a research institute");
# the counters of statistics (1例 "1 case", 1人死亡, 1起), units, days and ordinals (第1名) keep their 1.
_ONE_COUNTED = re.compile(rf"(?<!第){START}1(?=\s*(?:个|名|位|家|项|条|种|座|部|所|间|栋|套|件|份|张|本|只|头|匹|枚|颗|"
                          r"块|片|架|艘|辆|台|支|批|款|篇|首|幅|组|队|把|根|笔|箱|包|盒|袋|瓶|罐|桶)(?!\d))")
_EACH = re.compile(r"各[\u4e00-\u9fff]{0,2}$")  # 各1名, 各培训1名: one each
_LISTED_DIGITS = re.compile(rf"(?<![\d.])(\d{{1,2}})(?=\s*(?:{COUNTERS}))")
# "A和B两件", and the paired opposites that need no 和: 国内国际两个市场 ("domestic and international markets")
_PAIR = re.compile(r"[^\s和与及]\s*[和与及]\s*[^\s和与及]{1,12}$|(?:国内国际|国际国内|中外|城乡|内外|线上线下)\s*$")
_PAIR_COUNT = re.compile(r"[两二2]\s*(?:大|种|件|类|个|项|方面|家|国|位|名|条)")
_CLAUSE_END = re.compile(r"[，。；！？：,;!?:\n（(]")
# 微信公众号(“App个人信息举报”)、网站(pip.tc260.org.cn)两种渠道: an aside in brackets names no item of the list
_ASIDE = re.compile(r"[（(][^（()）]*[）)]")


def _listed(text: str, start: int) -> int:
    """How many items the list just before a count names: "A、B、C" or "A、B和C" is 3, "发展和安全两件大事" 2
    (a pair of things, not of days or years); 0 for no list."""
    window = text[max(0, start - 80):start]
    while _ASIDE.search(window):  # the innermost first: an aside may hold another
        window = _ASIDE.sub("", window)
    clause = _CLAUSE_END.split(window)[-1]
    if "、" not in clause:
        return 2 if _PAIR.search(clause) and _PAIR_COUNT.match(text, start) else 0
    items = clause.split("、")
    return len(items) + (1 if re.search(r"[和及与]", items[-1]) else 0)


# 上下左右四周 ("the upper, lower, left and right sides"), 上中下三段: the count restates the directions before it
_DIRECTIONS = re.compile(r"[上下左右前后东西南北中内外]{2,}")
_DAY_PAIR = re.compile(r"(?:昨今|今明|明后|昨前)(两|二)[天日]")
_ANAPHORA = re.compile(r"(?:这|那|此|该|上述|以上|前述)$")
# 两个选择，要么杀死孩子，要么…: two options, then each given (in the same sentence); not 两个孩子，要么在上学…
_EITHER_OR = re.compile(r"\s*(?:个|种|条)\s*(?:可供选择的)?(?:选择|选项|办法|路|出路|方案|途径|可能)[^。！？!?，,：:]{0,4}"
                        r"\s*[，,：:—]*\s*(?:要么[^。！？!?]+要么|或者[^。！？!?]+或者|不是[^。！？!?]+就是)")


def _pair_pronoun(text: str, start: int, end: int) -> bool:
    """两人 opening a clause: "the two", a pronoun for a couple already named."""
    return text[start:end + 1] in ("两人", "二人") and text[:start].rstrip()[-1:] in ("", *"，。；：！？“”\"")


_HEAD_RANGE = re.compile(r"(.+[十百千万亿])([一二两三四五六七八九])([二两三四五六七八九])([十百千]?)")


def _range_after(run: str) -> list[int]:
    """一万六七千 -> [16000, 17000], 三百五六十 -> [350, 360], 一万五六 -> [15000, 16000]: a range after its head."""
    match = _HEAD_RANGE.fullmatch(run)
    if not match:
        return []
    head, first, second, scale = match.groups()
    head_value = chinese_value(head)
    top = _MAGNITUDES[head[-1]]
    step = _MAGNITUDES[scale] if scale else top // 10
    if head_value is None or _DIGIT_VALUES[second] != _DIGIT_VALUES[first] + 1 or not 1 <= step < top:
        return []
    return [head_value + _DIGIT_VALUES[first] * step, head_value + _DIGIT_VALUES[second] * step]


def _digit_list(run: str) -> list[int]:
    """三四五六 -> [3, 4, 5, 6], 二四五 -> [2, 4, 5]: three or more single digits rising, a list (no
    number is written so); [] for anything else (九二 may be a year, 二〇二二 is one)."""
    if len(run) < 3 or any(c not in "一二三四五六七八九" for c in run):
        return []
    values = [_DIGIT_VALUES[c] for c in run]
    return values if all(a < b for a, b in pairwise(values)) else []


def _range(run: str) -> list[int]:
    """五六百 -> [500, 600], 三四十 -> [30, 40], 二三 -> [2, 3], 三五 ("three or five") -> [3, 5]; [] for anything
    else."""
    if len(run) < 2 or run[0] not in "一二两三四五六七八九" or run[1] not in "二两三四五六七八九":
        return []
    first, second = _DIGIT_VALUES[run[0]], _DIGIT_VALUES[run[1]]
    if second != first + 1 and run[:2] != "三五":
        return []
    scale = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7,
             "亿": 10**8}.get(run[2:])
    return [first * scale, second * scale] if scale else []


def _read_pieces(reader: Reader, start: int, end: int) -> None:
    """A run cn2an cannot read as one number (十三五) read as the longest numbers it holds, weakly."""
    while start < end:
        for stop in range(end, start, -1):
            value = chinese_value(reader.text[start:stop])
            if value is not None:
                reader.add(number(value), start, stop, False)
                start = stop
                break
        else:
            start += 1

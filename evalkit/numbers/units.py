"""Units that machine translation confuses with a unit of the same kind: 里 (li, half a
kilometre) as miles, 亩 (mu, a fifteenth of a hectare) as acres, 元 and 块 (yuan) as dollars or
as another currency (RM31, 2千元 as "2 thousand yen"), another currency as 美元 (N585 million, naira, as 5.85亿美元),
pounds and euros swapped (£6bn as 60亿欧元), a lieutenant's grade (a 2nd lieutenant as 中尉, a 1st as 上尉),
a Chinese sum with no currency named as dollars, a pair as 两对 (two pairs), a vehicle's seats as a count of
vehicles (一架两座小型飞机 as "two small planes"), kilometres as miles, Celsius
as Fahrenheit, 度 (kWh, after 万 or 亿) as degrees or kilowatts;
and, with the source's own number, 斤 (half a kilogram) as kilograms, decades as 年, pence as 英镑, a count
after 等 (which counts what it names) as "and N others" and a number written with no currency as a
sum of money ("e 6,000", the glue E6000, as 6000美元). The number is right and the quantity
wrong, so comparing numbers alone cannot see it.

A unit problem is reported when the source states a number in the unit, the translation
uses the false friend and nowhere a right rendering. A converted value ("20里" as "10 km")
is no unit problem; its number differs, and the number comparison judges it: a conversion
this module knows ("30,000 acres" as 12,141公顷, within 6 %) is the source's number (`converted`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from .mentions import NumberMention
from .reading import number_mentions

_COUNT_ZH = r"(?:\d[\d,.]*|[一二两三四五六七八九十百千万亿几数]+)\s*(?:多|余|来)?\s*(?:万|亿)?\s*(?:多|余)?\s*"
_COUNT_EN = (r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|"
             r"thousand|million|dozen)\s*-?\s*")


_YUAN = re.compile(r"(?i)\byuan\b|\brmb\b|renminbi|\bcny\b|¥")
_DOLLARS = re.compile(r"(?i)\bdollars?\b|\$|(?:\d|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
                      r"forty|fifty|hundred|thousand|million))[\s,.]*bucks?\b")  # not "passing the buck"


# miles, but not a place named with a numeral and a capital "Mile" (Three Mile Island; 八里罕 calqued "Eight Mile Han")
_MILES = re.compile(r"\b(?:[Mm]iles|MILES?|mile|(?<![A-Z][a-z]{2} )(?<![A-Z][a-z]{3} )(?<![A-Z][a-z]{4} )"
                    r"(?<![A-Z][a-z]{5} )Mile)\b")


# a count after 等 (which counts what it names), and how English says it counts more
_DENG_N = r"\d+|[一二两三四五六七八九十百千]+"
_COUNTED_BY_DENG = r"家|个|所|名|位|项|款|只|支|座|部|种|类|国|省|市|地|人"
_OTHERS_N = r"\d[\d,]*|[a-z]+(?:-[a-z]+)?"
_JOINED = r"(?:and|as well as|along with|together with|plus)"
_IN_ALL = re.compile(r"(?i)\b(?:a total of|in total|in all|altogether)\b")


@dataclass(frozen=True)
class FalseFriend:
    name: str  # as the difference reports it
    source: re.Pattern[str]  # a number in the unit
    right: re.Pattern[str] | None  # None: no rendering elsewhere makes the wrong one right
    wrong: re.Pattern[str]
    unless: re.Pattern[str] | None = None  # the source also has the wrong unit's own word: both may be right
    same_count: bool = False  # wrong only with the source's own number (each match's first group that matched)
    also_stated: re.Pattern[str] | None = None  # with same_count: the source's numbers written so are no such number


def _rank(ordinal: str, capitals: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:(?:{ordinal})\s+[Ll]ieutenants?|{capitals}\s+LIEUTENANTS?)\b"
                      r"(?!\s+(?i:general|colonel|commander|governor))")


def _zh(unit: str) -> re.Pattern[str]:
    return re.compile(_COUNT_ZH + unit)


def _en(unit: str) -> re.Pattern[str]:
    return re.compile(_COUNT_EN + unit, re.I)


FALSE_FRIENDS = (
    FalseFriend("里 (li) as miles", _zh(r"(?<![英公千海])里(?![程面头边])"), re.compile(r"(?i)\bli\b|kilomet|\bkm\b"),
                _MILES, re.compile(r"英里")),
    FalseFriend("亩 (mu) as acres", _zh(r"亩"), re.compile(r"(?i)\bmu\b|hectare"), re.compile(r"(?i)\bacres?\b"),
                re.compile(r"英亩")),
    FalseFriend("元 (yuan) as dollars", _zh(r"(?:(?<![美港澳加欧日韩台新])元|块钱|块(?![\u4e00-\u9fff]))"),
                _YUAN, _DOLLARS,
                re.compile(r"美元|港元|澳元|加元|新元|台币|美金")),
    # 涨了两百多 as "gone up over two hundred dollars": a Chinese sum with no currency named is no dollar sum
    FalseFriend("a sum without a currency as dollars",
                re.compile(r"[\u4e00-\u9fff]\s*" + _COUNT_ZH),
                _YUAN, _DOLLARS,
                re.compile(r"元|块|钱|美|刀|镑|欧|币|圆|[$￥¥€£]|(?i:usd|hkd|eur|gbp)")),
    # 31元 as RM31: the number right, the money another country's
    FalseFriend("元 (yuan) as another currency", re.compile(_COUNT_ZH + r"(?:(?<![美港澳加欧日韩台新])元|块钱)"), _YUAN,
                re.compile(r"(?i)\bRM\s?\d|\bringgits?\b|\bMYR\b|€|\beuros?\b|£|₹|\brupees?\b|\bbaht\b|\bpesos?\b|"
                           r"\byen\b|\bJPY\b|\br[ou]?ubles?\b|\brupiah\b"),
                # Malaysian and Singaporean Chinese write 元 for their own money; a source naming yen may mean it
                re.compile(r"马币|令吉|林吉特|欧元|英镑|卢比|泰铢|比索|日元|日币|円|卢布|印尼盾|马来西亚|大马|吉隆坡|新加坡|狮城")),
    # N585 million (naira) as 5.85亿美元: another currency made dollars
    FalseFriend("another currency as 美元 (dollars)",
                re.compile(r"(?i)[£€₦₹]\s?\d|(?<![A-Za-z])N\d[\d,.]*\s?(?:million|billion|trillion|bn|m)\b|"
                           r"\b(?:RM|Rs\.?|MYR|EUR|GBP|INR|NGN|CNY|RMB)\s?\d|"
                           r"\d[\d,.]*\s*(?:million|billion|bn|m)?\s*(?:euros?|naira|rupees?|ringgits?|yuan|renminbi|rand|"
                           r"pounds sterling)\b"),
                re.compile(r"英镑|欧元|奈拉|卢比|林吉特|令吉|马币|人民币|(?<![美港澳加新])元|兰特|[£€₦₹]"),
                re.compile(r"美元|美金|\$"), re.compile(r"(?i)\$|\bdollars?\b|\bUSD\b|\bbucks?\b")),
    # £6bn as 60亿欧元: pounds and euros swapped (a stray £ is no rendering: it must write a sum)
    FalseFriend("pounds as 欧元 (euros)",
                re.compile(r"£\s?\d|\d[\d,.]*\s*(?:million|billion|bn|m)?\s*pounds sterling\b|\bGBP\s?\d"),
                re.compile(r"英镑|£\s?\d"), re.compile(r"欧元|€"), re.compile(r"(?i)€|\beuros?\b|\bEUR\b")),
    FalseFriend("euros as 英镑 (pounds)",
                re.compile(r"€\s?\d|\d[\d,.]*\s*(?:million|billion|bn|m)?\s*euros?\b|\bEUR\s?\d"),
                re.compile(r"欧元|€\s?\d"), re.compile(r"英镑|£"), re.compile(r"(?i)£|\bpounds?\b|\bGBP\b")),
    FalseFriend("英镑 (pounds) as euros", _zh(r"英镑"), re.compile(r"(?i)\bpounds?\b|£\s?\d|\bGBP\b|sterling"),
                re.compile(r"(?i)\beuros?\b|€|\bEUR\b"), re.compile(r"欧元")),
    # (磅 in the source is a weight: "10 pounds of apples" is no sum of money)
    FalseFriend("欧元 (euros) as pounds", _zh(r"欧元"), re.compile(r"(?i)\beuros?\b|€\s?\d|\bEUR\b"),
                re.compile(r"(?i)\bpounds?\b|£|\bGBP\b"), re.compile(r"英镑|(?<!英)磅")),
    # a rank's ordinal names its grade: a second lieutenant is a 少尉, a first lieutenant a 中尉 (上尉 is a captain);
    # the rank is written with digits or capitals ("the second lieutenant in the department to be charged" counts
    # lieutenants), a lieutenant general, colonel or commander is another rank, and a calque that keeps the ordinal,
    # 二等中尉 or 第二中尉, says the grade
    FalseFriend("2nd lieutenant as 中尉 (1st)", _rank(r"2nd|Second", "SECOND"),
                re.compile(r"少尉|(?:二等|第二|2\s*nd)\s*中尉"), re.compile(r"中尉")),
    FalseFriend("1st lieutenant as 上尉 (captain)", _rank(r"1st|First", "FIRST"),
                re.compile(r"中尉|(?:一等|第一|1\s*st)\s*上尉"), re.compile(r"上尉"),
                re.compile(r"(?i)\bcaptains?\b|\bcapt\.")),
    # "e 6,000 these down" (E6000, a glue) as 我只花了6000美元, "5 9s" (five nines) as 5美元: a number the source
    # writes with no currency made a sum (not where the source writes that number as money too: "$10", "a
    # 20-dollar bill", "500 US dollars", "30 bills"; nor a sum in words, 6000万美元 being another number, nor a
    # decimal's tail, ".35" no 35, nor a tuple, 5元组)
    FalseFriend("a bare number as a sum of money", re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)"), None,
                re.compile(r"(?<![\d.,])(\d[\d,，]*(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*"
                           r"(?:美元|美金|英镑|欧元|日元|港元|块钱|元(?![组素件]))"),
                same_count=True, also_stated=re.compile(
                    r"(?i)(?:[$£€¥₹]|\b(?:US|HK|AU?|C|NZ|S)\$|\b(?:USD|GBP|EUR|RMB|CNY|INR|JPY)\s?)"
                    r"\s?(\d[\d,]*(?:\.\d+)?)"
                    r"|(\d[\d,]*(?:\.\d+)?)[\s-]*(?:k|m|bn|million|billion|thousand)?[\s-]*"
                    r"(?:(?:US|U\.S\.|Hong Kong|Singapore|Australian|Canadian|New Zealand|Taiwan)\s+)?"
                    r"(?:dollars?|bucks?|cents?|pence|p(?!\.?\s?m\b)|pounds?|euros?|yuan|renminbi|rmb|kuai|yen|"
                    r"sterling|francs?|bills?|notes?|quid|grand|usd|gbp|eur|jpy)\b")),
    # "a pair of spikes" as 两对刺 (two pairs, four spikes); not 二对一 (two against one), 第二双 (the second pair),
    # nor where the source has pairs or couples of its own
    FalseFriend("a pair as 两对 (two pairs)", re.compile(r"(?i)\b(?:a|one)\s+pair\s+of\b"), re.compile(r"一\s*[对双]"),
                re.compile(r"(?<!第)[两二2]\s*[对双](?![一二两三四五六七八九十\d])"),
                re.compile(r"(?i)\bpairs\b|\bcouples?\b|\btwins\b")),
    # "about 50p each" as 50英镑 (pounds): the pence made pounds (not 5 p.m., 1080p, nor the source's own £50)
    FalseFriend("pence as 英镑 (pounds)",
                re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s?p\b(?!\.?\s?m\b)|(\d+(?:\.\d+)?)\s*pence\b"),
                re.compile(r"便士"), re.compile(r"(\d+(?:\.\d+)?)\s*英镑"), same_count=True,
                also_stated=re.compile(r"(?i)£\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*(?:pounds?|quid)\b")),
    FalseFriend("马币 (ringgit) as yuan", re.compile(r"(?:马币|令吉|林吉特)\s*(?:近|约|超过?)?\s*[\d一二两三四五六七八九十几]|"
                                                   + _COUNT_ZH + r"(?:马币|令吉|林吉特)"),
                re.compile(r"(?i)ringgit|\bRM\s?\d|\bMYR\b"), re.compile(r"(?i)\byuan\b|\brmb\b|renminbi|¥"),
                re.compile(r"人民币")),
    # 耶鲁等3所 is Yale and two others, three in all: "Yale and 3 other schools" (or "plus the other 3") is four
    FalseFriend("等N (N in all) as 'and N others'", re.compile(rf"等\s*({_DENG_N})\s*(?:{_COUNTED_BY_DENG})"), _IN_ALL,
                re.compile(rf"(?i)\b{_JOINED}\s+(?:the\s+)?other\s+({_OTHERS_N})\b"
                           rf"|\b{_JOINED}\s+(?:the\s+)?(?:other\s+)?({_OTHERS_N})\s+(?:other|more)\b"), same_count=True),
    # and where the list 等N closes joins its last items with 以及 (北京、天津，以及河北石家庄…等36个), "Beijing,
    # Tianjin, as well as 36 cities" puts the two outside the 36 (not 欧盟以及中国等20国, "the EU as well as 20")
    FalseFriend("等N (N in all) as 'as well as N'",
                re.compile(rf"、[^。；，等]*[，,]?\s*以及[^。；等]*等\s*({_DENG_N})\s*(?:{_COUNTED_BY_DENG})"), _IN_ALL,
                re.compile(rf"(?i)\bas well as\s+({_OTHERS_N})\b"), same_count=True),
    FalseFriend("斤 (jin, half a kilogram) as kilograms",
                re.compile(r"(\d[\d,.]*(?:\s*(?:万亿|亿|万))?|[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*(?<![公千])斤"),
                re.compile(r"(?i)\bjin\b|\bcatt(?:y|ies)\b|\b500\s*g"),
                re.compile(r"(?i)(\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion))?)\s*(?:kg|kgs|kilos?|kilograms?)\b"),
                re.compile(r"公斤|千克"), same_count=True),
    # "by the end of the decade" as 到本世纪末 (the end of the century)
    FalseFriend("decade as 世纪 (century)", re.compile(r"(?i)\bdecades?\b"), re.compile(r"(?:十|10)\s*年|年代"), re.compile(r"世纪"),
                re.compile(r"(?i)\bcentur(?:y|ies)\b")),
    FalseFriend("decades as 年 (years)", re.compile(r"(?i)\b(\d+|two|three|four|five|six|seven|eight|nine)\s+decades\b"),
                re.compile(r"个十年"), re.compile(r"(\d+|[一二两三四五六七八九])\s*多?\s*年(?!代)"), same_count=True),
    # 1.98亿度 is 198 million kWh (度, a unit of electricity, after a magnitude), never "degrees"
    FalseFriend("度 (kWh) as degrees", re.compile(r"(?:\d[\d,.]*|[一二两三四五六七八九十百千几数]+)\s*(?:多|余)?\s*[万亿]\s*(?:多|余)?\s*度"
                                                 r"(?![假过日数])"),
                re.compile(r"(?i)kwh|kilowatt[\s-]?hours?|\bkw\s*·?\s*h\b|units? of (?:electricity|power)"),
                re.compile(r"(?i)\bdegrees?\b"), re.compile(r"温|℃|摄氏|华氏|角")),
    # 14亿度 (1.4 billion kWh, an energy) as "1.4 billion kilowatts" (a power): with the source's own number, since a
    # source may state kilowatts too (250余万千瓦, 500万kW) and a translation a kWh elsewhere; "kilowatts per hour",
    # "kW/h" mean kWh, clumsily
    FalseFriend("度 (kWh) as kilowatts",
                re.compile(r"(\d[\d,.]*\s*(?:多|余)?\s*[万亿]|[一二两三四五六七八九十百千几]+\s*(?:多|余)?\s*[万亿])"
                           r"\s*(?:多|余)?\s*度(?![假过日数])"),
                None,
                re.compile(r"(?i)((?:\d[\d,.]*\s*)?(?:[a-z]+[\s-]+){0,3}?(?:thousand|million|billion|trillion|bn)"
                           r"|\d[\d,.]*)[\s-]*(?:kilo[\s-]?watts?|kw)\b"
                           r"(?![\s-]*(?:hours?|h\b|/\s*h|(?:per|each|an?|every)\s+hour))"),
                same_count=True,
                also_stated=re.compile(r"(?i)(\d[\d,.]*\s*(?:多|余)?\s*[万亿]?|[一二两三四五六七八九十百千几]+\s*(?:多|余)?\s*[万亿]?)"
                                       r"\s*(?:多|余)?\s*(?:千瓦(?!时|小时)|kw(?!\s*·?\s*h)|kilowatts?(?![\s-]*hours?))")),
    # 一架两座小型飞机 (one two-seat plane) as "two small planes": the seats made the count of the vehicle (its own
    # number: not 11架两座教练机, nor where the source counts vehicles with it, 一辆两座跑车与一辆货车…两车; nor
    # "the two aboard the plane")
    FalseFriend("N座 (seats) as a count of vehicles",
                re.compile(r"(?<![\d〇零一二两三四五六七八九十百千])(?:一|1)\s*[架辆艘]\s*(\d+|[两二三四五六七八九十]+)\s*座"
                           r"(?![位椅]?[城山桥楼])"),
                re.compile(r"(?i)seat"),
                re.compile(r"(?i)\b(two|three|four|five|six|seven|eight|nine|ten|\d+|pair)\s+(?:of\s+)?"
                           r"(?:(?!(?:in|the)\b)[a-z-]+\s+){0,2}"
                           r"(?:planes?|aircraft|airplanes?|aeroplanes?|jets?|cars?|vehicles?|vans?|boats?|helicopters?|buses)\b"),
                same_count=True,
                also_stated=re.compile(r"(?<![\d一])(\d+|[两二三四五六七八九十]+)\s*(?:[架辆艘]|车)")),
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
                 if friend.source.search(source) and _wrong(friend, translation, source)
                 and not _right(friend, translation) and not (friend.unless and friend.unless.search(source)))


def uses_false_friend(name: str, text: str, source: str | None = None) -> bool:
    """Whether a text (a reference) renders the unit the same way: then it is no error to hold against a candidate."""
    friend = next(f for f in FALSE_FRIENDS if f.name == name)
    return _wrong(friend, text, source) and not _right(friend, text)


def _right(friend: FalseFriend, text: str) -> bool:
    return bool(friend.right and friend.right.search(text))


def _wrong(friend: FalseFriend, text: str, source: str | None) -> bool:
    if not friend.same_count:
        return bool(friend.wrong.search(text))
    stated = {_first_count(m) for m in friend.source.finditer(source or "")} - {None}
    if friend.also_stated:
        stated -= {_first_count(m) for m in friend.also_stated.finditer(source or "")}
    return any(_first_count(m) in stated for m in friend.wrong.finditer(text))


def _first_count(match: re.Match[str]) -> str | None:
    """The number a match's first group that matched says."""
    return _count(next(g for g in match.groups() if g))


def _count(written: str) -> str | None:
    """The one number a matched count says ("48", "three", 四十八 alike), or None."""
    values = [m.value for m in number_mentions(written)]
    return values[0] if len(values) == 1 else None


# A quantity converted into another unit ("more than 30,000 acres" as 12,141公顷): the unit written right
# after the number on each side ("a 30,000-acre ranch" too), how many of the second make one of the first, and
# the false friend the conversion rules out. A value within CONVERTED of the converted figure (rounding: "about
# 12,000 hectares") stands for the original's number.
_UNIT_AFTER = r"[\s-]*(?:多|余)?\s*"
_KILOGRAMS = r"公斤|千克|kilo(?:gram)?s?\b|kg\b"
_CONVERSIONS = tuple((re.compile(f"{_UNIT_AFTER}(?:{a})", re.I), re.compile(f"{_UNIT_AFTER}(?:{b})", re.I),
                      Decimal(factor), friend)
                     for a, b, factor, friend in (
    (r"acres?\b", r"公顷|hectares?\b", "0.404686", None),  # 公顷 is already the false friend's right rendering
    (r"公顷|hectares?\b", r"英亩|acres?\b", "2.47105", None),
    (r"(?<!英)亩", r"acres?\b|英亩", "0.164737", "亩 (mu) as acres"),
    (r"(?<!英)亩", r"hectares?\b|公顷", "0.0666667", None),
    (r"square\s+miles?\b|平方英里", r"平方(?:公里|千米)|square\s+kilomet", "2.58999", None),
    (r"平方(?:公里|千米)|square\s+kilomet|km2|km²", r"平方英里|square\s+miles?\b", "0.386102", None),
    (r"miles?\b|英里", r"公里|千米|kilomet|km\b", "1.609344", "miles as 公里 (kilometres)"),
    (r"公里|千米|kilomet|km\b", r"英里|miles?\b", "0.621371", "公里 (kilometres) as miles"),
    (r"feet\b|foot\b|ft\b|英尺", r"米(?!饭)|met(?:re|er)s?\b|m\b", "0.3048", None),
    (r"pounds?\b|lbs?\b|磅", _KILOGRAMS, "0.453592", None),
    (_KILOGRAMS, r"磅|pounds?\b|lbs?\b", "2.20462", None),
    (r"gallons?\b|加仑", r"升|lit(?:re|er)s?\b", "3.78541", None),
    (r"inch(?:es)?\b|英寸", r"厘米|centimet|cm\b", "2.54", None),
))
CONVERTED = Decimal("0.06")


def converted(original: str, mentions: list[NumberMention], text: str, their_mentions: list[NumberMention]
              ) -> tuple[list[NumberMention], frozenset[str]]:
    """The text's mentions, those that write one of the original's quantities in another unit with the
    original's reading added (they answer it, and are no number of their own); and the false friends
    ruled out: those of a unit whose every quantity in the original the text converts ("12 miles" as 19公里)."""
    # the original's mentions in each conversion's unit, found once: most texts have none, and skip the rest
    in_unit = [[k for k, o in enumerate(mentions) if first.match(original, o.end)] for first, *_ in _CONVERSIONS]
    if not any(in_unit):
        return list(their_mentions), frozenset()
    done: set[int] = set()
    found = [_converting(mentions, text, m, in_unit, done) for m in their_mentions]
    ruled_out = frozenset(friend for (*_, friend), stated in zip(_CONVERSIONS, in_unit)
                          if friend and stated and set(stated) <= done)
    return found, ruled_out


def _converting(mentions: list[NumberMention], text: str, m: NumberMention, in_unit: list[list[int]],
                done: set[int]) -> NumberMention:
    value = _decimal(m.value)
    for (_, second, factor, _), candidates in zip(_CONVERSIONS, in_unit) if value else ():
        if candidates and second.match(text, m.end):
            stated = [k for k in candidates if (v := _decimal(mentions[k].value))
                      and abs(v * factor - value) <= CONVERTED * v * factor]
            if stated:
                done.update(stated)
                return replace(m, also=(*m.also, *(mentions[k].value for k in stated)))
    return m


def _decimal(value: str) -> Decimal | None:
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return number if number > 0 else None

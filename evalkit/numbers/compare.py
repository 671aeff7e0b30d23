"""Comparing the numbers of a translation with its source and references: the one
judgement behind the gate's `rules.segments.numbers` and `evalkit check`'s `numbers`.

A strong mention on one side must be answered, strong or weak, by the other; a mention
answers another when they share a reading, each answering one. Compared with one original
alone (the source, or a reference), a translation misses the original's unanswered strong
mentions and adds its own. With both a source and a reference, both must agree: a number
is missing when the source states it (strong) and the reference has it in any form (or when
two or more figures in digits go missing with no witness: a reference that drops them all has
taken a liberty of its own), and added when neither has it. So a reference's own liberties (a dateline year, "COVID-19" for
新冠, "(400 hectares)" added, "the two sides" for 双方) are never held against a
translation that follows the source, and a source numeral that reads two ways cannot fail
a translation on its own. A translation that writes a stretch twice (machine translation
repeating a clause) adds its numbers once. A day the source leaves to its context (24日, no month
written with it) that the translation dates in another month than a reference does ("August 24" where
the reference says "July 24th") is an added date, even where the source names that month for another
day (8月1日), and where no text names a month at all, nor hints at one (元月, 国庆, "7·20", 2021/07/25), any month
it gives such a day is its guess ("May 25" for 25日); a month no text names is added as a month. A quantity converted into another unit
("30,000 acres" as 12,141公顷) is the source's number, in a translation and in a reference; one figure
said once of two subjects joined ("the inflow and outflow were 2760") answers the original's two. A list's or
section's number heading the source ("2.双字部分", "一、") is missing where the translation writes no number for
it, whatever a reference that lays the text out without it does. The modes
differ in what they need (a source, or references) and in several references: against the references,
agreeing with one of them is enough.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from .cases import number_case
from .chinese import COUNTERS
from .mentions import MONTHS, NumberMention
from .reading import name_numbers, number_mentions
from .units import converted, unit_problems, uses_false_friend

AGAINST = ("reference", "source")


@dataclass(frozen=True)
class NumberDifference:
    missing: tuple[str, ...] = ()  # in the original, not in the translation
    added: tuple[str, ...] = ()  # in the translation, not in the original
    units: tuple[str, ...] = ()  # a unit rendered as a false friend ("里 (li) as miles")
    # How each missing number is written in the original and each added one in the translation
    # (mentions.FORMS), in the order of `missing` and `added`: evidence for the case, not part of
    # what differs (two differences that report the same numbers are equal).
    missing_forms: tuple[str, ...] = field(default=(), compare=False)
    added_forms: tuple[str, ...] = field(default=(), compare=False)

    def __bool__(self) -> bool:
        return bool(self.missing or self.added or self.units)

    @property
    def case(self) -> str | None:
        """What kind of evidence the difference rests on (`cases.CASES`); None when there is none."""
        return number_case(self.missing_forms, self.added_forms, self.units) if self else None

    def describe(self, original: str = "original") -> str:
        parts = []
        if self.missing:
            parts.append("missing " + ", ".join(self.missing))
        if self.added:
            parts.append(f"not in the {original}: " + ", ".join(self.added))
        if self.units:
            parts.append("unit " + ", ".join(self.units))
        return "; ".join(parts)

    def without(self, missing: Counter[str], added: Counter[str]) -> NumberDifference:
        """The difference less some of its numbers (each value as often as counted), with their forms."""
        missing_values, missing_forms = _less(self.missing, self.missing_forms, missing)
        added_values, added_forms = _less(self.added, self.added_forms, added)
        return NumberDifference(missing_values, added_values, self.units, missing_forms, added_forms)


def _less(values: tuple[str, ...], forms: tuple[str, ...], dropped: Counter[str]
          ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    dropped = Counter(dropped)
    kept = []
    for value, form in zip(values, forms):
        if dropped[value] > 0:
            dropped[value] -= 1
        else:
            kept.append((value, form))
    return tuple(v for v, _ in kept), tuple(f for _, f in kept)


def compare_numbers(original: str, translation: str) -> NumberDifference:
    """The numbers of one text against another, with no third text to confirm."""
    ours = number_mentions(original)
    theirs = _weak_within(_repeats_vouch(translation, number_mentions(translation)),
                          _placeholder_renderings(original, translation))
    return _difference(_bare_days(_stated_unanswered(ours, theirs), theirs),
                       _unexcused(_unanswered(_strong(theirs), ours), original, translation))


def number_problems(translation: str, *, against: str, source: str | None = None,
                    references: Sequence[str] = (), markers: Sequence[tuple[int, int]] = ()) -> NumberDifference:
    """What is wrong with the translation's numbers, judged against the source or the references.

    With several references, a translation whose numbers agree with one of them passes.
    Units are judged against the source, where there is one. `markers` are the character
    spans of the translation's list markers ("1.", "(3)", "五、": a draft laid out as a
    numbered list): their numbers answer the original's enumerators, and are never added.
    """
    if against not in AGAINST:
        raise ValueError(f"numbers are compared with the reference or the source, not {against!r}")
    theirs = _weak_within(_repeats_vouch(translation, _read_copied(translation, source, number_mentions)),
                          [*markers, *_placeholder_renderings(source or "", translation)])
    source_mentions = number_mentions(source) if source is not None else None
    headings = [] if source is None else _heading(source, source_mentions)
    reference_mentions = [number_mentions(r) for r in references]
    # A reference's "L2" for 二级 still has the 2: a name witnesses a missing number (unless the
    # translation writes the same name, "SAU 008" for SAU 008).
    named = name_numbers(translation)
    witnesses = [_noon_or_midnight(r, mentions) + _unanswered(name_numbers(r), named)
                 for r, mentions in zip(references, reference_mentions)]
    # and the translation's own names still have their numbers: "737 MAX 9" or "Win8.1" read as a name there
    # keeps the source's 9 and 8.1 (names are weak: never added)
    theirs = theirs + named
    # A quantity converted into another unit ("30,000 acres" as 12,141公顷) is the source's number, in a
    # reference (a witness) as in the translation
    units = ()
    if source is not None:
        witnesses = [converted(source, source_mentions, r, w)[0] for r, w in zip(references, witnesses)]
        theirs, ruled_out = converted(source, source_mentions, translation, theirs)
        # and a quantity converted is no false friend ("12 miles" as 19公里)
        units = tuple(u for u in unit_problems(source, translation) if u not in ruled_out)
    bare = [] if source is None else _written_bare(translation, theirs, source, source_mentions)
    # a heading's number wants a number: "double" (for 双字) or "either" is no list's 2
    unnumbered = _unanswered(headings, [m for m in theirs if not _QUANTITY_WORD.fullmatch(translation, m.start, m.end)]
                             ) if headings else []
    if against == "source":
        if source_mentions is None:
            raise ValueError("there is no source to compare with")
        missing, added = _judged(source_mentions, theirs, source_mentions, reference_mentions, witnesses, bare,
                                 unnumbered)
        added = _unexcused(added, source, translation)
        added += _redated((source, source_mentions), (translation, theirs), list(zip(references, reference_mentions)),
                          added)
        added += _homograph_months(source, [source_mentions, *reference_mentions], theirs, added)
        units = tuple(u for u in units if not any(uses_false_friend(u, r, source) for r in references))
        return _difference(*_military_times(_said_of_both(missing, translation, theirs), added, translation), units)
    if not references:
        raise ValueError("there is no reference to compare with")
    differences = []
    for reference, mentions, witness in zip(references, reference_mentions, witnesses):
        missing, added = _judged(mentions, theirs, source_mentions, [mentions], [witness], bare, unnumbered)
        added = _unexcused(added, source or "", translation)
        added += _redated(None if source_mentions is None else (source, source_mentions), (translation, theirs),
                          [(reference, mentions)], added)
        if source_mentions is not None:
            added += _homograph_months(source, [source_mentions, mentions], theirs, added)
        difference = _difference(*_military_times(_said_of_both(missing, translation, theirs), added, translation),
                                 tuple(u for u in units if not uses_false_friend(u, reference, source)))
        if not difference:
            return difference
        differences.append(difference)
    return differences[0]


_STRAIGHT = str.maketrans("“”‘’", "\"\"''")  # a copy may curl the source's quotation marks
# A run of Latin script with no space in it, long enough to be words run together (not "COVID-19")
_RUN_ON = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]{10,}")


def _read_copied(translation: str, source: str | None,
                 read: Callable[[str], list[NumberMention]]) -> list[NumberMention]:
    """The translation's mentions, where it copies the source's words with their spaces removed (a Chinese
    output's "disappearedon27January", "thetwoscores") read as the source writes them, at their own places."""
    if not source or not any(c.isascii() and c.isalpha() for c in translation):
        return read(translation)
    kept = [k for k, c in enumerate(source) if not c.isspace()]
    packed = "".join(source[k] for k in kept).translate(_STRAIGHT)
    text, places = [], []  # the translation with the source's spaces put back; each character's place in it
    done = 0
    for run in _RUN_ON.finditer(translation):
        at = packed.find(run.group().translate(_STRAIGHT))
        if at < 0:
            continue
        spaced = source[kept[at]:kept[at + len(run.group()) - 1] + 1]
        if _new_number_word(run.group(), spaced):
            continue
        text.append(translation[done:run.start()])
        places.extend(range(done, run.start()))
        text.append(spaced)
        place = run.start()
        for c in spaced:  # a space put back stands where the character before it does
            places.append(place - 1 if c.isspace() else place)
            place += not c.isspace()
        done = run.end()
    if not done:
        return read(translation)
    text.append(translation[done:])
    places.extend(range(done, len(translation) + 1))
    return [replace(m, start=places[m.start], end=places[m.end - 1] + 1) for m in read("".join(text))]


_NUMBER_WORD = re.compile("(?=(%s))" % "|".join(sorted(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion".split(),
    key=len, reverse=True)))  # the longest word first at each place: "fourteen", not "four"


def _new_number_word(run: str, spaced: str) -> bool:
    """Whether words run together make a number across a lost space ("Four teens" as "Fourteens", "2 1" as "21"):
    then the run reads as another number, and is left as written."""
    gaps, k = set(), 0
    for c in spaced:
        if c.isspace():
            gaps.add(k)
        else:
            k += 1
    return any(gap in range(m.start() + 1, m.start() + len(m.group(1))) for m in _NUMBER_WORD.finditer(run.lower())
               for gap in gaps) or any(run[gap - 1].isdigit() and run[gap].isdigit() for gap in gaps)


_PM = re.compile(r"(?i)p\.?\s?m\b\.?")


def _noon_or_midnight(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """A reference's "12 p.m." witnesses the source's midnight as well as its noon: some writers mean
    midnight by it (WMT21's reference for 25日晚12时), though a translation's "12 p.m." is noon."""
    return [replace(m, also=(*m.also, "24:00")) if m.value == "12:00" and _PM.search(text, m.start, m.end) else m
            for m in mentions]


_REPEAT = 24  # characters: a stretch this long written twice is the text repeating itself


def _repeats_vouch(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The mentions, those in a stretch the translation already wrote weak: machine translation that
    repeats a sentence or a clause adds no number (an addition, not a number error)."""
    def repeated(m: NumberMention) -> bool:
        after, before = text[m.start:m.start + _REPEAT], text[max(0, m.end - _REPEAT):m.end]
        # written before, and not inside the mention itself: a run of one digit ("1000...000") is no repetition
        return (len(after) == _REPEAT and text.find(after) < m.start) or \
            (len(before) == _REPEAT and text.find(before) < min(m.start, m.end - _REPEAT))
    return [replace(m, strong=False) if m.strong and repeated(m) else m for m in mentions]


def _judged(original: list[NumberMention], translation: list[NumberMention], source: list[NumberMention] | None,
            references: list[list[NumberMention]], witnesses: list[list[NumberMention]],
            bare: Sequence[NumberMention], unnumbered: Sequence[NumberMention] = ()
            ) -> tuple[list[NumberMention], list[NumberMention]]:
    """The original's numbers the translation misses, and the numbers it adds, as the other text confirms.

    With a source and references, a number is missing when the source states it (strong)
    and a reference has it in any form (two or more figures in digits need no witness, nor does a
    day of the month among the translation's `bare` numbers, nor a list's or section's number heading the
    source that the translation writes no number for, `unnumbered`), and added when neither has it; with
    one of them, that one decides alone.
    """
    # a reference answers an addition in the source's sense too: its "the post-90s" (also 1990 and 90) is the
    # source's 90后, and leaves the translation's "after 90" added
    source_senses = None if source is None else {reading for m in source for reading in m.readings}

    def in_sense(mentions: list[NumberMention]) -> list[NumberMention]:  # a decade's readings only (1990s, 1990, 90)
        return mentions if source_senses is None or mentions is source else [
            _in_sense(m, source_senses) if m.form == "date" and _DECADE_NAME.fullmatch(m.value) else m for m in mentions]

    added = _unanswered(_strong(translation), in_sense(original))
    if not any(m.value in MONTHS for m in (*original, *(source or ()), *(m for r in references for m in r))):
        # "on the 24th" as "on July 24": a month the texts leave to their dateline is no addition; where
        # a reference dates the day ("May 20" for 20日), another month is one
        added = [m for m in added if m.value not in MONTHS]
    if source is None or not references:
        return _bare_days(_with_unnumbered(_stated_unanswered(original, translation), unnumbered), translation), added
    stated = _with_unnumbered(_stated_unanswered(source, translation), unnumbered)
    # A reference witnesses a number in the source's sense: its "the 1990s" (also 1990 and 90) witnesses
    # 90后 (the 1990s) even where the translation writes "after 90". Its day is read loosely ("on the
    # 25th that ...", "24th and"): any day it writes wants a date.
    senses = {reading for m in stated for reading in m.readings}
    witnessed = [m for mentions in witnesses
                 for m in _unanswered([_in_sense(w, senses) for w in mentions], translation, dates=True)]
    unwitnessed = _unanswered(stated, witnessed)
    # but a reference that drops a clause with several figures has taken a liberty of its own (WMT23's
    # drops flat sizes 105、114、129平方米 with their clause): two or more figures in digits are missing unwitnessed
    figures = [m for m in unwitnessed if m.form == "digits"]
    unconfirmed = {id(m) for m in unwitnessed} - ({id(m) for m in figures} if len(figures) >= 2 else set())
    # and a day the translation writes as a bare number ("Zhang Wei 26, said" for 张卫26日称) is its own
    # witness: it kept the day and lost the date, whatever a reference that drops the date does
    unconfirmed -= {id(m) for m in unwitnessed if m.dated_day and any(m.value in b.readings for b in bare)}
    # and a list's or section's number heading the source is the reviewers' number to keep, where a reference
    # lays the text out without it
    unconfirmed -= {id(m) for m in unnumbered}
    missing = [m for m in stated if id(m) not in unconfirmed]
    for mentions in (source, *references):
        if mentions is not original:
            left = {id(m) for m in _unanswered(added, in_sense(mentions))}
            added = [m for m in added if id(m) in left]
    return _bare_days(missing, translation), added


# a number standing alone: nothing but punctuation (no hyphen joining a word: "19-year-old"), a space or
# the end after it ("（6）", "- 2021\""), and before it the start, a bracket, a dash, a quotation mark, a
# capitalised word ("Person 6") or a name in Chinese (哥伦比亚广播公司2), not a word of quantity (共6, 达19)
_BARE_AFTER = re.compile(r"\s*(?:$|(?!-\s*\w)[^\w\s])")
_BARE_BEFORE = re.compile(r"(?:^|[(\[（［\-–—\"“'‘/]\s*|[A-Z][A-Za-z]*\s+|(?![共有达约计近超逾仅只等上])[\u4e00-\u9fff])$")
# or inside an identifier (idirect3D, ViewPort3), split from it by a space (IDirect3DViewport3 as
# "IDirect3DViewport 3"), or made an ordinal of no counter (CBS2 as 第二频道, not 第二场)
_LETTER_BEFORE = re.compile(r"[A-Za-z]$")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z\d]*) $")
_ORDINAL_BEFORE = re.compile(r"第\s*$")
_COUNTER_AFTER = re.compile(rf"\s*(?:{COUNTERS})")
# an anonymised speaker or organisation of a transcript, "(PERSON6)", "[ORGANISATION242]"
_PLACEHOLDER = re.compile(r"[(\[]\s*((?:PERSON|ORGANI[SZ]ATION|LOCATION|PROJECT)\d+)\s*[)\]]")
# a bracket holding a number alone, as MT renders a placeholder: "（13）", "［第4集］", "（第8页）"
_BRACKETED = re.compile(r"[(\[（［]\s*第?\s*(\d+|[一二三四五六七八九十]+)\s*[集页号]?\s*[)\]）］]")


# a list's or section's number heading a text: "2.双字部分", "2、绘画部分", "一、保修政策", "（一）", "3. Results",
# "1) Open", and digits a space from Chinese ("8 部分字符", "01 佩戴耳机", "1 本文件": 本 as "this"); not a decimal
# (2.5亿, "2. 5"), a list of numbers (3、4月, 一、二月), a count before its counter ("2 人都同意") nor a count in
# English ("7 pages left")
_HEADING = re.compile(rf"\s*(?:\d{{1,2}}\s*[.．、)）](?!\s*[\d.．])|[一二三四五六七八九十]{{1,3}}[、．](?![一二两三四五六七八九十\d])"
                      rf"|[（(]\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[）)]"
                      rf"|\d{{1,2}}\s+(?=[\u4e00-\u9fff])(?!(?!部分|本(?:文件|标准|规范|章|节))(?:{COUNTERS})))")

# words that say a quantity without being one ("a 300 yuan product" for the 300, not for a heading's 1.): they
# answer no heading's number
_QUANTITY_WORD = re.compile(r"(?i)an?|doubl\w*|both|either|neither|pairs?|couples?|twins?|twice|once|thrice|half|halves"
                            r"|双|俩|两者|双方")


def _heading(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The mention of the number heading the text as a list's or a section's, if any (strong or weak: 1 本
    is no "a")."""
    match = _HEADING.match(text)
    return [m for m in mentions if match and match.start() <= m.start and m.end <= match.end()][:1]


def _placeholder_renderings(original: str, translation: str) -> list[tuple[int, int]]:
    """Where the original is a transcript with placeholders, the translation's brackets that hold a
    number alone, whatever the number (no more brackets than placeholders it leaves out): MT writes (PERSON3) as
    （13） and [PERSON4] as ［第4集］."""
    placeholders = sum(1 for tag in _PLACEHOLDER.findall(original) if tag.lower() not in translation.lower())
    return [match.span(1) for match in _BRACKETED.finditer(translation)][:placeholders]


def _weak_within(mentions: list[NumberMention], spans: Sequence[tuple[int, int]]) -> list[NumberMention]:
    """The mentions, those inside one of the spans weak: they answer the original's, and are never added."""
    return [replace(m, strong=False) if any(s <= m.start and m.end <= e for s, e in spans) else m for m in mentions]


def _unexcused(added: list[NumberMention], original: str, translation: str) -> list[NumberMention]:
    """The added numbers, less those the original writes inside a name that the translation writes
    standing alone, in an identifier or as an ordinal: "(PERSON6)" rendered "（6）", 和平救援-2021 as
    "Peace Rescue - 2021", IDirect3DViewport3 as "idirect3D ViewPort3" or "IDirect3DViewport 3", CBS2 as
    第二频道. A number made a quantity ("Covid-19 patients" as 19岁病人, 19-year-olds) is still added."""
    def split_off(m: NumberMention) -> bool:
        word = _WORD_BEFORE.search(translation, max(0, m.start - 64), m.start)
        joined = re.escape(f"{word.group(1)}{translation[m.start:m.end]}") if word else None
        return bool(joined and re.search(rf"(?<![A-Za-z\d]){joined}(?![A-Za-z\d])", original, re.IGNORECASE))

    def written_alone(m: NumberMention) -> bool:
        before = translation[max(0, m.start - 2):m.start]
        return bool(_BARE_AFTER.match(translation, m.end)
                    and _BARE_BEFORE.search(translation, max(0, m.start - 64), m.start)
                    or _LETTER_BEFORE.search(before) or split_off(m)
                    or _ORDINAL_BEFORE.search(before) and not _COUNTER_AFTER.match(translation, m.end))
    alone = [m for m in added if written_alone(m)]
    excused = {id(m) for m in alone} - {id(m) for m in _unanswered(alone, name_numbers(original))}
    return [m for m in added if id(m) not in excused]


# What stands between a month and its day: "July 24", "Oct. 13", 7月24日 (nothing); "24 July", "24th of July"
_MONTH_THEN_DAY = re.compile(r"\.?\s*")
_DAY_THEN_MONTH = re.compile(r" ?(?:st|nd|rd|th)?\s+(?:of\s+)?")


def _days(text: str, mentions: list[NumberMention]) -> list[tuple[NumberMention, str | None]]:
    """The days of the month a text writes, each with its month (None where the text leaves it to its context)."""
    months = [m for m in mentions if m.value in MONTHS]

    def month_of(day: NumberMention) -> str | None:
        return next((m.value for m in months if m.end <= day.start and _MONTH_THEN_DAY.fullmatch(text, m.end, day.start)
                     or day.end <= m.start and _DAY_THEN_MONTH.fullmatch(text, day.end, m.start)), None)
    return [(day, month_of(day)) for day in mentions if day.dated_day]


# A month's name is another word after a capitalised word that is no determiner or date word: "Thousands
# March Through City", "Brian May" (not "The May elections", "a cold March morning", "In March")
_NAMED_MONTH_WORD = re.compile(r"\b(?!(?:The|A|An|This|That|These|Those|Last|Next|Every|Each|Its|Their|His|Her|Our|My|"
                               r"Your|In|On|Since|By|From|Until|Till|To|Of|Early|Mid|Late|End|Through|Before|After|"
                               r"During|Between|And|Or)\s)[A-Z][a-z]+ (May|March|June|April|August)\b")


def _homograph_months(source: str, originals: list[list[NumberMention]], translation: list[NumberMention],
                      added: list[NumberMention]) -> list[NumberMention]:
    """The months the translation writes alone (no year or day beside it) where the source has the
    month's name as another word ("Thousands March Through City" as 数千年3月穿过城市, Brian May as
    布赖恩·5月) and no original (the source, the references) names that month: a homograph
    translated as a date, added whatever the texts leave to their dateline."""
    homographs = {m.group(1) for m in _NAMED_MONTH_WORD.finditer(source)}
    months = {m.value for mentions in originals for m in mentions if m.value in MONTHS}

    def alone(month: NumberMention) -> bool:  # 2020年3月, 3月5日: a year or a day beside it (a 年 or 月 between)
        return not any(m.strong and (0 <= month.start - m.end <= 1 or 0 <= m.start - month.end <= 1)
                       for m in translation if m is not month)

    return [m for m in translation if m.strong and m.value in homographs and m.value not in months
            and m not in added and alone(m)]


# what tells the month without naming it: 元月 (January), a holiday, a date in figures ("7·20", "7/25", 2021/07/25,
# "25.07."), the "618" sale
_MONTH_HINT = re.compile(r"元月|正月|腊月|国庆|元旦|春节|圣诞|除夕|中秋|端午|七夕|双十一|双11|双十二|双12|(?<![\d.])618(?!\d)"
                         r"|(?<![\d.])(?:0?[1-9]|1[0-2])\s*[·•・‧/]\s*\d{1,2}(?![\d/])"
                         r"|(?<![\d.])(?:19|20)\d\d\s*[.-]\s*\d{1,2}\s*[.-]\s*\d{1,2}|\b\d{1,2}\.\d{1,2}\.(?!\d)"
                         r"|(?i:christmas|new year's day|independence day|halloween|valentine|thanksgiving|national day)")


def _redated(source: tuple[str, list[NumberMention]] | None, translation: tuple[str, list[NumberMention]],
             references: Sequence[tuple[str, list[NumberMention]]], added: list[NumberMention]) -> list[NumberMention]:
    """The translation's dates that put a day the source leaves to its context (在20日举行, no month
    written with it) in another month than the references do ("June 20" where they say "May 20"): the
    source may name that month for another day, so only the reference knows this day's. Each text is
    given with its mentions; a date in a stretch the translation repeats is counted once."""
    if source is None:
        return []
    source_days = _days(*source)
    bare = {day.value for day, month in source_days if month is None} - \
        {day.value for day, month in source_days if month is not None}
    dated = {(day.value, month) for reference in references for day, month in _days(*reference) if month is not None}
    # where no text names a month at all (no dateline with the segment), nor hints at one, a month the translation
    # gives the day is its guess: 25日 as "May 25", 7日 as "July 7"
    monthless = not any(m.value in MONTHS for m in (*source[1], *(m for _, r in references for m in r))) \
        and not any(_MONTH_HINT.search(text) for text in (source[0], *(t for t, _ in references)))
    already = {m.value for m in added}
    redated = {}
    for day, month in _days(*translation):
        if month is not None and month not in already and day.value in bare \
                and (monthless or any(d == day.value for d, _ in dated) and (day.value, month) not in dated):
            redated.setdefault((day.value, month), NumberMention(f"{month} {day.value}", day.start, day.end, True,
                                                                 form="date"))
    return list(redated.values())


def _in_sense(mention: NumberMention, senses: set[str]) -> NumberMention:
    """A reference's mention with only the readings the source's numbers have (all of them if none)."""
    kept = [r for r in (mention.value, *mention.also) if r in senses]
    day = mention.once and mention.value.isdigit()
    if not kept:
        return replace(mention, dated_day=day)
    return replace(mention, value=kept[0], also=tuple(kept[1:]), dated_day=day)


def _bare_days(missing: list[NumberMention], translation: list[NumberMention]) -> list[NumberMention]:
    """The missing mentions, a day the translation writes as a bare number said so ("25 as a date")."""
    return [replace(m, value=f"{m.value} as a date") if m.dated_day and any(m.value in t.readings for t in translation)
            else m for m in missing]


# a number with nothing of its own after it: punctuation, the end, or a verb or preposition that starts
# the next phrase ("Zhang Wei 26, said", "reporter 20 learned", "the flood 26 in the upper reaches"); not
# "7 days", "14-day"
_STANDING_BARE = re.compile(r"\s*(?:$|[,.;:!?)\]\"”’，。；：！？、）]|(?:said|says|told|learned|announced|reported|stated"
                            r"|expressed|pointed|noted|introduced|stressed|revealed|disclosed|in|at|on|from)\b)", re.I)
# the later day of a list or a range whose first is dated ("September 24, 25 and 26", "from the 24th to 26")
_AFTER_A_DAY = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|to|through)\s+|[-–~]\s*)(?:the\s+)?$")


def _written_bare(text: str, mentions: list[NumberMention], source: str, source_mentions: list[NumberMention]
                  ) -> list[NumberMention]:
    """The translation's numbers written bare (in digits, no date, nothing of their own after them) that the
    source's other numbers, its names' included, leave over: a day of the source's written so has lost its
    date ("Zhang Wei 26, said" for 张卫26日称). The source's numbers answer the translation's others first:
    in "Zhang Wei 26, said 26 people" the 26 of 26人 is the people's."""
    standing = [m for m in mentions if m.strong and m.form == "digits"
                and _STANDING_BARE.match(text, m.end) and not _AFTER_A_DAY.search(text, max(0, m.start - 24), m.start)]
    ids = {id(m) for m in standing}
    others = [m for m in _strong(mentions) if not m.once and id(m) not in ids]
    left = {id(m) for m in _unanswered([*others, *standing],
                                       [m for m in (*source_mentions, *name_numbers(source)) if not m.dated_day])}
    return [m for m in standing if id(m) in left]


def _strong(mentions: list[NumberMention]) -> list[NumberMention]:
    return [m for m in mentions if m.strong]


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _stated_unanswered(original: list[NumberMention], translation: list[NumberMention]) -> list[NumberMention]:
    """The original's strong mentions the translation leaves unanswered, days wanting dates; an ordinal
    of the translation answers the original's ordinal first, weak or strong: in 只寄过来2份，第二次预约
    rendered "the second reservation" the "second" is 第二次's, and the 2 is missing."""
    def ordinals(mentions: list[NumberMention]) -> list[int]:
        return [k for k, m in enumerate(mentions) if any(_ORDINAL.fullmatch(r) for r in m.readings)]
    ours, theirs = ordinals(original), ordinals(translation)
    owner = _matching([_ordinal_only(original[k]) for k in ours], [_ordinal_only(translation[k]) for k in theirs])
    answered = {ours[w] for w in owner.values()}
    taken = {theirs[k] for k in owner}
    return _unanswered([m for k, m in enumerate(original) if m.strong and k not in answered],
                       [m for k, m in enumerate(translation) if k not in taken], dates=True)


def _with_unnumbered(stated: list[NumberMention], unnumbered: Sequence[NumberMention]) -> list[NumberMention]:
    """The stated mentions left unanswered, with the heading's number where no number answers it (a word of
    quantity may have, or the heading was weak: 1 本文件)."""
    ids = {id(m) for m in stated}
    return stated + [m for m in unnumbered if id(m) not in ids]


def _ordinal_only(mention: NumberMention) -> NumberMention:
    kept = [r for r in mention.readings if _ORDINAL.fullmatch(r)]
    return replace(mention, value=kept[0], also=tuple(kept[1:]))


def _unanswered(wanted: list[NumberMention], offered: list[NumberMention], dates: bool = False) -> list[NumberMention]:
    """The wanted mentions left over by a largest matching, each offered mention answering one.

    With `dates`, a day of the month (26日, "July 26") is answered only by a date ("the 26th", "26
    July"), not by a bare 26: "Zhang Wei 26, said" no longer reads as a date. Asked of the original's
    days only: a translation may date a number its original leaves bare (八一 as "August 1st").

    A largest matching (augmenting paths) rather than first come, first served: "8pm" may be
    20:00 or 20, "his 20s" 20 or the 1920s, and whichever is read first must not take the 20
    the other needed.
    """
    wanted = _once(wanted)
    matched = set(_matching(wanted, offered, dates).values())
    return [m for w, m in enumerate(wanted) if w not in matched]


def _matching(wanted: list[NumberMention], offered: list[NumberMention], dates: bool = False) -> dict[int, int]:
    """A largest matching of offered mentions to wanted ones sharing a reading: offered index -> wanted index."""
    answers = [[k for k, o in enumerate(offered) if _agree(w, o) and (o.once or not (dates and w.dated_day))]
               for w in wanted]
    owner: dict[int, int] = {}

    def augment(w: int, seen: set[int]) -> bool:
        for k in answers[w]:
            if k not in seen:
                seen.add(k)
                if k not in owner or augment(owner[k], seen):
                    owner[k] = w
                    return True
        return False

    for w in range(len(wanted)):
        augment(w, set())
    return owner


def _agree(wanted: NumberMention, offered: NumberMention) -> bool:
    """The two share a reading; two times share a time of day, not merely a bare hour: 7日4时 (4:00, or a bare 4) is
    not "4pm" (16:00, or a bare 4), nor 中午12点 "12 a.m.". A bare hour still answers a time: 六点 as "6 p.m."."""
    shared = wanted.readings & offered.readings
    if ":" in wanted.value and ":" in offered.value:
        return any(":" in reading for reading in shared)
    return bool(shared)


_YEAR = re.compile(r"(?:19|20)\d\d")
_DECADE = re.compile(r"(?:19|20)\d\d(?:s)?")  # the 1990s (90后, 九十年代) and 1995 (95后), as dates
_DECADE_NAME = re.compile(r"(?:19|20)\d0s")


def _once(mentions: list[NumberMention]) -> list[NumberMention]:
    """The mentions with each date part counted once (a dateline's 26日 and the text's 26日 are one date),
    and each year: 2022 written twice for the same year ("2022年...，2022年...") is one year, however
    often a translation repeats it; so is each decade or generation (a report on the 90后 about the 90后)."""
    seen: set[tuple[bool, frozenset[str]]] = set()
    kept = []
    for mention in mentions:
        # a generation is no year: 1995年 and 95后 (1995) are two mentions
        generation = not mention.once and mention.form == "date" and bool(_DECADE.fullmatch(mention.value))
        if mention.once or (mention.form == "digits" and _YEAR.fullmatch(mention.value)) or generation:
            key = (generation, mention.readings)
            if key in seen:
                continue
            seen.add(key)
        kept.append(mention)
    return kept


# "the inflow and outflow were 2760" for 入库流量2760，出库流量2760: one figure said of two subjects joined at
# the clause's start ("Prices rose and sales were 30 % higher" joins two clauses), with both, "each" (not "each
# year"), or 和/与/及 and 均/都/各 (入库和出库流量均为2760; not 首都, 各国)
_SHARED_SUBJECT = re.compile(
    r"(?i)(?:^|[,;:.]\s+)(?:the\s+|its\s+|their\s+)?[a-z-]+\s+and\s+[^,.;:!?]{1,60}\b(?:were|are)\b[^,.;:!?]{0,30}$"
    r"|\bboth\b[^,.;:!?]{0,40}$|\beach\b(?!\s+(?:year|day|week|month|time|quarter))[^,.;:!?]{0,40}$"
    r"|[和与及、][^，。；：！？,.;:!?]{1,15}(?:均|(?<![成首京])都|各(?![国地种类级界]))[^，。；：！？,.;:!?]{0,10}$")


def _said_of_both(missing: list[NumberMention], translation: str, theirs: list[NumberMention]
                  ) -> list[NumberMention]:
    """The missing mentions, less one for each figure the translation states once of two subjects joined."""
    shared = Counter(m.value for m in theirs if m.strong
                     and _SHARED_SUBJECT.search(translation, max(0, m.start - 120), m.start))
    kept = []
    for m in missing:
        if shared[m.value] > 0:
            shared[m.value] -= 1
        else:
            kept.append(m)
    return kept


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
# where four digits are a time of day: "at 1240", "(0200GMT)", 格林尼治标准时间0200, "1950 hrs", or any that begin
# with 0 ("将于 0500 出发", 0500整: no count or year is written so) (not "in 2030", "2000 people", 2030年)
_CLOCK_BEFORE = re.compile(r"(?:\b[Aa]t|时间|[（(])\s*$")
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|Z\b|hrs\b|h\b|[）)])")
# a figure led by 0 is a time unless it counts or names something: "0500 soldiers", 0500路, "call 0755"
_COUNTING_AFTER = re.compile(rf"\s*(?:[A-Za-z]|{COUNTERS})")
_CALLING_BEFORE = re.compile(r"(?i)(?:call|dial|phone|tel|拨打|电话|区号)\W{0,3}$")


def _zero_led_clock(translation: str, start: int, end: int) -> bool:
    return (translation[start] in "0０" and not _COUNTING_AFTER.match(translation, end)
            and not _CALLING_BEFORE.search(translation, 0, start))


def _military_times(missing: list[NumberMention], added: list[NumberMention], translation: str
                    ) -> tuple[list[NumberMention], list[NumberMention]]:
    """The missing and added numbers less each time the translation writes as four digits, in the 24-hour form
    without its colon (12时40分 as "at 1240", 10 a.m.'s "0200GMT" as 格林尼治标准时间0200, "at 0500" as 0500整), and
    the figure that writes it."""
    added = list(added)
    kept = []
    for m in missing:
        clocks = {int(c.group(1)) * 100 + int(c.group(2)) for r in m.readings if (c := _CLOCK.fullmatch(r))}
        figure = next((a for a in added if a.form == "digits" and a.end - a.start == 4 and a.value.isdigit()
                       and int(a.value) in clocks and (_zero_led_clock(translation, a.start, a.end)
                                                       or _CLOCK_BEFORE.search(translation, 0, a.start)
                                                       or _CLOCK_AFTER.match(translation, a.end))), None)
        if figure is not None:
            added.remove(figure)
        else:
            kept.append(m)
    return kept, added


def _difference(missing: list[NumberMention], added: list[NumberMention], units: tuple[str, ...] = ()
                ) -> NumberDifference:
    missing, added = sorted(missing, key=_sort_key), sorted(added, key=_sort_key)
    return NumberDifference(tuple(m.value for m in missing), tuple(m.value for m in added), units,
                            tuple(m.form for m in missing), tuple(m.form for m in added))


def _sort_key(mention: NumberMention) -> tuple[float, str]:
    try:
        return float(mention.value), mention.value
    except ValueError:
        return float("inf"), mention.value

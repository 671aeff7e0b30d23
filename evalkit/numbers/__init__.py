"""Numbers in a text, comparable across English and Chinese: the one judgement behind
`evalkit check`'s `numbers` finding and the gate's `rules.segments.numbers` guard.

Quantities, not digits: a mention is a value with its readings ("19时54分" is 19:54,
"9000多万" is 90000000, "五六百" is 500 and 600, "5月底" is May, "half" is 0.5 or 50 %),
strong when it is written as a quantity and weak when the words may or may not stand for
one. Names written with digits (COVID-19, G7, Ka-52M, 5G) and words whose numerals are no
quantity (唯一, 两岸 stays weak, 十滴水, 三伏天) are set aside. `docs/checking.md` lists the
rules and their measured precision and recall on real machine translation.

    mentions.py  the mention, canonical values, the reader      digits.py   digits, names, clock times
    chinese.py   Chinese numerals, dates, the word list         english.py  number words, dates, Roman numerals
    units.py     units rendered as a false friend (里 as miles)  reading.py  all readings in order
    compare.py   the comparison and its confirmation by a third text
    cases.py     what evidence a difference rests on (a unit, digits changed, a date, ...)
"""

from .compare import AGAINST, NumberDifference, compare_numbers, number_problems
from .mentions import NumberMention
from .reading import extract_numbers, number_mentions

__all__ = ["AGAINST", "NumberDifference", "NumberMention", "compare_numbers", "extract_numbers", "number_mentions",
           "number_problems"]

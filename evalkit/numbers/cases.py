"""The case of a number difference: what kind of evidence it rests on.

Not every difference is as likely to be a real error. A unit rendered as its false friend
(里 as miles) was one every time on the real machine translation measured; a difference
that rests on digits, dates or numerals is a false alarm whenever text brings a way of
writing a number the reader does not know yet (12，000 for 12,000, "2400 hours" for 24时,
九二共识 as "1992") or a numeral that is no quantity (万马奔腾 as "Ten Thousand Horses").
`evalkit check` gives each case its severity from its precision on real MT
(`evalkit.checks.numbers`, docs/checking.md "Numbers"); the gate's guard fails on every
case alike, and names it.

A difference takes the first case whose evidence it holds, in the order of CASES.
"""

from __future__ import annotations

from collections.abc import Sequence

CASES = (
    "unit",  # a unit or a count rendered as a false friend (里 as miles, 元 as dollars, 等3所 as "3 others")
    "digits changed",  # a number written in digits on both sides that differs (1.92万 as 192,000)
    "date or time",  # a date, part of a date or a clock time missing or added
    "digits missing",  # a number the original writes in digits is missing
    "digits added",  # a number in digits the original does not state
    "numerals or words",  # only Chinese numerals, English number words or Roman numerals differ
)
_DIGITS = ("digits", "magnitude")  # written with digits: "19,200", "1.92万", "1.5 million"
_DATES = ("date", "time")


def number_case(missing_forms: Sequence[str], added_forms: Sequence[str], units: Sequence[str] = ()) -> str:
    """The case of a difference, from how its missing and added numbers are written (mentions.FORMS)."""
    missing_digits = any(f in _DIGITS for f in missing_forms)
    added_digits = any(f in _DIGITS for f in added_forms)
    if units:
        return "unit"
    if missing_digits and added_digits:
        return "digits changed"
    if any(f in _DATES for f in (*missing_forms, *added_forms)):
        return "date or time"
    if missing_digits:
        return "digits missing"
    if added_digits:
        return "digits added"
    return "numerals or words"

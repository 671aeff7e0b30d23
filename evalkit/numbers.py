"""Numbers in a text, comparable across languages: the shared core of the draft check's
`numbers` finding and the gate's digit guard.

A number is kept as a canonical string ("12345", "3.5", "20"), so two texts can be
compared as multisets whatever their script: full-width digits are folded by NFKC,
thousands separators dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def _canonical(token: str) -> str:
    if _THOUSANDS.match(token):
        token = token.replace(",", "")
    token = token.replace(",", ".")
    if "." in token:
        token = token.rstrip("0").rstrip(".")
    return token.lstrip("0") or "0"


def extract_numbers(text: str, lang: str | None = None) -> Counter[str]:
    """Canonical numbers in the text, with their counts."""
    folded = unicodedata.normalize("NFKC", text)
    return Counter(_canonical(match.group(0)) for match in _NUMBER.finditer(folded))


@dataclass(frozen=True)
class NumberDifference:
    missing: tuple[str, ...]  # in the original, not in the translation
    added: tuple[str, ...]  # in the translation, not in the original

    def __bool__(self) -> bool:
        return bool(self.missing or self.added)

    def describe(self) -> str:
        parts = []
        if self.missing:
            parts.append("missing " + ", ".join(self.missing))
        if self.added:
            parts.append("not in the original: " + ", ".join(self.added))
        return "; ".join(parts)


def compare_numbers(original: str, translation: str, *, original_lang: str | None = None,
                    translation_lang: str | None = None) -> NumberDifference:
    ours = extract_numbers(original, original_lang)
    theirs = extract_numbers(translation, translation_lang)
    return NumberDifference(tuple(sorted((ours - theirs).elements())), tuple(sorted((theirs - ours).elements())))

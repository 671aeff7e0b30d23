"""Which language a text is in, through lingua (lingua-language-detector, Apache-2.0).

lingua decides by script first (Han text is Chinese or Japanese before any model
runs) and then by character n-gram models, and it is accurate on short texts, which
is what segments are. Low-accuracy mode (trigrams only) loads in under a second and
needs ~70 MB; it is plenty to tell a document's language or an untranslated segment.
Codes are ISO 639-1 ("en", "zh"), as in `--lang`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

# Enough text to decide; a 5 MB line is judged by its start, not read through.
MAX_CHARS = 2000
# A segment shorter than this (letters and ideographs) says little about its language.
MIN_CHARS = 3


@lru_cache(maxsize=8)
def _detector(among: tuple[str, ...] | None):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    if among is None:
        builder = LanguageDetectorBuilder.from_all_languages()
    else:
        try:
            languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in among]
        except (AttributeError, ValueError):
            return _detector(None)  # a code lingua does not know: judge among all languages
        builder = LanguageDetectorBuilder.from_languages(*languages) if len(languages) > 1 else (
            LanguageDetectorBuilder.from_all_languages())
    return builder.with_low_accuracy_mode().build()


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


def language_of(text: str, among: Sequence[str] | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has too few letters to tell."""
    return languages_of([text], among)[0]


def languages_of(texts: Sequence[str], among: Sequence[str] | None = None) -> list[str | None]:
    """One code (or None) per text. `among` restricts the choice (e.g. to a language pair),
    which makes short segments far more reliable: "Fine." is then English, not Tagalog."""
    clipped = [text[:MAX_CHARS] for text in texts]
    found: list[str | None] = [None] * len(clipped)
    todo = [i for i, text in enumerate(clipped) if _letters(text) >= MIN_CHARS]
    if todo:
        detected = _detector(tuple(sorted(set(among))) if among else None).detect_languages_in_parallel_of([clipped[i] for i in todo])
        for i, language in zip(todo, detected):
            found[i] = language.iso_code_639_1.name.lower() if language is not None else None
    return found


@dataclass(frozen=True)
class LanguageProfile:
    """The language of a whole stream of segments, weighted by length."""

    language: str | None  # the language with the most letters; None: nothing to judge
    share: float  # its share of the letters in segments whose language was found
    per_segment: tuple[str | None, ...]

    def segments_in(self, language: str) -> list[int]:
        return [i for i, found in enumerate(self.per_segment) if found == language]


def profile(texts: Sequence[str], among: Sequence[str] | None = None) -> LanguageProfile:
    per_segment = languages_of(texts, among)
    weights: dict[str, int] = {}
    for text, language in zip(texts, per_segment):
        if language is not None:
            weights[language] = weights.get(language, 0) + min(_letters(text), MAX_CHARS)
    total = sum(weights.values())
    if not total:
        return LanguageProfile(None, 0.0, tuple(per_segment))
    language = max(weights, key=weights.__getitem__)
    return LanguageProfile(language, weights[language] / total, tuple(per_segment))

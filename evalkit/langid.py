"""Which language a text is in, through lingua (lingua-language-detector, Apache-2.0).

lingua decides by script first (Han text is Chinese or Japanese before any model
runs) and then by character n-gram models, and it is accurate on short texts, which
is what segments are. Low-accuracy mode (trigrams only) loads in under a second and
needs ~70 MB; it is plenty to tell a document's language or an untranslated segment.
Codes are ISO 639-1 ("en", "zh"), as in `--lang`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Sequence

# Enough text to decide; a 5 MB line is judged by its start, not read through.
MAX_CHARS = 2000
# A segment shorter than this (letters and ideographs) says little about its language.
MIN_CHARS = 3
# Segments judged for a stream's language (evenly spaced): a document's language does not
# need all 20,000 of its segments (judging 16,000 English ones took 1 s: docs/languages.md).
SAMPLE = 200

_LETTER = re.compile(r"[^\W\d_]")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Letters a language cannot be written without. A text with none of them is not in that
# language, and lingua need not be asked; languages not listed are always asked.
_SCRIPT = {
    "zh": f"[{_HAN}]",
    "ja": f"[{_HAN}\u3040-\u30ff]",
    "ko": "[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]",
    "en": "[A-Za-z]",
    "ru": "[\u0400-\u04ff]",
    "uk": "[\u0400-\u04ff]",
    "ar": "[\u0600-\u06ff]",
    "el": "[\u0370-\u03ff]",
    "he": "[\u0590-\u05ff]",
    "th": "[\u0e00-\u0e7f]",
}
_SCRIPT_RE = {language: re.compile(pattern) for language, pattern in _SCRIPT.items()}


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


def language_name(code: str) -> str:
    """"en" -> "English"; a code lingua does not know stays as it is."""
    from lingua import IsoCode639_1, Language

    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())).name.title()
    except (AttributeError, ValueError):
        return code


def has_letters(text: str, n: int = MIN_CHARS) -> bool:
    """At least `n` letters (or ideographs); stops looking once it has found them."""
    return sum(1 for _ in islice(_LETTER.finditer(text), n)) == n


def could_be(text: str, language: str) -> bool:
    """False only when the text has none of the letters `language` is written in."""
    script = _SCRIPT_RE.get(language)
    return script is None or script.search(text) is not None


def language_of(text: str, among: Sequence[str] | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has too few letters to tell."""
    return languages_of([text], among)[0]


def languages_of(texts: Sequence[str], among: Sequence[str] | None = None) -> list[str | None]:
    """One code (or None) per text. `among` restricts the choice (e.g. to a language pair),
    which makes short segments far more reliable: "Fine." is then English, not Tagalog.
    None also means: in none of the languages of `among` (Chinese among en and de)."""
    # lingua takes UTF-8: a lone surrogate (refused later, where it is read or cached) becomes "?"
    clipped = [text[:MAX_CHARS].encode("utf-8", "replace").decode("utf-8") for text in texts]
    found: list[str | None] = [None] * len(clipped)
    todo = [i for i, text in enumerate(clipped) if has_letters(text)]
    if todo:
        detected = _detector(tuple(sorted(set(among))) if among else None).detect_languages_in_parallel_of([clipped[i] for i in todo])
        for i, language in zip(todo, detected):
            found[i] = language.iso_code_639_1.name.lower() if language is not None else None
    return found


def segments_in(texts: Sequence[str], language: str, among: Sequence[str]) -> list[int]:
    """Indices of the texts in `language` (judged among `among`). Only texts that have
    letters of its script are judged, so finding Chinese in 20,000 English segments is cheap."""
    todo = [i for i, text in enumerate(texts) if could_be(text, language)]
    return [i for i, found in zip(todo, languages_of([texts[i] for i in todo], among)) if found == language]


def sample(texts: Sequence[str], size: int = SAMPLE) -> list[str]:
    """Up to `size` texts evenly spaced over the stream (all of them when it is short)."""
    if len(texts) <= size:
        return list(texts)
    return [texts[i * len(texts) // size] for i in range(size)]


@dataclass(frozen=True)
class LanguageProfile:
    """The language of a stream of segments, each segment with enough letters counting once.

    Segments, not letters, are counted: an English sentence has about four times the
    letters of its Chinese translation (19,663 vs 4,437 on the seed), so weighting by
    letters would make a Chinese file with a fifth of its segments left in English look
    half English.
    """

    language: str | None  # the language of most judged segments; None: none of `among` (or nothing to judge)
    share: float  # its share of the judged segments
    judged: int  # segments with enough letters to judge
    per_segment: tuple[str | None, ...]

    def segments_in(self, language: str) -> list[int]:
        return [i for i, found in enumerate(self.per_segment) if found == language]


def profile(texts: Sequence[str], among: Sequence[str] | None = None) -> LanguageProfile:
    per_segment = languages_of(texts, among)
    counts: dict[str | None, int] = {}
    for text, language in zip(texts, per_segment):
        if has_letters(text[:MAX_CHARS]):
            counts[language] = counts.get(language, 0) + 1
    judged = sum(counts.values())
    if not judged:
        return LanguageProfile(None, 0.0, 0, tuple(per_segment))
    language = max(counts, key=lambda key: (counts[key], key is not None))
    return LanguageProfile(language, counts[language] / judged, judged, tuple(per_segment))

"""Language and direction sanity: is each input in the language the task says it is?

Two questions, both answered with `langid` (lingua):

- Document level, before anything is scored: are the candidates and references in the
  target language and the source in the source language? A clear mismatch (English
  candidates for `--lang en-zh`) is refused; without `--lang` the languages found give
  the direction (and so the tokenizer). A stream's language is judged on an evenly
  spaced sample of its segments, among the pair when it is known.
- Segment level, while scoring: which candidate segments are not translations at all
  (copied from the source, or in the source language)? They are flagged, not refused.

Thresholds and their measurements: docs/languages.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .errors import InputError
from .langid import has_letters, language_name, language_of, profile, sample, segments_in

# A stream is in a language when at least this share of its judged segments is. Measured
# (benchmarks/bench_languages.py): legitimate inputs at most 0.025 in another language
# (literal-mt.txt's planted untranslated segments), wrong files 1.0; 0.8 still lets a
# half-translated draft be scored, its untranslated segments flagged.
CLEAR = 0.8
# Without --lang a stream's language is first guessed among all languages from its sampled
# text joined: from 20 letters of English lingua guesses wrong 15% of the time, from 50
# 1.3%, from 80 0.7%. A wrong guess only adds a language to judge among, never a refusal.
GUESS_LETTERS = 80
# Languages lingua tells by their script alone (Han, kana, Hangul): a few characters will do.
BY_SCRIPT = ("zh", "ja", "ko")
# A bracketed gloss of the original ("Wang Xiaohong (王小洪)") does not make a segment Chinese.
_GLOSS = re.compile(r"[(（\[【〔][^()（）\[\]【】〔〕]*[)）\]】〕]")


@dataclass(frozen=True)
class Stream:
    """Segments whose language is checked, and how messages name them."""

    role: str  # "candidates", "references" or "source"
    label: str  # e.g. the file name
    texts: Sequence[str]


@dataclass(frozen=True)
class Found:
    language: str | None  # None: in none of the languages judged among
    share: float
    judged: int
    among: tuple[str, ...]

    def described(self, unit: str = "segments") -> str:
        name = (language_name(self.language) if self.language else
                "in none of " + ", ".join(language_name(code) for code in self.among))
        return f"{name} ({self.share:.0%} of {self.judged} {unit})" if self.judged else name


def without_glosses(text: str) -> str:
    stripped, glosses = _GLOSS.subn(" ", text)
    return stripped if glosses and has_letters(stripped) else text


def judge(texts: Sequence[str], among: Sequence[str]) -> Found | None:
    """The language most of a stream's (sampled) segments are in, or None when nothing can be judged."""
    found = profile([without_glosses(text) for text in sample(texts)], among)
    return Found(found.language, found.share, found.judged, tuple(among)) if found.judged else None


def _clear(found: Found | None) -> Found | None:
    return found if found is not None and found.share >= CLEAR else None


def guess(texts: Sequence[str]) -> str | None:
    """A stream's language among all languages, from its sampled text joined; None when too
    short to tell (unless its script tells: three lines of 國家安全體系 are Chinese)."""
    joined = "\n".join(without_glosses(text) for text in sample(texts))
    found = language_of(joined)
    return found if found in BY_SCRIPT or has_letters(joined, GUESS_LETTERS) else None


def check_pair(source_lang: str, target_lang: str, basis: str, streams: Sequence[Stream]) -> None:
    """Refuse a stream that is clearly not in the language `basis` (e.g. "--lang zh-en") says it is in."""
    if source_lang == target_lang:
        return  # a same-language task: nothing to tell apart
    among = (source_lang, target_lang)
    for stream in streams:
        expected = source_lang if stream.role == "source" else target_lang
        found = _clear(judge(stream.texts, among))
        if found is not None and found.language != expected:
            verb = "is" if stream.role == "source" else "are"
            raise InputError(f"{basis} says the {stream.role} {verb} {expected}, "
                             f"but {stream.label} is {found.described()}")


def detect_direction(references: Sequence[Stream], source: Stream | None,
                     candidates: Sequence[Stream]) -> tuple[str | None, str | None]:
    """(source language, target language) found without --lang. Refuses candidates clearly in
    another language than the references or, with no reference, in the source's language."""
    streams = [*references, *([source] if source else []), *candidates]
    guesses = [guess(stream.texts) for stream in streams]
    languages = tuple(sorted({g for g in guesses if g}))
    if len(languages) > 1:  # judged again among the languages guessed: per segment, that is reliable
        found = [_clear(judge(stream.texts, languages)) for stream in streams]
    else:
        found = [Found(g, 1.0, 0, languages) if g else None for g in guesses]
    # only a stream with a guess of its own has a language: "AAO" judged among the others'
    # guesses (Icelandic, Romanian) says nothing
    of = {id(stream): f if g and f is not None and f.language else None for stream, g, f in zip(streams, guesses, found)}
    target = of[id(references[0])] if references else None
    origin = of[id(source)] if source else None
    for stream in candidates:
        mine = of[id(stream)]
        if mine is None:
            continue
        if target is not None and mine.language != target.language:
            raise InputError(f"{stream.label} is {mine.described()}, but the reference {references[0].label} is "
                             f"{target.described()}; candidates must be in the reference's language")
        if target is None and source is not None and origin is not None and mine.language == origin.language:
            raise InputError(f"{stream.label} is {mine.described()}, the language of the source {source.label}; "
                             f"a candidate must be a translation (for a same-language task, say so with "
                             f"--lang {origin.language}-{origin.language})")
    if target is not None:
        return (origin.language if origin else None), target.language
    # no reference: the candidates, if they agree, say what the target language is
    in_candidates = {of[id(stream)].language if of[id(stream)] else None for stream in candidates}
    return (origin.language if origin else None), (in_candidates.pop() if len(in_candidates) == 1 else None)


def check_sides(sides: dict[str, tuple[str, Sequence[str]]], *, swapped_hint: str) -> None:
    """Refuse a bilingual document whose sides ({language: (label, paragraphs)}) are clearly
    in the wrong language; `swapped_hint` is added when every side is."""
    among = tuple(sorted(sides))
    wrong = []
    for language, (label, texts) in sides.items():
        found = _clear(judge(texts, among))
        if found is not None and found.language != language:
            wrong.append(f"{label} is {found.described('paragraphs')}, not {language_name(language)}")
    if wrong:
        raise InputError("; ".join(wrong) + (f"; {swapped_hint}" if len(wrong) == len(sides) else ""))


def target_side(candidates: Sequence[Stream], sides: Sequence[str]) -> str | None:
    """Which side of a two-language reference set the candidates are in; None when unclear."""
    found = {stream.label: _clear(judge(stream.texts, sides)) for stream in candidates}
    languages = {f.language for f in found.values() if f is not None and f.language}
    if len(languages) > 1:
        shown = "; ".join(f"{label} is {f.described()}" for label, f in found.items() if f is not None)
        raise InputError(f"the candidates are not in one language ({shown})")
    if len(languages) == 1 and all(f is not None for f in found.values()):
        return languages.pop()
    return None


def _same(a: str, b: str) -> bool:
    return a.split() == b.split()


def untranslated(hypotheses: Sequence[str], *, sources: Sequence[str] | None, references: Sequence[Sequence[str]],
                 source_lang: str | None, target_lang: str | None) -> tuple[int, ...]:
    """Candidate segments that are no translation: copied from the source, or in the source language.

    Segments with too few letters to judge (numbers, "(II)", a blank) never count, nor
    do segments whose reference is itself copied or in the source language (a title
    quoted in the original). Judging a segment's language costs time only for segments
    written in the source language's script (docs/languages.md).
    """
    if source_lang and source_lang == target_lang:
        return ()
    flagged: set[int] = set()
    if sources is not None:
        flagged.update(i for i, (hyp, src) in enumerate(zip(hypotheses, sources))
                       if _same(hyp, src) and has_letters(hyp))
    pair = (source_lang, target_lang) if source_lang and target_lang else None
    if pair:
        flagged.update(segments_in([without_glosses(hyp) for hyp in hypotheses], pair[0], pair))
    if not flagged:
        return ()
    exempt = set()
    for stream in references:
        order = sorted(flagged)
        refs = [stream[i] for i in order]
        if sources is not None:
            exempt.update(i for i, ref in zip(order, refs) if _same(ref, sources[i]) and has_letters(ref))
        if pair:
            exempt.update(order[k] for k in segments_in([without_glosses(ref) for ref in refs], pair[0], pair))
    return tuple(sorted(flagged - exempt))

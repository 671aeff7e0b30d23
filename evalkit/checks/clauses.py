"""`clause-omission` and `clause-addition`: a clause of the reference missing from an aligned
draft sentence, or a clause of the draft with no counterpart in the reference.

Both texts of an aligned span are cut into clauses at commas, semicolons, colons and
dashes (Chinese ，；：too), clauses of fewer than MIN_WORDS words joined to their
neighbour. A clause is left out of its side in turn: when the rest of that side matches
the other side better without it, by GAIN or more in cosine per unit of the clause's
share of the text, the other side does not say what the clause says. Paraphrase can
move a cosine that far, so the clause must also share at most COVERED of its content
words with the other side (English words compared on their first five letters, Chinese
on jieba words). With a source as well, the source must agree: some clause of the source
is missing from the draft in the same sense (for an added clause: the same clause adds
nothing to the draft's match with the source). Without a reference nothing is checked:
against the source alone (WMT23 zh-en) the cosine flagged paraphrase far more than errors.
"""

from __future__ import annotations

import re
from typing import Callable

from ..segment import is_cjk_language, jieba_words
from .findings import Finding
from .job import CheckJob
from .spans import AlignedSpan, joiner

SEVERITY = "low"  # measured precision on real MT below 0.8 (docs/checking.md)
GAIN = -0.15  # a clause whose removal raises the cosine this much per unit of its share
COVERED = 0.5  # most of a clause's content words found on the other side: it is there
MIN_WORDS = 3  # shorter clauses are joined to their neighbour (Chinese: characters / 2)
_MIN_SHARE = 0.05

_BREAK = re.compile(r"(?<=[,;:，；：])\s*|\s+[—–]+\s+|(?<=[.!?。！？])\s+")
_STOP = frozenset("""
a an the and or but of in on at to for from by with as is are was were be been being this that these those it its
he she we they his her our their i you me us him them there here which who whom whose what when where how so such
than then also very can could will would should may might must do does did has have had not no into about over
""".split())


def clause_omission(job: CheckJob) -> list[Finding]:
    return _clauses(job, missing=True)


def clause_addition(job: CheckJob) -> list[Finding]:
    return _clauses(job, missing=False)


def _clauses(job: CheckJob, *, missing: bool) -> list[Finding]:
    if job.encode is None:
        return []
    # the side whose clauses are left out in turn, and the side they are looked for in, per span;
    # across languages alone the cosine flags paraphrase (docs/checking.md): only spans with a reference
    spans = [span for span in job.spans if span.aligned and span.reference]
    tests = [(span.reference, job.target_lang, span.draft) if missing else (span.draft, job.target_lang, span.reference)
             for span in spans]
    # a clause the other side mostly has is never reported: its gain is not computed
    found = _unsupported(job.encode, tests, [lambda clause, other=other, lang=lang: _coverage(clause, other, lang) <= COVERED
                                             for _, lang, other in tests])
    confirming = [k for k, span in enumerate(spans) if found[k] and span.source]
    # the same draft clauses against the source (an addition), or any clause of the source (an omission)
    wanted = [(lambda clause, k=k: clause in {c for c, _ in found[k]}) if not missing else (lambda clause: True)
              for k in confirming]
    for k, unsupported in zip(confirming, _unsupported(job.encode, [_against_source(job, spans[k], missing)
                                                                    for k in confirming], wanted)):
        # what the reference says is missing (added), if the source says so too: some clause of
        # the source unsupported by the draft (the same draft clause unsupported by the source)
        clauses = {clause for clause, _ in unsupported}
        found[k] = (found[k] if unsupported else []) if missing else [(c, g) for c, g in found[k] if c in clauses]
    return [_finding(job, span, clause, gain, missing) for span, pairs in zip(spans, found) for clause, gain in pairs]


def _against_source(job: CheckJob, span: AlignedSpan, missing: bool) -> tuple[str, str, str]:
    return (span.source, job.source_lang, span.draft) if missing else (span.draft, job.target_lang, span.source)


def _unsupported(encode: Callable, tests: list[tuple[str, str, str]],
                 wanted: list[Callable[[str], bool]]) -> list[list[tuple[str, float]]]:
    """For each (text, its language, other text): the clauses of the text that `wanted` picks
    without which it matches the other better, with their gains. One call of the model for
    all of them: a call per span costs a cache write each, and a long draft has thousands of
    spans."""
    cut = [split_clauses(text, lang) for text, lang, _ in tests]
    tried = [[k for k, clause in enumerate(clauses) if want(clause)] if len(clauses) >= 2 else []
             for clauses, want in zip(cut, wanted)]
    texts: list[str] = []
    for clauses, ks, (_, lang, other) in zip(cut, tried, tests):
        if ks:
            glue = joiner(lang)
            texts += [other, glue.join(clauses), *(glue.join(clauses[:k] + clauses[k + 1:]) for k in ks)]
    vectors = iter(encode(texts)) if texts else iter(())
    results = []
    for clauses, ks in zip(cut, tried):
        if not ks:
            results.append([])
            continue
        other, whole, *rests = (next(vectors) for _ in range(len(ks) + 2))
        similarity = float(other @ whole)
        total = sum(len(c) for c in clauses)
        found = []
        for k, rest in zip(ks, rests):
            share = max(len(clauses[k]) / total, _MIN_SHARE)
            gain = (similarity - float(other @ rest)) / share
            if gain <= GAIN:
                found.append((clauses[k], gain))
        results.append(found)
    return results


def split_clauses(text: str, lang: str) -> list[str]:
    pieces = [piece.strip() for piece in _BREAK.split(text) if piece and piece.strip()]
    clauses: list[str] = []
    for piece in pieces:
        if clauses and (_size(piece, lang) < MIN_WORDS or _size(clauses[-1], lang) < MIN_WORDS):
            clauses[-1] = clauses[-1] + joiner(lang) + piece
        else:
            clauses.append(piece)
    return clauses


def _size(text: str, lang: str) -> float:
    if is_cjk_language(lang):
        return len(re.findall(r"[\u4e00-\u9fff]", text)) / 2
    return len(text.split())


def _coverage(clause: str, other: str, lang: str) -> float:
    """Share of the clause's content words that the other text has."""
    words = _content(clause, lang)
    if not words:
        return 1.0
    others = set(_content(other, lang))
    return sum(1 for w in words if w in others) / len(words)


def _content(text: str, lang: str) -> list[str]:
    if is_cjk_language(lang):
        return [w for w in jieba_words(text) if re.search(r"[\u4e00-\u9fff]", w) or w.isdigit()]
    return [w.lower()[:5] for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", text) if w.lower() not in _STOP]


def _finding(job: CheckJob, span: AlignedSpan, clause: str, gain: float, missing: bool) -> Finding:
    if missing:
        message = f"not in the draft: {job.excerpt(clause)} (from the reference)"
        start, end = span.start, span.end
    else:
        message = f"not in the reference: {job.excerpt(clause)}"
        offset = span.draft.find(clause)
        start, end = (span.start + offset, span.start + offset + len(clause)) if offset >= 0 else (span.start, span.end)
    return Finding(
        "clause-omission" if missing else "clause-addition", SEVERITY, message, span.ids, start, end,
        badness=-gain, details={"clause": clause, "gain": round(gain, 4)},
    )

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
    findings = []
    for span in job.spans:
        if not span.aligned:
            continue
        if not span.reference:  # across languages alone the cosine flags paraphrase (docs/checking.md)
            continue
        basis, basis_lang = span.reference, job.target_lang
        # the side whose clauses are left out in turn, and the side they are looked for in
        cut, cut_lang, other, other_lang = ((basis, basis_lang, span.draft, job.target_lang) if missing
                                           else (span.draft, job.target_lang, basis, basis_lang))
        found = [(clause, gain) for clause, gain in _unsupported(job.encode, cut, cut_lang, other)
                 if _coverage(clause, other, cut_lang) <= COVERED]
        if found and span.source:
            found = _confirmed(job, span, found, missing)
        findings += [_finding(job, span, clause, gain, missing) for clause, gain in found]
    return findings


def _confirmed(job: CheckJob, span: AlignedSpan, found: list[tuple[str, float]],
               missing: bool) -> list[tuple[str, float]]:
    """What the reference says is missing (added), if the source says so too: some clause of
    the source unsupported by the draft (the same draft clause unsupported by the source)."""
    if missing:
        return found if _unsupported(job.encode, span.source, job.source_lang, span.draft) else []
    against_source = {clause for clause, _ in _unsupported(job.encode, span.draft, job.target_lang, span.source)}
    return [(clause, gain) for clause, gain in found if clause in against_source]


def _unsupported(encode: Callable, text: str, lang: str, other: str) -> list[tuple[str, float]]:
    """The clauses of `text` without which it matches `other` better, with their gains."""
    clauses = split_clauses(text, lang)
    if len(clauses) < 2:
        return []
    glue = joiner(lang)
    rests = [glue.join(clauses[:k] + clauses[k + 1:]) for k in range(len(clauses))]
    vectors = encode([other, glue.join(clauses), *rests])
    whole = float(vectors[0] @ vectors[1])
    total = sum(len(c) for c in clauses)
    found = []
    for k, clause in enumerate(clauses):
        share = max(len(clause) / total, _MIN_SHARE)
        gain = (whole - float(vectors[0] @ vectors[2 + k])) / share
        if gain <= GAIN:
            found.append((clause, gain))
    return found


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

"""`order`: two neighbouring segments whose translations come in the other order.

The document alignment is monotone, so two swapped neighbours come out in one of three
ways: as one bead of both segments and both sentences (the pair matches as a whole), as
two 1-1 beads each matched with the other's translation, or as a segment left out and
the same text added one step away. For the first two the check compares each draft
sentence with each segment: the draft is out of order when the crossed pairs match
better than the straight ones, each by MARGIN or more in cosine (mean of reference and
source). For the third, an added draft sentence that matches a left-out segment next to
it by at least the document's median similarity is that segment, moved.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import numpy as np

from .findings import Finding
from .job import CheckJob
from .spans import AlignedSpan

SEVERITY = "low"  # measured precision on real MT below 0.8 (docs/checking.md)
MARGIN = 0.1  # how much better each crossed pair must match than its straight one


def order(job: CheckJob) -> list[Finding]:
    if job.encode is None:
        return []
    pieces = _pieces(job)
    findings = []
    for a, b in zip(pieces, pieces[1:]):
        if a is None or b is None:
            continue
        straight = [_similarity(job, a.draft, a.basis), _similarity(job, b.draft, b.basis)]
        crossed = [_similarity(job, a.draft, b.basis), _similarity(job, b.draft, a.basis)]
        gains = [crossed[0] - straight[0], crossed[1] - straight[1]]
        if min(gains) >= MARGIN:
            findings.append(Finding(
                "order", SEVERITY, f"segments {a.id} and {b.id} come in the other order in the draft",
                (a.id, b.id), a.start, b.end, badness=min(gains),
                details={"straight": [round(x, 4) for x in straight], "crossed": [round(x, 4) for x in crossed]},
            ))
    return findings + _moved(job)


@dataclass(frozen=True)
class _Piece:
    id: str
    draft: str
    basis: tuple[str | None, str | None]  # reference, source
    start: int
    end: int


def _pieces(job: CheckJob) -> list[_Piece | None]:
    """One segment and its draft text per aligned segment, in draft order: a 1-1 bead as it
    is, a bead of n segments and n sentences split one to one; None for any other bead,
    which breaks the chain of neighbours."""
    units = {unit.id: unit for unit in job.units}
    pieces: list[_Piece | None] = []
    for span in job.spans:
        if not span.aligned or len(span.ids) != len(span.sentences):
            pieces.append(None)
        elif len(span.ids) == 1:
            pieces.append(_Piece(span.ids[0], span.draft, (span.reference, span.source), span.start, span.end))
        elif units:
            for i, j in zip(span.ids, span.sentences):
                sentence = job.draft.sentences[j]
                pieces.append(_Piece(i, sentence.text, (units[i].reference, units[i].source), sentence.start,
                                     sentence.end))
        else:
            pieces.append(None)
    return pieces


def _similarity(job: CheckJob, draft: str, basis: tuple[str | None, str | None]) -> float:
    texts = [text for text in basis if text]
    vectors = job.encode([draft, *texts])
    return float(np.mean([vectors[0] @ v for v in vectors[1:]]))


def _moved(job: CheckJob) -> list[Finding]:
    spans = job.spans
    typical = statistics.median([s for span in spans if (s := _aligned_similarity(span)) is not None] or [0.0])
    findings = []
    for k, span in enumerate(spans):
        if not (span.sentences and not span.ids):  # an added draft text
            continue
        for other in spans[max(0, k - 2):k + 3]:
            if other.ids and not other.sentences and len(other.ids) == 1:  # a left-out segment nearby
                score = _similarity(job, span.draft, (other.reference, other.source))
                if score >= typical:
                    findings.append(Finding(
                        "order", SEVERITY, f"segment {other.ids[0]} is in the draft, out of place",
                        other.ids, span.start, span.end, badness=score, details={"similarity": round(score, 4)},
                    ))
    return findings


def _aligned_similarity(span: AlignedSpan) -> float | None:
    values = [v for v in (span.similarity_reference, span.similarity_source) if v is not None]
    return float(np.mean(values)) if span.aligned and values else None

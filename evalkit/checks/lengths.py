"""How long each aligned span of the draft is, relative to what the document leads one to expect.

The expectation is the document's own median ratio of draft length to reference (or,
without a reference, source) length, so it holds across languages and translators'
styles. Very short texts (titles, headings) vary too much to judge and are left out.
"""

from __future__ import annotations

import statistics

from .job import CheckJob
from .spans import AlignedSpan

MIN_CHARS = 40  # draft-side characters the basis must be worth before its length says anything


def basis(span: AlignedSpan) -> str | None:
    return span.reference if span.reference is not None else span.source


def relative_lengths(job: CheckJob) -> dict[int, float]:
    """Span index -> (draft length / basis length) / the document's median of that ratio."""
    ratios = {k: len(span.draft) / len(basis(span) or "")
              for k, span in enumerate(job.spans) if span.aligned and basis(span)}
    if not ratios:
        return {}
    typical = statistics.median(ratios.values())
    return {k: ratio / typical for k, ratio in ratios.items() if len(basis(job.spans[k]) or "") * typical >= MIN_CHARS}


def similarity(span: AlignedSpan) -> float | None:
    return span.similarity_reference if span.similarity_reference is not None else span.similarity_source


def median_similarity(job: CheckJob) -> float:
    values = [value for span in job.spans if (value := similarity(span)) is not None]
    return statistics.median(values) if values else 0.0

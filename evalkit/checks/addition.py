"""`addition`: draft text that matches nothing in the source.

A draft sentence the alignment leaves without a segment is an addition. A span much
longer than the document's usual ratio, with similarity below the median, has
something added inside it.
"""

from __future__ import annotations

from .findings import Finding
from .job import CheckJob
from .lengths import median_similarity, relative_lengths, similarity
from .spans import AlignedSpan

LONG = 2.0  # a span at least twice its expected length


def addition(job: CheckJob) -> list[Finding]:
    findings = []
    spans = job.spans
    previous_ids, following_ids = _neighbours(spans)
    for k, span in enumerate(spans):
        if span.sentences and not span.ids:
            previous, following = previous_ids[k], following_ids[k]
            findings.append(Finding(
                "addition", "high", f"not in the source: {job.excerpt(span.draft)}", (), span.start, span.end,
                badness=len(span.draft), details={"after_segment": previous, "before_segment": following},
            ))
    typical = median_similarity(job)
    for k, relative in relative_lengths(job).items():
        span = spans[k]
        score = similarity(span)
        if relative >= LONG and score is not None and score < typical:
            findings.append(Finding(
                "addition", "medium", f"much longer than expected ({relative:.0%} of the usual length): "
                                      "something may have been added", span.ids, span.start, span.end,
                badness=relative, details={"relative_length": round(relative, 3), "similarity": round(score, 4)},
            ))
    return findings


def _neighbours(spans: tuple[AlignedSpan, ...]) -> tuple[list[str | None], list[str | None]]:
    """For each span, the ids of the nearest segments before and after it."""
    previous: list[str | None] = []
    last = None
    for span in spans:
        previous.append(last)
        last = span.ids[-1] if span.ids else last
    following: list[str | None] = []
    last = None
    for span in reversed(spans):
        following.append(last)
        last = span.ids[0] if span.ids else last
    return previous, following[::-1]

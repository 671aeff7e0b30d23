"""`omission`: source content with no counterpart in the draft.

A whole segment is missing when the alignment leaves it without draft text (including
a segment the aligner had folded into its neighbour's span, see `spans.LEAVE_OUT`). A clause
is missing when an aligned span is much shorter than the document's usual ratio and
its similarity to the reference (or source) is below the document's median: length
alone flags terse but faithful renderings, similarity alone flags free ones.
"""

from __future__ import annotations

from .findings import Finding
from .job import CheckJob
from .lengths import basis, median_similarity, relative_lengths, similarity

SHORT = 0.5  # a span at most half its expected length


def omission(job: CheckJob) -> list[Finding]:
    findings = []
    for span in job.spans:
        if span.ids and not span.sentences:
            missing = basis(span) or ""
            findings.append(Finding(
                "omission", "high", f"not in the draft: {job.excerpt(missing)}", span.ids, span.start, span.end,
                badness=len(missing), details={"missing": missing},
            ))
    typical = median_similarity(job)
    for k, relative in relative_lengths(job).items():
        span = job.spans[k]
        score = similarity(span)
        if relative <= SHORT and score is not None and score < typical:
            findings.append(Finding(
                "omission", "medium",
                f"much shorter than expected ({relative:.0%} of the usual length): part may be missing",
                span.ids, span.start, span.end, badness=1 - relative,
                details={"relative_length": round(relative, 3), "similarity": round(score, 4),
                         "median_similarity": round(typical, 4)},
            ))
    return findings


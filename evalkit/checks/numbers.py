"""`numbers`: numbers, dates, times, quantities and units that differ between source and draft.

The judgement is `evalkit.numbers.number_problems`, the one the CI gate's numbers guard
makes: against the source where the span has one (the reference confirming), else
against the reference. A number the aligner put one span away (missing here, extra in
the neighbouring span) is a boundary question, not a wrong number, and is not reported.
The draft's list markers ("1.", "(3)", "五、") answer the source's enumerators but are no
numbers of the draft's own.

The severity is the case's (`evalkit.numbers.cases`), from its precision on real machine
translation: high or medium only for a case that held at 0.8 or more on the development
data (docs/checking.md "Numbers", `benchmarks/numbers_realdata.py`), low (advisory,
failing `--fail-on numbers` only as `numbers:low`) for the rest.
"""

from __future__ import annotations

from collections import Counter

from ..numbers import NumberDifference, number_problems
from .findings import Finding
from .job import CheckJob
from .spans import AlignedSpan, joiner

# Frozen from the development data before the test data were read, and re-evaluated by the same
# rule in round 4 with the WMT23 test half counted as development data (unchanged); the precision
# behind each is in docs/checking.md ("Numbers", "Severity by case").
SEVERITY = {
    "unit": "high",
    "digits changed": "low",
    "date or time": "low",
    "digits missing": "low",
    "digits added": "low",
    "numerals or words": "low",
}


def numbers(job: CheckJob) -> list[Finding]:
    ends = dict(job.draft.list_markers)  # draft offset of a marker -> its end; built once (a draft has many spans)
    differences = []
    for span in job.spans:
        difference = NumberDifference()
        if span.aligned and (span.source or span.reference):
            difference = number_problems(span.draft, against="source" if span.source is not None else "reference",
                                         source=span.source, references=(span.reference,) if span.reference else (),
                                         markers=_markers(job, span, ends))
        differences.append(difference)
    for k in range(len(differences) - 1):
        here, there = differences[k], differences[k + 1]
        down = Counter(here.missing) & Counter(there.added)  # missing here, in the next span's text
        up = Counter(here.added) & Counter(there.missing)
        differences[k], differences[k + 1] = here.without(down, up), there.without(up, down)
    findings = []
    for span, difference in zip(job.spans, differences):
        if not difference:
            continue
        case = difference.case
        details = {"case": case, "missing": list(difference.missing), "added": list(difference.added)}
        if difference.units:
            details["units"] = list(difference.units)
        findings.append(Finding(
            "numbers", SEVERITY[case],
            f"numbers differ ({case}): " + difference.describe("source" if span.source is not None else "reference"),
            span.ids, span.start, span.end,
            badness=len(difference.missing) + len(difference.added) + len(difference.units), details=details,
        ))
    return findings


def _markers(job: CheckJob, span: AlignedSpan, ends: dict[int, int]) -> tuple[tuple[int, int], ...]:
    """Where the draft's list markers (`ends`: a marker's draft offset -> its end) are in the span's text
    (its sentences, joined)."""
    if not ends:
        return ()
    glue = len(joiner(job.draft.lang))
    markers, position = [], 0
    for k in span.sentences:
        sentence = job.draft.sentences[k]
        if sentence.start in ends:
            markers.append((position, position + ends[sentence.start] - sentence.start))
        position += len(sentence.text) + glue
    return tuple(markers)

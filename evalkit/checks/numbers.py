"""`numbers`: numbers, dates, times, quantities and units that differ between source and draft.

The judgement is `evalkit.numbers.number_problems`, the one the CI gate's numbers guard
makes: against the source where the span has one (the reference confirming), else
against the reference. A number the aligner put one span away (missing here, extra in
the neighbouring span) is a boundary question, not a wrong number, and is not reported.
"""

from __future__ import annotations

from collections import Counter

from ..numbers import NumberDifference, number_problems
from .findings import Finding
from .job import CheckJob


def numbers(job: CheckJob) -> list[Finding]:
    differences: list[tuple[Counter[str], Counter[str], tuple[str, ...]]] = []
    for span in job.spans:
        missing, added, units = Counter(), Counter(), ()
        if span.aligned and (span.source or span.reference):
            difference = number_problems(span.draft, against="source" if span.source is not None else "reference",
                                         source=span.source, references=(span.reference,) if span.reference else ())
            missing, added, units = Counter(difference.missing), Counter(difference.added), difference.units
        differences.append((missing, added, units))
    for k in range(len(differences) - 1):
        (missing_here, added_here, _), (missing_next, added_next, _) = differences[k], differences[k + 1]
        for here, there in ((missing_here, added_next), (added_here, missing_next)):
            shared = here & there
            here.subtract(shared)
            there.subtract(shared)
    findings = []
    for span, (missing, added, units) in zip(job.spans, differences):
        difference = NumberDifference(tuple((+missing).elements()), tuple((+added).elements()), units)
        if not difference:
            continue
        details = {"missing": list(difference.missing), "added": list(difference.added)}
        if units:
            details["units"] = list(units)
        findings.append(Finding(
            "numbers", "high",
            "numbers differ: " + difference.describe("source" if span.source is not None else "reference"),
            span.ids, span.start, span.end,
            badness=len(difference.missing) + len(difference.added) + len(units), details=details,
        ))
    return findings

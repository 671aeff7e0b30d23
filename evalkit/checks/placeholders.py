"""`placeholders`: printf/Python/ICU/brace placeholders, inline tags and HTML entities that
differ between source and draft (evalkit.placeholders.compare).

A missing, extra or changed placeholder, or unnumbered printf conversions in another
order, breaks the program that fills the string in: high. A tag or an ICU branch
placeholder that differs breaks formatting: medium. An entity that differs: low. The
draft is compared with the source, or with the reference when there is no source.
"""

from __future__ import annotations

from ..placeholders import compare
from .findings import Finding
from .job import CheckJob

_SEVERITY = {"printf": "high", "brace": "high", "double": "high", "icu": "high", "icu-branch": "medium", "tag": "medium",
             "entity": "low"}


def placeholders(job: CheckJob) -> list[Finding]:
    findings = []
    for span in job.spans:
        original = span.source if span.source is not None else span.reference
        if not span.aligned or not original:
            continue
        mismatches = compare(original, span.draft)
        if not mismatches:
            continue
        severity = min((_SEVERITY[m.kind] for m in mismatches), key=("high", "medium", "low").index)
        basis = "source" if span.source is not None else "reference"
        findings.append(Finding(
            "placeholders", severity, f"placeholders differ from the {basis}: "
            + "; ".join(mismatch.describe() for mismatch in mismatches),
            span.ids, span.start, span.end, badness=len(mismatches),
            details={"mismatches": [{"problem": m.problem, "kind": m.kind, "source": list(m.source),
                                     "target": list(m.target)} for m in mismatches]},
        ))
    return findings

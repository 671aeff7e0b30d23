"""`numbers`: digits, percentages, dates and enumerators that differ between source and draft.

The comparison is `evalkit.numbers.compare_numbers` (shared with the CI gate): a number
written as such on one side must be mentioned, in any form, on the other. With a
reference as well as a source, a difference counts only when the reference agrees
with the source about it, so one misread Chinese numeral cannot raise a finding on its
own. A number the aligner put one span away (missing here, extra in the neighbouring
span) is a boundary question, not a wrong number, and is not reported.
"""

from __future__ import annotations

from collections import Counter

from ..numbers import compare_numbers
from .findings import Finding
from .job import CheckJob


def numbers(job: CheckJob) -> list[Finding]:
    differences: list[tuple[Counter[str], Counter[str]]] = []
    for span in job.spans:
        missing, added = Counter(), Counter()
        original = span.source if span.source is not None else span.reference
        if span.aligned and original:
            lang = job.source_lang if span.source is not None else job.target_lang
            difference = compare_numbers(original, span.draft, original_lang=lang, translation_lang=job.target_lang)
            missing, added = Counter(difference.missing), Counter(difference.added)
            if span.source is not None and span.reference:
                check = compare_numbers(span.reference, span.draft, original_lang=job.target_lang,
                                        translation_lang=job.target_lang)
                missing &= Counter(check.missing)
                added &= Counter(check.added)
        differences.append((missing, added))
    for k in range(len(differences) - 1):
        (missing_here, added_here), (missing_next, added_next) = differences[k], differences[k + 1]
        for here, there in ((missing_here, added_next), (added_here, missing_next)):
            shared = here & there
            here.subtract(shared)
            there.subtract(shared)
    findings = []
    for span, (missing, added) in zip(job.spans, differences):
        missing, added = +missing, +added
        if not missing and not added:
            continue
        parts = []
        if missing:
            parts.append("missing " + ", ".join(sorted(missing.elements())))
        if added:
            parts.append(f"not in the {'source' if span.source is not None else 'reference'}: "
                         + ", ".join(sorted(added.elements())))
        findings.append(Finding(
            "numbers", "high", f"numbers differ: {'; '.join(parts)}", span.ids, span.start, span.end,
            badness=sum(missing.values()) + sum(added.values()),
            details={"missing": sorted(missing.elements()), "added": sorted(added.elements())},
        ))
    return findings

"""`terminology`: a glossary term in the source whose required rendering is not in the draft."""

from __future__ import annotations

from .findings import Finding
from .glossary import count_term, normalise
from .job import CheckJob


def terminology(job: CheckJob) -> list[Finding]:
    if not job.glossary:
        return []
    entries = [(entry, normalise(entry.source), [normalise(t) for t in entry.targets]) for entry in job.glossary]
    findings = []
    for span in job.spans:
        if not span.aligned or not span.source:
            continue
        source, draft = normalise(span.source), normalise(span.draft)
        for entry, term, targets in entries:
            if count_term(term, source) and not any(count_term(target, draft) for target in targets):
                wanted = " or ".join(f'"{t}"' for t in entry.targets)
                findings.append(Finding(
                    "terminology", "medium", f"glossary: {entry.source} should be {wanted}, not found in the draft",
                    span.ids, span.start, span.end, badness=len(entry.source),
                    details={"term": entry.source, "expected": list(entry.targets), "glossary_line": entry.line},
                ))
    return findings

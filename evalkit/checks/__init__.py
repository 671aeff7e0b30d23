"""Draft checks: each is a small function over the aligned (source, reference, draft) spans
of a `CheckJob` returning `Finding`s.

    omission      source content with no counterpart in the draft, or draft text that says nothing of it
    addition      draft text that matches nothing in the source
    untranslated  draft text still in the source language
    numbers       numbers, percentages, dates, enumerators that differ
    placeholders  printf/ICU/brace placeholders, inline tags, entities that differ
    terminology   a glossary term whose required rendering is missing
    script        Simplified characters in a Traditional draft, or the reverse
    weak          the spans that match the reference worst, for this document
    negation      a negation the reference and source have and the draft lacks, or the reverse
    names         a name in the reference (or in Latin letters in the source) missing from the draft
    order         two neighbouring segments translated in the other order
    clause-omission / clause-addition   a clause missing from, or added to, an aligned sentence
"""

from __future__ import annotations

import bisect
import itertools
from typing import Callable

from .addition import addition
from .clauses import clause_addition, clause_omission
from .draft import Draft, DraftSentence, parse_draft, read_draft
from .fail_on import FailOn
from .findings import KINDS, SEVERITIES, Finding, worst_first
from .glossary import GlossaryEntry, read_glossary
from .job import CheckJob
from .names import names
from .negation import negation
from .numbers import numbers
from .omission import omission
from .placeholders import placeholders
from .order import order
from .script import script
from .spans import AlignedSpan, Unit, align_draft
from .terminology import terminology
from .untranslated import untranslated
from .weak import weak

CHECKS: dict[str, Callable[[CheckJob], list[Finding]]] = {
    "omission": omission,
    "addition": addition,
    "untranslated": untranslated,
    "numbers": numbers,
    "placeholders": placeholders,
    "terminology": terminology,
    "script": script,
    "weak": weak,
    "negation": negation,
    "names": names,
    "order": order,
    "clause-omission": clause_omission,
    "clause-addition": clause_addition,
}


def run_checks(job: CheckJob, kinds: tuple[str, ...] = KINDS) -> list[Finding]:
    """The findings of the chosen checks, worst first.

    A sentence left in the source language is also short and weak by every measure;
    reported as untranslated, it is not reported again as a partial omission or addition,
    by a low-severity finding (weak, and the other advisory kinds), or as saying nothing of
    its segment. Draft text reported as saying nothing of its segment is not reported again
    as weak, advisory, partial, or for its numbers and terms.
    """
    findings = [finding for kind in kinds for finding in CHECKS[kind](job)]
    untranslated = _Spans(f for f in findings if f.kind == "untranslated" and f.severity == "high")
    unrelated = [f for f in findings if f.kind == "omission" and "says_nothing" in f.details]
    unrelated_ids = {id(f) for f in unrelated}
    both = _Spans([*untranslated.findings, *unrelated])
    unrelated_spans = _Spans(unrelated)

    def echo(finding: Finding) -> bool:
        if id(finding) in unrelated_ids:
            return untranslated.overlaps(finding)
        soft = finding.severity == "low" or (finding.kind in ("omission", "addition") and finding.severity == "medium")
        follows = finding.kind in ("numbers", "terminology")
        return (soft and both.overlaps(finding)) or (follows and unrelated_spans.overlaps(finding))

    return worst_first([finding for finding in findings if not echo(finding)])


class _Spans:
    """Findings' draft spans, asked whether any overlaps a span: in time that grows with
    the logarithm of their number (a long bad draft has thousands)."""

    def __init__(self, findings) -> None:
        self.findings = sorted(findings, key=lambda f: f.start)
        self._starts = [f.start for f in self.findings]
        self._ends = list(itertools.accumulate((f.end for f in self.findings), max))  # furthest end so far

    def overlaps(self, finding: Finding) -> bool:
        """Whether a finding here overlaps `finding`'s span: starts before it ends and ends after it starts."""
        before = bisect.bisect_left(self._starts, finding.end)  # those that start before it ends
        return before > 0 and self._ends[before - 1] > finding.start


__all__ = [
    "CHECKS", "KINDS", "SEVERITIES", "AlignedSpan", "CheckJob", "Draft", "DraftSentence", "FailOn", "Finding",
    "GlossaryEntry", "Unit", "align_draft", "parse_draft", "read_draft", "read_glossary", "run_checks", "worst_first",
]

"""report.html for `evalkit check`: the draft beside the source and the reference, findings
highlighted in place. Built like the scoring report (reports/html.py): one self-contained
file, every input text carried as escaped JSON and put on screen with textContent only,
and a Content-Security-Policy that forbids any network access.
"""

from __future__ import annotations

import bisect
import itertools
import re
from pathlib import Path
from typing import Any, Sequence

from ..check import CheckResult
from .html import script_json

_ASSETS = Path(__file__).with_name("html_assets")
_PLACEHOLDER = re.compile(r"/\*(?:STYLE|DATA|SCRIPT)\*/")


def _payload(result: CheckResult) -> dict[str, Any]:
    text = result.draft.text
    spans = []
    for span in result.spans:
        line, _ = result.draft.position(span.start)
        spans.append({"ids": list(span.ids), "start": span.start, "line": line, "draft": text[span.start:span.end],
                      "reference": span.reference, "source": span.source,
                      "similarity": span.similarity_reference if span.similarity_reference is not None
                      else span.similarity_source})
    findings = []
    for finding, span in zip(result.findings, _spans_of(result)):
        line, column = result.draft.position(finding.start)
        findings.append({"kind": finding.kind, "severity": finding.severity, "message": finding.message,
                         "ids": list(finding.ids), "start": finding.start, "end": finding.end,
                         "where": f"{line}:{column}", "span": span})
    return {
        "draft": result.draft.path or "draft", "lang": f"{result.source_lang}→{result.target_lang}",
        "reference": result.reference, "source": result.source, "against": result.against, "counts": result.counts(),
        "findings": findings, "spans": spans,
    }


def _spans_of(result: CheckResult) -> list[int]:
    """The row of the page each finding belongs to (-1: none): an omission (an empty finding)
    to the first empty span of one of its segments, any other finding to the first span its
    text overlaps. Spans are in draft order, so a binary search finds it (a long draft has
    thousands of both, and looking through all spans for every finding takes minutes)."""
    empty: dict[str, int] = {}
    for k, span in enumerate(result.spans):
        if span.start == span.end:
            for segment in span.ids:
                empty.setdefault(segment, k)
    ends = list(itertools.accumulate((span.end for span in result.spans), max))
    found = []
    for finding in result.findings:
        if finding.start == finding.end:
            found.append(min((empty[i] for i in finding.ids if i in empty), default=-1))
            continue
        k = bisect.bisect_right(ends, finding.start)  # spans before k end before the finding starts
        while k < len(result.spans) and result.spans[k].start < finding.end and result.spans[k].end <= finding.start:
            k += 1
        found.append(k if k < len(result.spans) and result.spans[k].start < finding.end else -1)
    return found


def render_check_html(results: Sequence[CheckResult]) -> str:
    parts = {
        "/*STYLE*/": (_ASSETS / "check.css").read_text(encoding="utf-8"),
        "/*DATA*/": script_json([_payload(result) for result in results]),
        "/*SCRIPT*/": (_ASSETS / "check.js").read_text(encoding="utf-8"),
    }
    # the scoring report's <head>: the same Content-Security-Policy, this page's own style and body
    head = (_ASSETS / "report.html").read_text(encoding="utf-8").split("<body>")[0]
    page = head + (_ASSETS / "check.html").read_text(encoding="utf-8")
    # One pass over the template only: a placeholder-like string inside the data is never expanded.
    return _PLACEHOLDER.sub(lambda match: parts[match.group(0)], page)

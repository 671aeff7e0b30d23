"""Files `evalkit check --out DIR` writes: findings.jsonl, alignment.jsonl, summary.md, report.html.

All four are staged and renamed into place together (textio.write_files). Offsets are
character offsets into the draft as read (UTF-8 decoded, BOM dropped, CRLF as LF);
lines and columns count from 1.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from ..check import CheckResult
from ..checks import Finding
from ..textio import dump_jsonl, write_files
from .escape import md
from .check_html import render_check_html

FILES = ("findings.jsonl", "alignment.jsonl", "summary.md", "report.html")


def _place(result: CheckResult, start: int, end: int) -> dict[str, Any]:
    line, column = result.draft.position(start)
    end_line, end_column = result.draft.position(end)
    return {"start": start, "end": end, "line": line, "column": column, "end_line": end_line, "end_column": end_column}


def finding_rows(result: CheckResult) -> list[dict[str, Any]]:
    rows = []
    for finding in result.findings:
        rows.append({
            "kind": finding.kind, "severity": finding.severity, "message": finding.message, "ids": list(finding.ids),
            "draft": {**_place(result, finding.start, finding.end), "text": result.draft.text[finding.start:finding.end]},
            "details": finding.details,
        })
    return rows


def alignment_rows(result: CheckResult) -> list[dict[str, Any]]:
    rows = []
    for span in result.spans:
        rows.append({
            "ids": list(span.ids), "shape": f"{len(span.ids)}-{len(span.sentences)}",
            "draft": {**_place(result, span.start, span.end), "sentences": list(span.sentences), "text": span.draft},
            "reference": span.reference, "source": span.source,
            "similarity_reference": _round(span.similarity_reference), "similarity_source": _round(span.similarity_source),
        })
    return rows


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def where(result: CheckResult, finding: Finding) -> str:
    line, column = result.draft.position(finding.start)
    return f"{line}:{column}"


def render_check_markdown(results: Sequence[CheckResult]) -> str:
    lines: list[str] = []
    for result in results:
        draft = result.draft.path or "draft"
        lines += [f"# Check: {md(draft)}", "",
                  f"{result.source_lang}→{result.target_lang}, against {md(result.against)}; "
                  f"{len(result.draft.sentences)} draft sentences, {_span_summary(result)}.", "",
                  "| kind | findings |", "|---|---:|"]
        lines += [f"| {kind} | {count} |" for kind, count in result.counts().items()]
        lines += ["", "| severity | kind | line:col | segments | finding |", "|---|---|---|---|---|"]
        for finding in result.findings:
            lines.append(f"| {finding.severity} | {finding.kind} | {where(result, finding)} | "
                         f"{md(', '.join(finding.ids))} | {md(finding.message)} |")
        if not result.findings:
            lines.append("| | | | | no findings |")
        lines.append("")
    return "\n".join(lines)


def _span_summary(result: CheckResult) -> str:
    omitted = sum(1 for span in result.spans if span.ids and not span.sentences)
    added = sum(1 for span in result.spans if span.sentences and not span.ids)
    aligned = sum(1 for span in result.spans if span.aligned)
    return f"{aligned} aligned spans, {omitted} segment(s) without draft text, {added} draft sentence(s) without a segment"


def write_check_reports(results: Sequence[CheckResult], out_dir: str | Path) -> list[Path]:
    """With several results (`refs check` on both sides), rows carry the side they belong to."""
    findings, alignment = [], []
    for result in results:
        side = {"draft_lang": result.target_lang} if len(results) > 1 else {}
        findings += [{**side, **row} for row in finding_rows(result)]
        alignment += [{**side, **row} for row in alignment_rows(result)]
    return write_files(out_dir, {
        "findings.jsonl": dump_jsonl(findings),
        "alignment.jsonl": dump_jsonl(alignment),
        "summary.md": render_check_markdown(results),
        "report.html": render_check_html(results),
    })

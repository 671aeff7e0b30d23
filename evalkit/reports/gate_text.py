"""The gate's verdict as text: styled for the terminal, plain for an AssertionError.

Every rule with its numbers, passed, failed or skipped, then the failing segments,
worst first: id, file line, scores with the baseline's, what is wrong, and excerpts.
"""

from __future__ import annotations

from collections import Counter

from rich.text import Text

from ..gate import FAIL, PASS, SKIP, Finding, Verdict
from .escape import visible

EXCERPT = 160
_STYLES = {PASS: "green", FAIL: "bold red"}


def excerpt(text: str | None, limit: int = EXCERPT) -> str:
    if text is None:
        return "(none)"
    text = " ".join(text.split())
    if not text:
        return "(empty)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def headline(verdict: Verdict) -> str:
    ref = verdict.reference
    pair = f", {ref.source_lang}-{ref.target_lang}" if ref.source_lang and ref.target_lang else ""
    baseline = f"; baseline {verdict.baseline}" if verdict.baseline else ""
    return f"{ref.name}: {ref.n_segments} segments{pair}; metrics {', '.join(verdict.metrics)}{baseline}"


def conclusion(verdict: Verdict) -> str:
    counts = Counter(o.status for o in verdict.outcomes)
    tally = ", ".join(f"{counts[s]} {word}" for s, word in ((FAIL, "failed"), (PASS, "passed"), (SKIP, "skipped"))
                      if counts[s])
    return f"{'PASSED' if verdict.passed else 'FAILED'}: {tally} (rule checks)"


def finding_scores(finding: Finding) -> str:
    parts = []
    for metric, score in finding.scores.items():
        base = (finding.baseline_scores or {}).get(metric)
        parts.append(f"{metric} {score:.2f}" + (f" (baseline {base:.2f})" if base is not None else ""))
    return ", ".join(parts)


def finding_place(finding: Finding) -> str:
    return f"{finding.path}:{finding.line}" if finding.path and finding.line else f"segment {finding.index + 1}"


def render_verdict(verdict: Verdict, *, max_findings: int | None = None) -> list[Text]:
    lines = [Text(visible(f"evalkit gate: {headline(verdict)}"), style="bold")]
    width = max((len(o.rule) for o in verdict.outcomes), default=0)
    for system, path in verdict.systems.items():
        lines.append(Text(visible(system + (f" ({path})" if path else "")), style="bold"))
        for outcome in (o for o in verdict.outcomes if o.system == system):
            line = Text("  ")
            line.append(f"{outcome.status.upper():4}", style=_STYLES.get(outcome.status, "dim"))
            line.append(visible(f"  {outcome.rule:<{width}}  {outcome.detail}"))
            lines.append(line)
    findings = verdict.findings if max_findings is None else verdict.findings[:max_findings]
    if findings:
        lines.append(Text(visible(f"Failing segments, worst first by {verdict.metrics[0]}")
                          + (f" ({len(findings)} of {len(verdict.findings)})"
                             if len(findings) < len(verdict.findings) else "") + ":", style="bold"))
    for finding in findings:
        lines.append(Text(visible(f"  {finding.system} {finding.id} ({finding_place(finding)}): "
                                  f"{finding_scores(finding)}")))
        for rule, problem in finding.problems:
            line = Text("    ")
            line.append("FAIL", style=_STYLES[FAIL])
            line.append(visible(f" {rule}: {problem}"))
            lines.append(line)
        if finding.source is not None:
            lines.append(Text(visible(f"    src: {excerpt(finding.source)}"), style="dim"))
        if finding.reference is not None:
            lines.append(Text(visible(f"    ref: {excerpt(finding.reference)}"), style="dim"))
        lines.append(Text(visible(f"    hyp: {excerpt(finding.candidate)}")))
    lines.append(Text(conclusion(verdict), style=_STYLES[PASS if verdict.passed else FAIL]))
    return lines


def verdict_text(verdict: Verdict, *, max_findings: int | None = None) -> str:
    return "\n".join(line.plain for line in render_verdict(verdict, max_findings=max_findings))

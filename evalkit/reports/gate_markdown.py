"""The gate's verdict as Markdown: a pull-request comment or a GitHub job summary."""

from __future__ import annotations

from ..gate import FAIL, PASS, Verdict
from .escape import html_text, md
from .gate_text import conclusion, excerpt, finding_place, finding_scores, headline

# A pull-request comment holds at most 65,536 characters.
MAX_FINDINGS = 50
EXCERPT = 100
_MARKS = {PASS: "✅", FAIL: "❌"}


def render_gate_markdown(verdict: Verdict) -> str:
    lines = [
        f"## evalkit gate {_MARKS[PASS] if verdict.passed else _MARKS[FAIL]} {conclusion(verdict)}",
        "",
        md(headline(verdict)),
        "",
        "| | system | rule | result |",
        "|---|---|---|---|",
    ]
    for outcome in verdict.outcomes:
        lines.append(f"| {_MARKS.get(outcome.status, '➖')} | {md(outcome.system)} | {md(outcome.rule)} | "
                     f"{md(outcome.detail)} |")
    if verdict.findings:
        shown = verdict.findings[:MAX_FINDINGS]
        more = f", the first {len(shown)}" if len(shown) < len(verdict.findings) else ""
        lines += ["", f"<details open><summary>Failing segments ({len(verdict.findings)}{more}), worst first by "
                      f"{html_text(verdict.metrics[0])}</summary>", "",
                  "| system | segment | problems | scores | reference | candidate |",
                  "|---|---|---|---|---|---|"]
        for finding in shown:
            problems = "<br>".join(md(f"{rule}: {problem}") for rule, problem in finding.problems)
            lines.append(f"| {md(finding.system)} | {md(finding.id)} ({md(finding_place(finding))}) | "
                         f"{problems} | {md(finding_scores(finding))} | "
                         f"{md(excerpt(finding.reference, EXCERPT))} | {md(excerpt(finding.candidate, EXCERPT))} |")
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"

"""The gate's verdict as Markdown: a pull-request comment or a GitHub job summary."""

from __future__ import annotations

import html

from ..gate import FAIL, PASS, Verdict
from .gate_text import conclusion, excerpt, finding_place, finding_scores, headline

# A pull-request comment holds at most 65,536 characters.
MAX_FINDINGS = 50
EXCERPT = 100
_MARKS = {PASS: "✅", FAIL: "❌"}


def _cell(text: str) -> str:
    # candidate text is escaped: a Markdown renderer would otherwise take markup in it as markup
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def render_gate_markdown(verdict: Verdict) -> str:
    lines = [
        f"## evalkit gate {_MARKS[PASS] if verdict.passed else _MARKS[FAIL]} {conclusion(verdict)}",
        "",
        _cell(headline(verdict)),
        "",
        "| | system | rule | result |",
        "|---|---|---|---|",
    ]
    for outcome in verdict.outcomes:
        lines.append(f"| {_MARKS.get(outcome.status, '➖')} | {_cell(outcome.system)} | {_cell(outcome.rule)} | "
                     f"{_cell(outcome.detail)} |")
    if verdict.findings:
        shown = verdict.findings[:MAX_FINDINGS]
        more = f", the first {len(shown)}" if len(shown) < len(verdict.findings) else ""
        lines += ["", f"<details open><summary>Failing segments ({len(verdict.findings)}{more}), worst first by "
                      f"{verdict.metrics[0]}</summary>", "",
                  "| system | segment | problems | scores | reference | candidate |",
                  "|---|---|---|---|---|---|"]
        for finding in shown:
            problems = "<br>".join(_cell(f"{rule}: {problem}") for rule, problem in finding.problems)
            lines.append(f"| {_cell(finding.system)} | {_cell(finding.id)} ({_cell(finding_place(finding))}) | "
                         f"{problems} | {_cell(finding_scores(finding))} | "
                         f"{_cell(excerpt(finding.reference, EXCERPT))} | {_cell(excerpt(finding.candidate, EXCERPT))} |")
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"

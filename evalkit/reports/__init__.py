"""Report writers. All files of a report are staged, then renamed into place together."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..analysis import Analysis
from ..gate import Verdict
from ..scoring import ScoreResult
from ..significance import Leaderboard
from ..textio import atomic_write, dump_json, dump_jsonl, write_files
from .gate_markdown import render_gate_markdown
from .github import append_step_summary
from .html import render_html
from .junit import render_junit
from .markdown import render_markdown
from .summary import SCHEMA, segment_rows, summary


def _csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()


def write_reports(result: ScoreResult, out_dir: str | Path, *, leaderboard: Leaderboard | None = None,
                  analysis: Analysis | None = None) -> list[Path]:
    """With a leaderboard and analysis (several systems, `evalkit score`), summary.json
    gains `significance`, `leaderboard` and `analysis` sections and report.html is written."""
    rows = segment_rows(result)
    data = summary(result)
    if leaderboard is not None:
        data.update(leaderboard.as_json())
    if analysis is not None:
        data["analysis"] = analysis.as_json(result)
    files = {
        "segments.jsonl": dump_jsonl(rows),
        "segments.csv": _csv(rows),
        "summary.md": render_markdown(result, leaderboard, analysis),
    }
    if leaderboard is not None and analysis is not None:
        files["report.html"] = render_html(result, leaderboard, analysis)
    files["summary.json"] = dump_json(data)
    return write_files(out_dir, files)


def write_gate_reports(verdict: Verdict, *, junit: str | Path | None = None, markdown: str | Path | None = None) -> None:
    """The gate's CI outputs: JUnit XML and Markdown where asked (atomically), and the
    Markdown appended to the GitHub job summary when $GITHUB_STEP_SUMMARY is set."""
    if junit:
        atomic_write(junit, render_junit(verdict))
    if markdown:
        atomic_write(markdown, render_gate_markdown(verdict))
    append_step_summary(verdict)


__all__ = ["SCHEMA", "render_gate_markdown", "render_html", "render_junit", "render_markdown", "segment_rows", "summary",
           "write_gate_reports", "write_reports"]

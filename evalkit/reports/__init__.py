"""Report writers. All files of a report are staged, then renamed into place together."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..analysis import Analysis
from ..scoring import ScoreResult
from ..significance import Leaderboard
from ..textio import dump_json, dump_jsonl, write_files
from .html import render_html
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


__all__ = ["SCHEMA", "render_html", "render_markdown", "segment_rows", "summary", "write_reports"]

"""Report writers. All files of a report are staged, then renamed into place together."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..analysis import Analysis
from ..scoring import ScoreResult
from ..significance import Leaderboard
from ..textio import check_unicode, dump_json, dump_jsonl, write_files
from .html import render_html
from .markdown import render_markdown
from .summary import SCHEMA, segment_rows, summary

# Every file `write_reports` writes (with a leaderboard and analysis), in the order the CLI lists them.
REPORT_FILES = ("summary.json", "summary.md", "report.html", "segments.jsonl", "segments.csv")


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A text cell a spreadsheet shows as text: a leading apostrophe before a formula
    character, which Excel and LibreOffice treat as "this is text" (OWASP's advice).
    Numbers stay numbers; segments.jsonl keeps every text exactly."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()


def _check_texts(result: ScoreResult) -> None:
    """Texts given through the API are not checked like files are: refuse what cannot be
    written (a lone surrogate) by system and segment, before anything is written."""
    streams = [("reference", stream) for stream in result.references]
    streams += [("source", result.sources)] if result.sources is not None else []
    streams += [(f"system {system.name!r}", system.hypotheses) for system in result.systems]
    for what, texts in streams:
        check_unicode(what, "a system name")
        for segment_id, text in zip(result.ids, texts):
            check_unicode(segment_id, f"{what}: a segment id")
            check_unicode(text, f"{what}, segment {segment_id!r}")


def write_reports(result: ScoreResult, out_dir: str | Path, *, leaderboard: Leaderboard | None = None,
                  analysis: Analysis | None = None) -> list[Path]:
    """With a leaderboard and analysis (several systems, `evalkit score`), summary.json
    gains `significance`, `leaderboard` and `analysis` sections and report.html is written."""
    _check_texts(result)
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


__all__ = ["REPORT_FILES", "SCHEMA", "render_html", "render_markdown", "segment_rows", "summary", "write_reports"]

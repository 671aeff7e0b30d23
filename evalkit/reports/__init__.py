"""Report writers. All files of a report are staged, then renamed into place together."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..analysis import Analysis
from ..gate import Verdict
from ..scoring import ScoreResult
from ..significance import Leaderboard
from ..textio import atomic_write, batches, check_unicode, dump_json, jsonl_chunks, write_files
from .gate_markdown import render_gate_markdown
from .github import append_step_summary
from .html import render_html
from .junit import render_junit
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


def csv_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """CSV with a header row, a batch of rows at a time (for `atomic_write`); nothing without rows."""
    buffer = io.StringIO()
    # RFC 4180's CRLF: the writer quotes a field holding any character of its line end,
    # so a lone CR inside a text cannot split a row
    writer = csv.writer(buffer, lineterminator="\r\n")
    for number, batch in enumerate(batches(rows)):
        if number == 0:
            writer.writerow(list(batch[0]))
        writer.writerows([csv_cell(value) for value in row.values()] for row in batch)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _check_texts(result: ScoreResult) -> None:
    """Texts given through the API are not checked like files are: refuse what cannot be
    written (a lone surrogate) by system and segment, before anything is written."""
    for name in (system.name for system in result.systems):
        check_unicode(name, "a system name")
    for segment_id in result.ids:
        check_unicode(segment_id, "a segment id")
    streams = [("reference", stream) for stream in result.references]
    streams += [("source", result.sources)] if result.sources is not None else []
    streams += [(f"system {system.name!r}", system.hypotheses) for system in result.systems]
    for what, texts in streams:
        for segment_id, text in zip(result.ids, texts):
            check_unicode(text, f"{what}, segment {segment_id!r}")


def write_reports(result: ScoreResult, out_dir: str | Path, *, leaderboard: Leaderboard | None = None,
                  analysis: Analysis | None = None) -> list[Path]:
    """With a leaderboard and analysis (several systems, `evalkit score`), summary.json
    gains `significance`, `leaderboard` and `analysis` sections and report.html is written."""
    _check_texts(result)  # the segment files are streamed: nothing may fail half-way
    data = summary(result)
    if leaderboard is not None:
        data.update(leaderboard.as_json())
    if analysis is not None:
        data["analysis"] = analysis.as_json(result)
    files = {
        "segments.jsonl": jsonl_chunks(segment_rows(result)),
        "segments.csv": csv_chunks(segment_rows(result)),
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


__all__ = ["REPORT_FILES", "SCHEMA", "render_gate_markdown", "render_html", "render_junit", "render_markdown",
           "segment_rows", "summary", "write_gate_reports", "write_reports"]

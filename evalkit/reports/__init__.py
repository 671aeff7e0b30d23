"""Report writers. Each file is written atomically; summary.json is written last."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..scoring import ScoreResult
from ..textio import atomic_write, dump_json, dump_jsonl
from .markdown import render_markdown
from .summary import SCHEMA, segment_rows, summary


def _csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()


def write_reports(result: ScoreResult, out_dir: str | Path) -> list[Path]:
    out = Path(out_dir)
    rows = segment_rows(result)
    files = {
        "segments.jsonl": dump_jsonl(rows),
        "segments.csv": _csv(rows),
        "summary.md": render_markdown(result),
        "summary.json": dump_json(summary(result)),
    }
    written = []
    for name, text in files.items():
        atomic_write(out / name, text)
        written.append(out / name)
    return written


__all__ = ["SCHEMA", "render_markdown", "segment_rows", "summary", "write_reports"]

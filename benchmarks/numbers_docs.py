"""Put the numbers guard's real-data results into the docs, from the benchmark's own output.

    PYTHONPATH=. python3 benchmarks/numbers_realdata.py ... --markdown > results.md
    python3 benchmarks/numbers_docs.py results.md

rewrites, in place:
- docs/checking.md: the results table and the by-case table, each replaced whole by the
  table of the output whose first header cells are the same ("| data | mode | n |",
  "| case | severity |");
- docs/gating.md: the per-round table of the blind sets, one row per line of
  benchmarks/data/numbers_docs_rows.tsv (its label, the output row and mode it quotes, the
  round that judged it, whose cell is bold), each cell the output's "P / R" for that round,
  the label's "{errors}" and "{n}" the row's error and segment counts.

The per-round table takes the output's issue 14 column, each round's from round 4 on, and
now's. Prose around the tables (the per-round summary, the pooled line, the target
paragraph) is written by hand from the same output. A table the output or a doc lacks, a
column or a row of the mapping the output lacks, is an error: the docs are left as they
were.
"""
from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKING = ROOT / "docs" / "checking.md"
GATING = ROOT / "docs" / "gating.md"
ROWS = ROOT / "benchmarks" / "data" / "numbers_docs_rows.tsv"
REPLACED = (("data", "mode", "n"), ("case", "severity"))  # docs/checking.md's tables, by header
PER_ROUND = ("data", "mode", "issue 14: P / R")  # docs/gating.md's table
_CELL = re.compile(r"^(-|\d\.\d\d) / (-|\d\.\d\d) \(\d+\)$")  # "P / R (flagged)"


class DocsError(Exception):
    """The output and the docs do not fit together; nothing is written."""


@dataclass(frozen=True)
class Table:
    start: int  # index of the header line
    end: int  # index after the last row
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def column(self, name: str) -> int:
        return self.header.index(name)


@dataclass(frozen=True)
class Row:
    label: str  # what docs/gating.md calls the row: "{errors}" and "{n}" are filled in
    quotes: str  # the output row's first cell
    mode: str
    judged_by: str  # "round N", or "" for a row no round judged (development, held out)


def cells(line: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in line.strip().strip("|").split("|"))


def tables(lines: Sequence[str]) -> list[Table]:
    """Every Markdown table: a "|" line followed by a "|---" line and its "|" rows."""
    found = []
    i = 0
    while i < len(lines) - 1:
        if lines[i].startswith("|") and lines[i + 1].startswith("|---"):
            end = i + 2
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            found.append(Table(i, end, cells(lines[i]), tuple(cells(line) for line in lines[i + 2:end])))
            i = end
        else:
            i += 1
    return found


def find(found: Sequence[Table], prefix: Sequence[str], where: str) -> Table:
    matching = [t for t in found if t.header[:len(prefix)] == tuple(prefix)]
    if len(matching) != 1:
        raise DocsError(f"{where}: {len(matching)} tables begin with | {' | '.join(prefix)} |, not one")
    return matching[0]


def read_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [Row(r["label"], r["quotes"], r["mode"], r["judged_by"])
                for r in csv.DictReader(handle, delimiter="\t")]


def _pr(cell: str, where: str) -> str:
    match = _CELL.match(cell)
    if not match:
        raise DocsError(f"{where}: '{cell}' is not 'P / R (flagged)'")
    return f"{match[1]} / {match[2]}"


def per_round(results: Table, rows: Sequence[Row]) -> list[str]:
    """docs/gating.md's table: issue 14's guard, rounds 4 on, and now, for each mapped row."""
    rounds = [h for h in results.header if re.fullmatch(r"round (\d+) \(\w+\): P / R \(flagged\)", h)
              and int(h.split()[1]) >= 4]
    issue14 = [h for h in results.header if h.startswith("issue 14 (")]
    if len(issue14) != 1 or "now: P / R (flagged)" not in results.header:
        raise DocsError("the output's results table needs one issue 14 column and a now column")
    columns = issue14 + rounds + ["now: P / R (flagged)"]
    names = ["issue 14"] + [" ".join(h.split()[:2]) for h in rounds] + ["now"]
    by_key = {(r[0], r[1]): r for r in results.rows}
    lines = ["| data | mode | " + " | ".join(f"{name}: P / R" for name in names) + " |",
             "|" + "---|" * (len(names) + 2)]
    for row in rows:
        if row.judged_by and row.judged_by not in names:
            raise DocsError(f"{ROWS.name}: {row.label}: the output has no column {row.judged_by}")
        found = by_key.get((row.quotes, row.mode))
        if found is None:
            raise DocsError(f"{ROWS.name}: the output has no row '{row.quotes}' ({row.mode})")
        where = f"{row.quotes} ({row.mode})"
        values = [_pr(found[results.column(c)], where) for c in columns]
        values = [f"**{v}**" if name == row.judged_by else v for name, v in zip(names, values)]
        n, errors = int(found[results.column("n")]), int(found[results.column("errors")])
        label = row.label.format(errors=f"{errors:,}", n=f"{n:,}")
        lines.append(f"| {label} | {row.mode} | " + " | ".join(values) + " |")
    return lines


def rewrite(checking: str, gating: str, output: str, rows: Sequence[Row]) -> tuple[str, str]:
    """The two docs with their tables taken from the output (their other lines as they were)."""
    out_lines = output.splitlines()
    out_tables = tables(out_lines)
    check_lines = checking.splitlines()
    for prefix in REPLACED:
        old = find(tables(check_lines), prefix, "docs/checking.md")
        new = find(out_tables, prefix, "the output")
        check_lines[old.start:old.end] = out_lines[new.start:new.end]
    gate_lines = gating.splitlines()
    old = find(tables(gate_lines), PER_ROUND, "docs/gating.md")
    gate_lines[old.start:old.end] = per_round(find(out_tables, REPLACED[0], "the output"), rows)
    return "\n".join(check_lines) + "\n", "\n".join(gate_lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="numbers_realdata.py --markdown's output")
    parser.add_argument("--rows", type=Path, default=ROWS, help="docs/gating.md's rows")
    args = parser.parse_args(argv)
    try:
        checking, gating = rewrite(CHECKING.read_text(encoding="utf-8"), GATING.read_text(encoding="utf-8"),
                                   args.output.read_text(encoding="utf-8"), read_rows(args.rows))
    except (OSError, DocsError, KeyError, ValueError) as error:
        print(f"numbers_docs: {error}", file=sys.stderr)
        return 1
    written = [(path, path.with_name(path.name + ".new")) for path in (CHECKING, GATING)]
    for (_, new), text in zip(written, (checking, gating)):
        new.write_text(text, encoding="utf-8")
    for path, new in written:  # both written before either replaces its doc
        os.replace(new, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

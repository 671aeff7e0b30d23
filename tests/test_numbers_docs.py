"""benchmarks/numbers_docs.py: the docs' numbers tables come from the benchmark's output."""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import numbers_docs as docs  # noqa: E402
import numbers_realdata as realdata  # noqa: E402

OUTPUT = """\
| data | mode | n | errors | issue 14 (a5faf3e): P / R (flagged) | round 1 (4dbf3a6): P / R (flagged) | \
round 4 (8da0593): P / R (flagged) | round 5 (092a009): P / R (flagged) | now: P / R (flagged) |
|---|---|---|---|---|---|---|---|---|
| **set A** | source | 1200 | 7 | 0.10 / 0.50 (30) | 0.20 / 0.60 (20) | 0.30 / 0.70 (15) | 0.40 / 0.80 (10) | \
0.50 / 0.90 (9) |
| **set A** | reference | 1200 | 7 | 0.11 / 0.51 (31) | 0.21 / 0.61 (21) | 0.31 / 0.71 (16) | - / 0.00 (0) | \
1.00 / 1.00 (7) |
| set B | source | 50 | 0 | 0.00 / - (3) | 0.00 / - (2) | 0.00 / - (1) | - / - (0) | - / - (0) |

Blind, pooled: a line of prose

| case | severity | now: source |
|---|---|---|
| unit | high | 1.00 (5/5) |
"""
CHECKING = """\
# Checking

| data | mode | n | errors | old |
|---|---|---|---|---|
| old row | source | 1 | 0 | - |

prose stays

| case | severity | old |
|---|---|---|
| unit | high | - |

| other | table |
|---|---|
| kept | as it was |
"""
GATING = """\
text before

| data | mode | issue 14: P / R | stale |
|---|---|---|---|
| stale | source | - | - |

text after
"""
ROWS = [docs.Row("set A ({errors} errors in {n} segments)", "**set A**", "source", "round 5"),
        docs.Row("set A", "**set A**", "reference", ""),
        docs.Row("B, {n} segments", "set B", "source", "round 4")]


def test_both_docs_take_the_output_tables_and_keep_everything_else():
    checking, gating = docs.rewrite(CHECKING, GATING, OUTPUT, ROWS)
    out = OUTPUT.splitlines()
    assert checking.splitlines() == ["# Checking", "", *out[:5], "", "prose stays", "", *out[8:11], "",
                                     "| other | table |", "|---|---|", "| kept | as it was |"]
    assert gating.splitlines() == [
        "text before", "",
        "| data | mode | issue 14: P / R | round 4: P / R | round 5: P / R | now: P / R |",
        "|---|---|---|---|---|---|",
        "| set A (7 errors in 1,200 segments) | source | 0.10 / 0.50 | 0.30 / 0.70 | **0.40 / 0.80** | 0.50 / 0.90 |",
        "| set A | reference | 0.11 / 0.51 | 0.31 / 0.71 | - / 0.00 | 1.00 / 1.00 |",
        "| B, 50 segments | source | 0.00 / - | **0.00 / -** | - / - | - / - |",
        "", "text after"]


@pytest.mark.parametrize("change, message", [
    (lambda o, c, g, r: (o.replace("| case | severity | now: source |", "| kind | severity |"), c, g, r),
     "the output: 0 tables begin with | case | severity |"),
    (lambda o, c, g, r: (o, c + "\n| case | severity |\n|---|---|\n", g, r),
     "docs/checking.md: 2 tables begin with | case | severity |"),
    (lambda o, c, g, r: (o, c, g.replace("issue 14: P / R", "issue 14"), r),
     "docs/gating.md: 0 tables begin with | data | mode | issue 14: P / R |"),
    (lambda o, c, g, r: (o, c, g, [*r, docs.Row("x", "**set C**", "source", "")]),
     "the output has no row '**set C**' (source)"),
    (lambda o, c, g, r: (o, c, g, [docs.Row("x", "**set A**", "reference", "round 6")]),
     "the output has no column round 6"),
    (lambda o, c, g, r: (o.replace("issue 14 (a5faf3e)", "issue 15 (a5faf3e)"), c, g, r),
     "the output's results table needs one issue 14 column and a now column"),
    (lambda o, c, g, r: (o.replace("| now: P / R (flagged) |", "| then: P / R (flagged) |"), c, g, r),
     "the output's results table needs one issue 14 column and a now column"),
    (lambda o, c, g, r: (o.replace("0.30 / 0.70 (15)", "0.30 / 0.70"), c, g, r),
     "**set A** (source): '0.30 / 0.70' is not 'P / R (flagged)'"),
])
def test_what_does_not_fit_is_an_error(change, message):
    output, checking, gating, rows = change(OUTPUT, CHECKING, GATING, ROWS)
    with pytest.raises(docs.DocsError, match=re.escape(message)):
        docs.rewrite(checking, gating, output, rows)


def test_the_cli_writes_both_docs_or_neither(tmp_path, monkeypatch, capsys):
    checking, gating, rows = tmp_path / "checking.md", tmp_path / "gating.md", tmp_path / "rows.tsv"
    checking.write_text(CHECKING, encoding="utf-8")
    gating.write_text(GATING, encoding="utf-8")
    rows.write_text("label\tquotes\tmode\tjudged_by\nset A\t**set A**\tsource\tround 4\n", encoding="utf-8")
    monkeypatch.setattr(docs, "CHECKING", checking)
    monkeypatch.setattr(docs, "GATING", gating)
    output = tmp_path / "results.md"
    output.write_text(OUTPUT.replace("| case |", "| kind |"), encoding="utf-8")
    assert docs.main([str(output), "--rows", str(rows)]) == 1
    assert capsys.readouterr().err == "numbers_docs: the output: 0 tables begin with | case | severity |, not one\n"
    assert checking.read_text(encoding="utf-8") == CHECKING and gating.read_text(encoding="utf-8") == GATING
    output.write_text(OUTPUT, encoding="utf-8")
    assert docs.main([str(output), "--rows", str(rows)]) == 0
    assert "| set A | source | 0.10 / 0.50 | **0.30 / 0.70** | 0.40 / 0.80 | 0.50 / 0.90 |" in gating.read_text(
        encoding="utf-8")
    assert "| set B | source | 50 |" in checking.read_text(encoding="utf-8")
    assert docs.main([str(tmp_path / "missing.md"), "--rows", str(rows)]) == 1
    assert capsys.readouterr().err.startswith("numbers_docs: [Errno 2]")


def test_the_docs_gating_table_is_the_checking_tables_numbers(tmp_path):
    """The real docs: docs/checking.md's results table, read as the benchmark's output, gives
    docs/gating.md's per-round table back unchanged, row for row through the mapping."""
    checking = (ROOT / "docs" / "checking.md").read_text(encoding="utf-8")
    gating = (ROOT / "docs" / "gating.md").read_text(encoding="utf-8")
    assert docs.rewrite(checking, gating, checking, docs.read_rows(docs.ROWS)) == (checking, gating)


def test_every_blind_set_has_its_row_in_the_per_round_table_under_its_own_round():
    """One row (per mode) for each half of each blind set, bold in its judging round's column; rounds 4
    and 5, the first, show their zh-en halves only."""
    rows = docs.read_rows(docs.ROWS)
    judged = {(r.quotes, r.mode): r.judged_by.replace(" ", "") for r in rows if r.judged_by}
    halves = Counter(judge for judge in {quotes: judge for (quotes, _), judge in judged.items()}.values())
    assert halves == Counter(realdata.JUDGED_BY.values()) - Counter({"round4": 1, "round5": 1})

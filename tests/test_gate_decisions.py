"""The gate's rules as a decision table: every cell of tests/data/gate_decisions.md is a test.

Boundaries are exact: a threshold, margin or alpha is set to the very score, drop or
p-value the rule will see (or the next float either side), so "at" means equal, not near.
docs/gating.md shows the same tables, checked here to be the file's text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

import evalkit
from evalkit.baseline import baseline_from, load_baseline, write_baseline
from evalkit.config import parse_rules
from evalkit.gate import check

DATA = Path(__file__).resolve().parent / "data" / "gate_decisions.md"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "gating.md"

REFS = [
    "the cat sat on the mat all afternoon", "a dog barked twice at night", "rain fell all day long",
    "the meeting starts at nine tomorrow", "she reads a book every evening", "the train was late again",
    "we planted trees along the river", "the shop closes early on sundays", "he fixed the old bicycle",
    "children played in the park", "the soup needs more salt", "our team won the final match",
]
SECOND = [  # another reference for each segment, worded differently
    "the cat was sitting on the mat all afternoon", "a dog barked two times in the night", "it rained all day",
    "tomorrow the meeting begins at nine", "every evening she reads a book", "once more the train was late",
    "we planted trees by the river", "on sundays the shop closes early", "he repaired the old bike",
    "kids played in the park", "the soup wants more salt", "our team won the final game",
]
GOOD = [  # close to the references
    "the cat sat on a mat all afternoon", "a dog barked twice in the night", "rain fell all day",
    "the meeting begins at nine tomorrow", "she reads a book each evening", "the train was late again",
    "we planted trees along the river", "the shop closes early on sunday", "he fixed the old bike",
    "children played in the park", "the soup needs more salt", "our team won the final game",
]
WORSE = [  # a real drop on most segments
    "cat on mat", "dog barked", "rain day", "meeting tomorrow nine", "she book evening", "train late",
    "trees river", "shop sunday", "bicycle old fixed", "children park", "soup salt", "team won",
]


@dataclass(frozen=True)
class Cell:
    rule: str
    keys: tuple[str, ...]  # the row's first columns: metric and operator, references, drop ...
    column: str  # the boundary
    verdict: str

    @property
    def id(self) -> str:
        return " / ".join((self.rule, *self.keys, self.column))


def read_cells(text: str) -> list[Cell]:
    cells, rule, header = [], None, None
    for line in text.splitlines():
        heading = re.match(r"#### `([^`]+)`", line)
        if heading:
            rule, header = heading.group(1), None
        elif line.startswith("|") and not line.startswith("|---"):
            row = [cell.strip() for cell in line.strip("|").split("|")]
            if header is None:
                header = row
                continue
            first = next(i for i, cell in enumerate(row) if cell in ("pass", "fail", ""))
            cells += [Cell(rule, tuple(row[:first]), header[i], row[i]) for i in range(first, len(row)) if row[i]]
    return cells


CELLS = read_cells(DATA.read_text(encoding="utf-8"))


def references(n: str) -> list[str] | list[list[str]]:
    return REFS if n == "1" else [REFS, SECOND]


@lru_cache(maxsize=None)
def scored(texts: str, n_refs: str) -> evalkit.ScoreResult:
    hyps = GOOD if texts == "good" else WORSE
    return evalkit.score_texts({"mt": hyps}, references=references(n_refs), metrics=["chrf", "ter"],
                               resamples=200, use_cache=False)


def verdict(result: evalkit.ScoreResult, rules: dict, baseline=None, rule: str | None = None) -> str:
    outcomes = check(result, parse_rules(rules), baseline).outcomes
    return next(o.status for o in outcomes if rule is None or o.rule == rule)


def exact(value: float) -> str:
    return repr(float(value))  # what TOML or a rules dict would give back bit for bit


def next_to(value: float, boundary: str) -> float:
    """The threshold that puts `value` below, at or above it."""
    return {"below": math.nextafter(value, math.inf), "at": value, "above": math.nextafter(value, -math.inf)}[boundary]


def floor_verdict(cell: Cell) -> str:
    operator_, n_refs = cell.keys
    metric, op = operator_.split()
    result = scored("good", n_refs)
    threshold = next_to(result.systems[0].corpus[metric], cell.column)
    return verdict(result, {"floors": {metric: f"{op} {exact(threshold)}"}})


def segment_floor_verdict(cell: Cell) -> str:
    operator_, n_refs = cell.keys
    metric, op = operator_.split()
    result = scored("worse", n_refs)
    scores = result.systems[0].segments[metric]
    worst = max(scores) if metric == "ter" else min(scores)
    threshold = next_to(worst, cell.column)
    return verdict(result, {"segments": {"floors": {metric: f"{op} {exact(threshold)}"}}})


def regression_verdict(cell: Cell, tmp_path: Path) -> str:
    metric, n_refs, drop = cell.keys
    before, after = ("worse", "good") if drop == "rise" else ("good", "worse")
    baseline = load_baseline(write_baseline(baseline_from(scored(before, n_refs), tmp_path / "b.json")))
    result = scored(after, n_refs)
    base, score = scored(before, n_refs).systems[0].corpus[metric], result.systems[0].corpus[metric]
    change = score - base if metric == "ter" else base - score
    assert (change < 0) == (drop == "rise")  # the data must give the drop the row is about
    margin = {"rise": 1.0, "inside the margin": math.nextafter(change, math.inf), "at the margin": change,
              "beyond the margin": math.nextafter(change, 0.0)}[drop]
    probe = check(result, parse_rules({"regression": {"metrics": [metric]}}), baseline).outcomes[0]
    p = probe.p_value
    assert 0 < p < 1
    alpha = {"p < alpha": math.nextafter(p, 1.0), "p = alpha": p, "p > alpha": math.nextafter(p, 0.0)}[cell.column]
    return verdict(result, {"regression": {"metrics": [metric], "margin": margin, "alpha": alpha}}, baseline)


NUMBERS = {  # (references, candidate) for each column
    "the same as the first": (["It costs 5 dollars.", "It costs 7 dollars."], "It now costs 5 dollars."),
    "the same as the second": (["It costs 5 dollars.", "It costs 7 dollars."], "It now costs 7 dollars."),
    "the same as both": (["It costs 5 dollars.", "The cost is 5 dollars."], "It now costs 5 dollars."),
    "the same as none": (["It costs 5 dollars.", "It costs 7 dollars."], "It now costs 9 dollars."),
}
EMPTY = {
    "candidate empty, every reference has text": (["The meeting is on Monday.", "We meet on Monday."], ""),
    "candidate empty, only the second reference has text": (["", "We meet on Monday."], ""),
    "candidate empty, every reference empty": (["", ""], ""),
    "candidate has text": (["The meeting is on Monday.", "We meet on Monday."], "The meeting is Monday."),
}


def segment_guard_verdict(cell: Cell, table: dict, rules: dict, rule: str) -> str:
    (n_refs,) = cell.keys
    refs, candidate = table[cell.column]
    streams = [[r] for r in refs[:int(n_refs)]]
    result = evalkit.score_texts({"mt": [candidate]}, references=streams if len(streams) > 1 else streams[0],
                                 metrics=["chrf"], significance="none", use_cache=False)
    return verdict(result, {"segments": rules}, rule=rule)


@pytest.mark.parametrize("cell", CELLS, ids=[cell.id for cell in CELLS])
def test_every_cell_of_the_decision_table(cell: Cell, tmp_path: Path):
    if cell.rule == "floor":
        found = floor_verdict(cell)
    elif cell.rule == "segment floor":
        found = segment_floor_verdict(cell)
    elif cell.rule == "regression":
        found = regression_verdict(cell, tmp_path)
    elif cell.rule == "numbers":
        found = segment_guard_verdict(cell, NUMBERS, {"numbers": True}, "segments: numbers")
    else:
        assert cell.rule == "empty"
        found = segment_guard_verdict(cell, EMPTY, {"empty": True}, "segments: not empty")
    assert found == cell.verdict


def test_the_table_covers_every_rule_direction_boundary_and_reference_count():
    by_rule = {rule: [c for c in CELLS if c.rule == rule] for rule in ("floor", "segment floor", "regression")}
    for rule, cells in by_rule.items():
        assert {c.keys[0].split()[0] for c in cells} == {"chrf", "ter"}, rule  # both directions
        assert {c.keys[1] for c in cells} == {"1", "2"}, rule  # one reference and several
    assert {c.column for c in by_rule["floor"]} == {"below", "at", "above"}
    assert {c.keys[2] for c in by_rule["regression"]} == {"rise", "inside the margin", "at the margin",
                                                          "beyond the margin"}
    assert {c.column for c in by_rule["regression"]} == {"p < alpha", "p = alpha", "p > alpha"}
    assert len(CELLS) == 24 + 24 + 48 + 6 + 7
    # each verdict occurs: a table of passes alone would test nothing
    assert {c.verdict for c in CELLS} == {"pass", "fail"}


def test_docs_show_the_table_as_tested():
    assert DATA.read_text(encoding="utf-8") in DOCS.read_text(encoding="utf-8")


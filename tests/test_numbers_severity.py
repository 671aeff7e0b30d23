"""The `numbers` finding's severity by case, and what `--fail-on` does with it, cell by cell.

A case keeps a severity that fails a build only where its precision on real machine
translation held at 0.8 or more on the development data (docs/checking.md, "Numbers";
`benchmarks/numbers_realdata.py` prints the table and the rule). The table below is that
decision written out: changing a case's severity must change this file too.
"""

from __future__ import annotations

import csv

import pytest
from conftest import DATA

from evalkit.checks import SEVERITIES, AlignedSpan, CheckJob, Draft, FailOn
from evalkit.checks.numbers import SEVERITY
from evalkit.checks.numbers import numbers as numbers_check
from evalkit.numbers.cases import CASES

REAL_CASES = {c["case"]: c for c in csv.DictReader((DATA / "numbers" / "real_cases.tsv").open(encoding="utf-8"),
                                                   delimiter="\t", quoting=csv.QUOTE_NONE)}
# A real machine translation error of each case (tests/data/numbers/README.md gives their origins)
EXAMPLES = {
    "unit": "unit_li_as_miles",
    "digits changed": "magnitude_1_92_wan",
    "date or time": "dropped_dateline",
    "digits missing": "dropped_fine",
    "digits added": "covid_as_age",
    "numerals or words": "medicine_as_ten_drops",
}

# case, its severity, and whether a finding of it fails: --fail-on numbers, numbers:high,
# numbers:medium, numbers:low, and another kind named (omission)
DECISIONS = [
    ("unit", "high", "fail", "fail", "fail", "fail", "pass"),
    ("digits changed", "low", "pass", "pass", "pass", "fail", "pass"),
    ("date or time", "low", "pass", "pass", "pass", "fail", "pass"),
    ("digits missing", "low", "pass", "pass", "pass", "fail", "pass"),
    ("digits added", "low", "pass", "pass", "pass", "fail", "pass"),
    ("numerals or words", "low", "pass", "pass", "pass", "fail", "pass"),
]
SPECS = ("numbers", "numbers:high", "numbers:medium", "numbers:low", "omission")


def _finding(name: str):
    case = REAL_CASES[name]
    draft = case["candidate"]
    span = AlignedSpan(("s1",), (0,), 0, len(draft), draft, case["references"].split(" ||| ")[0], case["source"])
    (finding,) = numbers_check(CheckJob(Draft(draft, "en", ()), (span,), "zh", "en"))
    return finding


def test_the_table_covers_every_case_once():
    assert [row[0] for row in DECISIONS] == list(CASES) == list(SEVERITY) == list(EXAMPLES)
    assert set(SEVERITY.values()) <= set(SEVERITIES)


@pytest.mark.parametrize("case, severity, verdicts", [(row[0], row[1], row[2:]) for row in DECISIONS],
                         ids=[row[0] for row in DECISIONS])
def test_severity_and_fail_on(case, severity, verdicts):
    finding = _finding(EXAMPLES[case])
    assert finding.details["case"] == case
    assert finding.severity == severity
    assert finding.message.startswith(f"numbers differ ({case}): ")
    for spec, verdict in zip(SPECS, verdicts, strict=True):
        assert FailOn.parse(spec).fails(finding) == (verdict == "fail"), spec

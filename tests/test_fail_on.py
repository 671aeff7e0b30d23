"""`--fail-on KIND[:SEVERITY]`: which findings fail a check (evalkit/checks/fail_on.py)."""

from __future__ import annotations

import pytest

from evalkit.checks import FailOn, Finding
from evalkit.errors import ConfigError

# the decision table of evalkit/checks/fail_on.py: option -> severity -> fails
TABLE = {
    "omission": {"high": True, "medium": True, "low": False},
    "omission:high": {"high": True, "medium": False, "low": False},
    "omission:medium": {"high": True, "medium": True, "low": False},
    "omission:low": {"high": True, "medium": True, "low": True},
}


@pytest.mark.parametrize("option", TABLE)
@pytest.mark.parametrize("severity", ["high", "medium", "low"])
@pytest.mark.parametrize("named", [True, False])
def test_every_cell_of_the_decision_table(option, severity, named):
    finding = Finding("omission" if named else "addition", severity, "m")
    fail_on = FailOn.parse(option)
    assert fail_on.fails(finding) is (named and TABLE[option][severity])
    # a finding of a named kind either fails or is reported as advisory, never both
    assert (fail_on.advisory([finding]) == [finding]) is (named and not TABLE[option][severity])


def test_several_kinds_each_with_its_own_severity():
    fail_on = FailOn.parse(" weak:low , numbers:high,omission ")
    assert str(fail_on) == "weak:low,numbers:high,omission"
    assert fail_on.fails(Finding("weak", "low", "m"))
    assert not fail_on.fails(Finding("numbers", "medium", "m"))
    assert fail_on.fails(Finding("omission", "medium", "m"))
    assert not fail_on.fails(Finding("addition", "high", "m"))


@pytest.mark.parametrize("spec", [None, "", " , "])
def test_nothing_named_fails_nothing(spec):
    fail_on = FailOn.parse(spec)
    assert not fail_on and not fail_on.fails(Finding("omission", "high", "m"))


@pytest.mark.parametrize("spec, message", [
    ("numbrs", "unknown kind 'numbrs'"),
    ("numbers:critical", "unknown severity 'critical' in 'numbers:critical'"),
    ("numbers:", "unknown severity ''"),
    ("numbers,numbers:low", "numbers is named twice"),
])
def test_bad_specs_are_refused(spec, message):
    with pytest.raises(ConfigError, match=message):
        FailOn.parse(spec)

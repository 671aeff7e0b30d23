"""benchmarks/check_realdata.py end to end on a tiny committed excerpt (tests/data/check_realdata)."""

from __future__ import annotations

import sys

from conftest import DATA, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import check_realdata  # noqa: E402

from evalkit.checks import KINDS  # noqa: E402


def test_the_benchmark_runs_and_counts_every_kind(tmp_path, capsys):
    out = tmp_path / "out"
    assert check_realdata.main(["--data", str(DATA / "check_realdata"), "--sets", "ted-zhen,planted-zhen",
                                "--out", str(out), "--cache-dir", str(tmp_path / "cache")]) == 0
    table = (out / "checking.md").read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"| `{kind}` | ted-zhen |" in table
    # Borderline's 10 segments, each counted once per kind
    assert "| `omission` | ted-zhen | Accuracy/Omission | 10 |" in table
    for planted in ("negation", "swapped neighbours", "all shuffled"):
        assert f"| {planted} | 1 |" in table
    assert "| human translation | planted-zhen | 10 |" in table
    assert (out / "findings.jsonl").exists()

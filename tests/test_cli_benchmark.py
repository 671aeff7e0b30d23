"""`evalkit score` with several systems: exit codes, leaderboard outputs, determinism."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from evalkit.cli import run

from bench_fixtures import REFSET, english_refs, three_systems  # noqa: F401 (fixtures)

SYSTEMS = ("alpha", "beta", "gamma")


def score(three_systems, out, *extra: str) -> tuple[int, str]:
    console = Console(file=io.StringIO(), width=200)
    code = run(["score", *(str(three_systems[s]) for s in SYSTEMS), "--ref", str(REFSET), "--lang", "zh-en",
                "--out", str(out), "--resamples", "200", "--metrics", "bleu,chrf", *extra], console=console)
    return code, console.file.getvalue()


def test_leaderboard_in_terminal_json_and_markdown(three_systems, tmp_path):
    code, shown = score(three_systems, tmp_path, "--baseline", "beta")
    assert code == 0
    assert "p=" in shown and "baseline" in shown and "±" in shown
    data = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert data["significance"]["baseline"] == "beta"
    assert data["significance"]["signatures"]["bleu"].endswith("|seed:12345|bs:200")
    board = {row["system"]: row for row in data["leaderboard"]}
    assert set(board) == set(SYSTEMS) and board["beta"]["baseline"]
    assert board["beta"]["metrics"]["bleu"]["p_value"] is None
    assert board["alpha"]["metrics"]["bleu"]["p_value"] is not None
    cell = board["gamma"]["metrics"]["chrf"]
    assert cell["low"] <= cell["score"] <= cell["high"]
    analysis = data["analysis"]
    assert sum(b["n"] for b in analysis["by_length"]) == 79
    assert sum(b["n"] for b in analysis["by_paragraph"]) == 79
    assert {d["system"] for d in analysis["largest_differences"]} == {"alpha", "gamma"}
    markdown = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "| rank | system |" in markdown and "†" in markdown and "(baseline)" in markdown
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '"systems":["alpha","beta","gamma"]' in page and '"baseline":"beta"' in page


def test_same_seed_same_leaderboard_other_seed_differs(three_systems, tmp_path):
    boards = []
    for name, seed in (("a", "5"), ("b", "5"), ("c", "6")):
        assert score(three_systems, tmp_path / name, "--seed", seed)[0] == 0
        boards.append(json.loads((tmp_path / name / "summary.json").read_text(encoding="utf-8"))["leaderboard"])
    assert boards[0] == boards[1] != boards[2]


def test_ar_and_none(three_systems, tmp_path):
    assert score(three_systems, tmp_path / "ar", "--significance", "ar")[0] == 0
    data = json.loads((tmp_path / "ar" / "summary.json").read_text(encoding="utf-8"))
    assert data["significance"]["signatures"]["chrf"].endswith("|seed:12345|ar:200|bs:1000")
    assert score(three_systems, tmp_path / "none", "--significance", "none")[0] == 0
    data = json.loads((tmp_path / "none" / "summary.json").read_text(encoding="utf-8"))
    assert all(c["ci"] is None and c["p_value"] is None for row in data["leaderboard"] for c in row["metrics"].values())


def test_one_system_gets_cis_only(three_systems, tmp_path):
    console = Console(file=io.StringIO(), width=200)
    code = run(["score", str(three_systems["alpha"]), "--ref", str(three_systems["ref"]), "--out", str(tmp_path),
                "--resamples", "100", "--metrics", "bleu,chrf"], console=console)
    assert code == 0
    (row,) = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))["leaderboard"]
    assert row["metrics"]["bleu"] == {"score": 78.0052, "mean": 78.0268, "ci": 2.4087, "low": 75.4875, "high": 80.3048,
                                      "p_value": None, "p_best": None, "cluster": 1, "best": True}


@pytest.mark.parametrize("extra, message", [
    (["--baseline", "nope"], "evalkit: error: unknown --baseline 'nope'; systems: alpha, beta, gamma\n"),
    (["--resamples", "0"], "evalkit: error: --resamples must be between 1 and 100,000, not 0\n"),
])
def test_bad_options_exit_2_with_one_line(three_systems, tmp_path, capsys, extra, message):
    code, _ = score(three_systems, tmp_path, *extra)
    assert code == 2
    assert capsys.readouterr().err == message


def test_unknown_test_is_a_usage_error(three_systems, tmp_path, capsys):
    code, _ = score(three_systems, tmp_path, "--significance", "t-test")
    assert code == 2
    assert capsys.readouterr().err.startswith("evalkit: error: argument --significance: invalid choice: 't-test'")

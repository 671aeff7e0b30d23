"""The whole job of `evalkit score` from Python: evaluate(result) -> leaderboard, analysis, reports."""

from __future__ import annotations

import json

from conftest import REFSET, ROOT

import evalkit

CANDIDATES = [ROOT / "candidates" / "natsec-zh-en" / f"{name}.txt" for name in ("careful", "literal-mt")]


def test_evaluate_writes_what_the_command_line_writes(cli, tmp_path):
    res = cli("score", "--ref", REFSET, "--lang", "zh-en", *CANDIDATES, "--metrics", "bleu,chrf",
              "--resamples", "200", "--out", tmp_path / "cli")
    assert res.code == 0, res.err
    result = evalkit.score(CANDIDATES, ref=REFSET, lang="zh-en", metrics=["bleu", "chrf"], resamples=200)
    evaluation = evalkit.evaluate(result)
    written = evaluation.write(tmp_path / "api")
    assert sorted(p.name for p in written) == sorted(p.name for p in (tmp_path / "cli").iterdir())
    for name in ("summary.json", "summary.md", "segments.jsonl"):
        assert (tmp_path / "api" / name).read_text() == (tmp_path / "cli" / name).read_text()
    summary = json.loads((tmp_path / "api" / "summary.json").read_text())
    assert summary["leaderboard"] == evaluation.leaderboard.as_json()["leaderboard"]
    assert evaluation.leaderboard.cell("literal-mt", "bleu").p_value < 0.05
    assert evaluation.analysis.worst["careful"][0].id == summary["analysis"]["worst_segments"]["careful"][0]["id"]


def test_evaluate_uses_the_significance_settings_the_result_was_scored_with():
    result = evalkit.score_texts({"a": ["the cat sat", "a dog"], "b": ["the cat", "a dog barked"]},
                                 references=["the cat sat", "a dog barked"], metrics=["chrf"], method="ar",
                                 resamples=50, seed=7, baseline="b")
    board = evalkit.evaluate(result).leaderboard
    assert (board.settings.method, board.settings.n_resamples, board.settings.seed, board.baseline) == ("ar", 50, 7, "b")
    assert board.cell("a", "chrf").p_value is not None and board.cell("b", "chrf").p_value is None

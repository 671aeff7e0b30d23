"""Metric plugins without evalkit's code changing: `module:function` specs and entry points.

The toy plugin in tests/plugins/ stands for MetricX, BLEURT or an in-house model; it is
written the way docs/metrics.md tells a third party to write one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from bench_fixtures import english_refs, three_systems  # noqa: F401 (fixtures)

import evalkit
from evalkit.errors import ConfigError
from evalkit.metrics import LOWER_IS_BETTER, parse_metric_names, specs
from evalkit.settings import Settings

PLUGINS = Path(__file__).resolve().parent / "plugins"
OVERLAP = "toy_metric_plugin:make_overlap"


@pytest.fixture(autouse=True)
def _plugin_on_path(monkeypatch):
    monkeypatch.syspath_prepend(str(PLUGINS))
    specs._entry_points.cache_clear()
    specs.resolve_factory.cache_clear()
    yield
    specs._entry_points.cache_clear()
    specs.resolve_factory.cache_clear()


def test_specs_validate_in_settings_and_bad_ones_are_one_line_errors():
    assert Settings(metrics=("BLEU", "comet:/Models/X/model.ckpt", OVERLAP)).metrics == (
        "bleu", "comet:/Models/X/model.ckpt", OVERLAP)  # built-ins case-folded, paths kept as written
    for bad, says in [("comet", "names no model"), ("bertscore:", "names no model"),
                      ("nosuchmodule:make", "unknown metric"), ("bleuu", "unknown metric 'bleuu'")]:
        with pytest.raises(ConfigError, match=says):
            parse_metric_names([bad])


def test_module_function_plugin_joins_leaderboard_significance_and_reports(cli, tmp_path, three_systems):
    out = tmp_path / "report"
    res = cli("score", "--ref", three_systems["ref"], "--metrics", f"bleu,{OVERLAP}", "--out", out,
              three_systems["alpha"], three_systems["beta"], three_systems["gamma"])
    assert res.code == 0, res.err
    summary = json.loads((out / "summary.json").read_text())
    assert summary["metrics"] == ["bleu", OVERLAP]
    board = {row["system"]: row["metrics"][OVERLAP] for row in summary["leaderboard"]}
    assert board["gamma"]["p_value"] < 0.05 and board["gamma"]["cluster"] > 1  # 30% of words dropped
    assert board["alpha"]["ci"] > 0
    assert summary["significance"]["signatures"][OVERLAP].startswith("model:toy-overlap-v1|vs:ref|agg:max|scale:100")
    rows = [json.loads(line) for line in (out / "segments.jsonl").read_text().splitlines()]
    assert all(0 <= row[OVERLAP] <= 100 for row in rows)
    assert OVERLAP in (out / "summary.md").read_text() and OVERLAP in res.out


def test_entry_point_plugin_and_declared_direction(tmp_path, monkeypatch, three_systems):
    dist = tmp_path / "toy_plugins-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: toy-plugins\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(
        "[evalkit.metrics]\noverlap = toy_metric_plugin:make_overlap\nmissing = toy_metric_plugin:make_missing\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    specs._entry_points.cache_clear()
    result = evalkit.score([three_systems["alpha"], three_systems["gamma"]], ref=three_systems["ref"],
                           metrics=["overlap", "missing:any-argument"], significance="none")
    alpha, gamma = result.systems
    assert alpha.corpus["overlap"] > gamma.corpus["overlap"]
    assert alpha.corpus["missing:any-argument"] < gamma.corpus["missing:any-argument"]
    assert "missing:any-argument" in LOWER_IS_BETTER and "overlap" not in LOWER_IS_BETTER
    board = evalkit.significance.build_leaderboard(result, Settings().significance)
    assert board.best["missing:any-argument"] == "alpha"  # fewest missing words wins


def test_scores_are_cached_by_model_and_texts(tmp_path, three_systems):
    systems = [three_systems["alpha"], three_systems["beta"]]
    first = evalkit.score(systems, ref=three_systems["ref"], metrics=[OVERLAP], cache_dir=tmp_path)
    assert first.scorers[OVERLAP].calls > 0 and first.cache_use.recomputed == first.cache_use.total
    second = evalkit.score(systems, ref=three_systems["ref"], metrics=[OVERLAP], cache_dir=tmp_path)
    assert second.scorers[OVERLAP].calls == 0 and second.cache_use.recomputed == 0
    for a, b in zip(first.systems, second.systems):
        assert a.segments[OVERLAP].tolist() == b.segments[OVERLAP].tolist() and a.corpus == b.corpus
    uncached = evalkit.score(systems, ref=three_systems["ref"], metrics=[OVERLAP], cache_dir=tmp_path, use_cache=False)
    assert uncached.scorers[OVERLAP].calls == 2


def test_several_references_take_the_best_and_empty_candidates_score_zero():
    result = evalkit.score_texts({"sys": ["the cat sat", "", "a dog"]},
                                 references=[["the cat sat", "x", "a b c"], ["nothing here", "y", "a dog"]],
                                 metrics=[OVERLAP], use_cache=False, significance="none")
    np.testing.assert_allclose(result.systems[0].segments[OVERLAP], [100.0, 0.0, 100.0])


def test_a_plugin_that_builds_no_metric_is_a_one_line_error(cli, tmp_path, three_systems):
    res = cli("score", "--ref", three_systems["ref"], "--metrics", "toy_metric_plugin:make_broken",
              "--out", tmp_path / "r", three_systems["alpha"])
    assert res.code == 2 and res.err.count("\n") == 1
    assert "built an object without segment_stats" in res.err


def test_plugin_is_not_imported_until_used():
    sys.modules.pop("toy_metric_plugin", None)
    parse_metric_names([OVERLAP])
    assert "toy_metric_plugin" not in sys.modules


def test_summary_md_warns_when_embed_is_the_only_meaning_based_metric():
    from evalkit.reports import render_markdown

    texts = dict(references=["the cat sat on the mat"], use_cache=False, significance="none")
    caveat = "`embed` is the only meaning-based metric here"
    alone = evalkit.score_texts({"s": ["a cat sat on a mat"]}, metrics=["bleu", "embed"], **texts)
    assert caveat in render_markdown(alone)
    for metrics in (["bleu", "chrf"], ["bleu", "embed", OVERLAP]):
        assert caveat not in render_markdown(evalkit.score_texts({"s": ["a cat sat"]}, metrics=metrics, **texts))

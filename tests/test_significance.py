"""Resampling statistics against sacrebleu's own significance module, and determinism."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sacrebleu.metrics import BLEU, CHRF
from sacrebleu.significance import PairedTest

from bench_fixtures import english_refs, three_systems  # noqa: F401 (fixtures)
from evalkit import significance
from evalkit.errors import ConfigError
from evalkit.scoring import score
from evalkit.significance import (SignificanceSettings, ar_mask_chunks, ar_p, bootstrap_chunks, bootstrap_scores,
                                 build_leaderboard)

SYSTEMS = ("alpha", "beta", "gamma")
METRICS = {"bleu": BLEU, "chrf": CHRF}


@pytest.fixture(scope="module")
def result(three_systems):
    return score([three_systems[s] for s in SYSTEMS], ref=three_systems["ref"], metrics=["bleu", "chrf"])


def sacrebleu_paired(three_systems, test: str, n: int, seed: int, monkeypatch):
    monkeypatch.setenv("SACREBLEU_SEED", str(seed))  # PairedTest reads its seed from here
    refs = three_systems["ref"].read_text(encoding="utf-8").splitlines()
    named = [(s, three_systems[s].read_text(encoding="utf-8").splitlines()) for s in SYSTEMS]
    metrics = {name: cls() for name, cls in METRICS.items()}
    _, scores = PairedTest(named, metrics, [refs], test_type=test, n_samples=n)()
    # PairedTest keys its columns by the score's display name (BLEU, chrF2)
    by_display = dict(zip(["BLEU", "chrF2"], METRICS))
    return {by_display[k]: v for k, v in scores.items() if k != "System"}


@pytest.mark.parametrize("seed", [12345, 3])
def test_bootstrap_equals_sacrebleu_paired_bs(result, three_systems, seed, monkeypatch):
    theirs = sacrebleu_paired(three_systems, "bs", 1000, seed, monkeypatch)
    board = build_leaderboard(result, SignificanceSettings(method="bootstrap", resamples=1000, seed=seed))
    p_values = []
    for metric, column in theirs.items():
        for system, expected in zip(SYSTEMS, column):
            cell = board.cell(system, metric)
            assert cell.score == expected.score
            assert cell.p_value == expected.p_value
            # float() of sacrebleu's value (np.float32 for chrF) compares every bit
            assert (cell.mean, cell.ci) == (float(expected.mean), float(expected.ci))
            p_values.append(cell.p_value)
    # the data must exercise both outcomes, or equality would be a weak check
    assert any(p < 0.05 for p in p_values[1:]) and any(p >= 0.05 for p in p_values if p is not None)


def test_ar_equals_sacrebleu_paired_ar(result, three_systems, monkeypatch):
    theirs = sacrebleu_paired(three_systems, "ar", 2000, 12345, monkeypatch)
    board = build_leaderboard(result, SignificanceSettings(method="ar", resamples=2000, seed=12345))
    for metric, column in theirs.items():
        for system, expected in zip(SYSTEMS, column):
            assert board.cell(system, metric).score == expected.score
            assert board.cell(system, metric).p_value == expected.p_value


def test_same_seed_same_numbers_and_parallel_changes_nothing(result):
    serial = build_leaderboard(result, SignificanceSettings(seed=9, resamples=200), jobs=1)
    again = build_leaderboard(result, SignificanceSettings(seed=9, resamples=200), jobs=1)
    parallel = build_leaderboard(result, SignificanceSettings(seed=9, resamples=200), jobs=2)
    other = build_leaderboard(result, SignificanceSettings(seed=10, resamples=200), jobs=1)
    assert serial.cells == again.cells == parallel.cells
    assert serial.cells != other.cells
    assert serial.signatures["bleu"].endswith("|seed:9|bs:200")


def test_ar_parallel_changes_nothing(result):
    settings = dict(method="ar", seed=4, resamples=300)
    assert (build_leaderboard(result, SignificanceSettings(**settings), jobs=1).cells
            == build_leaderboard(result, SignificanceSettings(**settings), jobs=2).cells)


def test_clusters_and_baseline(result):
    board = build_leaderboard(result, SignificanceSettings(baseline="beta", resamples=500))
    assert board.baseline == "beta"
    assert board.cell("beta", "bleu").p_value is None
    for metric in ("bleu", "chrf"):
        best = board.best[metric]
        assert board.cell(best, metric).cluster == 1
        for system in SYSTEMS:
            cell = board.cell(system, metric)
            if system != best:
                # cluster 1 is exactly the systems not significantly different from the best
                assert (cell.cluster == 1) == (cell.p_best >= 0.05)
    # 30% of words dropped is clearly worse; 10% and 11% are not told apart
    assert {s: (board.cell(s, "bleu").cluster, board.cell(s, "chrf").cluster) for s in SYSTEMS} == {
        "alpha": (1, 1), "beta": (1, 1), "gamma": (2, 2)}


def test_unknown_baseline_is_a_config_error(result):
    with pytest.raises(ConfigError, match="unknown --baseline 'nope'"):
        build_leaderboard(result, SignificanceSettings(baseline="nope"))


def test_resampling_uses_only_the_protocol():
    """A mean-aggregated metric (like the embedding ones) resamples through corpus_score."""

    class MeanMetric:
        name = "mean"

        def corpus_score(self, stats: np.ndarray) -> float:
            return float(stats.mean())

    stats = np.linspace(0.0, 1.0, 50).reshape(50, 1)
    indices = np.concatenate(list(bootstrap_chunks(50, 20, seed=1)))
    scores = bootstrap_scores(MeanMetric(), stats, [indices])
    expected = [stats.astype(np.float32)[row].mean() for row in indices]
    assert np.allclose(scores, expected) and len(set(scores.tolist())) > 1


def test_ar_fast_path_for_additive_metrics_equals_the_generic_path(result):
    """Summing with matrix products (additive metrics) gives the same p-values as scoring
    every shuffled pseudo-system row by row, which is what non-additive metrics get."""

    class RowByRow:
        def __init__(self, metric):
            self.metric = metric

        def corpus_score(self, stats):
            return self.metric.corpus_score(stats)

    masks = list(ar_mask_chunks(len(result.ids), 200, seed=8, rows=64))
    for name in ("bleu", "chrf"):
        metric = result.scorers[name]
        a, b = result.system("alpha"), result.system("beta")
        args = (a.stats[name], b.stats[name], masks, a.corpus[name], b.corpus[name])
        assert metric.additive and not hasattr(RowByRow(metric), "additive")
        assert ar_p(metric, *args) == ar_p(RowByRow(metric), *args)


def test_ar_in_small_blocks_gives_the_same_p_values(result, monkeypatch):
    """The additive path turns a few trials' masks at a time into float matrices."""
    masks = list(ar_mask_chunks(len(result.ids), 200, seed=8, rows=64))
    a, b = result.system("alpha"), result.system("beta")
    whole = [ar_p(result.scorers[m], a.stats[m], b.stats[m], masks, a.corpus[m], b.corpus[m]) for m in ("bleu", "chrf")]
    monkeypatch.setattr(significance, "CHUNK_ELEMENTS", 3 * len(result.ids))  # blocks of 3 trials
    blocks = [ar_p(result.scorers[m], a.stats[m], b.stats[m], masks, a.corpus[m], b.corpus[m]) for m in ("bleu", "chrf")]
    assert blocks == whole and 0 < min(whole) < 1


@pytest.mark.parametrize("method", ["bootstrap", "ar"])
def test_identical_systems_are_not_significantly_different(three_systems, tmp_path, method):
    copy = tmp_path / "alpha-copy.txt"
    copy.write_bytes(three_systems["alpha"].read_bytes())
    result = score([three_systems["alpha"], copy], ref=three_systems["ref"], metrics=["bleu", "chrf"])
    board = build_leaderboard(result, SignificanceSettings(method=method, resamples=200))
    for metric in ("bleu", "chrf"):
        cell = board.cell("alpha-copy", metric)
        assert cell.p_value == 1.0
        assert cell.cluster == board.cell("alpha", metric).cluster == 1


@pytest.mark.parametrize("n", [1, 7, 79, 5003])
def test_draws_in_chunks_are_sacrebleus_draws_in_one_go(n, monkeypatch):
    """Resampling holds a chunk of draws at a time, yet draws the very numbers sacrebleu does."""
    monkeypatch.setattr(significance, "CHUNK_ELEMENTS", 3000)  # several chunks even for n = 7
    one_go = np.random.default_rng(3).choice(n, size=(1000, n), replace=True)
    assert np.array_equal(np.concatenate(list(bootstrap_chunks(n, 1000, seed=3))), one_go)
    masks = np.random.default_rng(3).integers(2, size=(1000, n), dtype=bool)
    assert np.array_equal(np.concatenate(list(ar_mask_chunks(n, 1000, seed=3))), masks)


def test_ar_on_the_leaderboard_with_another_seed_is_the_sacrebleu_clis_paired_ar(result, three_systems):
    """`sacrebleu --paired-ar` itself (a child process, its JSON output) at seed 7: every p-value
    equal, and different from seed 12345's where the test is not at its floor."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    command = [shutil.which("sacrebleu")] if shutil.which("sacrebleu") else [sys.executable, "-m", "sacrebleu"]
    done = subprocess.run([*command, str(three_systems["ref"]), "-i", *(str(three_systems[s]) for s in SYSTEMS),
                           "-m", "bleu", "chrf", "--paired-ar", "--paired-ar-n", "2000", "--no-color", "-f", "json"],
                          env={**os.environ, "SACREBLEU_SEED": "7"}, capture_output=True, text=True, check=True)
    theirs = {Path(row["system"].removeprefix("Baseline: ")).stem: row for row in json.loads(done.stdout)}
    seven = evaluate_board(result, seed=7)
    default = evaluate_board(result, seed=12345)
    for metric, column in (("bleu", "BLEU"), ("chrf", "chrF2")):
        for system in SYSTEMS:
            assert seven.cell(system, metric).score == theirs[system][column]["score"]
            assert seven.cell(system, metric).p_value == theirs[system][column]["p_value"]
    assert seven.cell("beta", "bleu").p_value != default.cell("beta", "bleu").p_value
    assert seven.cell("beta", "chrf").p_value != default.cell("beta", "chrf").p_value


def evaluate_board(result, *, seed: int):
    """The leaderboard `evalkit score --significance ar --resamples 2000 --seed SEED` shows."""
    from dataclasses import replace

    from evalkit import evaluate

    settings = replace(result.settings, significance=SignificanceSettings(method="ar", resamples=2000, seed=seed))
    return evaluate(replace(result, settings=settings)).leaderboard

"""`evalkit meta` on synthetic judgments whose answers are known.

The small case (3 systems x 4 segments) is worked out by hand in the comments; a
brute-force Kendall tau-b written here from its definition checks the flat figure.
"""

from __future__ import annotations

import itertools
import json
import math

import numpy as np
import pytest

from evalkit.errors import InputError
from evalkit.meta import load_human, meta

SYSTEMS = ("A", "B", "C")
HUMAN = {"A": [3, 2, 1, 2], "B": [2, 2, 3, 2], "C": [1, 1, 2, 3]}
METRIC = {"A": [0.9, 0.5, 0.1, 0.55], "B": [0.6, 0.5, 0.7, 0.5], "C": [0.1, 0.2, 0.8, 0.9]}
CORPUS = {"A": 60.0, "B": 50.0, "C": 40.0}
# by segment: 1 all concordant (tau 1); 2 one pair tied in both, two concordant (tau-b 1);
# 3 two concordant, one discordant (tau 1/3); 4 one pair tied by humans only, two concordant
# (tau-b 2/sqrt(2*3)). acc23: 1, 1, 2/3, 2/3 at threshold 0; a metric tie threshold of 0.05 x 100
# turns segment 4's human tie into a correct tie and breaks no other pair, so acc_eq = 11/12.
ITEM_TAU = (1 + 1 + 1 / 3 + 2 / math.sqrt(6)) / 4
ACC_EQ = 11 / 12
# systems: human means A 2.0, B 2.25, C 1.75; metric 60, 50, 40 -> A/B disagree, A/C and B/C agree;
# centred (10, 0, -10) and (0, .25, -.25): r = 2.5 / sqrt(200 * 0.125) = 0.5
SYS_ACCURACY, SYS_PEARSON = 2 / 3, 0.5


def _tau_b(x, y):
    """Kendall's tau-b from its definition, over all pairs."""
    con = dis = tx = ty = 0
    for (x1, y1), (x2, y2) in itertools.combinations(zip(x, y), 2):
        dx, dy = np.sign(x1 - x2), np.sign(y1 - y2)
        con += dx * dy > 0
        dis += dx * dy < 0
        tx += dx == 0 and dy != 0
        ty += dy == 0 and dx != 0
    return (con - dis) / math.sqrt((con + dis + tx) * (con + dis + ty))


def write_report(folder, segments: dict[str, dict[str, list[float]]], corpus: dict[str, dict[str, float]]):
    """A report directory as `evalkit score` writes it (only what meta reads)."""
    folder.mkdir(parents=True, exist_ok=True)
    metrics = list(segments)
    systems = list(next(iter(segments.values())))
    n = len(next(iter(next(iter(segments.values())).values())))
    (folder / "summary.json").write_text(json.dumps({
        "metrics": metrics, "systems": [{"name": s, "corpus": {m: corpus[m][s] for m in metrics}} for s in systems]}))
    rows = [{"system": s, "index": i, "id": f"s{i + 1}", **{m: segments[m][s][i] for m in metrics}}
            for s in systems for i in range(n)]
    (folder / "segments.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return folder


def write_human(path, human: dict[str, list[float | None]]):
    lines = ["system\tid\tscore"] + [f"{s}\ts{i + 1}\t{'' if v is None else v}"
                                     for s, values in human.items() for i, v in enumerate(values)]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def small(tmp_path):
    metric = {s: [100 * v for v in values] for s, values in METRIC.items()}
    ter = {s: [100 - v for v in values] for s, values in metric.items()}  # lower is better, same order
    report = write_report(tmp_path / "report", {"m": metric, "ter": ter},
                          {"m": CORPUS, "ter": {s: 100 - v for s, v in CORPUS.items()}})
    return report, write_human(tmp_path / "human.tsv", HUMAN)


def test_small_case_equals_the_hand_computed_figures(small):
    report, human = small
    result = meta(report, human, resamples=200)
    flat = _tau_b([v for s in SYSTEMS for v in HUMAN[s]], [v for s in SYSTEMS for v in METRIC[s]])
    for name in ("m", "ter"):  # ter is negated first, so it agrees exactly as m does
        got = {k: e.value for k, e in result.metrics[name].items()}
        assert got["seg_kendall"] == pytest.approx(flat, abs=1e-12)
        assert got["seg_kendall_item"] == pytest.approx(ITEM_TAU, abs=1e-12)
        assert got["seg_acc_eq"] == pytest.approx(ACC_EQ, abs=1e-12)
        assert got["sys_accuracy"] == pytest.approx(SYS_ACCURACY, abs=1e-12)
        assert got["sys_pearson"] == pytest.approx(SYS_PEARSON, abs=1e-12)
    # of the 66 pairs of cells: 44 concordant, 1 discordant, 16 tied by humans only, 5 tied in both
    assert flat == pytest.approx(43 / math.sqrt(61 * 45), abs=1e-12)
    assert result.n_items == 4 and result.n_judgments == 12 and result.systems == SYSTEMS


def test_human_penalties_are_flipped_and_missing_scores_left_out(tmp_path, small):
    report, _ = small
    penalties = write_human(tmp_path / "mqm.tsv", {s: [-v for v in values] for s, values in HUMAN.items()})
    assert meta(report, penalties, human_lower_is_better=True, resamples=50).metrics["m"]["seg_acc_eq"].value == \
        pytest.approx(ACC_EQ)
    holes = write_human(tmp_path / "holes.tsv", {"A": [3, None, 1, 2], "B": [2, 2, 3, 2], "C": [1, 1, 2, 3]})
    result = meta(report, holes, resamples=50)
    # segment 2 keeps only B and C: concordant, as before; segment 1 is unchanged -> same item tau
    assert result.n_judgments == 11
    assert result.metrics["m"]["seg_kendall_item"].value == pytest.approx(ITEM_TAU)


def _noisy(tmp_path, seed=3, n_items=150, n_systems=6):
    rng = np.random.default_rng(seed)
    quality = rng.normal(size=n_systems)[:, None] + rng.normal(size=(n_systems, n_items))
    human = quality + 0.3 * rng.normal(size=quality.shape)
    names = [f"sys{k}" for k in range(n_systems)]
    metrics = {"good": quality + 0.3 * rng.normal(size=quality.shape),
               "poor": quality + 3.0 * rng.normal(size=quality.shape), "oracle": human}
    segments = {m: {s: list(values[k]) for k, s in enumerate(names)} for m, values in metrics.items()}
    corpus = {m: {s: float(np.mean(v)) for s, v in by_system.items()} for m, by_system in segments.items()}
    report = write_report(tmp_path / "noisy", segments, corpus)
    return report, write_human(tmp_path / "noisy.tsv", {s: list(human[k]) for k, s in enumerate(names)})


def test_a_better_metric_wins_the_paired_bootstrap_and_intervals_hold_the_estimate(tmp_path):
    report, human = _noisy(tmp_path)
    result = meta(report, human, resamples=300, seed=1)
    oracle = result.metrics["oracle"]
    for statistic in ("seg_kendall", "seg_kendall_item", "seg_acc_eq", "sys_pearson", "sys_accuracy"):
        assert oracle[statistic].value == pytest.approx(1.0), statistic
    for name, estimates in result.metrics.items():
        for statistic, e in estimates.items():
            assert e.low <= e.value <= e.high or name == "oracle", (name, statistic)
    verdicts = {(c.a, c.b, c.statistic): c for c in result.comparisons}
    for statistic in ("seg_kendall", "seg_kendall_item", "seg_acc_eq"):
        c = verdicts[("good", "poor", statistic)]
        assert c.better == "good" and c.p_value < 0.01 and c.low > 0, statistic
    again = meta(report, human, resamples=300, seed=1)
    assert again.as_json() == result.as_json()  # same seed, same draws
    assert meta(report, human, resamples=300, seed=2).as_json() != result.as_json()


def test_cli_writes_json_and_markdown_and_renders_the_tables(cli, small, tmp_path):
    report, human = small
    res = cli("meta", report, human, "--resamples", "100", "--out", tmp_path / "meta")
    assert res.code == 0, res.err
    data = json.loads((tmp_path / "meta" / "meta.json").read_text())
    assert data["metrics"]["m"]["seg_acc_eq"]["value"] == pytest.approx(ACC_EQ, abs=1e-6)
    assert data["bootstrap"] == {"resamples": 100, "seed": 12345, "over": "segments", "ci": 0.95}
    assert [c["statistic"] for c in data["comparisons"]] == ["seg_kendall", "seg_kendall_item", "seg_acc_eq",
                                                              "sys_pearson", "sys_accuracy"]
    assert all(c["better"] is None and c["p_value"] == 1.0 for c in data["comparisons"])  # ter == m, negated
    markdown = (tmp_path / "meta" / "meta.md").read_text()
    assert "| `m` | 0.821 [" in markdown and "segment acc_eq (WMT23)" in markdown
    assert "segment acc_eq (WMT23)" in res.out and "0.917 [" in res.out


@pytest.mark.parametrize("content, says", [
    ("system\tscore\nA\t1\n", "expected a header line"),
    ("system\tid\tscore\nA\ts1\t1\nA\ts1\t2\n", "a second score for system 'A', segment 's1'"),
    ("system\tid\tscore\nA\ts1\tgood\n", "score 'good' is not a number"),
    ("system\tid\tscore\nZ\ts1\t1\nY\ts1\t2\n", "fewer than two systems"),
])
def test_bad_human_files_are_one_line_errors(cli, small, tmp_path, content, says):
    report, _ = small
    path = tmp_path / "bad.tsv"
    path.write_text(content)
    res = cli("meta", report, path, "--out", tmp_path / "x")
    assert res.code == 2 and says in res.err and res.err.count("\n") == 1, res.err


def test_jsonl_human_scores_and_unknown_metric(cli, small, tmp_path):
    report, _ = small
    path = tmp_path / "human.jsonl"
    path.write_text("".join(json.dumps({"system": s, "segment": f"s{i + 1}", "score": v}) + "\n"
                            for s, values in HUMAN.items() for i, v in enumerate(values)))
    assert load_human(path)[("B", "s3")] == 3.0
    res = cli("meta", report, path, "--metrics", "chrf", "--out", tmp_path / "x")
    assert res.code == 2 and "'chrf' not in" in res.err
    with pytest.raises(InputError):
        load_human(tmp_path / "missing.tsv")


def test_segments_where_tau_is_undefined_are_left_out_of_the_item_average(tmp_path, small):
    report, _ = small
    tied = write_human(tmp_path / "tied.tsv", {s: values[:3] + [5] for s, values in HUMAN.items()})
    result = meta(report, tied, resamples=50)
    # segment 4: every system got the same human score, so its tau is undefined and skipped
    assert result.metrics["m"]["seg_kendall_item"].value == pytest.approx((1 + 1 + 1 / 3) / 3, abs=1e-12)
    # acc_eq keeps segment 4 (0/3 right at threshold 0: humans tie, the metric does not); a threshold of 5
    # ties its 55-vs-50 pair and nothing wrong elsewhere: (1 + 1 + 2/3 + 1/3) / 4; wider ones lose more
    assert result.metrics["m"]["seg_acc_eq"].value == pytest.approx(3 / 4, abs=1e-12)


def test_system_pearson_is_pearsons_r_on_scores_that_are_not_linear_in_the_human_means(tmp_path):
    """Corpus scores that are the squares of the human means: every rank agrees (accuracy 1),
    but Pearson's r measures the linear fit, which a rank statistic would call perfect."""
    from scipy.stats import pearsonr

    systems = ("A", "B", "C", "D")
    human = {s: [k + 1.0, k + 1.0] for k, s in enumerate(systems)}  # means 1, 2, 3, 4
    corpus = {s: (k + 1.0) ** 2 for k, s in enumerate(systems)}  # 1, 4, 9, 16
    segments = {s: [v, v] for s, v in corpus.items()}
    report = write_report(tmp_path / "r", {"m": segments}, {"m": corpus})
    result = meta(report, write_human(tmp_path / "h.tsv", human), resamples=20)
    expected = pearsonr([1, 2, 3, 4], [1, 4, 9, 16]).statistic
    assert result.metrics["m"]["sys_pearson"].value == pytest.approx(expected, abs=1e-12)
    assert expected < 0.99 and result.metrics["m"]["sys_accuracy"].value == 1.0


def test_acc_eq_counts_a_tie_of_the_metric_where_the_humans_do_not_tie_as_wrong(tmp_path):
    """Item 1: humans 3 > 2 > 1, the metric ties the first two (A-B wrong; A-C, B-C right: 2/3).
    Item 2: all concordant (1). No tie threshold helps, since humans never tie: (2/3 + 1) / 2."""
    human = {"A": [3, 3], "B": [2, 2], "C": [1, 1]}
    metric = {"A": [50.0, 90.0], "B": [50.0, 60.0], "C": [10.0, 30.0]}
    report = write_report(tmp_path / "r", {"m": metric}, {"m": {"A": 70.0, "B": 55.0, "C": 20.0}})
    result = meta(report, write_human(tmp_path / "h.tsv", human), resamples=20)
    assert result.metrics["m"]["seg_acc_eq"].value == pytest.approx(5 / 6, abs=1e-12)


def test_the_bootstrap_does_not_depend_on_how_many_resamples_are_drawn_at_once(tmp_path, monkeypatch):
    """Resamples are drawn a chunk at a time (memory stays bounded whatever --resamples is), yet
    they are the draws of one `choice` call for all of them: the figures cannot depend on the chunk."""
    from evalkit import meta as meta_module

    report, human = _noisy(tmp_path, n_items=40, n_systems=4)
    whole = meta(report, human, resamples=150, seed=5).as_json()
    monkeypatch.setattr(meta_module, "_CHUNK", 7)
    assert meta(report, human, resamples=150, seed=5).as_json() == whole
    draws = np.random.default_rng(5).choice(40, size=(150, 40), replace=True)
    expected = np.stack([np.bincount(row, minlength=40) for row in draws])
    assert np.array_equal(np.concatenate(list(meta_module._counts(40, 150, 5))), expected)

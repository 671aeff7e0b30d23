"""One settings object for the CLI and the API, and scoring texts held in memory."""

from __future__ import annotations

import re

import pytest
import sacrebleu
from conftest import REFSET, ROOT

import evalkit
from evalkit import ConfigError, InputError, Settings, SignificanceSettings
from evalkit.cli import _build_parser, _settings

CAREFUL = ROOT / "candidates" / "natsec-zh-en" / "careful.txt"


def test_command_line_and_api_build_the_same_settings():
    args = _build_parser().parse_args(["score", "--ref", "r", "--metrics", "bleu,chrf", "--tokenize", "intl",
                                       "--lowercase", "--zh-script", "hans", "--embedder", "use-multilingual",
                                       "--cache-dir", "/tmp/c", "--no-cache", "--significance", "ar",
                                       "--resamples", "50", "--seed", "7", "--baseline", "b", "--jobs", "2",
                                       "--engine", "ray", "--ray-address", "10.0.0.5:6379", "h"])
    expected = Settings(metrics=("bleu", "chrf"), tokenize="intl", lowercase=True, zh_script="hans",
                        embedder="use-multilingual", cache_dir="/tmp/c", use_cache=False, jobs=2, engine="ray",
                        ray_address="10.0.0.5:6379", significance=SignificanceSettings(method="ar", resamples=50, seed=7, baseline="b"))
    assert _settings(args) == expected
    assert Settings().with_options(metrics="bleu,chrf", tokenize="intl", lowercase=True, zh_script="hans",
                                   embedder="use-multilingual", cache_dir="/tmp/c", use_cache=False, method="ar",
                                   resamples=50, seed=7, baseline="b", jobs=2, engine="ray",
                                   ray_address="10.0.0.5:6379") == expected


def test_settings_are_validated():
    with pytest.raises(ConfigError, match="unknown metric 'meteor'"):
        Settings(metrics=("bleu", "meteor"))
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings().with_options(tokenizer="13a")
    with pytest.raises(ConfigError, match="Chinese script"):
        Settings(zh_script="big5")
    with pytest.raises(ConfigError, match="--resamples"):
        Settings().with_options(resamples=0)


def test_score_texts_equals_scoring_the_files():
    from_files = evalkit.score([CAREFUL], ref=REFSET, lang="zh-en", metrics=["bleu", "chrf"])
    refset = evalkit.load_reference_set(REFSET)
    hyps = CAREFUL.read_text(encoding="utf-8").splitlines()
    in_memory = evalkit.score_texts({"careful": hyps}, references=refset.side("en"), sources=refset.side("zh"),
                                    ids=refset.ids, lang="zh-en", metrics=["bleu", "chrf"])
    assert in_memory.system("careful").corpus == from_files.system("careful").corpus
    ours, theirs = in_memory.system("careful").segments, from_files.system("careful").segments
    assert ours.keys() == theirs.keys() and all(ours[m].tolist() == theirs[m].tolist() for m in ours)
    assert in_memory.ids == from_files.ids and in_memory.sources == from_files.sources
    assert in_memory.system("careful").corpus["bleu"] == sacrebleu.corpus_bleu(hyps, [refset.side("en")]).score


def test_score_texts_several_references_and_reference_free():
    refs = [["the cat sat on the mat", "a dog barked"], ["a cat sat on the mat", "the dog barked"]]
    result = evalkit.score_texts({"a": ["the cat sat on a mat", "a dog barked"]}, references=refs, metrics=["bleu"])
    assert result.reference.n_references == 2
    assert result.system("a").corpus["bleu"] == sacrebleu.corpus_bleu(["the cat sat on a mat", "a dog barked"],
                                                                     refs).score


@pytest.mark.parametrize("kwargs, error, fragment", [
    ({"candidates": {"a": ["x"]}, "references": ["x", "y"]}, InputError, "candidate 'a' has 1, expected 2"),
    ({"candidates": {"a": ["x", "y"]}, "references": [["x", "y"], ["z"]]}, InputError, "reference 2 has 1"),
    ({"candidates": {"a": ["x", "y"]}, "references": ["x", "y"], "sources": ["s"]}, InputError, "source has 1"),
    ({"candidates": {"a": ["x", 3]}, "references": ["x", "y"]}, InputError, "segment 2: expected a string"),
    ({"candidates": {"a": "xy"}, "references": ["x", "y"]}, ConfigError, "not one string"),
    ({"candidates": {}, "references": ["x"]}, ConfigError, "no candidate"),
    ({"candidates": {"a": ["x"]}}, ConfigError, "no reference"),
    ({"candidates": {"a": ["x", "y"]}, "references": ["x", "y"], "ids": ["1", "1"]}, InputError, "duplicate"),
])
def test_score_texts_validates_like_the_files(kwargs, error, fragment):
    with pytest.raises(error, match=fragment):
        evalkit.score_texts(**kwargs, metrics=["bleu"])


def test_progress_counts_segments_and_names_the_step_in_progress():
    calls = []
    evalkit.score_texts({"a": ["x y", "z"], "b": ["x", "y z"]}, references=["x y", "y z"], metrics=["bleu", "chrf"],
                        use_cache=False, progress=lambda done, total, label: calls.append((done, total, label)))
    # sacrebleu's metrics run over all systems at once, in shards (tests/test_stats.py has more)
    assert calls == [(0, 8, "bleu, chrf"), (8, 8, "bleu, chrf"), (8, 8, "done")]


@pytest.mark.parametrize("engine, address, error", [
    ("local", None, None),
    ("local", "10.0.0.5:6379", "--ray-address is for --engine ray only"),
    ("ray", None, None),
    ("ray", "10.0.0.5:6379", None),
    ("spark", None, "unknown engine 'spark'; choose from local, ray"),
    ("spark", "10.0.0.5:6379", "unknown engine 'spark'"),
])
def test_engine_and_ray_address(engine, address, error):
    if error is None:
        settings = evalkit.Settings(engine=engine, ray_address=address)
        assert (settings.engine, settings.ray_address) == (engine, address)
    else:
        with pytest.raises(ConfigError, match=re.escape(error)):
            evalkit.Settings(engine=engine, ray_address=address)

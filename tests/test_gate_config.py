"""The gate's configuration: found like other Python tools' and validated key by key.

Every mistake is exit 2 and one line naming the file, the key and the reason.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REFSET, ROOT

from evalkit import ConfigError, Settings, SignificanceSettings
from evalkit.config import find_config, load_config, parse_rules
from evalkit.gate import Regression, Rules, Threshold

CAREFUL = ROOT / "candidates" / "natsec-zh-en" / "careful.txt"

VALID = f"""baseline = "baseline.json"

[task]
ref = "{REFSET}"
lang = "zh-en"
candidates = ["{CAREFUL}"]

[settings]
metrics = ["bleu", "chrf"]

[settings.significance]
resamples = 100

[rules.floors]
chrf = ">= 55"

[rules.regression]
margin = 1.0

[rules.segments]
empty = true
"""


def test_a_valid_file_is_the_settings_rules_and_task_it_says(tmp_path):
    path = tmp_path / "evalkit.toml"
    path.write_text(VALID.replace('margin = 1.0', 'margin = { bleu = 2, chrf = 0.5 }\nalpha = 0.01')
                    .replace('empty = true', 'empty = true\nnumbers = "source"\nfloors = { bleu = "> 5" }')
                    .replace('metrics = ["bleu", "chrf"]', 'metrics = ["bleu", "chrf"]\ntokenize = "intl"\n'
                                                           'lowercase = true\ncache_dir = "cache"'), encoding="utf-8")
    config = load_config(path)
    assert config.settings == Settings(metrics=("bleu", "chrf"), tokenize="intl", lowercase=True,
                                       cache_dir=str(tmp_path / "cache"),
                                       significance=SignificanceSettings(resamples=100))
    assert config.rules == Rules(floors=(Threshold("chrf", ">=", 55),),
                                 regression=Regression(margins={"bleu": 2.0, "chrf": 0.5}, alpha=0.01),
                                 segment_floors=(Threshold("bleu", ">", 5),), empty=True, numbers="source")
    assert config.baseline.resolve() == tmp_path / "baseline.json"
    assert [Path(p).resolve() for p in (*config.task.refs, *config.task.candidates)] == [REFSET, CAREFUL]
    assert config.rules.regression.margin_for("bleu") == 2.0 and config.rules.regression.margin_for("ter") == 1.0


def test_found_from_the_current_directory_upwards(tmp_path, monkeypatch):
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")  # no [tool.evalkit]
    (tmp_path / "pyproject.toml").write_text("[tool.evalkit]\n" + re.sub(r"^\[", "[tool.evalkit.", VALID, flags=re.M),
                                             encoding="utf-8")
    monkeypatch.chdir(deep)
    assert find_config() == tmp_path / "pyproject.toml"
    config = load_config()
    assert config.rules.floors == (Threshold("chrf", ">=", 55),)
    assert config.baseline.resolve() == tmp_path / "baseline.json"  # relative to the file, not to the cwd
    (tmp_path / "a" / "evalkit.toml").write_text(VALID, encoding="utf-8")
    assert find_config() == tmp_path / "a" / "evalkit.toml"


def test_candidate_globs_are_expanded_relative_to_the_file(tmp_path, monkeypatch):
    (tmp_path / "out").mkdir()
    for name in ("b", "a"):
        (tmp_path / "out" / f"{name}.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "evalkit.toml").write_text(VALID.replace(f'candidates = ["{CAREFUL}"]', 'candidates = "out/*.txt"'),
                                           encoding="utf-8")
    monkeypatch.chdir(tmp_path / "out")
    config = load_config(tmp_path / "evalkit.toml")
    assert config.task.candidates == ("a.txt", "b.txt")  # shown relative to the cwd


def test_no_config_anywhere(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = cli("gate")
    assert res.code == 2
    assert res.err.startswith("evalkit: error: no evalkit.toml (or [tool.evalkit] in pyproject.toml) in ")
    assert res.err.endswith("or any parent; pass --config PATH\n")


# (change to VALID: old -> new, or a whole replacement), the message after "<file>: "
MISTAKES = [
    # unknown keys, at every level, with the nearest allowed key when there is one
    (("[task]", "metrcs = 1\n[task]"), "metrcs: unknown key; allowed: baseline, task, settings, rules"),
    (('lang = "zh-en"', 'lang = "zh-en"\nreference = "x"'), "task.reference: unknown key; allowed: ref, src, lang, "
                                                            "candidates"),
    (('metrics = ["bleu", "chrf"]', 'metric = ["bleu"]'),
     "settings.metric: unknown key (did you mean 'metrics'?); allowed: metrics, tokenize, lowercase, "
     "ter_case_sensitive, zh_script, embedder, cache_dir, use_cache, jobs, engine, ray_address, significance"),
    (("resamples = 100", "resample = 100"), "settings.significance.resample: unknown key (did you mean 'resamples'?); "
                                            "allowed: method, resamples, seed, baseline"),
    (("[rules.floors]", "[rules.floor]"), "rules.floor: unknown key (did you mean 'floors'?); allowed: floors, "
                                          "regression, segments"),
    (("margin = 1.0", "margins = 1.0"), "rules.regression.margins: unknown key (did you mean 'margin'?); allowed: "
                                        "metrics, margin, alpha"),
    (("empty = true", "emtpy = true"), "rules.segments.emtpy: unknown key (did you mean 'empty'?); allowed: floors, "
                                       "empty, numbers, script"),
    # unknown metrics, wherever a metric is named
    (('metrics = ["bleu", "chrf"]', 'metrics = ["bleu", "chrff"]'),
     "settings.metrics: unknown metric 'chrff'; choose from bleu, chrf, chrf++, ter, embed, embed_src"),
    (('chrf = ">= 55"', 'meteor = ">= 55"'),
     "rules.floors.meteor: unknown metric 'meteor'; choose from bleu, chrf, chrf++, ter, embed, embed_src"),
    (("empty = true", 'floors = { blue = ">= 5" }'), "rules.segments.floors.blue: unknown metric 'blue'"),
    (("margin = 1.0", 'metrics = ["bleu", "meteor"]'), "rules.regression.metrics: unknown metric 'meteor'"),
    (("margin = 1.0", 'metrics = ["bleu", "comet"]'), "rules.regression.metrics: metric 'comet' names no model: "
                                                      "write comet:<hub name or path>"),
    (("margin = 1.0", "margin = { terr = 1 }"), "rules.regression.margin.terr: unknown metric 'terr'"),
    (('chrf = ">= 55"', 'ter = "<= 60"'), "rules.floors.ter: ter is not scored (metrics: bleu, chrf); add it to "
                                          "settings.metrics"),
    # bad operators and thresholds
    (('chrf = ">= 55"', 'chrf = "=> 55"'), "rules.floors.chrf: bad operator '=>'; use one of >=, >, <=, <"),
    (('chrf = ">= 55"', 'chrf = "== 55"'), "rules.floors.chrf: bad operator '=='; use one of >=, >, <=, <"),
    (('chrf = ">= 55"', 'chrf = "55"'), "rules.floors.chrf: '55' is not an operator and a number, e.g. \">= 55\""),
    (('chrf = ">= 55"', 'chrf = ">= lots"'), "rules.floors.chrf: 'lots' in '>= lots' is not a number"),
    (('chrf = ">= 55"', "chrf = 55"), "rules.floors.chrf: expected a comparison such as \">= 55\", not an integer"),
    (('chrf = ">= 55"', 'chrf = "<= 55"'), "rules.floors.chrf: bad operator '<=': chrf is higher-is-better, so a "
                                           "floor is >= or >"),
    ((('chrf = ">= 55"', 'ter = ">= 60"'), ('metrics = ["bleu", "chrf"]', 'metrics = ["ter"]')),
     "rules.floors.ter: bad operator '>=': ter is lower-is-better, so a floor is <= or <"),
    # missing files
    ((f'ref = "{REFSET}"', 'ref = "no-such-refs"'), "task.ref: {dir}/no-such-refs: no such file or directory"),
    ((f'candidates = ["{CAREFUL}"]', 'candidates = ["missing.txt"]'),
     "task.candidates: {dir}/missing.txt: no such file or directory"),
    ((f'candidates = ["{CAREFUL}"]', 'candidates = ["out/*.txt"]'), "task.candidates: 'out/*.txt' matches no file in"),
    (('lang = "zh-en"', 'lang = "zh-en"\nsrc = "source.txt"'), "task.src: {dir}/source.txt: no such file or directory"),
    # types and values
    (('lang = "zh-en"', 'lang = "zh_en"'), "task.lang: invalid language pair 'zh_en'; write SRC-TGT, e.g. zh-en"),
    (('metrics = ["bleu", "chrf"]', 'metrics = "bleu,chrf"'), "settings.metrics: expected an array of strings, "
                                                              "not a string"),
    (('metrics = ["bleu", "chrf"]', 'metrics = ["bleu"]\nlowercase = "yes"'),
     "settings.lowercase: expected true or false, not a string"),
    (("resamples = 100", 'resamples = "100"'), "settings.significance.resamples: expected an integer, not a string"),
    (("resamples = 100", "resamples = 0"), "settings.significance.resamples: --resamples must be between 1 and 100,000, not 0"),
    (('metrics = ["bleu", "chrf"]', 'metrics = ["bleu", "chrf"]\nzh_script = "big5"'),
     "settings.zh_script: unknown Chinese script 'big5'"),
    (("margin = 1.0", "margin = -1"), "rules.regression: a margin is a finite number of points >= 0, not -1"),
    (("margin = 1.0", "alpha = 5"), "rules.regression: alpha is a significance level between 0 and 1, not 5"),
    (("empty = true", "empty = 1"), "rules.segments.empty: expected true or false, not an integer"),
    (("empty = true", 'numbers = "target"'), "rules.segments.numbers: expected true, false, \"reference\" or "
                                             "\"source\", not 'target'"),
    ("task = 3\n", "task: expected a table, not an integer"),
    # rules that cannot work with the rest of the file
    (('baseline = "baseline.json"', ""), "baseline: not set; the regression rule compares with a baseline file"),
    (("resamples = 100", 'method = "none"'), "rules.regression: the regression rule needs a paired test; "
                                             "settings.significance.method is none"),
    ((('metrics = ["bleu", "chrf"]', 'metrics = ["bleu", "chrf"]\nzh_script = "hant"'), ("empty = true", "script = true")),
     "rules.segments.script: settings.zh_script = 'hant' converts the candidates before they are checked"),
    ("[task]\nsrc = 'x'\n", "task.src: {dir}/x: no such file or directory"),
    (f"[task]\nref = '{REFSET}'\n", "rules: missing; the gate needs at least one rule"),
    (f"[task]\nref = '{REFSET}'\n[rules]\n", "rules: no rule is set; add floors, regression or segment guards"),
    ("[task\n", "invalid TOML: "),
    # the baseline file, checked before anything is scored
    (None, "baseline: {dir}/baseline.json: file not found; write it with `evalkit gate --update-baseline`"),
]


def _apply(change) -> str:
    if change is None:
        return VALID
    if isinstance(change, str):
        return change
    changes = change if isinstance(change[0], tuple) else (change,)
    text = VALID
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


@pytest.mark.parametrize("change, message", MISTAKES)
def test_each_mistake_is_exit_2_naming_file_key_and_reason(cli, tmp_path, change, message):
    path = tmp_path / "evalkit.toml"
    path.write_text(_apply(change), encoding="utf-8")
    res = cli("gate", "--config", path)
    assert res.code == 2, res.out
    assert res.out == ""
    assert res.err.startswith(f"evalkit: error: {path}: " + message.format(dir=tmp_path)), res.err
    assert res.err.count("\n") == 1 and "Traceback" not in res.err


def test_pyproject_keys_are_named_with_their_table(cli, tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.evalkit]\n" + re.sub(r"^\[", "[tool.evalkit.", VALID, flags=re.M)
                    .replace('chrf = ">= 55"', 'chrf = ">= 55"\nbleu = "=< 3"'), encoding="utf-8")
    res = cli("gate", "--config", path)
    assert res.code == 2
    assert res.err == f"evalkit: error: {path}: tool.evalkit.rules.floors.bleu: bad operator '=<'; use one of >=, >, <=, <\n"
    path.write_text("[project]\nname = 'x'\n", encoding="utf-8")
    res = cli("gate", "--config", path)
    assert res.err == f"evalkit: error: {path}: no [tool.evalkit] table\n"


def test_update_baseline_needs_a_baseline_file_named(cli, tmp_path):
    path = tmp_path / "evalkit.toml"
    path.write_text(VALID.replace('baseline = "baseline.json"', "").replace("[rules.regression]\nmargin = 1.0\n", ""),
                    encoding="utf-8")
    res = cli("gate", "--config", path, "--update-baseline")
    assert res.code == 2
    assert res.err == f"evalkit: error: {path}: baseline: not set; name the file that keeps the baseline\n"


def test_update_baseline_checks_no_rule_so_it_writes_no_verdict(cli, tmp_path):
    res = cli("gate", "--config", tmp_path / "none.toml", "--update-baseline", "--junit", tmp_path / "j.xml")
    assert res.code == 2
    assert res.err == "evalkit: error: --update-baseline writes the baseline and checks no rule; drop --junit/--markdown\n"


def test_rules_from_python_are_validated_the_same_way():
    assert parse_rules({"floors": {"chrf": ">=40"}}) == Rules(floors=(Threshold("chrf", ">=", 40),))
    with pytest.raises(ConfigError, match=r"^rules\.floors\.chrf: bad operator '=>'"):
        parse_rules({"floors": {"chrf": "=> 40"}})
    with pytest.raises(ConfigError, match=r"^rules\.segment: unknown key \(did you mean 'segments'\?\)"):
        parse_rules({"segment": {"empty": True}})

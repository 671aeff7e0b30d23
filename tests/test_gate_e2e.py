"""`evalkit gate` end to end on the shipped reference set and candidates derived from careful.txt."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import REFSET, ROOT, write_lines
from junitparser import JUnitXml

from evalkit.scripts import to_script

CAREFUL = ROOT / "candidates" / "natsec-zh-en" / "careful.txt"
LITERAL = ROOT / "candidates" / "natsec-zh-en" / "literal-mt.txt"
OMITTED_LINE, NUMBER_LINE, SIMPLIFIED_LINE = 10, 48, 5  # 1-based lines of the derived candidates
IDS = [json.loads(line)["id"] for line in (REFSET / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
# A few words swapped for synonyms, one per segment (line, word, synonym).
SYNONYMS = [(3, "major", "significant"), (5, "safeguard", "protect"), (13, "improve", "enhance"),
            (4, "capacity", "capability"), (17, "firmly", "resolutely"), (22, "ensure", "guarantee")]

RULES = """
[rules.floors]
bleu = ">= 20"
chrf = ">= 55"

[rules.regression]
margin = 1.0
alpha = 0.05

[rules.segments]
floors = { chrf = ">= 15" }
empty = true
numbers = true
script = true
"""


def config(directory: Path, *, lang: str = "zh-en", metrics: str = '["bleu", "chrf"]', rules: str = RULES,
           candidates: list[Path] | None = None, resamples: int = 300) -> Path:
    path = directory / "evalkit.toml"
    path.write_text(f"""baseline = "baseline.json"

[task]
ref = "{REFSET}"
lang = "{lang}"
candidates = {json.dumps([str(c) for c in candidates or [CAREFUL]])}

[settings]
metrics = {metrics}

[settings.significance]
resamples = {resamples}
{rules}""", encoding="utf-8")
    return path


def derived(path: Path, source: Path, changes: dict[int, str]) -> Path:
    lines = source.read_text(encoding="utf-8").splitlines()
    for line, text in changes.items():
        lines[line - 1] = text
    return write_lines(path, lines)


def careful_lines() -> list[str]:
    return CAREFUL.read_text(encoding="utf-8").splitlines()


def failing(out: str) -> set[str]:
    return set(re.findall(r"^  FAIL  (.+?)  ", out, flags=re.M))


@pytest.fixture
def gate_dir(cli, tmp_path):
    """A config gating careful.txt, with its baseline written."""
    cfg = config(tmp_path)
    res = cli("gate", "--config", cfg, "--update-baseline")
    assert res.code == 0, res.err
    assert f"Wrote baseline {tmp_path / 'baseline.json'}: careful on 79 segments, metrics bleu, chrf" in res.out
    return tmp_path


def test_careful_passes(cli, gate_dir):
    res = cli("gate", "--config", gate_dir / "evalkit.toml")
    assert res.code == 0, res.err + res.out
    assert "floor: bleu >= 20     bleu 27.18" in res.out
    assert "regression: chrf      61.48 vs baseline 61.48 (+0.00), p=1.0000: no drop" in res.out
    assert "SKIP  segments: script" in res.out
    assert failing(res.out) == set()
    assert res.out.rstrip().endswith("PASSED: 7 passed, 1 skipped (rule checks)")


def test_omitted_sentence_and_changed_number_fail_naming_those_segments(cli, gate_dir):
    lines = careful_lines()
    hyp = derived(gate_dir / "careful.txt", CAREFUL, {
        OMITTED_LINE: "",
        NUMBER_LINE: lines[NUMBER_LINE - 1].replace("12345", "12354"),
    })
    res = cli("gate", "--config", gate_dir / "evalkit.toml", hyp)
    assert res.code == 1, res.err + res.out
    omitted, number = IDS[OMITTED_LINE - 1], IDS[NUMBER_LINE - 1]
    assert failing(res.out) == {"segments: chrf >= 15", "segments: not empty", "segments: numbers"}
    assert f"segments: not empty   1 of 79 segments: {omitted}" in res.out
    # the omitted sentence had a number too: its "十個堅持" (ten insistences) is missing
    assert f"segments: numbers     2 of 79 segments: {omitted}, {number}" in res.out
    assert f"segments: chrf >= 15  1 of 79 segments: {omitted}" in res.out
    # the failing segments, worst first, with their file lines, baseline scores and what is wrong
    assert f"careful {omitted} ({hyp}:{OMITTED_LINE}): bleu 0.00 (baseline " in res.out
    assert f"careful {number} ({hyp}:{NUMBER_LINE}): bleu " in res.out
    assert ("FAIL segments: numbers: missing 12345; not in the original: 12354 (vs the reference; digits changed)"
            in res.out)
    assert "FAIL segments: not empty: empty candidate, the reference is not" in res.out
    assert res.out.index(f"careful {omitted} (") < res.out.index(f"careful {number} (")
    assert "FAILED: 3 failed, 4 passed, 1 skipped (rule checks)" in res.out


def test_chinese_candidate_in_simplified_fails_the_script_rule(cli, tmp_path):
    zh = (REFSET / "zh.txt").read_text(encoding="utf-8").splitlines()
    rules = RULES.replace("[rules.regression]\nmargin = 1.0\nalpha = 0.05\n", "")
    cfg = config(tmp_path, lang="en-zh", rules=rules.replace("bleu = \">= 20\"", "bleu = \">= 80\""))
    hyp = derived(tmp_path / "zh-draft.txt", REFSET / "zh.txt", {
        OMITTED_LINE: "",
        NUMBER_LINE: zh[NUMBER_LINE - 1].replace("12345", "12354"),
        SIMPLIFIED_LINE: to_script([zh[SIMPLIFIED_LINE - 1]], "hans")[0],
    })
    res = cli("gate", "--config", cfg, hyp)
    assert res.code == 1, res.err + res.out
    assert failing(res.out) == {"segments: chrf >= 15", "segments: not empty", "segments: numbers",
                                "segments: script"}
    simplified = IDS[SIMPLIFIED_LINE - 1]
    assert f"segments: script      1 of 79 segments: {simplified}\n" in res.out
    assert "FAIL segments: script: Simplified Chinese, the reference is Traditional" in res.out
    # the emptied line loses its 十個 (ten) as well: Chinese numerals count since the draft check (issue 8)
    assert f"segments: numbers     2 of 79 segments: {IDS[OMITTED_LINE - 1]}, {IDS[NUMBER_LINE - 1]}\n" in res.out
    assert f"segments: not empty   1 of 79 segments: {IDS[OMITTED_LINE - 1]}\n" in res.out
    assert "PASS  floor: bleu >= 80" in res.out


def test_tiny_noise_passes_the_regression_rule_a_clearly_worse_candidate_fails_it(cli, gate_dir):
    lines = careful_lines()
    changes = {}
    for line, word, synonym in SYNONYMS:
        assert re.search(rf"\b{word}\b", lines[line - 1])
        changes[line] = re.sub(rf"\b{word}\b", synonym, lines[line - 1], count=1)
    noisy = derived(gate_dir / "noisy.txt", CAREFUL, changes)
    res = cli("gate", "--config", gate_dir / "evalkit.toml", noisy, "--name", "careful")
    assert res.code == 0, res.err + res.out
    bleu = re.search(r"regression: bleu +(\S+) vs baseline (\S+) \((\S+)\), p=(\S+): (.+)", res.out)
    assert float(bleu.group(1)) < float(bleu.group(2))  # lower, but within the margin
    assert bleu.group(5) == "drop within the margin of 1"

    # Without a margin only the paired test stands between noise and a failed build: it holds.
    cfg = gate_dir / "evalkit.toml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("margin = 1.0", "margin = 0"), encoding="utf-8")
    res = cli("gate", "--config", cfg, noisy, "--name", "careful")
    assert res.code == 0, res.err + res.out
    for metric in ("bleu", "chrf"):
        line = re.search(rf"regression: {metric} .*", res.out).group(0)
        assert "(-0.0" in line and line.endswith("drop beyond the margin of 0 but not significant (p >= 0.05)")

    res = cli("gate", "--config", cfg, LITERAL, "--name", "careful")
    assert res.code == 1
    assert {"regression: bleu", "regression: chrf", "floor: bleu >= 20", "floor: chrf >= 55"} <= failing(res.out)
    assert re.search(r"regression: bleu +5\.84 vs baseline 27\.18 \(-21\.33\), p=0\.0033: significant drop "
                     r"\(p < 0\.05\) beyond the margin of 0", res.out)


def test_baseline_is_written_atomically_and_a_changed_setting_is_refused(cli, gate_dir):
    baseline = json.loads((gate_dir / "baseline.json").read_text(encoding="utf-8"))
    assert list(baseline["systems"]) == ["careful"] and len(baseline["ids"]) == 79
    assert [p.name for p in gate_dir.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    cfg = gate_dir / "evalkit.toml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace('metrics = ["bleu", "chrf"]',
                                                           'metrics = ["bleu", "chrf"]\ntokenize = "intl"'))
    res = cli("gate", "--config", cfg)
    assert res.code == 2 and res.out == ""
    assert res.err == (f"evalkit: error: {gate_dir / 'baseline.json'}: careful bleu signature field tok (tokenizer) "
                       "differs: baseline tok:13a, now tok:intl; refusing to compare; run `evalkit gate "
                       "--update-baseline` to accept the new settings\n")


def test_github_actions_annotations_and_step_summary(cli, gate_dir, monkeypatch):
    hyp = derived(gate_dir / "careful.txt", CAREFUL, {OMITTED_LINE: ""})
    summary = gate_dir / "step-summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("GITHUB_WORKSPACE", str(gate_dir))
    res = cli("gate", "--config", gate_dir / "evalkit.toml", hyp, "--junit", gate_dir / "gate.xml")
    assert res.code == 1
    omitted = IDS[OMITTED_LINE - 1]
    annotation = next(line for line in res.out.splitlines() if line.startswith("::error "))
    assert annotation.startswith(f"::error file=careful.txt,line={OMITTED_LINE},title=evalkit gate%3A careful "
                                 f"{omitted}::{omitted}: segments: chrf >= 15: chrf 0.00; segments: not empty: "
                                 "empty candidate, the reference is not; segments: numbers: missing 10 (vs the "
                                 "reference; numerals or words)%0Areference: The core essence")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n## evalkit gate ❌ FAILED: 3 failed, 4 passed, 1 skipped (rule checks)")
    assert (gate_dir / "gate.xml").is_file()


def test_full_reports_from_the_gate(cli, gate_dir):
    res = cli("gate", "--config", gate_dir / "evalkit.toml", "--out", gate_dir / "reports")
    assert res.code == 0, res.err
    assert sorted(p.name for p in (gate_dir / "reports").iterdir()) == [
        "report.html", "segments.csv", "segments.jsonl", "summary.json", "summary.md"]


def test_the_shipped_example_config_with_embeddings(cli, tmp_path, monkeypatch):
    """examples/gate/evalkit.toml as shipped (bleu, chrf and the bundled embedding model)."""
    (tmp_path / "examples" / "gate").mkdir(parents=True)
    (tmp_path / "examples" / "gate" / "evalkit.toml").write_bytes((ROOT / "examples/gate/evalkit.toml").read_bytes())
    for name in ("references", "candidates"):
        (tmp_path / name).symlink_to(ROOT / name)
    monkeypatch.chdir(tmp_path)
    assert cli("gate", "--config", "examples/gate/evalkit.toml", "--update-baseline").code == 0
    assert (tmp_path / "examples" / "gate" / "evalkit-baseline.json").is_file()
    res = cli("gate", "--config", "examples/gate/evalkit.toml")
    assert res.code == 0, res.out
    assert "PASS  floor: embed >= 80" in res.out and "PASS  regression: embed" in res.out
    lines = careful_lines()
    hyp = derived(tmp_path / "careful.txt", CAREFUL, {
        OMITTED_LINE: "", NUMBER_LINE: lines[NUMBER_LINE - 1].replace("12345", "12354")})
    res = cli("gate", "--config", "examples/gate/evalkit.toml", hyp)
    assert res.code == 1
    assert failing(res.out) == {"segments: chrf >= 15", "segments: not empty", "segments: numbers"}
    assert f"careful {IDS[OMITTED_LINE - 1]} ({hyp}:{OMITTED_LINE}): bleu 0.00 (baseline 22.37), chrf 0.00 " \
           "(baseline 58.13), embed 0.00 (baseline 91.19)" in res.out
    # docs/gating.md shows this run (benchmarks/gate_wall_time.py writes the candidate there)
    shown = "benchmarks/out/gate/careful.txt"
    docs = (ROOT / "docs" / "gating.md").read_text(encoding="utf-8")
    assert f"$ evalkit gate --config examples/gate/evalkit.toml {shown}\n{res.out.replace(str(hyp), shown)}```" in docs


def test_every_candidate_of_a_glob_is_gated_against_its_own_baseline(cli, tmp_path):
    rules = RULES.replace('bleu = ">= 20"\nchrf = ">= 55"', 'chrf = ">= 30"')
    cfg = config(tmp_path, rules=rules, candidates=[ROOT / "candidates" / "natsec-zh-en" / "*.txt"])
    assert cli("gate", "--config", cfg, "--update-baseline").code == 0
    res = cli("gate", "--config", cfg, "--junit", tmp_path / "gate.xml")
    assert res.code == 1
    headers = [line for line in res.out.splitlines() if re.match(r"\S+ \(.*natsec-zh-en/", line)]
    assert [h.split()[0] for h in headers] == ["careful", "hasty-draft", "literal-mt"]
    empty = re.findall(r"segments: not empty +(\d+) of 79 segments", res.out)
    assert empty == ["0", "2", "0"]  # careful, hasty-draft (2 empty lines), literal-mt
    assert all(f"regression: {m}" not in failing(res.out) for m in ("bleu", "chrf"))  # each against itself
    assert [suite.name for suite in JUnitXml.fromfile(str(tmp_path / "gate.xml"))] == [
        "careful", "hasty-draft", "literal-mt"]

"""The gate's CI outputs: JUnit XML (read back with junitparser), Markdown (golden file),
GitHub annotations (escaped as the Actions toolkit escapes them)."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

import pytest
from conftest import DATA
from junitparser import Failure, JUnitXml, Skipped

import evalkit
from evalkit.baseline import baseline_from
from evalkit.config import parse_rules
from evalkit.gate import check
from evalkit.reports import render_gate_markdown, render_junit, write_gate_reports
from evalkit.reports.github import annotations

GOLDEN = DATA / "gate" / "verdict.md"
REFS = ["The plan was approved on 3 May.", "Exports grew by 12 percent.", "The committee met twice.",
        "Thank you.", "Prices fell in 2024.", "A bold | piped claim of 5."]
BEFORE = ["The plan was approved on 3 May.", "Exports grew by 12 percent.", "The committee met two times.",
          "Thank you.", "Prices fell in 2024.", "A bold | piped claim of 5."]
AFTER = ["The plan was approved on 3 May.", "Exports grew by 21 percent.", "The committee met two times.",
         "", "Prices fell in 2024.", "A <b>bold</b> | piped claim of 6."]
RULES = {"floors": {"chrf": ">= 50", "bleu": ">= 90"}, "regression": {"margin": 1},
         "segments": {"floors": {"chrf": ">= 40"}, "empty": True, "numbers": True, "script": True}}


@pytest.fixture(scope="module")
def verdict():
    options = {"metrics": ["chrf", "bleu"], "resamples": 100, "ids": [f"s{i}" for i in range(1, 7)]}
    baseline = baseline_from(evalkit.score_texts({"mt": BEFORE}, references=REFS, **options), "baseline.json")
    return check(evalkit.score_texts({"mt": AFTER}, references=REFS, **options), parse_rules(RULES), baseline)


def test_markdown_matches_the_golden_file(verdict):
    text = render_gate_markdown(verdict)
    if os.environ.get("EVALKIT_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
    assert "&lt;b&gt;bold&lt;/b&gt; \\| piped" in text  # candidate markup shown, not rendered


def test_junit_reads_back_one_case_per_rule(verdict, tmp_path):
    path = tmp_path / "gate.xml"
    write_gate_reports(verdict, junit=path)
    xml = JUnitXml.fromfile(str(path))
    suites = list(xml)
    assert [s.name for s in suites] == ["mt"]
    suite = suites[0]
    assert (suite.tests, suite.failures, suite.skipped, suite.errors) == (8, 5, 1, 0)
    cases = {case.name: case for case in suite}
    assert list(cases) == [o.rule for o in verdict.outcomes]
    assert all(case.classname == "evalkit.gate.mt" for case in suite)
    assert cases["floor: chrf >= 50"].is_passed
    [failure] = cases["segments: numbers"].result
    assert isinstance(failure, Failure)
    assert failure.message == "2 of 6 segments: s2, s6"
    assert "segments: numbers: missing 12; not in the original: 21 (vs the reference; digits changed)" in failure.text
    assert "hyp: Exports grew by 21 percent." in failure.text
    [failure] = cases["floor: bleu >= 90"].result
    assert failure.message.startswith("bleu ") and failure.text == failure.message
    [skipped] = cases["segments: script"].result
    assert isinstance(skipped, Skipped)
    assert skipped.message == "the reference has no Traditional or Simplified characters"


def test_junit_survives_characters_xml_cannot_hold():
    result = evalkit.score_texts({"mt": ["bad \x01 byte", ""]}, references=["bad byte", "x"], metrics=["chrf"])
    text = render_junit(check(result, parse_rules({"segments": {"empty": True, "floors": {"chrf": ">= 99"}}})))
    assert "\x01" not in text and "bad \ufffd byte" in text
    ET.fromstring(text.split("\n", 1)[1])


def test_github_annotations_point_at_lines_and_escape_their_text(verdict, tmp_path, monkeypatch):
    commands = annotations(verdict, {"GITHUB_WORKSPACE": str(tmp_path)})
    # corpus rules without segments have no line; segments in memory have no file
    assert commands[0].startswith("::error title=evalkit gate%3A floor%3A bleu >= 90::mt: bleu ")
    segment = next(c for c in commands if c.startswith("::error title=evalkit gate%3A mt s2::"))
    assert segment == ("::error title=evalkit gate%3A mt s2::s2: segments: numbers: missing 12; not in the original: "
                       "21 (vs the reference; digits changed)%0Areference: Exports grew by 12 percent.")
    assert len(commands) == 2 + len(verdict.findings)


def gate_on_github(cli, directory, monkeypatch, candidate: str, text: str):
    """`evalkit gate` on GitHub Actions: a candidate checked for numbers against a three-line reference."""
    (directory / "ref.txt").write_text("one 1\ntwo 2\nthree 3\n", encoding="utf-8")
    (directory / candidate).parent.mkdir(exist_ok=True)
    (directory / candidate).write_text(text, encoding="utf-8")
    (directory / "evalkit.toml").write_text(f'[task]\nref = "ref.txt"\ncandidates = "{candidate}"\n[settings]\n'
                                            'metrics = ["chrf"]\n[rules.segments]\nnumbers = true\n', encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(directory))
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    res = cli("gate", "--config", directory / "evalkit.toml")
    assert res.code == 1
    return res


def test_github_annotations_name_files_relative_to_the_workspace(cli, tmp_path, monkeypatch):
    res = gate_on_github(cli, tmp_path, monkeypatch, "po/de.txt", "one 1\ntwo 3\nthree 3\n")
    assert res.out.splitlines()[-1] == ("::error file=po/de.txt,line=2,title=evalkit gate%3A de 2::2: segments: "
                                        "numbers: missing 2; not in the original: 3 (vs the reference; digits "
                                        "changed)%0A"
                                        "reference: two 2")


def test_annotations_for_a_jsonl_candidate_point_at_the_line_of_the_id(cli, tmp_path, monkeypatch):
    res = gate_on_github(cli, tmp_path, monkeypatch, "mt.jsonl", '{"id": "3", "text": "three 3"}\n\n'
                         '{"id": "1", "text": "one 7"}\n{"id": "2", "text": "two 2"}\n')
    assert res.out.splitlines()[-1].startswith("::error file=mt.jsonl,line=3,title=evalkit gate%3A mt 1::1: ")
    assert f"mt 1 ({tmp_path / 'mt.jsonl'}:3): chrf " in res.out

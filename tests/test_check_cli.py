"""`evalkit check` and `evalkit refs check` on the command line: output, files, exit codes."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from conftest import write_lines

from evalkit.references import load_reference_set, write_reference_set


@pytest.fixture
def draft(data_dir):
    return data_dir / "check" / "natsec-draft.en.md"


@pytest.fixture
def glossary(data_dir):
    return data_dir / "check" / "glossary.zh-en.tsv"


def test_check_prints_findings_worst_first_grouped_by_kind(cli, draft, glossary, reference_set_dir, tmp_path):
    out = tmp_path / "report"
    result = cli("check", draft, "--ref", reference_set_dir, "--lang", "zh-en", "--glossary", glossary, "--out", out)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "(zh→en) against reference set natsec-en-zh (zh source, en reference): 98 draft sentences aligned to " \
           "79 segments (1 left out, 1 added)" in lines[0]
    # the counts of every kind, the advisory (low) ones after the others
    assert re.fullmatch(r"\d+ findings: omission 1, addition 1, untranslated 1, numbers 1, placeholders 0, terminology 1, script 0, "
                        r"weak 3, negation \d+, names \d+, order \d+, clause-omission \d+, clause-addition \d+", lines[1])
    kinds = [line.split("│")[1].strip() for line in lines if line.startswith("│") and line.split("│")[1].strip()]
    # the planted wrong figure is a "digits changed" difference: advisory by its measured precision
    assert kinds[:4] == ["omission (1)", "addition (1)", "untranslated (1)", "terminology (1)"]
    assert {"numbers (1)", "weak (3)"} <= set(kinds[4:])
    assert "numbers differ (digits changed): missing 12345; not in the source: 12315" in result.out
    assert sorted(path.name for path in out.iterdir()) == ["alignment.jsonl", "findings.jsonl", "report.html", "summary.md"]

    findings = [json.loads(line) for line in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    numbers = next(f for f in findings if f["kind"] == "numbers")
    assert numbers["ids"] == ["p12s07"] and numbers["details"] == {"case": "digits changed", "missing": ["12345"],
                                                             "added": ["12315"]}
    assert numbers["draft"]["line"] == 58 and numbers["draft"]["column"] == 1
    assert "12315" in numbers["draft"]["text"]
    text = draft.read_text(encoding="utf-8")
    assert text[numbers["draft"]["start"]:numbers["draft"]["end"]] == numbers["draft"]["text"]

    alignment = [json.loads(line) for line in (out / "alignment.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {row["shape"] for row in alignment} >= {"1-0", "0-1", "2-1", "1-3"}
    omitted = next(row for row in alignment if row["shape"] == "1-0")
    assert omitted["ids"] == ["p12s10"] and omitted["draft"]["text"] == "" and omitted["source"].startswith("要深化產業協會")
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert ("| low | numbers | 58:1 | p12s07 | numbers differ (digits changed): missing 12345; not in the source: "
            "12315 |") in summary


@pytest.mark.parametrize("fail_on, code, advisory", [
    ("omission", 1, False), ("script,terminology", 0, False), ("omission:high", 1, False),
    ("weak", 0, True),  # weak findings are low: advisory unless asked for
    ("weak:low", 1, False),
    ("numbers", 0, True), ("numbers:high", 0, True), ("numbers:low", 1, False),  # the planted figure is low
])
def test_fail_on(cli, draft, reference_set_dir, fail_on, code, advisory):
    result = cli("check", draft, "--ref", reference_set_dir, "--lang", "zh-en", "--fail-on", fail_on)
    assert result.code == code, result.err
    assert ("exit code 1" in result.out) == (code == 1)
    assert ("not counted (KIND:low counts the low ones)" in result.out) == advisory


def test_reference_free_check(cli, draft, reference_set_dir):
    result = cli("check", draft, "--src", reference_set_dir / "zh.txt", "--lang", "zh-en")
    assert result.code == 0, result.err
    assert "against source" in result.out and "still in Chinese: 基礎不牢,地動山搖。" in result.out


def test_refs_check(cli, reference_set_dir, tmp_path):
    result = cli("refs", "check", reference_set_dir, "--out", tmp_path / "refs")
    assert result.code == 0, result.err
    assert "natsec-en-zh/en.txt (zh→en) against its zh side" in result.out
    assert "natsec-en-zh/zh.txt (en→zh) against its en side" in result.out
    assert result.out.count("0 findings") == 2
    assert (tmp_path / "refs" / "findings.jsonl").read_text(encoding="utf-8") == ""


def test_refs_check_fails_on_a_damaged_reference(cli, reference_set_dir, tmp_path):
    reference_set = load_reference_set(reference_set_dir)
    segments = list(reference_set.segments)
    segments[47] = replace(segments[47], en=segments[47].en.replace("12345", "12354"))  # p12s07; zh keeps 12345
    # written as `refs build` writes a set (hashes and all): a hand edit would be refused on loading
    broken = write_reference_set(replace(reference_set, segments=tuple(segments)), tmp_path / "broken")
    result = cli("refs", "check", broken, "--lang", "zh-en", "--fail-on", "numbers:low", "--out", tmp_path / "out")
    assert result.code == 1
    rows = [json.loads(line) for line in (tmp_path / "out" / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(row["kind"], row["ids"], row["draft"]["line"]) for row in rows] == [("numbers", ["p12s07"], 48)]


@pytest.mark.parametrize("args, message", [
    (["check", "DRAFT"], "give a reference (--ref) or a source (--src)"),
    (["check", "DRAFT", "--ref", "REFSET", "--fail-on", "numbrs"], "--fail-on: unknown kind 'numbrs'"),
    (["check", "DRAFT", "--ref", "REFSET", "--glossary", "BADGLOSSARY"], "expected 'source term<TAB>target term'"),
    (["check", "EMPTY", "--ref", "REFSET", "--lang", "zh-en"], "no text to check"),
    (["check", "MISSING", "--ref", "REFSET", "--lang", "zh-en"], "file not found"),
    (["check", "DRAFT", "--ref", "REFSET", "--lang", "zh-en", "--out", "REFSET"], "holds a reference set"),
    (["refs", "check", "REFSET", "--glossary", "BADGLOSSARY"], "--glossary needs --lang"),
    (["refs", "check", "NOTREFSET"], "not a reference set"),
])
def test_bad_input_exits_2_with_one_line(cli, args, message, draft, reference_set_dir, tmp_path):
    bad = write_lines(tmp_path / "glossary.tsv", ["總體國家安全觀 overall national security concept"])
    empty = write_lines(tmp_path / "empty.md", ["", "  "])
    names = {"DRAFT": draft, "REFSET": reference_set_dir, "BADGLOSSARY": bad, "EMPTY": empty,
             "MISSING": tmp_path / "missing.md", "NOTREFSET": tmp_path}
    result = cli(*[names.get(arg, arg) for arg in args])
    assert result.code == 2
    assert result.err.startswith("evalkit: error: ") and message in result.err
    assert len(result.err.strip().splitlines()) == 1

"""System names (issue 11, item 18): file names less what they all share; --name for all or none."""

from __future__ import annotations

import json

import pytest
from conftest import REFSET, write_lines

from evalkit.candidates import default_names

EN = (REFSET / "en.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("files, names", [
    (["newstest2021.zh-en.hyp.A", "newstest2021.zh-en.hyp.Borderline"], ["A", "Borderline"]),
    (["out/newstest2021.zh-en.A.txt", "out/newstest2021.zh-en.B.txt"], ["A", "B"]),
    (["careful.txt", "literal-mt.txt", "hasty-draft.txt"], ["careful", "literal-mt", "hasty-draft"]),
    (["model_a_final.jsonl", "model_b_final.jsonl"], ["a", "b"]),
    (["system one.txt", "system two.txt"], ["one", "two"]),
    (["run1.txt", "run2.txt"], ["run1", "run2"]),  # only at separators: never "1" and "2"
    (["hyp.txt", "hyp.v2.txt"], ["hyp", "hyp.v2"]),  # the prefix would leave "hyp" empty
    (["x.y", "x.y.y"], ["y", "y.y"]),  # prefix and suffix overlap in "x.y": the suffix stays
    (["a/hyp.txt", "b/hyp.txt"], ["hyp", "hyp"]),  # nothing to strip; a duplicate is refused later
])
def test_common_prefix_and_suffix_are_stripped_at_separators(files, names):
    assert default_names(files, None) == names


def test_a_single_system_keeps_its_stem():
    assert default_names(["newstest2021.zh-en.hyp.A.txt"], None) == ["newstest2021.zh-en.hyp.A"]


def test_given_names_are_used_as_given():
    assert default_names(["a.txt", "b.txt"], ["x", "y"]) == ["x", "y"]


def test_stripped_names_reach_the_reports(cli, tmp_path):
    hyps = [write_lines(tmp_path / f"newstest2021.zh-en.hyp.{name}", EN) for name in ("A", "Borderline")]
    res = cli("score", "--ref", REFSET, "--lang", "zh-en", *hyps, "--metrics", "bleu", "--out", tmp_path / "o")
    assert res.code == 0, res.err
    summary = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in summary["systems"]] == ["A", "Borderline"]
    assert [s["path"] for s in summary["systems"]] == [str(h) for h in hyps]


def test_fewer_names_than_files_is_an_error(cli, tmp_path):
    hyps = [write_lines(tmp_path / f"{name}.txt", EN) for name in ("a", "b", "c")]
    res = cli("score", "--ref", REFSET, "--lang", "zh-en", "--name", "x", "--name", "y", *hyps, "--out", tmp_path / "o")
    assert res.code == 2 and not (tmp_path / "o").exists()
    assert res.err == ("evalkit: error: 2 names given (--name) for 3 candidate files; "
                       "give one --name per candidate file, or none\n")

"""The checks for errors inside a sentence (negation, names, order, clause-omission,
clause-addition) on real translations: what each must catch and what it must not flag
(tests/data/meaning/README.md)."""

from __future__ import annotations

import json

import pytest

from evalkit import Settings, check
from evalkit.checks import SEVERITIES
from evalkit.checks.negation import cues

from conftest import DATA, write_lines

CASES = [json.loads(line) for line in (DATA / "meaning" / "cases.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Settings:
    return Settings(cache_dir=str(tmp_path_factory.getbasetemp() / "evalkit-cache"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}-{'flag' if c['flag'] else 'clean'}-{c['origin'].split(', ')[-1]}"
                                             for c in CASES])
def test_real_sentences(case, settings, tmp_path):
    segments = case["segments"]
    files = {name: write_lines(tmp_path / f"{name}.txt", [s[name] for s in segments])
             for name in ("source", "reference", "draft")}
    result = check(files["draft"], ref=files["reference"], src=files["source"], lang=case["lang"], settings=settings)
    found = result.of_kind(case["kind"])
    if case["flag"]:
        expected = tuple(case.get("ids", [str(len(segments))]))
        assert [f.ids for f in found] == [expected], case["why"]
        assert all(f.severity in SEVERITIES for f in found)
    else:
        assert found == [], case["why"]


def _case(kind: str, flag: bool) -> dict:
    return next(c for c in CASES if c["kind"] == kind and c["flag"] is flag)


def test_without_a_reference_no_clause_is_judged(settings, tmp_path):
    """Against the source alone the cosine flags paraphrase: the clause checks need a reference."""
    segment = _case("clause-omission", True)["segments"][0]
    draft = write_lines(tmp_path / "draft.txt", [segment["draft"]])
    source = write_lines(tmp_path / "source.txt", [segment["source"]])
    result = check(draft, src=source, lang="zh-en", settings=settings)
    assert result.of_kind("clause-omission") == [] and result.of_kind("clause-addition") == []


def test_chinese_drafts_are_not_checked_for_names(settings, tmp_path):
    """An invented sentence pair: a Chinese draft that drops and changes names is not judged (jieba's name tags
    and transliterations vary too much; docs/checking.md)."""
    source = write_lines(tmp_path / "source.txt", ["Dominic Raab met Paul Pogba in Manchester."])
    reference = write_lines(tmp_path / "reference.txt", ["多米尼克·拉布在曼彻斯特会见了保罗·博格巴。"])
    draft = write_lines(tmp_path / "draft.txt", ["拉布在伦敦会见了某人。"])
    result = check(draft, ref=reference, src=source, lang="en-zh", settings=settings)
    assert result.of_kind("names") == []


@pytest.mark.parametrize("text, negates", [
    ("找不到這個檔案。", True),  # Symfony validators zh_TW, unit 14: "The file could not be found."
    ("我听不到。", True),
    ("收入不到1000元。", False),  # 不到 before an amount: "less than"
    ("不到一半的人投票。", False),
    ("用了不到两年。", False),
])
def test_bu_dao_negates_after_a_verb_and_not_before_an_amount(text, negates):
    assert bool(cues(text, "zh")) is negates

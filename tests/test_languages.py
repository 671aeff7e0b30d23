"""Language and direction sanity (issue 11, items 7-9): inputs in the wrong language are
refused with one line saying what was found; untranslated candidate segments are flagged
and scored as what they are; legitimate inputs (mixed, short, numbers) pass."""

from __future__ import annotations

import csv
import json

import pytest
from conftest import DATA, REFSET, ROOT, SEED, write_lines

import evalkit
from evalkit.errors import InputError
from evalkit.langcheck import untranslated
from evalkit.reports.escape import md

CANDIDATES = ROOT / "candidates" / "natsec-zh-en"
EN = (REFSET / "en.txt").read_text(encoding="utf-8").splitlines()
ZH = (REFSET / "zh.txt").read_text(encoding="utf-8").splitlines()
SHIPPED = ("careful", "literal-mt", "hasty-draft")
# candidates/natsec-zh-en/README.md: the planted untranslated lines (1-based)
PLANTED = {"careful": [], "literal-mt": [44, 69], "hasty-draft": [58]}


def one_line_error(res) -> str:
    lines = [line for line in res.err.splitlines() if line.strip()]
    assert res.code == 2 and len(lines) == 1, res.err
    assert lines[0].startswith("evalkit: error: ") and "Traceback" not in res.err
    return lines[0].removeprefix("evalkit: error: ")


# ---- item 7: a clear mismatch is refused, saying what was found

def test_english_candidates_for_an_en_zh_task_are_refused(cli, tmp_path):
    careful = CANDIDATES / "careful.txt"
    res = cli("score", "--ref", REFSET, "--lang", "en-zh", careful, "--out", tmp_path / "out")
    assert one_line_error(res) == f"--lang en-zh says the candidates are zh, but {careful} is English (100% of 79 segments)"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, message", [
    (["--ref", REFSET / "zh.txt", "--lang", "zh-en"],
     f"--lang zh-en says the references are en, but {REFSET / 'zh.txt'} is Chinese (100% of 79 segments)"),
    (["--ref", REFSET / "en.txt", "--src", REFSET / "en.txt", "--lang", "zh-en"],
     f"--lang zh-en says the source is zh, but {REFSET / 'en.txt'} is English (100% of 79 segments)"),
    (["--ref", REFSET / "en.txt", "--lang", "en-zh"],
     f"--lang en-zh says the references are zh, but {REFSET / 'en.txt'} is English (100% of 79 segments)"),
])
def test_plain_files_in_the_wrong_language_are_refused(cli, args, message):
    assert one_line_error(cli("score", *args, CANDIDATES / "careful.txt", "--metrics", "bleu")) == message


def test_without_lang_candidates_must_be_in_the_references_language(cli):
    res = cli("score", "--ref", REFSET / "en.txt", REFSET / "zh.txt", "--metrics", "bleu")
    assert one_line_error(res) == (f"{REFSET / 'zh.txt'} is Chinese (100% of 79 segments), but the reference "
                                   f"{REFSET / 'en.txt'} is English (100% of 79 segments); "
                                   "candidates must be in the reference's language")


def test_the_source_submitted_as_the_candidate_is_refused(cli):
    res = cli("score", "--src", REFSET / "zh.txt", REFSET / "zh.txt")
    assert one_line_error(res) == (f"{REFSET / 'zh.txt'} is Chinese, the language of the source {REFSET / 'zh.txt'}; "
                                   "a candidate must be a translation (for a same-language task, say so with --lang zh-zh)")


def test_a_language_outside_the_pair_is_refused(tmp_path):
    ref = write_lines(tmp_path / "ref.de", ["Der Hund schläft im Garten.", "Wir fahren morgen nach Berlin."])
    hyp = write_lines(tmp_path / "hyp.txt", ZH[2:4])
    with pytest.raises(InputError, match=r"hyp.txt is in none of English, German \(100% of 2 segments\)$"):
        evalkit.score([hyp], ref=ref, lang="en-de", metrics=["bleu"])


def test_the_api_checks_languages_too():
    with pytest.raises(InputError, match=r"says the candidates are zh, but candidate 'a' is English"):
        evalkit.score_texts({"a": EN}, references=ZH, lang="en-zh", metrics=["bleu"])


def test_without_lang_the_direction_is_found():
    result = evalkit.score([CANDIDATES / "careful.txt"], ref=REFSET / "en.txt", src=REFSET / "zh.txt", metrics=["bleu"])
    assert (result.reference.source_lang, result.reference.target_lang) == ("zh", "en")
    free = evalkit.score_texts({"a": EN}, sources=ZH, metrics=["embed_src"])
    assert (free.reference.source_lang, free.reference.target_lang) == ("zh", "en")


def test_a_short_chinese_reference_is_chinese_by_its_script():
    result = evalkit.score_texts({"a": ["国家安全体系"] * 3}, references=["國家安全體系"] * 3, metrics=["bleu"])
    assert result.reference.target_lang == "zh" and result.warnings[0].startswith("SCRIPT MISMATCH")


def test_a_stream_too_short_to_guess_is_never_a_mismatch():
    # "AAO" would be Icelandic among the languages guessed for the others ('a' * 1000: Romanian)
    result = evalkit.score_texts({"a": ["", "a" * 1000], "b": ["a" * 1000, "Ð"]}, references=["", "AAO"],
                                 metrics=["bleu"])
    assert [system.name for system in result.systems] == ["a", "b"]  # scored, not refused


def test_a_reference_set_without_lang_takes_the_candidates_side(cli, tmp_path):
    res = cli("score", "--ref", REFSET, CANDIDATES / "careful.txt", "--metrics", "bleu", "--out", tmp_path)
    assert res.code == 0, res.err
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert (summary["reference"]["source_lang"], summary["reference"]["target_lang"]) == ("zh", "en")
    with_lang = evalkit.score([CANDIDATES / "careful.txt"], ref=REFSET, lang="zh-en", metrics=["bleu"])
    assert summary["systems"][0]["corpus"]["bleu"] == round(with_lang.systems[0].corpus["bleu"], 4)


def test_a_source_against_the_side_the_candidates_pick_is_refused(cli):
    res = cli("score", "--ref", REFSET, "--src", REFSET / "en.txt", CANDIDATES / "careful.txt", "--metrics", "bleu")
    assert one_line_error(res) == (f"the candidates' language (en) says the source is zh, but {REFSET / 'en.txt'} "
                                   "is English (100% of 79 segments)")


def test_candidates_in_both_languages_of_a_reference_set_are_refused(cli):
    res = cli("score", "--ref", REFSET, CANDIDATES / "careful.txt", REFSET / "zh.txt", "--metrics", "bleu")
    assert one_line_error(res).startswith(f"the candidates are not in one language ({CANDIDATES / 'careful.txt'} "
                                          "is English (100% of 79 segments); ")


# ---- item 7: legitimate inputs are never refused

CASES = sorted(p for p in (DATA / "cases").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@pytest.mark.parametrize("with_lang", [True, False])
def test_golden_cases_are_accepted(case, with_lang):
    lang = json.loads((case / "case.json").read_text())["lang"]
    result = evalkit.score([case / "hyp.txt"], ref=sorted(case.glob("ref*.txt")), lang=lang if with_lang else None,
                           metrics=["bleu"])
    assert result.reference.target_lang == lang.split("-")[1]
    assert result.systems[0].untranslated == ()


@pytest.mark.parametrize("hyps", [
    ["Wang Xiaohong (王小洪)", "The Fengqiao Experience (楓橋經驗)", "The 《決定》 Resolution"],  # glosses of the original
    ["III.", "12345", "2024-08-01"],  # nothing to judge
    ["Fine.", "OK", "Yes"],  # short
])
def test_mixed_short_and_numeric_segments_are_accepted_and_not_flagged(hyps):
    result = evalkit.score_texts({"a": hyps}, references=EN[:3], sources=ZH[:3], lang="zh-en", metrics=["bleu"])
    assert result.systems[0].untranslated == ()


@pytest.mark.parametrize("left", [15, 47])  # 19% and 59% of the segments left in Chinese
def test_untranslated_segments_are_flagged_not_refused(left):
    hyps = ZH[:left] + EN[left:]
    result = evalkit.score_texts({"a": hyps}, references=EN, sources=ZH, lang="zh-en", metrics=["bleu"])
    assert result.systems[0].untranslated == tuple(range(left))


def test_a_candidate_mostly_in_the_source_language_is_refused():
    hyps = ZH[:67] + EN[67:]  # 85%: beyond langcheck.CLEAR
    with pytest.raises(InputError, match=r"candidate 'a' is Chinese \(85% of 79 segments\)$"):
        evalkit.score_texts({"a": hyps}, references=EN, sources=ZH, lang="zh-en", metrics=["bleu"])


# ---- item 8: untranslated segments are flagged everywhere and score 0 on embedding metrics

def test_the_planted_untranslated_segments_are_exactly_those_found():
    for name, lines in PLANTED.items():
        hyps = (CANDIDATES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        found = untranslated(hyps, sources=ZH, references=[EN], source_lang="zh", target_lang="en")
        assert [i + 1 for i in found] == lines, name


def test_untranslated_segments_are_reported_and_score_zero(cli, tmp_path):
    res = cli("score", "--ref", REFSET, "--lang", "zh-en", *(CANDIDATES / f"{n}.txt" for n in SHIPPED),
              "--metrics", "chrf,embed,embed_src", "--out", tmp_path)
    assert res.code == 0, res.err
    warnings = [
        "UNTRANSLATED: literal-mt has 2 of 79 segments copied from the source or in the source language (zh): "
        "p12s03, p17s01; they score 0 on embed and embed_src",
        "UNTRANSLATED: hasty-draft has 1 of 79 segments copied from the source or in the source language (zh): "
        "p13s03; they score 0 on embed and embed_src",
    ]
    console = " ".join(res.out.split())
    for warning in warnings:
        assert f"WARNING {warning}" in console
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert summary["warnings"] == warnings
    assert {s["name"]: s["n_untranslated"] for s in summary["systems"]} == {"careful": 0, "literal-mt": 2, "hasty-draft": 1}
    assert all("|untr:0|" in s["signatures"][m] for s in summary["systems"] for m in ("embed", "embed_src"))
    rows = [json.loads(line) for line in (tmp_path / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    flagged = {(row["system"], row["index"] + 1) for row in rows if row["untranslated"]}
    assert flagged == {(name, line) for name, lines in PLANTED.items() for line in lines}
    for row in rows:
        if row["untranslated"]:
            assert row["embed"] == row["embed_src"] == 0
    with open(tmp_path / "segments.csv", encoding="utf-8") as handle:
        assert [r["untranslated"] == "True" for r in csv.DictReader(handle)] == [r["untranslated"] for r in rows]
    markdown = (tmp_path / "summary.md").read_text(encoding="utf-8")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    for warning in warnings:
        assert md(warning) in markdown and warning in html
    assert '"untranslated":[[],[43,68],[57]]' in html


def test_the_source_copied_into_a_candidate_scores_zero_not_100():
    hyps = list(EN[:4])
    hyps[1] = ZH[1]
    result = evalkit.score_texts({"a": hyps}, references=EN[:4], sources=ZH[:4], lang="zh-en",
                                 metrics=["embed", "embed_src"])
    system = result.systems[0]
    assert system.untranslated == (1,)
    assert system.segments["embed_src"][1] == 0.0 and system.segments["embed"][1] == 0.0
    assert system.segments["embed"][0] > 99  # the rest is scored as before


@pytest.mark.parametrize("lang, target, source", [("zh-en", EN, ZH), ("en-zh", ZH, EN)])
def test_segments_in_the_source_language_are_flagged_without_being_copies(lang, target, source):
    hyps = list(target[:6])
    hyps[2] = source[2][: len(source[2]) // 2]  # half the source: no copy, but the source's language
    assert untranslated(hyps, sources=source[:6], references=[target[:6]], source_lang=lang[:2],
                        target_lang=lang[3:]) == (2,)


def test_a_copy_is_flagged_even_when_languages_cannot_be_told():
    sources = ["Berlin Hauptbahnhof", "Guten Morgen", "Danke schön"]
    hyps = ["Berlin Hauptbahnhof", "Good morning", "Thank you"]
    assert untranslated(hyps, sources=sources, references=[["Berlin central station", "Good morning", "Thanks"]],
                        source_lang=None, target_lang=None) == (0,)


def test_a_segment_whose_reference_is_also_untranslated_is_not_flagged():
    refs = list(EN[:3])
    refs[2] = ZH[2]  # a title the reference keeps in the original
    assert untranslated(ZH[:3], sources=ZH[:3], references=[refs], source_lang="zh", target_lang="en") == (0, 1)


def test_same_language_tasks_flag_nothing():
    assert untranslated(EN[:3], sources=EN[:3], references=[EN[:3]], source_lang="en", target_lang="en") == ()


# ---- item 9: a reference set is never built from swapped sides

def test_refs_build_refuses_swapped_files(cli, tmp_path):
    res = cli("refs", "build", "--en", REFSET / "zh.txt", "--zh", REFSET / "en.txt", "--out", tmp_path / "out",
              "--aligner", "length")
    assert one_line_error(res) == (
        f"--en {REFSET / 'zh.txt'} is Chinese (100% of 79 paragraphs), not English; "
        f"--zh {REFSET / 'en.txt'} is English (100% of 79 paragraphs), not Chinese; did you swap --en and --zh?")
    assert not (tmp_path / "out").exists()


def test_refs_build_refuses_a_seed_with_swapped_sections(cli, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    seed = tmp_path / "seed.txt"
    seed.write_text(text.replace("現代英語:", "@").replace("現代國語:", "現代英語:").replace("@", "現代國語:"),
                    encoding="utf-8")
    res = cli("refs", "build", seed, "--out", tmp_path / "out", "--aligner", "length")
    assert one_line_error(res).endswith("are the 現代英語: and 現代國語: sections swapped?")
    assert not (tmp_path / "out").exists()


def test_refs_build_refuses_one_side_in_the_wrong_language(cli, tmp_path):
    res = cli("refs", "build", "--en", REFSET / "en.txt", "--zh", REFSET / "en.txt", "--out", tmp_path / "out",
              "--aligner", "length")
    assert one_line_error(res) == f"--zh {REFSET / 'en.txt'} is English (100% of 79 paragraphs), not Chinese"
    assert not (tmp_path / "out").exists()


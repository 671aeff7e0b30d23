"""Bucketed analysis: bucket scores are sacrebleu corpus scores of the bucket's segments."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sacrebleu.metrics import BLEU, CHRF

from bench_fixtures import REFSET, english_refs, three_systems  # noqa: F401 (fixtures)
from evalkit.analysis import analyse
from evalkit.reports.html import render_html
from evalkit.reports.markdown import SHORT_BLEU, render_markdown
from evalkit.scoring import score, score_texts
from evalkit.significance import SignificanceSettings, build_leaderboard

SYSTEMS = ("alpha", "beta", "gamma")


@pytest.fixture(scope="module")
def result(three_systems):
    return score([three_systems[s] for s in SYSTEMS], ref=REFSET, lang="zh-en", metrics=["bleu", "chrf"])


def test_buckets_cover_every_segment_and_equal_sacrebleu_on_the_subset(result):
    analysis = analyse(result)
    assert analysis.length_of == "reference" and analysis.length_unit == "words"
    assert sum(b.n for b in analysis.by_length) == len(result.ids)
    assert sum(b.n for b in analysis.by_paragraph) == len(result.ids)
    refs = result.references[0]
    bucket = max(analysis.by_length, key=lambda b: b.n)
    low, _, high = bucket.label.rstrip("+").partition("-")
    rows = [i for i, r in enumerate(refs) if int(low) <= len(r.split()) <= (int(high) if high else 10**9)]
    assert len(rows) == bucket.n
    hyps = result.system("beta").hypotheses
    subset_hyps, subset_refs = [hyps[i] for i in rows], [[refs[i] for i in rows]]
    assert bucket.scores["beta"]["bleu"] == round(BLEU().corpus_score(subset_hyps, subset_refs).score, 4)
    assert bucket.scores["beta"]["chrf"] == round(CHRF().corpus_score(subset_hyps, subset_refs).score, 4)


def test_worst_segments_and_largest_differences_are_ordered(result):
    analysis = analyse(result, baseline="alpha", top=5)
    worst = [s.scores["gamma"] for s in analysis.worst["gamma"]]
    assert len(worst) == 5 and worst == sorted(worst)
    assert worst[0] == round(min(result.system("gamma").segments["bleu"]), 4)
    (beta, gamma) = analysis.differences
    assert (beta.system, beta.baseline) == ("beta", "alpha")
    gaps = [abs(s.scores["gamma"] - s.scores["alpha"]) for s in gamma.segments]
    assert gaps == sorted(gaps, reverse=True)
    every_gap = [abs(g - a) for g, a in zip(result.system("gamma").segments["bleu"], result.system("alpha").segments["bleu"])]
    assert gaps[0] == pytest.approx(max(every_gap), abs=1e-4)  # the largest of all 79, not just the largest shown


def test_without_a_reference_lengths_come_from_the_source(result):
    """Reference-free scoring (embedding metrics against the source) leaves no reference."""
    free = replace(result, references=())
    analysis = analyse(free)
    assert (analysis.length_of, analysis.length_unit) == ("source", "characters")  # zh source
    assert sum(b.n for b in analysis.by_length) == len(result.ids)
    assert analysis.as_json(free)["worst_segments"]["alpha"][0]["ref"] is None
    board = build_leaderboard(free, SignificanceSettings(method="none"))
    assert '"ref":null' in render_html(free, board, analysis)


# --- bucket BLEU of short candidates (issue 15, item 19): sacrebleu's corpus BLEU without 4-grams is 0 ---

@pytest.mark.parametrize("candidates, references, lang, short", [
    (["Wang Xiaohong"], ["Wang Xiaohong"], "zh-en", True),  # a two-word paragraph, exact match
    (["By Wang Xiaohong"], ["By Wang Xiaohong"], "zh-en", True),  # 3 tokens: still no 4-gram
    (["Written by Wang Xiaohong"], ["Written by Wang Xiaohong"], "zh-en", False),  # exactly 4: one 4-gram
    (["Wang Xiaohong", "The core of the concept is security ."],
     ["Wang Xiaohong", "The core of the concept is security ."], "zh-en", False),  # one long segment is enough
    (["王小洪"], ["王小洪"], "en-zh", True),  # Chinese: a token per character
    (["王小洪同志"], ["王小洪同志"], "en-zh", False),
])
def test_a_bucket_is_short_exactly_when_its_candidates_have_no_4_gram(candidates, references, lang, short):
    result = score_texts({"mt": candidates}, references=references, lang=lang, metrics=["bleu", "chrf"])
    (bucket,) = analyse(result).by_length
    expected = BLEU(tokenize="zh" if lang.endswith("zh") else "13a").corpus_score(candidates, [references]).score
    assert bucket.scores["mt"]["bleu"] == round(expected, 4)
    assert bucket.short == (("mt",) if short else ())
    assert (bucket.scores["mt"]["bleu"] == 0) == short  # all exact matches: 0 only for want of 4-grams
    assert analyse(replace(result, metrics=("chrf",))).by_length[0].short == ()  # only BLEU's zero is explained


def test_summary_md_marks_a_short_bleu_bucket_and_says_why(result):
    """The shipped reference set's paragraph 1 is "Wang Xiaohong": two words."""
    board = build_leaderboard(result, SignificanceSettings(method="none"))
    analysis = analyse(result)
    (paragraph,) = [b for b in analysis.by_paragraph if b.label == "1"]
    assert paragraph.short == SYSTEMS and all(paragraph.scores[s]["bleu"] == 0 for s in SYSTEMS)
    assert not any(b.short for b in analysis.by_paragraph if b.label != "1")
    text = render_markdown(result, board, analysis)
    assert "| 1 | 1 | 0.00\\* | 0.00\\* | 0.00\\* |" in text and text.count(SHORT_BLEU) == 1
    assert list(analysis.as_json(result)["by_paragraph"][1]["short"]) == list(SYSTEMS)  # summary.json
    chrf_first = replace(result, metrics=("chrf", "bleu"))
    assert SHORT_BLEU not in render_markdown(chrf_first, board, analyse(chrf_first))  # the tables show chrF

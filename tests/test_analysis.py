"""Bucketed analysis: bucket scores are sacrebleu corpus scores of the bucket's segments."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sacrebleu.metrics import BLEU, CHRF

from bench_fixtures import REFSET, english_refs, three_systems  # noqa: F401 (fixtures)
from evalkit.analysis import analyse
from evalkit.reports.html import render_html
from evalkit.scoring import score
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

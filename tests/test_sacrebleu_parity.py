"""evalkit's numbers must equal sacrebleu's for the same settings.

Each folder in data/cases holds ref*.txt, hyp.txt and case.json; every case is
scored by evalkit and by sacrebleu called directly, corpus and segment level.
"""

from __future__ import annotations

import json

import pytest
import sacrebleu
from conftest import DATA

import evalkit
from evalkit.segment import jieba_words

CASES = sorted(p for p in (DATA / "cases").iterdir() if p.is_dir())


def _read(path):
    return path.read_text(encoding="utf-8").splitlines()


def _load(case):
    settings = json.loads((case / "case.json").read_text())
    refs = sorted(case.glob("ref*.txt"))
    return settings, refs, _read(case / "hyp.txt"), [_read(r) for r in refs]


def _sacrebleu_metrics(tgt: str, lowercase: bool):
    tok = "zh" if tgt == "zh" else "13a"
    return {
        "bleu": (sacrebleu.BLEU(tokenize=tok, lowercase=lowercase),
                 sacrebleu.BLEU(tokenize=tok, lowercase=lowercase, effective_order=True)),
        "chrf": (sacrebleu.CHRF(lowercase=lowercase),) * 2,
        "chrf++": (sacrebleu.CHRF(word_order=2, lowercase=lowercase),) * 2,
        # sacrebleu's TER ignores case by default, and has no lowercase option of its own
        "ter": (sacrebleu.TER(asian_support=tgt == "zh"),) * 2,
    }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corpus_and_segment_scores_equal_sacrebleu(case):
    settings, ref_paths, hyps, streams = _load(case)
    result = evalkit.score(
        [case / "hyp.txt"], ref=ref_paths, lang=settings["lang"], metrics=["bleu", "chrf", "chrf++", "ter"],
        lowercase=settings.get("lowercase", False),
    )
    system = result.systems[0]
    tgt = settings["lang"].split("-")[1]
    for name, (corpus_metric, sentence_metric) in _sacrebleu_metrics(tgt, settings.get("lowercase", False)).items():
        expected = corpus_metric.corpus_score(hyps, streams)
        assert system.corpus[name] == pytest.approx(expected.score, abs=1e-9), name
        assert system.signatures[name].startswith(corpus_metric.get_signature().format()), name
        for i, hyp in enumerate(hyps):
            refs_i = [stream[i] for stream in streams]
            assert system.segments[name][i] == pytest.approx(
                sentence_metric.sentence_score(hyp, refs_i).score, abs=1e-9
            ), (name, i)


def test_jieba_tokenisation_equals_sacrebleu_on_presegmented_text():
    case = DATA / "cases" / "zh-single"
    _, ref_paths, hyps, streams = _load(case)
    result = evalkit.score([case / "hyp.txt"], ref=ref_paths, lang="en-zh", tokenize="jieba")
    seg = lambda lines: [" ".join(jieba_words(line)) for line in lines]  # noqa: E731
    expected = sacrebleu.BLEU(tokenize="none").corpus_score(seg(hyps), [seg(s) for s in streams])
    assert result.systems[0].corpus["bleu"] == pytest.approx(expected.score, abs=1e-9)
    assert "tok:jieba+none" in result.systems[0].signatures["bleu"]


def test_jieba_changes_chrfpp_and_its_signature_says_so():
    case = DATA / "cases" / "zh-single"
    plain, jieba = (
        evalkit.score([case / "hyp.txt"], ref=case / "ref.txt", lang="en-zh", metrics=["chrf++"], tokenize=tok)
        .systems[0] for tok in (None, "jieba")
    )
    assert plain.corpus["chrf++"] != jieba.corpus["chrf++"]
    assert "tok:jieba" not in plain.signatures["chrf++"] and "tok:jieba" in jieba.signatures["chrf++"]


def test_chinese_target_defaults_to_zh_tokenizer_even_without_lang():
    case = DATA / "cases" / "zh-single"
    result = evalkit.score([case / "hyp.txt"], ref=case / "ref.txt")
    assert "tok:zh" in result.systems[0].signatures["bleu"]

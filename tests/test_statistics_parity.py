"""BLEU, chrF and chrF++ statistics counted for all segments at once (metrics/ngram_matches.py)
and BLEU's faster post-tokenizer equal sacrebleu's own, segment by segment: on the golden
cases, and on a large random corpus built to hit the corners (Chinese, characters outside
the BMP, every kind of whitespace, punctuation next to digits, empty segments, repeated
n-grams, several references of tied lengths)."""

from __future__ import annotations

import random

import numpy as np
import pytest
from conftest import DATA
from sacrebleu.metrics import BLEU, CHRF
from sacrebleu.tokenizers.tokenizer_re import TokenizerRegexp

from evalkit.metrics.base import MetricInput, MetricSettings
from evalkit.metrics.ngram_matches import ReferenceNgrams, characters, words
from evalkit.metrics.sacrebleu_metrics import (_BleuStatistics, _ChrfStatistics, _PostTokenizer, make_bleu,
                                               make_chrf, make_chrfpp)

CASES = sorted(p for p in (DATA / "cases").iterdir() if p.is_dir())
# sacrebleu's options evalkit uses (chrF++, --lowercase, the zh tokenizer) and CHRF's whitespace
CHRF_VARIANTS = [dict(), dict(word_order=2), dict(lowercase=True), dict(word_order=2, lowercase=True),
                 dict(whitespace=True), dict(word_order=2, whitespace=True)]
BLEU_VARIANTS = [dict(), dict(lowercase=True), dict(tokenize="zh"), dict(tokenize="none"), dict(tokenize="char")]


def _sacrebleu_rows(metric, hyps: list[str], streams: list[list[str]]) -> np.ndarray:
    return np.array(metric._extract_corpus_statistics(hyps, streams), dtype=np.float64)


def _chrf_rows(options: dict, hyps: list[str], streams: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    statistics = _ChrfStatistics(CHRF(**options))
    statistics.prepare(streams)
    return statistics.rows(hyps), _sacrebleu_rows(CHRF(**options), hyps, streams)


def _bleu_rows(options: dict, hyps: list[str], streams: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    metric = BLEU(**options)
    _PostTokenizer.replacing(metric.tokenizer)
    statistics = _BleuStatistics(metric)
    statistics.prepare(streams)
    return statistics.rows(hyps), _sacrebleu_rows(BLEU(**options), hyps, streams)


def _read(path):
    return path.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_cases_give_sacrebleus_statistics(case):
    hyps = _read(case / "hyp.txt")
    streams = [_read(path) for path in sorted(case.glob("ref*.txt"))]
    for rows, variants in ((_chrf_rows, CHRF_VARIANTS), (_bleu_rows, BLEU_VARIANTS)):
        for options in variants:
            ours, theirs = rows(options, hyps, streams)
            np.testing.assert_array_equal(ours, theirs, err_msg=f"{rows.__name__} {options}")


_WHITESPACE = [" ", " ", "  ", "\t", "\u3000", "\xa0", "\u2009", "\x1c", "\u2028"]
_PIECES = (list("abcAB.,;:!?'\"()-&<>/{}~[]^_`@+=") + ["the", "The", "cat", "ca", "at", "a", "(hi)", "hi.", "..."]
           + ["1", "2.5", "3,000", "4-5", "x.", ".y", "&quot;", "&amp;", "<skipped>", "-\n", "\n"]
           + list("国家安全体系和能力现代化。，、“”") + ["😀", "𠀋", "é", "É", "ß", "İ", "\u0301"])


def _text(rnd: random.Random) -> str:
    if rnd.random() < 0.05:
        return ""
    if rnd.random() < 0.05:
        return rnd.choice(_WHITESPACE) * rnd.randint(1, 3)
    parts = []
    for _ in range(rnd.randint(1, 30)):
        parts.append(rnd.choice(_PIECES))
        if rnd.random() < 0.6:
            parts.append(rnd.choice(_WHITESPACE))
    return "".join(parts)


def _edited(text: str, rnd: random.Random) -> str:
    """A candidate close to its reference, as systems are: shared n-grams of every order."""
    if rnd.random() < 0.1:
        return _text(rnd)
    pieces = text.split(" ")
    for _ in range(rnd.randint(0, 4)):
        if pieces and rnd.random() < 0.5:
            del pieces[rnd.randrange(len(pieces))]
        else:
            pieces.insert(rnd.randint(0, len(pieces)), rnd.choice(_PIECES))
    return " ".join(pieces)


def _corpus(seed: int, n_refs: int, n: int = 1000) -> tuple[list[str], list[list[str]]]:
    rnd = random.Random(seed)
    streams = [[_text(rnd) for _ in range(n)] for _ in range(n_refs)]
    hyps = [_edited(streams[rnd.randrange(n_refs)][i], rnd) for i in range(n)]
    hyps[:3] = streams[0][:3]  # identical
    streams[0][3] = hyps[3] = ""  # both empty
    return hyps, streams


@pytest.mark.parametrize("n_refs", [1, 3])
def test_a_large_random_corpus_gives_sacrebleus_statistics(n_refs):
    hyps, streams = _corpus(n_refs, n_refs)
    for rows, variants in ((_chrf_rows, CHRF_VARIANTS), (_bleu_rows, BLEU_VARIANTS)):
        for options in variants:
            ours, theirs = rows(options, hyps, streams)
            np.testing.assert_array_equal(ours, theirs, err_msg=f"{rows.__name__} {options}")
            matches = theirs[:, 2::3] if rows is _chrf_rows else theirs[:, 2:6]
            assert (matches > 0).any(axis=0).all()  # every order matches somewhere: the corpus tests them all


def test_the_post_tokenizer_equals_sacrebleus_on_every_character_and_a_random_corpus():
    theirs = TokenizerRegexp()
    ours = _PostTokenizer(theirs._re)
    # its first rule only ever matches ASCII: no other character is left out of the table
    others = "".join(map(chr, range(128, 0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    assert not theirs._re[0][0].search(others)
    texts = _corpus(5, 1, 3000)[0] + ["".join(map(chr, range(128))), " . , 1.5 a.b 3-4 -- ..1 ,, "]
    for text in texts:
        assert ours(f" {text} ") == theirs(f" {text} "), text
    assert sum(ours(text) != " ".join(text.split()) for text in texts) > 1000  # it does change text


def test_shards_of_a_metric_give_the_rows_of_the_whole():
    """A metric object prepares references per call; rows do not depend on how segments are cut."""
    hyps, (refs,) = _corpus(7, 1, 300)
    for make, reference in ((make_chrf, CHRF()), (make_chrfpp, CHRF(word_order=2)), (make_bleu, BLEU())):
        whole = make(MetricSettings()).segment_stats(MetricInput(hyps, [refs]))
        metric = make(MetricSettings())
        parts = [metric.segment_stats(MetricInput(hyps[a:a + 64], [refs[a:a + 64]])) for a in range(0, 300, 64)]
        np.testing.assert_array_equal(np.concatenate(parts), whole)
        np.testing.assert_array_equal(whole, _sacrebleu_rows(reference, hyps, [refs]))


def test_matches_clip_to_the_reference_count_and_stay_in_their_segment():
    refs = ReferenceNgrams([characters(["aaab", "ba"])], 2)
    # "aaaa": a x4 (clipped to 3), aa x3 (clipped to 2); "ab": a, b (1 each), ab (only in segment 0: 0)
    np.testing.assert_array_equal(refs.matches(characters(["aaaa", "ab"])), [[3, 2], [2, 0]])
    vocabulary: dict[str, int] = {}
    merged = ReferenceNgrams([words([["x", "y", "x"]], vocabulary, grow=True),
                              words([["x", "x", "x"]], vocabulary, grow=True)], 2)
    # several streams: each n-gram clipped to its largest count in any one of them (x: 3, xx: 2)
    np.testing.assert_array_equal(merged.matches(words([["x", "x", "x", "x", "z"]], vocabulary, grow=False)), [[3, 2]])

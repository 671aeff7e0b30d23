"""evalkit's TER statistics (metrics/ter.py) equal sacrebleu's `TER`, edit for edit: on random
sentence pairs made by shifting, substituting, dropping and inserting words (few distinct
words, so repeats and ties abound; every TER option), and on pairs built to sit on sacrebleu's
limits: blocks of 10 and 11 words, shifts of 50 and 51 words either way, the candidate limit,
a beam that decides the distance, a beam widened for very unequal lengths, empty sides.

Equal totals could hide a different path to them, so the parts are compared with sacrebleu's
too: its beam's matrix (the band included), its alignment, and each shift it picks with its
count of candidates tried."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein
from sacrebleu.metrics import TER
from sacrebleu.metrics.lib_ter import (_BEAM_WIDTH, _MAX_SHIFT_CANDIDATES, _MAX_SHIFT_DIST, _MAX_SHIFT_SIZE,
                                       BeamEditDistance, _flip_trace, _perform_shift, _shift, trace_to_alignment)

from evalkit.metrics.ter import _OUTSIDE, FastTER, _Alignment, _Beam, _shifted, _ShiftSearch

# case variants and punctuation, so that TER's case, normalisation and punctuation options matter
WORDS = ["the", "The", "THE", "cat", "sat", "on", "mat", ".", ",", "a", "of", "中国", "经济。", "it's", "&amp;", "U.S."]
OPTIONS = st.fixed_dictionaries({"case_sensitive": st.booleans(), "normalized": st.booleans(),
                                 "no_punct": st.booleans(), "asian_support": st.booleans()})


def _statistics(hyps: list[str], streams: list[list[str]], **options) -> tuple[list, list]:
    return (FastTER(**options)._extract_corpus_statistics(hyps, streams),
            TER(**options)._extract_corpus_statistics(hyps, streams))


@st.composite
def edited_pairs(draw, max_words: int, min_words: int = 0) -> tuple[str, str]:
    """(hypothesis, reference): the reference from a few distinct words, the hypothesis that
    reference after random block moves, substitutions, drops and insertions."""
    vocabulary = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8, unique=True))
    ref = draw(st.lists(st.sampled_from(vocabulary), min_size=min_words, max_size=max_words))
    hyp = list(ref)
    for kind, a, b, c in draw(st.lists(st.tuples(st.sampled_from("msdi"), st.integers(0, max_words),
                                                 st.integers(1, 12), st.integers(0, max_words)), max_size=8)):
        if kind == "m" and hyp:  # move a block (up to 12 words: longer than sacrebleu shifts)
            start = a % len(hyp)
            block, rest = hyp[start:start + b], hyp[:start] + hyp[start + b:]
            at = c % (len(rest) + 1)
            hyp = rest[:at] + block + rest[at:]
        elif kind == "s" and hyp:
            hyp[a % len(hyp)] = WORDS[c % len(WORDS)]
        elif kind == "d" and hyp:
            del hyp[a % len(hyp)]
        elif kind == "i":
            hyp.insert(a % (len(hyp) + 1), vocabulary[c % len(vocabulary)])
    return " ".join(hyp), " ".join(ref)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_pairs(max_words=30), OPTIONS)
def test_segment_statistics_equal_sacrebleus_on_random_pairs(pair, options):
    ours, theirs = _statistics([pair[0]], [[pair[1]]], **options)
    assert ours == theirs


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_pairs(max_words=110, min_words=45), st.booleans())
def test_long_pairs_near_the_beam_and_shift_limits(pair, case_sensitive):
    ours, theirs = _statistics([pair[0]], [[pair[1]]], case_sensitive=case_sensitive)
    assert ours == theirs


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edited_pairs(max_words=20), min_size=2, max_size=3), OPTIONS)
def test_several_references_fewest_edits_and_mean_length(pairs, options):
    """sacrebleu's reduction: the fewest edits over the references, their mean length."""
    hyp = pairs[0][0]
    ours, theirs = _statistics([hyp], [[ref] for _, ref in pairs], **options)
    assert ours == theirs


def _words(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{k}" for k in range(n)]


def _limits() -> dict[str, tuple[str, str]]:
    """(hypothesis, reference) pairs on sacrebleu's limits."""
    filler, noisy = _words("f", 40), _words("f", 40)
    noisy[::3] = _words("x", len(noisy[::3]))  # errors everywhere, so that shifts are tried
    cases = {}
    for size in (_MAX_SHIFT_SIZE, _MAX_SHIFT_SIZE + 1):  # a block sacrebleu can and cannot move whole
        block = _words("b", size)
        cases[f"block of {size}"] = (" ".join(noisy + block), " ".join(block + filler))
    for distance in (_MAX_SHIFT_DIST, _MAX_SHIFT_DIST + 1):  # a word just within and just beyond reach
        far = _words("g", distance)
        cases[f"shift left over {distance}"] = (" ".join(far[:-1] + ["x", "w"]), " ".join(["w"] + far))
        cases[f"shift right over {distance}"] = (" ".join(["w", "x"] + far[1:]), " ".join(far + ["w"]))
    rng = random.Random(0)
    repeats = [rng.choice("ab") for _ in range(30)]
    cases["candidate limit"] = (" ".join(repeats), " ".join(sorted(repeats)))
    ref = _words("r", 200)
    cases["the beam decides"] = (ref[10], " ".join(ref))  # unbanded 199, the beam's 200
    cases["widened beam"] = (" ".join(ref[:3]), " ".join(ref[:180]))  # m / n / 2 > beam width
    # shorter than its reference: every candidate's distance needs the beam's own rows
    cases["beam rows for candidates"] = (" ".join(ref[10:20] + ref[:10] + ref[40:50]), " ".join(ref[:80]))
    for name, (hyp, ref_text) in [("empty hypothesis", ("", "a b")), ("empty reference", ("a b", "")),
                                  ("both empty", ("", "")), ("spaces only", ("   ", " a "))]:
        cases[name] = (hyp, ref_text)
    return cases


LIMITS = _limits()


@pytest.mark.parametrize("name", LIMITS)
def test_pairs_on_sacrebleus_limits(name):
    hyp, ref = LIMITS[name]
    ours, theirs = _statistics([hyp], [[ref]])
    assert ours == theirs
    _assert_same_shifts(hyp.split(), ref.split())


def _coded(hyp: list[str], ref: list[str]) -> tuple[str, str, dict[str, str]]:
    codes: dict[str, str] = {}
    ref_code = "".join(codes.setdefault(word, chr(len(codes))) for word in ref)
    return "".join(codes.setdefault(word, chr(len(codes))) for word in hyp), ref_code, codes


def _assert_same_shifts(hyp: list[str], ref: list[str]) -> None:
    """Each shift is the one sacrebleu's `_shift` picks, after as many candidates, and the
    search stops where sacrebleu's does (no gain, or the candidate limit)."""
    if not ref:
        return
    hyp_code, ref_code, codes = _coded(hyp, ref)
    words_of = {code: word for word, code in codes.items()}
    search, beam_distance, checked = _ShiftSearch(hyp_code, ref_code), BeamEditDistance(ref), 0
    rows = search.beam.rows(hyp_code, [], 0)
    while True:
        gain, shifted, checked = _shift(hyp, ref, beam_distance, checked)
        ours = search.next_shift(hyp_code, rows)
        assert search.checked == checked
        if checked >= _MAX_SHIFT_CANDIDATES or gain <= 0:
            assert ours is None
            return
        assert ours is not None and [words_of[code] for code in ours[0]] == shifted
        hyp_code, hyp = ours[0], shifted
        rows = search.beam.rows(hyp_code, rows, ours[1] + 1)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_pairs(max_words=40))
def test_each_shift_is_the_one_sacrebleu_picks(pair):
    _assert_same_shifts(pair[0].split(), pair[1].split())


# (n, m) where sacrebleu's float diagonal floor(i * (m / n)) differs from i * m // n in some row
FLOAT_DIAGONALS = [(22, 60), (26, 30), (33, 45), (14, 122), (28, 68), (30, 138)]


@st.composite
def word_lists(draw) -> tuple[list[str], list[str]]:
    n, m = draw(st.one_of(st.tuples(st.integers(0, 90), st.integers(1, 90)), st.sampled_from(FLOAT_DIAGONALS)))
    return (draw(st.lists(st.sampled_from("abcd"), min_size=n, max_size=n)),
            draw(st.lists(st.sampled_from("abcde"), min_size=m, max_size=m)))


def _next_error(errors: list[int]) -> list[int]:
    return [next((k for k in range(i, len(errors)) if errors[k]), len(errors)) for i in range(len(errors))]


@settings(max_examples=100, deadline=None)
@given(word_lists())
def test_beam_matrix_and_alignment_are_sacrebleus(pair):
    """The beam's band and values, cell by cell, and the alignment read off them."""
    hyp, ref = pair
    hyp_code, ref_code = "".join(hyp), "".join(ref)  # one-letter words are their own codes
    rows = _Beam(len(hyp), ref_code).rows(hyp_code, [], 0)
    sacrebleu = BeamEditDistance(ref)
    _, matrix, trace = sacrebleu._edit_distance(hyp, 0, [sacrebleu._initial_row])
    expected = [[cost if cost < 10 ** 16 else _OUTSIDE for cost, _ in row] for row in matrix]
    assert rows[1:] == expected
    align, ref_errors, hyp_errors = trace_to_alignment(_flip_trace(trace))
    alignment = _Alignment(hyp_code, ref_code, rows)
    assert alignment.align == [align[j] for j in range(len(ref))]
    assert alignment.next_hyp_error == _next_error(hyp_errors)
    assert alignment.next_ref_error == _next_error(ref_errors)


def test_the_limit_pairs_reach_the_limits():
    """The pairs above do what their names say (else the test above proves less than it claims)."""
    def search(name: str) -> _ShiftSearch:
        hyp_code, ref_code, _ = _coded(*(text.split() for text in LIMITS[name]))
        return _ShiftSearch(hyp_code, ref_code)

    capped = search("candidate limit")
    capped.edits()
    assert capped.checked >= _MAX_SHIFT_CANDIDATES
    decided = search("the beam decides")
    assert decided.edits() == 200 and Levenshtein.distance(decided.hyp, decided.ref) == 199
    widened = search("widened beam")
    assert len(widened.ref) / len(widened.hyp) / 2 > _BEAM_WIDTH
    rows = search("beam rows for candidates")
    assert Levenshtein.distance(rows.hyp, rows.ref) >= rows.beam.exact_below and rows.edits() < len(rows.ref)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from("abcd"), max_size=90), st.lists(st.sampled_from("abcde"), min_size=1, max_size=90))
def test_beam_distance_and_its_shortcut_equal_sacrebleus(hyp, ref):
    """The beam's rows give sacrebleu's distance; a Levenshtein distance below the bound is it."""
    hyp_code, ref_code = "".join(hyp), "".join(ref)
    beam = _Beam(len(hyp), ref_code)
    expected = BeamEditDistance(ref)(hyp)[0]
    assert beam.rows(hyp_code, [], 0)[-1][-1] == expected
    lower = Levenshtein.distance(hyp_code, ref_code)
    assert beam.distance(hyp_code, lower, [], 0) == expected


def test_shifted_is_sacrebleus_perform_shift():
    for n in range(0, 9):
        words = [chr(97 + k) for k in range(n)]
        for start in range(n):
            for length in range(1, n - start + 1):
                for target in range(n + 1):
                    expected = "".join(_perform_shift(words, start, length, target))
                    assert _shifted("".join(words), start, length, target) == expected, (n, start, length, target)


def test_signature_and_scores_are_sacrebleus():
    hyps, refs = ["the cat sat on the mat", "a mat"], [["the mat the cat sat on", "on a mat"]]
    for options in ({}, {"case_sensitive": True, "asian_support": True}):
        ours, theirs = FastTER(**options), TER(**options)
        assert ours.corpus_score(hyps, refs).score == theirs.corpus_score(hyps, refs).score
        assert ours.get_signature().format() == theirs.get_signature().format()

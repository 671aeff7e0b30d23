"""The document-level aligner on synthetic sentence vectors (no model: fast and exact)."""

from __future__ import annotations

import numpy as np
import pytest

from evalkit.docalign import DocBead, Sentences, align, vecalign_prf


def unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=-1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def document() -> tuple[np.ndarray, np.ndarray]:
    """Sentence vectors and lengths of a 600-sentence 'source'."""
    rng = np.random.default_rng(7)
    return unit(rng.normal(size=(600, 64))), rng.integers(20, 200, size=600).astype(float)


def translate(vectors: np.ndarray, seed: int = 1) -> np.ndarray:
    """The same sentences as seen in the other language: close, not equal."""
    rng = np.random.default_rng(seed)
    return unit(vectors + 0.35 * unit(rng.normal(size=vectors.shape)))


def side(vectors: np.ndarray, lengths) -> Sentences:
    return Sentences(vectors, tuple(float(x) for x in lengths))


def pairs(beads: list[DocBead]) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(bead.left, bead.right) for bead in beads}


def test_a_faithful_translation_aligns_one_to_one(document):
    vectors, lengths = document
    beads = align([side(vectors, lengths)], side(translate(vectors), lengths))
    assert pairs(beads) == {((i,), (i,)) for i in range(len(vectors))}
    assert all(bead.similarity[0] > 0.8 for bead in beads)


def test_omissions_additions_and_merges_survive_as_such(document):
    vectors, lengths = document
    rng = np.random.default_rng(3)
    right, right_lengths, gold = [], [], set()
    for i in range(len(vectors)):
        if i in (40, 41, 42, 300):  # left out of the translation
            gold.add(((i,), ()))
            continue
        if i == 100:  # an added sentence about something else
            gold.add(((), (len(right),)))
            right.append(unit(rng.normal(size=64)))
            right_lengths.append(80.0)
        if i == 201:  # 200 and 201 rendered as one sentence
            gold.discard(((200,), (len(right) - 1,)))
            right[-1] = unit(vectors[200] + vectors[201])
            right_lengths[-1] += lengths[201]
            gold.add(((200, 201), (len(right) - 1,)))
            continue
        gold.add(((i,), (len(right),)))
        right.append(vectors[i])
        right_lengths.append(lengths[i])
    beads = align([side(vectors, lengths)], side(translate(np.array(right)), right_lengths))
    assert pairs(beads) == gold


def test_a_long_gap_is_found_beyond_the_second_pass_band(document):
    """60 sentences missing near the start shift the whole path far off the diagonal."""
    vectors, lengths = document
    keep = [i for i in range(len(vectors)) if not 10 <= i < 70]
    beads = align([side(vectors, lengths)], side(translate(vectors[keep]), lengths[keep]))
    assert pairs(beads) == {((i,), ()) for i in range(10, 70)} | {((i,), (k,)) for k, i in enumerate(keep)}


def test_views_share_the_cost(document):
    """A second view that agrees changes nothing; every bead has one similarity per view."""
    vectors, lengths = document
    left = [side(vectors, lengths), side(translate(vectors, seed=5), lengths)]
    beads = align(left, side(translate(vectors), lengths))
    assert pairs(beads) == {((i,), (i,)) for i in range(len(vectors))}
    assert {len(bead.similarity) for bead in beads} == {2}


def test_empty_sides():
    vectors = unit(np.ones((2, 4)))
    assert pairs(align([side(vectors, [5, 5])], side(vectors[:0], []))) == {((0,), ()), ((1,), ())}


def test_vecalign_scoring_convention():
    """As vecalign's and bertalign's score.py: null beads count for precision, not for recall."""
    gold = [[((0,), (0,)), ((1,), ()), ((2,), (1, 2))]]
    predicted = [[DocBead((0,), (0,), ()), DocBead((1,), (), ()), DocBead((2,), (1,), ()), DocBead((), (2,), ())]]
    score = vecalign_prf(predicted, gold)
    assert (score.precision, score.recall) == (0.5, 0.5)  # 2 of 4 predicted; 1 of 2 gold non-null
    assert score.f1 == pytest.approx(0.5)

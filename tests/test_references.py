from __future__ import annotations

import json

from conftest import REFSET, SEED

from evalkit.align import Bead, LengthScorer, align_sentences
from evalkit.documents import parse_seed
from evalkit.references import _absorb_null_beads, load_reference_set
from evalkit.segment import split_sentences


def test_build_is_deterministic(cli, tmp_path):
    for out in ("a", "b"):
        res = cli("refs", "build", SEED, "--out", tmp_path / out, "--name", "natsec-en-zh")
        assert res.code == 0, res.err
        assert "20 paragraphs" in res.out
    for name in ("segments.jsonl", "en.txt", "zh.txt", "manifest.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_manifest_records_seed_hash_counts_and_aligner():
    manifest = json.loads((REFSET / "manifest.json").read_text())
    assert manifest["sources"]["seed"]["sha256"] == "ca2de778875027aa160598d2b2fdcfa830eca56c276d69b7da09cd8a464218d3"
    assert manifest["paragraphs"] == 20
    assert manifest["segments"] == sum(manifest["alignment_shapes"].values())
    assert manifest["aligner"]["name"]
    assert manifest["metadata"]["headline"].startswith("中國")


def test_reference_set_loads_and_every_segment_has_both_sides():
    refs = load_reference_set(REFSET)
    assert len(refs.segments) == json.loads((REFSET / "manifest.json").read_text())["segments"]
    assert {s.paragraph for s in refs.segments} == set(range(20))
    assert all(s.en and s.zh for s in refs.segments)
    assert (REFSET / "en.txt").read_text(encoding="utf-8").splitlines() == refs.side("en")


# Checked by hand against the seed: (English sentence indices, Chinese sentence indices).
HAND_CHECKED = {
    5: [((0,), (0,)), ((1,), (1,)), ((2, 3), (2,)), ((4,), (3,)), ((5,), (4,))],
    9: [((0,), (0,)), ((1,), (1,))],
    17: [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))],
}


def test_length_aligner_on_hand_checked_paragraphs():
    doc = parse_seed(SEED)
    for p, expected in HAND_CHECKED.items():
        en, zh = split_sentences(doc.en[p], "en"), split_sentences(doc.zh[p], "zh")
        beads = align_sentences(en, zh, LengthScorer())
        assert [(b.src, b.tgt) for b in beads] == expected, p


def test_null_beads_join_a_neighbour():
    beads = [Bead((0,), (), 0.0), Bead((1,), (0,), 0.9), Bead((2,), (1,), 0.8), Bead((), (2,), 0.0)]
    merged = _absorb_null_beads(beads)
    assert [(b.src, b.tgt) for b in merged] == [((0, 1), (0,)), ((2,), (1, 2))]


def test_aligner_handles_a_missing_sentence():
    en = ["A short one.", "A much longer sentence that goes on and on for a while.", "End."]
    zh = ["短。", "結束。"]
    beads = align_sentences(en, zh, LengthScorer())
    covered_en = [i for b in beads for i in b.src]
    covered_zh = [j for b in beads for j in b.tgt]
    assert covered_en == [0, 1, 2] and covered_zh == [0, 1]

"""What each metric sees: minimal pairs (tests/data/minimal-pairs.tsv) and the table in docs/metrics.md.

The table is computed here (benchmarks/minimal_pairs.py does the same from the command
line) and must appear verbatim in docs/metrics.md, so the documented numbers are the
measured ones.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import ROOT
from tiny_models import minilm_path

sys.path.insert(0, str(ROOT / "benchmarks"))
from minimal_pairs import KINDS, load_pairs, preference_table, render_markdown  # noqa: E402

DOCS = ROOT / "docs" / "metrics.md"


def test_the_pairs_are_well_formed():
    pairs = load_pairs()
    assert [p["kind"] for p in pairs] == [k for k in KINDS for _ in range(3)]
    for p in pairs:
        assert all(p[c].strip() for c in ("source", "reference", "faithful", "corrupted"))
        assert p["corrupted"] != p["reference"] and p["faithful"] != p["reference"]
        if p["kind"] == "scramble":  # the same words, another order
            assert sorted(p["corrupted"].lower().strip(".").split()) == sorted(p["reference"].lower().strip(".").split())


def test_built_in_metrics_prefer_the_corrupted_reference_and_docs_show_it():
    rows = preference_table(use_cache=False)
    totals = {row.metric: row.total for row in rows}
    # surface overlap and the sentence encoder all fall for every corruption
    assert totals == {"bleu": (12, 12), "chrf": (12, 12), "chrf++": (12, 12), "ter": (12, 12),
                      "embed": (12, 12), "embed_src": (9, 12)}
    assert render_markdown(rows) in DOCS.read_text(encoding="utf-8")


@pytest.mark.skipif(importlib.util.find_spec("bert_score") is None, reason="needs the bertscore extra")
def test_bertscore_row_in_docs():
    spec = f"bertscore:{minilm_path()}?layer=4"
    rows = preference_table((spec,), labels={spec: "bertscore (all-MiniLM-L6-v2, layer 4)"}, use_cache=False)
    assert rows[0].total == (12, 12)
    assert render_markdown(rows).splitlines()[-1] in DOCS.read_text(encoding="utf-8")

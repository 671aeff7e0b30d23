"""`evalkit refs build` with either aligner, and the committed seed set it reproduces."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from evalkit.cli import run
from evalkit.embed import load_embedder


def _build(tmp_path, *args: str) -> dict:
    out = tmp_path / "set"
    code = run(["refs", "build", *args, "--out", str(out), "--cache-dir", str(tmp_path / "cache")],
               console=Console(file=io.StringIO()))
    assert code == 0
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("aligner", ["embedding", "length"])
def test_the_manifest_records_the_aligner_and_model(aligner, tmp_path) -> None:
    (tmp_path / "en.txt").write_text("The sky is blue. Grass is green.\nWater is wet.\n", encoding="utf-8")
    (tmp_path / "zh.txt").write_text("天空是藍色的。草是綠色的。\n水是濕的。\n", encoding="utf-8")
    manifest = _build(tmp_path, "--en", str(tmp_path / "en.txt"), "--zh", str(tmp_path / "zh.txt"), "--aligner", aligner)
    assert manifest["aligner"]["name"] == aligner
    assert manifest["segments"] == 3
    if aligner == "embedding":
        assert manifest["aligner"]["model"] == load_embedder("use-multilingual").model_id
    else:
        assert "model" not in manifest["aligner"]


def test_the_committed_seed_set_is_what_refs_build_makes(tmp_path, seed_path, reference_set_dir) -> None:
    manifest = _build(tmp_path, str(seed_path), "--name", "natsec-en-zh")
    committed = json.loads((reference_set_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["aligner"] == committed["aligner"]
    for name in ("en.txt", "zh.txt"):
        assert (tmp_path / "set" / name).read_bytes() == (reference_set_dir / name).read_bytes()
    ours = [json.loads(line) for line in (tmp_path / "set" / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    theirs = [json.loads(line) for line in (reference_set_dir / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    # Bead scores are cosines: BLAS on another machine may move the fourth decimal.
    assert [{**row, "score": None} for row in ours] == [{**row, "score": None} for row in theirs]
    assert max(abs(a["score"] - b["score"]) for a, b in zip(ours, theirs)) < 1e-3

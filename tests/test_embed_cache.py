"""The on-disk embedding cache: reuse across runs, damaged packs, concurrent writers."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np

from evalkit.embed import CachingEmbedder, EmbeddingCache, default_cache_dir, load_embedder, shared_embedder, text_key
from evalkit.scoring import score


def _packs(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("embeddings/*/*.pack"))


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_second_run_encodes_no_reference_segment(tmp_path, reference_set_dir, repo_root) -> None:
    cache = tmp_path / "cache"
    english = (reference_set_dir / "en.txt").read_text(encoding="utf-8").splitlines()
    first = _write(tmp_path / "first.txt", english)
    # The first run is another process: what the second finds can only come from disk.
    subprocess.run(
        [sys.executable, "-m", "evalkit", "score", "--ref", str(reference_set_dir), "--lang", "zh-en",
         "--metrics", "embed,embed_src", "--cache-dir", str(cache), "--out", str(tmp_path / "r1"), str(first)],
        env={**os.environ, "PYTHONPATH": str(repo_root)}, check=True, capture_output=True,
    )
    assert _packs(cache)
    changed = [line.upper() if i % 10 == 0 else line for i, line in enumerate(english)]  # 8 edited segments
    second = _write(tmp_path / "second.txt", changed)
    embedder = shared_embedder("use-multilingual", cache)
    score([second], ref=reference_set_dir, lang="zh-en", metrics=["embed", "embed_src"], cache_dir=cache)
    n_changed = sum(a != b for a, b in zip(english, changed))
    assert n_changed == 8
    # Unchanged segments' cosines came from the statistics cache (nothing encoded or read);
    # the changed ones' references and sources from the embedding cache.
    assert embedder.counters.encoded == n_changed
    assert embedder.counters.cached == 3 * n_changed


def test_no_cache_writes_nothing(tmp_path, reference_set_dir) -> None:
    hyp = _write(tmp_path / "hyp.txt", (reference_set_dir / "en.txt").read_text(encoding="utf-8").splitlines())
    score([hyp], ref=reference_set_dir, lang="zh-en", metrics=["embed"], cache_dir=tmp_path / "cache", use_cache=False)
    assert not (tmp_path / "cache").exists()


def test_a_truncated_pack_is_detected_and_recomputed(tmp_path) -> None:
    model = load_embedder("use-multilingual")
    texts = ["The first sentence.", "第二個句子。", "A third one."]
    expected = CachingEmbedder(model, EmbeddingCache(model.model_id, tmp_path)).encode(texts)
    [pack] = _packs(tmp_path)
    pack.write_bytes(pack.read_bytes()[:-100])  # a crash or a bad copy cut it short
    (pack.parent / ".tmp-crashed-writer").write_bytes(b"half a pack")  # left by a killed writer

    again = CachingEmbedder(model, EmbeddingCache(model.model_id, tmp_path))
    vectors = again.encode(texts)
    assert again.cache.discarded == 1
    assert (again.counters.encoded, again.counters.cached) == (3, 0)
    np.testing.assert_allclose(vectors, expected, atol=1e-6)
    assert len(_packs(tmp_path)) == 1 and _packs(tmp_path)[0] != pack  # the damaged one is gone, a sound one written

    third = CachingEmbedder(model, EmbeddingCache(model.model_id, tmp_path))
    third.encode(texts)
    assert (third.counters.encoded, third.counters.cached, third.cache.discarded) == (0, 3, 0)


def test_a_pack_with_a_flipped_bit_is_not_read_back(tmp_path) -> None:
    cache = EmbeddingCache("toy", tmp_path)
    cache.put([text_key("a"), text_key("b")], np.eye(2, 4, dtype=np.float32))
    [pack] = _packs(tmp_path)
    data = bytearray(pack.read_bytes())
    data[-40] ^= 0x01  # inside the last vector
    pack.write_bytes(bytes(data))
    fresh = EmbeddingCache("toy", tmp_path)
    assert fresh.get([text_key("a"), text_key("b")]) == {} and fresh.discarded == 1


def test_a_pack_of_another_model_is_not_used(tmp_path) -> None:
    EmbeddingCache("model-a", tmp_path).put([text_key("a")], np.ones((1, 4), dtype=np.float32))
    assert EmbeddingCache("model-b", tmp_path).get([text_key("a")]) == {}


# Each worker stores deterministic vectors for overlapping texts, one pack per call,
# often enough that both merge packs while the other is still writing.
_WORKER = textwrap.dedent(
    """
    import sys
    import numpy as np
    from evalkit.embed import EmbeddingCache, text_key

    def vector(text):
        return np.random.default_rng(abs(hash(text)) % 2**32).standard_normal(8).astype(np.float32)

    worker, directory = int(sys.argv[1]), sys.argv[2]
    for batch in range(60):
        texts = [f"text {batch}-{i}" for i in range(10)] + [f"worker {worker} batch {batch}"]
        EmbeddingCache("toy", directory).put([text_key(t) for t in texts], np.stack([vector(t) for t in texts]))
    """
)


def test_two_processes_writing_at_once(tmp_path, repo_root) -> None:
    env = {**os.environ, "PYTHONPATH": str(repo_root), "PYTHONHASHSEED": "0"}
    workers = [
        subprocess.Popen([sys.executable, "-c", _WORKER, str(n), str(tmp_path)], env=env, stderr=subprocess.PIPE)
        for n in (1, 2)
    ]
    for worker in workers:
        _, stderr = worker.communicate(timeout=120)
        assert worker.returncode == 0, stderr.decode()
    texts = [f"text {b}-{i}" for b in range(60) for i in range(10)] + [
        f"worker {w} batch {b}" for w in (1, 2) for b in range(60)
    ]
    cache = EmbeddingCache("toy", tmp_path)
    found = cache.get([text_key(t) for t in texts])
    assert cache.discarded == 0
    assert len(found) == len(texts)
    check = subprocess.run(
        [sys.executable, "-c", "import sys, numpy as np\n" + _WORKER.split("worker, directory")[0]
         + "print(np.stack([vector(t) for t in sys.stdin.read().split(chr(10))]).tobytes().hex())"],
        input="\n".join(texts), env=env, capture_output=True, text=True, check=True,
    )
    expected = np.frombuffer(bytes.fromhex(check.stdout.strip()), dtype=np.float32).reshape(len(texts), 8)
    np.testing.assert_array_equal(np.stack([found[text_key(t)] for t in texts]), expected)
    assert len(_packs(tmp_path)) <= 33  # merged along the way, not one file per call


def test_the_cache_directory_comes_from_the_environment(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("EVALKIT_CACHE_DIR", str(tmp_path / "mine"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("EVALKIT_CACHE_DIR")
    assert default_cache_dir() == tmp_path / "xdg" / "evalkit"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "evalkit"

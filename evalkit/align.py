"""Sentence alignment inside a paragraph pair by dynamic programming.

Beads are 1-1, 1-2, 2-1, 1-0 and 0-1, plus 1-3/3-1 and 1-4/4-1 because English
translations of long Chinese sentences are often split into three or four. A `BeadScorer` prices each candidate bead;
the length-based scorer follows Gale & Church (1993), measuring the target in
source-equivalent characters so the same model serves en<->zh. The embedding
scorer adds cross-lingual similarity of the two sides (vecalign/bertalign style).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np

if TYPE_CHECKING:
    from .embed.base import Embedder

BEAD_SHAPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 2), (2, 1), (1, 0), (0, 1), (1, 3), (3, 1), (1, 4), (4, 1),
)


@dataclass(frozen=True)
class Bead:
    src: tuple[int, ...]  # sentence indices on the source side
    tgt: tuple[int, ...]
    score: float  # the scorer's confidence in this bead, higher is better

    @property
    def shape(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"


class BeadScorer(Protocol):
    name: str

    def settings(self) -> dict[str, object]: ...

    def prepare(self, src: Sequence[str], tgt: Sequence[str]) -> None:
        """Called once per paragraph pair before any `cost`."""

    def cost(self, src: Sequence[str], tgt: Sequence[str]) -> tuple[float, float]:
        """(cost to minimise, score to report) for one candidate bead."""


class LengthScorer:
    """Gale-Church: the length of a translation is roughly proportional to its source."""

    name = "length"
    # Gale & Church's bead priors split evenly between mirrored shapes, with a little
    # mass moved to the 3- and 4-sentence beads.
    PRIORS = {
        (1, 1): 0.87, (1, 2): 0.0445, (2, 1): 0.0445, (1, 0): 0.005, (0, 1): 0.005,
        (1, 3): 0.007, (3, 1): 0.007, (1, 4): 0.003, (4, 1): 0.003,
    }
    VARIANCE = 6.8

    def __init__(self) -> None:
        self._ratio = 1.0

    def settings(self) -> dict[str, object]:
        return {"priors": {f"{a}-{b}": p for (a, b), p in self.PRIORS.items()}, "variance": self.VARIANCE}

    def prepare(self, src: Sequence[str], tgt: Sequence[str]) -> None:
        src_len = sum(map(len, src))
        tgt_len = sum(map(len, tgt))
        self._ratio = tgt_len / src_len if src_len and tgt_len else 1.0

    def match_probability(self, src: Sequence[str], tgt: Sequence[str]) -> float:
        len_src = sum(map(len, src))
        len_tgt = sum(map(len, tgt)) / self._ratio
        if len_src == 0 and len_tgt == 0:
            return 1.0
        mean = (len_src + len_tgt) / 2
        delta = (len_tgt - len_src) / math.sqrt(mean * self.VARIANCE)
        return math.erfc(abs(delta) / math.sqrt(2))

    def cost(self, src: Sequence[str], tgt: Sequence[str]) -> tuple[float, float]:
        prior = self.PRIORS[(len(src), len(tgt))]
        probability = self.match_probability(src, tgt)
        return -math.log(prior) - math.log(max(probability, 1e-300)), probability


def align_sentences(src: Sequence[str], tgt: Sequence[str], scorer: BeadScorer) -> list[Bead]:
    """Best-cost sequence of beads covering both sides completely, in order."""
    if not src and not tgt:
        return []
    scorer.prepare(src, tgt)
    n, m = len(src), len(tgt)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            for di, dj in BEAD_SHAPES:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                cost, score = scorer.cost(src[i:ni], tgt[j:nj])
                total = best[i][j] + cost
                if total < best[ni][nj]:
                    best[ni][nj] = total
                    back[ni][nj] = (di, dj, score)
    beads = []
    i, j = n, m
    while i or j:
        di, dj, score = back[i][j]  # type: ignore[misc]  # reachable via 1-0/0-1 beads
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), score))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


class EmbeddingScorer:
    """Cross-lingual similarity of a bead's two sides plus the Gale-Church terms.

    As in vecalign, a run of consecutive sentences is represented by one vector, here
    the normalised sum of its sentences' embeddings: each sentence is encoded once,
    and on the seed this aligned as well as encoding every concatenation (better with
    omissions) in a fifth of the time (docs/embedding.md). The dissimilarity is
    divided by how far each side typically is from the other side's sentences, which
    keeps the weight portable across models whose cosines live in different ranges,
    and weighted by the number of sentences a bead covers, so merging sentences does
    not dodge the cost. The length terms break the ties similarity leaves open.
    """

    name = "embedding"
    WEIGHT = 100.0  # similarity cost per sentence covered; the length terms then mostly break ties (tuned on the seed)
    NULL_DISSIMILARITY = 1.0  # an unaligned sentence costs as much as a typical non-translation

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.length = LengthScorer()
        self._matrices: list[np.ndarray] = []  # per side: one row per sentence
        self._by_text: list[dict[str, np.ndarray]] = []  # per side: sentence -> its row
        self._runs: dict[tuple[int, tuple[str, ...]], tuple[np.ndarray, float]] = {}

    def settings(self) -> dict[str, object]:
        return {
            "model": self.embedder.model_id,
            "run_vector": "normalised sum of sentence vectors",
            "weight": self.WEIGHT,
            "null_dissimilarity": self.NULL_DISSIMILARITY,
            "length": self.length.settings(),
        }

    def prepare(self, src: Sequence[str], tgt: Sequence[str]) -> None:
        self.length.prepare(src, tgt)
        self._matrices = [self.embedder.encode(list(side)) if side else np.zeros((0, 1), np.float32) for side in (src, tgt)]
        self._by_text = [dict(zip(side, matrix)) for side, matrix in zip((src, tgt), self._matrices)]
        self._runs = {}

    def _run(self, side: int, sentences: Sequence[str]) -> tuple[np.ndarray, float]:
        """(unit vector of a run of sentences, its mean distance to the other side's sentences).

        Dividing by that distance (vecalign's normalisation) stops a "hub" sentence,
        close to everything, from winning beads it does not belong to.
        """
        key = (side, tuple(sentences))
        if key not in self._runs:
            total = np.sum([self._by_text[side][sentence] for sentence in sentences], axis=0)
            vector = total / max(float(np.linalg.norm(total)), 1e-12)
            self._runs[key] = vector, float(np.mean(1.0 - self._matrices[1 - side] @ vector))
        return self._runs[key]

    def cost(self, src: Sequence[str], tgt: Sequence[str]) -> tuple[float, float]:
        length_cost, probability = self.length.cost(src, tgt)
        covered = (len(src) + len(tgt)) / 2
        if not src or not tgt:
            return length_cost + self.WEIGHT * covered * self.NULL_DISSIMILARITY, probability
        (x, x_typical), (y, y_typical) = self._run(0, src), self._run(1, tgt)
        similarity = float(x @ y)
        dissimilarity = max(0.0, 1.0 - similarity) / max(1e-6, (x_typical + y_typical) / 2)
        return length_cost + self.WEIGHT * covered * dissimilarity, similarity


@dataclass(frozen=True)
class AlignmentScore:
    """Strict bead-level agreement with a gold alignment: a bead counts only if both sides match exactly."""

    precision: float
    recall: float
    f1: float


def strict_prf(predicted: Sequence[Sequence[Bead]], gold: Sequence[Sequence[Bead]]) -> AlignmentScore:
    """Micro-averaged over paragraphs; `predicted[k]` and `gold[k]` align the same paragraph."""
    hits = n_predicted = n_gold = 0
    for ours, theirs in zip(predicted, gold, strict=True):
        wanted = {(bead.src, bead.tgt) for bead in theirs}
        hits += sum((bead.src, bead.tgt) in wanted for bead in ours)
        n_predicted += len(ours)
        n_gold += len(theirs)
    precision = hits / n_predicted if n_predicted else 0.0
    recall = hits / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return AlignmentScore(precision, recall, f1)

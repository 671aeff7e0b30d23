"""Sentence alignment inside a paragraph pair by dynamic programming.

Beads are 1-1, 1-2, 2-1, 1-0 and 0-1, plus 1-3/3-1 and 1-4/4-1 because English
translations of long Chinese sentences are often split into three or four. A `BeadScorer` prices each candidate bead;
the length-based scorer follows Gale & Church (1993), measuring the target in
source-equivalent characters so the same model serves en<->zh.
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
    """Cross-lingual similarity of the concatenated sentences plus the Gale-Church terms.

    As in vecalign/bertalign, every run of up to four consecutive sentences is
    embedded once per paragraph pair, so pricing a bead is one dot product. The
    dissimilarity is scaled by the paragraph's own baseline (the mean similarity of
    all its sentence pairs, mostly non-translations), which makes the weight portable
    across models whose cosines live in different ranges, and it is weighted by the
    number of sentences a bead covers, so merging sentences does not dodge the cost.
    The length terms break the ties similarity leaves open (e.g. short headings).
    """

    name = "embedding"
    WEIGHT = 10.0  # similarity cost per sentence covered, relative to the length terms (tuned on the seed)
    NULL_DISSIMILARITY = 1.0  # an unaligned sentence costs as much as an average pair

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.length = LengthScorer()
        self._vectors: dict[tuple[int, str], np.ndarray] = {}  # (side, run text) -> vector
        self._singles: list[np.ndarray | None] = [None, None]  # each side's sentence vectors
        self._typical: dict[tuple[int, str], float] = {}

    def settings(self) -> dict[str, object]:
        return {
            "model": self.embedder.model_id,
            "weight": self.WEIGHT,
            "null_dissimilarity": self.NULL_DISSIMILARITY,
            "length": self.length.settings(),
        }

    def prepare(self, src: Sequence[str], tgt: Sequence[str]) -> None:
        self.length.prepare(src, tgt)
        longest = max(max(shape) for shape in BEAD_SHAPES)
        keys = list(dict.fromkeys(
            (side, _join(sentences[start:stop]))
            for side, sentences in enumerate((src, tgt))
            for start in range(len(sentences))
            for stop in range(start + 1, min(start + longest, len(sentences)) + 1)
        ))
        vectors = self.embedder.encode([text for _, text in keys]) if keys else []
        self._vectors = dict(zip(keys, vectors))
        self._singles = [
            np.stack([self._vectors[(side, sentence)] for sentence in sentences]) if sentences else None
            for side, sentences in enumerate((src, tgt))
        ]
        self._typical: dict[tuple[int, str], float] = {}

    def _typical_distance(self, side: int, text: str) -> float:
        """Mean distance of a run to the other side's sentences, mostly not its translations.

        Dividing by it (vecalign's normalisation) stops a "hub" sentence, close to
        everything, from winning beads it does not belong to.
        """
        key = (side, text)
        if key not in self._typical:
            others = self._singles[1 - side]
            self._typical[key] = float(np.mean(1.0 - others @ self._vectors[key])) if others is not None else 1.0
        return self._typical[key]

    def cost(self, src: Sequence[str], tgt: Sequence[str]) -> tuple[float, float]:
        length_cost, probability = self.length.cost(src, tgt)
        covered = (len(src) + len(tgt)) / 2
        if not src or not tgt:
            return length_cost + self.WEIGHT * covered * self.NULL_DISSIMILARITY, probability
        src_key, tgt_key = (0, _join(src)), (1, _join(tgt))
        similarity = float(self._vectors[src_key] @ self._vectors[tgt_key])
        typical = (self._typical_distance(*src_key) + self._typical_distance(*tgt_key)) / 2
        dissimilarity = max(0.0, 1.0 - similarity) / max(1e-6, typical)
        return length_cost + self.WEIGHT * covered * dissimilarity, similarity


def _join(sentences: Sequence[str]) -> str:
    # A space between sentences is what English needs and does no harm to Chinese
    # for the embedding models (their tokenizers drop it).
    return " ".join(sentences)


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

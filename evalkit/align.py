"""Sentence alignment inside a paragraph pair by dynamic programming.

Beads are 1-1, 1-2, 2-1, 1-0 and 0-1, plus 1-3/3-1 and 1-4/4-1 because English
translations of long Chinese sentences are often split into three or four. A `BeadScorer` prices each candidate bead;
the length-based scorer follows Gale & Church (1993), measuring the target in
source-equivalent characters so the same model serves en<->zh.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol, Sequence

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

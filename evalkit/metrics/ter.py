"""TER's statistics exactly as sacrebleu counts them, at a fraction of its cost.

sacrebleu's `translation_edit_rate` (metrics/lib_ter.py) applies, while one helps, the block
shift that lowers its beam edit distance the most, trying every candidate shift with a
pure-Python edit distance. Here is the same search: the same beam, the same candidates in the
same order, the same ranking of shifts and the same limits, so the same edits. What changes is
how each distance is found:

- words are coded as characters, so a shift is string slicing and a candidate's distance is one
  call to rapidfuzz's Levenshtein distance (C++, bit-parallel; MIT, wheels for every platform);
- that distance ignores sacrebleu's beam, so it is a lower bound of the beam's distance; the two
  are equal when it is below the cheapest path through any cell outside the beam (a path through
  cell (i, j) costs at least |i - j| + |(n - i) - (m - j)|), since then every optimal path lies
  inside the beam. Otherwise the beam's rows are computed, from the first row the shift changes;
- the beam's rows for the hypothesis being shifted (its alignment picks the candidates) are
  computed once per applied shift, from the first row that shift changed.

tests/test_ter_parity.py compares the statistics with sacrebleu's on random sentence pairs.
"""

from __future__ import annotations

import math
from typing import Any

from rapidfuzz.distance import Levenshtein
from sacrebleu.metrics import TER
from sacrebleu.metrics.lib_ter import _BEAM_WIDTH, _MAX_SHIFT_CANDIDATES, _MAX_SHIFT_DIST, _MAX_SHIFT_SIZE

_OUTSIDE = 1 << 60  # a cell outside the beam, as sacrebleu's infinity


class FastTER(TER):
    """sacrebleu's TER (same options, tokenizer, signature and scores) with the statistics of
    `translation_edit_rate` below."""

    def _compute_segment_statistics(self, hypothesis: str, ref_kwargs: dict[str, Any]) -> list[float]:
        # sacrebleu's own reduction over references: the fewest edits, the mean reference length
        words = hypothesis.split()
        counts = [translation_edit_rate(words, reference) for reference in ref_kwargs["ref_words"]]
        return [min(edits for edits, _ in counts), sum(length for _, length in counts) / len(counts)]


def translation_edit_rate(hypothesis: list[str], reference: list[str]) -> tuple[int, int]:
    """(edits, reference length): shifts plus the beam edit distance after them."""
    if not reference:
        return len(hypothesis), 0
    codes: dict[str, str] = {}
    ref = "".join(codes.setdefault(word, chr(len(codes))) for word in reference)
    hyp = "".join(codes.setdefault(word, chr(len(codes))) for word in hypothesis)
    return _ShiftSearch(hyp, ref).edits(), len(reference)


class _Beam:
    """sacrebleu's beam edit distance between hypotheses of one length n and the reference:
    row i of the matrix (the hypothesis's first i words) is computed only in a band of columns
    around the "pseudo-diagonal" i * m / n; cells outside hold `_OUTSIDE`."""

    def __init__(self, n: int, ref: str) -> None:
        self.ref, m = ref, len(ref)
        ratio = m / n if n else 1  # float arithmetic, as sacrebleu's, so that the same floors come out
        width = math.ceil(ratio / 2 + _BEAM_WIDTH) if _BEAM_WIDTH < ratio / 2 else _BEAM_WIDTH
        self.bands = [(0, m + 1)]
        for i in range(1, n + 1):
            # (sacrebleu widens the last row to the end; a floor of n * ratio >= m - 1 reaches it anyway)
            diagonal = math.floor(i * ratio)
            self.bands.append((max(0, diagonal - width), min(m + 1, diagonal + width)))
        self.exact_below = self._cheapest_path_outside(n, m)

    def _cheapest_path_outside(self, n: int, m: int) -> int:
        """A lower bound of the cost of any path through a cell outside the band: the Levenshtein
        distance is the beam's when it is smaller."""
        cheapest = _OUTSIDE
        for i, (lo, hi) in enumerate(self.bands[1:], start=1):
            for first, last in ((0, lo - 1), (hi, m)):  # the columns outside, left and right
                if first <= last:
                    j = min(max(i, first), last)  # the cost below is convex in j, smallest at j = i
                    cheapest = min(cheapest, abs(i - j) + abs((n - i) - (m - j)))
        return cheapest

    def rows(self, hyp: str, known: list[list[int]], start: int) -> list[list[int]]:
        """The matrix for `hyp`, its first `start` rows (and so words) shared with `known`'s."""
        ref = self.ref
        rows = known[:start]
        for i in range(start, len(hyp) + 1):
            lo, hi = self.bands[i]
            if i == 0:
                rows.append(list(range(hi)))
                continue
            previous, word = rows[-1], hyp[i - 1]
            row = [_OUTSIDE] * len(previous)
            if lo == 0:
                row[0] = previous[0] + 1
                lo = 1
            left = row[lo - 1]
            for j in range(lo, hi):
                # sacrebleu keeps the first of (substitution or match, deletion, insertion) that
                # is cheapest; only the value matters here, the trace re-derives the choice
                cost = previous[j - 1] + (word != ref[j - 1])
                if previous[j] + 1 < cost:
                    cost = previous[j] + 1
                if left + 1 < cost:
                    cost = left + 1
                row[j] = left = cost
            rows.append(row)
        return rows

    def distance(self, hyp: str, lower_bound: int, known: list[list[int]], start: int) -> int:
        """The beam's distance for `hyp`, given its Levenshtein distance (a lower bound)."""
        if lower_bound < self.exact_below:
            return lower_bound
        return self.rows(hyp, known, start)[-1][-1]


class _Alignment:
    """sacrebleu's alignment of a hypothesis to the reference, read off the matrix by its trace
    (a match or substitution first, then a hypothesis word left out, then a reference word):
    the hypothesis position of each reference word, and which words of each side are errors,
    as the first error at or after each position."""

    def __init__(self, hyp: str, ref: str, rows: list[list[int]]) -> None:
        n, m = len(hyp), len(ref)
        self.align = [0] * m
        hyp_errors, ref_errors = [False] * n, [False] * m
        i, j = n, m
        while i > 0 or j > 0:
            here = rows[i][j]
            if i and j and rows[i - 1][j - 1] + (hyp[i - 1] != ref[j - 1]) == here:
                i, j = i - 1, j - 1
                self.align[j] = i
                hyp_errors[i] = ref_errors[j] = hyp[i] != ref[j]
            elif i and rows[i - 1][j] + 1 == here:
                i -= 1
                hyp_errors[i] = True
            else:
                j -= 1
                self.align[j] = i - 1
                ref_errors[j] = True
        self.next_hyp_error = _next_true(hyp_errors)
        self.next_ref_error = _next_true(ref_errors)


def _next_true(flags: list[bool]) -> list[int]:
    """For each position, the first position at or after it whose flag is set (len(flags) if none)."""
    out, following = [0] * len(flags), len(flags)
    for k in range(len(flags) - 1, -1, -1):
        if flags[k]:
            following = k
        out[k] = following
    return out


def _shifted(hyp: str, start: int, length: int, target: int) -> str:
    """sacrebleu's `_perform_shift`: the block hyp[start:start+length] taken out and put back
    before word `target`; a target inside the block moves it right by target - start words."""
    rest = hyp[:start] + hyp[start + length:]
    if target < start:
        at = target
    elif target > start + length:
        at = target - length
    else:
        at = min(target, len(rest))
    return rest[:at] + hyp[start:start + length] + rest[at:]


class _ShiftSearch:
    """sacrebleu's greedy search for block shifts, for one hypothesis and one reference
    (words coded as characters)."""

    def __init__(self, hyp: str, ref: str) -> None:
        self.hyp, self.ref = hyp, ref
        self.beam = _Beam(len(hyp), ref)
        self.positions: dict[str, list[int]] = {}  # where each word occurs in the reference
        for j, word in enumerate(ref):
            self.positions.setdefault(word, []).append(j)
        self.checked = 0  # candidates tried, over all shifts: sacrebleu stops at its limit

    def edits(self) -> int:
        hyp, shifts = self.hyp, 0
        rows = self.beam.rows(hyp, [], 0)
        while (shift := self.next_shift(hyp, rows)) is not None:
            hyp, first_changed = shift
            rows = self.beam.rows(hyp, rows, first_changed + 1)
            shifts += 1
        return shifts + rows[-1][-1]

    def next_shift(self, hyp: str, rows: list[list[int]]) -> tuple[str, int] | None:
        """sacrebleu's `_shift` with its rules for stopping: the shifted hypothesis and its first
        changed word, or None when no shift lowers the distance or the candidate limit is reached
        (sacrebleu then drops the search, and the shift it found with it)."""
        candidates = self._candidates(hyp, _Alignment(hyp, self.ref, rows))
        return None if self.checked >= _MAX_SHIFT_CANDIDATES else self._best(hyp, rows, candidates)

    def _candidates(self, hyp: str, alignment: _Alignment) -> list[tuple[int, int, int]]:
        """(length, start, target) of each shift sacrebleu tries, in its order: hypothesis
        blocks that match the reference at most 50 words away, at most 10 words long, with an
        error on both sides and not aligned into themselves; each to the hypothesis position
        after each reference word from the one before the match to its last, skipping a
        position equal to the one before it; up to the candidate limit."""
        ref, n, m = self.ref, len(hyp), len(self.ref)
        align, next_hyp_error, next_ref_error = alignment.align, alignment.next_hyp_error, alignment.next_ref_error
        candidates = []
        for start in range(n):
            for at in self.positions.get(hyp[start], ()):
                if at < start - _MAX_SHIFT_DIST:
                    continue
                if at > start + _MAX_SHIFT_DIST:
                    break
                run = 1
                while run < _MAX_SHIFT_SIZE and start + run < n and at + run < m and hyp[start + run] == ref[at + run]:
                    run += 1
                shortest = max(next_hyp_error[start] - start, next_ref_error[at] - at) + 1
                longest = run if align[at] < start else min(run, align[at] - start)
                for length in range(shortest, longest + 1):
                    previous, before = -1, len(candidates)
                    for offset in range(-1, length):
                        target = 0 if at + offset == -1 else align[at + offset] + 1
                        if target != previous:
                            candidates.append((length, start, target))
                            previous = target
                    self.checked += len(candidates) - before
                    if self.checked >= _MAX_SHIFT_CANDIDATES:
                        return candidates
        return candidates

    def _best(self, hyp: str, rows: list[list[int]], candidates: list[tuple[int, int, int]]) -> tuple[str, int] | None:
        """The shift that lowers the distance most, then the longest, the earliest block, the
        earliest target (sacrebleu's ranking): (shifted hypothesis, its first changed word), or
        None when none lowers it. Ranked first by Levenshtein distances (a lower bound of the
        beam's, so an upper bound of the gain); the beam's are then computed best first, only
        while a candidate could still beat the best so far."""
        before, ranked = rows[-1][-1], []
        for length, start, target in candidates:
            shifted = _shifted(hyp, start, length, target)
            bound = Levenshtein.distance(self.ref, shifted, score_cutoff=before - 1)
            if bound < before:  # else no gain: the beam's distance is at least the bound
                ranked.append(((before - bound, length, -start, -target), shifted, min(start, target)))
        ranked.sort(key=lambda candidate: candidate[0], reverse=True)
        best_key, best = None, None
        for (gain, *order), shifted, first in ranked:
            if best_key is not None and (gain, *order) <= best_key:
                break
            gain = before - self.beam.distance(shifted, before - gain, rows, first + 1)
            if gain > 0 and (best_key is None or (gain, *order) > best_key):
                best_key, best = (gain, *order), (shifted, first)
        return best

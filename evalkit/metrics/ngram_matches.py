"""Clipped n-gram matches of many segments at once, with numpy.

sacrebleu counts n-grams one segment at a time in Counters, which is most of the
time chrF takes. Here every segment is a run of integer symbols (characters or word
ids), the reference n-grams of all segments are ranked once, and a candidate's
n-grams of order k are looked up only where its (k-1)-gram matched: an n-gram of a
segment can only be in the reference if its prefix is. For each segment and order the
result is sum over n-grams of min(candidate count, reference count), which is what
sacrebleu's chrF counts (`_get_match_statistics`); tests/test_statistics_parity.py checks
it against sacrebleu's own code on the golden cases and a large random corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np


@dataclass(frozen=True)
class Symbols:
    """Segments as integer symbols: `values` of all segments concatenated, `lengths` per segment."""

    values: np.ndarray  # int64
    lengths: np.ndarray  # int64

    def __len__(self) -> int:
        return len(self.lengths)


def characters(texts: Sequence[str]) -> Symbols:
    """Each text's characters as code points (a lone surrogate too: str compares it as one)."""
    data = "".join(texts).encode("utf-32-le", "surrogatepass")
    return Symbols(np.frombuffer(data, dtype="<u4").astype(np.int64),
                   np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)))


def words(segments: Iterable[Sequence[str]], vocabulary: dict[str, int], *, grow: bool) -> Symbols:
    """Each segment's tokens as ids of `vocabulary`; tokens it lacks get a new id (`grow`)
    or -1, which matches nothing (a candidate's word no reference has)."""
    ids: list[int] = []
    lengths: list[int] = []
    lookup = vocabulary.setdefault if grow else vocabulary.get
    for tokens in segments:
        ids.extend(lookup(token, len(vocabulary) if grow else -1) for token in tokens)
        lengths.append(len(tokens))
    return Symbols(np.array(ids, dtype=np.int64), np.array(lengths, dtype=np.int64))


def _layout(symbols: Symbols) -> tuple[np.ndarray, np.ndarray]:
    """(segment of each position, symbols left in its segment from it on)."""
    n = len(symbols.lengths)
    segment = np.repeat(np.arange(n, dtype=np.int64), symbols.lengths)
    room = np.repeat(np.cumsum(symbols.lengths), symbols.lengths) - np.arange(len(symbols.values), dtype=np.int64)
    return segment, room


class ReferenceNgrams:
    """The n-grams (orders 1..`order`) of reference segments, ranked once for many candidates.

    Several streams (references of the same segments) are merged: an n-gram counts as
    often as in the stream that has it most often, as BLEU clips with several references.
    """

    def __init__(self, streams: Sequence[Symbols], order: int) -> None:
        self.order = order
        self.n = len(streams[0])
        self.alphabet = np.unique(np.concatenate([s.values for s in streams]))
        size = self.size = max(len(self.alphabet), 1)
        self.keys: list[np.ndarray] = []  # per order: sorted unique (segment, n-gram) keys
        self.counts: list[np.ndarray] = []  # per order: count of each key
        self.segments: list[np.ndarray] = []  # per order: segment of each key
        laid = [(np.searchsorted(self.alphabet, s.values), *_layout(s)) for s in streams]
        positions = [np.arange(len(s.values), dtype=np.int64) for s in streams]
        ids: list[np.ndarray] = []
        for k in range(order):
            keys = []
            for i, (symbol, segment, room) in enumerate(laid):
                if k == 0:
                    keys.append(segment * size + symbol)
                else:  # extend the (k-1)-grams that have a k-th symbol
                    keep = room[positions[i]] > k
                    positions[i] = positions[i][keep]
                    keys.append(ids[i][keep] * size + symbol[positions[i] + k])
            unique, inverse = np.unique(np.concatenate(keys), return_inverse=True)
            bounds = np.cumsum([0] + [len(key) for key in keys])
            ids = [inverse[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
            counts = np.zeros(len(unique), dtype=np.int64)
            for stream_ids in ids:
                np.maximum(counts, np.bincount(stream_ids, minlength=len(unique)), out=counts)
            self.keys.append(unique)
            self.counts.append(counts)
            self.segments.append(unique // size if k == 0 else self.segments[-1][unique // size])

    def matches(self, candidates: Symbols) -> np.ndarray:
        """(segments, order) int64: clipped matches of each candidate segment at each order."""
        n, size = self.n, self.size
        if len(candidates) != n:
            raise ValueError(f"{len(candidates)} candidate segments for {n} reference segments")
        out = np.zeros((n, self.order), dtype=np.int64)
        if not len(self.alphabet) or not len(candidates.values):
            return out
        where = np.minimum(np.searchsorted(self.alphabet, candidates.values), len(self.alphabet) - 1)
        symbol = np.where(self.alphabet[where] == candidates.values, where, -1)  # -1: no reference has it
        segment, room = _layout(candidates)
        positions = np.flatnonzero(symbol >= 0)
        key = segment[positions] * size + symbol[positions]
        shift = max(len(candidates.values).bit_length(), 1)
        ids = np.empty(0, dtype=np.int64)
        for k in range(self.order):
            if k:
                keep = room[positions] > k
                positions, ids = positions[keep], ids[keep]
                following = symbol[positions + k]
                keep = following >= 0
                positions, key = positions[keep], ids[keep] * size + following[keep]
            keys = self.keys[k]
            if not len(positions) or not len(keys):  # no reference of these segments is k + 1 symbols long
                break
            # Looked up in key order, which is many times faster than in text order; keys and
            # positions sort together packed into one integer where they fit.
            if (len(keys) * size) << shift < 1 << 62:
                packed = np.sort((key << shift) | positions)
                key, positions = packed >> shift, packed & ((1 << shift) - 1)
            else:
                order = np.argsort(key, kind="stable")
                key, positions = key[order], positions[order]
            where = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
            found = keys[where] == key
            positions, ids = positions[found], where[found]
            if not len(ids):
                break
            starts = np.flatnonzero(np.concatenate(([True], ids[1:] != ids[:-1])))
            unique = ids[starts]
            found_counts = np.diff(np.append(starts, len(ids)))
            clipped = np.minimum(found_counts, self.counts[k][unique])
            out[:, k] = np.bincount(self.segments[k][unique], weights=clipped, minlength=n)
        return out

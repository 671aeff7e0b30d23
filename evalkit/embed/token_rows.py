"""Rows that depend on a token alone, kept for the tokens used most recently.

The bundled encoder computes part of its first layers per distinct token (embedding,
projection, first convolution). Within one micro-batch a third of the tokens are
distinct; over a corpus far fewer are, since a few thousand tokens make up most of any
text. This table keeps the rows of the `capacity` tokens used most recently, shared by
the threads that encode micro-batches side by side.

A thread holds the slots of its batch's tokens while it reads them (outside the lock),
so no other thread evicts them meanwhile; rows are computed under the lock (they are a
small part of the work once the table is warm, and no thread ever reads a half-written
row). A batch whose missing tokens find no free slot gets its rows computed apart.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterator

import numpy as np


class TokenRows:
    def __init__(self, compute: Callable[[np.ndarray], np.ndarray], vocabulary: int, width: int, capacity: int) -> None:
        self._compute = compute  # token ids -> their rows (float32, `width` columns), row by row
        self._lock = threading.Lock()
        # Slot `capacity` is the zero row; np.zeros leaves untouched pages unmapped, so memory
        # grows with the slots filled.
        self._data = np.zeros((capacity + 1, width), dtype=np.float32)
        self._slot_of = np.full(vocabulary, -1, dtype=np.int64)
        self._token_of = np.full(capacity, -1, dtype=np.int64)
        self._last_used = np.full(capacity, -1, dtype=np.int64)
        self._holders = np.zeros(capacity, dtype=np.int64)
        self._clock = 0
        self.computed = 0  # rows computed so far (for measurements)

    @property
    def capacity(self) -> int:
        return len(self._token_of)

    @contextmanager
    def rows(self, tokens: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(table, at): table[at[i]] is the row of tokens[i] (distinct ids), and table[at[-1]]
        a zero row, while the block runs. Do not write to the table."""
        with self._lock:
            slots = self._slot_of[tokens]
            missing = np.flatnonzero(slots < 0)
            unheld = self._holders == 0
            unheld[slots[slots >= 0]] = False  # this batch's own rows stay
            free = np.flatnonzero(unheld)
            private = len(missing) > len(free)
            if not private:
                if len(missing):
                    if len(missing) < len(free):  # the least recently used
                        free = free[np.argpartition(self._last_used[free], len(missing) - 1)[:len(missing)]]
                    rows = self._compute(tokens[missing])
                    evicted = self._token_of[free]
                    self._slot_of[evicted[evicted >= 0]] = -1
                    self._data[free] = rows
                    self._token_of[free] = tokens[missing]
                    self._slot_of[tokens[missing]] = free
                    slots[missing] = free
                    self.computed += len(missing)
                self._holders[slots] += 1
                self._clock += 1
                self._last_used[slots] = self._clock
        if private:
            table = np.zeros((len(tokens) + 1, self._data.shape[1]), dtype=np.float32)
            table[:-1] = self._compute(tokens)
            with self._lock:
                self.computed += len(tokens)
            yield table, np.arange(len(tokens) + 1)
            return
        try:
            yield self._data, np.append(slots, self.capacity)
        finally:
            with self._lock:
                self._holders[slots] -= 1

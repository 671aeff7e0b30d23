"""The one protocol every embedding backend follows."""

from __future__ import annotations

from typing import Protocol, Sequence

import numpy as np


class Embedder(Protocol):
    # Stable across processes and machines for the same weights and preprocessing;
    # it names the cache and goes into metric signatures.
    model_id: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32 rows of unit L2 norm."""


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    """Unit-length float32 rows; an all-zero row (an empty text in some models) stays zero."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)

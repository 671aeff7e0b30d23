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


def encode_joined(embedder: Embedder, parts: Sequence[Sequence[str]], joiner: str) -> np.ndarray:
    """The vectors of `joiner.join(p)` for each p: through the cache's `encode_joined` where the
    embedder is one, by the model's `encode_with_parts` where it has one (the bundled model
    builds them from pieces the texts share: a run of sentences costs a fraction of
    encoding it whole), else by encoding the joined texts."""
    if hasattr(embedder, "encode_joined"):
        return embedder.encode_joined(parts, joiner)
    if hasattr(embedder, "encode_with_parts"):
        return embedder.encode_with_parts(parts, joiner)[0]
    return embedder.encode([joiner.join(part) for part in parts])


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    """Unit-length float32 rows; an all-zero row (an empty text in some models) stays zero."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)

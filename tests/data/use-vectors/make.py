"""Writes vectors.npy: the bundled encoder's vectors of texts.json, the golden copy that
tests/test_use_encoder.py holds later forward passes to (1e-5).

    PYTHONPATH=. python3 tests/data/use-vectors/make.py

Made with evalkit at commit a5faf3e, before issue 18's faster forward pass (which gives
the same vectors bit for bit on this machine). Remake it only with a new model id.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from evalkit.embed import load_embedder

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    texts = json.loads((HERE / "texts.json").read_text(encoding="utf-8"))
    np.save(HERE / "vectors.npy", load_embedder("use-multilingual").encode(texts))

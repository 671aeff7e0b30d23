"""On-disk cache of per-segment statistics, keyed by content.

A segment's statistics are a pure function of the metric's signature and the texts
it reads, so the key is a digest of (cache format, evalkit version, signature,
candidate, every reference, the source when the metric reads it). Re-scoring a
candidate in which k of N segments changed computes only those k. Rows live beside
the embedding cache, in `<cache dir>/statistics/<signature slug>-<hash>/*.pack`, one
directory per signature, with the pack table's crash safety: a damaged pack is
deleted and its rows recomputed, never trusted.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Sequence

import numpy as np

from .packs import KEY_BYTES, KEY_DTYPE, PackTable, lookup
from .textio import check_unicode

FORMAT = 1  # bump when the meaning of stored rows changes without a signature change


def segment_keys(signature: str, hypotheses: Sequence[str], references: Sequence[Sequence[str]],
                 sources: Sequence[str] | None) -> np.ndarray:
    """One 16-byte key per segment; pass `sources` only to metrics that read them."""
    from . import __version__

    prefix = hashlib.blake2b(f"{FORMAT}\0{__version__}\0{signature}".encode(), digest_size=KEY_BYTES).digest()
    columns = [hypotheses, *references] + ([sources] if sources is not None else [])
    keys = []
    for number, texts in enumerate(zip(*columns), start=1):
        digest = hashlib.blake2b(prefix, digest_size=KEY_BYTES)
        for text in texts:  # length-prefixed, so no two splits of the same characters collide
            try:
                data = text.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate, from texts given to the API
                check_unicode(text, f"segment {number}")
                raise
            digest.update(len(data).to_bytes(8, "little"))
            digest.update(data)
        keys.append(digest.digest())
    return np.array(keys, dtype=KEY_DTYPE) if keys else np.empty(0, dtype=KEY_DTYPE)


def check_texts(hypotheses: Sequence[str], references: Sequence[Sequence[str]], sources: Sequence[str] | None) -> None:
    """What `segment_keys` refuses, when no keys are computed (the cache off): a lone surrogate."""
    columns = [hypotheses, *references] + ([sources] if sources is not None else [])
    for number, texts in enumerate(zip(*columns), start=1):
        for text in texts:
            check_unicode(text, f"segment {number}")


def _signature_dir(signature: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", signature)[:60]
    return f"{slug}-{hashlib.sha256(signature.encode()).hexdigest()[:12]}"


class StatisticsCache:
    """Statistics rows of any metric; `directory=None` keeps nothing (`--no-cache`)."""

    def __init__(self, directory: str | Path | None) -> None:
        self.root = Path(directory) / "statistics" if directory is not None else None
        if self.root is not None:
            PackTable(self.root, {}, label="statistics cache").ensure_writable()
        self.discarded = 0  # damaged packs found (and removed)
        self._loaded: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # signature -> sorted keys, rows

    def _table(self, signature: str) -> PackTable | None:
        if self.root is None:
            return None
        return PackTable(self.root / _signature_dir(signature), {"signature": signature}, label="statistics cache")

    def get(self, signature: str, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """(found mask, rows with the found ones filled in, or None when nothing was found)."""
        table = self._table(signature)
        if table is None:
            return np.zeros(len(keys), dtype=bool), None
        if signature not in self._loaded:
            self._loaded[signature] = table.load()
            self.discarded += table.discarded
        stored_keys, stored_rows = self._loaded[signature]
        found, where = lookup(stored_keys, keys)
        if not found.any():
            return found, None
        rows = np.zeros((len(keys), stored_rows.shape[1]), dtype=np.float64)
        rows[found] = stored_rows[where[found]]
        return found, rows

    def put(self, signature: str, parts: Sequence[tuple[np.ndarray, np.ndarray]]) -> None:
        """Store (keys, rows) parts (one per system) as one pack, without joining them in memory."""
        table = self._table(signature)
        if table is not None:
            table.add(parts)

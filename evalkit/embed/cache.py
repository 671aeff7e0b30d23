"""On-disk embedding cache keyed by (model id, text hash).

Layout: `<cache dir>/embeddings/<model slug>-<hash of model id>/*.pack`. A pack holds
the vectors of one encode call (keys + float32 rows + checksum), so 2,000 segments
x 8 systems cost a handful of files, not 16,000 (see docs/embedding.md for the
measurement). The packs are `packs.PackTable`'s, as for the statistics cache:
immutable, renamed into place, checksummed; a damaged one is deleted and its texts
encoded again.
"""

from __future__ import annotations

import hashlib
import os
import re
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np

from ..packs import KEY_BYTES, KEY_DTYPE, PackTable, key_bytes
from ..textio import check_unicode

from .base import Embedder, encode_joined

ENV_VAR = "EVALKIT_CACHE_DIR"
# Characters of one text a model is given, unless its backend says otherwise (`max_chars`).
# The bundled model's work and memory grow with length without limit (about 5 MB of memory
# per 1,000 characters), and it averages over the whole text, so beyond a few pages more
# text only costs; 10,000 characters is several paragraphs.
MAX_EMBED_CHARS = 10_000


class EmbeddingTruncated(UserWarning):
    """A text longer than the model reads was embedded from its beginning only."""


def default_cache_dir() -> Path:
    """$EVALKIT_CACHE_DIR, else $XDG_CACHE_HOME/evalkit, else ~/.cache/evalkit."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "evalkit"


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=KEY_BYTES).digest()


def joined_key(text: str) -> bytes:
    """The key of a text's vector built from its parts (`encode_joined`): apart from the key of the
    same text encoded whole, since the two differ in rounding (no UTF-8 text starts with 0xff)."""
    return hashlib.blake2b(b"\xff" + text.encode("utf-8"), digest_size=KEY_BYTES).digest()


def _model_dir_name(model_id: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", model_id)[:60]
    return f"{slug}-{hashlib.sha256(model_id.encode()).hexdigest()[:12]}"


class EmbeddingCache:
    """Vectors of one model, read from disk once per process and kept in memory.

    With `directory=None` nothing touches the disk: vectors are only reused within
    the process (what `--no-cache` means).
    """

    def __init__(self, model_id: str, directory: str | Path | None) -> None:
        self.model_id = model_id
        self._table = None
        if directory:
            self._table = PackTable(Path(directory) / "embeddings" / _model_dir_name(model_id),
                                    {"model_id": model_id}, "<f4", label="embedding cache")
            self._table.ensure_writable()
        self._vectors: dict[bytes, np.ndarray] | None = None
        self._pending: list[tuple[Sequence[bytes], np.ndarray]] | None = None  # inside `deferred`

    @property
    def directory(self) -> Path | None:
        return self._table.directory if self._table else None

    @property
    def discarded(self) -> int:
        """Damaged packs found (and removed) while loading."""
        return self._table.discarded if self._table else 0

    def _load(self) -> dict[bytes, np.ndarray]:
        if self._vectors is None:
            self._vectors = {}
            if self._table:
                keys, vectors = self._table.load()
                self._vectors.update(zip(key_bytes(keys), vectors))
        return self._vectors

    def get(self, keys: Iterable[bytes]) -> dict[bytes, np.ndarray]:
        vectors = self._load()
        return {key: vectors[key] for key in keys if key in vectors}

    def put(self, keys: Sequence[bytes], vectors: np.ndarray) -> None:
        if not keys:
            return
        self._load().update(zip(keys, vectors))
        if self._pending is not None:
            self._pending.append((keys, vectors))
        elif self._table:
            self._table.add([(np.array(keys, dtype=KEY_DTYPE), np.asarray(vectors, dtype=np.float32))])

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """Vectors encoded inside are written to disk once, as one pack, when it ends: a check
        encodes the texts of many spans one call at a time, and a pack per call (each fsynced,
        every 33 of them merged into one with all the rest) costs time that grows with the
        square of the draft."""
        if self._pending is not None:  # already deferring
            yield
            return
        self._pending = []
        try:
            yield
        finally:
            pending, self._pending = self._pending, None
            if pending and self._table:
                self._table.add([(np.array(keys, dtype=KEY_DTYPE), np.asarray(rows, dtype=np.float32))
                                 for keys, rows in pending])


@dataclass
class EncodeCounters:
    """Distinct texts per encode call: sent to the model vs served from the cache."""

    encoded: int = 0
    cached: int = 0


class CachingEmbedder:
    """An Embedder that encodes each distinct text once and remembers it in a cache."""

    def __init__(self, embedder: Embedder, cache: EmbeddingCache) -> None:
        self.embedder = embedder
        self.cache = cache
        self.model_id = embedder.model_id
        self.max_chars: int = getattr(embedder, "max_chars", MAX_EMBED_CHARS)
        self.counters = EncodeCounters()

    def _bounded(self, texts: Sequence[str]) -> list[str]:
        """The texts as the model gets them: valid Unicode, cut at `max_chars` with a warning."""
        bounded = []
        for number, text in enumerate(texts, start=1):
            check_unicode(text, f"text {number} to embed")
            if len(text) > self.max_chars:
                warnings.warn(EmbeddingTruncated(
                    f"text {number} of {len(texts)} to embed (\"{' '.join(text[:30].split())}…\") has "
                    f"{len(text):,} characters; "
                    f"{self.model_id} embedded its first {self.max_chars:,}"), stacklevel=2)
                text = text[:self.max_chars]
            bounded.append(text)
        return bounded

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = self._bounded(texts)
        keys = [text_key(text) for text in texts]
        return self._cached(keys, dict(zip(keys, texts)), lambda missing: self.embedder.encode(missing))

    def encode_joined(self, parts: Sequence[Sequence[str]], joiner: str) -> np.ndarray:
        """`encode` of `joiner.join(p)` for each p, by the model's `encode_with_parts` where it has
        one; the parts' own vectors it gives on the way are kept as `encode` would keep them."""
        texts = [joiner.join(part) for part in parts]
        if not hasattr(self.embedder, "encode_with_parts") or any(len(text) > self.max_chars for text in texts):
            return self.encode(texts)  # beyond max_chars the model reads only the beginning, as encode does
        self._bounded(texts)  # refuses what encode refuses (a lone surrogate); nothing is cut here
        keys = [joined_key(text) for text in texts]
        unique = dict(zip(keys, (tuple(part) for part in parts)))

        def encode(missing: list[tuple[str, ...]]) -> np.ndarray:
            joined, alone = self.embedder.encode_with_parts(missing, joiner)
            fresh = {text_key(text): vector for text, vector in alone.items() if len(text) <= self.max_chars}
            known = self.cache.get(fresh)
            new = [key for key in fresh if key not in known]
            self.cache.put(new, np.array([fresh[key] for key in new]))
            self.counters.encoded += len(new)
            return joined

        return self._cached(keys, unique, encode)

    def _cached(self, keys: list[bytes], unique: dict, encode) -> np.ndarray:
        found = self.cache.get(unique)
        missing = [key for key in unique if key not in found]
        if missing:
            fresh = encode([unique[key] for key in missing])
            self.cache.put(missing, fresh)
            found.update(zip(missing, fresh))
        self.counters.encoded += len(missing)
        self.counters.cached += len(unique) - len(missing)
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[key] for key in keys])

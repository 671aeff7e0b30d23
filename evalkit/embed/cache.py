"""On-disk embedding cache keyed by (model id, text hash).

Layout: `<cache dir>/embeddings/<model slug>-<hash of model id>/*.pack`. A pack holds
the vectors of one encode call (keys + float32 rows + checksum), so 2,000 segments
x 8 systems cost a handful of files, not 16,000 (see docs/embedding.md for the
measurement). Packs are immutable and appear by atomic rename under a unique
name, so two processes writing at once never touch the same file, and a reader
sees a whole pack or none. A pack whose length or checksum is wrong (a crash
before fsync, a truncated copy, a flipped bit) is skipped and deleted, and its
texts are simply encoded again. When packs pile up, a writer merges them into one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..errors import ConfigError
from ..textio import check_unicode

from .base import Embedder

ENV_VAR = "EVALKIT_CACHE_DIR"
MAGIC = b"EVKEMB1\n"
_HEADER = struct.Struct("<III")  # json length, dimension, row count
KEY_BYTES = 16
DIGEST_BYTES = 32
MERGE_ABOVE = 32  # packs per model; beyond this the next writer merges them
STALE_TMP_SECONDS = 3600
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


def _model_dir_name(model_id: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", model_id)[:60]
    return f"{slug}-{hashlib.sha256(model_id.encode()).hexdigest()[:12]}"


def _pack_bytes(model_id: str, keys: Sequence[bytes], vectors: np.ndarray) -> bytes:
    meta = json.dumps({"model_id": model_id}).encode()
    body = b"".join(
        [MAGIC, _HEADER.pack(len(meta), vectors.shape[1], len(keys)), meta, b"".join(keys),
         np.ascontiguousarray(vectors, dtype="<f4").tobytes()]
    )
    return body + hashlib.blake2b(body, digest_size=DIGEST_BYTES).digest()


def _unpack(data: bytes, model_id: str) -> tuple[list[bytes], np.ndarray] | None:
    """(keys, vectors) of a pack, or None if it is not a complete pack of this model."""
    head = len(MAGIC) + _HEADER.size
    if len(data) < head + DIGEST_BYTES or not data.startswith(MAGIC):
        return None
    meta_len, dim, count = _HEADER.unpack_from(data, len(MAGIC))
    if len(data) != head + meta_len + count * (KEY_BYTES + 4 * dim) + DIGEST_BYTES:
        return None
    body, digest = data[:-DIGEST_BYTES], data[-DIGEST_BYTES:]
    if hashlib.blake2b(body, digest_size=DIGEST_BYTES).digest() != digest:
        return None
    try:
        if json.loads(data[head:head + meta_len])["model_id"] != model_id:
            return None
    except (ValueError, KeyError, TypeError):
        return None
    start = head + meta_len
    keys = [data[start + i * KEY_BYTES: start + (i + 1) * KEY_BYTES] for i in range(count)]
    vectors = np.frombuffer(data, dtype="<f4", count=count * dim, offset=start + count * KEY_BYTES)
    return keys, vectors.reshape(count, dim).astype(np.float32)


class EmbeddingCache:
    """Vectors of one model, read from disk once per process and kept in memory.

    With `directory=None` nothing touches the disk: vectors are only reused within
    the process (what `--no-cache` means).
    """

    def __init__(self, model_id: str, directory: str | Path | None) -> None:
        self.model_id = model_id
        self.directory = Path(directory) / "embeddings" / _model_dir_name(model_id) if directory else None
        if self.directory is not None:  # fail before any encoding, not after it
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _unwritable(directory, exc) from None
        self._vectors: dict[bytes, np.ndarray] | None = None
        self.discarded = 0  # damaged packs found (and removed) while loading

    def _load(self) -> dict[bytes, np.ndarray]:
        if self._vectors is None:
            self._vectors = {}
            for path in self._packs():
                found = self._read(path)
                if found:
                    self._vectors.update(zip(*found))
        return self._vectors

    def _packs(self) -> list[Path]:
        if self.directory is None or not self.directory.is_dir():
            return []
        # only regular files: anything else named *.pack (a directory, a device) is not ours to read
        return sorted(path for path in self.directory.glob("*.pack") if path.is_file())

    def _read(self, path: Path) -> tuple[list[bytes], np.ndarray] | None:
        try:
            data = path.read_bytes()
        except FileNotFoundError:  # merged away by another process between listing and reading
            return None
        except OSError:  # unreadable (permissions, replaced by a directory): encode those texts again
            return None
        found = _unpack(data, self.model_id)
        if found is None:
            self.discarded += 1
            path.unlink(missing_ok=True)
        return found

    def get(self, keys: Iterable[bytes]) -> dict[bytes, np.ndarray]:
        vectors = self._load()
        return {key: vectors[key] for key in keys if key in vectors}

    def put(self, keys: Sequence[bytes], vectors: np.ndarray) -> None:
        if not keys:
            return
        self._load().update(zip(keys, vectors))
        if self.directory is None:
            return
        self._write(self.directory, keys, vectors)
        packs = self._packs()
        if len(packs) > MERGE_ABOVE:
            self._merge(self.directory, packs)

    def _write(self, directory: Path, keys: Sequence[bytes], vectors: np.ndarray) -> None:
        # Unique final name: concurrent writers never replace each other's packs.
        name = f"{time.time_ns():020d}-{os.getpid()}-{os.urandom(4).hex()}.pack"
        try:
            directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=directory)
        except OSError as exc:
            raise _unwritable(directory, exc) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(_pack_bytes(self.model_id, keys, vectors))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, directory / name)
        except OSError as exc:  # a full disk, a quota
            Path(tmp).unlink(missing_ok=True)
            raise _unwritable(directory, exc) from None
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _merge(self, directory: Path, packs: list[Path]) -> None:
        """One pack for many; two processes merging at once only duplicate rows."""
        merged: dict[bytes, np.ndarray] = {}
        for path in packs:
            found = self._read(path)
            if found:
                merged.update(zip(*found))
        if merged:
            self._write(directory, list(merged), np.stack(list(merged.values())))
        for path in packs:
            path.unlink(missing_ok=True)
        cutoff = time.time() - STALE_TMP_SECONDS
        for tmp in directory.glob(".tmp-*"):
            try:
                if tmp.stat().st_mtime < cutoff:  # left by a writer that crashed
                    tmp.unlink(missing_ok=True)
            except FileNotFoundError:
                pass


def _unwritable(directory: str | Path, exc: OSError) -> ConfigError:
    return ConfigError(
        f"embedding cache {directory}: cannot write ({exc.strerror}); pass --cache-dir DIR or --no-cache"
    )


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
        unique = dict(zip(keys, texts))
        found = self.cache.get(unique)
        missing = [key for key in unique if key not in found]
        if missing:
            fresh = self.embedder.encode([unique[key] for key in missing])
            self.cache.put(missing, fresh)
            found.update(zip(missing, fresh))
        self.counters.encoded += len(missing)
        self.counters.cached += len(unique) - len(missing)
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[key] for key in keys])

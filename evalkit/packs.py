"""Crash-safe on-disk tables of fixed-width numeric rows keyed by 16-byte digests.

A directory holds immutable packs (keys + rows + checksum), each written to a
temporary file, fsynced and renamed under a unique name: concurrent writers never
touch the same file, a reader sees a whole pack or none, and a pack whose length,
header or checksum is wrong (a crash before fsync, a truncated copy, a flipped
bit) is deleted and its rows simply computed again; anything else named like a pack
(a directory, an unreadable file) is left alone. When packs pile up, the next writer
merges them into one. Both caches use it: embeddings (`embed/cache.py`) and
per-segment statistics (`stats_cache.py`).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
import time
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from .errors import ConfigError

MAGIC = b"EVKPACK1\n"
_HEADER = struct.Struct("<IIQ")  # json length, row width, row count
KEY_BYTES = 16
KEY_DTYPE = f"S{KEY_BYTES}"  # raw digests; numpy sorts and searches them bytewise
DIGEST_BYTES = 32
MERGE_ABOVE = 32  # packs per directory; beyond this the next writer merges them
STALE_TMP_SECONDS = 3600
WRITE_ROWS = 65536  # rows converted and written at a time: a pack of any size is never built in memory


def _pack_chunks(meta: dict, parts: Sequence[tuple[np.ndarray, np.ndarray]], dtype: np.dtype) -> Iterator[bytes]:
    """A pack's bytes before its checksum, a piece at a time: rows given in parts (a metric's
    rows of each system) are written without being joined in memory first."""
    header = json.dumps({**meta, "dtype": dtype.str}).encode()
    yield b"".join([MAGIC, _HEADER.pack(len(header), parts[0][1].shape[1], sum(len(k) for k, _ in parts)), header])
    for keys, _ in parts:
        yield np.ascontiguousarray(keys, dtype=KEY_DTYPE).tobytes()
    for _, rows in parts:
        for start in range(0, len(rows), WRITE_ROWS):
            yield np.ascontiguousarray(rows[start:start + WRITE_ROWS], dtype=dtype).tobytes()


def _unpack(data: bytes, meta: dict, dtype: np.dtype) -> tuple[np.ndarray, np.ndarray] | None:
    """(keys, rows) of a pack, or None unless it is whole, undamaged and written for `meta`."""
    head = len(MAGIC) + _HEADER.size
    if len(data) < head + DIGEST_BYTES or not data.startswith(MAGIC):
        return None
    header_len, width, count = _HEADER.unpack_from(data, len(MAGIC))
    if len(data) != head + header_len + count * (KEY_BYTES + width * dtype.itemsize) + DIGEST_BYTES:
        return None
    if hashlib.blake2b(data[:-DIGEST_BYTES], digest_size=DIGEST_BYTES).digest() != data[-DIGEST_BYTES:]:
        return None
    try:
        if json.loads(data[head:head + header_len]) != {**meta, "dtype": dtype.str}:
            return None
    except ValueError:
        return None
    start = head + header_len
    keys = np.frombuffer(data, dtype=KEY_DTYPE, count=count, offset=start)
    rows = np.frombuffer(data, dtype=dtype, count=count * width, offset=start + count * KEY_BYTES)
    return keys, rows.reshape(count, width)


class PackTable:
    """The rows stored under one directory for one `meta` (what the rows mean).

    `label` names the cache in the one-line error a failed write becomes.
    """

    def __init__(self, directory: Path, meta: dict, dtype: str = "<f8", *, label: str = "cache") -> None:
        self.directory = directory
        self.meta = meta
        self.dtype = np.dtype(dtype)
        self.label = label
        self.discarded = 0  # damaged packs found (and removed)

    def ensure_writable(self) -> None:
        """Fail before any work, not after it."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._unwritable(exc) from None

    def _unwritable(self, exc: OSError) -> ConfigError:
        return ConfigError(f"{self.label} {self.directory}: cannot write ({exc.strerror}); "
                           "pass --cache-dir DIR or --no-cache")

    def _packs(self) -> list[Path]:
        if not self.directory.is_dir():
            return []
        # only regular files: anything else named *.pack (a directory, a device) is not ours to read
        return sorted(path for path in self.directory.glob("*.pack") if path.is_file())

    def _read(self, path: Path) -> tuple[np.ndarray, np.ndarray] | None:
        try:
            data = path.read_bytes()
        except FileNotFoundError:  # merged away by another process between listing and reading
            return None
        except OSError:  # unreadable (permissions, replaced by a directory): compute those rows again
            return None
        found = _unpack(data, self.meta, self.dtype)
        if found is None:
            self.discarded += 1
            path.unlink(missing_ok=True)
        return found

    def load(self) -> tuple[np.ndarray, np.ndarray]:
        """All stored (keys, rows), keys sorted and unique (the newest pack wins a duplicate)."""
        return _sorted_unique([found for found in map(self._read, self._packs()) if found])

    def add(self, parts: Sequence[tuple[np.ndarray, np.ndarray]]) -> None:
        """One pack of the (keys, rows) parts given, in that order."""
        parts = [(keys, rows) for keys, rows in parts if len(keys)]
        if parts:
            self._write(parts)
        packs = self._packs()
        if len(packs) > MERGE_ABOVE:
            self._merge(packs)

    def _write(self, parts: Sequence[tuple[np.ndarray, np.ndarray]]) -> None:
        # Unique final name: concurrent writers never replace each other's packs.
        name = f"{time.time_ns():020d}-{os.getpid()}-{os.urandom(4).hex()}.pack"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.directory)
        except OSError as exc:
            raise self._unwritable(exc) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                digest = hashlib.blake2b(digest_size=DIGEST_BYTES)
                for chunk in _pack_chunks(self.meta, parts, self.dtype):
                    digest.update(chunk)
                    handle.write(chunk)
                handle.write(digest.digest())
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.directory / name)
        except OSError as exc:  # a full disk, a quota
            Path(tmp).unlink(missing_ok=True)
            raise self._unwritable(exc) from None
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _merge(self, packs: list[Path]) -> None:
        """One pack for many; two processes merging at once only duplicate rows."""
        keys, rows = _sorted_unique([found for found in map(self._read, packs) if found])
        if len(keys):
            self._write([(keys, rows)])
        for path in packs:
            path.unlink(missing_ok=True)
        cutoff = time.time() - STALE_TMP_SECONDS
        for tmp in self.directory.glob(".tmp-*"):
            try:
                if tmp.stat().st_mtime < cutoff:  # left by a writer that crashed
                    tmp.unlink(missing_ok=True)
            except FileNotFoundError:
                pass


def _sorted_unique(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    parts = [(k, r) for k, r in parts if r.shape[1:] == parts[-1][1].shape[1:]] if parts else []
    if not parts:
        return np.empty(0, dtype=KEY_DTYPE), np.empty((0, 0))
    keys = np.concatenate([k for k, _ in parts][::-1])  # newest first, so np.unique keeps it
    rows = np.concatenate([r for _, r in parts][::-1])
    keys, first = np.unique(keys, return_index=True)
    return keys, rows[first]


def key_bytes(keys: np.ndarray) -> list[bytes]:
    """Each key as its 16 bytes (numpy's own conversion would drop trailing NUL bytes)."""
    raw = np.ascontiguousarray(keys, dtype=KEY_DTYPE).view(np.uint8).reshape(-1, KEY_BYTES)
    return [row.tobytes() for row in raw]


def lookup(keys: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(found mask, index into `keys` where found) for each wanted key; `keys` sorted."""
    if not len(keys):
        return np.zeros(len(wanted), dtype=bool), np.zeros(len(wanted), dtype=np.intp)
    where = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    return keys[where] == wanted, where

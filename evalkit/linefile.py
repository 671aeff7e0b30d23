"""The lines of a text file as a sequence read from disk when needed, not held in memory.

`--engine ray` reads candidate, reference and source files this way, so that a driver
scoring millions of segments keeps 16 bytes per line (where each line starts and ends)
instead of the texts: shards, cache keys and reports read the lines they need a block
at a time. A file is checked once, when opened, exactly as `textio.read_lines` checks
it (UTF-8, BOM dropped, CRLF and CR read as line ends, no line over
`MAX_LINE_CHARS`, not empty), and yields the same lines.

The file stays open, so one renamed over it is still read as it was opened; one
changed in place is refused at the next read rather than scored half old, half new.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Iterator, overload

import numpy as np

from .errors import InputError
from .textio import MAX_LINE_CHARS

READ_BYTES = 8 << 20  # bytes read at a time while indexing
BLOCK_LINES = 4096  # lines decoded at a time when read back; the last two blocks are kept
_NL, _CR = 10, 13


class LineFile(Sequence[str]):
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._fd = os.open(self.path, os.O_RDONLY)
        except OSError as exc:
            raise InputError(f"{self.path}: cannot read ({exc.strerror})") from None
        self._stat = self._identity()
        self._starts, self._ends = self._index()
        self._blocks: OrderedDict[int, list[str]] = OrderedDict()

    def __del__(self) -> None:
        fd = getattr(self, "_fd", None)
        if fd is not None:
            os.close(fd)

    def __reduce__(self):  # a copy (a worker process) opens and checks the file again
        return LineFile, (self.path,)

    def __repr__(self) -> str:
        return f"LineFile({str(self.path)!r}, {len(self)} lines)"

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return self._lines(start, stop) if start < stop else []
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("line index out of range")
        number = index // BLOCK_LINES
        block = self._blocks.get(number)
        if block is None:
            block = self._lines(number * BLOCK_LINES, min((number + 1) * BLOCK_LINES, len(self)))
            self._blocks[number] = block
            if len(self._blocks) > 2:
                self._blocks.popitem(last=False)
        return block[index - number * BLOCK_LINES]

    def __iter__(self) -> Iterator[str]:
        for start in range(0, len(self), BLOCK_LINES):
            yield from self._lines(start, min(start + BLOCK_LINES, len(self)))

    def _lines(self, start: int, stop: int) -> list[str]:
        base = int(self._starts[start])
        data = os.pread(self._fd, int(self._ends[stop - 1]) - base, base)
        if self._identity() != self._stat:
            raise InputError(f"{self.path}: changed while being scored; score a file that stays as it is")
        starts, ends = (self._starts[start:stop] - base).tolist(), (self._ends[start:stop] - base).tolist()
        return [data[a:b].decode("utf-8") for a, b in zip(starts, ends)]

    def _identity(self) -> tuple[int, int, int]:
        stat = os.fstat(self._fd)
        return stat.st_ino, stat.st_size, stat.st_mtime_ns

    def _index(self) -> tuple[np.ndarray, np.ndarray]:
        """(start, end) byte offsets of every line, checking the text as `read_lines` does."""
        starts: list[np.ndarray] = []
        ends: list[np.ndarray] = []
        offset = 0  # of `pending` in the file
        pending = b""  # bytes after the last line end read so far
        newlines = 0  # LFs before `pending`, for the line number of a UTF-8 error
        lines = 0  # before `pending`
        line_start = 0
        too_long: str | None = None
        while True:
            try:
                data = os.pread(self._fd, READ_BYTES, offset + len(pending))
            except OSError as exc:
                raise InputError(f"{self.path}: cannot read ({exc.strerror})") from None
            end = not data
            if offset == 0 and not pending and data.startswith(b"\xef\xbb\xbf"):
                offset = line_start = 3
                data = data[3:]
            pending += data
            # Cut after the last line end whose next byte is known (a CR may start a CR LF):
            # LF and CR are never part of a UTF-8 character, so each piece decodes alone.
            cut = len(pending) if end else max(pending.rfind(b"\n"), pending.rfind(b"\r", 0, len(pending) - 1)) + 1
            if not end and not cut:
                if len(pending) - pending.endswith(b"\r") > 4 * MAX_LINE_CHARS:  # 4 bytes at most a character
                    raise InputError(too_long or f"{self.path}:{lines + 1}: line of more than {MAX_LINE_CHARS:,} "
                                     f"characters; evalkit reads at most {MAX_LINE_CHARS:,} per line (one segment per line)")
                continue
            piece, pending = pending[:cut], pending[cut:]
            try:
                piece.decode("utf-8")
            except UnicodeDecodeError as exc:
                line = newlines + piece.count(b"\n", 0, exc.start) + 1
                raise InputError(f"{self.path}:{line}: invalid UTF-8 (byte 0x{piece[exc.start]:02x})") from None
            newlines += piece.count(b"\n")
            line_ends, next_starts = _breaks(piece, offset)
            if len(line_ends):
                line_starts = np.concatenate([[line_start], next_starts[:-1]]).astype(np.int64)
                starts.append(line_starts)
                ends.append(line_ends)
                too_long = too_long or self._too_long(line_starts, line_ends, lines)
                lines += len(line_ends)
                line_start = int(next_starts[-1])
            offset += len(piece)
            if end:
                break
        if line_start < offset:  # the last line, without a line end
            starts.append(np.array([line_start], dtype=np.int64))
            ends.append(np.array([offset], dtype=np.int64))
            too_long = too_long or self._too_long(starts[-1], ends[-1], lines)
        if too_long:
            raise InputError(too_long)
        if not starts:
            raise InputError(f"{self.path}: file is empty")
        return np.concatenate(starts), np.concatenate(ends)

    def _too_long(self, starts: np.ndarray, ends: np.ndarray, first: int) -> str | None:
        """The error for the first line of more than MAX_LINE_CHARS characters, if any."""
        for k in np.flatnonzero(ends - starts > MAX_LINE_CHARS):  # bytes >= characters
            text = os.pread(self._fd, int(ends[k] - starts[k]), int(starts[k])).decode("utf-8")
            if len(text) > MAX_LINE_CHARS:
                return (f"{self.path}:{first + int(k) + 1}: line of {len(text):,} characters; evalkit reads at most "
                        f"{MAX_LINE_CHARS:,} per line (one segment per line)")
        return None


def _breaks(piece: bytes, offset: int) -> tuple[np.ndarray, np.ndarray]:
    """(end of each line ended in `piece`, start of the next), as file offsets. A line ends at
    LF, CR LF or a CR alone; a CR closing the piece is alone (`_index` cuts after it only then)."""
    raw = np.frombuffer(piece, dtype=np.uint8)
    lf = np.flatnonzero(raw == _NL)
    cr = np.flatnonzero(raw == _CR)
    lone = cr[raw[np.minimum(cr + 1, len(raw) - 1)] != _NL] if len(cr) else cr
    lone = np.union1d(lone, cr[cr == len(raw) - 1])
    after_cr = np.zeros(len(lf), dtype=np.int64)
    after_cr[lf > 0] = raw[lf[lf > 0] - 1] == _CR
    ends = np.concatenate([lf - after_cr, lone])
    nexts = np.concatenate([lf + 1, lone + 1])
    order = np.argsort(nexts, kind="stable")
    return (ends[order] + offset).astype(np.int64), (nexts[order] + offset).astype(np.int64)


class LineNumbers(Sequence[str]):
    """"1", "2", ... "n": the ids of a lazily read file's lines, without n strings in memory."""

    def __init__(self, n: int) -> None:
        self._n = n

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [str(i + 1) for i in range(self._n)[index]]
        return str(range(self._n)[index] + 1)

    def __eq__(self, other: object) -> bool:  # as a tuple of the same ids would be
        return isinstance(other, Sequence) and len(other) == self._n and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

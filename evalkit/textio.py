"""Reading user text strictly and writing files atomically."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path
from itertools import islice
from typing import Any, Iterable, Iterator, TypeVar

from .errors import InputError

# Longest line (segment) evalkit reads. Scoring cost grows with segment length (chrF's
# n-grams, embeddings) and no sentence or paragraph comes near it: a longer line means
# a file that is not one segment per line, refused before any work is done.
MAX_LINE_CHARS = 1_000_000
# Most bytes read from a pipe (`<(cmd)`, a FIFO), whose size is not known before reading:
# `cat /dev/zero |` ends in a one-line error instead of exhausting memory.
MAX_PIPE_BYTES = 256 * 2**20
_KINDS = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
# Staging folders older than this were left by a process killed outright (SIGKILL, power
# loss); the next report written to the same directory removes them.
STALE_STAGING_SECONDS = 3600
# Rows of a streamed report rendered at once: a few hundred kB of text, whatever the input size.
CHUNK_ROWS = 1000
T = TypeVar("T")
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_unicode(text: str, where: str) -> None:
    """Refuse a lone surrogate (half a UTF-16 pair, as JSON's "\\ud800" decodes to): it is
    not a character, so it can be neither scored as text nor written as UTF-8."""
    found = _SURROGATE.search(text)
    if found:
        raise InputError(f"{where}: invalid Unicode: lone surrogate U+{ord(found.group()):04X} "
                         "(half of a UTF-16 pair, not a character)")


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes: a regular file, or a pipe up to `MAX_PIPE_BYTES`. Devices (/dev/zero)
    and sockets are refused before reading; a FIFO that nobody writes to reads as empty
    rather than waiting for a writer forever."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{path}: is a directory, expected a file")
        if stat.S_ISREG(mode):
            return path.read_bytes()
        if not stat.S_ISFIFO(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a file")
            raise InputError(f"{path}: not a regular file ({kind}); evalkit reads files and pipes")
        return _read_pipe(path)
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def _read_pipe(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # opening a FIFO must not wait for a writer
    try:
        os.set_blocking(fd, True)  # but reading waits for what a writer is still writing
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > MAX_PIPE_BYTES:
                raise InputError(f"{path}: more than {MAX_PIPE_BYTES:,} bytes from a pipe; write it to a file first")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text(path: str | Path, *, max_line: int | None = MAX_LINE_CHARS) -> str:
    """Whole file as text: UTF-8 (BOM stripped), CRLF/CR folded to LF, lines of at most
    `max_line` characters (None: any, for a JSON document rather than segments)."""
    path = Path(path)
    data = read_bytes(path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: invalid UTF-8 (byte 0x{data[exc.start]:02x})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if max_line is not None and len(text) > max_line:  # only then can a line be too long
        for number, line in enumerate(text.split("\n"), start=1):
            if len(line) > max_line:
                raise InputError(f"{path}:{number}: line of {len(line):,} characters; evalkit reads at most "
                                 f"{max_line:,} per line (one segment per line)")
    return text


def read_lines(path: str | Path, *, allow_empty_file: bool = False) -> list[str]:
    """One segment per line; a final newline does not add an empty segment."""
    text = read_text(path)
    if not text:
        if allow_empty_file:
            return []
        raise InputError(f"{path}: file is empty")
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def read_jsonl(path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line, so errors can name the real line."""
    rows = []
    for number, line in enumerate(read_lines(path), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
        except (ValueError, RecursionError) as exc:  # an integer of 4,301+ digits; nesting deeper than Python's stack
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(":")[0]
            raise InputError(f"{path}:{number}: JSON that cannot be read ({reason})") from None
        if not isinstance(row, dict):
            raise InputError(f"{path}:{number}: expected a JSON object per line")
        if "\\u" in line:  # only a \u escape can bring in a lone surrogate
            check_unicode(json.dumps(row, ensure_ascii=False), f"{path}:{number}")
        rows.append((number, row))
    if not rows:
        raise InputError(f"{path}: file is empty")
    return rows


def atomic_write(path: str | Path, content: str | bytes | Iterable[str | bytes]) -> None:
    """Write via a temporary file and rename, so readers never see half a file. Text may
    come as an iterable of chunks, encoded and written as they come, so that a report of
    any size is never held whole in memory."""
    path = Path(path)
    chunks = [_encode(path, content)] if isinstance(content, (str, bytes)) else _encoded(path, content)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            mask = os.umask(0)
            os.umask(mask)
            os.fchmod(handle.fileno(), 0o666 & ~mask)  # mkstemp's 0600 would hide reports from others
            for data in chunks:
                handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _encode(path: Path, content: str | bytes, first_line: int = 1) -> bytes:
    if isinstance(content, bytes):
        return content
    try:
        return content.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = first_line + content.count("\n", 0, exc.start)
        check_unicode(content[exc.start:exc.end], f"{path}:{line}")
        raise


def _encoded(path: Path, chunks: Iterable[str | bytes]) -> Iterator[bytes]:
    line = 1  # of the chunk's start, for an error message
    for chunk in chunks:
        yield _encode(path, chunk, line)
        if isinstance(chunk, str):
            line += chunk.count("\n")


def write_files(directory: str | Path, files: dict[str, str | bytes | Iterable[str]]) -> list[Path]:
    """Write several files as one report: all are staged first, then renamed into place.

    Text given whole is encoded before the directory is touched, so text that cannot be
    written fails with nothing created; text given as chunks (a large report, see
    `atomic_write`) is encoded as it is staged, so its writer checks it first. An
    interruption while staging leaves the directory as it was; only the final renames
    (microseconds) could leave old and new files side by side.
    """
    directory = Path(directory)
    encoded = {name: _encode(directory / name, text) if isinstance(text, (str, bytes))
               else _encoded(directory / name, text) for name, text in files.items()}
    try:
        directory.mkdir(parents=True, exist_ok=True)
        _remove_stale_staging(directory)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=directory))
    except OSError as exc:
        raise InputError(f"{directory}: cannot write ({exc.strerror})") from None
    try:
        for name, data in encoded.items():
            atomic_write(staging / name, data)
        for name in encoded:
            try:
                os.replace(staging / name, directory / name)
            except OSError as exc:
                raise InputError(f"{directory / name}: cannot write ({exc.strerror})") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [directory / name for name in files]


def _remove_stale_staging(directory: Path) -> None:
    cutoff = time.time() - STALE_STAGING_SECONDS
    for old in directory.glob(".staging-*"):
        try:
            if old.is_dir() and not old.is_symlink() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass


# Line breaks to str.splitlines() and many JSONL readers, though JSON allows them raw in strings.
_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _escape_breaks(text: str) -> str:
    # str.translate walks every character in Python-level steps; the checks are C scans
    return text.translate(_BREAKS) if "\x85" in text or "\u2028" in text or "\u2029" in text else text


def dump_json(data: Any) -> str:
    """UTF-8 JSON (not \\u escapes), but with every line-breaking character escaped."""
    return _escape_breaks(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)) + "\n"


def dump_jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(jsonl_chunks(rows))


def jsonl_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """JSON Lines, `CHUNK_ROWS` rows at a time (for `atomic_write`)."""
    for batch in batches(rows):
        yield _escape_breaks("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in batch))


def batches(items: Iterable[T]) -> Iterator[list[T]]:
    """Lists of up to `CHUNK_ROWS` items (itertools.batched from Python 3.12 on)."""
    iterator = iter(items)
    while batch := list(islice(iterator, CHUNK_ROWS)):
        yield batch

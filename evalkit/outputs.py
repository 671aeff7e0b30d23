"""Where a command writes, checked before any work: never over one of its own inputs.

Every command names its inputs (candidates, references, sources, drafts, glossaries,
human scores, reports it reads, the configuration and the baseline) and its outputs
(report directories, --junit and --markdown files, the baseline --update-baseline
writes, $GITHUB_STEP_SUMMARY) to `refuse_overwriting`, the one check for all of them.
Files are compared as the system sees them (`os.stat`: device and inode), so a hard
link, a symlink or another spelling of the same path is the same file. Outputs are
written atomically (a temporary file, then a rename), so even a refused case would
not corrupt the input in place; refusing keeps the user's files where they expect them
and keeps two outputs from landing on one file.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from .errors import ConfigError
from .references import LANGS

# What a reference-set directory holds: the directory stands for these files.
REFERENCE_FILES = tuple(f"{lang}.txt" for lang in LANGS) + ("segments.jsonl", "manifest.json")


@dataclass(frozen=True)
class Output:
    """A file a command will write: `option` names it in messages ("--junit", "--out")."""

    option: str
    path: Path
    directory: Path | None = None  # the report directory it belongs to, as given

    def __str__(self) -> str:
        return f"{self.option} {self.directory}" if self.directory is not None else f"{self.option} {self.path}"


def report_outputs(out: str | Path, names: Sequence[str], *, option: str = "--out",
                   reports: bool = False) -> list[Output]:
    """The files `names` of an output directory, after refusing a directory that cannot take
    them: not a directory, holding a reference set (`reports`), a directory where a file
    goes, or not writable."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"{option} {out} exists and is not a directory")
    if reports and (out / "manifest.json").exists():
        raise ConfigError(f"{option} {out} holds a reference set; write reports to another directory")
    for name in names:
        if (out / name).is_dir() and not (out / name).is_symlink():
            raise ConfigError(f"{option} {out}: {name} is a directory, where a file is to be written")
    _probe_writable(out, option)
    return [Output(option, out / name, out) for name in names]


def file_output(path: str | Path, option: str) -> Output:
    """One file to write (--junit, --markdown, the baseline), refused when it cannot be."""
    path = Path(path)
    if path.is_dir():
        raise ConfigError(f"{option} {path} is a directory, where a file is to be written")
    _probe_writable(path.parent, option)
    return Output(option, path)


def refuse_overwriting(inputs: Iterable[tuple[str, str | Path | None]], outputs: Sequence[Output]) -> None:
    """Refuse outputs that are one of the inputs, or one another. `inputs` are (what, path)
    pairs ("candidate", "hyp.txt"); None is skipped and a directory stands for the files of
    a reference set."""
    files = [(what, path, _identity(path)) for what, given in inputs if given is not None
             for path in _files(Path(given))]
    for output in outputs:
        target = _identity(output.path)
        for what, path, identity in files:
            if target is not None and target == identity:
                as_name = f", as {output.path.name}" if output.directory is not None else ""
                raise ConfigError(f"{output} would overwrite the input {path} (the {what}{as_name}); "
                                  f"write to another {'directory' if output.directory is not None else 'file'}")
    seen: dict[object, Output] = {}
    for output in outputs:
        key = _identity(output.path) or os.path.realpath(output.path)
        if key in seen:
            raise ConfigError(f"{seen[key].option} and {output.option} name the same file ({output.path}); "
                              "give each its own")
        seen[key] = output


def _files(path: Path) -> list[Path]:
    return [path / name for name in REFERENCE_FILES] if path.is_dir() else [path]


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of an existing file; None when there is none (or it cannot be reached:
    a link loop, which reading or writing reports in its own words)."""
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return None
    return stat.st_dev, stat.st_ino


def _probe_writable(out: Path, option: str, attempts: int = 3) -> None:
    """Create the directory (and a file in it) now, so an unwritable one fails before hours
    of scoring; whatever the probe created is removed again."""
    created = []
    try:
        for directory in reversed([out, *out.parents]):
            if not directory.exists():
                directory.mkdir(exist_ok=True)
                created.append(directory)
        fd, probe = tempfile.mkstemp(prefix=".evalkit-probe-", dir=out)
        os.close(fd)
        os.unlink(probe)
    except FileNotFoundError:  # another run's probe removed a directory we were using
        if attempts <= 1:
            raise ConfigError(f"{option} {out}: cannot write (it keeps disappearing)") from None
        _probe_writable(out, option, attempts - 1)
    except OSError as exc:
        raise ConfigError(f"{option} {out}: cannot write ({exc.strerror})") from None
    finally:
        for directory in reversed(created):
            try:
                directory.rmdir()
            except OSError:  # not empty: another run is writing there
                pass

"""Load what is scored: references, optional source, candidate systems.

Everything is validated up front and mapped onto the reference's segment order,
so a mismatch is a clear error before any metric runs, never a silent truncation.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from .errors import ConfigError, InputError
from .references import LANGS, load_reference_set
from .textio import read_jsonl, read_lines

_LANG_PAIR = re.compile(r"^([a-z]{2,3})-([a-z]{2,3})$")


@dataclass(frozen=True)
class ReferenceInfo:
    name: str
    # When reference-free (n_references == 0) these describe the source instead.
    paths: tuple[str, ...]
    sha256: str  # of the reference texts actually used, all streams
    n_segments: int
    n_references: int
    source_lang: str | None
    target_lang: str | None
    reference_set: bool


@dataclass(frozen=True)
class System:
    name: str
    path: str
    hypotheses: tuple[str, ...]


@dataclass(frozen=True)
class ScoringTask:
    reference: ReferenceInfo
    ids: tuple[str, ...]
    paragraphs: tuple[int, ...] | None
    sources: tuple[str, ...] | None
    references: tuple[tuple[str, ...], ...]  # streams; none when scoring reference-free
    systems: tuple[System, ...]


def parse_lang_pair(spec: str | None) -> tuple[str | None, str | None]:
    if spec is None:
        return None, None
    match = _LANG_PAIR.match(spec.strip().lower())
    if not match:
        raise ConfigError(f"invalid language pair {spec!r}; write SRC-TGT, e.g. zh-en")
    return match.group(1), match.group(2)


def hash_streams(streams: Sequence[Sequence[str]]) -> str:
    digest = hashlib.sha256()
    for stream in streams:
        for line in stream:
            digest.update(line.encode("utf-8") + b"\n")
        digest.update(b"\x00")
    return digest.hexdigest()


def _looks_chinese(texts: Sequence[str]) -> bool:
    sample = "".join(texts[:200])
    cjk = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    return bool(sample) and cjk / max(1, len(sample.replace(" ", ""))) > 0.3


def _read_plain(path: str | Path, role: str) -> list[str]:
    """A reference or source file: plain text only, so JSON is never scored as if it were text."""
    if Path(path).suffix.lower() == ".jsonl":
        raise InputError(f"{path}: {role} files are plain text, one segment per line (JSONL is for candidates)")
    return read_lines(path)


def load_task(
    refs: Sequence[str | Path],
    hyps: Sequence[str | Path],
    *,
    src: str | Path | None = None,
    lang: str | None = None,
    names: Sequence[str] | None = None,
) -> ScoringTask:
    if not hyps:
        raise ConfigError("no candidate file given")
    if not refs:
        if src is None:
            raise ConfigError("no reference given (--ref); to score without one, give the source (--src)")
        return _load_reference_free(Path(src), hyps, lang, names)
    source_lang, target_lang = parse_lang_pair(lang)
    paragraphs = None
    sources: list[str] | None = None
    if len(refs) == 1 and Path(refs[0]).is_dir():
        reference_set = load_reference_set(refs[0])
        if source_lang is None:
            raise ConfigError(f"{refs[0]} is a reference set: say which side is the target with --lang zh-en or en-zh")
        if {source_lang, target_lang} != set(LANGS):
            raise ConfigError(f"unsupported language pair {lang!r} for reference set {refs[0]}; use zh-en or en-zh")
        streams = [reference_set.side(target_lang)]
        sources = reference_set.side(source_lang)
        ids = reference_set.ids
        paragraphs = tuple(segment.paragraph for segment in reference_set.segments)
        name = reference_set.name
        paths = (str(refs[0]),)
    else:
        for ref in refs:
            if Path(ref).is_dir():
                raise ConfigError(f"{ref}: a reference-set directory cannot be combined with other references")
        streams = [_read_plain(ref, "reference") for ref in refs]
        for ref, stream in zip(refs[1:], streams[1:]):
            if len(stream) != len(streams[0]):
                raise InputError(
                    f"reference line counts differ: {refs[0]} has {len(streams[0])} lines, {ref} has {len(stream)}"
                )
        ids = [str(i + 1) for i in range(len(streams[0]))]  # 1-based line numbers
        name = Path(refs[0]).stem
        paths = tuple(str(ref) for ref in refs)
    n = len(ids)
    if src is not None:
        sources = _read_plain(src, "source")
        if len(sources) != n:
            raise InputError(f"source and reference line counts differ: {src} has {len(sources)} lines, the reference has {n}")
    if target_lang is None and _looks_chinese(streams[0]):
        target_lang = "zh"
    reference = ReferenceInfo(
        name=name,
        paths=paths,
        sha256=hash_streams(streams),
        n_segments=n,
        n_references=len(streams),
        source_lang=source_lang,
        target_lang=target_lang,
        reference_set=paragraphs is not None,
    )
    systems = _load_systems(hyps, names, ids, reference)
    return ScoringTask(
        reference=reference,
        ids=tuple(ids),
        paragraphs=paragraphs,
        sources=tuple(sources) if sources is not None else None,
        references=tuple(tuple(stream) for stream in streams),
        systems=systems,
    )


def _load_reference_free(
    src: Path, hyps: Sequence[str | Path], lang: str | None, names: Sequence[str] | None
) -> ScoringTask:
    """Candidates line-aligned with a source and nothing else (a draft with no reference)."""
    source_lang, target_lang = parse_lang_pair(lang)
    sources = _read_plain(src, "source")
    if source_lang is None and _looks_chinese(sources):
        source_lang = "zh"  # for the length buckets (characters, not words)
    ids = [str(i + 1) for i in range(len(sources))]
    reference = ReferenceInfo(
        name=src.stem,
        paths=(str(src),),
        sha256=hash_streams([sources]),
        n_segments=len(ids),
        n_references=0,
        source_lang=source_lang,
        target_lang=target_lang,
        reference_set=False,
    )
    systems = _load_systems(hyps, names, ids, reference)
    return ScoringTask(reference, tuple(ids), None, tuple(sources), (), systems)


def task_from_texts(
    candidates: Mapping[str, Sequence[str]],
    *,
    references: Sequence[str] | Sequence[Sequence[str]] | None = None,
    sources: Sequence[str] | None = None,
    ids: Sequence[str] | None = None,
    lang: str | None = None,
    name: str = "memory",
) -> ScoringTask:
    """The in-memory twin of `load_task`: the same checks, on lists of strings.

    `references` is one stream (a list of strings) or several (a list of lists);
    unequal lengths are an error, never a truncation.
    """
    if not candidates:
        raise ConfigError("no candidate system given")
    streams = _streams(references)
    if not streams and sources is None:
        raise ConfigError("no reference given; to score without one, give the source")
    first = streams[0] if streams else list(sources or [])
    n = len(first)
    if n == 0:
        raise InputError("the reference has no segments" if streams else "the source has no segments")
    for k, stream in enumerate(streams):
        _check_texts(stream, f"reference {k + 1}", n)
    if sources is not None:
        _check_texts(sources, "source", n)
    for system, texts in candidates.items():
        if not isinstance(system, str) or not system.strip():
            raise ConfigError(f"system names must be non-empty strings, not {system!r}")
        _check_texts(texts, f"candidate {system!r}", n)
    ids = [str(i + 1) for i in range(n)] if ids is None else [str(i) for i in ids]
    if len(ids) != n:
        raise InputError(f"{len(ids)} ids given for {n} segments")
    if len(set(ids)) != n:
        raise InputError("duplicate segment ids")
    source_lang, target_lang = parse_lang_pair(lang)
    if target_lang is None and streams and _looks_chinese(streams[0]):
        target_lang = "zh"
    if not streams and source_lang is None and _looks_chinese(list(sources or [])):
        source_lang = "zh"
    reference = ReferenceInfo(
        name=name,
        paths=(),
        sha256=hash_streams(streams or [list(sources or [])]),
        n_segments=n,
        n_references=len(streams),
        source_lang=source_lang,
        target_lang=target_lang,
        reference_set=False,
    )
    systems = tuple(System(name=system, path="", hypotheses=tuple(texts)) for system, texts in candidates.items())
    return ScoringTask(
        reference=reference,
        ids=tuple(ids),
        paragraphs=None,
        sources=tuple(sources) if sources is not None else None,
        references=tuple(tuple(stream) for stream in streams),
        systems=systems,
    )


def _streams(references: Sequence[str] | Sequence[Sequence[str]] | None) -> list[list[str]]:
    if references is None:
        return []
    if isinstance(references, str):
        raise ConfigError("references must be a list of segments (or a list of such lists), not one string")
    items = list(references)
    if items and all(isinstance(item, str) for item in items):
        return [items]
    return [list(stream) for stream in items]


def _check_texts(texts: Sequence[str], what: str, n: int) -> None:
    if isinstance(texts, str):
        raise ConfigError(f"{what} must be a list of segments, not one string")
    if len(texts) != n:
        raise InputError(f"segment counts differ: {what} has {len(texts)}, expected {n}")
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise InputError(f"{what}, segment {i + 1}: expected a string, not {type(text).__name__}")


def _load_systems(
    hyps: Sequence[str | Path], names: Sequence[str] | None, ids: Sequence[str], reference: ReferenceInfo
) -> tuple[System, ...]:
    names = list(names or [])
    if len(names) > len(hyps):
        raise ConfigError(f"{len(names)} names given (--name) for {len(hyps)} candidate files")
    systems = []
    for i, hyp in enumerate(hyps):
        name = names[i] if i < len(names) else Path(hyp).stem
        texts = _load_hypotheses(Path(hyp), ids, reference)
        systems.append(System(name=name, path=str(hyp), hypotheses=tuple(texts)))
    seen: set[str] = set()
    for system in systems:
        if system.name in seen:
            raise ConfigError(f"two systems are named {system.name!r}; rename files or pass --name for each")
        seen.add(system.name)
    return tuple(systems)


def _load_hypotheses(path: Path, ids: Sequence[str], reference: ReferenceInfo) -> list[str]:
    if path.suffix.lower() == ".jsonl":
        return _load_jsonl_hypotheses(path, ids)
    lines = read_lines(path)
    if len(lines) != len(ids):
        raise InputError(
            f"line counts differ: {path} has {len(lines)} lines, the {'reference' if reference.n_references else 'source'} "
            f"({reference.paths[0]}) has {len(ids)}"
        )
    return lines


def _load_jsonl_hypotheses(path: Path, ids: Sequence[str]) -> list[str]:
    known = set(ids)
    by_id: dict[str, str] = {}
    for number, row in read_jsonl(path):
        if "id" not in row or "text" not in row:
            raise InputError(f"{path}:{number}: each line needs \"id\" and \"text\"")
        key, text = str(row["id"]), row["text"]
        if not isinstance(text, str):
            raise InputError(f"{path}:{number}: \"text\" must be a string")
        if key not in known:
            raise InputError(f"{path}:{number}: unknown id {key!r} (not in the reference)")
        if key in by_id:
            raise InputError(f"{path}:{number}: duplicate id {key!r}")
        by_id[key] = text
    missing = [key for key in ids if key not in by_id]
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise InputError(f"{path}: {len(missing)} of {len(ids)} reference ids have no text: {shown}")
    return [by_id[key] for key in ids]

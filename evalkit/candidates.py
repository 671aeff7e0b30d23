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
from .langcheck import Stream, check_pair, detect_direction, target_side
from .linefile import LineFile, LineNumbers
from .references import LANGS, load_reference_set
from .textio import read_jsonl, read_lines

_LANG_PAIR = re.compile(r"^([a-z]{2,3})-([a-z]{2,3})$")
_SEPARATORS = "._- "
_TEXT_SUFFIXES = (".txt", ".jsonl", ".xlf", ".xliff", ".po", ".srt", ".vtt", ".docx", ".json", ".strings")


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
    hypotheses: Sequence[str]  # a tuple, or a LineFile when read lazily


@dataclass(frozen=True)
class ScoringTask:
    reference: ReferenceInfo
    ids: Sequence[str]  # a tuple, or LineNumbers with lazily read files
    paragraphs: tuple[int, ...] | None
    sources: Sequence[str] | None
    references: tuple[Sequence[str], ...]  # streams; none when scoring reference-free
    systems: tuple[System, ...]
    notes: tuple[str, ...] = ()  # what loading left out or changed (units without a target, masking), for the warnings


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


def _read_plain(path: str | Path, role: str, lazy: bool = False) -> Sequence[str]:
    """A reference or source file: plain text only, so JSON is never scored as if it were text."""
    if Path(path).suffix.lower() == ".jsonl":
        raise InputError(f"{path}: {role} files are plain text, one segment per line (JSONL is for candidates)")
    return _lines(path, lazy)


def _lines(path: str | Path, lazy: bool) -> Sequence[str]:
    """`lazy`: a regular file's lines are read from disk when needed (a pipe can be read only once)."""
    return LineFile(path) if lazy and Path(path).is_file() else read_lines(path)


def _kept(texts: Sequence[str]) -> Sequence[str]:
    """Texts (or ids) as a task keeps them: a tuple, or the lazy sequence they come from."""
    return texts if isinstance(texts, (LineFile, LineNumbers)) else tuple(texts)


def _line_numbers(n: int, lazy: bool) -> Sequence[str]:
    """The ids of line-aligned files: 1-based line numbers."""
    return LineNumbers(n) if lazy else [str(i + 1) for i in range(n)]


def load_task(
    refs: Sequence[str | Path],
    hyps: Sequence[str | Path],
    *,
    src: str | Path | None = None,
    lang: str | None = None,
    names: Sequence[str] | None = None,
    empty_targets: bool = False,
    lazy: bool = False,
) -> ScoringTask:
    """`lazy`: plain text files are read from disk when needed rather than held in memory
    (linefile.py; `--engine ray` reads them so)."""
    if not hyps:
        raise ConfigError("no candidate file given")
    system_names = default_names(hyps, names)
    from .formats.tasks import translation_task  # XLIFF, PO, TMX, DOCX, subtitles (imports this module)

    task = translation_task(refs, hyps, src=src, lang=lang, names=system_names, empty_targets=empty_targets)
    if task is not None:
        return task
    if not refs:
        if src is None:
            raise ConfigError("no reference given (--ref); to score without one, give the source (--src)")
        return _load_reference_free(Path(src), hyps, lang, system_names, lazy)
    parse_lang_pair(lang)  # a malformed --lang fails before any file is read
    if len(refs) == 1 and Path(refs[0]).is_dir():
        return _load_with_reference_set(Path(refs[0]), hyps, src, lang, system_names, lazy)
    for ref in refs:
        if Path(ref).is_dir():
            raise ConfigError(f"{ref}: a reference-set directory cannot be combined with other references")
    streams = [_read_plain(ref, "reference", lazy) for ref in refs]
    for ref, stream in zip(refs[1:], streams[1:]):
        if len(stream) != len(streams[0]):
            raise InputError(
                f"reference line counts differ: {refs[0]} has {len(streams[0])} lines, {ref} has {len(stream)}"
            )
    ids = _line_numbers(len(streams[0]), lazy)
    sources: Sequence[str] | None = None
    if src is not None:
        sources = _read_plain(src, "source", lazy)
        if len(sources) != len(ids):
            raise InputError(
                f"source and reference line counts differ: {src} has {len(sources)} lines, the reference has {len(ids)}"
            )
    against = f"the reference ({refs[0]})"
    hypotheses = [_load_hypotheses(Path(hyp), ids, against, lazy) for hyp in hyps]
    checked = [Stream("references", str(ref), stream) for ref, stream in zip(refs, streams)]
    if sources is not None:
        checked.append(Stream("source", str(src), sources))
    checked += [Stream("candidates", str(hyp), texts) for hyp, texts in zip(hyps, hypotheses)]
    source_lang, target_lang = _languages(lang, checked)
    reference = ReferenceInfo(
        name=Path(refs[0]).stem,
        paths=tuple(str(ref) for ref in refs),
        sha256=hash_streams(streams),
        n_segments=len(ids),
        n_references=len(streams),
        source_lang=source_lang,
        target_lang=target_lang,
        reference_set=False,
    )
    return ScoringTask(reference, _kept(ids), None, _kept(sources) if sources is not None else None,
                       tuple(_kept(stream) for stream in streams), _systems(system_names, hyps, hypotheses))


def _languages(lang: str | None, streams: Sequence[Stream]) -> tuple[str | None, str | None]:
    """The task's (source, target) languages: `--lang` checked against the texts, or found in them."""
    source_lang, target_lang = parse_lang_pair(lang)
    if source_lang is not None and target_lang is not None:
        check_pair(source_lang, target_lang, f"--lang {source_lang}-{target_lang}", streams)
        return source_lang, target_lang
    references = [s for s in streams if s.role == "references"]
    source = next((s for s in streams if s.role == "source"), None)
    return detect_direction(references, source, [s for s in streams if s.role == "candidates"])


def _load_with_reference_set(
    path: Path, hyps: Sequence[str | Path], src: str | Path | None, lang: str | None, names: Sequence[str],
    lazy: bool,
) -> ScoringTask:
    """A reference set holds both sides: `--lang` (or the candidates' language) picks the target."""
    reference_set = load_reference_set(path)
    ids = reference_set.ids
    sources = _read_plain(src, "source", lazy) if src is not None else None
    if sources is not None and len(sources) != len(ids):
        raise InputError(f"source and reference line counts differ: {src} has {len(sources)} lines, the reference has {len(ids)}")
    hypotheses = [_load_hypotheses(Path(hyp), ids, f"the reference ({path})", lazy) for hyp in hyps]
    # The set's own sides were checked when it was built, and their hashes on loading.
    checked = [Stream("candidates", str(hyp), texts) for hyp, texts in zip(hyps, hypotheses)]
    if sources is not None:
        checked.append(Stream("source", str(src), sources))
    source_lang, target_lang = parse_lang_pair(lang)
    basis = f"--lang {source_lang}-{target_lang}"
    if source_lang is None:
        target_lang = target_side(checked[:len(hyps)], LANGS)
        if target_lang is None:
            raise ConfigError(f"{path} is a reference set: say which side is the target with --lang zh-en or en-zh")
        source_lang = next(side for side in LANGS if side != target_lang)
        basis = f"the candidates' language ({target_lang})"
    elif {source_lang, target_lang} != set(LANGS):
        raise ConfigError(f"unsupported language pair {lang!r} for reference set {path}; use zh-en or en-zh")
    check_pair(source_lang, str(target_lang), basis, checked)
    target = reference_set.side(str(target_lang))
    reference = ReferenceInfo(
        name=reference_set.name,
        paths=(str(path),),
        sha256=hash_streams([target]),
        n_segments=len(ids),
        n_references=1,
        source_lang=source_lang,
        target_lang=target_lang,
        reference_set=True,
    )
    return ScoringTask(
        reference=reference,
        ids=tuple(ids),
        paragraphs=tuple(segment.paragraph for segment in reference_set.segments),
        sources=_kept(sources if sources is not None else reference_set.side(source_lang)),
        references=(tuple(target),),
        systems=_systems(names, hyps, hypotheses),
    )


def _load_reference_free(
    src: Path, hyps: Sequence[str | Path], lang: str | None, names: Sequence[str], lazy: bool
) -> ScoringTask:
    """Candidates line-aligned with a source and nothing else (a draft with no reference)."""
    sources = _read_plain(src, "source", lazy)
    ids = _line_numbers(len(sources), lazy)
    hypotheses = [_load_hypotheses(Path(hyp), ids, f"the source ({src})", lazy) for hyp in hyps]
    source_lang, target_lang = _languages(
        lang, [Stream("source", str(src), sources), *(Stream("candidates", str(h), t) for h, t in zip(hyps, hypotheses))]
    )
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
    return ScoringTask(reference, _kept(ids), None, _kept(sources), (), _systems(names, hyps, hypotheses))


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
    checked = [Stream("references", f"reference {k + 1}" if len(streams) > 1 else "the reference", stream)
               for k, stream in enumerate(streams)]
    if sources is not None:
        checked.append(Stream("source", "the source", sources))
    checked += [Stream("candidates", f"candidate {system!r}", texts) for system, texts in candidates.items()]
    source_lang, target_lang = _languages(lang, checked)
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


def default_names(hyps: Sequence[str | Path], names: Sequence[str] | None) -> list[str]:
    """System names: those given (one per file), else the file names less what they all share.

    `newstest2021.zh-en.hyp.A` and `newstest2021.zh-en.hyp.B` are systems `A` and `B`:
    the longest common prefix and suffix ending (starting) at a separator (. _ - or a
    space) are stripped, and a .txt/.jsonl extension with them. A single file keeps its
    stem, and nothing is stripped that would leave a name empty.
    """
    if names:
        if len(names) != len(hyps):
            raise ConfigError(f"{len(names)} name{'s' if len(names) != 1 else ''} given (--name) for {len(hyps)} "
                              f"candidate file{'s' if len(hyps) != 1 else ''}; "
                              "give one --name per candidate file, or none")
        return list(names)
    if len(hyps) == 1:
        return [Path(hyps[0]).stem]
    bases = [_without_text_suffix(Path(hyp).name) for hyp in hyps]
    prefix = _common_prefix(bases)
    suffix = _common_prefix([base[::-1] for base in bases])[::-1]
    for cut_prefix, cut_suffix in ((prefix, suffix), (prefix, ""), ("", suffix), ("", "")):
        stripped = [base[len(cut_prefix):len(base) - len(cut_suffix)] for base in bases]
        if all(stripped):
            return stripped
    return bases  # not reached: cutting nothing leaves every name whole


def _without_text_suffix(name: str) -> str:
    for suffix in _TEXT_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _common_prefix(names: Sequence[str]) -> str:
    """The longest prefix of all names that ends with a separator."""
    shortest = min(names, key=len)
    end = 0
    for i, char in enumerate(shortest):
        if any(name[i] != char for name in names):
            break
        if char in _SEPARATORS:
            end = i + 1
    return shortest[:end]


def _systems(names: Sequence[str], hyps: Sequence[str | Path], hypotheses: Sequence[Sequence[str]]) -> tuple[System, ...]:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ConfigError(f"two systems are named {name!r}; rename files or pass --name for each")
        seen.add(name)
    return tuple(System(name=name, path=str(hyp), hypotheses=_kept(texts))
                 for name, hyp, texts in zip(names, hyps, hypotheses))


def _load_hypotheses(path: Path, ids: Sequence[str], against: str, lazy: bool = False) -> Sequence[str]:
    """A candidate file's segments in reference order; `against` names what sets the order."""
    if path.suffix.lower() == ".jsonl":
        return _load_jsonl_hypotheses(path, ids)
    lines = _lines(path, lazy)
    if len(lines) != len(ids):
        raise InputError(f"line counts differ: {path} has {len(lines)} lines, {against} has {len(ids)}")
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

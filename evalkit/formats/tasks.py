"""Scoring tasks whose references or candidates are translation files (`score`, `gate`).

    reference   XLIFF/PO/TMX units (ids, sources, targets), a keyed catalogue (keys; its
                source catalogue by key as --src), subtitle cues (ids), DOCX blocks, a
                reference set, or plain lines
    candidates  XLIFF/PO units matched to the reference by id, or by source text when the
                ids are not the reference's (a TMX's tuids rarely are); keyed catalogues
                (Android, iOS, JSON) by key, subtitle cues by id; DOCX blocks and plain
                lines by position
    no reference: a translation file's own sources (reference-free metrics)

A unit that a candidate leaves without a target is left out for every system (the
systems are compared on the same segments), counted and reported, unless
`empty_targets` scores it as an empty translation. Text read from XLIFF, PO, TMX or a
keyed catalogue is scored masked (`placeholders.mask`): placeholders and inline tags
removed on both sides.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Sequence

from ..errors import ConfigError, InputError
from ..placeholders import mask
from ..scripts import detect_script
from . import (
    BILINGUAL, DOCUMENTS, KEYED, TranslationFile, base_language, detect, read_translation_file, segments, zh_script,
)


def translation_task(refs: Sequence[str | Path], hyps: Sequence[str | Path], *, src: str | Path | None,
                     lang: str | None, names: Sequence[str], empty_targets: bool = False):
    """The ScoringTask, when a translation file is involved; None when all are plain text."""
    from ..candidates import (
        ReferenceInfo, ScoringTask, Stream, _languages, _read_plain, _systems, hash_streams, parse_lang_pair,
    )
    from ..references import load_reference_set

    formats = {str(path): detect(path) for path in [*refs, *hyps, *([src] if src else [])] if not Path(path).is_dir()}
    if not any(formats.values()):
        return None
    source_lang, target_lang = parse_lang_pair(lang)
    candidates = {str(hyp): _read_candidate(hyp, formats[str(hyp)]) for hyp in hyps}
    declared = next((c.target_lang for c in candidates.values() if isinstance(c, TranslationFile) and c.target_lang),
                    None)
    notes: list[str] = []
    reference_set = False
    paragraphs = None
    if len(refs) > 1 and any(formats.get(str(ref)) for ref in refs):
        raise ConfigError("a translation file is the only reference: give one --ref")
    if not refs:
        first = next((c for c in candidates.values() if isinstance(c, TranslationFile)), None)
        if src is not None or first is None:
            raise ConfigError("no reference given (--ref); give a reference, or candidates in XLIFF or PO, whose "
                              "own sources are scored against")
        ids, sources, references, name, paths = [u.id for u in first.units], [u.source for u in first.units], [], \
            Path(first.path).stem, (first.path,)
    elif Path(refs[0]).is_dir():
        reference = load_reference_set(refs[0])
        side = target_lang or base_language(declared)
        if side not in ("en", "zh"):
            raise ConfigError(f"{refs[0]} is a reference set: say which side is the target with --lang zh-en or en-zh")
        other = "zh" if side == "en" else "en"
        ids, sources, references = reference.ids, reference.side(other), [reference.side(side)]
        name, paths, reference_set = reference.name, (str(refs[0]),), True
        paragraphs = [segment.paragraph for segment in reference.segments]
    elif formats[str(refs[0])] in BILINGUAL:
        plain = [text for c in candidates.values() if not isinstance(c, TranslationFile) for text in c[1]]
        document = read_translation_file(refs[0], target=declared or target_lang,
                                         script=zh_script(declared) or detect_script(plain))
        if document.untranslated:
            notes.append(document.untranslated_note() or "")
        units = document.translated
        ids, sources, references = [u.id for u in units], [u.source for u in units], [[u.target for u in units]]
        name, paths = Path(refs[0]).stem, (str(refs[0]),)
    elif formats[str(refs[0])] in DOCUMENTS or formats[str(refs[0])] in KEYED:
        cue_ids, texts = segments(refs[0], formats[str(refs[0])])
        ids = cue_ids or [str(k + 1) for k in range(len(texts))]
        sources, references, name, paths = None, [texts], Path(refs[0]).stem, tuple(str(r) for r in refs)
    else:
        streams = [_read_plain(ref, "reference") for ref in refs]
        ids, sources, references = [str(k + 1) for k in range(len(streams[0]))], None, streams
        name, paths = Path(refs[0]).stem, tuple(str(r) for r in refs)
    if src is not None and formats.get(str(src)) in KEYED:
        keys, texts = segments(src, formats[str(src)])
        by_key = dict(zip(keys, texts))
        missing = [key for key in ids if key not in by_key]
        if missing:
            raise InputError(f"{src}: {len(missing)} of the reference's {len(ids)} keys are not in it "
                             f"({missing[0]}, ...)")
        sources = [by_key[key] for key in ids]
    elif src is not None:
        given = _plain_or_document(src, formats.get(str(src)))
        if len(given) != len(ids):
            raise InputError(f"source and reference counts differ: {src} has {len(given)} segments, "
                             f"the reference has {len(ids)}")
        sources = given
    hypotheses: list[list[str | None]] = []
    for hyp, candidate in candidates.items():
        hypotheses.append(_matched(hyp, candidate, ids, sources, refs[0] if refs else hyp))
    keep = [k for k in range(len(ids)) if empty_targets or all(h[k] is not None for h in hypotheses)]
    if len(keep) < len(ids):
        for hyp, texts in zip(candidates, hypotheses):
            missing = [ids[k] for k in range(len(ids)) if texts[k] is None]
            if missing:
                notes.append(f"{hyp}: {len(missing)} of {len(ids)} units have no target"
                             + (" and score as empty translations" if empty_targets else
                                "; left out for every system (--empty-targets scores them as empty)"))
    if not keep:
        raise InputError("no unit has a target in every candidate: nothing to score")

    def pick(texts: Sequence[str | None] | None) -> list[str] | None:
        return None if texts is None else [texts[k] or "" for k in keep]

    ids, sources, references = [ids[k] for k in keep], pick(sources), [pick(r) or [] for r in references]
    hypotheses_kept = [pick(h) or [] for h in hypotheses]
    paragraphs = [paragraphs[k] for k in keep] if paragraphs is not None else None
    masked = any(format_ in BILINGUAL or format_ in KEYED for format_ in formats.values())
    if masked:
        sources = [mask(text) for text in sources] if sources is not None else None
        references = [[mask(text) for text in stream] for stream in references]
        hypotheses_kept = [[mask(text) for text in texts] for texts in hypotheses_kept]
    checked = [Stream("references", str(paths[0]), stream) for stream in references]
    if sources is not None:
        checked.append(Stream("source", f"the source of {paths[0]}", sources))
    checked += [Stream("candidates", str(hyp), texts) for hyp, texts in zip(hyps, hypotheses_kept)]
    found_source, found_target = _languages(lang, checked)
    info = ReferenceInfo(name=name, paths=tuple(paths), sha256=hash_streams(references or [sources or []]),
                         n_segments=len(ids), n_references=len(references), source_lang=found_source,
                         target_lang=found_target, reference_set=reference_set)
    task = ScoringTask(info, tuple(ids), tuple(paragraphs) if paragraphs is not None else None,
                       tuple(sources) if sources is not None else None, tuple(tuple(r) for r in references),
                       _systems(names, hyps, hypotheses_kept))
    return replace(task, notes=tuple(notes) + (("placeholders and inline tags masked on every side "
                                                "(docs/formats.md)",) if masked else ()))


def _read_candidate(path: str | Path, format_: str | None) -> TranslationFile | tuple[list[str] | None, list[str]]:
    if format_ in BILINGUAL:
        document = read_translation_file(path, format=format_)
        if document.format == "tmx":
            raise ConfigError(f"{path}: a translation memory is a reference (--ref), not a candidate")
        return document
    if format_ in DOCUMENTS or format_ in KEYED:
        return segments(path, format_)
    from ..textio import read_lines

    return None, read_lines(path)


def _plain_or_document(path: str | Path, format_: str | None) -> list[str]:
    if format_ in DOCUMENTS:
        return segments(path, format_)[1]
    if format_ in BILINGUAL:
        raise ConfigError(f"{path}: a translation file carries its own source; give it as --ref or as a candidate")
    from ..candidates import _read_plain

    return _read_plain(path, "source")


def _matched(hyp: str, candidate: TranslationFile | tuple[list[str] | None, list[str]], ids: Sequence[str],
             sources: Sequence[str] | None, reference: str | Path) -> list[str | None]:
    """The candidate's text for each reference id: by id, else by source text; by position
    for files without ids."""
    if isinstance(candidate, TranslationFile):
        by_id = {unit.id: unit.target for unit in candidate.units}
        if all(key in by_id for key in ids):
            return [by_id[key] for key in ids]
        if sources is not None:
            by_source = {" ".join(unit.source.split()): unit.target for unit in candidate.units}
            if all(" ".join(text.split()) in by_source for text in sources):
                return [by_source[" ".join(text.split())] for text in sources]
        missing = [key for key in ids if key not in by_id]
        shown = ", ".join(missing[:3]) + (" ..." if len(missing) > 3 else "")
        raise InputError(f"{hyp}: {len(missing)} of {len(ids)} units of {reference} are not in it, by id ({shown}) "
                         "or by source text")
    cue_ids, texts = candidate
    if cue_ids is not None and set(ids) & set(cue_ids):  # a key or cue the candidate lacks has no target
        by_cue = dict(zip(cue_ids, texts))
        return [by_cue.get(key) for key in ids]
    if len(texts) != len(ids):
        raise InputError(f"segment counts differ: {hyp} has {len(texts)}, {reference} has {len(ids)}")
    return list(texts)

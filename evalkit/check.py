"""Check a translator's draft: the library call behind `evalkit check` and `evalkit refs check`.

    draft (any segmentation) --checks.draft--> sentences with their place in the file
    reference set / plain files --> units (segment id, reference, source)
    sentences + units --docalign (whole document, null beads kept)--> aligned spans
    aligned spans --checks (omission, addition, untranslated, numbers, placeholders, terminology, script, weak)--> findings
    XLIFF / PO draft (or a keyed catalogue and its --src) --formats.checking--> one span per translated unit
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

from .candidates import parse_lang_pair
from .checks import (
    KINDS, AlignedSpan, CheckJob, Draft, DraftSentence, Finding, Unit, align_draft, parse_draft, read_draft, read_glossary,
    run_checks,
)
from .docalign import DEFAULT_PARAMS
from .errors import ConfigError, InputError
from .formats import BILINGUAL, DOCUMENTS, KEYED, detect, document_text
from .formats.checking import reference_units, unit_draft
from .langid import profile
from .references import LANGS, ReferenceSet, load_reference_set
from .scoring import ProgressHook
from .scripts import detect_script
from .settings import Settings
from .stats import Engine, open_engine
from .textio import read_lines, read_text


@dataclass(frozen=True)
class CheckResult:
    draft: Draft
    spans: tuple[AlignedSpan, ...]
    findings: tuple[Finding, ...]  # worst first
    source_lang: str
    target_lang: str
    reference: str | None  # the reference's name; None without one
    source: str | None  # where the source came from; None without one
    against: str  # what the draft was checked against, in words
    target_script: str | None
    aligner: dict[str, Any]
    kinds: tuple[str, ...]
    notes: tuple[str, ...] = ()  # what was left out (units without a target), in words

    def counts(self) -> dict[str, int]:
        """Findings per kind, every checked kind present."""
        counts = dict.fromkeys(self.kinds, 0)
        for finding in self.findings:
            counts[finding.kind] += 1
        return counts

    def of_kind(self, kind: str) -> list[Finding]:
        return [finding for finding in self.findings if finding.kind == kind]


def check(
    draft: str | Path,
    *,
    ref: str | Path | None = None,
    src: str | Path | None = None,
    lang: str | None = None,
    glossary: str | Path | None = None,
    settings: Settings | None = None,
    kinds: Sequence[str] = KINDS,
    progress: ProgressHook | None = None,
) -> CheckResult:
    """Align a draft (a text or Markdown file in any segmentation) to a reference and/or
    source and run the checks on it.

    `ref` is a reference-set directory or a plain file (one segment per line); `src` a
    plain file line-aligned with `ref`. With only `src`, the checks that need no
    reference run. `lang` ("zh-en") may be left out when the texts tell.
    """
    settings = settings or Settings()
    kinds = _kinds(kinds)
    report = progress or (lambda done, total, label: None)
    report(0, 3, "reading")
    draft_format = detect(draft)
    if draft_format in BILINGUAL or draft_format in KEYED:
        return _check_units(draft, ref, src, lang, glossary, settings, kinds, report)
    if ref is None and src is None:
        raise ConfigError("give a reference (--ref) or a source (--src) to check the draft against")
    source_lang, target_lang = parse_lang_pair(lang)
    if ref is not None and Path(ref).is_dir():
        if src is not None:
            raise ConfigError(f"{ref} is a reference set and has its own source; leave out --src")
        reference_set = load_reference_set(ref)
        if target_lang is None:
            target_lang = _language_of_file(draft, draft_format)
            source_lang = _other(target_lang)
        if {source_lang, target_lang} != set(LANGS):
            raise ConfigError(f"unsupported language pair {source_lang}-{target_lang} for reference set {ref}; "
                              "use zh-en or en-zh")
        units = [Unit(s.id, s.text(target_lang), s.text(source_lang)) for s in reference_set.segments]
        reference_name, source_name = reference_set.name, f"{reference_set.name} ({source_lang} side)"
        against = f"reference set {reference_set.name} ({source_lang} source, {target_lang} reference)"
    else:
        target_lang = target_lang or _language_of_file(draft, draft_format)
        if ref is not None and detect(ref) in BILINGUAL:
            if src is not None:
                raise ConfigError(f"{ref} carries its own source; leave out --src")
            text = document_text(draft, draft_format) if draft_format in DOCUMENTS else read_text(draft)
            units, reference_name, source_name = reference_units(ref, target_lang, settings.zh_script, text)
        else:
            units, reference_name, source_name = _units_from_files(ref, src)
        against = " and ".join(f"{role} {path}" for role, path in (("reference", ref), ("source", src)) if path)
        sources = [unit.source for unit in units if unit.source]
        source_lang = source_lang or (_language_of(sources) if sources else _other(target_lang))
    document = (parse_draft(document_text(draft, draft_format), target_lang, path=str(draft))
                if draft_format in DOCUMENTS else read_draft(draft, target_lang))
    entries = read_glossary(glossary) if glossary is not None else ()
    if entries and not any(unit.source for unit in units):
        raise ConfigError("--glossary needs the source: give --src or a reference set")
    report(1, 3, "aligning")
    with open_engine(settings) as engine:  # open until the checks are done: some embed too (`encode`)
        embedder = _embedder(settings, engine)
        with embedder.cache.deferred():  # one cache write for all the spans' texts
            spans = align_draft(document, units, embedder, source_lang=source_lang)
            script = _target_script(settings, target_lang, [u.reference for u in units if u.reference], document)
            job = CheckJob(document, spans, source_lang, target_lang, entries, script, model=embedder.model_id,
                           encode=embedder.encode, units=tuple(units))
            report(2, 3, "checking")
            findings = run_checks(job, kinds)
    report(3, 3, "done")
    return CheckResult(
        draft=document, spans=spans, findings=tuple(findings), source_lang=source_lang, target_lang=target_lang,
        reference=reference_name, source=source_name, against=against, target_script=script,
        aligner={"name": "docalign", "model": embedder.model_id, **asdict(DEFAULT_PARAMS)}, kinds=kinds,
    )


def check_reference_set(
    path: str | Path,
    *,
    lang: str | None = None,
    glossary: str | Path | None = None,
    settings: Settings | None = None,
    progress: ProgressHook | None = None,
) -> tuple[CheckResult, ...]:
    """The checks that need no reference, run on a reference set: each target side as the
    draft and the other side as its source (both sides unless `lang` picks one). Weakly
    aligned beads show up as `weak`, judged by the aligner's own score."""
    settings = settings or Settings()
    reference_set = load_reference_set(path)
    source_lang, target_lang = parse_lang_pair(lang)
    if source_lang is not None and {source_lang, target_lang} != set(LANGS):
        raise ConfigError(f"unsupported language pair {lang!r} for reference set {path}; use zh-en or en-zh")
    if glossary is not None and source_lang is None:
        raise ConfigError("--glossary needs --lang SRC-TGT: a glossary maps source terms to target terms")
    entries = read_glossary(glossary) if glossary is not None else ()
    directions = [(source_lang, target_lang)] if source_lang else [("zh", "en"), ("en", "zh")]
    results = []
    for number, (source, target) in enumerate(directions):
        if progress:
            progress(number, len(directions), f"checking the {target} side")
        draft, spans = _reference_as_draft(reference_set, source, target)
        script = _target_script(settings, target, [], draft)
        job = CheckJob(draft, spans, source, target, entries, script)
        # numbers and lengths compare the two sides: once is enough when both sides are checked
        kinds = KINDS if number == 0 else ("untranslated", "script", "terminology")
        results.append(CheckResult(
            draft=draft, spans=spans, findings=tuple(run_checks(job, kinds)), source_lang=source, target_lang=target,
            reference=None, source=f"{reference_set.name} ({source} side)",
            against=f"its {source} side (reference set {reference_set.name})", target_script=script,
            aligner=dict(reference_set.manifest.get("aligner", {})), kinds=kinds,
        ))
    if progress:
        progress(len(directions), len(directions), "done")
    return tuple(results)


def _kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise ConfigError(f"unknown check(s) {', '.join(unknown)}; choose from {', '.join(KINDS)}")
    return tuple(kind for kind in KINDS if kind in kinds)


def _other(lang: str) -> str:
    if lang not in LANGS:
        raise ConfigError(f"cannot tell the other language of {lang!r}; give --lang SRC-TGT")
    return LANGS[1 - LANGS.index(lang)]


def _language_of(texts: Sequence[str]) -> str:
    found = profile(texts, among=LANGS).language
    if found is None:
        raise ConfigError("cannot tell the language of the texts; give --lang SRC-TGT")
    return found


def _language_of_file(path: str | Path, format_: str | None = None) -> str:
    text = document_text(path, format_) if format_ in DOCUMENTS else read_text(path)
    return _language_of([line for line in text.split("\n") if line.strip()])


def _check_units(draft: str | Path, ref: str | Path | None, src: str | Path | None, lang: str | None,
                 glossary: str | Path | None, settings: Settings, kinds: tuple[str, ...],
                 report: ProgressHook) -> CheckResult:
    """A translation file (XLIFF, PO, or a keyed catalogue with its source) checked unit by
    unit against its source (formats.checking)."""
    with open_engine(settings) as engine:
        embedder = _embedder(settings, engine)
        units = unit_draft(draft, src=src, ref=ref, lang=parse_lang_pair(lang), script=settings.zh_script,
                           embedder=embedder, language_of=_language_of)
        entries = read_glossary(glossary) if glossary is not None else ()
        script = _target_script(settings, units.target_lang, [s.reference for s in units.spans if s.reference],
                                units.draft)
        report(2, 3, "checking")
        job = CheckJob(units.draft, units.spans, units.source_lang, units.target_lang, entries, script)
        findings = run_checks(job, kinds)
    report(3, 3, "done")
    return CheckResult(
        draft=units.draft, spans=units.spans, findings=tuple(findings), source_lang=units.source_lang,
        target_lang=units.target_lang, reference=Path(ref).stem if ref else None, source=str(src or draft),
        against=units.against, target_script=script, aligner={"name": "units", "model": embedder.model_id},
        kinds=kinds, notes=units.notes)


def _units_from_files(ref: str | Path | None, src: str | Path | None) -> tuple[list[Unit], str | None, str | None]:
    references = _plain(ref, "reference") if ref is not None else None
    sources = _plain(src, "source") if src is not None else None
    if references is not None and sources is not None and len(references) != len(sources):
        raise InputError(f"source and reference line counts differ: {src} has {len(sources)} lines, "
                         f"{ref} has {len(references)}")
    n = len(references if references is not None else sources or [])
    units = [Unit(str(i + 1), references[i] if references is not None else None,
                  sources[i] if sources is not None else None) for i in range(n)]
    return units, Path(ref).stem if ref is not None else None, str(src) if src is not None else None


def _plain(path: str | Path, role: str) -> list[str]:
    lines = read_lines(path)
    if not any(line.strip() for line in lines):
        raise InputError(f"{path}: the {role} has no text")
    return lines


def _embedder(settings: Settings, engine: Engine):
    from .embed import DEFAULT_EMBEDDER, shared_embedder

    return shared_embedder(engine.embedder(settings.embedder or DEFAULT_EMBEDDER), settings.cache_dir, settings.use_cache)


def _target_script(settings: Settings, target_lang: str, references: Sequence[str], draft: Draft) -> str | None:
    if target_lang != "zh":
        return None
    return settings.zh_script or detect_script(references) or detect_script(s.text for s in draft.sentences)


def _reference_as_draft(reference_set: ReferenceSet, source: str, target: str) -> tuple[Draft, tuple[AlignedSpan, ...]]:
    """One side of a reference set as a draft with one line per segment, already aligned."""
    sentences, spans = [], []
    position = 0
    for k, segment in enumerate(reference_set.segments):
        text = segment.text(target)
        sentences.append(DraftSentence(text, position, position + len(text), k))
        spans.append(AlignedSpan((segment.id,), (k,), position, position + len(text), text, None,
                                 segment.text(source), similarity_source=segment.score))
        position += len(text) + 1
    body = "".join(segment.text(target) + "\n" for segment in reference_set.segments)
    return Draft(body, target, tuple(sentences), path=f"{reference_set.name}/{target}.txt"), tuple(spans)

"""`evalkit check` on a translation file: each unit's target checked against its own source
(and a reference, when given), the alignment given by the file itself.

The draft is the units' targets, one per line (line breaks inside a target become
spaces, so offsets stay valid), so line N of a finding is the Nth translated unit and
its segment column the unit id. The draft's text has placeholders and tags blanked
(same length) for the checks that read language and script; each span keeps the
target as written, for the `placeholders` check.

A reference is found for each unit by id, else by its source text: in another
translation file (XLIFF, PO, TMX), a reference set, or a plain file with a line per
translated unit. A keyed catalogue (Android strings.xml, iOS .strings, i18n JSON) is
paired with its source catalogue (`--src`) by key. Units without a target are counted,
not checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..checks import AlignedSpan, Draft, DraftSentence, Unit
from ..errors import ConfigError, InputError
from ..placeholders import blank, mask
from ..scripts import detect_script
from . import BILINGUAL, KEYED, TranslationFile, base_language, detect, keyed_pair, read_translation_file, zh_script


@dataclass(frozen=True)
class UnitDraft:
    document: TranslationFile
    draft: Draft
    spans: tuple[AlignedSpan, ...]
    source_lang: str
    target_lang: str
    against: str
    notes: tuple[str, ...]


def unit_draft(path: str | Path, *, src: str | Path | None, ref: str | Path | None,
               lang: tuple[str | None, str | None], script: str | None, embedder, language_of) -> UnitDraft:
    """`lang` is --lang as (source, target), either may be None; `language_of` tells the
    language of a list of texts when the file does not declare it. A keyed catalogue
    (Android, iOS, JSON) needs its source catalogue as `src`; other files carry their source."""
    format_ = detect(path)
    if format_ in KEYED:
        if src is None or detect(src) != format_:
            raise ConfigError(f"{path} holds one language of a catalogue: give the catalogue it translates "
                              "(the same format) with --src")
        document = keyed_pair(path, src, format_)
    elif src is not None:
        raise ConfigError(f"{path} carries its own source; leave out --src")
    else:
        document = read_translation_file(path)
    if document.format == "tmx":
        raise ConfigError(f"{path} is a translation memory: give it as --ref, and the draft to check")
    units = document.translated
    if not units:
        raise InputError(f"{path}: no unit has a target: nothing to check")
    source_lang = lang[0] or base_language(document.source_lang) or language_of([u.source for u in units])
    target_lang = lang[1] or base_language(document.target_lang) or language_of([u.target for u in units])
    references = _references(ref, units, target_lang, script or zh_script(document.target_lang)) if ref else None
    sentences, position, lines = [], 0, []
    for k, unit in enumerate(units):
        text = " ".join((unit.target or "").splitlines())
        # the draft's sentences are what language identification and the script check read:
        # placeholders blanked, so `%(model_name)s 已存在` is not taken for English
        sentences.append(DraftSentence(blank(text), position, position + len(text), k))
        lines.append(text)
        position += len(text) + 1
    draft = Draft("".join(blank(line) + "\n" for line in lines), target_lang, tuple(sentences), path=str(path))
    sources = [unit.source for unit in units]
    similarity_source = _cosines(embedder, lines, sources)
    similarity_reference = _cosines(embedder, lines, references) if references is not None else None
    spans = tuple(AlignedSpan(
        (unit.id,), (k,), sentence.start, sentence.end, lines[k],
        references[k] if references is not None else None, unit.source,
        similarity_reference[k] if similarity_reference is not None else None, similarity_source[k],
    ) for k, (unit, sentence) in enumerate(zip(units, sentences)))
    against = (f"its source {src}" if src else "its own source") + \
        f" ({len(units)} translated units of {document.format}" + (f"; reference {ref})" if ref else ")")
    notes = (document.untranslated_note(),) if document.untranslated else ()
    return UnitDraft(document, draft, spans, source_lang, target_lang, against, tuple(n for n in notes if n))


def reference_units(ref: str | Path, target_lang: str, script: str | None, draft: str) -> tuple[list[Unit], str, str]:
    """A translation file (a TMX, an XLIFF, a PO) as the reference of a document draft (its
    text `draft`): its translated units as the segments the draft is aligned to, with their
    sources. A memory's Chinese variant is the one in `script`, else in the draft's script."""
    document = read_translation_file(ref, target=target_lang, script=script or detect_script(draft.splitlines()))
    units = [Unit(unit.id, unit.target, unit.source) for unit in document.translated]
    if not units:
        raise InputError(f"{ref}: no unit has a target: nothing to check against")
    return units, Path(ref).stem, f"{ref} (its sources)"


def _references(ref: str | Path, units: Sequence, target_lang: str, script: str | None) -> list[str]:
    from ..references import load_reference_set
    from ..textio import read_lines

    if Path(ref).is_dir():
        reference_set = load_reference_set(ref)
        other = "zh" if target_lang == "en" else "en"
        pairs = [(s.id, s.text(other), s.text(target_lang)) for s in reference_set.segments]
    elif detect(ref) in BILINGUAL:
        document = read_translation_file(ref, target=target_lang, script=script)
        pairs = [(u.id, u.source, u.target) for u in document.translated]
    else:
        lines = read_lines(ref)
        if len(lines) != len(units):
            raise InputError(f"{ref} has {len(lines)} lines for {len(units)} translated units: a plain reference "
                             "needs one line per translated unit, in order")
        return lines
    by_id = {key: target for key, _, target in pairs}
    by_source = {" ".join(source.split()): target for _, source, target in pairs}
    found = [by_id.get(unit.id) or by_source.get(" ".join(unit.source.split())) for unit in units]
    missing = [unit.id for unit, text in zip(units, found) if text is None]
    if missing:
        shown = ", ".join(missing[:3]) + (" ..." if len(missing) > 3 else "")
        raise InputError(f"{ref}: no reference for {len(missing)} of {len(units)} units, by id or by source text "
                         f"({shown})")
    return [text or "" for text in found]


def _cosines(embedder, left: Sequence[str], right: Sequence[str]) -> list[float]:
    """Cosine of each pair, on the masked texts (tags and placeholders say nothing of meaning)."""
    a = embedder.encode([mask(text) for text in left])
    b = embedder.encode([mask(text) for text in right])
    return [float(x) for x in np.einsum("ij,ij->i", np.asarray(a), np.asarray(b))]

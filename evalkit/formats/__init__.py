"""Files translators work in: XLIFF, gettext PO, TMX, DOCX, SRT and WebVTT.

    bilingual (source and target per unit):  XLIFF 1.2/2.0 (.xlf .xliff .sdlxliff .mqxliff),
                                             PO/POT (.po .pot), TMX (.tmx)
    keyed (a language per file, by key):     Android strings.xml, iOS .strings, i18n .json
    monolingual (the text of a document):    DOCX (.docx), SRT (.srt), WebVTT (.vtt)

A file is recognised by its extension, else by its content (a zip with word/document.xml,
an <xliff> or <tmx> root, `WEBVTT`, an SRT cue, a `msgid` line); anything else is plain
text, one segment per line, as before. `docs/formats.md` shows each with the tools that
produce it.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Mapping, Sequence

from ..errors import ConfigError, InputError
from ..textio import atomic_write
from .keyed import KEYED, keyed_pair, read_keyed
from .units import TranslationFile, TranslationUnit, base_language, zh_script

BILINGUAL = ("xliff", "po", "tmx")
DOCUMENTS = ("docx", "srt", "vtt")
WRITABLE = ("xliff", "po")
_EXTENSIONS = {".xlf": "xliff", ".xliff": "xliff", ".sdlxliff": "xliff", ".mqxliff": "xliff", ".po": "po",
               ".pot": "po", ".tmx": "tmx", ".docx": "docx", ".srt": "srt", ".vtt": "vtt", ".strings": "strings",
               ".json": "json"}
_PLAIN = (".txt", ".jsonl", ".md", ".tsv")
_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:\w+:)?(xliff|tmx|resources)\b",
                   re.DOTALL)
_SRT_CUE = re.compile(rb"^\s*\d+\s*\r?\n\d\d:\d\d:\d\d,\d{3} --> ")
_PO = re.compile(rb"^(?:#[^\n]*\n|\s*\n)*msg(?:ctxt|id) \"", re.MULTILINE)


def detect(path: str | Path) -> str | None:
    """The format of a file ("xliff", "po", "tmx", "android", "strings", "json", "docx", "srt",
    "vtt"), or None for plain text."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    if suffix in _PLAIN or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).removeprefix(b"\xef\xbb\xbf")
    except OSError:
        return None  # the reader of plain text says what is wrong with it
    root = _ROOT.match(head)
    if root:
        return {b"resources": "android"}.get(root.group(1), root.group(1).decode("ascii"))
    if suffix == ".xml":
        return None
    if head.startswith(b"PK\x03\x04"):
        return "docx" if zipfile.is_zipfile(path) and "word/document.xml" in zipfile.ZipFile(path).namelist() else None
    if head.startswith(b"WEBVTT"):
        return "vtt"
    if _SRT_CUE.match(head):
        return "srt"
    return "po" if _PO.match(head) else None


def read_translation_file(path: str | Path, *, target: str | None = None, script: str | None = None,
                          format: str | None = None) -> TranslationFile:
    """Units of a bilingual file. `target` and `script` pick a TMX's target variant."""
    format = format or detect(path)
    if not Path(path).is_file():
        raise InputError(f"{path}: file not found")
    if format == "xliff":
        from .xliff import read_xliff

        return read_xliff(path)
    if format == "po":
        from .po import read_po

        return read_po(path)
    if format == "tmx":
        from .tmx import read_tmx

        return read_tmx(path, target=target, script=script)
    raise InputError(f"{path}: not a translation file (XLIFF, PO or TMX)")


def document_text(path: str | Path, format: str) -> str:
    """The text of a DOCX or subtitle file, a block (paragraph, cell, footnote, cue) per line."""
    if format == "docx":
        from .docx import docx_text

        return docx_text(path)
    from .subtitles import cues_text, read_cues

    return cues_text(read_cues(path, format))


def segments(path: str | Path, format: str) -> tuple[list[str] | None, list[str]]:
    """(ids, texts) of a monolingual file scored segment by segment: keyed catalogues by
    key, subtitle cues by their ids, DOCX blocks by position (ids None)."""
    if format in KEYED:
        items = read_keyed(path, format)
        return [key for key, _, _ in items], [text for _, text, _ in items]
    if format == "docx":
        return None, document_text(path, format).splitlines()
    from .subtitles import read_cues

    cues = read_cues(path, format)
    return [cue.id for cue in cues], [cue.text for cue in cues]


def check_write_back(draft: str | Path, *, fuzzy: bool = False) -> None:
    """Refuse a write-back that cannot be done, before any work: a draft that is not XLIFF
    or PO. (That the output is none of the inputs is `outputs.refuse_overwriting`'s job.)"""
    format_ = detect(draft)
    if format_ not in WRITABLE:
        raise ConfigError(f"--write-back: {draft} is not XLIFF or PO; findings are written back into those")
    if fuzzy and format_ != "po":
        raise ConfigError("--mark-fuzzy flags PO entries; an XLIFF file keeps its states (the notes say what is wrong)")


def findings_by_unit(findings: Sequence) -> dict[str, list[tuple[str, str, str]]]:
    """(kind, severity, message) of each finding, by the id of each unit it concerns."""
    by_unit: dict[str, list[tuple[str, str, str]]] = {}
    for finding in findings:
        for unit_id in finding.ids:
            by_unit.setdefault(unit_id, []).append((finding.kind, finding.severity, finding.message))
    return by_unit


def write_back(document: TranslationFile, findings: Mapping[str, Sequence[tuple[str, str, str]]],
               out: str | Path, *, fuzzy: bool = False) -> int:
    """Write a copy of `document` with each finding (kind, severity, message, by unit id)
    attached to its unit where the CAT tool shows it; return the number of notes written.
    The copy never replaces the input."""
    from ..outputs import file_output, refuse_overwriting

    check_write_back(document.path, fuzzy=fuzzy)
    refuse_overwriting([("draft", document.path)], [file_output(out, "--write-back")])
    by_place: dict[int, list[tuple[str, str, str]]] = {}
    for unit in document.units:
        for kind, severity, message in findings.get(unit.id, ()):
            segment = f"[{unit.id.rsplit('/', 1)[-1]}] " if document.format == "xliff-2.0" and "/" in unit.id else ""
            place = unit.line if document.format == "po" else unit.index
            by_place.setdefault(place or 0, []).append((kind, severity, segment + message))
    data = Path(document.path).read_bytes()
    if document.format == "po":
        from .po import write_back_po

        written = write_back_po(by_place, data, fuzzy=fuzzy)
    else:
        from .xliff import write_back_xliff

        written = write_back_xliff(document, by_place, data)
    atomic_write(out, written)
    return sum(len(notes) for notes in by_place.values())


__all__ = [
    "BILINGUAL", "DOCUMENTS", "KEYED", "WRITABLE", "TranslationFile", "TranslationUnit", "base_language",
    "check_write_back", "detect", "document_text", "findings_by_unit", "keyed_pair", "read_translation_file",
    "segments", "write_back", "zh_script",
]

"""gettext PO/POT catalogues through polib (MIT): read, and findings written back.

Read: every active entry but the header; obsolete (`#~`) entries are counted, not read.
A unit's id is its msgid, `CONTEXT␄MSGID` with a msgctxt (gettext's own key, with U+2404
for its EOT separator), and `[N]` for plural form N. Plural form 0 translates the msgid
when the language has several forms, else (Chinese: `nplurals=1`) the msgid_plural,
which is what it is then used for. Fuzzy entries are read with state "fuzzy"; translator
and extracted comments are the unit's notes.

Write-back inserts a translator comment (`# evalkit: placeholders (high): ...`) at the
start of each entry with findings, and with `fuzzy=True` adds the `fuzzy` flag, so that
Poedit, Lokalize or Weblate show the entry as needing work; no other byte changes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Mapping, Sequence

import polib

from ..errors import InputError
from .units import TranslationFile, TranslationUnit, clean_target

SEPARATOR = "\u2404"
_STRING = r'"(?:[^"\\]|\\.)*"'
_LINE = re.compile(rf'^\s*(?:(?:#~\s*)?(?:msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\])\s+{_STRING}'
                   rf'|(?:#~\s*)?{_STRING}|#.*|)\s*$')
_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")


def read_po(path: str | Path) -> TranslationFile:
    text = _text(path)
    for number, line in enumerate(text.split("\n"), start=1):
        if not _LINE.match(line):
            raise InputError(f"{path}:{number}: PO syntax error: {line.strip()[:60]!r} is neither a keyword "
                             "with a quoted string, a quoted string nor a comment")
    try:
        catalogue = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as exc:  # polib says "Syntax error in po file (line N)"
        line = re.search(r"line (\d+)", str(exc))
        raise InputError(f"{path}:{line.group(1) if line else 0}: PO syntax error "
                         f"({str(exc).split(' (line')[0]})") from None
    plural_forms = catalogue.metadata.get("Plural-Forms", "")
    counted = _NPLURALS.search(plural_forms)
    nplurals = int(counted.group(1)) if counted else 2
    units = []
    for entry in catalogue:
        if entry.obsolete or not entry.msgid:
            continue
        key = f"{entry.msgctxt}{SEPARATOR}{entry.msgid}" if entry.msgctxt is not None else entry.msgid
        state = "fuzzy" if "fuzzy" in entry.flags else None
        notes = tuple(note for note in (entry.tcomment, entry.comment) if note)
        if not entry.msgid_plural:
            units.append(TranslationUnit(key, entry.msgid, clean_target(entry.msgstr), notes, state, entry.linenum,
                                         entry.linenum))
            continue
        for form in sorted(entry.msgstr_plural) or [0]:
            source = entry.msgid if form == 0 and nplurals > 1 else entry.msgid_plural
            units.append(TranslationUnit(f"{key}[{form}]", source, clean_target(entry.msgstr_plural.get(form)), notes,
                                         state, entry.linenum, entry.linenum))
    language = catalogue.metadata.get("Language") or None
    return TranslationFile(str(path), "po", None, language, tuple(units))


def _text(path: str | Path) -> str:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    charset = re.search(rb"charset=([\w-]+)", data[:4096])
    encoding = charset.group(1).decode("ascii") if charset and charset.group(1) != b"CHARSET" else "utf-8"
    try:
        text = data.decode(encoding)
    except LookupError:
        raise InputError(f"{path}: unknown charset {encoding!r} in the header") from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not valid {encoding} (byte 0x{data[exc.start]:02x})") from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def write_back_po(notes: Mapping[int, Sequence[tuple[str, str, str]]], data: bytes, *, fuzzy: bool = False) -> bytes:
    """`data` (the catalogue's bytes) with a translator comment per (kind, severity, message)
    added to the entries `notes` names by their line (`TranslationUnit.line`); every other
    byte as it was."""
    charset = re.search(rb"charset=([\w-]+)", data[:4096])
    encoding = charset.group(1).decode("ascii") if charset and charset.group(1) != b"CHARSET" else "utf-8"
    lines = data.decode(encoding).splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    for line in sorted(notes, reverse=True):  # from the end, so earlier line numbers stay valid
        # polib's line number is the entry's first line or its msgid's: find the keywords, then its comments
        keyword = next(k for k in range(line - 1, len(lines)) if lines[k].startswith(("msgctxt ", "msgid ")))
        start = keyword
        while start > 0 and lines[start - 1].startswith("#") and not lines[start - 1].startswith("#~"):
            start -= 1
        if fuzzy:
            flags = next((k for k in range(start, keyword) if lines[k].startswith("#,")), None)
            if flags is None:
                previous = next((k for k in range(start, keyword) if lines[k].startswith("#|")), keyword)
                lines.insert(previous, f"#, fuzzy{newline}")
            elif not re.search(r"\bfuzzy\b", lines[flags]):
                lines[flags] = "#, fuzzy," + lines[flags][2:]
        comments = [f"# evalkit: {kind} ({severity}): {' '.join(message.split())}{newline}"
                    for kind, severity, message in notes[line]]
        lines[start:start] = comments
    return "".join(lines).encode(encoding)

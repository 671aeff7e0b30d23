"""Glossaries: a TSV of source term, tab, required target term(s).

    總體國家安全觀<TAB>overall national security concept
    人工智能<TAB>artificial intelligence|AI

`|` separates accepted renderings. Lines that are blank or start with `#` are skipped.
Matching ignores case, and for Chinese the script: both sides are compared in
Simplified form, so a Traditional glossary serves a Simplified text and back (the
`script` check is where a wrong script is reported).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..scripts import to_script
from ..textio import read_lines


@dataclass(frozen=True)
class GlossaryEntry:
    source: str
    targets: tuple[str, ...]  # any one of them will do
    line: int


def read_glossary(path: str | Path) -> tuple[GlossaryEntry, ...]:
    entries = []
    for number, line in enumerate(read_lines(path), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        targets = tuple(t.strip() for t in parts[1].split("|") if t.strip()) if len(parts) == 2 else ()
        if len(parts) != 2 or not parts[0].strip() or not targets:
            raise InputError(f"{path}:{number}: expected 'source term<TAB>target term', got {line[:60]!r}")
        entries.append(GlossaryEntry(parts[0].strip(), targets, number))
    if not entries:
        raise InputError(f"{path}: no glossary entries")
    return tuple(entries)


def normalise(text: str) -> str:
    """Case- and script-folded text for term matching."""
    return to_script([text.casefold()], "hans")[0]


def count_term(term: str, text: str) -> int:
    """Occurrences of a term in a text, both already normalised; Latin terms match whole
    words, with a plural -s or -es allowed."""
    pattern = re.escape(term)
    if term[:1].isascii() and term[:1].isalnum():
        pattern = r"(?<![\w])" + pattern
    if term[-1:].isascii() and term[-1:].isalnum():
        pattern += r"(?:e?s)?(?![\w])"
    return len(re.findall(pattern, text))

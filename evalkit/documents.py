"""Bilingual documents -> per-language paragraphs.

Two input shapes are accepted:
- the seed format: optional headline lines, then `現代英語:` + English paragraphs,
  then `現代國語:` + Chinese paragraphs, then an optional source line;
- a pair of plain-text files, one paragraph per line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .textio import read_text

EN_HEADER = "現代英語:"
ZH_HEADER = "現代國語:"
_HEADERS = {EN_HEADER: "en", ZH_HEADER: "zh", "現代英語：": "en", "現代國語：": "zh"}
_SOURCE_PREFIXES = ("http://", "https://")


@dataclass(frozen=True)
class BilingualDocument:
    en: tuple[str, ...]
    zh: tuple[str, ...]
    metadata: dict[str, str] = field(default_factory=dict)


def _is_source_line(line: str) -> bool:
    return any(prefix in line for prefix in _SOURCE_PREFIXES)


def parse_seed(path: str | Path) -> BilingualDocument:
    lines = [line.strip() for line in read_text(path).split("\n")]
    sections: dict[str, list[str]] = {}
    preamble: list[str] = []
    current: str | None = None
    for line in lines:
        if line in _HEADERS:
            current = _HEADERS[line]
            if current in sections:
                raise InputError(f"{path}: the header {line!r} appears twice")
            sections[current] = []
        elif not line:
            continue
        elif current is None:
            preamble.append(line)
        else:
            sections[current].append(line)
    missing = [h for h, lang in ((EN_HEADER, "en"), (ZH_HEADER, "zh")) if lang not in sections]
    if missing:
        raise InputError(f"{path}: not a bilingual seed document (missing header {missing[0]})")
    metadata = {}
    if preamble:
        metadata["headline"] = "\n".join(preamble)
    # The source line closes the document, after whichever language came last.
    last = "zh" if list(sections) == ["en", "zh"] else list(sections)[-1]
    if sections[last] and _is_source_line(sections[last][-1]):
        metadata["source"] = sections[last].pop()
    return BilingualDocument(tuple(sections["en"]), tuple(sections["zh"]), metadata)


def parse_pair(en_path: str | Path, zh_path: str | Path) -> BilingualDocument:
    def paragraphs(path: str | Path) -> tuple[str, ...]:
        found = tuple(line.strip() for line in read_text(path).split("\n") if line.strip())
        if not found:
            raise InputError(f"{path}: file is empty")
        return found

    return BilingualDocument(paragraphs(en_path), paragraphs(zh_path), {})

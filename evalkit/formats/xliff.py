"""XLIFF 1.2 (`<trans-unit>`) and 2.0/2.1 (`<unit>`/`<segment>`): read, and findings written back.

Read: every `<file>`, units in document order (inside `<group>`s too), inline codes as
tags (formats.xml), `state`/`approved`, notes. A 2.0 unit with several segments gives one
unit per segment (`UNIT/SEGMENT`); with several `<file>`s whose unit ids clash, ids are
qualified by the file (`FILE/UNIT`). Units marked `translate="no"` are not read.

Write-back adds one note per finding to the unit it concerns and changes no other byte:
XLIFF 1.2 `<note from="evalkit" annotates="target" priority="1">placeholders: ...</note>`
as the unit's last child, 2.0 `<note category="evalkit:placeholders" appliesTo="target"
priority="1">` in the unit's `<notes>` (created before its segments when it has none).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Mapping, Sequence
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from ..errors import InputError
from .units import TranslationFile, TranslationUnit, clean_target
from .xml import inline_text, local, parse

# (file number, unit element id, unit) per unit, and the declared source and target languages
_Read = tuple[list[tuple[int, str | None, TranslationUnit]], str | None, str | None]
VERSIONS = {"1.0": "1.2", "1.1": "1.2", "1.2": "1.2", "2.0": "2.0", "2.1": "2.0", "2.2": "2.0"}
PRIORITY = {"high": 1, "medium": 5, "low": 9}  # XLIFF: 1 is the highest priority
# One lexical item of XML: a comment, CDATA, processing instruction or declaration (skipped),
# or a tag with its name, attributes (quoted values may hold ">") and closing slash.
_ITEM = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<![^>]*>"
    r"|<(?P<end>/)?(?P<name>[\w:.-]+)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(?P<empty>/)?>",
    re.DOTALL)


def read_xliff(path: str | Path) -> TranslationFile:
    root = parse(path).getroot()
    if local(root) != "xliff":
        raise InputError(f"{path}:{root.sourceline}: not XLIFF (the root element is <{local(root)}>)")
    version = VERSIONS.get((root.get("version") or "").strip())
    if version is None:
        raise InputError(f"{path}:{root.sourceline}: unknown XLIFF version {root.get('version')!r}; "
                         "evalkit reads XLIFF 1.2 and 2.0/2.1")
    files = [element for element in root if local(element) == "file"]
    if version == "1.2":
        units, source_lang, target_lang = _units_12(files)
    else:
        units, source_lang, target_lang = _units_20(files)
        source_lang, target_lang = root.get("srcLang") or source_lang, root.get("trgLang") or target_lang
    return TranslationFile(str(path), f"xliff-{version}", source_lang, target_lang, tuple(_unique(units, files)))


def _units_12(files: list[etree._Element]) -> _Read:
    units = []
    index = 0
    source_lang = target_lang = None
    for number, file in enumerate(files):
        source_lang = source_lang or file.get("source-language")
        target_lang = target_lang or file.get("target-language")
        for element in file.iter("{*}trans-unit", "trans-unit"):
            index += 1
            if element.get("translate") == "no":
                continue
            source = _child(element, "source")
            target = _child(element, "target")
            if source is None or not inline_text(source).strip():
                continue
            state = target.get("state") if target is not None else None
            if element.get("approved") == "yes":
                state = "approved" if state is None else f"{state}, approved"
            notes = tuple((note.text or "").strip() for note in element if local(note) == "note")
            units.append((number, element.get("id"), TranslationUnit(
                element.get("id") or str(index), inline_text(source),
                clean_target(inline_text(target)) if target is not None else None,
                notes, state, element.sourceline, index - 1)))
    return units, source_lang, target_lang


def _units_20(files: list[etree._Element]) -> _Read:
    units = []
    index = 0
    for number, file in enumerate(files):
        for element in file.iter("{*}unit", "unit"):
            index += 1
            if element.get("translate") == "no":
                continue
            notes_element = _child(element, "notes")
            notes = tuple((note.text or "").strip() for note in (notes_element if notes_element is not None else [])
                          if local(note) == "note")
            segments = [child for child in element if local(child) == "segment"]
            for k, segment in enumerate(segments):
                source = _child(segment, "source")
                target = _child(segment, "target")
                if source is None or not inline_text(source).strip():
                    continue
                key = element.get("id") or str(index)
                if len(segments) > 1:
                    key = f"{key}/{segment.get('id') or k + 1}"
                units.append((number, element.get("id"), TranslationUnit(
                    key, inline_text(source), clean_target(inline_text(target)) if target is not None else None,
                    notes, segment.get("state") or ("initial" if target is None else None), segment.sourceline,
                    index - 1)))
    return units, None, None


def _child(element: etree._Element, name: str) -> etree._Element | None:
    return next((child for child in element if local(child) == name), None)


def _unique(units: list[tuple[int, str | None, TranslationUnit]], files: list[etree._Element]) -> list[TranslationUnit]:
    """Ids as the file gives them, qualified by their `<file>` when a unit id is used in several files."""
    files_of: dict[str | None, set[int]] = {}
    for number, element_id, _ in units:
        files_of.setdefault(element_id, set()).add(number)
    if all(len(numbers) == 1 for numbers in files_of.values()):
        return [unit for _, _, unit in units]
    qualified = []
    for number, _, unit in units:
        name = files[number].get("id") or files[number].get("original") or str(number + 1)
        qualified.append(TranslationUnit(f"{name}/{unit.id}", unit.source, unit.target, unit.notes, unit.state,
                                         unit.line, unit.index))
    if len({unit.id for unit in qualified}) != len(qualified):
        duplicate = next(unit for unit in qualified if [u.id for u in qualified].count(unit.id) > 1)
        raise InputError(f"{files[0].getroottree().docinfo.URL}:{duplicate.line}: duplicate unit id {duplicate.id!r}")
    return qualified


def write_back_xliff(document: TranslationFile, notes: Mapping[int, Sequence[tuple[str, str, str]]],
                     data: bytes) -> bytes:
    """`data` (the file's bytes) with a note per (kind, severity, message) added to the
    units `notes` names by index; every other byte as it was."""
    encoding = etree.fromstring(data).getroottree().docinfo.encoding or "UTF-8"
    text = data.decode(encoding)
    unit_name = "trans-unit" if document.format == "xliff-1.2" else "unit"
    insertions: list[tuple[int, str]] = []
    count = -1
    start_tag = None
    depth = 0
    first_child: tuple[int, str] | None = None  # (offset, indentation) where 2.0 notes go
    notes_end: int | None = None
    for item in _ITEM.finditer(text):
        name = item.group("name")
        if name is None:
            continue
        bare = name.rsplit(":", 1)[-1]
        if bare == unit_name and not item.group("end") and not item.group("empty"):
            count += 1
            start_tag, depth, first_child, notes_end = item, 0, None, None
            continue
        if start_tag is None:
            continue
        if item.group("end") and bare == unit_name:
            if count in notes:
                insertions.append(_insertion(text, document.format, name, start_tag, item, notes[count],
                                             first_child, notes_end))
            start_tag = None
            continue
        if not item.group("end"):
            if depth == 0 and first_child is None and bare in ("segment", "ignorable", "originalData"):
                first_child = (item.start(), _indentation(text, item.start()))
            if not item.group("empty"):
                depth += 1
        else:
            depth -= 1
            if depth == 0 and bare == "notes":
                notes_end = item.start()
    pieces, position = [], 0
    for offset, insertion in sorted(insertions):
        pieces += [text[position:offset], insertion]
        position = offset
    pieces.append(text[position:])
    return "".join(pieces).encode(encoding)


def _indentation(text: str, offset: int) -> str:
    """The spaces before the tag at `offset`, when it starts its own line."""
    line_start = text.rfind("\n", 0, offset) + 1
    before = text[line_start:offset]
    return before if not before.strip() else ""


def _insertion(text: str, format_: str, unit_tag: str, start: re.Match[str], end: re.Match[str],
               notes: Sequence[tuple[str, str, str]], first_child: tuple[int, str] | None,
               notes_end: int | None) -> tuple[int, str]:
    prefix = unit_tag[: -len(unit_tag.rsplit(":", 1)[-1])]  # "xlf:" when the file uses a prefix
    outer = _indentation(text, end.start())
    after_start = text[start.end():]
    child_indent = after_start[: len(after_start) - len(after_start.lstrip(" \t\r\n"))].split("\n")[-1]
    newline = "\r\n" if "\r\n" in text[start.end(): end.start()] else "\n"
    if format_ == "xliff-1.2":
        items = [f"<{prefix}note from=\"evalkit\" annotates=\"target\" priority=\"{PRIORITY[severity]}\">"
                 f"{escape(f'{kind}: {message}')}</{prefix}note>" for kind, severity, message in notes]
        if outer:  # the closing tag has a line of its own: one note per line, indented like the unit's children
            indent = child_indent or outer + "  "
            return end.start() - len(outer), "".join(f"{indent}{item}{newline}" for item in items)
        return end.start(), "".join(items)
    items = [f"<{prefix}note category={quoteattr('evalkit:' + kind)} appliesTo=\"target\" "
             f"priority=\"{PRIORITY[severity]}\">{escape(message)}</{prefix}note>" for kind, severity, message in notes]
    if notes_end is not None:
        indent = _indentation(text, notes_end)
        inner = indent + "  " if indent else ""
        if indent:
            line_start = notes_end - len(indent)
            return line_start, "".join(f"{inner}{item}{newline}" for item in items)
        return notes_end, "".join(items)
    if first_child is None:  # no segment: nothing a note could annotate
        return end.start(), ""
    offset, indent = first_child
    if indent:
        inner = indent + "  "
        block = f"<{prefix}notes>{newline}" + "".join(f"{inner}{item}{newline}" for item in items) + \
            f"{indent}</{prefix}notes>{newline}{indent}"
        return offset, block
    return offset, f"<{prefix}notes>{''.join(items)}</{prefix}notes>"

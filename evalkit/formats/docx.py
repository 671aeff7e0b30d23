"""DOCX drafts (python-docx, MIT) as text for `evalkit check`: one line per block.

Blocks in reading order: body paragraphs (headings and list items included) and table
cells (row by row; a merged cell once), then the footnotes (python-docx has no API for
them: read from the footnotes part). A heading becomes a Markdown heading, a list item
a Markdown bullet, which the draft reader strips again; so line N of a finding is the
Nth block of the document.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def docx_text(path: str | Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    if not zipfile.is_zipfile(path):
        if not Path(path).is_file():
            raise InputError(f"{path}: file not found")
        raise InputError(f"{path}:1: not a DOCX file (not a zip archive)")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"{path}:1: not a DOCX file ({exc or type(exc).__name__})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += _table(block)
        else:
            lines.append(_paragraph(block))
    for relationship in document.part.rels.values():
        if relationship.reltype == _FOOTNOTES and not relationship.is_external:
            lines += _footnotes(relationship.target_part.blob)
    return "".join(line + "\n" for line in lines if line.strip())


def _paragraph(paragraph) -> str:
    text = " ".join(paragraph.text.split("\n"))
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.startswith(("Heading", "Title")):
        return f"# {text}"
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if style.startswith("List") or numbered:
        return f"- {text}"
    return text


def _table(table) -> list[str]:
    lines, seen = [], set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid position
                continue
            seen.add(id(cell._tc))
            lines += [_paragraph(paragraph) for paragraph in cell.paragraphs]
            for inner in cell.tables:
                lines += _table(inner)
    return lines


def _footnotes(blob: bytes) -> list[str]:
    from lxml import etree

    root = etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))
    lines = []
    for note in root.iter(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        for paragraph in note.iter(f"{_W}p"):
            lines.append("".join(t.text or "" for t in paragraph.iter(f"{_W}t")))
    return lines

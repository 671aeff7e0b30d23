"""Lay a draft out as translators do: hard-wrapped lines, bullet and numbered lists.

Used by tests/test_check_layouts.py on the seed's drafts and by
benchmarks/check_layouts_realdata.py on real text, so that a change of layout alone
can be shown to change no finding. Markdown structure is kept: headings and blank
lines stay where they are, list items wrap with a hanging indent.
"""

from __future__ import annotations

import re
import textwrap

from evalkit.segment import split_sentences

_HEADING = re.compile(r"^\s*#{1,6}\s")
_ITEM = re.compile(r"^(\s*(?:[-*+]|\d+[.)])\s+)")


def hard_wrap(text: str, width: int, lang: str) -> str:
    """Every line longer than `width` broken into lines of at most `width` characters, as a
    text editor's fill does: English at spaces, Chinese anywhere (it has no spaces)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or _HEADING.match(line):
            out.append(line)
            continue
        item = _ITEM.match(line)
        prefix = item.group(1) if item else ""
        indent = " " * len(prefix)
        body = line[len(prefix):]
        if lang == "zh":
            first = width - len(prefix)
            pieces = [body[:first]] + [body[k:k + width - len(indent)] for k in range(first, len(body), width - len(indent))]
            out += [prefix + pieces[0]] + [indent + piece for piece in pieces[1:] if piece]
        else:
            out += textwrap.wrap(body, width, initial_indent=prefix, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False)
    return "\n".join(out)


def as_list(text: str, lang: str, *, numbered: bool = False) -> str:
    """Each paragraph's sentences as the items of a bullet (or numbered) list; headings
    and paragraphs of one sentence stay as they are."""
    out = []
    for line in text.split("\n"):
        sentences = split_sentences(line, lang) if line.strip() and not _HEADING.match(line) else []
        if len(sentences) < 2:
            out.append(line)
            continue
        out += [f"{k}. {s}" if numbered else f"- {s}" for k, s in enumerate(sentences, 1)]
    return "\n".join(out)


def as_items(sentence: str, lang: str, pieces: int, *, numbered: bool = False) -> str:
    """One sentence cut at its commas into (up to) `pieces` list items, each keeping the comma
    it ends in, the way a translator turns an enumeration into a list."""
    parts = [part for part in re.split(r"(?<=[,，、;；])\s*", sentence) if part.strip()]
    n = min(pieces, len(parts))
    bounds = [round(k * len(parts) / n) for k in range(n + 1)]
    joiner = "" if lang == "zh" else " "
    groups = [joiner.join(part.strip() for part in parts[a:b]) for a, b in zip(bounds, bounds[1:])]
    return "\n".join(f"{k}. {group}" if numbered else f"- {group}" for k, group in enumerate(groups, 1))

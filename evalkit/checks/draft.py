"""A translator's draft as sentences with their place in the file.

A draft is plain text or Markdown in any segmentation: a paragraph per line, one long
line, a sentence per line, blank lines or none. Each line is split into sentences with
the segmenter reference building uses (`segment.split_sentences`); an English line
that starts in lower case continues the line before it (a hard-wrapped paragraph).
Markdown headings, quotes and bullets lose their markers; numbered items keep theirs,
since "1." is an enumerator the number check compares.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..errors import InputError
from ..segment import split_sentences
from ..textio import read_text

_MARKDOWN_MARKER = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+)")
_SENTENCE_END = re.compile(r"[.!?;:。！？；：\"”’」』)）]\s*$")


@dataclass(frozen=True)
class DraftSentence:
    text: str
    start: int  # character offsets in the draft, end exclusive
    end: int
    paragraph: int  # 0-based block of the draft (a line, or hard-wrapped lines)


@dataclass(frozen=True)
class Draft:
    text: str
    lang: str
    sentences: tuple[DraftSentence, ...]
    path: str | None = None

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [i + 1 for i, char in enumerate(self.text) if char == "\n"]


def read_draft(path: str | Path, lang: str) -> Draft:
    return parse_draft(read_text(path), lang, path=str(path))


def parse_draft(text: str, lang: str, *, path: str | None = None) -> Draft:
    blocks = _blocks(text, lang)
    sentences = []
    for paragraph, (start, end) in enumerate(blocks):
        body = text[start:end].replace("\n", " ")  # same length: offsets stay valid
        for sentence in split_sentences(body, lang):
            first, last = _locate(body, sentence, sentences[-1].end - start if sentences and sentences[-1].paragraph == paragraph else 0)
            sentences.append(DraftSentence(body[first:last], start + first, start + last, paragraph))
    if not sentences:
        raise InputError(f"{path or 'the draft'}: no text to check")
    return Draft(text, lang, tuple(sentences), path)


def _blocks(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a line, joined with the next lines that continue it."""
    blocks: list[tuple[int, int]] = []
    position = 0
    previous_open = False
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        marker = _MARKDOWN_MARKER.match(line)
        if marker:
            start += marker.end()
        if not text[start:end].strip():
            previous_open = False
            continue
        continues = previous_open and not marker and lang != "zh" and line.lstrip()[:1].islower()
        if continues:
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
        previous_open = not _SENTENCE_END.search(line)
    return blocks


def _locate(body: str, sentence: str, cursor: int) -> tuple[int, int]:
    """Span of `sentence` in `body` from `cursor` on. The segmenter trims sentences and may
    move the spaces around quotes and enumerators, never the other characters, so the
    span is found by counting non-space characters."""
    position = cursor
    first = None
    for _ in range(sum(1 for char in sentence if not char.isspace())):
        while body[position].isspace():
            position += 1
        if first is None:
            first = position
        position += 1
    return (cursor if first is None else first), position

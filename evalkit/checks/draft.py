"""A translator's draft as sentences with their place in the file.

A draft is plain text or Markdown in any layout: a paragraph per line, one long line,
a sentence per line, hard-wrapped paragraphs, lists, headings, block quotes. The file
is first cut into blocks (paragraphs), then each block into sentences with the
segmenter reference building uses (`segment.split_sentences`).

- A blank line, a heading, a rule (`---`, `***`, a setext underline), a list item and
  the start or end of a block quote begin a new block, except that a bullet that ends no
  sentence continues into the next bullet, and a numbered item that ends in a comma into
  the next numbered item (leaving its number out): a sentence cut into items.
- A line joins the line before it when the break falls inside a sentence: the line
  before does not end one (. ! ? 。 ！ ？, closing quotes allowed), and either this
  line starts in lower case, or it continues an indented list item, or the line before
  is *full*: its next word would not have fit on it, measured against the widest line
  of its run of lines (between blank lines), in characters and in display columns
  (Han characters are two wide). That is what a fill or hard wrap leaves behind; a
  title or a short line of a list is not full and stays a block of its own.
- Joined lines meet with a space, or with nothing where either side is Han text (a
  Chinese line can be wrapped anywhere) or a word was hyphenated at the break.
- Markdown headings, quotes and bullets lose their markers; numbered items keep theirs,
  since "1." is an enumerator the number check compares.

Reading is linear in the length of the draft: two passes over its lines, then the
segmenter on each block.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..errors import InputError
from ..segment import is_cjk_language, split_sentences
from ..textio import read_text

_RULE = re.compile(r"^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_BULLET = re.compile(r"^[ \t]*[-*+•·・][ \t]+")
# items that start a block but keep their marker: "1.", "2)", "(3)", "（四）", "五、", "(IV)"
_ENUMERATED = re.compile(r"^[ \t]*(?:\d{1,3}[.)][ \t]|[(（][ \t]*(?:\d{1,3}|[IVXLCivxlc]+|[一二三四五六七八九十]+)[ \t]*[)）]"
                         r"|[一二三四五六七八九十]+、)")
_CLAUSE_END = re.compile(r"[,，、;；][\"'”’」』)）\]》]*[ \t]*$")
_INTRODUCES = re.compile(r"[:：][ \t]*$")  # a line that introduces a list
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’」』)）\]》]*[ \t]*$")
_WIDE = "\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
_WIDE_CHARS = re.compile(f"[{_WIDE}]")
_FIRST_WORD = re.compile(f"[{_WIDE}]|[^\\s{_WIDE}]+")
_HYPHENATED = re.compile(r"[^\W\d_]-$")
# A wrap of Han text may leave a line a character or two short of the widest: punctuation
# that may not start a line is pulled up to the line before, or a character pushed down.
_HAN_SLACK = 2
_NARROWEST_WRAP = 30  # display columns: no one wraps text narrower (15 Han characters)


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
    list_markers: tuple[tuple[int, int], ...] = ()  # character spans of the numbered items' numbers kept in the text

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [i + 1 for i, char in enumerate(self.text) if char == "\n"]


@dataclass(frozen=True)
class _Line:
    kind: str  # "break", "heading", "bullet", "numbered" (a numbered or enumerated item) or "text"
    start: int  # the content, markers left out, in draft offsets
    end: int
    indent: int  # leading spaces and tabs of the content's line, after any quote marker
    quoted: bool
    run: int  # lines between two breaks form a run; the widest of its lines is the wrap width
    width: tuple[int, int]  # of the whole line, markers and all: characters, display columns
    spaced: bool = False  # the line ends in spaces (a wrap at a space)
    lead: int = 0  # where the line's text starts, its list marker included
    bare: int = 0  # where it starts without its marker (a numbered item's text after its number)


class _Block:
    """A paragraph: pieces of lines, joined; `body` offsets map back to the draft."""

    def __init__(self, text: str, line: _Line) -> None:
        self.text = text
        self.kind = line.kind  # a paragraph ("text"), a heading or a list item
        self.pieces = [("", line.start, line.end)]  # (joiner before it, start, end in the draft)

    def extend(self, start: int, end: int, joiner: str) -> None:
        self.pieces.append((joiner, start, end))

    @cached_property
    def body(self) -> str:
        return "".join(joiner + self.text[start:end] for joiner, start, end in self.pieces)

    @cached_property
    def _starts(self) -> list[int]:
        """Where each piece starts in `body`."""
        starts, position = [], 0
        for joiner, start, end in self.pieces:
            position += len(joiner)
            starts.append(position)
            position += end - start
        return starts

    def offset(self, position: int) -> int:
        """Draft offset of a body position that is not inside a joiner."""
        piece = bisect.bisect_right(self._starts, position) - 1
        return self.pieces[piece][1] + position - self._starts[piece]


def read_draft(path: str | Path, lang: str) -> Draft:
    return parse_draft(read_text(path), lang, path=str(path))


def parse_draft(text: str, lang: str, *, path: str | None = None) -> Draft:
    sentences = []
    for paragraph, block in enumerate(_blocks(text, is_cjk_language(lang))):
        cursor = 0
        for sentence in split_sentences(block.body, lang):
            first, last = _locate(block.body, sentence, cursor)
            cursor = last
            sentences.append(DraftSentence(block.body[first:last], block.offset(first), block.offset(last - 1) + 1,
                                           paragraph))
    if not sentences:
        raise InputError(f"{path or 'the draft'}: no text to check")
    return Draft(text, lang, tuple(sentences), path, list_markers(sentences))


def _blocks(text: str, cjk: bool) -> list[_Block]:
    lines = _lines(text)
    widest: dict[int, tuple[int, int]] = {}  # run -> characters and columns of its widest line
    for line in lines:
        chars, columns = widest.get(line.run, (0, 0))
        widest[line.run] = (max(chars, line.width[0]), max(columns, line.width[1]))
    blocks: list[_Block] = []
    previous: _Line | None = None
    for line in lines:
        if line.kind == "break":
            previous = None
            continue
        if line.start == line.end:  # a bare marker
            previous = None
            continue
        joined = _joined(text, previous, blocks[-1].kind, line, widest, cjk) if previous is not None and blocks else None
        if joined is None:
            blocks.append(_Block(text, line))
        else:
            blocks[-1].extend(joined[1], line.end, joined[0])
        previous = None if line.kind == "heading" else line
    return [block for block in blocks if block.body.strip()]


def _lines(text: str) -> list[_Line]:
    lines = []
    position = 0
    run = 0
    for raw in text.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        quote = _QUOTE.match(raw)
        offset = quote.end() if quote else 0
        content = raw[offset:]
        if not content.strip() or _RULE.match(content):
            lines.append(_Line("break", start, start, 0, bool(quote), run, (0, 0)))
            run += 1
            continue
        indent = len(content) - len(content.lstrip(" \t"))
        lead = start + offset + indent
        trimmed = raw.rstrip()
        body_end = start + len(trimmed)
        kind, bare = "text", lead
        if marker := _HEADING.match(content):
            kind, bare = "heading", start + offset + marker.end()
        elif marker := _BULLET.match(content):
            kind, bare = "bullet", start + offset + marker.end()
        elif marker := _ENUMERATED.match(content):
            kind = "numbered"
            bare = body_end - len(content[marker.end():].strip(" \t"))
        first = bare if kind in ("heading", "bullet") else lead
        lines.append(_Line(kind, min(first, body_end), body_end, indent, bool(quote), run,
                           (len(trimmed), len(trimmed) + len(_WIDE_CHARS.findall(trimmed))), len(trimmed) < len(raw),
                           lead, min(bare, body_end)))
        if kind == "heading":
            run += 1
    return lines


def _joined(text: str, previous: _Line, block: str, line: _Line, widest: dict[int, tuple[int, int]],
            cjk: bool) -> tuple[str, int] | None:
    """How `line` joins the block `previous` ended (the joiner and where the joined text
    starts), or None when `line` starts a new block."""
    if line.quoted != previous.quoted or line.kind == "heading":
        return None
    before = text[previous.start:previous.end]
    ends = bool(_SENTENCE_END.search(before))
    if line.kind != "text" and previous.kind == line.kind:
        # list items that are no sentences: the parts of one, cut at its commas (numbered
        # items only at a comma: "一、總體要求" over "二、主要任務" are headings)
        if ends or (line.kind == "numbered" and not _CLAUSE_END.search(before)):
            return None
        start = line.bare
    elif line.kind != "text":
        # a dash or a number a wrap happened to put at the start of a line inside a paragraph ("... - Xinhua")
        if block != "text" or ends or _INTRODUCES.search(before) or not _full_before(text, previous, line.lead, widest):
            return None
        start = line.lead
    else:
        full = _full_before(text, previous, line.start, widest)
        continues = text[line.start].islower() or (previous.kind != "text" and line.indent > previous.indent)
        # a full line is a wrap even where it ends in a full stop ("U.S.", "p.m."): the
        # segmenter finds the sentence ends in the joined text
        if not (full or (continues and not ends)):
            return None
        start = line.start
    after = text[start:line.end]
    han = bool(_WIDE_CHARS.match(before[-1]) or _WIDE_CHARS.match(after[0]))
    if han or (_HYPHENATED.search(before) and after[0].islower()):
        return "", start
    # Chinese is wrapped anywhere, inside a number or a Latin word too: a line as wide as
    # the widest was cut where it was full, not at a space, unless a space is left at the cut
    # (list items are never cut)
    cut = cjk and line.kind == "text" and previous.width[0] >= widest[previous.run][0]
    spaced = previous.spaced or (previous.kind == "text" and line.indent > previous.indent)
    return ("" if cut and not spaced else " "), start


def _full_before(text: str, previous: _Line, start: int, widest: dict[int, tuple[int, int]]) -> bool:
    """Whether the line before was full: the first word at `start` would not have fit on it."""
    if widest[previous.run][1] < _NARROWEST_WRAP:  # a run of short lines (a list, a poem): no wrap
        return False
    word = _FIRST_WORD.match(text, start)
    han = bool(_WIDE_CHARS.match(text[previous.end - 1]) or _WIDE_CHARS.match(text[start]))
    return _full(previous.width, word.group() if word else text[start], han, widest[previous.run])


def _full(width: tuple[int, int], word: str, han: bool, widest: tuple[int, int]) -> bool:
    """Whether `word` would not have fit at the end of a line this wide, in its run's widest width."""
    gap = 0 if han else 1
    slack = _HAN_SLACK if han else 0
    return (width[0] + gap + len(word) > widest[0] - slack
            or width[1] + gap + len(word) + len(_WIDE_CHARS.findall(word)) > widest[1] - 2 * slack)


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


def list_markers(sentences: Sequence[DraftSentence]) -> tuple[tuple[int, int], ...]:
    """Where the numbers of numbered items ("1.", "2)", "(3)", "（四）", "五、") are in the draft:
    the number starting a block's first sentence. Kept in the text as enumerators, they are
    layout, not numbers of the draft's own (the `numbers` check lets them answer the source's)."""
    markers = []
    for k, sentence in enumerate(sentences):
        first = k == 0 or sentences[k - 1].paragraph != sentence.paragraph
        marker = _ENUMERATED.match(sentence.text) if first else None
        if marker:
            markers.append((sentence.start, sentence.start + len(marker.group().rstrip())))
    return tuple(markers)

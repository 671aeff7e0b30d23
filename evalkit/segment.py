"""Sentence splitting (pysbd) and Chinese word segmentation (jieba, imported lazily)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ZH_EXTRA_BREAK = re.compile(r"(?<=；)(?![」”’』）)])")
_LEADING_CLOSERS = re.compile(r"^[」』”’）)\]》〉]+")  # not ASCII quotes: they open sentences too
# A piece that is only a list marker, e.g. "(II)", "1.", "（三）": pysbd sometimes cuts it off.
_ENUMERATOR = re.compile(r"^\s*(?:[(（]\s*(?:[IVXLCivxlc]+|\d+|[一二三四五六七八九十]+)\s*[)）]|(?:[IVXLC]+|\d+)\.)\s*$")


# Longest sentence accepted from pysbd, in characters: about twice the longest in the seed
# (English 1,033, Chinese 218). pysbd takes everything between two straight quotes as one
# sentence, so a stray `"` can swallow thousands of sentences; longer ones are split again.
MAX_SENTENCE = {"en": 2000, "zh": 500}
_TERMINAL = {
    "en": re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"'”’)\]])\s+"),
    "zh": re.compile(r"(?<=[。！？；!?])(?![」』”’）)\]])|(?<=[。！？；!?][」』”’）)\]])"),
}
_SOFT_BREAK = {"en": re.compile(r"\s"), "zh": re.compile(r"[，,、\s]")}
# pysbd rescans the whole text for every abbreviation it finds, so its time grows with the
# square of a paragraph's length (40 s for one 100,000-character line). A paragraph longer
# than WINDOW characters is given to it a window at a time: the sentences that end at least
# _LOOKAHEAD characters before the window's end are kept (pysbd decides a boundary from the
# words around it), and the next window starts where the last kept sentence ended.
WINDOW = 5_000
_LOOKAHEAD = 500


@dataclass(frozen=True)
class Split:
    """A paragraph's sentences, and the lengths of any pysbd gave that were too long and split again."""

    sentences: tuple[str, ...]
    too_long: tuple[int, ...] = ()


@lru_cache(maxsize=4)
def _segmenter(lang: str):
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False)


def split_sentences(paragraph: str, lang: str) -> list[str]:
    """Sentences of one paragraph, whitespace-trimmed, none empty (see `split_paragraph`)."""
    return list(split_paragraph(paragraph, lang).sentences)


def split_paragraph(paragraph: str, lang: str) -> Split:
    """pysbd keeps abbreviations, `(I)`/`1.` enumerators and closing quotes intact;
    for Chinese it breaks on 。！？ but not on ；, which we add. A sentence longer than
    MAX_SENTENCE is split on terminal punctuation, and what is still too long at the
    last space (or comma) before the limit."""
    cap = MAX_SENTENCE.get(lang, MAX_SENTENCE["en"])
    sentences: list[str] = []
    too_long = []
    for sentence in _pysbd_sentences(paragraph, lang):
        if len(sentence) <= cap:
            sentences.append(sentence)
            continue
        too_long.append(len(sentence))
        for piece in _TERMINAL.get(lang, _TERMINAL["en"]).split(sentence):
            sentences += _cut(piece.strip(), cap, _SOFT_BREAK.get(lang, _SOFT_BREAK["en"]))
    return Split(tuple(sentence for sentence in sentences if sentence), tuple(too_long))


def _cut(text: str, cap: int, soft_break: re.Pattern[str]) -> list[str]:
    pieces = []
    start = 0  # an index, not a shrinking copy: a text without punctuation may be a whole book
    while len(text) - start > cap:
        breaks = [match.end() for match in soft_break.finditer(text, start, start + cap)]
        end = breaks[-1] if breaks and breaks[-1] - start > cap // 2 else start + cap
        pieces.append(text[start:end].strip())
        start = end
        while text[start].isspace():
            start += 1
    return pieces + [text[start:]]


def _pysbd_pieces(paragraph: str, lang: str) -> list[str]:
    """pysbd's sentences of the paragraph, window by window (see WINDOW)."""
    segmenter = _segmenter(lang)
    pieces: list[str] = []
    start = 0
    since = None  # where a sentence that runs on through whole windows began
    while len(paragraph) - start > WINDOW:
        found = segmenter.segment(paragraph[start:start + WINDOW])
        if len(found) < 2:  # no sentence ends in this window: it goes on into the next
            since = start if since is None else since
            start += WINDOW
            continue
        ends = _ends(paragraph, start, found)
        # never the window's last sentence (the window may have cut it short), and at least one
        keep = sum(1 for end in ends[:-1] if end <= start + WINDOW - _LOOKAHEAD) or 1
        pieces += _continued(paragraph, since, start, found[:keep])
        since = None
        # the next window starts with the space after the last kept sentence: pysbd tells an
        # opening quote by the space before it
        start = ends[keep - 1]
    return pieces + _continued(paragraph, since, start, segmenter.segment(paragraph[start:]))


def _continued(paragraph: str, since: int | None, start: int, found: list[str]) -> list[str]:
    """`found`, its first sentence preceded by the text from `since` to `start` (the part of it in earlier windows)."""
    if since is None:
        return found
    return [paragraph[since:start] + (found[0] if found else "")] + found[1:]


def _ends(text: str, start: int, pieces: list[str]) -> list[int]:
    """Where each of `pieces`, found in order from `start` on, ends in `text`. pysbd may move
    spaces (around an ellipsis) but no other character, so non-space characters are counted."""
    ends = []
    position = start
    for piece in pieces:
        for char in piece:
            if not char.isspace():
                while position < len(text) and text[position].isspace():
                    position += 1
                position += 1
        ends.append(min(position, len(text)))
    return ends


def _pysbd_sentences(paragraph: str, lang: str) -> list[str]:
    pieces = _pysbd_pieces(paragraph, lang)
    if lang == "zh":
        pieces = [part for piece in pieces for part in _ZH_EXTRA_BREAK.split(piece)]
    sentences: list[str] = []
    pending = ""
    for piece in pieces:
        closers = _LEADING_CLOSERS.match(piece.lstrip())
        if closers and sentences and not pending:
            # pysbd may cut between 。 and its closing quote: the quote belongs before the cut.
            sentences[-1] += closers.group(0)
            piece = piece.lstrip()[closers.end():]
        if _ENUMERATOR.match(piece):
            pending += piece
        elif piece.strip():
            sentences.append((pending + piece).strip())
            pending = ""
    if pending.strip():
        sentences.append(pending.strip())
    return sentences


def jieba_words(text: str) -> list[str]:
    import jieba

    jieba.setLogLevel(60)  # silence the dictionary-loading chatter
    return [word for word in jieba.lcut(text) if word.strip()]


def is_cjk_language(lang: str) -> bool:
    return lang.split("-")[0] in {"zh", "ja"}

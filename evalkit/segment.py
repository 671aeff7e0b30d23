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
    while len(text) > cap:
        breaks = [match.end() for match in soft_break.finditer(text, 0, cap)]
        end = breaks[-1] if breaks and breaks[-1] > cap // 2 else cap
        pieces.append(text[:end].strip())
        text = text[end:].strip()
    return pieces + [text]


def _pysbd_sentences(paragraph: str, lang: str) -> list[str]:
    pieces = _segmenter(lang).segment(paragraph)
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

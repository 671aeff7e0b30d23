"""Sentence splitting (pysbd) and Chinese word segmentation (jieba, imported lazily)."""

from __future__ import annotations

import re
from functools import lru_cache

_ZH_EXTRA_BREAK = re.compile(r"(?<=；)(?![」”’』）)])")
_LEADING_CLOSERS = re.compile(r"^[」』”’）)\]》〉]+")  # not ASCII quotes: they open sentences too
# A piece that is only a list marker, e.g. "(II)", "1.", "（三）": pysbd sometimes cuts it off.
_ENUMERATOR = re.compile(r"^\s*(?:[(（]\s*(?:[IVXLCivxlc]+|\d+|[一二三四五六七八九十]+)\s*[)）]|(?:[IVXLC]+|\d+)\.)\s*$")


@lru_cache(maxsize=4)
def _segmenter(lang: str):
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False)


def split_sentences(paragraph: str, lang: str) -> list[str]:
    """Sentences of one paragraph, whitespace-trimmed, none empty.

    pysbd keeps abbreviations, `(I)`/`1.` enumerators and closing quotes intact;
    for Chinese it breaks on 。！？ but not on ；, which we add.
    """
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

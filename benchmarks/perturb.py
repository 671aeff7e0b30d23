"""Planted errors in real translations, for measuring what `evalkit check` catches.

Each perturbation takes one segment of a real translation (its text, its source and its
language) and returns the segment with one error planted, or None when the segment offers
no place for it (no auxiliary verb to negate, no name, no number, no clause to drop). The
errors are the ones issue 14 lists: a negation flipped, a clause deleted, a phrase added,
a name replaced, a number changed, a span left untranslated; swapped neighbours, "."
drafts and wrong-sentence drafts are made over whole documents by `check_realdata.py`.
Everything is deterministic: the same text gives the same perturbation.

    PYTHONPATH=. python3 benchmarks/perturb.py "The council will meet in Geneva on 12 May, officials said." en
"""

from __future__ import annotations

import re
import sys
import zlib
from typing import Callable

# English ------------------------------------------------------------------------------------

_AUXILIARY = re.compile(r"\b(is|are|was|were|can|could|will|would|should|must|may|might|has|have|had|does|do|did)\b(?! not\b)",
                        re.IGNORECASE)
_EN_NEGATION = re.compile(r"\s+not\b|n't\b", re.IGNORECASE)
_EN_NEGATED = {"can't": "can", "won't": "will", "don't": "do", "doesn't": "does", "didn't": "did", "isn't": "is",
               "aren't": "are", "wasn't": "was", "weren't": "were", "cannot": "can", "couldn't": "could",
               "shouldn't": "should", "wouldn't": "would", "hasn't": "has", "haven't": "have", "hadn't": "had"}
_EN_STOP = {"I", "The", "A", "An", "And", "But", "In", "On", "At", "It", "He", "She", "We", "They", "This", "That",
            "Mr", "Mrs", "Ms", "Dr", "OK", "TV"}
_EN_NAMES = ("Fernandez", "Okonkwo", "Lindqvist", "Marseille", "Tashkent", "Winnipeg", "Haraldsen", "Quezon")
_EN_PHRASES = (", according to officials in the capital,", ", despite strong objections from the opposition,",
               ", for the third time this year,", ", as most experts had predicted,")


def negate_en(text: str) -> str | None:
    """Drop the first negation, or else put "not" after the first auxiliary verb."""
    lowered = text.lower()
    for negated, plain in _EN_NEGATED.items():
        at = lowered.find(negated)
        if at >= 0 and re.match(r"\b", text[at - 1:at + 1] if at else " "):
            return text[:at] + _case(text[at:at + len(negated)], plain) + text[at + len(negated):]
    found = _EN_NEGATION.search(text)
    if found:
        return text[:found.start()] + text[found.end():]
    auxiliary = _AUXILIARY.search(text)
    if auxiliary is None:
        return None
    return text[:auxiliary.end()] + " not" + text[auxiliary.end():]


def drop_clause_en(text: str) -> str | None:
    """Delete the longest comma-delimited clause of four or more words from a sentence of twelve or more."""
    if len(text.split()) < 12:
        return None
    parts = text.split(", ")
    candidates = [k for k in range(1, len(parts)) if len(parts[k].split()) >= 4]
    if not candidates:
        return None
    k = max(candidates, key=lambda k: len(parts[k]))
    kept = parts[:k] + parts[k + 1:]
    result = ", ".join(kept)
    if k == len(parts) - 1:  # the last clause carried the sentence's final punctuation
        result = result.rstrip(",;: ") + _final(text)
    return result


def add_phrase_en(text: str) -> str | None:
    if len(text.split()) < 6:
        return None
    phrase = _pick(_EN_PHRASES, text)
    comma = text.find(", ")
    if comma > 0:
        return text[:comma] + phrase + " " + text[comma + 2:]
    body, final = _split_final(text)
    return body + phrase.rstrip(",") + final


def replace_name_en(text: str) -> str | None:
    """Replace the first capitalised word that does not start the sentence (a name, mostly)."""
    for found in re.finditer(r"(?<=[a-z,;:] )([A-Z][a-z]{2,})\b", text):
        if found.group(1) not in _EN_STOP:
            other = _pick([n for n in _EN_NAMES if n != found.group(1)], text)
            return text[:found.start(1)] + other + text[found.end(1):]
    return None


def change_number(text: str) -> str | None:
    """Change the last digit of the first number (5 -> 6, 9 -> 8)."""
    found = re.search(r"\d+", text)
    if found is None:
        return None
    digits = found.group(0)
    last = int(digits[-1])
    changed = digits[:-1] + str(last + 1 if last < 9 else 8)
    return text[:found.start()] + changed + text[found.end():]


def untranslate_en(text: str, source: str) -> str | None:
    """The draft's last clause replaced with the source's last clause (Chinese left in an English draft)."""
    source_clauses = [c for c in re.split(r"[，,；;]", _split_final(source)[0]) if len(c) >= 4]
    parts = text.split(", ")
    if not source_clauses or len(parts) < 2:
        return None
    return ", ".join(parts[:-1]) + ", " + source_clauses[-1] + _final(text)


# Chinese ------------------------------------------------------------------------------------

_ZH_NEGATED = (("没有", "有"), ("不是", "是"), ("不会", "会"), ("不能", "能"), ("并不", "并"), ("不要", "要"), ("未", "已"))
_ZH_NAMES = ("费尔南德斯", "温尼伯", "塔什干", "奥孔科沃", "林德奎斯特")
_ZH_PHRASES = ("，据首都官员透露，", "，尽管反对派强烈反对，", "，这已是今年第三次，")


def negate_zh(text: str) -> str | None:
    """Drop a negation (没有 -> 有, 不是 -> 是), or else put 不 before the first verb."""
    for negated, plain in _ZH_NEGATED:
        at = text.find(negated)
        if at >= 0:
            return text[:at] + plain + text[at + len(negated):]
    import jieba.posseg

    position = 0
    for word in jieba.posseg.cut(text):
        if word.flag == "v" and len(word.word) >= 2 and not text[max(position - 1, 0):position] in "不没未无非别勿否":
            return text[:position] + "不" + text[position:]
        position += len(word.word)
    return None


def drop_clause_zh(text: str) -> str | None:
    if len(text) < 20:
        return None
    body, final = _split_final(text)
    parts = body.split("，")
    candidates = [k for k in range(1, len(parts)) if len(parts[k]) >= 6]
    if not candidates:
        return None
    k = max(candidates, key=lambda k: len(parts[k]))
    return "，".join(parts[:k] + parts[k + 1:]) + final


def add_phrase_zh(text: str) -> str | None:
    if len(text) < 10:
        return None
    phrase = _pick(_ZH_PHRASES, text)
    comma = text.find("，")
    if comma > 0:
        return text[:comma] + phrase + text[comma + 1:]
    body, final = _split_final(text)
    return body + phrase.rstrip("，") + final


def replace_name_zh(text: str) -> str | None:
    """Replace the first person or place name jieba tags (nr, ns) with another name."""
    import jieba.posseg

    position = 0
    for word in jieba.posseg.cut(text):
        if word.flag in ("nr", "ns") and len(word.word) >= 2:
            other = _pick([n for n in _ZH_NAMES if n != word.word], text)
            return text[:position] + other + text[position + len(word.word):]
        position += len(word.word)
    return None


def untranslate_zh(text: str, source: str) -> str | None:
    """The draft's last clause replaced with the English source's last clause."""
    source_clauses = [c.strip() for c in _split_final(source)[0].split(",") if len(c.split()) >= 3]
    body, final = _split_final(text)
    parts = body.split("，")
    if not source_clauses or len(parts) < 2:
        return None
    return "，".join(parts[:-1]) + "，" + source_clauses[-1] + final


# ---------------------------------------------------------------------------------------------

Perturbation = Callable[[str, str], "str | None"]  # (segment, its source) -> perturbed segment

PERTURBATIONS: dict[str, dict[str, Perturbation]] = {
    "en": {
        "negation": lambda text, source: negate_en(text),
        "deleted clause": lambda text, source: drop_clause_en(text),
        "added phrase": lambda text, source: add_phrase_en(text),
        "replaced name": lambda text, source: replace_name_en(text),
        "changed number": lambda text, source: change_number(text),
        "untranslated span": untranslate_en,
    },
    "zh": {
        "negation": lambda text, source: negate_zh(text),
        "deleted clause": lambda text, source: drop_clause_zh(text),
        "added phrase": lambda text, source: add_phrase_zh(text),
        "replaced name": lambda text, source: replace_name_zh(text),
        "changed number": lambda text, source: change_number(text),
        "untranslated span": untranslate_zh,
    },
}


def _pick(choices, text: str):
    return choices[zlib.crc32(text.encode("utf-8")) % len(choices)]


_FINAL = re.compile(r"[.!?。！？\"”’」』)）]*\s*$")


def _split_final(text: str) -> tuple[str, str]:
    found = _FINAL.search(text)
    return text[:found.start()], text[found.start():]


def _final(text: str) -> str:
    return _split_final(text)[1]


def _case(original: str, replacement: str) -> str:
    return replacement.capitalize() if original[:1].isupper() else replacement


def main() -> int:
    text, lang = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "en"
    source = sys.argv[3] if len(sys.argv) > 3 else ""
    for name, perturb in PERTURBATIONS[lang].items():
        print(f"{name:18} {perturb(text, source)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The draft aligned to the reference segments (and through them to the source).

`align_draft` runs the document-level aligner with the draft's sentences on one side
and the reference segments on the other (two views when both reference and source
are known: a bead's cost is the mean of its dissimilarities to both), checks each
bead of several segments or sentences by leaving its first and last one out, and
turns the beads into `AlignedSpan`s: segment ids, the draft's character span, the
three texts and their similarities. A segment with no draft text is an omission, a
draft sentence with no segment an addition; both stay in the alignment as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

from ..docalign import DEFAULT_PARAMS, DocAlignParams, align, encode_sentences
from ..embed.base import Embedder, encode_joined
from ..segment import is_cjk_language, split_sentences
from .draft import Draft

# A bead's first or last segment (or draft sentence) that adds nothing to the similarity
# of the bead's two sides is split off as an omission (or addition): the aligner folds
# a lone sentence into a neighbour when that is cheaper than leaving it out, and the
# similarity without it tells the two apart. The gain is the change in cosine when the
# part is left out, divided by the part's share of its side's text (mean over sides).
# benchmarks/check_leave_out.py prints the gains on the seed's drafts and candidates: with
# a reference, parts that belong to their bead gain at least 0.056 and folded-in strangers
# at most -0.046. Against the source alone (across languages) the two overlap: strangers
# gain at most -0.115, most real parts at least -0.022, but one half of a long sentence
# split in two -0.188; a check without a reference may report such a half as added.
LEAVE_OUT = {"reference": 0.0, "source": -0.1}
_MIN_SHARE = 0.05  # a part's share of the text is taken to be at least this
# Stray sentences tried together: a list item too short to move the similarity on its
# own (a word or two) joins with the items after it.
_LOOKAHEAD = 4
NEARBY = 128  # segments either side searched for one that the draft text matches better than its own
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,3}[.)]|[(（]\s*(?:\d{1,3}|[IVXLCivxlc]+|[一二三四五六七八九十]+)\s*[)）]"
                         r"|[一二三四五六七八九十]+、|[IVXLC]+\.)\s*")


Bead = tuple[tuple[int, ...], tuple[int, ...]]
Text = tuple[tuple[str, ...], str]  # parts and the joiner that makes them one text


@dataclass(frozen=True)
class Unit:
    """One segment on the reference side: its id and texts (None for a side not given)."""

    id: str
    reference: str | None
    source: str | None


@dataclass(frozen=True)
class AlignedSpan:
    ids: tuple[str, ...]  # empty: an addition
    sentences: tuple[int, ...]  # draft sentence indices; empty: an omission
    start: int  # draft character span; an omission sits where the text would be (start == end)
    end: int
    draft: str
    reference: str | None  # None when no reference is known (or for an addition)
    source: str | None
    similarity_reference: float | None = None  # cosine of draft and reference, when both exist
    similarity_source: float | None = None
    # Per draft sentence: the segment nearby (within NEARBY) it matches best other than the
    # span's own, that cosine, and its best cosine with the span's own segments; against
    # the references and against the sources (empty for a side not known).
    elsewhere_reference: tuple[tuple[str, float, float], ...] = ()
    elsewhere_source: tuple[tuple[str, float, float], ...] = ()

    @property
    def aligned(self) -> bool:
        return bool(self.ids and self.sentences)


def joiner(lang: str) -> str:
    return "" if is_cjk_language(lang) else " "


def joined(texts: Sequence[str], lang: str) -> str:
    """A span's sentences as one text. Chinese joins with nothing, except where Latin script or
    digits meet across the cut: "卢比." and "100贿赂" are "卢比. 100贿赂", not the 卢比.100 that
    reads no number."""
    if not is_cjk_language(lang):
        return " ".join(texts)
    text = ""
    for piece in texts:
        if text and piece and text[-1].isascii() and not text[-1].isspace() and piece[0].isascii() and piece[0].isalnum():
            text += " "
        text += piece
    return text


def align_draft(
    draft: Draft,
    units: Sequence[Unit],
    embedder: Embedder,
    *,
    source_lang: str,
    params: DocAlignParams = DEFAULT_PARAMS,
) -> tuple[AlignedSpan, ...]:
    sentences = [_meaning(s.text) for s in draft.sentences]
    sides = [(name, lang) for name, lang in (("reference", draft.lang), ("source", source_lang))
             if getattr(units[0], name) is not None]
    unit_texts = {name: [_meaning(getattr(u, name) or "") for u in units] for name, _ in sides}
    parts = {name: [split_sentences(text, lang) for text in unit_texts[name]] for name, lang in sides}
    views = [encode_sentences(unit_texts[name], embedder, joiner=joiner(lang), parts=parts[name]) for name, lang in sides]
    right = encode_sentences(sentences, embedder, joiner=joiner(draft.lang))
    # a unit that is a whole paragraph may need more draft sentences than the default bead allows
    longest = max(len(sentences) for sentences in parts[sides[0][0]])
    params = replace(params, max_bead=max(params.max_bead, longest + 3))
    beads = [(bead.left, bead.right) for bead in align(views, right, params)]

    @lru_cache(maxsize=None)
    def vector(text: Text) -> np.ndarray:
        """The vector of the text's parts joined, as the aligner encoded them."""
        parts, glue = text
        return embedder.encode(parts)[0] if len(parts) == 1 else encode_joined(embedder, [parts], glue)[0]

    def texts(bead: Bead) -> list[tuple[Text, Text]]:
        """(draft text, segment text) per side of the bead."""
        draft_text = (tuple(sentences[j] for j in bead[1]), joiner(draft.lang))
        return [(draft_text, (tuple(unit_texts[name][i] for i in bead[0]), joiner(lang))) for name, lang in sides]

    def length(text: Text) -> int:
        return len(text[1].join(text[0]))

    def gain(bead: Bead, trimmed: Bead, side: int) -> float:
        """What the part of `bead` missing from `trimmed` adds to its similarity, per unit of
        that part's share of the text (a short sentence moves the cosine less), mean over sides."""
        gains = []
        for whole, rest in zip(texts(bead), texts(trimmed)):
            share = 1 - length(rest[side]) / max(length(whole[side]), 1)
            change = float(vector(whole[0]) @ vector(whole[1]) - vector(rest[0]) @ vector(rest[1]))
            gains.append(change / max(share, _MIN_SHARE))
        return float(np.mean(gains))

    def cosine(a: Text, b: Text) -> float | None:
        return float(vector(a) @ vector(b)) if a[0] and b[0] and length(a) and length(b) else None

    plain = {name: np.asarray(embedder.encode(unit_texts[name]), np.float32) for name, _ in sides}  # cached above

    def elsewhere(bead: Bead, name: str) -> tuple[tuple[str, float, float], ...]:
        left = bead[0]
        lo, hi = max(0, left[0] - NEARBY), min(len(units), left[-1] + NEARBY + 1)
        if name not in plain or hi - lo == len(left):
            return ()
        similarities = np.asarray(right.vectors, np.float32)[list(bead[1])] @ plain[name][lo:hi].T  # (sentences, units)
        own = similarities[:, left[0] - lo:left[-1] + 1 - lo].max(axis=1)
        similarities[:, left[0] - lo:left[-1] + 1 - lo] = -np.inf
        best = similarities.argmax(axis=1)
        return tuple((units[lo + b].id, float(similarities[k, b]), float(own[k])) for k, b in enumerate(best))

    spans = []
    position = 0
    threshold = LEAVE_OUT[sides[0][0]]
    pieces = _absorb([piece for bead in beads for piece in _leave_out(bead, gain, threshold)], gain, threshold)
    for left, right_ in pieces:
        chosen = [draft.sentences[j] for j in right_]
        start, end = (chosen[0].start, chosen[-1].end) if chosen else (position, position)
        position = end
        picked = [units[i] for i in left]
        text = joined([s.text for s in chosen], draft.lang)
        reference = joined([u.reference or "" for u in picked], draft.lang) if picked and picked[0].reference is not None else None
        source = joined([u.source or "" for u in picked], source_lang) if picked and picked[0].source is not None else None
        meant = texts((left, right_)) if left and right_ else []
        similarity = dict(zip([name for name, _ in sides], (cosine(*pair) for pair in meant)))
        spans.append(AlignedSpan(tuple(u.id for u in picked), right_, start, end, text, reference, source,
                                 similarity.get("reference"), similarity.get("source"),
                                 *((elsewhere((left, right_), name) if meant else ()) for name in ("reference", "source"))))
    return tuple(spans)


def _meaning(text: str) -> str:
    """The text without its leading enumerator: what the embedding compares ("1." against
    "一、" is the number check's business, and a list number moves a short sentence's vector)."""
    return _ENUMERATOR.sub("", text, count=1) or text


def _leave_out(bead: Bead, gain: Callable[[Bead, Bead, int], float], threshold: float) -> list[Bead]:
    """The bead, with a first or last segment or sentence split off when it adds nothing to the match."""
    left, right = bead
    if not left or not right:
        return [bead]
    for side in (0, 1):
        items = bead[side]
        if len(items) < 2:
            continue
        for edge, rest in ((items[:1], items[1:]), (items[-1:], items[:-1])):
            trimmed = (rest, right) if side == 0 else (left, rest)
            if gain(bead, trimmed, 1 - side) < threshold:
                alone = (edge, ()) if side == 0 else ((), edge)
                return [alone, trimmed] if edge == items[:1] else [trimmed, alone]
    return [bead]


def _absorb(pieces: list[Bead], gain: Callable[[Bead, Bead, int], float], threshold: float) -> list[Bead]:
    """Draft sentences left without a segment join the bead before or after them when they
    add to its match (the leave-out test run the other way): a segment rendered as more
    sentences than a bead holds, a list of many items, comes out whole."""
    out: list[Bead] = []
    k = 0
    while k < len(pieces):
        if pieces[k][0] or not pieces[k][1]:
            out.append(pieces[k])
            k += 1
            continue
        end = k
        while end < len(pieces) and not pieces[end][0] and pieces[end][1]:
            end += 1
        strays = tuple(j for piece in pieces[k:end] for j in piece[1])
        before = out.pop() if out and out[-1][0] and out[-1][1] else None
        after = pieces[end] if end < len(pieces) and pieces[end][1] else None
        while strays:
            forward = _grow(before, strays, gain, threshold, forward=True)
            backward = _grow(after, strays, gain, threshold, forward=False)
            if forward is not None and (backward is None or forward[0] >= backward[0]):
                before, strays = forward[1], strays[len(forward[1][1]) - len(before[1]):]
            elif backward is not None:
                after, strays = backward[1], strays[:len(strays) - (len(backward[1][1]) - len(after[1]))]
            else:
                break
        out += [before] if before is not None else []
        out += [((), (j,)) for j in strays]
        if after is not None:
            out.append(after)
            end += 1
        k = end
    return out


def _grow(bead: Bead | None, strays: tuple[int, ...], gain: Callable[[Bead, Bead, int], float], threshold: float,
          *, forward: bool) -> tuple[float, Bead] | None:
    """The bead grown by the fewest strays next to it (up to _LOOKAHEAD) that add to its match, and their gain."""
    if bead is None:
        return None
    for t in range(1, min(_LOOKAHEAD, len(strays)) + 1):
        grown = (bead[0], bead[1] + strays[:t]) if forward else (bead[0], strays[-t:] + bead[1])
        if (value := gain(grown, bead, 0)) >= threshold:
            return value, grown
    return None

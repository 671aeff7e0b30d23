"""Where systems win and lose: scores by reference length (source length when there is
no reference) and by paragraph, the worst
segments per system, and the segments where a system differs most from the baseline.

Bucket scores are corpus scores of the bucket's rows of cached statistics (so a
bucket's BLEU is sacrebleu's corpus BLEU on those segments, not an average of
sentence BLEU, and 0 for a bucket of candidates under 4 words: `Bucket.short`);
segments are ranked by the first metric's segment scores.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Sequence

import numpy as np

from .metrics import LOWER_IS_BETTER
from .metrics.sacrebleu_metrics import without_top_order
from .scoring import ScoreResult

# Reference length bucket edges (lower bounds): words for spaced languages, characters
# for Chinese, whose sentences run about 1.5 characters per English word.
WORD_EDGES = (0, 10, 20, 30, 40)
CHAR_EDGES = (0, 15, 30, 45, 60)
TOP = 10


@dataclass(frozen=True)
class Bucket:
    label: str
    n: int
    scores: dict[str, dict[str, float]]  # system -> metric -> corpus score of the bucket
    # systems whose BLEU here is 0 only because their candidates are under 4 words (no 4-grams)
    short: tuple[str, ...] = ()


@dataclass(frozen=True)
class SegmentRef:
    index: int
    id: str
    scores: dict[str, float]  # system -> primary metric segment score
    texts: dict[str, str]  # system -> candidate


@dataclass(frozen=True)
class Difference:
    system: str
    baseline: str
    segments: tuple[SegmentRef, ...]  # largest |system - baseline| first


@dataclass(frozen=True)
class Analysis:
    primary: str
    length_of: str  # "reference", or "source" when scoring without a reference
    length_unit: str
    by_length: tuple[Bucket, ...]
    by_paragraph: tuple[Bucket, ...] | None
    worst: dict[str, tuple[SegmentRef, ...]]  # system -> its worst segments, worst first
    differences: tuple[Difference, ...]

    def as_json(self, result: ScoreResult) -> dict[str, Any]:
        refs = result.references[0] if result.references else None

        def segment(ref: SegmentRef) -> dict[str, Any]:
            return {**asdict(ref), "ref": refs[ref.index] if refs is not None else None}

        return {
            "primary_metric": self.primary,
            "length_of": self.length_of,
            "length_unit": self.length_unit,
            "by_length": [asdict(b) for b in self.by_length],
            "by_paragraph": [asdict(b) for b in self.by_paragraph] if self.by_paragraph is not None else None,
            "worst_segments": {name: [segment(s) for s in refs_] for name, refs_ in self.worst.items()},
            "largest_differences": [
                {"system": d.system, "baseline": d.baseline, "segments": [segment(s) for s in d.segments]}
                for d in self.differences
            ],
        }


def segment_lengths(result: ScoreResult) -> tuple[np.ndarray, str, str]:
    """(lengths, of what, unit): the first reference's, or the source's when there is none."""
    if result.references:
        texts, of, lang = result.references[0], "reference", result.reference.target_lang
    else:
        texts, of, lang = result.sources or (), "source", result.reference.source_lang
    if lang == "zh":
        return np.array([len("".join(text.split())) for text in texts]), of, "characters"
    return np.array([len(text.split()) for text in texts]), of, "words"


def _labels(edges: Sequence[int]) -> list[str]:
    return [f"{lo}-{hi - 1}" for lo, hi in zip(edges, edges[1:])] + [f"{edges[-1]}+"]


def _bucket(result: ScoreResult, label: str, rows: np.ndarray) -> Bucket:
    return Bucket(
        label=label,
        n=int(len(rows)),
        scores={
            system.name: {m: round(float(result.scorers[m].corpus_score(system.stats[m][rows])), 4)
                          for m in result.metrics}
            for system in result.systems
        },
        short=tuple(system.name for system in result.systems
                    if "bleu" in result.metrics and without_top_order(system.stats["bleu"][rows])),
    )


def _segment(result: ScoreResult, index: int, systems: Sequence[str], primary: str) -> SegmentRef:
    return SegmentRef(
        index=index,
        id=result.ids[index],
        scores={s: round(float(result.system(s).segments[primary][index]), 4) for s in systems},
        texts={s: result.system(s).hypotheses[index] for s in systems},
    )


def analyse(result: ScoreResult, *, baseline: str | None = None, top: int = TOP) -> Analysis:
    primary = result.metrics[0]
    lengths, length_of, unit = segment_lengths(result)
    edges = CHAR_EDGES if unit == "characters" else WORD_EDGES
    which = np.searchsorted(edges, lengths, side="right") - 1
    by_length = tuple(
        _bucket(result, label, np.flatnonzero(which == i))
        for i, label in enumerate(_labels(edges)) if np.any(which == i)
    )
    by_paragraph = None
    if result.paragraphs is not None:
        paragraphs = np.array(result.paragraphs)
        by_paragraph = tuple(
            _bucket(result, str(p), np.flatnonzero(paragraphs == p)) for p in sorted(set(result.paragraphs))
        )
    # worst first: lowest score, or highest for error rates; ties in reference order
    sign = -1.0 if primary in LOWER_IS_BETTER else 1.0
    worst = {}
    for system in result.systems:
        order = np.argsort(sign * system.segments[primary], kind="stable")[:top]
        worst[system.name] = tuple(_segment(result, int(i), [system.name], primary) for i in order)
    baseline = baseline or result.systems[0].name
    base = result.system(baseline).segments[primary]
    differences = []
    for system in result.systems:
        if system.name == baseline:
            continue
        delta = np.abs(system.segments[primary] - base)
        order = np.argsort(-delta, kind="stable")[:top]
        differences.append(Difference(
            system=system.name,
            baseline=baseline,
            segments=tuple(_segment(result, int(i), [baseline, system.name], primary) for i in order),
        ))
    return Analysis(primary=primary, length_of=length_of, length_unit=unit, by_length=by_length, by_paragraph=by_paragraph,
                    worst=worst, differences=tuple(differences))

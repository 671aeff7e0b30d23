"""A metric plugin as a third party would write one, outside evalkit (see docs/metrics.md)."""

from __future__ import annotations

from typing import Sequence

from evalkit.metrics import SegmentScoreMetric


class WordOverlap(SegmentScoreMetric):
    """Share of the reference's words found in the candidate (the 'model' is a set intersection)."""

    def __init__(self, spec, settings) -> None:
        super().__init__(spec.text, settings, needs_reference=True, needs_source=False)
        self.model_id = "toy-overlap-v1"
        self.calls = 0

    def predict(self, sources, hypotheses: Sequence[str], references: Sequence[str] | None) -> list[float]:
        self.calls += 1
        return [len(set(h.split()) & set(r.split())) / len(set(r.split())) for h, r in zip(hypotheses, references)]


def make_overlap(spec, settings) -> WordOverlap:
    return WordOverlap(spec, settings)


class MissingWords(WordOverlap):
    """Words of the reference the candidate lacks: an error count, lower is better."""

    def __init__(self, spec, settings) -> None:
        super().__init__(spec, settings)
        self.model_id = "toy-missing-v1"

    def predict(self, sources, hypotheses, references):
        return [len(set(r.split()) - set(h.split())) / 100 for h, r in zip(hypotheses, references)]


def make_missing(spec, settings) -> MissingWords:
    return MissingWords(spec, settings)


make_missing.lower_is_better = True


def make_broken(spec, settings) -> object:
    return object()

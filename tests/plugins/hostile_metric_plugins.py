"""Metric plugins that misbehave, one way each (the hostile-input suite, issue 15 item 7).

Whatever a plugin does, evalkit ends in one `evalkit: error:` line naming the plugin
and what it returned, with exit 2: the plugin's mistake is not a bug in evalkit.
"""

from __future__ import annotations

import math
from typing import Callable, Sequence

from evalkit.metrics import SegmentScoreMetric

not_callable = 5  # a factory that is no function


def raises(spec, settings):
    raise ValueError("no model at /models/x")


class Returns(SegmentScoreMetric):
    """A well-formed plugin whose `predict` returns what `answer` makes of the candidates."""

    def __init__(self, spec, settings, answer: Callable[[Sequence[str]], object]) -> None:
        super().__init__(spec.text, settings, needs_reference=True, needs_source=False)
        self.model_id = f"hostile-{spec.kind.split(':')[-1]}"
        self.answer = answer

    def predict(self, sources, hypotheses, references):
        return self.answer(hypotheses)


def _out_of_memory(hypotheses):
    raise RuntimeError("CUDA out of memory")


def predict_raises(spec, settings):
    return Returns(spec, settings, _out_of_memory)


def strings(spec, settings):
    return Returns(spec, settings, lambda hyps: ["good"] * len(hyps))


def numbers_as_strings(spec, settings):
    return Returns(spec, settings, lambda hyps: ["0.5"] * len(hyps))


def generator(spec, settings):
    return Returns(spec, settings, lambda hyps: (0.5 for _ in hyps))


def nan(spec, settings):
    return Returns(spec, settings, lambda hyps: [math.nan] * len(hyps))


def inf(spec, settings):
    return Returns(spec, settings, lambda hyps: [math.inf] * len(hyps))


class RawStats:
    """A plugin on the bare Metric protocol whose statistics are NaN."""

    needs_reference, needs_source = True, False

    def __init__(self, spec, settings) -> None:
        self.name = spec.text

    def segment_stats(self, data):
        return [[math.nan] for _ in data.hypotheses]

    def corpus_score(self, stats):
        return 50.0

    def segment_scores(self, stats):
        return [50.0] * len(stats)

    def signature(self):
        return "model:raw-nan"


def raw_nan_stats(spec, settings):
    return RawStats(spec, settings)

"""Embedding similarity: cosine of candidate and reference (`embed`) or source (`embed_src`).

The statistics are one cosine per segment, so the corpus score is a plain mean and
bootstrap resampling works on them unchanged. Scores are cosine x 100, on the same
0-100 scale as BLEU and chrF.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from ..embed import DEFAULT_EMBEDDER, CachingEmbedder, normalise_rows, shared_embedder
from ..errors import ConfigError
from .base import MeanOfScores, MetricInput, MetricSettings


class EmbeddingMetric(MeanOfScores):
    zero_untranslated = True  # the source copied would score near 100 on embed_src (see Metric)

    def __init__(self, name: str, settings: MetricSettings, *, against_source: bool) -> None:
        self.name = name
        self.needs_reference = not against_source
        self.needs_source = against_source
        self._spec = settings.embedder or DEFAULT_EMBEDDER
        self._cache_dir = settings.embed_cache_dir
        self._use_cache = settings.embed_cache
        self.embedder  # resolve the model now: a bad spec fails before any scoring

    @cached_property
    def embedder(self) -> CachingEmbedder:
        return shared_embedder(self._spec, self._cache_dir, self._use_cache)

    def segment_stats(self, data: MetricInput) -> np.ndarray:
        # Rows are normalised here too: a cosine must not depend on a backend keeping its promise.
        hyps = normalise_rows(self.embedder.encode(data.hypotheses))
        if self.needs_source:
            if data.sources is None:
                raise ConfigError(f"{self.name} compares candidates with the source: give --src (or a reference set and --lang)")
            others = [data.sources]
        else:
            others = list(data.references)
        # With several references a candidate is as good as its closest one.
        cosines = np.max([np.sum(hyps * normalise_rows(self.embedder.encode(stream)), axis=1) for stream in others],
                         axis=0)
        # An empty candidate says nothing: it scores 0 as in BLEU/chrF, not the cosine of a blank's vector.
        cosines[[not text.strip() for text in data.hypotheses]] = 0.0
        return np.clip(cosines, -1.0, 1.0).astype(np.float64).reshape(-1, 1)

    def signature(self) -> str:
        # With several references the closest one counts (agg:max); empty and untranslated
        # candidate segments score 0 (untr:0).
        against = "vs:src" if self.needs_source else "vs:ref|agg:max"
        return f"model:{self.embedder.model_id}|{against}|untr:0|scale:{self.SCALE:g}"


def make_embed(settings: MetricSettings) -> EmbeddingMetric:
    return EmbeddingMetric("embed", settings, against_source=False)


def make_embed_src(settings: MetricSettings) -> EmbeddingMetric:
    return EmbeddingMetric("embed_src", settings, against_source=True)

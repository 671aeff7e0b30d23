"""The one protocol every metric follows.

Like sacrebleu, a metric first turns each segment into a row of sufficient
statistics; corpus scores, sentence scores and resamples are all computed from
those rows, so texts are tokenised (or embedded) once however often we resample.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, Sequence

import numpy as np

if TYPE_CHECKING:
    from ..embed.base import Embedder


@dataclass(frozen=True)
class MetricInput:
    hypotheses: Sequence[str]
    # Reference streams: references[k][i] is the k-th reference of segment i; empty if none.
    references: Sequence[Sequence[str]]
    sources: Sequence[str] | None = None


@dataclass(frozen=True)
class MetricSettings:
    """Everything the metric factories may need; each takes what it uses."""

    target_lang: str | None = None
    source_lang: str | None = None
    tokenize: str | None = None  # a sacrebleu tokenizer name or "jieba"; None = by target language
    lowercase: bool = False  # BLEU and chrF; TER is case-insensitive unless ter_case_sensitive, as in sacrebleu
    ter_case_sensitive: bool = False
    embedder: str | Embedder | None = None  # embedding model spec, or an Embedder (embedding metrics)
    embed_cache_dir: str | None = None  # None: the user cache directory
    embed_cache: bool = True  # False: never read or write the on-disk embedding cache
    normalisation: str = "none"  # text normalisation applied before scoring, for signatures


class Metric(Protocol):
    name: str
    needs_reference: bool
    needs_source: bool
    # Optional: True when corpus_score(rows) == corpus_score(rows.sum(axis=0, keepdims=True)),
    # as for count statistics (BLEU, chrF, TER). Resampling may then sum rows with matrix
    # products instead of materialising every resample. Absent means False (e.g. a mean).
    # Whether lower scores are better is declared by a plugin's factory (specs.py), not here.
    # Optional: `prepare(references, sources)`, called once with the whole corpus before
    # any signature or statistics are asked for, when rows depend on more than their own
    # segment (BERTScore's idf weights): statistics are computed in shards and only for
    # segments not in the cache, so a metric must never learn corpus facts from them.
    # Optional: `parallel = True` when segment_stats is plain CPU work that worker processes
    # may run on shards of segments, each rebuilding the metric by name from MetricSettings
    # (sacrebleu's metrics). Absent means False: the driver process runs it (a model with
    # its own threads or device: embeddings, neural metrics). With it, optionally `row_cost`:
    # the time of one row relative to BLEU's (default 1), so that a few thousand rows of a
    # slow metric (TER) are worth the workers' start-up while as many of BLEU's are not.
    # Optional: `zero_untranslated = True` when a candidate segment that is no translation
    # (copied from the source, or in its language: langcheck.untranslated) must score 0
    # rather than what the statistics say (embeddings: the source copied is close to itself).
    # Scoring zeroes those rows after the statistics, which stay a pure function of the texts.

    def segment_stats(self, data: MetricInput) -> np.ndarray:
        """(n_segments, k) array of sufficient statistics; a pure function of the input."""

    def corpus_score(self, stats: np.ndarray) -> float:
        """Corpus score of any set of rows (the whole test set or a resample)."""

    def segment_scores(self, stats: np.ndarray) -> np.ndarray:
        """One score per row."""

    def signature(self) -> str:
        """Everything that determines the numbers, as `key:value|key:value`."""


class MeanOfScores:
    """Aggregation for metrics whose row is one score per segment (embeddings, neural models):
    the corpus score is the mean, both on a 0-100 scale."""

    SCALE = 100.0

    def corpus_score(self, stats: np.ndarray) -> float:
        return float(self.SCALE * stats[:, 0].mean()) if len(stats) else 0.0

    def segment_scores(self, stats: np.ndarray) -> np.ndarray:
        return self.SCALE * stats[:, 0]

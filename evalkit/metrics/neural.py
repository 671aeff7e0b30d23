"""Metrics that score each segment with a model: COMET, BERTScore, and plugins built on them.

A row is the model's score of one segment on the model's own scale (COMET and
BERTScore: about 0-1); the corpus score is the mean x 100, as for embeddings, so
bootstrap resampling, reports and the gate treat them like any other metric.
The rows are cached like every metric's statistics (stats_cache.py, keyed by the
signature, which holds the model id, and the texts): an unchanged segment is never
scored twice, and a second run over the same systems loads no model at all.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from ..embed.st import _fingerprint, _looks_like_path
from ..errors import BackendUnavailable, ConfigError, PluginError
from .base import MeanOfScores, MetricInput, MetricSettings
from .plugin import checked_numbers


class SegmentScoreMetric(MeanOfScores):
    """Base for a metric that scores each (source, candidate, reference) on its own.

    Subclasses set `model_id` (everything that determines the scores: model, version,
    options) and implement `predict`. Empty candidates score 0 without a model call;
    with several references a candidate is as good as its best-scoring one.
    """

    model_id: str

    def __init__(self, name: str, settings: MetricSettings, *, needs_reference: bool, needs_source: bool) -> None:
        self.name = name
        self.needs_reference = needs_reference
        self.needs_source = needs_source

    def predict(self, sources: Sequence[str] | None, hypotheses: Sequence[str],
                references: Sequence[str] | None) -> Sequence[float]:
        """One score per candidate (sources/references None when the metric does not use them)."""
        raise NotImplementedError

    def segment_stats(self, data: MetricInput) -> np.ndarray:
        sources = data.sources if self.needs_source else None
        if self.needs_source and sources is None:
            raise ConfigError(f"{self.name} compares candidates with the source: give --src, or a reference set and --lang")
        streams = list(data.references) if self.needs_reference else [None]
        scores = np.max([self._scores(sources, data.hypotheses, refs) for refs in streams], axis=0)
        return scores.reshape(-1, 1)

    def _scores(self, sources: Sequence[str] | None, hypotheses: Sequence[str],
                references: Sequence[str] | None) -> np.ndarray:
        rows = [i for i, hyp in enumerate(hypotheses) if hyp.strip()]
        scores = np.zeros(len(hypotheses), dtype=np.float64)
        if rows:

            def pick(texts: Sequence[str] | None) -> list[str] | None:
                return [texts[i] for i in rows] if texts is not None else None

            fresh = checked_numbers(self.name, "predict", self.predict(pick(sources), pick(hypotheses),
                                                                       pick(references)), dims=1)
            if fresh.shape != (len(rows),):
                raise PluginError(f"metric plugin {self.name!r}: predict returned {fresh.size} scores for "
                                  f"{len(rows)} segments")
            scores[rows] = fresh
        return scores

    def signature(self) -> str:
        against = "vs:src" if not self.needs_reference else "vs:ref+src" if self.needs_source else "vs:ref"
        agg = "|agg:max" if self.needs_reference else ""
        return f"model:{self.model_id}|{against}{agg}|scale:{self.SCALE:g}"


def hub_hint(name: str) -> str:
    return f"download it once while online (hf download {name}) or pass a local path"


def local_model_dir(kind: str, name: str, marker: str) -> tuple[Path, str]:
    """(directory holding `marker`, model id) of a model given by path or hub name, never downloading.

    A hub name must already be in the local Hugging Face cache: evalkit does not fetch
    weights in the middle of a scoring run, and an offline machine would only retry.
    """
    depth = len(Path(marker).parts) - 1
    path = Path(name).expanduser()
    if path.exists():
        directory = path if path.is_dir() else path.parents[depth]
        if not (directory / marker).is_file():
            raise BackendUnavailable(f"{kind}:{name}: expected {marker} there")
        return directory, f"{'/'.join(directory.resolve().parts[-2:])}#{_fingerprint(directory)}"
    if _looks_like_path(name):
        raise BackendUnavailable(f"{kind}:{name}: no such file or directory")
    found = _hub_file(name, marker)
    if found is None:
        raise BackendUnavailable(f"{kind} model {name!r} is not in the local Hugging Face cache; {hub_hint(name)}")
    directory = found.parents[depth]
    return directory, f"{name}@{directory.name[:12]}"


def _hub_file(name: str, filename: str) -> Path | None:
    try:
        from huggingface_hub import try_to_load_from_cache

        found = try_to_load_from_cache(name, filename)
    except Exception:  # not installed, or an id the hub library rejects: not in the cache either
        return None
    return Path(found) if isinstance(found, str) else None


@contextmanager
def hub_offline() -> Iterator[None]:
    """No hub requests while a model loads: what is not local fails at once instead of retrying."""
    saved = {var: os.environ.get(var) for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    os.environ.update({var: "1" for var in saved})
    try:
        yield
    finally:
        for var, value in saved.items():
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value


def torch_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"

"""BERTScore through the bert-score package: `bertscore:<hub name or model dir>?layer=N&idf=yes&rescale=yes&batch=N`.

The segment score is BERTScore F1 (greedy token matching of contextual embeddings of
candidate and reference) x 100. `layer` defaults to bert-score's tuned layer for known
hub models and must be given for a local model; `idf` weights tokens by their inverse
document frequency over the references being scored; `rescale` (off by default)
applies bert-score's published baseline for the target language, which exists only
for the hub models it lists.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from functools import cached_property
from typing import Any, Sequence

import numpy as np

from ..errors import BackendUnavailable, ConfigError
from .base import MetricInput, MetricSettings
from .neural import SegmentScoreMetric, hub_offline, local_model_dir, torch_device
from .specs import MetricSpec

INSTALL_HINT = "install evalkit's bertscore extra, CPU torch first (see the README's Setup)"
DEFAULT_BATCH = 64


def make_bertscore(spec: MetricSpec, settings: MetricSettings) -> BertScoreMetric:
    return BertScoreMetric(spec, settings)


class BertScoreMetric(SegmentScoreMetric):
    def __init__(self, spec: MetricSpec, settings: MetricSettings) -> None:
        spec.check_options(("layer", "idf", "rescale", "batch"))
        if importlib.util.find_spec("bert_score") is None or importlib.util.find_spec("torch") is None:
            raise BackendUnavailable(f"metric {spec.text!r} needs bert-score and torch: {INSTALL_HINT}")
        super().__init__(spec.text, settings, needs_reference=True, needs_source=False)
        self._name = spec.argument or ""
        self._directory, model = local_model_dir("bertscore", self._name, "config.json")
        from bert_score.utils import model2layers

        self._layer = spec.integer("layer", model2layers.get(self._name), minimum=0)
        if self._layer is None:
            raise ConfigError(f"metric {spec.text!r}: bert-score has no tuned layer for this model; "
                              f"give one: bertscore:{self._name}?layer=N")
        self._idf = spec.flag("idf")
        self._batch = spec.integer("batch", DEFAULT_BATCH)
        self._rescale_lang = (settings.target_lang or "").split("-")[0] if spec.flag("rescale") else None
        self._baseline = self._baseline_file() if self._rescale_lang is not None else None
        self._idf_references: tuple[str, ...] | None = None
        rescale = f"rescale:{self._rescale_lang}" if self._rescale_lang else "rescale:no"
        self.model_id = f"bertscore:{model}|layer:{self._layer}|idf:{'yes' if self._idf else 'no'}|{rescale}"

    def _baseline_file(self) -> str:
        import bert_score

        path = os.path.join(os.path.dirname(bert_score.__file__), "rescale_baseline", self._rescale_lang or "",
                            f"{self._name}.tsv")
        if not self._rescale_lang or not os.path.isfile(path):
            raise ConfigError(f"bert-score has no rescaling baseline for {self._name!r} and target language "
                              f"{self._rescale_lang or '(unknown: give --lang)'}; drop rescale=yes")
        return path

    def prepare(self, references: Sequence[Sequence[str]], sources: Sequence[str] | None) -> None:
        """idf weights come from every reference of the corpus, never from a shard of it."""
        if self._idf:
            self._idf_references = tuple(text for stream in references for text in stream)
            if "_scorer" in self.__dict__:
                self._scorer.compute_idf(list(self._idf_references))

    def segment_stats(self, data: MetricInput) -> np.ndarray:
        if self._idf and self._idf_references is None:  # called directly, not through scoring
            self.prepare(data.references, data.sources)
        return super().segment_stats(data)

    @cached_property
    def _scorer(self) -> Any:
        from bert_score import BERTScorer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        with hub_offline():
            try:
                return BERTScorer(
                    model_type=str(self._directory), num_layers=self._layer, batch_size=self._batch, idf=self._idf,
                    idf_sents=list(self._idf_references or ()) if self._idf else None, device=torch_device(),
                    lang=self._rescale_lang, rescale_with_baseline=self._baseline is not None,
                    baseline_path=self._baseline,
                    # idf counts in this process: bert-score's default forks a multiprocessing.Pool,
                    # which can hang for good in a process whose torch and tokenizer threads are running
                    nthreads=0,
                )
            except (OSError, ValueError, RuntimeError, AssertionError) as exc:
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise BackendUnavailable(f"cannot load BERTScore model {self._name!r}: {first}") from None

    def predict(self, sources: Sequence[str] | None, hypotheses: Sequence[str],
                references: Sequence[str] | None) -> Sequence[float]:
        references = references or [""] * len(hypotheses)
        # bert-score cannot embed an empty reference; a candidate shares nothing with one
        scored = [i for i, ref in enumerate(references) if ref.strip()]
        scores = np.zeros(len(hypotheses), dtype=np.float32)
        if scored:
            _, _, f1 = self._scorer.score([hypotheses[i] for i in scored], [references[i] for i in scored],
                                          batch_size=self._batch)
            scores[scored] = f1.cpu().numpy()
        return scores

    def signature(self) -> str:
        from importlib.metadata import version

        idf = ""
        if self._idf:  # the scores depend on every reference through the idf weights
            digest = hashlib.blake2b("\n".join(self._idf_references or ()).encode(), digest_size=8).hexdigest()
            idf = f"|idf-refs:{digest}"
        return super().signature() + f"{idf}|bert_score:{version('bert-score')}"

"""BLEU, chrF, chrF++ and TER through sacrebleu's own statistics and aggregation.

We call sacrebleu's statistics and aggregation functions directly (its own
significance module does the same), so every number equals sacrebleu's.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sacrebleu.metrics import BLEU, CHRF, TER

from ..errors import BackendUnavailable, ConfigError
from ..segment import is_cjk_language, jieba_words
from .base import MetricInput, MetricSettings

JIEBA = "jieba"


def default_tokenizer(target_lang: str | None) -> str:
    if target_lang and target_lang.split("-")[0] == "zh":
        return "zh"
    if target_lang and target_lang.split("-")[0] == "ja":
        return "ja-mecab"
    if target_lang and target_lang.split("-")[0] == "ko":
        return "ko-mecab"
    return "13a"


class SacrebleuMetric:
    needs_reference = True
    needs_source = False
    additive = True  # statistics are summed before scoring; see Metric
    parallel = True  # pure-Python work per segment: worker processes compute shards of it; see Metric

    def __init__(self, name: str, corpus: Any, sentence: Any, *, jieba: bool = False) -> None:
        self.name = name
        self._corpus = corpus
        self._sentence = sentence  # same settings, but sentence-level (BLEU: effective order)
        self._jieba = jieba
        self._cached_refs: Any = None  # the reference streams sacrebleu's reference cache holds

    def _prepare(self, texts: Any) -> list[str]:
        return [" ".join(jieba_words(text)) for text in texts] if self._jieba else list(texts)

    def segment_stats(self, data: MetricInput) -> np.ndarray:
        hyps = self._prepare(data.hypotheses)
        if self._cached_refs is None or self._cached_refs != data.references:
            # Reference n-grams are extracted once and reused for every system, as sacrebleu's
            # CLI does; passing the references on each call would redo them per system.
            refs = [self._prepare(stream) for stream in data.references]
            self._corpus._ref_cache = self._corpus._cache_references(refs)
            self._cached_refs = data.references
        rows = self._corpus._extract_corpus_statistics(hyps, None)
        # The sentence-level object needs the reference count for its signature.
        self._sentence.num_refs = self._corpus.num_refs
        return np.asarray(rows, dtype=np.float64)

    def _score(self, metric: Any, summed: np.ndarray) -> float:
        if summed.dtype == np.float32:
            # Bootstrap resamples come as float32, and sacrebleu's significance module
            # scores its float32 sums as they are (float32 arithmetic); doing the same
            # keeps every resample score, and so CIs and p-values, identical to sacrebleu's.
            # The score is returned as sacrebleu computed it (np.float32 for chrF), so that
            # averages over resamples are taken in the same precision too.
            return metric._compute_score_from_stats(summed).score
        stats = summed.tolist()
        if self.name.startswith("bleu"):
            stats = [int(round(x)) for x in stats]  # BLEU's statistics are counts
        return float(metric._compute_score_from_stats(stats).score)

    def corpus_score(self, stats: np.ndarray) -> float:
        # a single row is already its own sum; resampling scores many such rows
        return self._score(self._corpus, stats[0] if len(stats) == 1 else stats.sum(axis=0))

    def segment_scores(self, stats: np.ndarray) -> np.ndarray:
        return np.array([self._score(self._sentence, row) for row in stats], dtype=np.float64)

    def signature(self) -> str:
        text = self._corpus.get_signature().format()
        if self._jieba:  # BLEU names its (none) tokenizer; chrF++ has no tok: field of its own
            text = text.replace("tok:none", "tok:jieba+none") if "tok:none" in text else f"{text}|tok:jieba"
        return text


def _tokenizer(settings: MetricSettings) -> tuple[str, bool]:
    """(sacrebleu tokenizer, pre-segment with jieba?)"""
    tokenize = settings.tokenize or default_tokenizer(settings.target_lang)
    if tokenize == JIEBA:
        return "none", True
    if tokenize not in BLEU.TOKENIZERS:
        choices = ", ".join([*BLEU.TOKENIZERS, JIEBA])
        raise ConfigError(f"unknown tokenizer {tokenize!r}; choose from {choices}")
    return tokenize, False


def make_bleu(settings: MetricSettings) -> SacrebleuMetric:
    tokenize, jieba = _tokenizer(settings)
    kwargs = {"tokenize": tokenize, "lowercase": settings.lowercase}
    try:
        return SacrebleuMetric("bleu", BLEU(**kwargs), BLEU(effective_order=True, **kwargs), jieba=jieba)
    except (ImportError, RuntimeError, OSError) as exc:  # MeCab not installed; spm models not downloadable
        reason = " ".join(str(exc).split())
        raise BackendUnavailable(f"tokenizer {tokenize!r} is not available: {reason}") from None


def _make_chrf(name: str, word_order: int, settings: MetricSettings) -> SacrebleuMetric:
    # chrF works on characters; jieba adds nothing for the character n-grams, but for
    # chrF++ word n-grams on Chinese it is what makes "words" meaningful.
    jieba = _tokenizer(settings)[1] and word_order > 0
    metric = CHRF(word_order=word_order, lowercase=settings.lowercase)
    return SacrebleuMetric(name, metric, metric, jieba=jieba)


def make_chrf(settings: MetricSettings) -> SacrebleuMetric:
    return _make_chrf("chrf", 0, settings)


def make_chrfpp(settings: MetricSettings) -> SacrebleuMetric:
    return _make_chrf("chrf++", 2, settings)


def make_ter(settings: MetricSettings) -> SacrebleuMetric:
    asian = bool(settings.target_lang and is_cjk_language(settings.target_lang))
    # sacrebleu's TER ignores case unless asked (its --ter-case-sensitive); --lowercase changes nothing here
    metric = TER(case_sensitive=settings.ter_case_sensitive, asian_support=asian)
    return SacrebleuMetric("ter", metric, metric)

"""BLEU, chrF, chrF++ and TER through sacrebleu's own statistics and aggregation.

We call sacrebleu's statistics and aggregation functions directly (its own
significance module does the same), so every number equals sacrebleu's. chrF's
statistics, most of the time sacrebleu takes, are counted for all segments at once
(`ngram_matches`), equal to sacrebleu's own by test (tests/test_statistics_parity.py);
TER's edits are found by the same shift search, faster (`ter`, tests/test_ter_parity.py).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sacrebleu.metrics import BLEU, CHRF
from sacrebleu.tokenizers.tokenizer_re import TokenizerRegexp

from ..errors import BackendUnavailable, ConfigError
from ..segment import is_cjk_language, jieba_words
from .base import MetricInput, MetricSettings
from .ngram_matches import ReferenceNgrams, Symbols, characters, words
from .ter import FastTER

JIEBA = "jieba"


def default_tokenizer(target_lang: str | None) -> str:
    if target_lang and target_lang.split("-")[0] == "zh":
        return "zh"
    if target_lang and target_lang.split("-")[0] == "ja":
        return "ja-mecab"
    if target_lang and target_lang.split("-")[0] == "ko":
        return "ko-mecab"
    return "13a"


class _Statistics:
    """sacrebleu's own per-segment statistics, its references extracted once for many systems."""

    def __init__(self, metric: Any) -> None:
        self.metric = metric

    def prepare(self, references: list[list[str]]) -> None:
        self.metric._ref_cache = self.metric._cache_references(references)  # sets num_refs, for the signature

    def rows(self, hypotheses: list[str]) -> np.ndarray:
        return np.asarray(self.metric._extract_corpus_statistics(hypotheses, None), dtype=np.float64)


class _ChrfStatistics(_Statistics):
    """sacrebleu's chrF/chrF++ statistics ([candidate, reference, matched] n-grams per order:
    characters, then words), counted for all segments at once; with several references,
    each segment's best by sacrebleu's own F-score, the first of equals, as sacrebleu picks."""

    def prepare(self, references: list[list[str]]) -> None:
        metric = self.metric
        metric.num_refs = len(references)
        self._vocabulary: dict[str, int] = {}
        self._references = []
        for stream in references:
            texts = [metric._preprocess_segment(text) for text in stream]
            self._references.append((
                self._ngrams(characters(self._stripped(texts)), metric.char_order),
                self._ngrams(words(map(metric._remove_punctuation, texts), self._vocabulary, grow=True),
                             metric.word_order) if metric.word_order else None,
            ))

    @staticmethod
    def _ngrams(symbols: Symbols, order: int) -> tuple[ReferenceNgrams, np.ndarray] | None:
        return (ReferenceNgrams([symbols], order), symbols.lengths) if order else None

    def _stripped(self, texts: list[str]) -> list[str]:
        return texts if self.metric.whitespace else ["".join(text.split()) for text in texts]

    def rows(self, hypotheses: list[str]) -> np.ndarray:
        metric = self.metric
        texts = [metric._preprocess_segment(text) for text in hypotheses]
        chars = characters(self._stripped(texts)) if metric.char_order else None
        tokens = (words(map(metric._remove_punctuation, texts), self._vocabulary, grow=False)
                  if metric.word_order else None)
        per_reference = []
        for char_refs, word_refs in self._references:
            parts = [_triples(refs, candidates) for refs, candidates in ((char_refs, chars), (word_refs, tokens))
                     if refs is not None]
            per_reference.append(np.concatenate(parts, axis=1))
        best = per_reference[0]
        if len(per_reference) > 1:
            best = best.copy()
            for i in range(len(best)):
                scores = [metric._compute_f_score(rows[i].tolist()) for rows in per_reference]
                best[i] = per_reference[scores.index(max(scores))][i]
        return best.astype(np.float64)


class _BleuStatistics(_Statistics):
    """sacrebleu's BLEU statistics ([candidate length, closest reference length, matches per
    order, candidate n-grams per order]), counted for all segments at once: tokens as
    sacrebleu's tokenizer gives them, each n-gram clipped to its largest count in any reference."""

    def prepare(self, references: list[list[str]]) -> None:
        metric = self.metric
        metric.num_refs = len(references)
        self._vocabulary: dict[str, int] = {}
        streams = [words((metric._preprocess_segment(text).split() for text in stream), self._vocabulary, grow=True)
                   for stream in references]
        self._ngrams = ReferenceNgrams(streams, metric.max_ngram_order)
        self._lengths = [stream.lengths.tolist() for stream in streams]

    def rows(self, hypotheses: list[str]) -> np.ndarray:
        metric = self.metric
        tokens = words((metric._preprocess_segment(text).split() for text in hypotheses), self._vocabulary, grow=False)
        order = metric.max_ngram_order
        out = np.empty((len(tokens), 2 + 2 * order), dtype=np.int64)
        out[:, 0] = tokens.lengths
        if len(self._lengths) == 1:
            out[:, 1] = self._lengths[0]
        else:
            out[:, 1] = [metric._get_closest_ref_len(length, list(lengths))
                         for length, lengths in zip(tokens.lengths.tolist(), zip(*self._lengths))]
        out[:, 2:2 + order] = self._ngrams.matches(tokens)
        out[:, 2 + order:] = np.maximum(tokens.lengths[:, None] - np.arange(order), 0)
        return out.astype(np.float64)


def without_top_order(stats: np.ndarray) -> bool:
    """True when rows of BLEU statistics hold no candidate n-gram of the highest order (fewer than
    4 tokens in every candidate): their corpus BLEU is then 0 even on an exact match, because
    sacrebleu's corpus BLEU, unlike its sentence BLEU, does not lower the order for short texts."""
    return not stats[:, -1].any()


def _triples(references: tuple[ReferenceNgrams, np.ndarray], candidates: Symbols) -> np.ndarray:
    """[candidate n-grams, reference n-grams, matches] per order, as sacrebleu's
    `_get_match_statistics` counts them: no candidate n-grams where the reference has none."""
    ngrams, reference_lengths = references
    orders = np.arange(ngrams.order)
    hyp = np.maximum(candidates.lengths[:, None] - orders, 0)
    ref = np.maximum(reference_lengths[:, None] - orders, 0)
    out = np.empty((len(hyp), 3 * ngrams.order), dtype=np.int64)
    out[:, 0::3] = np.where(ref > 0, hyp, 0)
    out[:, 1::3] = ref
    out[:, 2::3] = ngrams.matches(candidates)
    return out


class SacrebleuMetric:
    needs_reference = True
    needs_source = False
    additive = True  # statistics are summed before scoring; see Metric
    parallel = True  # pure-Python work per segment: worker processes compute shards of it; see Metric

    def __init__(self, name: str, corpus: Any, sentence: Any, *, jieba: bool = False, row_cost: int = 1) -> None:
        self.name = name
        self.row_cost = row_cost
        self._corpus = corpus
        self._sentence = sentence  # same settings, but sentence-level (BLEU: effective order)
        self._jieba = jieba
        self._statistics = {BLEU: _BleuStatistics, CHRF: _ChrfStatistics}.get(type(corpus), _Statistics)(corpus)
        self._cached_refs: Any = None  # the reference streams the statistics extractor has prepared

    def _prepare(self, texts: Any) -> list[str]:
        return [" ".join(jieba_words(text)) for text in texts] if self._jieba else list(texts)

    def segment_stats(self, data: MetricInput) -> np.ndarray:
        hyps = self._prepare(data.hypotheses)
        if self._cached_refs is None or self._cached_refs != data.references:
            # Reference n-grams are extracted once and reused for every system, as sacrebleu's
            # CLI does; passing the references on each call would redo them per system.
            self._statistics.prepare([self._prepare(stream) for stream in data.references])
            self._cached_refs = data.references
        rows = self._statistics.rows(hyps)
        # The sentence-level object needs the reference count for its signature.
        self._sentence.num_refs = self._corpus.num_refs
        return rows

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


class _PostTokenizer:
    """sacrebleu's TokenizerRegexp, the last step of its 13a and zh tokenizers, with its first
    rule (a space either side of each character of one ASCII class, every space among them)
    done by str.translate: one pass in C instead of a Python call per match. Its other rules
    are sacrebleu's own; the output is identical (tests/test_statistics_parity.py)."""

    PATTERN, REPLACEMENT = r"([\{-\~\[-\` -\&\(-\+\:-\@\/])", r" \1 "

    def __init__(self, rules: list) -> None:
        (first, _), *self._rules = rules
        self._table = {c: f" {chr(c)} " for c in range(128) if first.fullmatch(chr(c))}

    @classmethod
    def replacing(cls, tokenizer: Any) -> None:
        """Put one in place of `tokenizer`'s post-tokenizer, if that is the one it knows."""
        post = getattr(tokenizer, "_post_tokenizer", None)
        if isinstance(post, TokenizerRegexp) and post._re and post._re[0][0].pattern == cls.PATTERN \
                and post._re[0][1] == cls.REPLACEMENT:
            tokenizer._post_tokenizer = cls(post._re)

    def __call__(self, line: str) -> str:
        line = line.translate(self._table)
        for regex, replacement in self._rules:
            line = regex.sub(replacement, line)
        return " ".join(line.split())


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
        corpus = BLEU(**kwargs)
        _PostTokenizer.replacing(corpus.tokenizer)
        return SacrebleuMetric("bleu", corpus, BLEU(effective_order=True, **kwargs), jieba=jieba)
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
    metric = FastTER(case_sensitive=settings.ter_case_sensitive, asian_support=asian)
    # a TER row (its shift search) takes ~7x a BLEU row on WMT21 zh-en news (1.3 vs 0.19 s for 1,948 segments)
    return SacrebleuMetric("ter", metric, metric, row_cost=7)

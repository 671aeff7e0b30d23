"""Metric registry: a name on the command line -> a factory taking MetricSettings.

Built-in names (`bleu`, `chrf`, ...) and plugin specs (`comet:MODEL`, `bertscore:MODEL`,
an entry point of group `evalkit.metrics`, `module:function`; see specs.py) build
objects of the one `Metric` protocol, so significance, reports and caches treat
them alike.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Callable, Iterable

from ..errors import ConfigError
from .base import MeanOfScores, Metric, MetricInput, MetricSettings
from .embedding import make_embed, make_embed_src
from .neural import SegmentScoreMetric
from .plugin import CheckedMetric, build_plugin
from .sacrebleu_metrics import make_bleu, make_chrf, make_chrfpp, make_ter
from .specs import BUILTIN_KINDS, ENTRY_POINT_GROUP, MetricSpec, is_plugin_spec, parse_spec, resolve_factory
from .specs import lower_is_better as _plugin_lower_is_better

REGISTRY: dict[str, Callable[[MetricSettings], Metric]] = {
    "bleu": make_bleu,
    "chrf": make_chrf,
    "chrf++": make_chrfpp,
    "ter": make_ter,
    "embed": make_embed,
    "embed_src": make_embed_src,
}
DEFAULT_METRICS = ("bleu", "chrf", "embed")
_BUILTIN_LOWER_IS_BETTER = frozenset({"ter"})
_METHODS = ("segment_stats", "corpus_score", "segment_scores", "signature")


def lower_is_better(name: str) -> bool:
    if name in REGISTRY:
        return name in _BUILTIN_LOWER_IS_BETTER
    return _plugin_lower_is_better(name)


class _LowerIsBetter(Container):
    """`name in LOWER_IS_BETTER` for built-in names and plugin specs alike."""

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and lower_is_better(name)


LOWER_IS_BETTER = _LowerIsBetter()


def _normalise(name: str) -> str:
    name = name.strip()
    # built-in names are case-insensitive; a plugin spec may hold a case-sensitive path
    return name.lower() if name.lower() in REGISTRY else name


def parse_metric_names(spec: str | Iterable[str]) -> tuple[str, ...]:
    names = [_normalise(n) for n in (spec.split(",") if isinstance(spec, str) else spec) if n.strip()]
    if not names:
        raise ConfigError("no metric given; choose from " + ", ".join(REGISTRY))
    for name in names:
        if name in REGISTRY:
            continue
        if not is_plugin_spec(name):
            raise ConfigError(f"unknown metric {name!r}; choose from " + ", ".join(REGISTRY)
                              + ", or a plugin: " + ", ".join(f"{kind}:MODEL" for kind in BUILTIN_KINDS)
                              + ", module:function (see docs/metrics.md)")
        parse_spec(name)
    return tuple(dict.fromkeys(names))


def build_metric(name: str, settings: MetricSettings) -> Metric:
    if name in REGISTRY:
        return REGISTRY[name](settings)
    spec = parse_spec(name)
    metric = build_plugin(resolve_factory(spec.kind), spec.kind, spec, settings)
    missing = [m for m in _METHODS if not callable(getattr(metric, m, None))]
    missing += [a for a in ("needs_reference", "needs_source") if not hasattr(metric, a)]
    if missing:
        raise ConfigError(f"metric plugin {spec.kind!r} built an object without {', '.join(missing)} "
                          "(see the Metric protocol in evalkit/metrics/base.py)")
    return CheckedMetric(metric, name)  # the spec is the name in every report


def build_metrics(names: Iterable[str], settings: MetricSettings) -> list[Metric]:
    return [build_metric(name, settings) for name in parse_metric_names(list(names))]


EMBEDDING_METRICS = frozenset({"embed", "embed_src"})
EMBED_CAVEAT = ("`embed` is the only meaning-based metric here, and it scores negations, changed numbers and "
                "swapped roles almost as high as faithful translations: do not rank on it alone "
                "(docs/metrics.md).")


def embed_caveat(names: Iterable[str]) -> str | None:
    """The caveat for a report whose only meaning-based metric is an embedding one, else None."""
    names = list(names)
    semantic = [n for n in names if n in EMBEDDING_METRICS or n not in REGISTRY]
    return EMBED_CAVEAT if semantic and all(n in EMBEDDING_METRICS for n in semantic) else None


def default_metrics(*, has_reference: bool, has_source: bool) -> tuple[str, ...]:
    """bleu, chrf, embed; plus embed_src when there is a source; only embed_src without a reference."""
    names = DEFAULT_METRICS if has_reference else ()
    return names + ("embed_src",) if has_source else names


__all__ = ["DEFAULT_METRICS", "ENTRY_POINT_GROUP", "LOWER_IS_BETTER", "MeanOfScores", "Metric", "MetricInput",
           "MetricSettings", "MetricSpec", "REGISTRY", "SegmentScoreMetric", "build_metric", "build_metrics",
           "default_metrics", "embed_caveat", "lower_is_better", "parse_metric_names"]

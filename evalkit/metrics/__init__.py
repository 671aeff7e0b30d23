"""Metric registry: a name on the command line -> a factory taking MetricSettings."""

from __future__ import annotations

from typing import Callable, Iterable

from ..errors import ConfigError
from .base import Metric, MetricInput, MetricSettings
from .embedding import make_embed, make_embed_src
from .sacrebleu_metrics import make_bleu, make_chrf, make_chrfpp, make_ter

REGISTRY: dict[str, Callable[[MetricSettings], Metric]] = {
    "bleu": make_bleu,
    "chrf": make_chrf,
    "chrf++": make_chrfpp,
    "ter": make_ter,
    "embed": make_embed,
    "embed_src": make_embed_src,
}
DEFAULT_METRICS = ("bleu", "chrf", "embed")
LOWER_IS_BETTER = frozenset({"ter"})


def parse_metric_names(spec: str | Iterable[str]) -> tuple[str, ...]:
    names = [n.strip().lower() for n in (spec.split(",") if isinstance(spec, str) else spec) if n.strip()]
    if not names:
        raise ConfigError("no metric given; choose from " + ", ".join(REGISTRY))
    for name in names:
        if name not in REGISTRY:
            raise ConfigError(f"unknown metric {name!r}; choose from " + ", ".join(REGISTRY))
    return tuple(dict.fromkeys(names))


def default_metrics(*, has_reference: bool, has_source: bool) -> tuple[str, ...]:
    """bleu, chrf, embed; plus embed_src when there is a source; only embed_src without a reference."""
    names = DEFAULT_METRICS if has_reference else ()
    return names + ("embed_src",) if has_source else names


def build_metrics(names: Iterable[str], settings: MetricSettings) -> list[Metric]:
    return [REGISTRY[name](settings) for name in parse_metric_names(list(names))]


__all__ = ["DEFAULT_METRICS", "LOWER_IS_BETTER", "default_metrics", "Metric", "MetricInput", "MetricSettings",
           "REGISTRY", "build_metrics", "parse_metric_names"]

"""Plugin metric specs: `KIND:ARGUMENT?key=value&key=value`.

    comet:Unbabel/wmt22-comet-da?batch=32     COMET (unbabel-comet), hub name or checkpoint path
    bertscore:roberta-large?layer=17&idf=yes  BERTScore (bert-score), hub name or model directory
    metricx:google/metricx-24?batch=8         a KIND registered by another package under the
                                              entry point group `evalkit.metrics`
    mypkg.metrics:make_metric[:ARGUMENT]      any importable `module:function`

The spec, exactly as written, is the metric's name in every report. A KIND resolves to
a factory `factory(spec: MetricSpec, settings: MetricSettings) -> Metric`; the factory
(a function or a class) may carry `lower_is_better = True`. Nothing is imported until
a spec is resolved, and no model is loaded until the metric is built.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any, Callable

from ..errors import ConfigError

ENTRY_POINT_GROUP = "evalkit.metrics"
# evalkit's own plugin kinds: module and factory, imported only when used
BUILTIN_KINDS = {
    "comet": ("evalkit.metrics.comet", "make_comet"),
    "bertscore": ("evalkit.metrics.bertscore", "make_bertscore"),
}
TRUE, FALSE = frozenset({"1", "yes", "true", "on"}), frozenset({"0", "no", "false", "off"})


@dataclass(frozen=True)
class MetricSpec:
    text: str  # as given; the metric's name
    kind: str  # "comet", an entry point name, or "module:function"
    argument: str | None  # model name or path, or None
    options: dict[str, str] = field(default_factory=dict)

    def integer(self, key: str, default: int | None, *, minimum: int = 1) -> int | None:
        if key not in self.options:
            return default
        value = self.options[key]
        if not value.isdigit() or int(value) < minimum:
            raise ConfigError(f"metric {self.text!r}: {key}= needs a whole number >= {minimum}, not {value!r}")
        return int(value)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.options.get(key)
        if value is None:
            return default
        if value.lower() not in TRUE | FALSE:
            raise ConfigError(f"metric {self.text!r}: {key}= takes yes or no, not {value!r}")
        return value.lower() in TRUE

    def check_options(self, allowed: tuple[str, ...]) -> None:
        unknown = sorted(set(self.options) - set(allowed))
        if unknown:
            choices = ", ".join(allowed) or "none"
            raise ConfigError(f"metric {self.text!r}: unknown option(s) {', '.join(unknown)}; options: {choices}")


def is_plugin_spec(text: str) -> bool:
    return ":" in text or text in BUILTIN_KINDS or text in _entry_points()


def parse_spec(text: str) -> MetricSpec:
    """Split a spec and check that its KIND exists (no plugin module is imported)."""
    body, _, query = text.partition("?")
    options: dict[str, str] = {}
    for item in filter(None, query.split("&")):
        key, eq, value = item.partition("=")
        options[key.strip()] = value.strip() if eq else "yes"
    head, colon, rest = body.partition(":")
    if head in BUILTIN_KINDS or head in _entry_points():
        if head in BUILTIN_KINDS and not rest:
            raise ConfigError(f"metric {text!r} names no model: write {head}:<hub name or path>")
        return MetricSpec(text, head, rest or None, options)
    function, _, argument = rest.partition(":")
    if colon and function.isidentifier() and _module_exists(head):
        return MetricSpec(text, f"{head}:{function}", argument or None, options)
    kinds = ", ".join([*BUILTIN_KINDS, *_entry_points()])
    raise ConfigError(
        f"unknown metric {text!r}: not a plugin kind ({kinds}) nor an importable module:function "
        "(see docs/metrics.md)"
    )


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


@lru_cache(maxsize=1)
def _entry_points() -> dict[str, Any]:
    return {point.name: point for point in entry_points(group=ENTRY_POINT_GROUP)}


@lru_cache(maxsize=64)
def resolve_factory(kind: str) -> Callable[..., Any]:
    """The factory behind a KIND; importing the plugin's module, not its model."""
    try:
        if kind in BUILTIN_KINDS:
            module, attribute = BUILTIN_KINDS[kind]
            return getattr(importlib.import_module(module), attribute)
        if kind in _entry_points():
            return _entry_points()[kind].load()
        module, _, attribute = kind.partition(":")
        return getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"metric plugin {kind!r} cannot be loaded: {exc}") from None


def lower_is_better(name: str) -> bool:
    """Whether a plugin metric's scores fall as quality rises (declared by its factory)."""
    try:
        return bool(getattr(resolve_factory(parse_spec(name).kind), "lower_is_better", False))
    except ConfigError:  # a name from an old report whose plugin is gone: assume the usual direction
        return False

"""A metric plugin behind evalkit's checks: its mistakes are its own, in one line.

A plugin is third-party code. Whatever it raises, and whatever it returns that is not
scores (strings, a generator, rows of uneven length, NaN or infinity), becomes a
`PluginError` naming the plugin and what it did, which the CLI reports with exit 2:
not "a bug in evalkit" (exit 70), and never a NaN stored in a report or a baseline,
where it would make every later comparison fail.
"""

from __future__ import annotations

import numbers
from typing import Any, Callable

import numpy as np

from ..errors import EvalkitError, PluginError

_NUMERIC = "biuf"  # numpy kinds of booleans, integers and floats


def _describe(value: Any) -> str:
    if isinstance(value, np.generic):
        value = value.item()
    text = repr(value)
    return f"{text[:40]}{'...' if len(text) > 40 else ''} (of type {type(value).__name__})"


def checked_numbers(plugin: str, what: str, value: Any, *, dims: int) -> np.ndarray:
    """`value` as a float64 array of `dims` dimensions, every entry a finite number, or a
    PluginError saying what `what` (a method of plugin `plugin`) returned instead."""
    where = f"metric plugin {plugin!r}: {what} returned"
    if isinstance(value, (str, bytes)) or not hasattr(value, "__len__"):
        raise PluginError(f"{where} {_describe(value)}, not {'a list of numbers' if dims == 1 else 'rows of numbers'}")
    try:
        array = np.asarray(value)
    except (ValueError, TypeError):
        raise PluginError(f"{where} rows of different lengths") from None
    if array.dtype.kind not in _NUMERIC:
        bad = next((x for x in array.ravel() if isinstance(x, (str, bytes)) or not isinstance(x, numbers.Real)),
                   array.ravel()[0] if array.size else value)
        raise PluginError(f"{where} {_describe(bad)} where a number is due")
    if array.ndim != dims:
        raise PluginError(f"{where} an array of {array.ndim} dimension(s), where {dims} are due")
    array = array.astype(np.float64)
    if not np.isfinite(array).all():
        raise PluginError(f"{where} {array[~np.isfinite(array)][0]}, which is not a finite number")
    return array


def guarded(plugin: str, what: str, call: Callable[..., Any]) -> Callable[..., Any]:
    """`call`, with anything it raises but evalkit's own errors turned into a PluginError."""

    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, **kwargs)
        except (EvalkitError, MemoryError):  # a plugin may refuse on purpose; memory is the CLI's to report
            raise
        except Exception as exc:
            detail = (str(exc).splitlines() or [""])[0]
            raise PluginError(f"metric plugin {plugin!r} failed in {what}: {type(exc).__name__}: {detail}") from exc

    return run


def build_plugin(factory: Any, kind: str, *args: Any) -> Any:
    if not callable(factory):
        raise PluginError(f"metric plugin {kind!r} is not callable: {_describe(factory)}; a plugin names a "
                          "factory, a function or a class (docs/metrics.md)")
    return guarded(kind, "its factory", factory)(*args)


class CheckedMetric:
    """A plugin's metric whose every answer is checked: rows and scores are finite numbers
    of the right shape, and what it raises names it. Everything else is the plugin's own."""

    def __init__(self, metric: Any, name: str) -> None:
        self._metric = metric
        self.name = metric.name = name

    def segment_stats(self, data: Any) -> np.ndarray:
        rows = checked_numbers(self.name, "segment_stats", guarded(self.name, "segment_stats",
                                                                   self._metric.segment_stats)(data), dims=2)
        if len(rows) != len(data.hypotheses) or not rows.shape[1]:
            raise PluginError(f"metric plugin {self.name!r}: segment_stats returned {rows.shape[0]} rows of "
                              f"{rows.shape[1]} for {len(data.hypotheses)} segments")
        return rows

    def corpus_score(self, stats: np.ndarray) -> float:
        score = guarded(self.name, "corpus_score", self._metric.corpus_score)(stats)
        return float(checked_numbers(self.name, "corpus_score", [score], dims=1)[0])

    def segment_scores(self, stats: np.ndarray) -> np.ndarray:
        return checked_numbers(self.name, "segment_scores",
                               guarded(self.name, "segment_scores", self._metric.segment_scores)(stats), dims=1)

    def signature(self) -> str:
        signature = guarded(self.name, "signature", self._metric.signature)()
        if not isinstance(signature, str):
            raise PluginError(f"metric plugin {self.name!r}: signature returned {_describe(signature)}, not a string")
        return signature

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__") or attribute == "_metric":
            raise AttributeError(attribute)
        value = getattr(self._metric, attribute)
        return guarded(self.name, attribute, value) if callable(value) else value

"""evalkit: translation-quality evaluation with BLEU, chrF, TER and embedding similarity."""

from __future__ import annotations

__version__ = "0.1.0"

from .check import CheckResult, check, check_reference_set
from .errors import BackendUnavailable, ConfigError, EvalkitError, InputError, PluginError
from .evaluation import Evaluation, evaluate
from .references import ReferenceSet, build_reference_set, load_reference_set
from .scoring import ScoreResult, SystemResult, score, score_task, score_texts
from .settings import Settings, SignificanceSettings

__all__ = [
    "__version__",
    "BackendUnavailable",
    "CheckResult",
    "ConfigError",
    "EvalkitError",
    "Evaluation",
    "InputError",
    "PluginError",
    "ReferenceSet",
    "Settings",
    "SignificanceSettings",
    "ScoreResult",
    "SystemResult",
    "build_reference_set",
    "check",
    "check_reference_set",
    "evaluate",
    "load_reference_set",
    "score",
    "score_task",
    "score_texts",
]

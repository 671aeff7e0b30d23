"""The one settings object: how candidates are scored and compared.

The CLI, a configuration file and the Python API all build a `Settings`, so a saved
configuration, a command line and an API call mean the same thing. What is scored
(reference, source, candidates, language pair) is the task, not a setting.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from .embed.base import Embedder  # at run time: configuration files read these annotations
from .errors import ConfigError

METHODS = ("bootstrap", "ar", "none")
# Where the statistics are computed: this machine, or a Ray cluster (evalkit/ray_engine.py).
ENGINES = ("local", "ray")
# sacrebleu's default SACREBLEU_SEED, so default runs are comparable with its CLI.
DEFAULT_SEED = 12345
DEFAULT_RESAMPLES = {"bootstrap": 1000, "ar": 10000}
CI_RESAMPLES = 1000
# Every resample costs time and keeps one score per system and metric (8 bytes each), so an
# absurd count would run for days and exhaust memory; 100,000 is ten times the AR default and
# beyond what any published comparison uses (p-values below 1e-5 are not resolved anyway).
MAX_RESAMPLES = 100_000


@dataclass(frozen=True)
class SignificanceSettings:
    method: str = "bootstrap"
    resamples: int | None = None  # None: 1,000 bootstrap resamples or 10,000 AR trials
    seed: int = DEFAULT_SEED
    baseline: str | None = None  # None: the first system

    def __post_init__(self) -> None:
        for name in ("resamples", "seed"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise ConfigError(f"{name} must be an integer, not {value!r}")
        if self.method not in METHODS:
            raise ConfigError(f"unknown significance test {self.method!r}; choose from " + ", ".join(METHODS))
        if self.resamples is not None and not 1 <= self.resamples <= MAX_RESAMPLES:
            raise ConfigError(f"--resamples must be between 1 and {MAX_RESAMPLES:,}, not {self.resamples:,}")
        if self.seed < 0:
            raise ConfigError(f"--seed must be a non-negative integer, not {self.seed}")

    @property
    def n_resamples(self) -> int:
        if self.method == "none":
            return 0
        return self.resamples or DEFAULT_RESAMPLES[self.method]

    @property
    def n_ci_resamples(self) -> int:
        return {"bootstrap": self.n_resamples, "ar": CI_RESAMPLES, "none": 0}[self.method]

    @property
    def signature(self) -> str:
        """What sacrebleu appends to its signatures for the same test."""
        if self.method == "none":
            return "sig:none"
        if self.method == "bootstrap":
            return f"seed:{self.seed}|bs:{self.n_resamples}"
        return f"seed:{self.seed}|ar:{self.n_resamples}|bs:{self.n_ci_resamples}"


@dataclass(frozen=True)
class Settings:
    """How to score: metrics and their options, text normalisation, embeddings, caches, significance."""

    metrics: tuple[str, ...] | None = None  # None: the defaults for what the task has (see metrics.default_metrics)
    tokenize: str | None = None  # a sacrebleu tokenizer or "jieba"; None: by target language
    lowercase: bool = False  # BLEU, chrF, chrF++ (TER ignores case already, as in sacrebleu)
    ter_case_sensitive: bool = False  # sacrebleu's --ter-case-sensitive
    zh_script: str | None = None  # "hant" / "hans": convert both sides with OpenCC first
    embedder: str | Embedder | None = None  # embedding model spec (or, from the API, an Embedder); None: the bundled default
    cache_dir: str | None = None  # None: $EVALKIT_CACHE_DIR, else the user cache directory
    use_cache: bool = True  # False: neither read nor write the embedding and statistics caches
    # worker processes for statistics and resampling; None: all CPUs when the work is large enough
    jobs: int | None = None
    engine: str = "local"  # "ray": statistics shards as Ray tasks, model metrics on Ray actors (docs/scaling.md)
    ray_address: str | None = None  # a Ray cluster to join; None: $RAY_ADDRESS, else a local Ray for the run
    significance: SignificanceSettings = field(default_factory=SignificanceSettings)

    def __post_init__(self) -> None:
        if self.metrics is not None:
            from .metrics import parse_metric_names

            object.__setattr__(self, "metrics", parse_metric_names(self.metrics))
        if self.lowercase and self.ter_case_sensitive:
            raise ConfigError("--lowercase and --ter-case-sensitive contradict each other; choose one")
        if self.zh_script not in (None, "hant", "hans"):
            raise ConfigError(f"unknown Chinese script {self.zh_script!r}; use hant (Traditional) or hans (Simplified)")
        if self.cache_dir is not None:
            object.__setattr__(self, "cache_dir", str(self.cache_dir))
        if self.jobs is not None and (not isinstance(self.jobs, int) or self.jobs < 1):
            raise ConfigError(f"--jobs must be at least 1, not {self.jobs}")
        if self.engine not in ENGINES:
            raise ConfigError(f"unknown engine {self.engine!r}; choose from " + ", ".join(ENGINES))
        if self.ray_address is not None and self.engine != "ray":
            raise ConfigError("--ray-address is for --engine ray only")

    def with_options(self, **options: Any) -> Settings:
        """A copy with some fields changed; significance fields (method, resamples, seed,
        baseline) may be given at the top level too. Unknown names are an error."""
        own = {f.name for f in fields(Settings)}
        sig = {f.name for f in fields(SignificanceSettings)}
        unknown = sorted(set(options) - own - sig)
        if unknown:
            raise ConfigError("unknown setting(s): " + ", ".join(unknown))
        top = {k: v for k, v in options.items() if k in own}
        nested = {k: v for k, v in options.items() if k in sig and k not in own}
        settings = replace(self, **top) if top else self
        if nested:
            settings = replace(settings, significance=replace(settings.significance, **nested))
        return settings

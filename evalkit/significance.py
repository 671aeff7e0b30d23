"""Confidence intervals and paired significance over cached per-segment statistics.

Nothing is re-tokenised or re-embedded: a resample is a set of rows of each
system's (n_segments, k) statistics, scored with the metric's own `corpus_score`.
Only the `Metric` protocol is used, so embedding metrics resample like BLEU.

The random draws reproduce sacrebleu's significance module (2.x) draw for draw,
so for the same seed and number of resamples BLEU/chrF p-values and CIs equal
those of `sacrebleu --paired-bs` / `--paired-ar`:

- bootstrap: ``default_rng(seed).choice(n, size=(R, n), replace=True)``, the same
  indices for every system (sacrebleu re-seeds per comparison, which amounts to
  the same); rows are scored as float32, as sacrebleu does.
- approximate randomization: ``default_rng(seed).integers(2, size=(R, n), dtype=bool)``;
  trial r builds pseudo-system A from the baseline's rows where the mask is set
  and the system's rows elsewhere, and B from the rest.
- p = (#{resampled statistic > observed |difference|} + 1) / (R + 1); for the
  bootstrap the statistic is |difference| centred on its mean.

CIs always come from the bootstrap (with AR: `CI_RESAMPLES` bootstrap resamples
drawn from a fresh generator with the same seed), so a system's CI does not depend
on which test was asked for. sacrebleu's own AR mode reports no CIs on the CLI.
"""

from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from .errors import ConfigError
from .metrics import LOWER_IS_BETTER, Metric
from .scoring import ScoreResult
from .settings import SignificanceSettings
from .stats import available_cpus

ALPHA = 0.05
# Below this many segment-rows scored in all, forking workers costs more than it saves.
PARALLEL_MIN_WORK = 20_000_000
# Random draws held at once while resampling (8 MB of indices), and segment x trial
# cells of AR's float masks: memory stays flat in the number of segments.
CHUNK_ELEMENTS = 1_000_000


@dataclass(frozen=True)
class Cell:
    """One system x metric on the leaderboard."""

    score: float
    mean: float | None = None  # mean of the bootstrap scores
    ci: float | None = None  # half-width of the 95% interval, as sacrebleu reports it
    low: float | None = None
    high: float | None = None
    p_value: float | None = None  # vs the baseline; None for the baseline itself
    p_best: float | None = None  # vs the best system on this metric
    cluster: int | None = None  # 1: not significantly different from the best


@dataclass(frozen=True)
class Leaderboard:
    settings: SignificanceSettings
    baseline: str
    metrics: tuple[str, ...]
    order: tuple[str, ...]  # systems, best first on the first metric
    cells: dict[str, dict[str, Cell]]  # system -> metric -> cell
    best: dict[str, str]  # metric -> best system
    signatures: dict[str, str]  # metric -> scoring signature + test settings

    def cell(self, system: str, metric: str) -> Cell:
        return self.cells[system][metric]

    def as_json(self) -> dict[str, Any]:
        """The `significance` and `leaderboard` sections of summary.json."""

        def number(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        settings = self.settings
        return {
            "significance": {
                "method": settings.method,
                "resamples": settings.n_resamples,
                "ci_resamples": settings.n_ci_resamples,
                "seed": settings.seed,
                "alpha": ALPHA,
                "baseline": self.baseline,
                "best": self.best,
                "signatures": self.signatures,
            },
            "leaderboard": [
                {
                    "system": system,
                    "baseline": system == self.baseline,
                    "metrics": {
                        m: {
                            "score": number(c.score),
                            "mean": number(c.mean),
                            "ci": number(c.ci),
                            "low": number(c.low),
                            "high": number(c.high),
                            "p_value": c.p_value,
                            "p_best": c.p_best,
                            "cluster": c.cluster,
                            "best": self.best[m] == system,
                        }
                        for m, c in self.cells[system].items()
                    },
                }
                for system in self.order
            ],
        }


def estimate_ci(scores: np.ndarray) -> tuple[float, float, float, float]:
    """(mean, half-width, low, high) of the 95% interval, computed as sacrebleu does."""
    scores = np.sort(scores)
    n = len(scores)
    lower_idx = n // 40
    lower, upper = scores[lower_idx], scores[n - lower_idx - 1]
    return float(scores.mean()), float(0.5 * (upper - lower)), float(lower), float(upper)


def p_value(samples: np.ndarray, real_difference: float) -> float:
    """multeval's formula, as in sacrebleu: strict >, and +1 on both sides.

    Equal scores are no evidence of a difference: p = 1, where the formula would give
    1/(R+1) (sacrebleu does) and clusters would split identical systems.
    """
    if real_difference == 0:
        return 1.0
    count = int(np.sum(samples > real_difference))
    return (count + 1) / (len(samples) + 1)


def _chunk_rows(n: int, multiple: int = 1) -> int:
    """Resamples per chunk: about CHUNK_ELEMENTS draws, a multiple of `multiple` rows. Drawn
    in such chunks one after another, numpy's generator yields exactly the numbers of one
    big draw (boolean draws are buffered 32 at a time: AR's masks come 64 rows at a time)."""
    return max(multiple, CHUNK_ELEMENTS // max(1, n) // multiple * multiple)


def bootstrap_chunks(n: int, resamples: int, seed: int, rows: int | None = None) -> Iterator[np.ndarray]:
    """sacrebleu's ``default_rng(seed).choice(n, size=(resamples, n))``, a chunk of rows at a time."""
    rng, rows = np.random.default_rng(seed), rows or _chunk_rows(n)
    for start in range(0, resamples, rows):
        yield rng.choice(n, size=(min(rows, resamples - start), n), replace=True)


def ar_mask_chunks(n: int, trials: int, seed: int, rows: int | None = None) -> Iterator[np.ndarray]:
    """sacrebleu's ``default_rng(seed).integers(2, size=(trials, n), dtype=bool)``, in chunks."""
    rng, rows = np.random.default_rng(seed), rows or _chunk_rows(n, 64)
    for start in range(0, trials, rows):
        yield rng.integers(2, size=(min(rows, trials - start), n), dtype=bool)


def bootstrap_scores(metric: Metric, stats: np.ndarray, chunks: Iterable[np.ndarray]) -> np.ndarray:
    rows = stats.astype(np.float32)
    # np.asarray keeps the dtype of the scores, as sacrebleu's np.array does
    return np.asarray([metric.corpus_score(rows[sample]) for indices in chunks for sample in indices])


def bootstrap_p(sys_scores: np.ndarray, base_scores: np.ndarray, sys_score: float, base_score: float) -> float:
    diffs = np.abs(sys_scores - base_scores)
    return p_value(diffs - diffs.mean(), abs(base_score - sys_score))


def ar_p(metric: Metric, sys_stats: np.ndarray, base_stats: np.ndarray, mask_chunks: Iterable[np.ndarray],
         sys_score: float, base_score: float) -> float:
    a: list[Any] = []
    b: list[Any] = []
    for masks in mask_chunks:
        if getattr(metric, "additive", False):
            # the same products as sacrebleu (pos @ base + neg @ sys), on float copies of a
            # few trials' masks at a time; each trial's row is independent of the chunking
            step = _chunk_rows(masks.shape[1])
            for block in (masks[start:start + step] for start in range(0, len(masks), step)):
                pos, neg = block.astype(base_stats.dtype), (~block).astype(base_stats.dtype)
                a += [metric.corpus_score(row[None]) for row in pos @ base_stats + neg @ sys_stats]
                b += [metric.corpus_score(row[None]) for row in neg @ base_stats + pos @ sys_stats]
        else:
            for keep in masks[:, :, None]:
                a.append(metric.corpus_score(np.where(keep, base_stats, sys_stats)))
                b.append(metric.corpus_score(np.where(keep, sys_stats, base_stats)))
    return p_value(np.abs(np.array(a) - np.array(b)), abs(base_score - sys_score))


# Worker-side state: inherited through fork, never pickled (metrics may hold models).
_STATE: dict[str, Any] = {}


def _set_state(state: dict[str, Any]) -> None:
    _STATE.clear()
    _STATE.update(state)


def _boot_task(system: str, metric: str) -> np.ndarray:
    # each task draws the same resamples again, chunk by chunk: memory stays flat in n
    n, resamples, seed = _STATE["bootstrap"]
    return bootstrap_scores(_STATE["scorers"][metric], _STATE["stats"][system][metric],
                            bootstrap_chunks(n, resamples, seed))


def _ar_task(system: str, base: str, metric: str) -> float:
    stats, corpus = _STATE["stats"], _STATE["corpus"]
    return ar_p(_STATE["scorers"][metric], stats[system][metric], stats[base][metric], ar_mask_chunks(*_STATE["ar"]),
                corpus[system][metric], corpus[base][metric])


def _workers(jobs: int | None, n_tasks: int, work: int) -> int:
    if "fork" not in mp.get_all_start_methods():
        return 1
    if jobs is None:
        if work < PARALLEL_MIN_WORK:
            return 1
        jobs = available_cpus()
    return max(1, min(jobs, n_tasks))


def _run(fn: Callable[..., Any], tasks: Sequence[tuple], workers: int) -> list[Any]:
    """Results in task order, whatever the number of workers: every task is a pure
    function of shared, precomputed random draws, so parallelism changes no number."""
    if workers <= 1 or len(tasks) <= 1:
        return [fn(*task) for task in tasks]
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork"),
                             initializer=_set_state, initargs=(dict(_STATE),)) as pool:
        return list(pool.map(fn, *zip(*tasks)))


def _ranked(systems: Sequence[str], corpus: dict[str, dict[str, float]], metric: str) -> list[str]:
    # stable: ties keep input order
    sign = 1 if metric in LOWER_IS_BETTER else -1
    return sorted(systems, key=lambda s: sign * corpus[s][metric])


def build_leaderboard(result: ScoreResult, settings: SignificanceSettings = SignificanceSettings(), *,
                      jobs: int | None = None) -> Leaderboard:
    """`jobs`: worker processes (Settings.jobs); None: all CPUs when the resampling is large."""
    names = [s.name for s in result.systems]
    baseline = settings.baseline or names[0]
    if baseline not in names:
        raise ConfigError(f"unknown --baseline {baseline!r}; systems: " + ", ".join(names))
    missing = [m for m in result.metrics if m not in result.scorers]
    if missing:
        raise ConfigError("cannot resample without the metric objects for: " + ", ".join(missing))
    metrics = result.metrics
    corpus = {s.name: dict(s.corpus) for s in result.systems}
    stats = {s.name: s.stats for s in result.systems}
    n = len(result.ids)
    best = {m: _ranked(names, corpus, m)[0] for m in metrics}

    fields: dict[tuple[str, str], dict[str, Any]] = {
        (s, m): {"score": corpus[s][m]} for s in names for m in metrics
    }
    if settings.method != "none":
        _set_state({"scorers": result.scorers, "stats": stats, "corpus": corpus,
                    "bootstrap": (n, settings.n_ci_resamples, settings.seed),
                    "ar": (n, settings.n_resamples, settings.seed)})
        try:
            _resample(settings, jobs, names, metrics, baseline, best, corpus, fields, n)
        finally:
            _STATE.clear()
    cells = {s: {m: Cell(**fields[(s, m)]) for m in metrics} for s in names}
    first = result.systems[0]
    signatures = {m: f"{first.signatures[m]}|{settings.signature}" for m in metrics}
    return Leaderboard(settings=settings, baseline=baseline, metrics=metrics,
                       order=tuple(_ranked(names, corpus, metrics[0])), cells=cells, best=best,
                       signatures=signatures)


def _resample(settings: SignificanceSettings, jobs: int | None, names: list[str], metrics: tuple[str, ...], baseline: str,
              best: dict[str, str], corpus: dict[str, dict[str, float]],
              fields: dict[tuple[str, str], dict[str, Any]], n: int) -> None:
    """Fill CIs, p-values and clusters into `fields`."""
    boot_tasks = [(s, m) for s in names for m in metrics]
    work = len(boot_tasks) * settings.n_ci_resamples * n
    if settings.method == "ar":
        work += 2 * (len(names) - 1) * len(metrics) * settings.n_resamples * n
    workers = _workers(jobs, len(boot_tasks), work)
    boot = dict(zip(boot_tasks, _run(_boot_task, boot_tasks, workers)))
    for (s, m), scores in boot.items():
        mean, ci, low, high = estimate_ci(scores)
        fields[(s, m)].update(mean=mean, ci=ci, low=low, high=high)

    cache: dict[tuple[str, str, str], float] = {}

    def key(a: str, b: str, m: str) -> tuple[str, str, str]:
        return (a, b, m) if names.index(a) < names.index(b) else (b, a, m)

    def compute(pairs: list[tuple[str, str, str]]) -> None:
        todo = list(dict.fromkeys(key(*p) for p in pairs if key(*p) not in cache and p[0] != p[1]))
        if settings.method == "bootstrap":
            for a, b, m in todo:
                cache[(a, b, m)] = bootstrap_p(boot[(a, m)], boot[(b, m)], corpus[a][m], corpus[b][m])
        else:
            for pair, p in zip(todo, _run(_ar_task, todo, _workers(jobs, len(todo), work))):
                cache[pair] = p

    def pvalue(a: str, b: str, m: str) -> float:
        return cache[key(a, b, m)]

    # Everything known up front in one batch, so AR runs it in parallel.
    compute([(s, baseline, m) for s in names for m in metrics]
            + [(s, best[m], m) for s in names for m in metrics])
    for s in names:
        for m in metrics:
            if s != baseline:
                fields[(s, m)]["p_value"] = pvalue(s, baseline, m)
            if s != best[m]:
                fields[(s, m)]["p_best"] = pvalue(s, best[m], m)

    # WMT-style ranks: cluster 1 is the best system and every system not significantly
    # different from it (p >= ALPHA); the best of the rest leads cluster 2, and so on.
    # One round per cluster rank, all metrics batched together.
    remaining = {m: _ranked(names, corpus, m) for m in metrics}
    rank = 0
    while any(remaining.values()):
        rank += 1
        leaders = {m: order[0] for m, order in remaining.items() if order}
        compute([(s, leaders[m], m) for m in leaders for s in remaining[m]])
        for m, leader in leaders.items():
            members = [s for s in remaining[m] if s == leader or pvalue(s, leader, m) >= ALPHA]
            for s in members:
                fields[(s, m)]["cluster"] = rank
            remaining[m] = [s for s in remaining[m] if s not in members]

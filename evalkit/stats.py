"""Per-segment statistics of every system and metric: cached, sharded, on all cores.

The segments are cut into fixed ranges (shards) over all systems. Each shard is a
pure function of its texts (`Shard` -> `ShardResult`): a worker builds the metrics
from their names and settings, prepares the shard's references once and extracts the
rows of every system, returning sufficient statistics, never scores. The driver puts
the rows in place, so the numbers cannot depend on the number of workers or the
order in which shards finish, and aggregates exactly as a serial run does.

Rows found in the statistics cache are not computed at all; the others are the
`Work` handed to an engine, which yields them back shard by shard, and this process
alone fills the tables and writes the cache. The local engine (`local_rows`) runs the
metrics that declare `parallel = True` (sacrebleu's: pure-Python work on each segment)
in a process pool and the others (embeddings, neural metrics: one model, its own
threads) in this process; `--engine ray` runs the same `compute_shard` on a Ray
cluster (evalkit/ray_engine.py).
"""

from __future__ import annotations

import multiprocessing as mp
import os
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator, Protocol, Sequence

import numpy as np

from .candidates import ScoringTask
from .embed.base import Embedder
from .embed.cache import default_cache_dir
from .errors import BackendUnavailable
from .metrics import Metric, MetricInput, MetricSettings, build_metrics, parse_metric_names
from .settings import Settings
from .stats_cache import StatisticsCache, check_texts, segment_keys

SHARD_SEGMENTS = 256  # segments per shard: fixed, so shard bounds never depend on --jobs
# Below this many segment-rows to compute (weighted by the metrics' `row_cost`), starting
# worker processes costs more than it saves.
PARALLEL_MIN_ROWS = 4000

Progress = Callable[[int, int, str], None]


def available_cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@dataclass(frozen=True)
class Shard:
    """Rows [start, start + len) of every system, for the metrics named; plain data."""

    metrics: tuple[str, ...]
    settings: MetricSettings
    start: int
    hypotheses: tuple[tuple[str, ...], ...]  # per system
    references: tuple[tuple[str, ...], ...]  # per reference stream
    sources: tuple[str, ...] | None
    todo: tuple[tuple[tuple[int, ...], ...], ...]  # per metric, per system: offsets to compute


@dataclass(frozen=True)
class ShardResult:
    start: int
    rows: tuple[tuple[np.ndarray, ...], ...]  # per metric, per system: one row per offset in `todo`


@dataclass(frozen=True)
class CacheUse:
    """How many system-segments had to be computed; the rest came from the cache."""

    recomputed: int
    total: int
    cached: bool  # False: the cache was off (--no-cache)


@lru_cache(maxsize=4)
def _metrics(names: tuple[str, ...], settings: MetricSettings) -> tuple[Metric, ...]:
    return tuple(build_metrics(names, settings))


def compute_shard(shard: Shard) -> ShardResult:
    return ShardResult(shard.start, tuple(
        _rows(metric, shard, todo) for metric, todo in zip(_metrics(shard.metrics, shard.settings), shard.todo)
    ))


def _rows(metric: Metric, shard: Shard, todo: tuple[tuple[int, ...], ...]) -> tuple[np.ndarray, ...]:
    out: list[np.ndarray] = []
    subsets: dict[tuple[int, ...], tuple] = {}  # systems missing the same rows share prepared references
    for hypotheses, offsets in zip(shard.hypotheses, todo):
        if not offsets:
            out.append(np.empty((0, 0)))
            continue
        if offsets not in subsets:
            subsets[offsets] = (
                tuple(tuple(stream[i] for i in offsets) for stream in shard.references),
                None if shard.sources is None else tuple(shard.sources[i] for i in offsets),
            )
        references, sources = subsets[offsets]
        data = MetricInput(tuple(hypotheses[i] for i in offsets), references, sources)
        out.append(np.asarray(metric.segment_stats(data), dtype=np.float64))
    return tuple(out)


@dataclass
class _Table:
    """One metric's rows for every system, filled from the cache and from shards."""

    metric: Metric
    signature: str
    n: int  # segments
    keys: list[np.ndarray]  # per system; none with the cache off
    rows: list[np.ndarray | None]
    missing: list[np.ndarray]  # per system: bool per segment

    def fill(self, system: int, indices: np.ndarray, rows: np.ndarray) -> None:
        if self.rows[system] is None:
            self.rows[system] = np.zeros((self.n, rows.shape[1]), dtype=np.float64)
        self.rows[system][indices] = rows


@dataclass(frozen=True)
class Work:
    """The rows an engine is to compute: those the statistics cache did not have."""

    metrics: Sequence[Metric]
    names: tuple[str, ...]  # the registry names of `metrics`, which workers rebuild them from
    settings: MetricSettings
    systems: tuple[str, ...]  # names, for progress
    hypotheses: Sequence[Sequence[str]]  # per system
    references: Sequence[Sequence[str]]  # per reference stream
    sources: Sequence[str] | None
    missing: np.ndarray  # bool (metric, system, segment): the rows to compute
    jobs: int | None  # Settings.jobs

    @property
    def n(self) -> int:
        return self.missing.shape[2]

    def bounds(self, metrics: Sequence[int]) -> list[tuple[int, int]]:
        """The fixed shards holding rows of these metrics to compute."""
        return [(a, min(a + SHARD_SEGMENTS, self.n)) for a in range(0, self.n, SHARD_SEGMENTS)
                if self.missing[list(metrics), :, a:a + SHARD_SEGMENTS].any()]

    def parallel(self) -> list[int]:
        return [i for i, metric in enumerate(self.metrics) if getattr(metric, "parallel", False)]

    def shard(self, metrics: Sequence[int], bounds: tuple[int, int]) -> Shard:
        start, end = bounds
        return Shard(
            metrics=tuple(self.names[i] for i in metrics),
            settings=self.settings,
            start=start,
            hypotheses=tuple(tuple(hyps[start:end]) for hyps in self.hypotheses),
            references=tuple(tuple(stream[start:end]) for stream in self.references),
            sources=None if self.sources is None else tuple(self.sources[start:end]),
            todo=tuple(tuple(tuple(np.flatnonzero(self.missing[i, s, start:end]).tolist())
                             for s in range(len(self.hypotheses))) for i in metrics),
        )

    def unpack(self, metrics: Sequence[int], result: ShardResult) -> list[Rows]:
        """A shard's rows, each with the metric, system and segments it belongs to."""
        out = []
        for i, per_system in zip(metrics, result.rows):
            for s, rows in enumerate(per_system):
                if len(rows):
                    where = np.flatnonzero(self.missing[i, s, result.start:result.start + SHARD_SEGMENTS])
                    out.append((i, s, result.start + where, rows))
        return out


# (metric index into Work.metrics, system, segment indices, their rows)
Rows = tuple[int, int, np.ndarray, np.ndarray]
# What an engine yields: rows just computed and what is being worked on (no rows: starting it).
Batch = tuple[str, list[Rows]]


class Engine(Protocol):
    """Where the work runs: `LocalEngine`, or `ray_engine.RayEngine` (`--engine ray`)."""

    def rows(self, work: Work) -> Iterator[Batch]:
        """The rows `work` asks for, in any order, a shard at a time."""

    def embedder(self, spec: str | Embedder) -> str | Embedder:
        """What `embed.shared_embedder` is to wrap, for a model spec (`evalkit check`)."""


class LocalEngine:
    """This machine: sacrebleu's metrics in worker processes, the others in this process."""

    def rows(self, work: Work) -> Iterator[Batch]:
        return local_rows(work)

    def embedder(self, spec: str | Embedder) -> str | Embedder:
        return spec


def compute_statistics(metrics: Sequence[Metric], names: Sequence[str], metric_settings: MetricSettings,
                       task: ScoringTask, settings: Settings, *, progress: Progress | None = None,
                       ) -> tuple[list[dict[str, np.ndarray]], CacheUse]:
    """Rows of every metric for every system of the task (metric name -> (n, k) array,
    one dict per system), and how many system-segments had to be computed.

    `metrics` were built from the registry `names` with `metric_settings`: what a
    worker rebuilds them from.
    """
    cache = StatisticsCache((settings.cache_dir or default_cache_dir()) if settings.use_cache else None)
    hypotheses = [system.hypotheses for system in task.systems]
    n, n_systems = len(task.ids), len(task.systems)
    tables = [_lookup(metric, hypotheses, task.references, task.sources, cache) for metric in metrics]
    missing = np.array([table.missing for table in tables], dtype=bool).reshape(len(tables), n_systems, n)
    total = missing.size
    done = total - int(missing.sum())
    if missing.any():
        work = Work(tuple(metrics), parse_metric_names(names), metric_settings, tuple(s.name for s in task.systems),
                    hypotheses, task.references, task.sources, missing, settings.jobs)
        with open_engine(settings) as engine:
            for label, batch in engine.rows(work):
                for i, s, indices, rows in batch:
                    tables[i].fill(s, indices, rows)
                    done += len(rows)
                if progress:
                    progress(done, total, label)

    for i, table in enumerate(tables):
        if cache.root is not None and missing[i].any():
            # a cold run stores whole arrays, not copies of them
            cache.put(table.signature, [(table.keys[s][missing[i, s]],
                                         table.rows[s] if missing[i, s].all() else table.rows[s][missing[i, s]])
                                        for s in range(n_systems) if missing[i, s].any()])
    results = [{table.metric.name: table.rows[s] for table in tables} for s in range(n_systems)]
    return results, CacheUse(int(missing.any(axis=0).sum()), n_systems * n, cache.root is not None)


@contextmanager
def open_engine(settings: Settings) -> Iterator[Engine]:
    """The engine `settings.engine` names, ready for the duration of the block."""
    if settings.engine == "local":
        yield LocalEngine()
        return
    try:
        from . import ray_engine
    except ModuleNotFoundError as exc:
        if exc.name != "ray":
            raise
        raise BackendUnavailable("--engine ray needs Ray, an optional extra: pip install 'evalkit-mt[ray]'") from None
    with ray_engine.connect(settings) as engine:
        yield engine


def local_rows(work: Work) -> Iterator[Batch]:
    parallel = work.parallel()
    bounds = work.bounds(parallel) if parallel else []
    if bounds:
        label = ", ".join(work.metrics[i].name for i in parallel)
        yield label, []
        shard_jobs = [work.shard(parallel, b) for b in bounds]
        cost = sum(int(work.missing[i].sum()) * getattr(work.metrics[i], "row_cost", 1) for i in parallel)
        # the longest shards first, so that no worker is left with a long one at the end
        # (TER's time grows faster than the length); rows are put in place by index
        shard_jobs.sort(key=_shard_size, reverse=True)
        for result in _run_shards(shard_jobs, _workers(work.jobs, len(bounds), cost)):
            yield label, work.unpack(parallel, result)

    for i, metric in enumerate(work.metrics):
        if i in parallel:
            continue
        for s, system in enumerate(work.systems):
            for a in range(0, work.n, SHARD_SEGMENTS):  # shard by shard, for the progress bar and bounded batches
                indices = a + np.flatnonzero(work.missing[i, s, a:a + SHARD_SEGMENTS])
                if not len(indices):
                    continue
                label = f"{system}: {metric.name}"
                yield label, []
                data = MetricInput([work.hypotheses[s][j] for j in indices],
                                   [[stream[j] for j in indices] for stream in work.references],
                                   None if work.sources is None else [work.sources[j] for j in indices])
                yield label, [(i, s, indices, np.asarray(metric.segment_stats(data), dtype=np.float64))]


def _lookup(metric: Metric, hypotheses: Sequence[Sequence[str]], references: Sequence[Sequence[str]],
            sources: Sequence[str] | None, cache: StatisticsCache) -> _Table:
    if hasattr(metric, "prepare"):
        metric.prepare(references, sources)
    if getattr(metric, "parallel", False) and len(hypotheses) and len(hypotheses[0]):
        # A signature may depend on the input's shape (sacrebleu's nrefs): let this
        # process's metric see one segment, as the workers' metrics see theirs.
        metric.segment_stats(MetricInput(hypotheses[0][:1], [stream[:1] for stream in references],
                                         None if sources is None else sources[:1]))
    signature = metric.signature()
    srcs = sources if metric.needs_source else None
    refs = references if metric.needs_reference else []
    n = len(hypotheses[0]) if hypotheses else 0
    table = _Table(metric, signature, n, [], [], [])
    for hyps in hypotheses:
        if cache.root is None:  # nothing to look up: no keys to compute (a digest of every text)
            check_texts(hyps, refs, srcs)
            table.rows.append(None)
            table.missing.append(np.ones(n, dtype=bool))
            continue
        keys = segment_keys(signature, hyps, refs, srcs)
        found, rows = cache.get(signature, keys)
        table.keys.append(keys)
        table.rows.append(rows)
        table.missing.append(~found)
    return table


def _shard_size(shard: Shard) -> int:
    """Sum over the rows to compute of candidate length x reference length, in characters."""
    reference = shard.references[0] if shard.references else None
    return sum(len(hypotheses[i]) * (len(reference[i]) if reference else 1)
               for hypotheses, todo in zip(shard.hypotheses, zip(*shard.todo)) for offsets in todo for i in offsets)


def _workers(jobs: int | None, n_shards: int, cost: int) -> int:
    """`cost`: the rows to compute, weighted by their metrics' `row_cost`."""
    if jobs is None:
        jobs = available_cpus() if cost >= PARALLEL_MIN_ROWS else 1
    return max(1, min(jobs, n_shards))


def _run_shards(shards: list[Shard], workers: int):
    """Shard results as they complete (in order when serial)."""
    if workers <= 1:
        yield from map(compute_shard, shards)
        return
    method = "fork" if "fork" in mp.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context(method)) as pool:
        pending = {pool.submit(compute_shard, shard) for shard in shards}
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield future.result()
        finally:
            for future in pending:
                future.cancel()

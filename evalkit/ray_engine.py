"""`--engine ray`: the statistics shards on a Ray cluster; caches, aggregation and reports here.

This process (the driver) does what it does locally up to the rows to compute: it reads
the texts (lazily, linefile.py), looks every row up in the statistics cache and hands
only the missing ones over, as the same fixed shards `stats.Work` cuts. Then:

- sacrebleu's metrics (`parallel`): one Ray task per shard, running `stats.compute_shard`,
  the function the local process pool runs;
- model metrics (embeddings, COMET, BERTScore, plugins): Ray actors, one per GPU when the
  cluster has GPUs, else one per CPU (at most `--jobs`), each building the metrics once,
  so that a model loads once per worker, and taking shard after shard.

A shard carries its texts once for all systems and metrics (the references are not
repeated per system); the driver keeps a bounded number of shards in flight and builds
the next ones as results come back, so neither its memory nor the object store grows
with the input. Results are put in place by index, so they are bit-identical to a local
run whatever the number of workers and the order in which shards finish.

Workers never write a cache (their metrics run with the embedding cache off); the
driver writes the statistics cache and the reports, as locally. Ray runs a task or an
actor call again when its worker dies (`RETRIES`); errors a worker raises on purpose
(a missing model, another evalkit version) come back as the same one-line errors.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

import numpy as np
import ray
from ray.exceptions import RayError, RayTaskError
from ray.util import ActorPool

from .embed import load_embedder
from .errors import BackendUnavailable, ConfigError, EvalkitError
from .metrics import MetricSettings
from .settings import Settings
from .stats import Batch, Shard, ShardResult, Work, _metrics, compute_shard

# Runs of a task or actor call whose worker died (killed, out of memory, a node lost).
RETRIES = 3
CONNECT_SECONDS = 5.0  # to reach a cluster's address before Ray's own minutes of retrying
WAIT_SECONDS = 0.5  # between looks for Ctrl-C while waiting for results
T = TypeVar("T")


class ClusterMismatch(ConfigError):
    """A worker would compute different numbers than this process (another evalkit, sacrebleu, model)."""


def _fingerprint(names: tuple[str, ...], settings: MetricSettings) -> dict[str, str]:
    """What the numbers depend on, as seen by this process: evalkit's version, each metric's signature."""
    from . import __version__

    return {"evalkit": __version__, **{metric.name: metric.signature() for metric in _metrics(names, settings)}}


def _check_same(expected: dict[str, str], names: tuple[str, ...], settings: MetricSettings) -> None:
    found = _fingerprint(names, settings)
    for key, value in expected.items():
        if found.get(key) != value:
            what = "evalkit" if key == "evalkit" else f"the {key} signature"
            raise ClusterMismatch(f"the Ray workers run {what} {found.get(key)}, this process {value}: install the "
                                  "same evalkit, metric packages and models on the cluster as here")


def _computed(shard: Shard, expected: dict[str, str]) -> ShardResult:
    result = compute_shard(shard)
    _check_same(expected, shard.metrics, shard.settings)  # after: sacrebleu's signature needs a shard seen
    return result


@ray.remote(max_retries=RETRIES)
def _statistics_task(shard: Shard, expected: dict[str, str]) -> ShardResult:
    return _computed(shard, expected)


@ray.remote(max_restarts=RETRIES, max_task_retries=RETRIES)
class _ModelWorker:
    """Model metrics in one worker process: each model loads once, on first use."""

    def __init__(self, names: tuple[str, ...], settings: MetricSettings,
                 corpus: tuple[tuple[tuple[str, ...], ...], tuple[str, ...] | None] | None) -> None:
        for metric in _metrics(names, settings):
            if corpus is not None and hasattr(metric, "prepare"):  # corpus-wide facts (BERTScore's idf)
                metric.prepare(*corpus)

    def compute(self, shard: Shard, expected: dict[str, str]) -> ShardResult:
        return _computed(shard, expected)


@ray.remote(max_restarts=RETRIES, max_task_retries=RETRIES)
class _EmbedWorker:
    """An embedding model on the cluster, for `evalkit check`'s alignment."""

    def __init__(self, spec: str) -> None:
        self._embedder = load_embedder(spec)

    def describe(self) -> tuple[str, int | None]:
        return self._embedder.model_id, getattr(self._embedder, "max_chars", None)

    def encode(self, texts: list[str]) -> np.ndarray:
        return self._embedder.encode(texts)

    def encode_with_parts(self, parts: list[list[str]], joiner: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        if hasattr(self._embedder, "encode_with_parts"):
            return self._embedder.encode_with_parts(parts, joiner)
        return self._embedder.encode([joiner.join(part) for part in parts]), {}


class RemoteEmbedder:
    """An Embedder whose model runs on a Ray actor; this process keeps the embedding cache
    (`shared_embedder` wraps it), so only texts not in the cache are sent."""

    def __init__(self, actor: Any) -> None:
        self._actor = actor
        self.model_id, max_chars = _wait_one(actor.describe.remote())
        if max_chars is not None:
            self.max_chars = max_chars

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return _wait_one(self._actor.encode.remote(list(texts)))

    def encode_with_parts(self, parts: Sequence[Sequence[str]], joiner: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        return _wait_one(self._actor.encode_with_parts.remote([list(part) for part in parts], joiner))


class RayEngine:
    """Rows and embeddings computed on the connected cluster (see the module's docstring)."""

    def __init__(self, jobs: int | None, where: str) -> None:
        resources = ray.cluster_resources()
        self.cpus, self.gpus = int(resources.get("CPU", 0)), int(resources.get("GPU", 0))
        if self.cpus < 1:
            shown = ", ".join(f"{key} {value:g}" for key, value in sorted(resources.items()) if "node:" not in key)
            raise ConfigError(f"the Ray cluster {where} has no CPU to run evalkit's work on ({shown or 'no resources'}); "
                              "add worker nodes or start it with --num-cpus")
        self.jobs = jobs
        self._tasks: set[Any] = set()  # in flight, cancelled if the run ends early
        self._actors: list[Any] = []

    def rows(self, work: Work) -> Iterator[Batch]:
        # workers never write a cache: the driver writes the rows it gets back
        settings = replace(work.settings, embed_cache=False, embed_cache_dir=None)
        parallel = work.parallel()
        models = [i for i in range(len(work.metrics)) if i not in parallel]
        for metrics, on_actors in ((parallel, False), (models, True)):  # as locally: sacrebleu's first
            bounds = work.bounds(metrics) if metrics else []
            if not bounds:
                continue
            label = ", ".join(work.metrics[i].name for i in metrics)
            yield label, []
            expected = _expected(work, metrics)
            shards = (replace(work.shard(metrics, b), settings=settings) for b in bounds)
            results = (self._run_actors(shards, len(bounds), expected, work, metrics, settings) if on_actors
                       else self._run_tasks(shards, expected))
            for result in results:
                yield label, work.unpack(metrics, result)

    def embedder(self, spec: Any) -> RemoteEmbedder:
        self._actors.append(_EmbedWorker.options(**self._worker_resources()).remote(spec))
        return RemoteEmbedder(self._actors[-1])

    def close(self) -> None:
        """Cancel what is still running (Ctrl-C, an error) and let the actors go."""
        for ref in self._tasks:
            ray.cancel(ref, force=True)
        for actor in self._actors:
            ray.kill(actor)
        self._tasks.clear()
        self._actors.clear()

    def _worker_resources(self) -> dict[str, int]:
        return {"num_cpus": 1, "num_gpus": 1} if self.gpus else {"num_cpus": 1}

    def _run_tasks(self, shards: Iterable[Shard], expected: dict[str, str]) -> Iterator[ShardResult]:
        window = self.jobs or 2 * self.cpus  # the workers stay busy; the driver holds this many shards at most
        for shard in shards:
            self._tasks.add(_statistics_task.remote(shard, expected))
            while len(self._tasks) >= window:
                yield from self._finished()
        while self._tasks:
            yield from self._finished()

    def _finished(self) -> Iterator[ShardResult]:
        ready, _ = _interruptible(lambda: ray.wait(list(self._tasks), num_returns=1, timeout=WAIT_SECONDS))
        for ref in ready:
            self._tasks.discard(ref)
            yield _result(lambda: ray.get(ref))

    def _run_actors(self, shards: Iterable[Shard], count: int, expected: dict[str, str], work: Work,
                    metrics: list[int], settings: MetricSettings) -> Iterator[ShardResult]:
        corpus = None
        if any(hasattr(work.metrics[i], "prepare") for i in metrics):
            corpus = ray.put((tuple(tuple(stream) for stream in work.references),
                              None if work.sources is None else tuple(work.sources)))
        n = max(1, min(self.jobs or self.gpus or self.cpus, count))
        names = tuple(work.names[i] for i in metrics)
        workers = [_ModelWorker.options(**self._worker_resources()).remote(names, settings, corpus) for _ in range(n)]
        self._actors += workers
        pool = ActorPool(workers)
        in_flight = 0
        for shard in shards:
            pool.submit(lambda actor, job: actor.compute.remote(job, expected), shard)
            in_flight += 1
            while in_flight >= 2 * n:
                for result in _next(pool):
                    in_flight -= 1
                    yield result
        while in_flight:
            for result in _next(pool):
                in_flight -= 1
                yield result
        for actor in workers:  # their models are no longer needed
            ray.kill(actor)
            self._actors.remove(actor)


def _expected(work: Work, metrics: list[int]) -> dict[str, str]:
    from . import __version__

    return {"evalkit": __version__, **{work.metrics[i].name: work.metrics[i].signature() for i in metrics}}


def _next(pool: ActorPool) -> Iterator[ShardResult]:
    """The next result of the pool, or nothing within WAIT_SECONDS (so that Ctrl-C is seen)."""
    try:
        result = _result(lambda: _interruptible(lambda: pool.get_next_unordered(timeout=WAIT_SECONDS)))
    except TimeoutError:
        return
    yield result


def _wait_one(ref: Any) -> Any:
    while not _interruptible(lambda: ray.wait([ref], timeout=WAIT_SECONDS))[0]:
        pass
    return _result(lambda: ray.get(ref))


def _interruptible(wait: Callable[[], T]) -> T:
    """Ray's wait runs signal handlers (Ctrl-C, the CLI's SIGTERM) but then returns as if
    nothing happened, which Python reports as a SystemError caused by the handler's exception:
    raise that exception, so the run unwinds as it does locally."""
    try:
        return wait()
    except SystemError as exc:
        if isinstance(exc.__cause__, BaseException) and not isinstance(exc.__cause__, Exception):
            raise exc.__cause__ from None
        raise


def _result(get: Callable[[], T]) -> T:
    """A worker's result; its deliberate errors (EvalkitError) as this process's own."""
    try:
        return get()
    except RayTaskError as exc:
        cause = getattr(exc, "cause", None)
        if isinstance(cause, EvalkitError):
            raise type(cause)(str(cause)) from None
        raise  # a bug, reported as an internal error
    except RayError as exc:  # a worker or node lost beyond the retries, the object store full, ...
        raise BackendUnavailable(f"the Ray cluster failed: {_one_line(exc)}") from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


@contextmanager
def connect(settings: Settings) -> Iterator[RayEngine]:
    """This process connected to the cluster of `settings.ray_address`, else $RAY_ADDRESS, else to
    a Ray started here for the run (stopped at the end). A process already connected (the API,
    tests) keeps its connection and its cluster."""
    if settings.embedder is not None and not isinstance(settings.embedder, str):
        raise ConfigError("--engine ray builds the embedder on the cluster from its spec: give a spec, not an object")
    address = settings.ray_address or os.environ.get("RAY_ADDRESS") or None
    started = not ray.is_initialized()
    if started:
        _init(address, settings.jobs)
    try:
        engine = RayEngine(settings.jobs, f"at {address}" if address else "started for this run" if started else
                           "this process is connected to")
        try:
            yield engine
        finally:
            engine.close()
    finally:
        if started:
            ray.shutdown()


def _init(address: str | None, jobs: int | None) -> None:
    if address not in (None, "auto", "local"):
        _check_reachable(address)
    local = address in (None, "local")
    # ray.init makes SIGTERM exit at once; the CLI's handler unwinds, so that nothing is left half-written
    handler = signal.getsignal(signal.SIGTERM) if threading.current_thread() is threading.main_thread() else None
    try:
        ray.init(address=address, log_to_driver=False, logging_level=logging.ERROR,
                 **({"num_cpus": jobs, "include_dashboard": False} if local else {}))
    except Exception as exc:  # ConnectionError, a version mismatch (RuntimeError), authentication, ...
        ray.shutdown()
        where = f"at {address}" if address else "for this run"
        raise ConfigError(f"cannot use the Ray cluster {where}: {_one_line(exc)}") from None
    finally:
        if handler is not None:
            signal.signal(signal.SIGTERM, handler)


def _check_reachable(address: str) -> None:
    """Fail in seconds, in one line, where Ray would retry for minutes."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    try:
        number = int(port)
    except ValueError:
        raise ConfigError(f"Ray address {address!r}: write HOST:PORT (e.g. 10.0.0.5:6379), ray://HOST:PORT or auto") from None
    try:
        socket.create_connection((host.strip("[]") or "127.0.0.1", number), timeout=CONNECT_SECONDS).close()
    except OSError as exc:
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise ConfigError(f"cannot reach a Ray cluster at {address} ({reason}); start one with `ray start --head` "
                          "or give another --ray-address (or RAY_ADDRESS)") from None

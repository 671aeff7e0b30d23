"""Metrics for the Ray engine's fault tests (tests/test_ray_engine.py), run on a test cluster
whose workers have $EVALKIT_TEST_RAY_DIR (the room) set.

They compute chrF's statistics (`task`, a `parallel` metric: Ray tasks) or a word overlap
(`actor`, a model metric: Ray actors), except in a Ray worker when the test has put
`armed-KIND` in the room: the first such call writes its process id to `victim-KIND` and
then only touches `heartbeat-KIND` until the test kills it; the call Ray retries sees the
victim file and computes. `slow` variants stall every call, to be cancelled.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from evalkit.metrics import SegmentScoreMetric
from evalkit.metrics.sacrebleu_metrics import make_chrf

STALL_SECONDS = 60


def _stall(kind: str, *, every_call: bool = False) -> None:
    room = os.environ.get("EVALKIT_TEST_RAY_DIR")
    if not room or "default_worker" not in sys.argv[0]:  # only ever in a Ray worker, never in the driver
        return
    if not every_call:
        if not (Path(room) / f"armed-{kind}").exists():
            return
        try:
            fd = os.open(Path(room) / f"victim-{kind}", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:  # the retry after the kill
            return
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
    (Path(room) / f"started-{kind}").touch()
    deadline = time.monotonic() + STALL_SECONDS
    while time.monotonic() < deadline:
        (Path(room) / f"heartbeat-{kind}").touch()
        time.sleep(0.05)


def _chrf(settings, kind: str, every_call: bool):
    metric = make_chrf(settings)
    compute = metric.segment_stats

    def segment_stats(data):
        _stall(kind, every_call=every_call)
        return compute(data)

    metric.segment_stats = segment_stats
    return metric


def make_task(spec, settings):
    return _chrf(settings, "task", False)


def make_slow_task(spec, settings):
    return _chrf(settings, "slow-task", True)


class Overlap(SegmentScoreMetric):
    """Share of the reference's words in the candidate, as a model metric would score it."""

    def __init__(self, spec, settings, kind: str, every_call: bool) -> None:
        super().__init__(spec.text, settings, needs_reference=True, needs_source=False)
        self.model_id = "test-overlap-v1"
        self._kind, self._every_call = kind, every_call

    def predict(self, sources, hypotheses, references):
        _stall(self._kind, every_call=self._every_call)
        return [len(set(h.split()) & set(r.split())) / max(1, len(set(r.split()))) for h, r in zip(hypotheses, references)]


def make_actor(spec, settings):
    return Overlap(spec, settings, "actor", False)


def make_slow_actor(spec, settings):
    return Overlap(spec, settings, "slow-actor", True)

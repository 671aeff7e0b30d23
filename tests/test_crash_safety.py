"""SIGKILL in the middle of a run: no partial report is visible, and the next run reads both
caches (embeddings, statistics) and gets exactly the numbers of an uncached run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

REPORT_FILES = {"segments.jsonl", "segments.csv", "summary.md", "report.html", "summary.json"}
# Runs evalkit's CLI, killed by SIGKILL at the KILL_AT-th fsync: after a cache pack or a
# report file is written in full and before it is renamed into place, the only moment a
# kill could leave something half-done.
KILLER = """
import os, signal, sys
from evalkit.cli import main
calls = 0
real_fsync = os.fsync
def fsync(fd):
    global calls
    real_fsync(fd)
    calls += 1
    if calls == int(os.environ["KILL_AT"]):
        os.kill(os.getpid(), signal.SIGKILL)
os.fsync = fsync
sys.argv = ["evalkit", *sys.argv[1:]]
main()
"""


def _run(args: list[str], repo_root: Path, kill_at: int = 0) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(repo_root), "KILL_AT": str(kill_at)}
    return subprocess.run([sys.executable, "-c", KILLER, *args], env=env, capture_output=True, text=True)


def _visible(out: Path) -> set[str]:
    return {p.name for p in out.iterdir() if not p.name.startswith(".")} if out.exists() else set()


def test_a_killed_run_leaves_no_partial_report_and_sound_caches(tmp_path, reference_set_dir, repo_root):
    en = (reference_set_dir / "en.txt").read_text(encoding="utf-8").splitlines()[:20]
    ref = tmp_path / "ref.txt"
    ref.write_text("\n".join(en) + "\n", encoding="utf-8")
    hyp = tmp_path / "hyp.txt"
    hyp.write_text("\n".join(line.replace("the ", "a ") for line in en) + "\n", encoding="utf-8")
    cache, out = tmp_path / "cache", tmp_path / "out"
    args = ["score", str(hyp), "--ref", str(ref), "--metrics", "bleu,chrf,embed", "--resamples", "50",
            "--cache-dir", str(cache), "--out", str(out)]

    # A run fsyncs its new cache packs (embeddings, then statistics per metric), then each
    # report file. Each killed run gets further than the last, as the caches fill up.
    for kill_at in (1, 2, 3, 4, 5, 3):  # the last two: mid-report and at the last report file
        killed = _run(args, repo_root, kill_at)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert _visible(out) == set(), f"killed at fsync {kill_at}: {sorted(_visible(out))} visible"

    finished = _run(args, repo_root)
    assert finished.returncode == 0, finished.stderr
    assert _visible(out) == REPORT_FILES
    uncached = tmp_path / "uncached"
    assert _run([*args[:-4], "--no-cache", "--out", str(uncached)], repo_root).returncode == 0
    for name in ("segments.jsonl", "summary.json"):
        assert (out / name).read_bytes() == (uncached / name).read_bytes()
    again = _run(args, repo_root)  # everything is in the caches now, and whole
    assert "statistics: 0 of 20 segments recomputed" in again.stderr
    assert (out / "segments.jsonl").read_bytes() == (uncached / "segments.jsonl").read_bytes()

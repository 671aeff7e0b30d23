"""The local engine against `--engine ray` on this machine: wall time and peak memory of the
driver, the workers and Ray's own processes; the fixed cost of starting Ray; 1 and 2 workers.

    python3 benchmarks/bench_engines.py                 # all rows, --runs 3 interleaved runs each (~30 min on 2 cores)
    python3 benchmarks/bench_engines.py --quick         # small sizes, one run: does everything work?
    python3 benchmarks/bench_engines.py --million       # 1,000,000 segments x 2 systems, BLEU+chrF, --engine ray, once
    python3 benchmarks/bench_engines.py --table         # the Markdown tables of benchmarks/out/engines.json

Rows (each a child process, the cache off so that every row is computed):

- `startup`: 20 segments, BLEU: the whole run local and on a Ray started for it; the
  difference is Ray's fixed cost (start, workers, shutdown);
- `statistics`: 8 systems x 20,000 generated segments (benchmarks/bench_score.py), BLEU+chrF;
- `embeddings`: 1 system x 10,000 segments, `embed`: 20,000 texts through the bundled model;
- each local and on Ray, with `--jobs 1` and `--jobs 2` (Ray: a local cluster of that many CPUs).

The child runs the library (`evalkit.score`, significance off, no reports): what the engines
change. `--million` runs the real command instead, `evalkit score` with its reports and 1,000
bootstrap resamples. A sampler reads /proc every 0.1 s for the child and all its descendants:
the driver's peak is the kernel's high-water mark (VmHWM), the workers' (the local pool's forks,
Ray's worker processes) and Ray's daemons' (GCS, raylet, agents) are sampled sums. Forked
workers share the driver's pages until written, so their sum overstates what they add.

The load average is recorded before and after every run: on a shared machine, trust ratios
measured side by side, and rerun on a quiet machine for figures to publish. Data and results
go to benchmarks/out/ (git-ignored); --data reuses generated files.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_score import generate  # noqa: E402

# What the child process runs: the scoring the engines change, timed from its start.
CHILD = """
import json, sys, time
start = time.perf_counter()
import evalkit
args = json.loads(sys.argv[1])
imported = time.perf_counter()
result = evalkit.score(args["hyps"], ref=args["ref"], metrics=args["metrics"], use_cache=False,
                       engine=args["engine"], jobs=args["jobs"], significance="none")
done = time.perf_counter()
print(json.dumps({"import_s": imported - start, "score_s": done - imported,
                  "corpus": [s.corpus for s in result.systems]}))
"""
# Resampling after scoring: is it worth sending to a cluster? (1,000 bootstrap resamples)
RESAMPLING = """
import json, sys, time
import evalkit
from evalkit.settings import SignificanceSettings
from evalkit.significance import build_leaderboard
args = json.loads(sys.argv[1])
result = evalkit.score(args["hyps"], ref=args["ref"], metrics=args["metrics"], use_cache=False, significance="none")
times = {}
for jobs in (1, 2):
    start = time.perf_counter()
    build_leaderboard(result, SignificanceSettings(method="bootstrap", resamples=1000), jobs=jobs)
    times[f"jobs_{jobs}"] = time.perf_counter() - start
print(json.dumps(times))
"""
# How fast the driver alone can go: Ray tasks that return zero rows at once, so the workers
# take no time and the statistics phase is the driver's work (cutting shards from the files,
# submitting them, putting rows in place) plus Ray's per-task cost.
DRIVER_CEILING = """
import json, sys, time
import numpy as np, ray
import evalkit
from evalkit import ray_engine
from evalkit.stats import ShardResult
WIDTHS = {"bleu": 10, "chrf": 18}

@ray.remote
def no_work(shard, expected):
    return ShardResult(shard.start, tuple(tuple(np.zeros((len(offsets), WIDTHS[name])) for offsets in todo)
                                          for name, todo in zip(shard.metrics, shard.todo)))

ray_engine._statistics_task = no_work
args = json.loads(sys.argv[1])
marks = []
evalkit.score(args["hyps"], ref=args["ref"], metrics=["bleu", "chrf"], use_cache=False, engine="ray",
              significance="none", progress=lambda done, total, label: marks.append((time.perf_counter(), done)))
(start, first), (end, last) = marks[0], marks[-2]
print(json.dumps({"rows": last - first, "seconds": end - start}))
"""
RAY_DAEMONS = ("gcs_server", "raylet", "dashboard", "log_monitor", "monitor.py", "runtime_env", "agent")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _status(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM", "RssAnon", "RssShmem"):
            fields[key] = int(value.split()[0]) * 1024
    return fields


class Sampler(threading.Thread):
    """Peak memory of a process tree, by role, until the root exits."""

    def __init__(self, root: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.peak = {"driver_hwm": 0, "driver_anon": 0, "driver_shmem": 0, "workers_sum": 0, "worker_max": 0,
                     "forks_sum": 0, "fork_max": 0, "ray_daemons_sum": 0}
        self.timeline: list[tuple[float, int]] = []  # (seconds, driver RSS in MiB) every 5 s: where the peak falls
        self.halt = threading.Event()
        self.started = time.perf_counter()

    def run(self) -> None:
        while not self.halt.is_set():
            try:
                self._sample()
            except OSError:
                pass
            time.sleep(self.interval)

    def _sample(self) -> None:
        tree, pids, todo = _children(), [], [self.root]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            todo += tree.get(pid, [])
        sums = {"workers_sum": 0, "forks_sum": 0, "ray_daemons_sum": 0}
        for pid in pids:
            try:
                status = _status(pid)
                command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if pid == self.root:
                self.peak["driver_hwm"] = max(self.peak["driver_hwm"], status.get("VmHWM", 0))
                self.peak["driver_anon"] = max(self.peak["driver_anon"], status.get("RssAnon", 0))
                self.peak["driver_shmem"] = max(self.peak["driver_shmem"], status.get("RssShmem", 0))
                elapsed = time.perf_counter() - self.started
                if not self.timeline or elapsed - self.timeline[-1][0] >= 5:
                    self.timeline.append((round(elapsed, 1), status.get("VmRSS", 0) >> 20))
            elif command.startswith("ray::") or "default_worker" in command:
                sums["workers_sum"] += status.get("VmRSS", 0)
                self.peak["worker_max"] = max(self.peak["worker_max"], status.get("VmHWM", 0))
            elif any(name in command for name in RAY_DAEMONS):
                sums["ray_daemons_sum"] += status.get("VmRSS", 0)
            else:  # the local process pool's forks (statistics or resampling): they share the driver's pages
                sums["forks_sum"] += status.get("VmRSS", 0)
                self.peak["fork_max"] = max(self.peak["fork_max"], status.get("VmHWM", 0))
        for key, value in sums.items():
            self.peak[key] = max(self.peak[key], value)


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def run_measured(command: list[str], timeout: float | None = None) -> dict:
    load_before = _load()
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "RAY_USAGE_STATS_ENABLED": "0"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    sampler = Sampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate(timeout=timeout)
    sampler.halt.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"failed ({process.returncode}): {' '.join(command)}\n{stderr[-3000:]}")
    mib = {key: round(value / 2**20, 1) for key, value in sampler.peak.items()}
    return {"wall_s": round(time.perf_counter() - started, 2), "load_before": load_before, "load_after": _load(),
            **{f"{key}_mib": value for key, value in mib.items()}, "driver_timeline": sampler.timeline,
            "stdout": stdout, "stderr": stderr[-2000:]}


def child(ref: Path, hyps: list[Path], metrics: list[str], engine: str, jobs: int) -> dict:
    args = {"ref": str(ref), "hyps": [str(h) for h in hyps], "metrics": metrics, "engine": engine, "jobs": jobs}
    measured = run_measured([sys.executable, "-c", CHILD, json.dumps(args)])
    reported = json.loads(measured.pop("stdout").strip().splitlines()[-1])
    measured.pop("stderr")
    measured.pop("driver_timeline")
    return {**measured, "import_s": round(reported["import_s"], 2), "score_s": round(reported["score_s"], 2),
            "corpus": reported["corpus"]}


def embedding_data(folder: Path, n: int) -> tuple[Path, list[Path]]:
    """n reference segments and one system, all distinct texts (2n to embed)."""
    ref, systems = generate(folder, 1, n, seed=7)
    return ref, systems


def compare(name: str, ref: Path, hyps: list[Path], metrics: list[str], runs: int) -> dict:
    """Every engine x jobs combination, interleaved, `runs` times; medians kept."""
    configs = [(engine, jobs) for jobs in (1, 2) for engine in ("local", "ray")]
    samples: dict[str, list[dict]] = {f"{engine}-{jobs}": [] for engine, jobs in configs}
    for number in range(runs):
        for engine, jobs in configs:
            result = child(ref, hyps, metrics, engine, jobs)
            samples[f"{engine}-{jobs}"].append(result)
            print(f"{name} run {number + 1} {engine} --jobs {jobs}: score {result['score_s']} s, driver "
                  f"{result['driver_hwm_mib']} MiB, workers {result['workers_sum_mib'] + result['forks_sum_mib']} MiB, "
                  f"Ray daemons {result['ray_daemons_sum_mib']} MiB (load {result['load_before']})", flush=True)
    corpora = {json.dumps(s["corpus"], sort_keys=True) for runs_ in samples.values() for s in runs_}
    assert len(corpora) == 1, "the engines disagree"  # the benchmark also checks what the tests check
    rows = {}
    for key, runs_ in samples.items():
        rows[key] = {field: statistics.median(r[field] for r in runs_) for field in runs_[0]
                     if isinstance(runs_[0][field], (int, float))}
        rows[key]["runs"] = len(runs_)
        rows[key]["loads"] = [r["load_before"] for r in runs_]
    return rows


def million(args: argparse.Namespace) -> dict:
    folder = Path(args.data or OUT / f"engines-million-{args.segments}")
    ref, hyps = folder / "ref.txt", [folder / "sys01.txt", folder / "sys02.txt"]
    if not all(path.exists() for path in (ref, *hyps)):
        print(f"generating {args.segments:,} segments x 2 systems in {folder} ...", flush=True)
        generate(folder, 2, args.segments, seed=3)
    out, cache = OUT / f"engines-million-report-{args.segments}", OUT / f"engines-million-cache-{args.segments}"
    shutil.rmtree(cache, ignore_errors=True)  # cold: every row computed, and written to the statistics cache
    command = [sys.executable, "-m", "evalkit", "score", *map(str, hyps), "--ref", str(ref), "--metrics", "bleu,chrf",
               "--engine", "ray", "--cache-dir", str(cache), "--out", str(out)]
    measured = run_measured(command)
    measured["cache_mib"] = round(sum(p.stat().st_size for p in cache.rglob("*") if p.is_file()) / 2**20, 1)
    shutil.rmtree(cache, ignore_errors=True)
    measured["inputs_mib"] = round(sum(p.stat().st_size for p in (ref, *hyps)) / 2**20, 1)
    measured["reports_mib"] = round(sum(p.stat().st_size for p in out.iterdir()) / 2**20, 1)
    measured["summary"] = json.loads((out / "summary.json").read_text(encoding="utf-8"))["systems"]
    measured["command"] = "evalkit " + " ".join(command[3:]).replace(str(ROOT) + "/", "")
    measured["segments"] = args.segments
    measured.pop("stdout")
    print(json.dumps({k: v for k, v in measured.items() if k != "summary"}, indent=2), flush=True)
    return measured


def resampling(ref: Path, hyps: list[Path], metrics: list[str], runs: int) -> dict:
    """The bootstrap phase alone (1,000 resamples), serial and on 2 local worker processes."""
    args = json.dumps({"ref": str(ref), "hyps": [str(h) for h in hyps], "metrics": metrics})
    samples = []
    for _ in range(runs):
        measured = run_measured([sys.executable, "-c", RESAMPLING, args])
        samples.append({**json.loads(measured["stdout"].strip().splitlines()[-1]), "load": measured["load_before"]})
        print(f"resampling: {samples[-1]}", flush=True)
    return {key: round(statistics.median(s[key] for s in samples), 2) for key in ("jobs_1", "jobs_2")} | {
        "loads": [s["load"] for s in samples], "runs": runs}


def driver_ceiling(ref: Path, hyps: list[Path], runs: int) -> dict:
    args = json.dumps({"ref": str(ref), "hyps": [str(h) for h in hyps]})
    samples = []
    for _ in range(runs):
        measured = run_measured([sys.executable, "-c", DRIVER_CEILING, args])
        found = json.loads(measured["stdout"].strip().splitlines()[-1])
        samples.append({"rows_per_s": found["rows"] / found["seconds"], "load": measured["load_before"]})
        print(f"driver ceiling: {samples[-1]}", flush=True)
    return {"rows_per_s": round(statistics.median(s["rows_per_s"] for s in samples)),
            "loads": [s["load"] for s in samples], "runs": runs}


def ray_start_only() -> dict:
    """ray.init() of a local 2-CPU Ray and its shutdown, nothing else."""
    code = ("import time, ray; t = time.perf_counter(); ray.init(num_cpus=2, include_dashboard=False, "
            "log_to_driver=False, logging_level='error'); ray.shutdown(); print(time.perf_counter() - t)")
    measured = run_measured([sys.executable, "-c", code])
    return {"s": round(float(measured["stdout"].strip().splitlines()[-1]), 2), "load": measured["load_before"]}


def table(results: dict) -> str:
    lines = []
    for name in ("statistics", "embeddings", "startup"):
        if name not in results:
            continue
        rows = results[name]
        lines += [f"**{name}** ({results['sizes'][name]}; medians of {rows['local-1']['runs']} interleaved runs, "
                  f"load averages {', '.join(str(x) for x in rows['local-1']['loads'])})", "",
                  "| engine | --jobs | scoring (s) | vs local | driver peak (MiB) | workers (MiB) | largest worker (MiB) "
                  "| Ray daemons (MiB) |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for key, row in rows.items():
            engine, jobs = key.split("-")
            ratio = row["score_s"] / rows[f"local-{jobs}"]["score_s"]
            lines.append(f"| {engine} | {jobs} | {row['score_s']:.1f} | {ratio:.2f}x | {row['driver_hwm_mib']:.0f} | "
                         f"{row['workers_sum_mib'] + row['forks_sum_mib']:.0f} | "
                         f"{max(row['worker_max_mib'], row['fork_max_mib']):.0f} | {row['ray_daemons_sum_mib']:.0f} |")
        lines.append("")
    if "resampling" in results:
        r = results["resampling"]
        lines += [f"Bootstrap (1,000 resamples) of the statistics above, after scoring: {r['jobs_1']} s serial, "
                  f"{r['jobs_2']} s on 2 local worker processes (medians of {r['runs']}, load averages "
                  f"{', '.join(str(x) for x in r['loads'])}).", ""]
    if "driver_ceiling" in results:
        c = results["driver_ceiling"]
        lines += [f"The driver alone, workers returning zero rows at once (BLEU+chrF rows it cuts, sends and puts in "
                  f"place): {c['rows_per_s']:,} system-segment rows/s (median of {c['runs']}, load averages "
                  f"{', '.join(str(x) for x in c['loads'])}).", ""]
    if "ray_init" in results:
        r = results["ray_init"]
        lines += [f"`ray.init()` + `ray.shutdown()` of a local 2-CPU Ray alone: {r['s']} s (one run, load average "
                  f"{r['load']}).", ""]
    if "million" in results:
        m = results["million"]
        lines += [f"**{m['segments']:,} segments x 2 systems, BLEU+chrF, `{m['command']}`** (inputs {m['inputs_mib']} MiB, "
                  f"reports {m['reports_mib']} MiB, statistics cache written {m.get('cache_mib', 0)} MiB; load "
                  f"{m['load_before']} before, {m['load_after']} after): "
                  f"wall {m['wall_s'] / 60:.1f} min; driver peak {m['driver_hwm_mib']:.0f} MiB (of which at most "
                  f"{m['driver_anon_mib']:.0f} MiB its own, {m['driver_shmem_mib']:.0f} MiB Ray's shared memory "
                  f"mapped); Ray's workers {m['workers_sum_mib']:.0f} MiB together, {m['worker_max_mib']:.0f} MiB "
                  f"the largest; the local resampling processes {m.get('forks_sum_mib', 0):.0f} MiB together "
                  f"(pages shared with the driver counted in each); Ray's daemons {m['ray_daemons_sum_mib']:.0f} MiB.",
                  ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="800 segments, 1 run")
    parser.add_argument("--million", action="store_true", help="only the 1,000,000 x 2 run (merged into the results)")
    parser.add_argument("--segments", type=int, default=1_000_000, help="with --million: segments (default: %(default)s)")
    parser.add_argument("--data", help="with --million: folder of ref.txt, sys01.txt, sys02.txt to reuse")
    parser.add_argument("--table", action="store_true", help="print the tables of the saved results")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    saved = OUT / ("engines-quick.json" if args.quick else "engines.json")
    results = json.loads(saved.read_text()) if saved.exists() else {}
    if args.table:
        print(table(results))
        return
    if args.million:
        results["million" if args.segments == 1_000_000 else f"million-{args.segments}"] = million(args)
    else:
        runs = 1 if args.quick else args.runs
        n_stats, n_embed = (800, 400) if args.quick else (20_000, 10_000)
        data = OUT / "engines-data"
        results["sizes"] = {"statistics": f"8 systems x {n_stats:,} segments, BLEU+chrF",
                            "embeddings": f"1 system x {n_embed:,} segments, embed: {2 * n_embed:,} texts",
                            "startup": "1 system x 20 segments, BLEU"}
        ref, hyps = generate(data / f"stats-{n_stats}", 8, n_stats)
        results["statistics"] = compare("statistics", ref, hyps, ["bleu", "chrf"], runs)
        results["resampling"] = resampling(ref, hyps, ["bleu", "chrf"], runs)
        results["driver_ceiling"] = driver_ceiling(ref, hyps, runs)
        ref, hyps = embedding_data(data / f"embed-{n_embed}", n_embed)
        results["embeddings"] = compare("embeddings", ref, hyps, ["embed"], runs)
        ref, hyps = generate(data / "startup", 1, 20)
        results["startup"] = compare("startup", ref, hyps, ["bleu"], runs)
        results["ray_init"] = ray_start_only()
        results["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    saved.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))


if __name__ == "__main__":
    main()

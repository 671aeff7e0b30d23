"""Time and peak memory of `evalkit score` with significance, next to sacrebleu's CLI.

    python3 benchmarks/bench_score.py            # 8 systems x 2,000 segments, 1,000 resamples
    python3 benchmarks/bench_score.py --ar       # also AR (10,000 trials) vs sacrebleu --paired-ar
    python3 benchmarks/bench_score.py --systems 3 --segments 300 --resamples 200 --html-systems 3   # quick

Both tools score the same generated files with BLEU and chrF and a paired bootstrap
test against the first system; each run is a child process measured by
/usr/bin/time -v (wall clock, maximum resident set size). The p-values of the two
are compared, then report.html is measured at --html-systems x --segments: file
size and load time in headless Chromium. Results go to benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]


# Reference lengths in words: log-normal, median 27, mean ~31, as news sentences are.
LENGTH_MU, LENGTH_SIGMA, MAX_WORDS = 3.3, 0.55, 120


def _language_model() -> tuple[list[str], dict[str, list[str]]]:
    """The seed's English words (with their frequencies) and each word's successors."""
    lines = [line.split() for line in (ROOT / "references/natsec-en-zh/en.txt").read_text(encoding="utf-8").splitlines()]
    successors: dict[str, list[str]] = {}
    for words in lines:
        for a, b in zip(words, words[1:]):
            successors.setdefault(a, []).append(b)
    return [w for words in lines for w in words], successors


def _sentence(rnd: random.Random, words: list[str], successors: dict[str, list[str]]) -> list[str]:
    length = min(MAX_WORDS, max(3, round(math.exp(rnd.gauss(LENGTH_MU, LENGTH_SIGMA)))))
    out = [rnd.choice(words)]
    while len(out) < length:
        following = successors.get(out[-1])
        out.append(rnd.choice(following) if following and rnd.random() < 0.9 else rnd.choice(words))
    return out


def _translation(rnd: random.Random, reference: list[str], words: list[str], error: float) -> list[str]:
    """The reference with MT-like errors: words substituted, dropped and inserted (function words
    most often, as they are the most frequent), neighbouring chunks swapped, phrases moved."""
    out = []
    for word in reference:
        x = rnd.random()
        if x < error:
            out.append(rnd.choice(words))
        elif x >= 1.5 * error:
            out.append(word)
        if rnd.random() < error / 2:
            out.append(rnd.choice(words))
    i = 0
    while i < len(out) - 3:  # local reorderings
        if rnd.random() < 0.015:
            a, b = rnd.randint(1, 2), rnd.randint(1, 2)
            out[i:i + a + b] = out[i + a:i + a + b] + out[i:i + a]
            i += a + b
        else:
            i += 1
    for _ in range(sum(rnd.random() < 0.1 for _ in range(max(1, len(out) // 15)))):  # phrase moves
        if len(out) < 6:
            break
        n = rnd.randint(2, min(6, len(out) // 2))
        a = rnd.randrange(len(out) - n + 1)
        phrase, rest = out[a:a + n], out[:a] + out[a + n:]
        b = max(0, min(len(rest), a + rnd.choice((-1, 1)) * rnd.randint(2, 10)))
        out = rest[:b] + phrase + rest[b:]
    return out


def generate(out: Path, n_systems: int, n_segments: int, seed: int = 1) -> tuple[Path, list[Path]]:
    """References from a word-bigram model of the seed's English side, at news lengths; each
    system is the reference with MT-like errors at its own rate (substitutions, drops, insertions,
    local reorderings, phrase moves), neighbours close enough that not every pair differs
    significantly. The reorderings and moves are what makes TER's shift search work as it does
    on real MT output: benchmarks/ter_realism.py compares its cost per segment length with
    real systems' (docs/benchmarking.md)."""
    rnd = random.Random(seed)
    words, successors = _language_model()
    refs = [_sentence(rnd, words, successors) for _ in range(n_segments)]
    out.mkdir(parents=True, exist_ok=True)
    ref_path = out / "ref.txt"
    ref_path.write_text("".join(" ".join(ref) + "\n" for ref in refs), encoding="utf-8")
    systems = []
    for i in range(n_systems):
        error = 0.12 + 0.01 * i + (0.004 if i % 2 else 0.0)
        path = out / f"sys{i + 1:02d}.txt"
        path.write_text("".join(" ".join(_translation(rnd, ref, words, error)) + "\n" for ref in refs), encoding="utf-8")
        systems.append(path)
    return ref_path, systems


def measure(command: list[str], env: dict[str, str] | None = None) -> dict:
    completed = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, env=env)
    if completed.returncode != 0:
        sys.exit(f"failed ({completed.returncode}): {' '.join(command)}\n{completed.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", completed.stderr)
    hours, minutes, seconds = (float(x) if x else 0.0 for x in wall.groups())
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", completed.stderr).group(1))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", completed.stderr).group(1))
              for kind in ("User", "System"))
    return {"wall_s": round(hours * 3600 + minutes * 60 + seconds, 2), "cpu_s": round(cpu, 2),
            "peak_rss_mib": round(rss / 1024, 1), "stdout": completed.stdout}


def evalkit_cmd(ref: Path, systems: list[Path], out: Path, resamples: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "evalkit", "score", *map(str, systems), "--ref", str(ref),
            "--metrics", "bleu,chrf", "--resamples", str(resamples), "--out", str(out), *extra]


def sacrebleu_p_values(stdout: str) -> list[float]:
    return [float(p) for p in re.findall(r"\(p = ([\d.]+)\)", stdout)]


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def resampling_phase(ref: Path, systems: list[Path], resamples: int) -> dict:
    """The resampling step alone, serial and on all CPUs, next to a pure-Python control
    that shows how much parallelism the machine really gives (shared CPUs give less)."""
    from concurrent.futures import ProcessPoolExecutor

    sys.path.insert(0, str(ROOT))
    from evalkit.scoring import score
    from evalkit.significance import SignificanceSettings, build_leaderboard

    result = score(systems, ref=ref, metrics=["bleu", "chrf"])
    cpus = len(os.sched_getaffinity(0))
    times = {}
    for jobs in (1, cpus):
        start = time.perf_counter()
        build_leaderboard(result, SignificanceSettings(resamples=resamples, jobs=jobs))
        times[jobs] = time.perf_counter() - start
    start = time.perf_counter()
    [_spin(3_000_000) for _ in range(2 * cpus)]
    control_serial = time.perf_counter() - start
    with ProcessPoolExecutor(cpus) as pool:
        start = time.perf_counter()
        list(pool.map(_spin, [3_000_000] * (2 * cpus)))
        control_parallel = time.perf_counter() - start
    return {"bootstrap_jobs_1_s": round(times[1], 2), f"bootstrap_jobs_{cpus}_s": round(times[cpus], 2),
            "speedup": round(times[1] / times[cpus], 2),
            "control_pure_python_speedup": round(control_serial / control_parallel, 2)}


def html_load(report: Path, loads: int = 3) -> dict:
    from playwright.sync_api import sync_playwright

    times, sort_times = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        for _ in range(loads):
            page = browser.new_page()
            start = time.perf_counter()
            page.goto(report.as_uri())
            page.wait_for_selector("body[data-ready]", timeout=60_000)
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            page.click("#segments thead th[data-key=chrf]")
            page.wait_for_selector("#segments th[aria-sort=ascending]")
            sort_times.append(time.perf_counter() - start)
            page.close()
        browser.close()
    return {"load_s_median": round(statistics.median(times), 3), "load_s": [round(t, 3) for t in times],
            "sort_20k_rows_s_median": round(statistics.median(sort_times), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--systems", type=int, default=8)
    parser.add_argument("--segments", type=int, default=2000)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--html-systems", type=int, default=10)
    parser.add_argument("--ar", action="store_true",
                        help="also time approximate randomization (10,000 trials) against sacrebleu --paired-ar")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/out/bench")
    args = parser.parse_args()
    if not shutil.which("sacrebleu"):
        sys.exit("sacrebleu's CLI is not on PATH")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    ref, systems = generate(args.out / "data", args.systems, args.segments)
    results: dict = {"systems": args.systems, "segments": args.segments, "resamples": args.resamples,
                     "cpus": len(os.sched_getaffinity(0))}

    runs = {
        "evalkit": evalkit_cmd(ref, systems, args.out / "evalkit", args.resamples),
        "evalkit --jobs 1": evalkit_cmd(ref, systems, args.out / "evalkit-serial", args.resamples, "--jobs", "1"),
        "sacrebleu --paired-bs": ["sacrebleu", str(ref), "-i", *map(str, systems), "-m", "bleu", "chrf",
                                  "--paired-bs", "--paired-bs-n", str(args.resamples),
                                  "-f", "text", "-w", "4", "--no-color"],
    }
    if args.ar:
        runs["evalkit --significance ar"] = evalkit_cmd(ref, systems, args.out / "evalkit-ar", args.resamples,
                                                         "--significance", "ar", "--resamples", "10000")
        runs["sacrebleu --paired-ar"] = ["sacrebleu", str(ref), "-i", *map(str, systems), "-m", "bleu", "chrf",
                                         "--paired-ar", "-f", "text", "-w", "4", "--no-color"]
    for name, command in runs.items():
        results[name] = measure(command, env)
        print(f"{name:24} {results[name]['wall_s']:7.2f} s  {results[name]['peak_rss_mib']:7.1f} MiB", flush=True)

    summary = json.loads((args.out / "evalkit" / "summary.json").read_text(encoding="utf-8"))
    serial = json.loads((args.out / "evalkit-serial" / "summary.json").read_text(encoding="utf-8"))
    by_name = {row["system"]: row for row in summary["leaderboard"]}
    ours = [by_name[p.stem]["metrics"][m]["p_value"] for p in systems[1:] for m in ("bleu", "chrf")]
    theirs = sacrebleu_p_values(results["sacrebleu --paired-bs"].pop("stdout"))
    results["p_values_equal"] = [round(p, 4) for p in ours] == theirs
    if args.ar:
        ar = json.loads((args.out / "evalkit-ar" / "summary.json").read_text(encoding="utf-8"))
        by_name = {row["system"]: row for row in ar["leaderboard"]}
        ours = [by_name[p.stem]["metrics"][m]["p_value"] for p in systems[1:] for m in ("bleu", "chrf")]
        theirs = sacrebleu_p_values(results["sacrebleu --paired-ar"]["stdout"])
        results["ar_p_values_equal"] = [round(p, 4) for p in ours] == theirs
    results["resampling_phase"] = resampling_phase(ref, systems, args.resamples)
    results["parallel_equals_serial"] = summary["leaderboard"] == serial["leaderboard"]
    for name in runs:
        results[name].pop("stdout", None)
    sac = results["sacrebleu --paired-bs"]
    results["ratio_time_evalkit_over_sacrebleu"] = round(results["evalkit"]["wall_s"] / sac["wall_s"], 2)
    results["ratio_rss_evalkit_over_sacrebleu"] = round(results["evalkit"]["peak_rss_mib"] / sac["peak_rss_mib"], 2)
    results["parallel_speedup_end_to_end"] = round(results["evalkit --jobs 1"]["wall_s"] / results["evalkit"]["wall_s"], 2)

    if args.html_systems:
        ref_h, systems_h = generate(args.out / "data-html", args.html_systems, args.segments, seed=2)
        html_out = args.out / "html"
        results["html_run"] = measure(evalkit_cmd(ref_h, systems_h, html_out, args.resamples), env)
        results["html_run"].pop("stdout")
        report = html_out / "report.html"
        results["html"] = {"systems": args.html_systems, "segments": args.segments,
                           "bytes": report.stat().st_size, **html_load(report)}

    (args.out / "bench.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

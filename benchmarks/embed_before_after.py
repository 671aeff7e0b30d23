"""The bundled encoder now and at earlier commits, side by side in one process, on real
WMT21 news text of both languages: segments per second (wall), texts per CPU-second,
medians of interleaved runs, the machine's load and idle CPUs before each round; then the
same beside a CPU-bound process; and how far the vectors are from each earlier commit's.

    python3 benchmarks/embed_before_after.py [--data ../shared/data] [--runs 3]
    python3 benchmarks/embed_before_after.py --before e9c0ba9 --no-busy --runs 5
    python3 benchmarks/embed_before_after.py --generated    # embed_throughput's generated texts

Texts: newstest2021 zh-en lines 601-1948 (Chinese source, English reference A and two
systems) and all of en-zh (English source, Chinese reference A and one system): 8,398
texts, 41 tokens on average. Each earlier `evalkit/embed/use.py` is read from git and
imported beside today's; every model is loaded and warmed before the timings, and
today's token table (evalkit/embed/token_rows.py) is emptied before each of its runs, as
in a fresh process. No embedding cache: every text is encoded (the "cold" case).
Results: benchmarks/out/embed_before_after.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from embed_throughput import generate  # noqa: E402

from evalkit.embed import use  # noqa: E402

FIRST = 601  # newstest2021 zh-en lines 1-600 are held out for independent verification
WMT21 = {"wmt21-zhen/newstest2021.zh-en.": ("src.zh", "ref.A.en", "hyp.Facebook-AI.en", "hyp.Online-B.en"),
         "wmt21-enzh/newstest2021.en-zh.": ("src.en", "ref.A.zh", "hyp.Facebook-AI.zh")}


def wmt21_texts(data: Path) -> list[str]:
    texts = []
    for prefix, names in WMT21.items():
        first = FIRST - 1 if "zh-en" in prefix else 0
        for name in names:
            texts += (data / f"{prefix}{name}").read_text(encoding="utf-8").splitlines()[first:]
    return texts


def module_at(commit: str, directory: str):
    """evalkit/embed/use.py as it was at `commit`, imported inside the evalkit.embed package."""
    path = Path(directory) / f"use_{commit}.py"
    path.write_text(subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:evalkit/embed/use.py"],
                                   capture_output=True, text=True, check=True).stdout, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"evalkit.embed._use_{commit}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def side_by_side(encoders: dict, texts: list[str], runs: int) -> tuple[dict, dict]:
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in encoders}
    vectors, rounds = {}, []
    for _ in range(runs):
        rounds.append({"load_avg_1min": round(os.getloadavg()[0], 2), "idle_cpus": round(use.idle_cpus(0.5), 2)})
        for name, encoder in encoders.items():
            encoder.__dict__.pop("_token_rows", None)  # cold: today's token table starts empty
            wall, cpu = time.perf_counter(), time.process_time()
            vectors[name] = encoder.encode(texts)
            samples[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    report = {"rounds": rounds}
    for name, runs_ in samples.items():
        wall, cpu = statistics.median(w for w, _ in runs_), statistics.median(c for _, c in runs_)
        report[name] = {"segments_per_s": round(len(texts) / wall, 1), "texts_per_cpu_s": round(len(texts) / cpu, 1),
                        "cpu_s": round(cpu, 2), "wall_s_runs": [round(w, 2) for w, _ in runs_]}
    for name in encoders:
        if name != "now":
            report[f"now/{name}"] = {"wall": round(report["now"]["segments_per_s"] / report[name]["segments_per_s"], 2),
                                     "cpu": round(report[name]["cpu_s"] / report["now"]["cpu_s"], 2)}
    return report, vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", action="append",
                        help="an earlier commit (repeat; default: e9c0ba9, issue 18's first round, and a5faf3e, before issue 18)")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="public data (WMT21)")
    parser.add_argument("--generated", action="store_true", help="embed_throughput's generated texts instead")
    parser.add_argument("--segments", type=int, default=2000, help="with --generated")
    parser.add_argument("--systems", type=int, default=2, help="with --generated")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-busy", action="store_true", help="skip the runs beside a CPU-bound process")
    args = parser.parse_args()
    texts = ([text for system in generate(args.segments, args.systems) for text in system] if args.generated
             else wmt21_texts(args.data))
    with tempfile.TemporaryDirectory() as directory:
        encoders = {commit: module_at(commit, directory).UniversalSentenceEncoder()
                    for commit in args.before or ["e9c0ba9", "a5faf3e"]}
        encoders["now"] = use.UniversalSentenceEncoder()
        for encoder in encoders.values():
            encoder.encode(texts[:64])  # weights loaded and paged in outside the timings
        tokens = encoders["now"].tokenize(texts)
        report = {"texts": len(texts), "from": "generated" if args.generated else "WMT21 news, zh-en lines 601-1948 and en-zh",
                  "tokens_mean": round(sum(map(len, tokens)) / len(texts), 1),
                  "model_id": encoders["now"].model_id, "runs": args.runs, "cpus": len(os.sched_getaffinity(0))}
        report["quiet"], vectors = side_by_side(encoders, texts, args.runs)
        report["max_abs_difference"] = {f"now vs {name}": float(np.abs(vectors["now"] - vectors[name]).max())
                                        for name in encoders if name != "now"}
        print(json.dumps(report, indent=2), flush=True)
        if not args.no_busy:
            spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
            try:
                report["beside_a_cpu_bound_process"], _ = side_by_side(encoders, texts, args.runs)
            finally:
                spinner.kill()
                spinner.wait()
    out = ROOT / "benchmarks" / "out" / "embed_before_after.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

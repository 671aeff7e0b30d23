"""The bundled encoder now and at an earlier commit, side by side in one process: segments
per second (wall) and CPU seconds, medians of interleaved runs, on the WMT-length texts of
benchmarks/embed_throughput.py; and whether the vectors are the same.

    python3 benchmarks/embed_before_after.py [--before a5faf3e] [--systems 2] [--runs 3]
    python3 benchmarks/embed_before_after.py --texts ../shared/data/wmt21-zhen/newstest2021.zh-en.hyp.*.en

The earlier `evalkit/embed/use.py` is read from git and imported beside today's (model
loaded and warmed before the timings, as embed_throughput's "cold" rows: no cache).
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


def module_at(commit: str, directory: str):
    """evalkit/embed/use.py as it was at `commit`, imported inside the evalkit.embed package."""
    path = Path(directory) / "use_before.py"
    path.write_text(subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:evalkit/embed/use.py"],
                                   capture_output=True, text=True, check=True).stdout, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("evalkit.embed._use_before", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", default="a5faf3e", help="the earlier commit (default: before issue 18)")
    parser.add_argument("--segments", type=int, default=2000)
    parser.add_argument("--systems", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--texts", type=Path, nargs="+", help="real text instead: every line of these files")
    args = parser.parse_args()
    texts = ([line for path in args.texts for line in path.read_text(encoding="utf-8").splitlines()] if args.texts
             else [text for system in generate(args.segments, args.systems) for text in system])
    with tempfile.TemporaryDirectory() as directory:
        encoders = {"before": module_at(args.before, directory).UniversalSentenceEncoder(),
                    "now": use.UniversalSentenceEncoder()}
        for encoder in encoders.values():
            encoder.encode(texts[:64])  # weights loaded and paged in outside the timings
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in encoders}
        vectors, loads = {}, []
        for _ in range(args.runs):
            loads.append(round(os.getloadavg()[0], 2))
            for name, encoder in encoders.items():
                wall, cpu = time.perf_counter(), time.process_time()
                vectors[name] = encoder.encode(texts)
                samples[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    report = {"texts": len(texts), "from": [path.name for path in args.texts] if args.texts else "generated",
              "before": args.before, "runs": args.runs, "load_avg_runs": loads,
              "cpus": len(os.sched_getaffinity(0))}
    for name, runs in samples.items():
        report[name] = {"segments_per_s": round(len(texts) / statistics.median(w for w, _ in runs), 1),
                        "cpu_s": round(statistics.median(c for _, c in runs), 2),
                        "wall_s_runs": [round(w, 2) for w, _ in runs]}
    report["speedup"] = round(report["now"]["segments_per_s"] / report["before"]["segments_per_s"], 2)
    report["max_abs_difference"] = float(np.abs(vectors["now"] - vectors["before"]).max())
    out = ROOT / "benchmarks" / "out" / "embed_before_after.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

"""Wall time of `evalkit gate` on the shipped set with a warm embedding cache.

Runs examples/gate/evalkit.toml (BLEU, chrF and the bundled embedding model on 79
segments; floors, regression with 1,000 paired bootstrap resamples, every segment
guard) as a CI job would: a fresh `evalkit` process each time. Prints the full output
of a failing gate (careful.txt with one sentence omitted and one number changed),
then the median, min and max of several runs of the passing and the failing gate and
of the bare interpreter start with evalkit imported, alone and again with a CPU-bound
process running beside them.

    python3 benchmarks/gate_wall_time.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "gate"
CONFIG = "examples/gate/evalkit.toml"
OMITTED_LINE, NUMBER_LINE = 10, 48


def failing_candidate() -> Path:
    lines = (ROOT / "candidates" / "natsec-zh-en" / "careful.txt").read_text(encoding="utf-8").splitlines()
    lines[OMITTED_LINE - 1] = ""
    lines[NUMBER_LINE - 1] = lines[NUMBER_LINE - 1].replace("12345", "12354")
    path = OUT / "careful.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path.relative_to(ROOT)


def run(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    return time.perf_counter() - start, done


def timings(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so a change in load hits every command alike
        for name, command in commands.items():
            times[name].append(run(command, env)[0])
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "EVALKIT_CACHE_DIR": str(OUT / "cache")}
    env.pop("GITHUB_ACTIONS", None)
    env.pop("GITHUB_STEP_SUMMARY", None)
    evalkit = [sys.executable, "-m", "evalkit"]
    _, update = run([*evalkit, "gate", "--config", CONFIG, "--update-baseline"], env)  # also warms the cache
    if update.returncode != 0:
        sys.exit(update.stderr)
    candidate = failing_candidate()
    command = [*evalkit, "gate", "--config", CONFIG, str(candidate)]
    _, failing = run(command, env)
    print(f"$ evalkit gate --config {CONFIG} {candidate}")
    print(failing.stdout + failing.stderr, end="")
    print(f"(exit {failing.returncode})\n")
    commands = {
        "gate, passing (careful.txt)": [*evalkit, "gate", "--config", CONFIG],
        "gate, failing (above)": command,
        "python3 -c 'import evalkit.cli'": [sys.executable, "-c", "import evalkit.cli"],
    }
    report("alone", timings(commands, env, args.runs), args.runs)
    burner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        report("beside a CPU-bound process", timings(commands, env, args.runs), args.runs)
    finally:
        burner.terminate()
        burner.wait()


def report(label: str, times: dict[str, list[float]], runs: int) -> None:
    print(f"{label}, {runs} runs each, seconds: median (min-max)")
    for name, values in times.items():
        print(f"  {name:34} {statistics.median(values):5.2f} ({min(values):.2f}-{max(values):.2f})")

if __name__ == "__main__":
    main()

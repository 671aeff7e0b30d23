"""evalkit's TER statistics next to sacrebleu's on real MT output: every segment of every system
of WMT21 news zh-en (1,948 segments, reference A), compared edit for edit, with the CPU time
of each (the statistics alone: tokenised text in, [edits, reference length] rows out;
the two interleaved, in one process).

    python3 benchmarks/ter_parity.py [--data ../shared/data] [--systems 4]

Results: benchmarks/out/ter_parity.json (and a line per system). Every segment must match;
the script exits 1 if one does not.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from sacrebleu.metrics import TER

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from evalkit.metrics.ter import FastTER  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
PREFIX = "wmt21-zhen/newstest2021.zh-en"


def _cpu(function, *args):
    start = time.process_time()
    result = function(*args)
    return result, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="../shared/data")
    parser.add_argument("--systems", type=int, help="only the first N systems (by name)")
    args = parser.parse_args()
    refs = [(args.data / f"{PREFIX}.ref.A.en").read_text(encoding="utf-8").splitlines()]
    paths = sorted(args.data.glob(f"{PREFIX}.hyp.*.en"))[:args.systems]
    rows, mismatched = [], 0
    for k, path in enumerate(paths):
        hyps = path.read_text(encoding="utf-8").splitlines()
        load = os.getloadavg()[0]
        tools = [("evalkit", FastTER()), ("sacrebleu", TER())]
        timed = {}
        for name, metric in (tools if k % 2 == 0 else tools[::-1]):  # interleaved: who goes first alternates
            metric._ref_cache = metric._cache_references(refs)
            timed[name] = _cpu(metric._extract_corpus_statistics, hyps, None)
        (ours, our_cpu), (theirs, their_cpu) = timed["evalkit"], timed["sacrebleu"]
        different = [i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b]
        mismatched += len(different)
        row = {"system": path.name.split(".")[-2], "segments": len(hyps), "load_avg_1min": round(load, 2),
               "mismatched_segments": different, "corpus_ter": [TER()._compute_score_from_stats(
                   [sum(column) for column in zip(*stats)]).score for stats in (ours, theirs)],
               "evalkit_cpu_s": round(our_cpu, 2), "sacrebleu_cpu_s": round(their_cpu, 2),
               "ratio": round(our_cpu / their_cpu, 4)}
        rows.append(row)
        print(f"{row['system']}: {len(different)} of {len(hyps)} segments differ; CPU {row['evalkit_cpu_s']} s "
              f"vs {row['sacrebleu_cpu_s']} s ({row['ratio']}x), load {row['load_avg_1min']}", flush=True)
    total = {key: round(sum(row[key] for row in rows), 2) for key in ("evalkit_cpu_s", "sacrebleu_cpu_s")}
    summary = {"systems": len(rows), "segments": sum(row["segments"] for row in rows),
               "mismatched_segments": mismatched, **total,
               "ratio": round(total["evalkit_cpu_s"] / total["sacrebleu_cpu_s"], 4), "rows": rows}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "ter_parity.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"{summary['systems']} systems, {summary['segments']:,} segments, {mismatched} differ; "
          f"CPU {total['evalkit_cpu_s']} s vs {total['sacrebleu_cpu_s']} s ({summary['ratio']}x)")
    sys.exit(1 if mismatched else 0)


if __name__ == "__main__":
    main()

"""Is the benchmark's generated data as hard for TER as real MT output? sacrebleu's TER time
per segment, by reference length, on real systems and on generated ones, side by side.

TER's cost is its shift search, which depends on how the candidate's words are reordered
against the reference, not only on its length. The real outputs are the 13 systems of the
WMT21 TED talks Chinese-English MQM set (github.com/google/wmt-mqm-human-evaluation,
`ted/zhen/mqm_ted_zhen.tsv`, scored against refB; not part of this repository: pass a
checkout or a bare clone of it).

    python3 benchmarks/ter_realism.py --mqm /path/to/wmt-mqm-human-evaluation [--systems 4]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_score import generate  # noqa: E402

TSV = "ted/zhen/mqm_ted_zhen.tsv"
BUCKET = 10  # words
LAST = 60  # longer references share the last bucket


def read_ted(repo: Path) -> tuple[list[str], dict[str, list[str]]]:
    """(refB, {system: translations}) of the rated segments, error-span markup removed."""
    path = repo / TSV
    text = path.read_text(encoding="utf-8") if path.exists() else subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"HEAD:{TSV}"], capture_output=True, text=True, check=True).stdout
    texts: dict[str, dict[int, str]] = defaultdict(dict)
    for row in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        texts[row["system"]][int(row["seg_id"])] = re.sub(r"</?v>", "", row["target"]).strip()
    segments = sorted(texts["refB"])
    systems = {name: [by_id[i] for i in segments] for name, by_id in texts.items() if name not in ("ref", "refB")}
    return [texts["refB"][i] for i in segments], systems


def timed(hyps: list[str], refs: list[str]) -> list[tuple[int, float]]:
    """(reference words, seconds) of sacrebleu's sentence TER for each segment."""
    from sacrebleu.metrics import TER

    ter, out = TER(), []
    for hyp, ref in zip(hyps, refs):
        start = time.perf_counter()
        ter.sentence_score(hyp, [ref])
        out.append((len(ref.split()), time.perf_counter() - start))
    return out


def buckets(rows: list[tuple[int, float]]) -> dict[int, list[float]]:
    out: dict[int, list[float]] = defaultdict(list)
    for words, seconds in rows:
        out[min(words // BUCKET * BUCKET, LAST)].append(seconds)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mqm", type=Path, required=True, help="checkout or bare clone of wmt-mqm-human-evaluation")
    parser.add_argument("--systems", type=int, default=4, help="real and generated systems timed (default: 4)")
    parser.add_argument("--segments", type=int, default=600, help="generated segments per system (default: 600)")
    args = parser.parse_args()
    refs, systems = read_ted(args.mqm)
    real = [row for name in random.Random(1).sample(sorted(systems), args.systems) for row in timed(systems[name], refs)]
    with tempfile.TemporaryDirectory() as tmp:
        ref_path, hyp_paths = generate(Path(tmp), args.systems, args.segments)
        gen_refs = ref_path.read_text(encoding="utf-8").splitlines()
        generated = [row for path in hyp_paths for row in timed(path.read_text(encoding="utf-8").splitlines(), gen_refs)]
    real_b, gen_b = buckets(real), buckets(generated)
    print(f"sacrebleu TER, ms per segment (median / mean) by reference length; {args.systems} systems each")
    print(f"{'words':>7} | {'real (TED zh-en)':>25} | {'generated':>25}")
    for start in sorted(set(real_b) | set(gen_b)):
        label = f"{start}-{start + BUCKET - 1}" if start < LAST else f"{LAST}+"
        cells = [f"{1000 * statistics.median(b[start]):6.2f} / {1000 * statistics.mean(b[start]):6.2f} (n={len(b[start]):4})"
                 if b.get(start) else "" for b in (real_b, gen_b)]
        print(f"{label:>7} | {cells[0]:>25} | {cells[1]:>25}")
    for label, rows in (("real", real), ("generated", generated)):
        words = statistics.mean(w for w, _ in rows)
        print(f"{label}: mean reference length {words:.1f} words, {1000 * statistics.mean(s for _, s in rows):.1f} ms "
              f"per segment, so {2000 * statistics.mean(s for _, s in rows):.0f} s per system of 2,000 segments")


if __name__ == "__main__":
    main()

"""The document-level aligner (evalkit.docalign) on a public Chinese-English gold alignment.

MAC-Dev: six chapters of Chinese novels and their published English translations
(sentence-split, one sentence per line), aligned by hand in InterText; published with bertalign (github.com/bfsujason/bertalign, commit
58d2f668197da23249426b9e94ac89fc9cb20dad, data/mac/dev/{zh,en,gold}; deleted from the
repository's head later, still in its history). bertalign's README reports strict F1
0.911 on it with LaBSE. The data is not part of evalkit; get it with

    git clone https://github.com/bfsujason/bertalign && git -C bertalign checkout 58d2f66

and run, with the bundled model (use-multilingual) unless --embedder says otherwise,

    PYTHONPATH=. python3 benchmarks/docalign_mac.py bertalign/data/mac/dev [--encoded-runs 4] [--runs 5]

Accuracy: strict precision, recall and F1 as vecalign's and bertalign's score.py count
them (null beads count for precision, not for recall), over all six documents and per
document. Speed (alignment only, sentences encoded beforehand; median of --runs runs,
side by side in one process): the two-pass banded aligner against the same cost model
searched over the whole table (band as wide as the document), on each document and on
all six concatenated into one long document; then all again with a CPU-bound process
running next to it. Encoding time (cold cache) is reported separately.
"""

from __future__ import annotations

import argparse
import ast
import multiprocessing
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from evalkit.docalign import DEFAULT_PARAMS, ENCODED_RUNS, Sentences, align, encode_sentences, vecalign_prf
from evalkit.embed import DEFAULT_EMBEDDER, shared_embedder

Gold = list[tuple[tuple[int, ...], tuple[int, ...]]]


def read_gold(path: Path) -> Gold:
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        left, right = line.split(":")
        beads.append((tuple(ast.literal_eval(left)), tuple(ast.literal_eval(right))))
    return beads


def concatenate(docs: list[tuple[Sentences, Sentences, Gold]]) -> tuple[Sentences, Sentences, Gold]:
    """All documents as one (the gold shifted), for timing a long document."""
    def join(sides: list[Sentences]) -> Sentences:
        return Sentences(np.vstack([s.vectors for s in sides]), tuple(x for s in sides for x in s.lengths))
    gold: Gold = []
    n = m = 0
    for left, right, beads in docs:
        gold += [(tuple(i + n for i in a), tuple(j + m for j in b)) for a, b in beads]
        n, m = n + len(left), m + len(right)
    return join([d[0] for d in docs]), join([d[1] for d in docs]), gold


def timed(left: Sentences, right: Sentences, params, runs: int) -> tuple[float, list]:
    times, beads = [], []
    for _ in range(runs):
        start = time.perf_counter()
        beads = align([left], right, params)
        times.append(time.perf_counter() - start)
    return statistics.median(times), beads


def _burn(stop) -> None:
    while not stop.is_set():
        sum(i * i for i in range(10_000))


def speed(docs, runs: int, label: str) -> None:
    full = replace(DEFAULT_PARAMS, band=10**6)
    print(f"\nAlignment time, median of {runs} runs ({label}; the whole table of 'all six': one run):")
    print(f"{'document':>10} {'sentences':>11} {'banded s':>9} {'full s':>8} {'full/banded':>11} {'same beads':>10}")
    for name, (left, right, _) in docs:
        banded_time, banded = timed(left, right, DEFAULT_PARAMS, runs)
        # the whole table of the long document takes a minute or more: timed once
        full_time, whole = timed(left, right, full, runs if len(left) < 500 else 1)
        print(f"{name:>10} {len(left):>5} x {len(right):<5}{banded_time:>9.3f} {full_time:>8.3f} "
              f"{full_time / banded_time:>11.1f} {str(banded == whole):>10}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mac_dev", type=Path, help="bertalign's data/mac/dev directory (zh/, en/, gold/)")
    parser.add_argument("--embedder", default=DEFAULT_EMBEDDER)
    parser.add_argument("--encoded-runs", type=int, default=ENCODED_RUNS,
                        help="encode concatenations of up to this many sentences (default: %(default)s, as evalkit does)")
    parser.add_argument("--runs", type=int, default=5, help="timing runs per measurement (default: %(default)s)")
    parser.add_argument("--cache-dir", help="embedding cache (default: a fresh temporary directory, so encoding is cold)")
    parser.add_argument("--no-timing", action="store_true", help="accuracy only")
    args = parser.parse_args()

    embedder = shared_embedder(args.embedder, args.cache_dir or tempfile.mkdtemp(prefix="mac-dev-cache-"))
    names = sorted(path.name for path in (args.mac_dev / "zh").iterdir() if path.name.isdigit())
    docs = []
    start = time.perf_counter()
    for name in names:
        zh = (args.mac_dev / "zh" / name).read_text(encoding="utf-8").splitlines()
        en = (args.mac_dev / "en" / name).read_text(encoding="utf-8").splitlines()
        docs.append((encode_sentences(zh, embedder, joiner="", max_run=args.encoded_runs),
                     encode_sentences(en, embedder, joiner=" ", max_run=args.encoded_runs),
                     read_gold(args.mac_dev / "gold" / f"{name}.align")))
    encoding = time.perf_counter() - start
    n_left, n_right = sum(len(d[0]) for d in docs), sum(len(d[1]) for d in docs)
    print(f"MAC-Dev: {len(docs)} documents, {n_left} zh x {n_right} en sentences; model {embedder.model_id}, "
          f"encoded runs up to {args.encoded_runs}; encoding took {encoding:.1f} s "
          f"({embedder.counters.encoded} texts encoded, {embedder.counters.cached} from the cache)")

    predicted = [align([left], right) for left, right, _ in docs]
    overall = vecalign_prf(predicted, [gold for _, _, gold in docs])
    print(f"\nStrict (vecalign/bertalign score.py): P={overall.precision:.3f} R={overall.recall:.3f} F1={overall.f1:.3f}"
          "   (bertalign with LaBSE, its README: P=0.909 R=0.914 F1=0.911)")
    for name, beads, (_, _, gold) in zip(names, predicted, docs):
        score = vecalign_prf([beads], [gold])
        print(f"  {name}: P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")

    # how well the model alone separates translations: the gold English sentence of a 1-1 bead
    # is the nearest of all the document's English sentences to its Chinese sentence
    nearest = [int(np.argmax(right.vectors @ left.vectors[a[0]]) == b[0])
               for left, right, gold in docs for a, b in gold if len(a) == len(b) == 1]
    print(f"\nNearest English sentence is the gold one for {np.mean(nearest):.1%} of the {len(nearest)} 1-1 beads")
    if args.no_timing:
        return
    timing = list(zip(names, docs)) + [("all six", concatenate(docs))]
    speed(timing, args.runs, "quiet")
    stop = multiprocessing.Event()
    burner = multiprocessing.Process(target=_burn, args=(stop,))
    burner.start()
    try:
        speed(timing, args.runs, "with a CPU-bound process running")
    finally:
        stop.set()
        burner.join()


if __name__ == "__main__":
    main()

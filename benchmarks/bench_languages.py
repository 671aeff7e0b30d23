"""Language checks: the measurements behind their thresholds, and what they cost.

    python3 benchmarks/bench_languages.py             # everything (a few minutes on 2 cores)
    python3 benchmarks/bench_languages.py --quick     # 2 systems x 500 segments, 1 run

1. Guessing a stream's language among all languages from N letters of English text
   (what `langcheck.GUESS_LETTERS` is set from).
2. The share of segments in the wrong language, on legitimate inputs and on wrong files
   (what `langcheck.CLEAR` is set from).
3. Cost on 8 systems x 2,000 segments (zh-en: English candidates with 1% of segments left
   in Chinese; en-zh: the reverse): the document-level check (`--lang` given, and
   detection without it, in a fresh process so that loading lingua counts), the
   per-segment untranslated check with and without the script prefilter, next to
   `evalkit score --metrics bleu,chrf --no-cache` on the same files. Medians of --runs, alone and
   with a CPU-bound process running.
4. Loading the shipped reference set, and the part of it spent verifying the sha256 of
   every file.

Results go to benchmarks/out/languages.json (git-ignored); docs/languages.md quotes them.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evalkit import langid  # noqa: E402
from evalkit.langcheck import CLEAR, Stream, check_pair, judge, untranslated  # noqa: E402
from evalkit.references import _verify_hashes, load_reference_set  # noqa: E402

REFSET = ROOT / "references" / "natsec-en-zh"
CANDIDATES = ROOT / "candidates" / "natsec-zh-en"
OUT = ROOT / "benchmarks" / "out"


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def guess_errors(trials: int) -> dict[int, float]:
    """Share of English windows of N letters that lingua (all languages) does not call English."""
    words = " ".join(lines(REFSET / "en.txt") + lines(CANDIDATES / "careful.txt")).split()
    rnd = random.Random(0)
    errors = {}
    for size in (20, 50, 80, 120, 200):
        wrong = 0
        for _ in range(trials):
            start = rnd.randrange(len(words) - 100)
            window: list[str] = []
            while sum(c.isalpha() for c in " ".join(window)) < size:
                window.append(words[start + len(window)])
            wrong += langid.language_of(" ".join(window)) != "en"
        errors[size] = wrong / trials
    return errors


def wrong_shares() -> dict[str, dict[str, float]]:
    """Share of judged segments not in the expected language: legitimate inputs vs wrong files."""
    en, zh = lines(REFSET / "en.txt"), lines(REFSET / "zh.txt")
    legit = {f"{name}.txt (zh-en)": (lines(CANDIDATES / f"{name}.txt"), "en")
             for name in ("careful", "literal-mt", "hasty-draft")}
    legit["reference en.txt"] = (en, "en")
    legit["reference zh.txt"] = (zh, "zh")
    for case in sorted((ROOT / "tests" / "data" / "cases").iterdir()):
        target = json.loads((case / "case.json").read_text())["lang"].split("-")[1]
        for path in sorted(case.glob("*.txt")):
            legit[f"cases/{case.name}/{path.name}"] = (lines(path), target)
    wrong = {"careful.txt for en-zh": (lines(CANDIDATES / "careful.txt"), "zh"),
             "zh.txt (the source) for zh-en": (zh, "en"), "en.txt for en-zh": (en, "zh")}

    def share(texts: list[str], expected: str) -> float:
        found = judge(texts, ("en", "zh"))
        if found is None:
            return 0.0
        return 1 - found.share if found.language == expected else found.share

    return {"legitimate": {k: round(share(*v), 4) for k, v in legit.items()},
            "wrong": {k: round(share(*v), 4) for k, v in wrong.items()}}


def make_systems(n_systems: int, n_segments: int, direction: str, seed: int = 1) -> dict:
    """Candidates from real seed sentences: references and sources drawn in parallel, each
    system a word-dropped copy of the target side with 1% of its segments left in the source."""
    rnd = random.Random(seed)
    en, zh = lines(REFSET / "en.txt"), lines(REFSET / "zh.txt")
    picks = [rnd.randrange(len(en)) for _ in range(n_segments)]
    source, target = (zh, en) if direction == "zh-en" else (en, zh)
    refs, srcs = [target[i] for i in picks], [source[i] for i in picks]
    systems, planted = [], 0
    for s in range(n_systems):
        hyps = []
        for ref, src in zip(refs, srcs):
            if rnd.random() < 0.01:
                hyps.append(src)
                planted += 1
            elif direction == "zh-en":
                hyps.append(" ".join(w for w in ref.split() if rnd.random() > 0.1 + 0.01 * s))
            else:
                hyps.append("".join(c for c in ref if rnd.random() > 0.1 + 0.01 * s))
        systems.append(hyps)
    return {"refs": refs, "srcs": srcs, "systems": systems, "planted": planted}


def _median(fn, runs: int, digits: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), digits)


def check_costs(data: dict, direction: str, runs: int) -> dict[str, float]:
    source_lang, target_lang = direction.split("-")
    streams = [Stream("references", "ref", data["refs"]), Stream("source", "src", data["srcs"])]
    streams += [Stream("candidates", f"sys{i}", hyps) for i, hyps in enumerate(data["systems"])]
    langid.languages_of(["warm up the detector"], (source_lang, target_lang))

    def flagged():
        return [untranslated(h, sources=data["srcs"], references=[data["refs"]], source_lang=source_lang,
                             target_lang=target_lang) for h in data["systems"]]

    def unfiltered():  # every segment judged: what the script prefilter saves
        return [langid.languages_of(h, (source_lang, target_lang)) for h in data["systems"]]

    return {"document_check_s": _median(lambda: check_pair(source_lang, target_lang, direction, streams), runs),
            "untranslated_s": _median(flagged, runs),
            "untranslated_unfiltered_s": _median(unfiltered, runs),
            "flagged": sum(map(len, flagged())), "planted": data["planted"]}


def detection_cost(folder: Path, runs: int) -> float:
    """Without --lang, in a fresh process: lingua's all-language model is loaded there."""
    code = ("import sys, time; from pathlib import Path; start = time.perf_counter();"
            "from evalkit.candidates import load_task;"
            "load_task([Path(sys.argv[1]) / 'ref.txt'], sorted(Path(sys.argv[1]).glob('sys*.txt')),"
            " src=Path(sys.argv[1]) / 'src.txt');"
            "print(time.perf_counter() - start)")
    baseline = ("import sys, time; start = time.perf_counter(); import evalkit.candidates;"
                "print(time.perf_counter() - start)")
    times, imports = [], []
    for _ in range(runs):
        times.append(float(subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True,
                                          cwd=ROOT, check=True).stdout))
        imports.append(float(subprocess.run([sys.executable, "-c", baseline], capture_output=True, text=True,
                                            cwd=ROOT, check=True).stdout))
    return round(statistics.median(times) - statistics.median(imports), 3)


def score_time(folder: Path, direction: str, runs: int) -> float:
    command = [sys.executable, "-m", "evalkit", "score", *map(str, sorted(folder.glob("sys*.txt"))),
               "--ref", str(folder / "ref.txt"), "--src", str(folder / "src.txt"), "--lang", direction,
               "--metrics", "bleu,chrf", "--no-cache", "--out", str(folder / "report")]  # every run computes
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 2)


def write(folder: Path, data: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, texts in (("ref", data["refs"]), ("src", data["srcs"])):
        (folder / f"{name}.txt").write_text("\n".join(texts) + "\n", encoding="utf-8")
    for i, hyps in enumerate(data["systems"]):
        (folder / f"sys{i + 1:02d}.txt").write_text("\n".join(hyps) + "\n", encoding="utf-8")


def _spin(stop) -> None:
    while not stop.is_set():
        sum(i * i for i in range(10_000))


def costs(n_systems: int, n_segments: int, runs: int) -> dict:
    results = {}
    for direction in ("zh-en", "en-zh"):
        data = make_systems(n_systems, n_segments, direction)
        folder = OUT / "languages" / direction
        write(folder, data)
        results[direction] = {**check_costs(data, direction, runs),
                              "detection_without_lang_s": detection_cost(folder, runs),
                              "score_bleu_chrf_s": score_time(folder, direction, runs)}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    systems, segments, runs = (2, 500, 1) if args.quick else (8, 2000, args.runs)
    results: dict = {"clear": CLEAR, "guess_error_by_letters": guess_errors(50 if args.quick else 300),
                     "wrong_language_share": wrong_shares(), "systems": systems, "segments": segments, "runs": runs}
    results["cost"] = costs(systems, segments, runs)
    stop = multiprocessing.Event()
    spinner = multiprocessing.Process(target=_spin, args=(stop,))
    spinner.start()
    try:
        results["cost_with_a_cpu_bound_process"] = costs(systems, segments, runs)
    finally:
        stop.set()
        spinner.join()
    reference_set = load_reference_set(REFSET)
    results["load_reference_set_s"] = _median(lambda: load_reference_set(REFSET), 20, 5)
    results["of_which_verifying_sha256_s"] = _median(
        lambda: _verify_hashes(REFSET, reference_set.manifest, list(reference_set.segments)), 20, 5)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "languages.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()

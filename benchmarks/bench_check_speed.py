"""`evalkit check` on long drafts: time against draft size (100 kB, 300 kB, 1 MB), English and
Chinese, laid out as one line, as paragraphs and hard-wrapped, cold and warm, split by stage.

    PYTHONPATH=. python3 benchmarks/bench_check_speed.py [--data ../shared/data] [--runs 3]
    PYTHONPATH=. python3 benchmarks/bench_check_speed.py --sizes 100k --langs en --runs 1   # a quick look
    PYTHONPATH=. python3 benchmarks/bench_check_speed.py --baseline ../../main   # another checkout, interleaved
    PYTHONPATH=. python3 benchmarks/bench_check_speed.py --docs      # rewrite docs/checking.md's table
    PYTHONPATH=. python3 benchmarks/bench_check_speed.py --profile 1M,en,paragraphs   # pyinstrument, cold

The drafts are built from WMT21 news (the public data in --data; nothing large is kept):
an English draft is WMT21 zh-en system outputs, a Chinese one WMT21 en-zh system outputs,
one system after another (each a full pass over the test set's segments, in order) until
the draft reaches its size in UTF-8 bytes; the reference beside each pass is reference A
(and B) and then other systems' outputs, so draft and reference are distinct text all
through and a cold run must encode every sentence of both. The source repeats with each
pass: after the first pass its vectors come from memory (the run's counters say how many
texts the model encoded). Layouts (benchmarks/draft_layouts.py, as
check_layouts_realdata.py lays them out): "one line" (the whole draft on one line),
"paragraphs" (five segments per paragraph, blank lines between), "hard-wrapped" (those
paragraphs filled at 60 columns, Chinese at 30 characters); --layouts adds "lines" (a
segment per line) and "bullets" (each paragraph's sentences as a Markdown list).

Every run is a whole `evalkit check --ref REF --src SRC --out DIR` in a fresh process:
"cold" with an empty embedding cache, "warm" right after with the cache the cold run
filled. Inside the process each stage is timed exclusively (a stage's time leaves out
the stages it calls): reading and segmenting (the draft reader and every sentence
split), encoding (the embedding model and its cache), aligning (the document aligner
and the spans), checks, reports (terminal table and the four files); "other" is the
rest of the wall clock (interpreter start, imports, language detection of the files).
Peak memory is the process's peak RSS. Cases are interleaved run by run and medians
reported; the machine's load average is recorded before every run (2 cores shared:
compare rows of one run, and rerun it on a quiet machine for absolute figures).
With --baseline, another checkout of evalkit (say main before a change) runs every case
beside this one, interleaved, with its own fresh cache (at --baseline-sizes only: old code
can take many minutes on 1 MB); the table gains its cold and warm wall times.
Results: benchmarks/out/check_speed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_layouts import as_list, hard_wrap

OUT = ROOT / "benchmarks" / "out"
RESULTS = OUT / "check_speed.json"
DOCS = ROOT / "docs" / "checking.md"
TABLE_START, TABLE_END = "<!-- bench_check_speed table: start -->", "<!-- bench_check_speed table: end -->"
SIZES = {"100k": 100_000, "300k": 300_000, "1M": 1_000_000}
CURVE_LAYOUTS = ("one line", "paragraphs", "hard-wrapped")
MORE_LAYOUTS = ("lines", "bullets")
PARAGRAPH = 5  # segments per paragraph
WIDTH = {"en": 60, "zh": 30}
STAGES = ("reading", "encoding", "aligning", "checks", "reports", "other")
PAIRS = {"en": "zh-en", "zh": "en-zh"}


# --- the drafts ---------------------------------------------------------------------------

def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def texts(data: Path, lang: str, size: int) -> tuple[list[str], list[str], list[str]]:
    """(draft segments, reference segments, source segments) of about `size` UTF-8 bytes of draft."""
    if lang == "en":
        folder, prefix = data / "wmt21-zhen", "newstest2021.zh-en"
        source = _lines(folder / f"{prefix}.src.zh")
        references = [folder / f"{prefix}.ref.A.en"]
    else:
        folder, prefix = data / "wmt21-enzh", "newstest2021.en-zh"
        source = _lines(folder / f"{prefix}.src.en")
        references = [folder / f"{prefix}.ref.A.zh", folder / f"{prefix}.ref.B.zh"]
    systems = sorted(folder.glob(f"{prefix}.hyp.*.{lang}"))
    drafts = systems[0::2]
    references += systems[1::2]
    draft: list[str] = []
    reference: list[str] = []
    sources: list[str] = []
    total = 0
    for number, (hypothesis, ref) in enumerate(zip(drafts, references)):
        for line, ref_line, src_line in zip(_lines(hypothesis), _lines(ref), source):
            if total >= size:
                return draft, reference, sources
            if not line.strip() or not ref_line.strip():
                continue
            draft.append(line.strip())
            reference.append(ref_line.strip())
            sources.append(src_line.strip())
            total += len(line.encode("utf-8")) + 1
    if total < size:
        raise SystemExit(f"not enough text in {folder} for {size:,} bytes of {lang}")
    return draft, reference, sources


def layout(segments: list[str], lang: str, name: str) -> str:
    joiner = "" if lang == "zh" else " "
    paragraphs = "\n\n".join(joiner.join(segments[k:k + PARAGRAPH]) for k in range(0, len(segments), PARAGRAPH))
    return {
        "one line": lambda: joiner.join(segments),
        "paragraphs": lambda: paragraphs,
        "hard-wrapped": lambda: hard_wrap(paragraphs, WIDTH[lang], lang),
        "lines": lambda: "\n".join(segments),
        "bullets": lambda: as_list(paragraphs, lang),
    }[name]() + "\n"


def write_case(data: Path, lang: str, size: int, name: str, folder: Path) -> dict:
    draft, reference, source = texts(data, lang, size)
    folder.mkdir(parents=True, exist_ok=True)
    text = layout(draft, lang, name)
    (folder / "draft.md").write_text(text, encoding="utf-8")
    (folder / "ref.txt").write_text("".join(line + "\n" for line in reference), encoding="utf-8")
    (folder / "src.txt").write_text("".join(line + "\n" for line in source), encoding="utf-8")
    return {"bytes": len(text.encode("utf-8")), "characters": len(text), "lines": text.count("\n"),
            "segments": len(draft)}


# --- one run, inside its own process -----------------------------------------------------------

class StageClock:
    """Exclusive time per stage: a wrapped call's time goes to its stage, minus the wrapped calls inside it."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(STAGES, 0.0)
        self.stack = ["other"]
        self.mark = time.perf_counter()

    def _switch(self, stage: str | None) -> None:
        now = time.perf_counter()
        self.spent[self.stack[-1]] += now - self.mark
        self.mark = now
        if stage is None:
            self.stack.pop()
        else:
            self.stack.append(stage)

    def wrap(self, owner: object, name: str, stage: str) -> None:
        inner = getattr(owner, name)

        def timed(*args, **kwargs):
            self._switch(stage)
            try:
                return inner(*args, **kwargs)
            finally:
                self._switch(None)

        setattr(owner, name, timed)


def run_one(folder: Path, lang: str, cache: Path, out: Path) -> dict:
    """Check the case in `folder` with stage clocks on; the figures as a dict."""
    import importlib
    import resource

    import evalkit
    from evalkit.embed.cache import CachingEmbedder

    check_module, cli, segment = (importlib.import_module(f"evalkit.{name}") for name in ("check", "cli", "segment"))

    clock = StageClock()
    encoded = {"calls": 0, "texts": 0, "characters": 0}
    model_encode = CachingEmbedder.encode

    def counted(self, texts_):
        before = self.counters.encoded
        vectors = model_encode(self, texts_)
        encoded["calls"] += 1
        encoded["texts"] += self.counters.encoded - before
        return vectors

    CachingEmbedder.encode = counted
    model_encode_joined = CachingEmbedder.encode_joined

    def counted_joined(self, parts, joiner):
        before = self.counters.encoded
        vectors = model_encode_joined(self, parts, joiner)
        encoded["calls"] += 1
        encoded["texts"] += self.counters.encoded - before
        return vectors

    CachingEmbedder.encode_joined = counted_joined
    for owner, name, stage in ((check_module, "read_draft", "reading"), (check_module, "parse_draft", "reading"),
                               (segment, "split_paragraph", "reading"), (CachingEmbedder, "encode", "encoding"),
                               (CachingEmbedder, "encode_joined", "encoding"),
                               (check_module, "align_draft", "aligning"), (check_module, "run_checks", "checks"),
                               (cli, "print_check", "reports"), (cli, "write_check_reports", "reports")):
        clock.wrap(owner, name, stage)
    code = cli.run(["check", str(folder / "draft.md"), "--ref", str(folder / "ref.txt"), "--src",
                            str(folder / "src.txt"), "--lang", PAIRS[lang], "--out", str(out), "--cache-dir", str(cache)])
    clock._switch("other")
    counts = {"findings": None, "sentences": None}
    if code == 0:
        counts["findings"] = sum(1 for _ in (out / "findings.jsonl").open(encoding="utf-8"))
        with (out / "alignment.jsonl").open(encoding="utf-8") as rows:
            counts["sentences"] = sum(len(json.loads(row)["draft"]["sentences"]) for row in rows)
    return {"exit": code, "evalkit": str(Path(evalkit.__file__).resolve().parents[1]), "stages": clock.spent, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "encoded": encoded, **counts}


def measure(folder: Path, lang: str, cache: Path, out: Path, checkout: Path) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--one", str(folder), "--lang-of-case", lang,
               "--cache", str(cache), "--out-dir", str(out)]
    load = os.getloadavg()[0]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": str(checkout)})
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"run failed ({done.returncode}): {done.stderr[-2000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    if figures["exit"] != 0:
        raise SystemExit(f"evalkit check exited {figures['exit']} on {folder}")
    if Path(figures["evalkit"]) != checkout:
        raise SystemExit(f"the run imported evalkit from {figures['evalkit']}, not {checkout}")
    in_process = sum(figures["stages"].values())
    figures["stages"]["other"] += wall - in_process  # interpreter start and imports
    return {"wall_s": wall, "load_avg_1min": load, **figures}


# --- the curve ------------------------------------------------------------------------------------

def curve(args: argparse.Namespace) -> dict:
    cases = [(lang, size, name) for size in args.sizes for lang in args.langs for name in args.layouts
             if name in CURVE_LAYOUTS or size == args.sizes[-1]]
    versions = {"this": ROOT}
    if args.baseline:
        versions["baseline"] = args.baseline
    results: dict = {"cpus": os.cpu_count(), "runs": args.runs, "python": sys.version.split()[0],
                     "load_avg_start": os.getloadavg(), "baseline": commit_of(args.baseline) if args.baseline else None,
                     "cases": {}}
    with tempfile.TemporaryDirectory(prefix="check-speed-") as work:
        work_dir = Path(work)
        folders = {}
        for lang, size, name in cases:
            key = f"{size} {lang} {name}"
            folders[key] = work_dir / key.replace(" ", "_")
            results["cases"][key] = {"lang": lang, "size": size, "layout": name,
                                     **write_case(args.data, lang, SIZES[size], name, folders[key]),
                                     **{f"{version} {state}": [] for version in versions for state in ("cold", "warm")}}
        for run in range(args.runs):
            for key, case in results["cases"].items():
                for version, checkout in versions.items():
                    if version == "baseline" and case["size"] not in args.baseline_sizes:
                        continue
                    cache = work_dir / "cache"
                    shutil.rmtree(cache, ignore_errors=True)
                    for state in ("cold", "warm"):
                        out = work_dir / "out"
                        shutil.rmtree(out, ignore_errors=True)
                        figures = measure(folders[key], case["lang"], cache, out, checkout)
                        case[f"{version} {state}"].append(figures)
                        print(f"run {run + 1}/{args.runs} {key:<26} {version:<8} {state}: {figures['wall_s']:7.1f} s "
                              f"(encoding {figures['stages']['encoding']:.1f}, aligning {figures['stages']['aligning']:.1f}, "
                              f"reading {figures['stages']['reading']:.1f}, checks {figures['stages']['checks']:.1f}), "
                              f"{figures['peak_rss_mib']:.0f} MiB, load {figures['load_avg_1min']:.1f}", flush=True)
                        save(summarise(results))  # a stopped run keeps what it measured
    return results


def summarise(results: dict) -> dict:
    for case in results["cases"].values():
        for label in [label for label in case if label.endswith((" cold", " warm")) and case[label]]:
            runs = case[label]
            case[f"{label} median"] = {
                "wall_s": round(statistics.median(r["wall_s"] for r in runs), 2),
                "stages": {stage: round(statistics.median(r["stages"][stage] for r in runs), 2) for stage in STAGES},
                "peak_rss_mib": round(statistics.median(r["peak_rss_mib"] for r in runs)),
                "load_avg_1min": [round(r["load_avg_1min"], 2) for r in runs],
                "encoded_texts": runs[0]["encoded"]["texts"], "findings": runs[0]["findings"],
                "sentences": runs[0]["sentences"],
            }
    return results


def save(results: dict) -> None:
    from evalkit.textio import atomic_write

    OUT.mkdir(parents=True, exist_ok=True)
    atomic_write(RESULTS, json.dumps(results, indent=1))


def commit_of(checkout: Path) -> str:
    """The checkout's commit, as a table can name it (a path says nothing on another machine)."""
    done = subprocess.run(["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          check=False)
    return f"commit {done.stdout.strip()}" if done.returncode == 0 else checkout.name


def table(results: dict) -> str:
    loads = [load for case in results["cases"].values() for label, value in case.items() if label.endswith(" median")
             for load in value["load_avg_1min"]]
    baseline = any("baseline cold median" in case for case in results["cases"].values())
    lines = [f"Medians of {results['runs']} interleaved run(s) on {results['cpus']} CPUs, 1-minute load average "
             f"{min(loads):.1f} to {max(loads):.1f} during the runs; seconds, peak memory in MiB"
             + (f"; before: {results['baseline']} (--baseline), the same drafts" if baseline else "") + ".", "",
             "| draft | bytes | sentences | cold | reading | encoding | aligning | checks | reports | other "
             "| warm | warm: aligning | peak MiB |" + (" before: cold | before: warm |" if baseline else ""),
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---:|---:|" if baseline else "")]
    for case in results["cases"].values():
        if "this warm median" not in case:
            continue  # not measured yet (a stopped run)
        cold, warm = case["this cold median"], case["this warm median"]
        row = (f"| {case['size']} {case['lang']} {case['layout']} | {case['bytes']:,} | {cold['sentences']:,} "
               f"| **{cold['wall_s']:.1f}** | " + " | ".join(f"{cold['stages'][s]:.1f}" for s in STAGES)
               + f" | {warm['wall_s']:.1f} | {warm['stages']['aligning']:.1f} "
               f"| {max(cold['peak_rss_mib'], warm['peak_rss_mib']):,} |")
        if baseline:
            before = [case.get(f"baseline {state} median") for state in ("cold", "warm")]
            row += "".join(f" {value['wall_s']:.1f} |" if value else " |" for value in before)
        lines.append(row)
    return "\n".join(lines)


def write_docs(results: dict) -> None:
    text = DOCS.read_text(encoding="utf-8")
    if TABLE_START not in text:
        raise SystemExit(f"{DOCS} has no {TABLE_START!r} marker")
    head, rest = text.split(TABLE_START)
    _, tail = rest.split(TABLE_END)
    from evalkit.textio import atomic_write

    atomic_write(DOCS, f"{head}{TABLE_START}\n{table(results)}\n{TABLE_END}{tail}")


def profile(args: argparse.Namespace) -> None:
    size, lang, name = args.profile.split(",")
    with tempfile.TemporaryDirectory(prefix="check-profile-") as work:
        folder = Path(work) / "case"
        write_case(args.data, lang, SIZES[size], name, folder)
        OUT.mkdir(parents=True, exist_ok=True)
        target = OUT / f"check_profile_{size}_{lang}_{name.replace(' ', '_')}.txt"
        subprocess.run([sys.executable, "-m", "pyinstrument", "-o", str(target), "-m", "evalkit", "check",
                        str(folder / "draft.md"), "--ref", str(folder / "ref.txt"), "--src", str(folder / "src.txt"),
                        "--lang", PAIRS[lang], "--out", str(Path(work) / "out"), "--cache-dir", str(Path(work) / "cache")],
                       check=True, stdout=subprocess.DEVNULL)
        print(target.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--sizes", default=",".join(SIZES), help=f"comma-separated, of {', '.join(SIZES)}")
    parser.add_argument("--langs", default="en,zh")
    parser.add_argument("--layouts", default=",".join(CURVE_LAYOUTS),
                        help=f"comma-separated, of {', '.join(CURVE_LAYOUTS + MORE_LAYOUTS)} (the last two at the "
                             "largest size only)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout of evalkit, run beside this one (interleaved)")
    parser.add_argument("--baseline-sizes", default="100k,300k",
                        help="sizes to run the baseline on (default: %(default)s; the old code takes many minutes on 1M)")
    parser.add_argument("--docs", action="store_true", help="only rewrite docs/checking.md's table from the last JSON")
    parser.add_argument("--profile", help="SIZE,LANG,LAYOUT: a pyinstrument profile of one cold run")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # a single run, in the child process
    parser.add_argument("--lang-of-case", help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        figures = run_one(args.one, args.lang_of_case, args.cache, args.out_dir)
        print(json.dumps(figures))
        return
    if args.docs:
        write_docs(json.loads(RESULTS.read_text(encoding="utf-8")))
        return
    if not (args.data / "wmt21-zhen").is_dir():
        parser.error(f"no public data in {args.data} (give --data, the folder of ../shared/data)")
    if args.profile:
        profile(args)
        return
    args.sizes = args.sizes.split(",")
    args.langs = args.langs.split(",")
    args.layouts = args.layouts.split(",")
    args.baseline_sizes = args.baseline_sizes.split(",")
    if args.baseline:
        args.baseline = args.baseline.resolve()
        if not (args.baseline / "evalkit" / "check.py").is_file():
            parser.error(f"--baseline {args.baseline} is not a checkout of evalkit (no evalkit/check.py)")
    print(table(curve(args)))


if __name__ == "__main__":
    main()

"""Check `evalkit meta` against Google's mt-metrics-eval on a public human-rated set.

Data (not part of this repository; pass their paths):
- the WMT21 TED talks Chinese-English MQM ratings from github.com/google/wmt-mqm-human-evaluation
  (`ted/zhen/mqm_ted_zhen.tsv`: the rated segments with every system's text, and
  `ted/zhen/mqm_ted_zhen.avg_seg_scores.tsv`: the MQM score of each system and segment);
- a checkout of github.com/google-research/mt-metrics-eval (its `mt_metrics_eval/stats.py`
  is imported from there and run on the very scores evalkit meta read).

Steps: rebuild each system's translations of the 529 rated segments and the reference
(refB, mt-metrics-eval's standard reference for this set); `evalkit score` them with BLEU
and chrF; write the human scores as evalkit meta reads them; run `evalkit meta`; compute
the same five figures with mt-metrics-eval; print both. It also prints each system's
mean MQM score next to the one published in the data's README, which checks that the
human scores were read as published. Exits 1 if any figure differs by more than 1e-9.

    python3 benchmarks/meta_verify_mqm.py --mqm /path/to/wmt-mqm-human-evaluation \\
        --mtme /path/to/mt-metrics-eval --work /tmp/mqm-check
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

REFERENCE = "refB"
NOT_SYSTEMS = {"ref", "refB"}  # the two human references
# The README of wmt-mqm-human-evaluation, "TED talks / Chinese to English" (MQM penalty, lower is better)
PUBLISHED_MQM = {
    "DIDI-NLP": 1.65, "metricsystem2": 1.76, "metricsystem1": 1.90, "MiSS": 1.97, "IIE-MT": 1.98,
    "metricsystem4": 2.05, "metricsystem5": 2.15, "SMU": 2.202, "Borderline": 2.40, "NiuTrans": 2.49,
    "Facebook-AI": 2.64, "Online-W": 2.93, "metricsystem3": 2.99,
}
STATISTICS = ("seg_kendall", "seg_kendall_item", "seg_acc_eq", "sys_pearson", "sys_accuracy")


def read_ratings(path: Path) -> tuple[dict[str, dict[int, str]], dict[int, str]]:
    """system -> segment -> text (error-span markup removed), and the source of each segment."""
    texts: dict[str, dict[int, str]] = defaultdict(dict)
    sources: dict[int, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            seg = int(row["seg_id"])
            texts[row["system"]][seg] = re.sub(r"</?v>", "", row["target"]).strip()
            sources[seg] = re.sub(r"</?v>", "", row["source"]).strip()
    return texts, sources


def read_scores(path: Path) -> dict[tuple[str, int], float | None]:
    scores = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        system, score, seg = line.split()
        scores[(system, int(seg))] = None if score == "None" else float(score)
    return scores


def prepare(args: argparse.Namespace) -> tuple[Path, Path, list[str]]:
    texts, sources = read_ratings(args.mqm / "ted" / "zhen" / "mqm_ted_zhen.tsv")
    scores = read_scores(args.mqm / "ted" / "zhen" / "mqm_ted_zhen.avg_seg_scores.tsv")
    systems = sorted(s for s in texts if s not in NOT_SYSTEMS)
    segments = sorted(set.intersection(*(set(texts[s]) for s in [*systems, REFERENCE])))
    work = args.work
    (work / "systems").mkdir(parents=True, exist_ok=True)

    def write(path: Path, lines: list[str]) -> Path:
        path.write_text("".join(line.replace("\n", " ") + "\n" for line in lines), encoding="utf-8")
        return path

    ref = write(work / "ref.txt", [texts[REFERENCE][s] for s in segments])
    src = write(work / "src.txt", [sources[s] for s in segments])
    hyps = [str(write(work / "systems" / f"{name}.txt", [texts[name][s] for s in segments])) for name in systems]
    # evalkit ids for plain-text references are 1-based line numbers
    human = work / "human.tsv"
    rows = ["system\tid\tscore"]
    for name in systems:
        for line, seg in enumerate(segments, start=1):
            value = scores.get((name, seg))
            rows.append(f"{name}\t{line}\t{'' if value is None else value}")
    human.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = work / "report"
    subprocess.run([sys.executable, "-m", "evalkit", "score", "--ref", str(ref), "--src", str(src), "--lang", "zh-en",
                    "--metrics", "bleu,chrf", "--significance", "none", "--out", str(report), *hyps],
                   check=True, stdout=subprocess.DEVNULL)
    print(f"{len(systems)} systems x {len(segments)} segments, reference {REFERENCE}\n")
    print("system          published MQM   mean MQM here")
    for name in sorted(systems, key=PUBLISHED_MQM.get):
        judged = [scores[(name, s)] for s in segments if scores.get((name, s)) is not None]
        print(f"{name:15s} {PUBLISHED_MQM[name]:13.3f}   {-sum(judged) / len(judged):13.3f}")
    return report, human, systems


def mt_metrics_eval_figures(mtme: Path, report: Path, human: Path) -> dict[str, dict[str, float]]:
    sys.path.insert(0, str(mtme))
    from mt_metrics_eval import stats  # noqa: PLC0415 (the checkout is only known now)

    summary = json.loads((report / "summary.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in (report / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    gold_rows = [line.split("\t") for line in human.read_text(encoding="utf-8").splitlines()[1:]]
    gold = {(s, i): (float(v) if v else None) for s, i, v in gold_rows}
    systems = [s["name"] for s in summary["systems"]]
    ids = list(dict.fromkeys(row["id"] for row in rows))
    figures = {}
    for metric in summary["metrics"]:
        seg = {(row["system"], row["id"]): row[metric] for row in rows}
        gold_vec = [gold.get((s, i)) for s in systems for i in ids]  # system-major, as mt-metrics-eval packs it
        metric_vec = [seg[(s, i)] for s in systems for i in ids]
        corr = stats.Correlation(len(systems), gold_vec, metric_vec)
        judged = {s: [gold[(s, i)] for i in ids if gold.get((s, i)) is not None] for s in systems}
        gold_sys = [sum(v) / len(v) for v in judged.values()]
        metric_sys = [s["corpus"][metric] for s in summary["systems"]]
        agree, pairs = stats.Agreement(gold_sys, metric_sys)
        figures[metric] = {
            "seg_kendall": corr.Kendall(average_by="none")[0],
            "seg_kendall_item": corr.Kendall(average_by="item")[0],
            "seg_acc_eq": corr.KendallWithTiesOpt(average_by="item", variant="acc23", sample_rate=1.0)[0],
            "sys_pearson": stats.Correlation(len(systems), gold_sys, metric_sys).Pearson()[0],
            "sys_accuracy": agree / pairs,
        }
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mqm", type=Path, required=True, help="checkout of google/wmt-mqm-human-evaluation")
    parser.add_argument("--mtme", type=Path, required=True, help="checkout of google-research/mt-metrics-eval")
    parser.add_argument("--work", type=Path, required=True, help="scratch directory")
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    report, human, _ = prepare(args)
    subprocess.run([sys.executable, "-m", "evalkit", "meta", str(report), str(human),
                    "--resamples", str(args.resamples)], check=True)
    from evalkit.meta import meta

    ours = meta(report, human, resamples=args.resamples).metrics  # full precision (meta.json keeps 6 decimals)
    theirs = mt_metrics_eval_figures(args.mtme, report, human)
    print("\nmetric  statistic          evalkit meta   mt-metrics-eval   |difference|")
    worst = 0.0
    for metric, figures in theirs.items():
        for statistic in STATISTICS:
            a, b = ours[metric][statistic].value, float(figures[statistic])
            worst = max(worst, abs(a - b))
            print(f"{metric:7s} {statistic:18s} {a:12.6f}   {b:15.6f}   {abs(a - b):12.2e}")
    print(f"\nlargest difference {worst:.2e}")
    return 0 if worst <= 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main())

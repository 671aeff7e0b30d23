"""Which metrics see a meaning flip: minimal pairs scored against the same reference.

tests/data/minimal-pairs.tsv holds news sentences (Chinese source, English reference),
each with a faithful paraphrase and a corrupted copy of the reference (a negation, a
changed number, two roles swapped, the words scrambled). A metric that sees meaning
scores the paraphrase higher; one that counts shared words prefers the corrupted copy,
which shares almost every word with the reference. For each metric the table counts
the pairs where it scores the corrupted copy strictly better than the faithful one.

    python3 benchmarks/minimal_pairs.py                      # built-in metrics
    python3 benchmarks/minimal_pairs.py --metrics bleu,chrf,"bertscore:/path/to/model?layer=4"

tests/test_minimal_pairs.py runs the same computation and checks the table in
docs/metrics.md.
"""

from __future__ import annotations

import argparse
import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import evalkit
from evalkit.metrics import lower_is_better

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "data" / "minimal-pairs.tsv"
KINDS = ("negation", "number", "roles", "scramble")
BUILTIN = ("bleu", "chrf", "chrf++", "ter", "embed", "embed_src")


@dataclass(frozen=True)
class Row:
    metric: str
    prefers_corrupted: dict[str, tuple[int, int]]  # kind -> (pairs where corrupted scored better, pairs)
    faithful_mean: float
    corrupted_mean: float

    @property
    def total(self) -> tuple[int, int]:
        return sum(k for k, _ in self.prefers_corrupted.values()), sum(n for _, n in self.prefers_corrupted.values())


def load_pairs(path: Path = PAIRS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def preference_table(metrics: tuple[str, ...] = BUILTIN, *, labels: dict[str, str] | None = None,
                     **options) -> list[Row]:
    pairs = load_pairs()
    result = evalkit.score_texts(
        {"faithful": [p["faithful"] for p in pairs], "corrupted": [p["corrupted"] for p in pairs]},
        references=[p["reference"] for p in pairs], sources=[p["source"] for p in pairs], lang="zh-en",
        metrics=list(metrics), significance="none", **options)
    rows = []
    for metric in metrics:
        faithful = np.array(result.system("faithful").segments[metric])
        corrupted = np.array(result.system("corrupted").segments[metric])
        worse = corrupted < faithful if lower_is_better(metric) else corrupted > faithful
        kinds = np.array([p["kind"] for p in pairs])
        counts = {k: (int(worse[kinds == k].sum()), int((kinds == k).sum())) for k in KINDS}
        rows.append(Row((labels or {}).get(metric, metric), counts, float(faithful.mean()), float(corrupted.mean())))
    return rows


def render_markdown(rows: list[Row]) -> str:
    lines = ["| metric | " + " | ".join(KINDS) + " | all | mean faithful | mean corrupted |",
             "|---|" + "---:|" * (len(KINDS) + 3)]
    for row in rows:
        cells = [f"{k}/{n}" for k, n in (row.prefers_corrupted[kind] for kind in KINDS)]
        k, n = row.total
        lines.append(f"| {row.metric} | " + " | ".join(cells) + f" | **{k}/{n}** | {row.faithful_mean:.1f} | "
                     f"{row.corrupted_mean:.1f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--metrics", default=",".join(BUILTIN), help="comma-separated metrics or plugin specs")
    parser.add_argument("--label", action="append", default=[], metavar="SPEC=LABEL",
                        help="show a metric under a shorter name (repeatable)")
    args = parser.parse_args()
    labels = dict(item.rsplit("=", 1) for item in args.label)
    metrics = tuple(m for m in args.metrics.split(",") if m)
    print("Pairs where the metric scores the corrupted reference above the faithful paraphrase:\n")
    print(render_markdown(preference_table(metrics, labels=labels, use_cache=False)))


if __name__ == "__main__":
    main()

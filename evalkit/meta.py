"""Meta-evaluation: how well each metric of a scored report agrees with human judgments.

The statistics are those of Google's mt-metrics-eval as used at WMT23, computed the same
way on the same inputs:

- segment level, over (system, segment) cells that have a human score:
  `seg_kendall` Kendall's tau-b over all cells at once ("flat", average_by='none');
  `seg_kendall_item` tau-b over the systems of each segment, averaged over segments
  (average_by='item'; segments where it is undefined are left out);
  `seg_acc_eq` WMT23's pairwise accuracy with tie calibration (acc_eq, "acc23" with the
  metric tie threshold that maximises it, averaged over segments);
- system level: `sys_pearson` Pearson's r between the metric's corpus scores and the
  mean human score of each system; `sys_accuracy` the share of system pairs that the
  metric orders as the humans do (ties agree with ties).

Human scores are higher-is-better (DA, SQM, negated MQM); `human_lower_is_better`
flips them. Metrics where lower is better (TER) are negated, so every figure is
"higher agrees better". Each figure gets a 95% bootstrap interval from resampling
segments with replacement, the same draws for every metric, and each pair of metrics
gets a paired bootstrap test of which agrees better. In a resample a system's metric
score is its corpus score moved by how much the mean of its segment scores moved:
exact for mean-type metrics (embeddings, COMET, BERTScore) and a first-order
approximation for BLEU, chrF and TER, whose corpus score is not a mean.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np

from .errors import ConfigError, InputError
from .metrics import lower_is_better
from .settings import SignificanceSettings
from .textio import read_jsonl, read_lines, read_text

STATISTICS = ("seg_kendall", "seg_kendall_item", "seg_acc_eq", "sys_pearson", "sys_accuracy")
LABELS = {
    "seg_kendall": "segment Kendall tau (flat)",
    "seg_kendall_item": "segment Kendall tau (by item)",
    "seg_acc_eq": "segment acc_eq (WMT23)",
    "sys_pearson": "system Pearson r",
    "sys_accuracy": "system pairwise accuracy",
}
ID_COLUMNS = ("id", "segment", "seg_id", "segment_id")
_CHUNK = 64  # resamples scored per array operation


@dataclass(frozen=True)
class MetaData:
    """Everything the statistics read: one row per system, one column per segment (item)."""

    systems: tuple[str, ...]
    items: tuple[str, ...]
    human: np.ndarray  # (systems, items); NaN where there is no judgment
    segments: dict[str, np.ndarray]  # metric -> (systems, items), oriented higher-is-better
    corpus: dict[str, np.ndarray]  # metric -> (systems,), oriented higher-is-better


@dataclass(frozen=True)
class Estimate:
    value: float
    low: float
    high: float


@dataclass(frozen=True)
class Comparison:
    a: str
    b: str
    statistic: str
    delta: float  # a - b
    low: float
    high: float
    p_value: float  # paired bootstrap: share of resamples where the better one is not better

    @property
    def better(self) -> str | None:
        return (self.a if self.delta > 0 else self.b) if self.delta != 0 else None


@dataclass(frozen=True)
class MetaResult:
    report: str
    human: str
    systems: tuple[str, ...]
    n_items: int
    n_judgments: int
    resamples: int
    seed: int
    metrics: dict[str, dict[str, Estimate]]
    comparisons: tuple[Comparison, ...]
    warnings: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        def number(x: float) -> float | None:
            return None if math.isnan(x) else round(x, 6)

        return {
            "schema": 1, "report": self.report, "human": self.human, "systems": list(self.systems),
            "n_items": self.n_items, "n_judgments": self.n_judgments,
            "bootstrap": {"resamples": self.resamples, "seed": self.seed, "over": "segments", "ci": 0.95},
            "metrics": {m: {s: {"value": number(e.value), "low": number(e.low), "high": number(e.high)}
                            for s, e in stats.items()} for m, stats in self.metrics.items()},
            "comparisons": [{"a": c.a, "b": c.b, "statistic": c.statistic, "delta": number(c.delta),
                             "low": number(c.low), "high": number(c.high), "p_value": number(c.p_value),
                             "better": c.better} for c in self.comparisons],
            "warnings": list(self.warnings),
        }


# --- inputs -----------------------------------------------------------------------------


def load_human(path: str | Path, *, lower_is_better: bool = False) -> dict[tuple[str, str], float]:
    """(system, segment id) -> human score, from TSV (header: system, id, score) or JSONL rows."""
    path = Path(path)
    rows = _jsonl_rows(path) if path.suffix == ".jsonl" else _tsv_rows(path)
    scores: dict[tuple[str, str], float] = {}
    for number, row in rows:
        missing = [k for k in ("system", "id", "score") if k not in row]
        if missing:
            raise InputError(f"{path}:{number}: no {', '.join(missing)} (columns: system, id, score)")
        key = (str(row["system"]), str(row["id"]))
        value = row["score"]
        if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none", "nan", "na")):
            continue  # not judged
        try:
            score = float(value)
        except (TypeError, ValueError):
            raise InputError(f"{path}:{number}: score {value!r} is not a number") from None
        if math.isnan(score):
            continue
        if key in scores:
            raise InputError(f"{path}:{number}: a second score for system {key[0]!r}, segment {key[1]!r}")
        scores[key] = -score if lower_is_better else score
    if not scores:
        raise InputError(f"{path}: no human scores")
    return scores


def _jsonl_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    rows = []
    for number, row in read_jsonl(path):
        ids = [k for k in ID_COLUMNS if k in row]
        rows.append((number, {**row, "id": row[ids[0]]} if ids else row))
    return rows


def _tsv_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    lines = read_lines(path)
    header = [cell.strip().lower() for cell in lines[0].split("\t")]
    id_column = next((c for c in ID_COLUMNS if c in header), None)
    if "system" not in header or "score" not in header or id_column is None:
        raise InputError(f"{path}:1: expected a header line with the columns system, id and score (tab-separated)")
    where = {name: header.index(name) for name in ("system", "score")} | {"id": header.index(id_column)}
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < len(header):
            raise InputError(f"{path}:{number}: {len(cells)} columns, the header has {len(header)}")
        rows.append((number, {name: cells[i].strip() for name, i in where.items()}))
    return rows


def load_report(report: str | Path, human: dict[tuple[str, str], float],
                metrics: Sequence[str] | None = None) -> tuple[MetaData, list[str]]:
    """A scored report directory (summary.json, segments.jsonl) joined with human scores."""
    report = Path(report)
    try:
        return _load_report(report, human, metrics)
    except (KeyError, TypeError, AttributeError) as exc:  # a file edited or written by something else
        raise InputError(f"{report}: not a report written by `evalkit score` ({type(exc).__name__}: {exc})") from None


def _metric_score(value: Any, where: str, metric: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InputError(f"{where}: {metric}: " + ("no score" if value is None else f"score {value!r} is not a number"))
    return float(value)


def _load_report(report: Path, human: dict[tuple[str, str], float],
                 metrics: Sequence[str] | None) -> tuple[MetaData, list[str]]:
    try:
        summary = json.loads(read_text(report / "summary.json"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{report / 'summary.json'}: invalid JSON ({exc.msg})") from None
    available = list(summary.get("metrics", []))
    chosen = list(metrics) if metrics else available
    unknown = [m for m in chosen if m not in available]
    if unknown:
        raise ConfigError(f"metric(s) {', '.join(map(repr, unknown))} not in {report}; it has: {', '.join(available)}")
    rows = read_jsonl(report / "segments.jsonl")
    judged = {system for system, _ in human}
    systems = [s["name"] for s in summary["systems"] if s["name"] in judged]
    ignored = sorted(judged - {s["name"] for s in summary["systems"]})
    warnings = [f"human scores for systems not in the report were ignored: {', '.join(ignored)}"] if ignored else []
    if len(systems) < 2:
        raise InputError(f"fewer than two systems of {report} have human scores (report: "
                         f"{', '.join(s['name'] for s in summary['systems'])}; human: {', '.join(sorted(judged))})")
    items = list(dict.fromkeys(str(row["id"]) for _, row in rows))
    s_index, i_index = {s: k for k, s in enumerate(systems)}, {i: k for k, i in enumerate(items)}
    segments = {m: np.full((len(systems), len(items)), np.nan) for m in chosen}
    for number, row in rows:
        if row.get("system") in s_index:
            for m in chosen:
                segments[m][s_index[row["system"]], i_index[str(row["id"])]] = _metric_score(
                    row.get(m), f"{report / 'segments.jsonl'}:{number}", m)
    human_matrix = np.full((len(systems), len(items)), np.nan)
    unmatched = 0
    for (system, item), score in human.items():
        if system in s_index:
            if item in i_index:
                human_matrix[s_index[system], i_index[item]] = score
            else:
                unmatched += 1
    if unmatched:
        warnings.append(f"{unmatched} human score(s) for segment ids not in the report were ignored")
    corpus_rows = {s["name"]: s["corpus"] for s in summary["systems"]}
    signs = {m: -1.0 if lower_is_better(m) else 1.0 for m in chosen}
    data = MetaData(
        systems=tuple(systems), items=tuple(items), human=human_matrix,
        segments={m: signs[m] * segments[m] for m in chosen},
        corpus={m: signs[m] * np.array([_metric_score(corpus_rows[s].get(m), f"{report / 'summary.json'}: {s}", m)
                                        for s in systems]) for m in chosen},
    )
    return data, warnings


# --- statistics ---------------------------------------------------------------------------


def _kendall_b(x: np.ndarray, y: np.ndarray) -> float:
    from scipy.stats import kendalltau

    if len(x) < 2:
        return math.nan
    return float(kendalltau(x, y).statistic)


def _pearson(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Pearson r of each row pair; NaN where either row is constant (as mt-metrics-eval does)."""
    xc, yc = x - x.mean(axis=-1, keepdims=True), y - y.mean(axis=-1, keepdims=True)
    den = np.sqrt((xc**2).sum(axis=-1) * (yc**2).sum(axis=-1))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, (xc * yc).sum(axis=-1) / np.where(den > 0, den, 1), np.nan)


def _accuracy(human: np.ndarray, metric: np.ndarray) -> np.ndarray:
    """Share of system pairs ordered alike (sign of the difference equal, ties included), per row;
    pairs with a system that has no human score in that row are left out."""
    a, b = np.triu_indices(human.shape[-1], k=1)
    valid = ~np.isnan(human[..., a] - human[..., b])
    agree = (np.sign(human[..., a] - human[..., b]) == np.sign(metric[..., a] - metric[..., b])) & valid
    with np.errstate(invalid="ignore", divide="ignore"):
        return agree.sum(axis=-1) / valid.sum(axis=-1)


class _AccEq:
    """acc_eq over items for any item weights, with the tie threshold optimised each time.

    A pair (two systems on one item) counts as correct when the metric orders it as the
    humans do, or when both tie; below the threshold the metric is taken to tie. Pairs are
    sorted by metric difference once, so every threshold (and resample) is a cumulative sum.
    """

    def __init__(self, human: np.ndarray, metric: np.ndarray) -> None:
        items, firsts, seconds = [], [], []
        for item in range(human.shape[1]):
            rows = np.flatnonzero(~np.isnan(human[:, item]))
            a, b = np.triu_indices(len(rows), k=1)
            items.append(np.full(len(a), item))
            firsts.append(rows[a])
            seconds.append(rows[b])
        item = np.concatenate(items)
        first, second = np.concatenate(firsts), np.concatenate(seconds)
        dh = human[first, item] - human[second, item]
        dm = metric[first, item] - metric[second, item]
        concordant = ((dh > 0) & (dm > 0)) | ((dh < 0) & (dm < 0)) | ((dh == 0) & (dm == 0))
        gap = np.abs(dm)
        order = np.argsort(gap, kind="stable")
        self.item = item[order]
        self.correct = concordant[order].astype(float)
        self.gain = (dh[order] == 0).astype(float) - self.correct  # made a tie: right iff humans tie
        gap = gap[order]
        self.group_ends = np.flatnonzero(np.r_[gap[1:] != gap[:-1], True]) if len(gap) else np.array([], int)
        self.pairs_per_item = np.bincount(self.item, minlength=human.shape[1])

    def __call__(self, weights: np.ndarray) -> np.ndarray:
        """acc_eq for each row of item weights (resample counts; all ones for the data itself)."""
        has_pairs = self.pairs_per_item > 0
        rows = (weights * has_pairs).sum(axis=1, keepdims=True)
        share = np.where(has_pairs, weights / np.where(has_pairs, self.pairs_per_item, 1), 0.0) / rows
        w = share[:, self.item]
        base = (w * self.correct).sum(axis=1)
        best = np.cumsum(w * self.gain, axis=1)[:, self.group_ends].max(axis=1, initial=0.0)
        return base + np.maximum(best, 0.0)


class _Statistics:
    """The five statistics of one metric, on the data or on resampled item weights."""

    def __init__(self, data: MetaData, metric: str) -> None:
        self.human = data.human
        self.judged = ~np.isnan(data.human)
        self.metric = data.segments[metric]
        self.corpus = data.corpus[metric]
        self.acc_eq = _AccEq(data.human, self.metric)
        self.item_tau = np.array([
            _kendall_b(self.human[self.judged[:, i], i], self.metric[self.judged[:, i], i])
            for i in range(self.human.shape[1])
        ])
        self.seg_mean = self.metric.mean(axis=1)

    def compute(self, counts: np.ndarray, *, resampled: bool = True) -> dict[str, np.ndarray]:
        """Each statistic for each row of item counts (R, items); `resampled=False` for the data itself."""
        out: dict[str, np.ndarray] = {}
        flat = []
        for row in counts:
            take = np.repeat(np.arange(len(row)), row.astype(int))
            cells = self.judged[:, take]
            flat.append(_kendall_b(self.human[:, take][cells], self.metric[:, take][cells]))
        out["seg_kendall"] = np.array(flat)
        valid = ~np.isnan(self.item_tau)
        with np.errstate(invalid="ignore", divide="ignore"):
            out["seg_kendall_item"] = (counts[:, valid] @ self.item_tau[valid]) / counts[:, valid].sum(axis=1)
        out["seg_acc_eq"] = self.acc_eq(counts.astype(float))
        # system level: human means over judged items; metric corpus score moved with its segment mean
        judged_counts = counts @ self.judged.T  # (R, systems)
        with np.errstate(invalid="ignore", divide="ignore"):
            human_sys = (counts @ np.nan_to_num(self.human).T) / judged_counts
        metric_sys = np.broadcast_to(self.corpus, human_sys.shape)
        if resampled:
            metric_sys = metric_sys + (counts @ self.metric.T) / counts.sum(axis=1, keepdims=True) - self.seg_mean
        out["sys_pearson"] = _pearson(human_sys, metric_sys)
        out["sys_accuracy"] = _accuracy(human_sys, metric_sys)
        return out


def _counts(n_items: int, resamples: int, seed: int) -> Iterator[np.ndarray]:
    """How often each item is drawn, `_CHUNK` resamples at a time: memory stays a few chunks
    whatever --resamples is, and the draws are those of one `choice` call for all of them."""
    rng = np.random.default_rng(seed)
    for start in range(0, resamples, _CHUNK):
        size = min(_CHUNK, resamples - start)
        draws = rng.choice(n_items, size=(size, n_items), replace=True)
        counts = np.zeros((size, n_items))
        np.add.at(counts, (np.repeat(np.arange(size), n_items), draws.ravel()), 1)
        yield counts


def meta_evaluate(data: MetaData, *, resamples: int = 1000, seed: int = 12345, report: str = "",
                  human: str = "", warnings: Sequence[str] = ()) -> MetaResult:
    SignificanceSettings(resamples=resamples, seed=seed)  # the bounds `score` keeps, in its words
    n_items = len(data.items)
    stats = {metric: _Statistics(data, metric) for metric in data.segments}
    values = {m: {k: float(v[0]) for k, v in s.compute(np.ones((1, n_items)), resampled=False).items()}
              for m, s in stats.items()}
    parts: dict[str, list[dict[str, np.ndarray]]] = {m: [] for m in stats}
    for counts in _counts(n_items, resamples, seed):
        for metric, statistics in stats.items():
            parts[metric].append(statistics.compute(counts))
    replicates = {m: {k: np.concatenate([p[k] for p in parts[m]]) for k in STATISTICS} for m in stats}
    estimates = {m: {k: Estimate(values[m][k], *_interval(replicates[m][k])) for k in STATISTICS} for m in values}
    comparisons = []
    for a, b in itertools.combinations(values, 2):
        for k in STATISTICS:
            delta = values[a][k] - values[b][k]
            diffs = replicates[a][k] - replicates[b][k]
            comparisons.append(Comparison(a, b, k, delta, *_interval(diffs), _paired_p(diffs, delta)))
    return MetaResult(
        report=report, human=human, systems=data.systems, n_items=n_items,
        n_judgments=int((~np.isnan(data.human)).sum()), resamples=resamples, seed=seed,
        metrics=estimates, comparisons=tuple(comparisons), warnings=tuple(warnings),
    )


def _interval(replicates: np.ndarray) -> tuple[float, float]:
    finite = replicates[~np.isnan(replicates)]
    if not len(finite):
        return math.nan, math.nan
    low, high = np.quantile(finite, [0.025, 0.975])
    return float(low), float(high)


def _paired_p(diffs: np.ndarray, delta: float) -> float:
    """Share of resamples in which the metric that agrees better on the data does not (+1 smoothed)."""
    finite = diffs[~np.isnan(diffs)]
    if delta == 0 or math.isnan(delta) or not len(finite):
        return 1.0
    against = int((finite <= 0).sum()) if delta > 0 else int((finite >= 0).sum())
    return (against + 1) / (len(finite) + 1)


def meta(report: str | Path, human: str | Path, *, metrics: Sequence[str] | None = None,
         human_lower_is_better: bool = False, resamples: int = 1000, seed: int = 12345) -> MetaResult:
    """Meta-evaluate the metrics of a report directory against a file of human segment scores."""
    scores = load_human(human, lower_is_better=human_lower_is_better)
    data, warnings = load_report(report, scores, metrics)
    return meta_evaluate(data, resamples=resamples, seed=seed, report=str(report), human=str(human),
                         warnings=warnings)

"""The CI gate: rules over a scored result (and a stored baseline) -> a Verdict.

Rules, for every candidate system:

- floors on corpus scores (`chrf >= 55`, `ter <= 60`);
- regression against the baseline: a metric fails only when it drops by more than a
  margin AND the paired test (the leaderboard's own bootstrap or approximate
  randomization, over the stored per-segment statistics) says the drop is
  significant, so noise does not fail a build and a real drop always does;
- per-segment guards: a floor on sentence scores, no empty candidate where the
  reference is not empty, the same numbers as the reference (or source), and the
  reference's Chinese script.

`Verdict.exit_code` is 0 when every rule passes and 1 when any fails.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

import numpy as np

from .baseline import Baseline, BaselineSystem
from .candidates import ReferenceInfo
from .errors import ConfigError
from .metrics import LOWER_IS_BETTER, parse_metric_names
from .numbers import number_problems
from .scoring import ScoreResult, SystemResult
from .scripts import SCRIPTS, detect_script
from .settings import Settings
from .significance import ALPHA, ar_mask_chunks, ar_p, bootstrap_chunks, bootstrap_p, bootstrap_scores
from .textio import read_jsonl

OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt,
}
PASS, FAIL, SKIP = "pass", "fail", "skip"
EXIT_PASSED, EXIT_FAILED = 0, 1
NUMBERS_AGAINST = ("reference", "source")


@dataclass(frozen=True)
class Threshold:
    """`metric op value`, e.g. chrf >= 55; floors point the metric's better way."""

    metric: str
    op: str
    value: float

    def __post_init__(self) -> None:
        parse_metric_names([self.metric])  # an unknown name is a ConfigError saying which names exist
        if not math.isfinite(self.value):  # NaN compares false with everything: a floor nothing passes
            raise ConfigError(f"a threshold is a finite number, not {self.value}")
        if self.op not in OPERATORS:
            raise ConfigError(f"bad operator {self.op!r}; use one of " + ", ".join(OPERATORS))
        lower_is_better = self.metric in LOWER_IS_BETTER
        if self.op.startswith("<") != lower_is_better:
            better = "lower" if lower_is_better else "higher"
            raise ConfigError(f"bad operator {self.op!r}: {self.metric} is {better}-is-better, so a floor is "
                              + ("<= or <" if lower_is_better else ">= or >"))

    def holds(self, score: float) -> bool:
        return OPERATORS[self.op](score, self.value)

    def __str__(self) -> str:
        return f"{self.metric} {self.op} {self.value:g}"


@dataclass(frozen=True)
class Regression:
    metrics: tuple[str, ...] | None = None  # None: every metric scored
    margin: float = 1.0  # points on the metric's scale; a drop must exceed it to fail
    margins: Mapping[str, float] = field(default_factory=dict)  # per-metric margins, overriding `margin`
    alpha: float = ALPHA

    def __post_init__(self) -> None:
        for metric in (*(self.metrics or ()), *self.margins):
            parse_metric_names([metric])
        for value in (self.margin, *self.margins.values()):
            if not (math.isfinite(value) and value >= 0):
                raise ConfigError(f"a margin is a finite number of points >= 0, not {value:g}")
        if not 0 < self.alpha < 1:
            raise ConfigError(f"alpha is a significance level between 0 and 1, not {self.alpha:g}")

    def margin_for(self, metric: str) -> float:
        return self.margins.get(metric, self.margin)


@dataclass(frozen=True)
class Rules:
    floors: tuple[Threshold, ...] = ()  # on corpus scores
    regression: Regression | None = None
    segment_floors: tuple[Threshold, ...] = ()  # on every segment's sentence score
    empty: bool = False  # no empty candidate where the reference is not empty
    numbers: str | None = None  # the candidate's numbers equal the "reference"'s or the "source"'s
    script: bool = False  # the candidate's Chinese script is the reference's

    def __post_init__(self) -> None:
        if self.numbers not in (None, *NUMBERS_AGAINST):
            raise ConfigError(f"numbers are compared with the reference or the source, not {self.numbers!r}")
        if not (self.floors or self.regression or self.segment_floors or self.empty or self.numbers or self.script):
            raise ConfigError("no rule is set; add floors, regression or segment guards")

    def validate(self, metrics: Sequence[str], settings: Settings, *, has_reference: bool, has_source: bool) -> None:
        """Refuse rules that cannot be checked on what is scored, naming the rule's key."""
        used = [(f"rules.floors.{t.metric}", t.metric) for t in self.floors]
        used += [(f"rules.segments.floors.{t.metric}", t.metric) for t in self.segment_floors]
        if self.regression is not None:
            used += [("rules.regression.metrics", m) for m in self.regression.metrics or ()]
            used += [(f"rules.regression.margin.{m}", m) for m in self.regression.margins]
        for key, metric in used:
            if metric not in metrics:
                raise ConfigError(f"{key}: {metric} is not scored (metrics: {', '.join(metrics)}); "
                                  "add it to settings.metrics")
        if self.regression is not None and settings.significance.method == "none":
            raise ConfigError("rules.regression: the regression rule needs a paired test; "
                              "settings.significance.method is none")
        if self.numbers == "reference" and not has_reference:
            raise ConfigError("rules.segments.numbers: there is no reference to compare with; use \"source\"")
        if self.numbers == "source" and not has_source:
            raise ConfigError("rules.segments.numbers: there is no source to compare with (give task.src "
                              "or a reference set)")
        if self.script and not has_reference:
            raise ConfigError("rules.segments.script: there is no reference whose script to compare with")
        if self.script and settings.zh_script:
            raise ConfigError(f"rules.segments.script: settings.zh_script = {settings.zh_script!r} converts the "
                              "candidates before they are checked; drop one of the two")


@dataclass(frozen=True)
class Outcome:
    """One rule for one system."""

    system: str
    rule: str  # "floor: chrf >= 55", "regression: bleu", "segments: numbers", ...
    status: str  # PASS, FAIL or SKIP
    detail: str  # the numbers behind the status
    segments: tuple[str, ...] = ()  # ids of the failing segments
    p_value: float | None = None  # the regression rule's paired test against the baseline

    @property
    def failed(self) -> bool:
        return self.status == FAIL


@dataclass(frozen=True)
class Finding:
    """A segment failing one or more per-segment rules."""

    system: str
    path: str  # the candidate file ("" for texts in memory)
    line: int | None  # the segment's line in that file
    index: int
    id: str
    problems: tuple[tuple[str, str], ...]  # (rule, what is wrong)
    scores: dict[str, float]  # metric -> sentence score
    baseline_scores: dict[str, float] | None
    source: str | None
    reference: str | None
    candidate: str


@dataclass(frozen=True)
class Verdict:
    reference: ReferenceInfo
    metrics: tuple[str, ...]
    systems: dict[str, str]  # name -> candidate file ("" for texts in memory)
    baseline: str | None  # the baseline file compared with
    outcomes: tuple[Outcome, ...]
    findings: tuple[Finding, ...]  # worst first on the first metric, system by system

    @property
    def failures(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.failed)

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def exit_code(self) -> int:
        return EXIT_PASSED if self.passed else EXIT_FAILED


def check(result: ScoreResult, rules: Rules, baseline: Baseline | None = None) -> Verdict:
    rules.validate(result.metrics, result.settings, has_reference=not result.reference_free,
                   has_source=result.sources is not None)
    regression_metrics: tuple[str, ...] = ()
    if rules.regression is not None:
        if baseline is None:
            raise ConfigError("the regression rule needs a baseline; write one with `evalkit gate --update-baseline`")
        regression_metrics = rules.regression.metrics or result.metrics
    outcomes: list[Outcome] = []
    findings: list[Finding] = []
    for system in result.systems:
        stored = baseline.system_for(result, system.name, regression_metrics) if regression_metrics else None
        outcomes += [_floor(system, t) for t in rules.floors]
        if stored is not None and rules.regression is not None:
            outcomes += [_regression(result, system, stored, m, rules.regression) for m in regression_metrics]
        segment_outcomes, problems = _segment_rules(result, system, rules)
        outcomes += segment_outcomes
        findings += _findings(result, system, stored, regression_metrics, problems)
    return Verdict(reference=result.reference, metrics=result.metrics, systems={s.name: s.path for s in result.systems},
                   baseline=baseline.path if baseline is not None and regression_metrics else None,
                   outcomes=tuple(outcomes), findings=tuple(findings))


def _floor(system: SystemResult, threshold: Threshold) -> Outcome:
    score = system.corpus[threshold.metric]
    status = PASS if threshold.holds(score) else FAIL
    return Outcome(system.name, f"floor: {threshold}", status, f"{threshold.metric} {score:.2f}")


def paired_p_value(result: ScoreResult, metric: str, stats: np.ndarray, score: float,
                   baseline_stats: np.ndarray, baseline_score: float) -> float:
    """The leaderboard's paired test of two rows of statistics, with the result's settings."""
    settings = result.settings.significance
    scorer = result.scorers[metric]
    n = len(stats)
    if settings.method == "ar":
        masks = ar_mask_chunks(n, settings.n_resamples, settings.seed)
        return ar_p(scorer, stats, baseline_stats, masks, score, baseline_score)
    # the same draws for both: a fresh generator with the same seed each time
    ours = bootstrap_scores(scorer, stats, bootstrap_chunks(n, settings.n_resamples, settings.seed))
    theirs = bootstrap_scores(scorer, baseline_stats, bootstrap_chunks(n, settings.n_resamples, settings.seed))
    return bootstrap_p(ours, theirs, score, baseline_score)


def _regression(result: ScoreResult, system: SystemResult, stored: BaselineSystem, metric: str,
                rule: Regression) -> Outcome:
    score, base = system.corpus[metric], stored.corpus[metric]
    drop = (score - base) if metric in LOWER_IS_BETTER else (base - score)
    margin = rule.margin_for(metric)
    p = paired_p_value(result, metric, system.stats[metric], score, stored.stats[metric], base)
    numbers = f"{score:.2f} vs baseline {base:.2f} ({score - base:+.2f}), p={p:.4f}"
    if drop <= 0:
        why, status = "no drop", PASS
    elif drop <= margin:
        why, status = f"drop within the margin of {margin:g}", PASS
    elif p >= rule.alpha:
        why, status = f"drop beyond the margin of {margin:g} but not significant (p >= {rule.alpha:g})", PASS
    else:
        why, status = f"significant drop (p < {rule.alpha:g}) beyond the margin of {margin:g}", FAIL
    return Outcome(system.name, f"regression: {metric}", status, f"{numbers}: {why}", p_value=p)


def _segment_rules(result: ScoreResult, system: SystemResult,
                   rules: Rules) -> tuple[list[Outcome], dict[int, list[tuple[str, str]]]]:
    """Per-segment outcomes, and for each failing segment what is wrong with it."""
    problems: dict[int, list[tuple[str, str]]] = {}
    outcomes = []
    n = len(result.ids)

    def outcome(rule: str, failing: dict[int, str], skip: str | None = None) -> None:
        if skip:
            outcomes.append(Outcome(system.name, rule, SKIP, skip))
            return
        for index, detail in failing.items():
            problems.setdefault(index, []).append((rule, detail))
        ids = tuple(result.ids[i] for i in sorted(failing))
        detail = f"{len(ids)} of {n} segments" + (": " + ", ".join(ids[:10]) + (" ..." if len(ids) > 10 else "")
                                                  if ids else "")
        outcomes.append(Outcome(system.name, rule, FAIL if ids else PASS, detail, ids))

    hyps = system.hypotheses
    refs = result.references
    # what a candidate segment answers to: the references, or without any the source
    originals = refs or (result.sources,)
    has_text = [any(o[i].strip() for o in originals) for i in range(n)]
    for threshold in rules.segment_floors:
        scores = system.segments[threshold.metric]
        # a segment with nothing to translate has no meaningful score
        outcome(f"segments: {threshold}", {i: f"{threshold.metric} {s:.2f}" for i, s in enumerate(scores)
                                           if has_text[i] and not threshold.holds(s)})
    if rules.empty:
        outcome("segments: not empty", {
            i: "empty candidate, the " + ("reference" if refs else "source") + " is not"
            for i, hyp in enumerate(hyps) if not hyp.strip() and has_text[i]
        })
    if rules.numbers:
        outcome("segments: numbers", _number_problems(result, hyps, rules.numbers))
    if rules.script:
        if detect_script(refs[0]) is None:
            outcome("segments: script", {}, skip="the reference has no Traditional or Simplified characters")
        else:
            outcome("segments: script", _script_problems(refs[0], hyps))
    return outcomes, problems


def _number_problems(result: ScoreResult, hyps: Sequence[str], against: str) -> dict[int, str]:
    failing = {}
    for i, hyp in enumerate(hyps):
        difference = number_problems(hyp, against=against, references=[r[i] for r in result.references],
                                     source=result.sources[i] if result.sources is not None else None)
        if difference:
            failing[i] = f"{difference.describe()} (vs the {against}; {difference.case})"
    return failing


def _script_problems(refs: Sequence[str], hyps: Sequence[str]) -> dict[int, str]:
    overall = detect_script(refs)
    failing = {}
    for i, (ref, hyp) in enumerate(zip(refs, hyps)):
        want = detect_script([ref]) or overall  # a segment without telling characters takes the reference's script
        got = detect_script([hyp])
        if want and got and got != want:
            failing[i] = f"{SCRIPTS[got]} Chinese, the reference is {SCRIPTS[want]}"
    return failing


def _lines(system: SystemResult, ids: Sequence[str]) -> list[int | None]:
    """The candidate file's line of each segment: its position, or its id's line in a JSONL file."""
    if not system.path:
        return [None] * len(ids)
    if system.path.lower().endswith(".jsonl"):
        by_id = {str(row.get("id")): number for number, row in read_jsonl(system.path)}
        return [by_id.get(i) for i in ids]
    return list(range(1, len(ids) + 1))


def _findings(result: ScoreResult, system: SystemResult, stored: BaselineSystem | None, compared: Sequence[str],
              problems: dict[int, list[tuple[str, str]]]) -> list[Finding]:
    if not problems:
        return []
    primary = result.metrics[0]
    sign = -1.0 if primary in LOWER_IS_BETTER else 1.0
    order = sorted(problems, key=lambda i: (sign * system.segments[primary][i], i))
    base_scores = None
    if stored is not None:
        # only metrics whose signatures were checked against the baseline
        base_scores = {m: result.scorers[m].segment_scores(stored.stats[m]) for m in compared}
    lines = _lines(system, result.ids)
    return [
        Finding(
            system=system.name,
            path=system.path,
            line=lines[i],
            index=i,
            id=result.ids[i],
            problems=tuple(problems[i]),
            scores={m: system.segments[m][i] for m in result.metrics},
            baseline_scores={m: float(s[i]) for m, s in base_scores.items()} if base_scores is not None else None,
            source=result.sources[i] if result.sources is not None else None,
            reference=result.references[0][i] if result.references else None,
            candidate=system.hypotheses[i],
        )
        for i in order
    ]

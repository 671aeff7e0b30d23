"""Score candidate systems: the library call behind `evalkit score`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from .candidates import ReferenceInfo, ScoringTask, hash_streams, load_task, task_from_texts
from .errors import ConfigError
from .langcheck import untranslated
from .metrics import Metric, MetricSettings, build_metrics, default_metrics
from .settings import Settings
from .stats import CacheUse, compute_statistics
from .scripts import SCRIPTS, detect_script, to_script

# (segments scored so far, segments to score in all, the step in progress), counting one
# segment once per system and metric; called when a step starts and when the work ends.
ProgressHook = Callable[[int, int, str], None]


@dataclass(frozen=True)
class SystemResult:
    name: str
    path: str
    hypotheses: Sequence[str]  # a tuple, or a LineFile (read when needed)
    corpus: dict[str, float]
    # metric -> one score per segment: a read-only float64 array (8 bytes a score, where a
    # tuple of floats took 32); derived from `stats`, so not compared
    segments: dict[str, np.ndarray] = field(compare=False)
    signatures: dict[str, str]
    n_empty: int
    # metric -> (n_segments, k) sufficient statistics, reused by resampling
    stats: dict[str, np.ndarray] = field(repr=False, compare=False)
    # indices of segments that are no translation (copied from the source, or in its
    # language): flagged, and scored 0 by the embedding metrics
    untranslated: tuple[int, ...] = ()

    @property
    def n_untranslated(self) -> int:
        return len(self.untranslated)


@dataclass(frozen=True)
class ScoreResult:
    reference: ReferenceInfo
    ids: Sequence[str]  # a tuple, or LineNumbers with lazily read files
    paragraphs: tuple[int, ...] | None
    sources: Sequence[str] | None
    references: tuple[Sequence[str], ...]
    metrics: tuple[str, ...]
    systems: tuple[SystemResult, ...]
    normalisation: str
    warnings: tuple[str, ...]
    # metric name -> the Metric that produced the statistics, so resampling can score
    # subsets of rows exactly as the full corpus was scored
    scorers: dict[str, Metric] = field(default_factory=dict, repr=False, compare=False)
    settings: Settings = field(default_factory=Settings, compare=False)  # how it was scored (and is to be compared)
    cache_use: CacheUse | None = field(default=None, repr=False, compare=False)  # statistics recomputed vs cached

    @property
    def reference_free(self) -> bool:
        """No reference was given: only metrics comparing candidates with the source ran."""
        return not self.references

    def system(self, name: str) -> SystemResult:
        for system in self.systems:
            if system.name == name:
                return system
        raise ConfigError(f"no system named {name!r}; systems: " + ", ".join(s.name for s in self.systems))


def _script_warnings(task: ScoringTask, zh_script: str | None) -> list[str]:
    if task.reference.target_lang != "zh" or zh_script or not task.references:
        return []
    ref_script = detect_script(task.references[0])
    warnings = []
    for system in task.systems:
        hyp_script = detect_script(system.hypotheses)
        if ref_script and hyp_script and hyp_script != ref_script:
            warnings.append(
                f"SCRIPT MISMATCH: {system.name} is written in {SCRIPTS[hyp_script]} Chinese but the "
                f"reference is {SCRIPTS[ref_script]}; its scores are depressed. "
                f"Pass --zh-script {ref_script} to normalise both sides."
            )
    return warnings


def _untranslated_warning(task: ScoringTask, name: str, flagged: Sequence[int], metrics: Sequence[Metric]) -> str:
    ids = ", ".join(task.ids[i] for i in flagged[:5]) + (" ..." if len(flagged) > 5 else "")
    source = f" ({task.reference.source_lang})" if task.reference.source_lang else ""
    zeroed = [m.name for m in metrics if getattr(m, "zero_untranslated", False)]
    scored = f"; they score 0 on {' and '.join(zeroed)}" if zeroed else ""
    return (f"UNTRANSLATED: {name} has {len(flagged)} of {len(task.ids)} segments copied from the source or "
            f"in the source language{source}: {ids}{scored}")


def _without_untranslated(metric: Metric, rows: np.ndarray, flagged: tuple[int, ...]) -> np.ndarray:
    """The rows scoring uses: zero for flagged segments where the metric asks for it (see Metric)."""
    if not flagged or not getattr(metric, "zero_untranslated", False):
        return rows
    rows = rows.copy()
    rows[list(flagged)] = 0.0
    return rows


def _normalise(task: ScoringTask, zh_script: str) -> ScoringTask:
    references = tuple(tuple(to_script(stream, zh_script)) for stream in task.references)
    systems = tuple(replace(s, hypotheses=tuple(to_script(s.hypotheses, zh_script))) for s in task.systems)
    return replace(task, references=references, systems=systems)


def score_task(task: ScoringTask, settings: Settings | None = None, *, progress: ProgressHook | None = None) -> ScoreResult:
    """Score a loaded task; `settings.metrics=None` means `default_metrics` for what the task has."""
    from . import __version__

    settings = settings or Settings()
    names = settings.metrics or default_metrics(has_reference=bool(task.references), has_source=task.sources is not None)
    zh_script = settings.zh_script
    warnings = [*task.notes, *_script_warnings(task, zh_script)]
    normalisation = "none"
    if zh_script:
        task = _normalise(task, zh_script)
        normalisation = f"opencc-{zh_script}"
    metric_settings = MetricSettings(
        target_lang=task.reference.target_lang,
        source_lang=task.reference.source_lang,
        tokenize=settings.tokenize,
        lowercase=settings.lowercase,
        ter_case_sensitive=settings.ter_case_sensitive,
        normalisation=normalisation,
        embedder=settings.embedder,
        embed_cache_dir=settings.cache_dir,
        embed_cache=settings.use_cache,
    )
    built: list[Metric] = build_metrics(names, metric_settings)
    _check_inputs(built, task)
    # textnorm, not norm: sacrebleu's TER signature already has a norm: of its own
    suffix = f"|evalkit:{__version__}|ref:{task.reference.sha256[:12]}|textnorm:{normalisation}"
    source_suffix = f"|src:{hash_streams([task.sources])[:12]}" if task.sources is not None else ""
    total = len(task.systems) * len(built) * len(task.ids)
    # every system's rows at once: cached, sharded over segment ranges, on --jobs processes
    statistics, cache_use = compute_statistics(built, names, metric_settings, task, settings, progress=progress)
    results = []
    for system, system_stats in zip(task.systems, statistics):
        flagged = untranslated(system.hypotheses, sources=task.sources, references=task.references,
                               source_lang=task.reference.source_lang, target_lang=task.reference.target_lang)
        if flagged:
            warnings.append(_untranslated_warning(task, system.name, flagged, built))
        corpus, segments, signatures, stats = {}, {}, {}, {}
        for metric in built:
            rows = _without_untranslated(metric, system_stats[metric.name], flagged)
            stats[metric.name] = rows
            corpus[metric.name] = metric.corpus_score(rows)
            segments[metric.name] = np.array(metric.segment_scores(rows), dtype=np.float64)
            segments[metric.name].flags.writeable = False
            signatures[metric.name] = metric.signature() + suffix + (source_suffix if metric.needs_source else "")
        results.append(
            SystemResult(
                name=system.name,
                path=system.path,
                hypotheses=system.hypotheses,
                corpus=corpus,
                segments=segments,
                signatures=signatures,
                n_empty=sum(1 for h in system.hypotheses if not h.strip()),
                stats=stats,
                untranslated=flagged,
            )
        )
    if progress:
        progress(total, total, "done")
    return ScoreResult(
        reference=task.reference,
        ids=task.ids,
        paragraphs=task.paragraphs,
        sources=task.sources,
        references=task.references,
        metrics=names,
        systems=tuple(results),
        normalisation=normalisation,
        warnings=tuple(warnings),
        scorers={metric.name: metric for metric in built},
        settings=settings,
        cache_use=cache_use,
    )


def _check_inputs(metrics: Sequence[Metric], task: ScoringTask) -> None:
    for metric in metrics:
        if metric.needs_reference and not task.references:
            raise ConfigError(
                f"{metric.name} needs a reference (--ref); without one only reference-free metrics run (embed_src)"
            )
        if metric.needs_source and task.sources is None:
            raise ConfigError(f"{metric.name} compares candidates with the source: give --src, or a reference set and --lang")


def score(
    hypotheses: Sequence[str | Path],
    *,
    ref: str | Path | Sequence[str | Path] | None = None,
    src: str | Path | None = None,
    lang: str | None = None,
    names: Sequence[str] | None = None,
    settings: Settings | None = None,
    progress: ProgressHook | None = None,
    empty_targets: bool = False,
    **options: Any,
) -> ScoreResult:
    """Score candidate files against references (or, without any, against the source).

    `options` change single settings (`metrics=["bleu"]`, `tokenize="jieba"`, ...); see
    `Settings` and `evalkit score --help`. `empty_targets` scores the units a translation
    file leaves without a target as empty translations (default: left out, and reported).
    """
    refs = [] if ref is None else [ref] if isinstance(ref, (str, Path)) else list(ref)
    settings = (settings or Settings()).with_options(**options)
    # on Ray this process only coordinates: it reads the texts when needed instead of holding them
    task = load_task(refs, list(hypotheses), src=src, lang=lang, names=names, empty_targets=empty_targets,
                     lazy=settings.engine == "ray")
    return score_task(task, settings, progress=progress)


def score_texts(
    candidates: Mapping[str, Sequence[str]],
    *,
    references: Sequence[str] | Sequence[Sequence[str]] | None = None,
    sources: Sequence[str] | None = None,
    ids: Sequence[str] | None = None,
    lang: str | None = None,
    settings: Settings | None = None,
    progress: ProgressHook | None = None,
    **options: Any,
) -> ScoreResult:
    """`score` for texts in memory: candidates by system name, one reference stream (a list
    of strings) or several (a list of lists), an optional source and optional segment ids."""
    task = task_from_texts(candidates, references=references, sources=sources, ids=ids, lang=lang)
    return score_task(task, (settings or Settings()).with_options(**options), progress=progress)

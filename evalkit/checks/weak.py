"""`weak`: the aligned spans that score lowest against the reference, relative to the
document's own distribution.

Each aligned span gets the cosine of draft and reference (and chrF against the
reference), or, without a reference, the cosine of draft and source. A span is weak
when its robust z-score (distance from the document's median in units of the median
absolute deviation, averaged over the measures) is below THRESHOLD. The deviation has
a floor, so a draft that matches its reference almost everywhere is not nitpicked.
"""

from __future__ import annotations

import statistics

from sacrebleu.metrics import CHRF

from .findings import Finding
from .job import CheckJob

THRESHOLD = -2.5
_FLOOR = {"embed": 0.02, "chrf": 2.0}  # smallest spread taken seriously, per measure
_MAD_TO_SD = 1.4826  # the median absolute deviation of a normal distribution, in standard deviations


def weak(job: CheckJob) -> list[Finding]:
    spans = [(k, span) for k, span in enumerate(job.spans) if span.aligned]
    measures: dict[str, list[float]] = {}
    with_reference = bool(spans) and spans[0][1].similarity_reference is not None
    if with_reference:
        measures["embed"] = [span.similarity_reference for _, span in spans]
        chrf = CHRF()
        measures["chrf"] = [chrf.sentence_score(span.draft, [span.reference]).score for _, span in spans]
    elif spans and spans[0][1].similarity_source is not None:
        measures["embed"] = [span.similarity_source for _, span in spans]
    if not measures or len(spans) < 5:
        return []
    z = {name: _robust_z(values, _FLOOR[name]) for name, values in measures.items()}
    findings = []
    basis = "reference" if with_reference else "source"
    medians = {name: statistics.median(values) for name, values in measures.items()}
    for position, (k, span) in enumerate(spans):
        score = sum(z[name][position] for name in z) / len(z)
        if score >= THRESHOLD:
            continue
        shown = ", ".join(
            f"{'similarity' if name == 'embed' else 'chrF'} {measures[name][position]:.2f} "
            f"(median {medians[name]:.2f})" for name in measures)
        findings.append(Finding(
            "weak", "low", f"weak match with the {basis}: {shown}", span.ids, span.start, span.end, badness=-score,
            details={"z": round(score, 2), **{name: round(measures[name][position], 4) for name in measures}},
        ))
    return findings


def _robust_z(values: list[float], floor: float) -> list[float]:
    centre = statistics.median(values)
    spread = max(statistics.median(abs(v - centre) for v in values) * _MAD_TO_SD, floor)
    return [(v - centre) / spread for v in values]

"""`omission`: source content with no counterpart in the draft.

A whole segment is missing when the alignment leaves it without draft text (including
a segment the aligner had folded into its neighbour's span, see `spans.LEAVE_OUT`), and
when the draft text aligned to it says nothing of it: no words at all (".", "—"), or a
similarity to its reference and source below what any real translation reaches (a
translation of another sentence, a machine translation's hallucination). That floor is
absolute, so it holds when the whole draft is bad; `weak` is relative to the draft.

A clause is missing when an aligned span is much shorter than the document's usual
ratio and its similarity to the reference (or source) is below the document's median:
length alone flags terse but faithful renderings, similarity alone flags free ones.
"""

from __future__ import annotations

import re

from .findings import Finding
from .job import CheckJob
from .lengths import basis, median_similarity, relative_lengths, similarity
from .spans import AlignedSpan

SHORT = 0.5  # a span at most half its expected length

# Cosine similarities below which a span says nothing of its segment, for the bundled model
# (use-multilingual), per mode: (reference floor, source floor); with both, both must be below.
FLOORS = {"reference and source": (0.2, 0.2), "reference alone": (0.15, None), "source alone": (None, 0.15)}
# Draft text whose every sentence matches another segment nearby by at least MARGIN more than
# its own, and at least OTHER_LEVEL (reference side, source side), against the reference and
# against the source where both are known, translates that segment instead.
MARGIN = {"reference and source": 0.1, "reference alone": 0.4, "source alone": 0.2}
OTHER_LEVEL = {"reference and source": (0.4, 0.4), "reference alone": (0.5, None), "source alone": (None, 0.5)}
# All chosen by benchmarks/check_floors.py on public translations rated or labelled by people
# (WMT21 news zh-en lines 601-1948, WMT21 TED zh-en, WMT21 news en-zh) against translations of
# the wrong sentence; docs/checking.md gives the rule and the measured precision and recall.
FLOOR_MODEL = "use-multilingual-v3/"  # other models' cosines run on other scales: no floor
_WORD = re.compile(r"[^\W_]")  # a letter, digit or Han character


def omission(job: CheckJob) -> list[Finding]:
    findings = []
    unrelated = set()
    for k, span in enumerate(job.spans):
        if span.ids and not span.sentences:
            missing = basis(span) or ""
            findings.append(Finding(
                "omission", "high", f"not in the draft: {job.excerpt(missing)}", span.ids, span.start, span.end,
                badness=len(missing), details={"missing": missing},
            ))
        elif span.aligned and (reason := says_nothing(span, job.model)):
            unrelated.add(k)
            message = {
                "no words": f"no words here, only {job.excerpt(span.draft)!r}, for: {job.excerpt(basis(span) or '')}",
                "unrelated": f"unrelated to its segment ({_shown(span)}): {job.excerpt(span.draft)}",
                "elsewhere": f"translates segment {_facts(span)[0][0]} instead (similarity "
                             f"{_facts(span)[0][1]:.2f} there, {_facts(span)[0][2]:.2f} here): "
                             f"{job.excerpt(span.draft)}",
            }[reason]
            findings.append(Finding(
                "omission", "high", message, span.ids, span.start, span.end, badness=len(basis(span) or ""),
                details={"says_nothing": reason, **_similarities(span),
                         **({"elsewhere": [{"segment": other, "similarity": round(there, 4), "own": round(here, 4)}
                                           for other, there, here in _facts(span)]}
                            if reason == "elsewhere" else {})},
            ))
    typical = median_similarity(job)
    for k, relative in relative_lengths(job).items():
        span = job.spans[k]
        score = similarity(span)
        if k not in unrelated and relative <= SHORT and score is not None and score < typical:
            findings.append(Finding(
                "omission", "medium",
                f"much shorter than expected ({relative:.0%} of the usual length): part may be missing",
                span.ids, span.start, span.end, badness=1 - relative,
                details={"relative_length": round(relative, 3), "similarity": round(score, 4),
                         "median_similarity": round(typical, 4)},
            ))
    return findings


def says_nothing(span: AlignedSpan, model: str) -> str | None:
    """"no words", "unrelated" or "elsewhere" (it translates another segment) when the draft
    text of an aligned span says nothing of its segment."""
    if not _WORD.search(span.draft) and _WORD.search(basis(span) or ""):
        return "no words"
    mode = _mode(span)
    if mode is None or not model.startswith(FLOOR_MODEL):
        return None
    pairs = ((span.similarity_reference, FLOORS[mode][0]), (span.similarity_source, FLOORS[mode][1]))
    if all(value < floor for value, floor in pairs if floor is not None and value is not None):
        return "unrelated"
    views = [(facts, level) for facts, level in zip((span.elsewhere_reference, span.elsewhere_source), OTHER_LEVEL[mode])
             if facts and level is not None]
    margin = MARGIN[mode]
    if margin is not None and views and all(there >= max(here + margin, level) for facts, level in views
                                            for _, there, here in facts):
        return "elsewhere"
    return None


def _mode(span: AlignedSpan) -> str | None:
    known = (span.similarity_reference is not None, span.similarity_source is not None)
    return {(True, True): "reference and source", (True, False): "reference alone",
            (False, True): "source alone"}.get(known)


def _similarities(span: AlignedSpan) -> dict[str, float]:
    return {name: round(value, 4) for name, value in (("similarity_reference", span.similarity_reference),
                                                      ("similarity_source", span.similarity_source))
            if value is not None}


def _shown(span: AlignedSpan) -> str:
    return ", ".join(f"similarity {value:.2f} to the {name.removeprefix('similarity_')}"
                     for name, value in _similarities(span).items())


def _facts(span: AlignedSpan) -> tuple[tuple[str, float, float], ...]:
    return span.elsewhere_reference or span.elsewhere_source

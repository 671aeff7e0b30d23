"""report.html: one self-contained file (inline CSS, JS and SVG; no network).

Every text that comes from the inputs (segments, candidates, system names, ids)
travels as JSON inside <script type="application/json"> with <, >, & and
U+2028/U+2029 escaped, and the page's script puts it on screen with textContent
only, so markup in a candidate is shown, never parsed. The only markup written
from Python is the SVG plots, whose labels go through html.escape. A
Content-Security-Policy forbids any network access from the page.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..analysis import Analysis
from ..metrics import LOWER_IS_BETTER
from ..scoring import ScoreResult
from ..segment import jieba_words
from ..significance import Leaderboard
from .markdown import leaderboard_cell
from .sample import html_segments, sample_note

_ASSETS = Path(__file__).with_name("html_assets")
_PLACEHOLDER = re.compile(r"/\*(?:STYLE|DATA|SCRIPT)\*/|<!--PLOTS-->")
_BINS = 20
_MAX_WORD = 35  # longest word length one base-36 digit can carry


def script_json(data: Any) -> str:
    """JSON that cannot end its <script> element or break a JS string literal."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def word_lengths(text: str) -> str | None:
    """jieba segmentation as one base-36 digit per word (whitespace between words skipped).

    Sending lengths instead of the words keeps the page small; None when the words
    do not tile the text, and the page then falls back to splitting on spaces.
    """
    digits = []
    position = 0
    for word in jieba_words(text):
        start = text.find(word, position)
        if start < 0 or text[position:start].strip():
            return None
        position = start + len(word)
        while len(word) > _MAX_WORD:
            digits.append(np.base_repr(_MAX_WORD, 36).lower())
            word = word[_MAX_WORD:]
        digits.append(np.base_repr(len(word), 36).lower())
    return "".join(digits)


def _axis(values: np.ndarray) -> tuple[float, float, np.ndarray]:
    """(low, high, ticks): the 0-1 or 0-100 scale when the scores fit it, else the data's
    range widened to round ticks (a step of 1, 2, 2.5 or 5 times a power of ten)."""
    lo, hi = float(values.min()), float(values.max())
    # sentence BLEU of a perfect match can come out a hair above 100
    for top in (1.0, 100.0):
        if lo >= 0 and hi <= top + 1e-9:
            lo, hi = 0.0, top
            break
    if hi <= lo:
        lo, hi = lo - 1, hi + 1
    raw = (hi - lo) / 5
    power = 10 ** np.floor(np.log10(raw))
    step = min((m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw))
    lo, hi = np.floor(lo / step + 1e-9) * step, np.ceil(hi / step - 1e-9) * step
    return float(lo), float(hi), np.arange(lo, hi + step / 2, step)


def _fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def distribution_svg(metric: str, names: Sequence[str], scores: Sequence[np.ndarray]) -> str:
    """Per-system histograms of segment scores on a shared axis, with the median marked."""
    label_w, plot_w, row_h, top = 150, 360, 26, 20
    lo, hi, ticks = _axis(np.concatenate(scores))
    width, height = label_w + plot_w + 70, top + row_h * len(names) + 24
    x = lambda v: label_w + (v - lo) / (hi - lo) * plot_w  # noqa: E731
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="dist" width="{width}" height="{height}" '
             f'role="img" aria-label="{html.escape(metric)} segment score distribution">']
    for row, (name, values) in enumerate(zip(names, scores)):
        y0 = top + row * row_h
        counts, edges = np.histogram(np.clip(values, lo, hi), bins=_BINS, range=(lo, hi))
        peak = max(int(counts.max()), 1)
        parts.append(f'<text x="{label_w - 6}" y="{y0 + row_h - 9}" text-anchor="end">'
                     f'{html.escape(name[:24])}</text>')
        for count, left, right in zip(counts, edges, edges[1:]):
            if count:
                h = (row_h - 6) * count / peak
                parts.append(f'<rect x="{x(left):.1f}" y="{y0 + row_h - 3 - h:.1f}" width="{x(right) - x(left) - 1:.1f}" '
                             f'height="{h:.1f}"><title>{html.escape(name)}: {count} segments in '
                             f'[{_fmt(left)}, {_fmt(right)})</title></rect>')
        median = float(np.median(values))
        parts.append(f'<line class="median" x1="{x(median):.1f}" x2="{x(median):.1f}" y1="{y0 + 2}" '
                     f'y2="{y0 + row_h - 2}"/>')
        parts.append(f'<text x="{label_w + plot_w + 10}" y="{y0 + row_h - 9}">{_fmt(median)}</text>')
    axis_y = top + row_h * len(names) + 2
    parts.append(f'<line class="axis" x1="{label_w}" x2="{label_w + plot_w}" y1="{axis_y}" y2="{axis_y}"/>')
    for tick in ticks:
        parts.append(f'<text x="{x(tick):.1f}" y="{axis_y + 14}" text-anchor="middle">{_fmt(float(tick))}</text>')
    parts.append(f'<text x="{label_w + plot_w + 10}" y="{top - 6}">median</text></svg>')
    return "".join(parts)


def _payload(result: ScoreResult, board: Leaderboard, analysis: Analysis) -> dict[str, Any]:
    zh = result.reference.target_lang == "zh"
    names = [s.name for s in result.systems]
    leaderboard = []
    for name in board.order:
        cells = {}
        for metric in board.metrics:
            score, p = leaderboard_cell(board, name, metric)
            cell = board.cell(name, metric)
            cells[metric] = {"text": score, "p": p, "cluster": cell.cluster, "best": board.best[metric] == name}
        leaderboard.append({"system": name, "baseline": name == board.baseline, "cells": cells,
                            "empty": result.system(name).n_empty})
    settings = board.settings
    shown = html_segments(result, analysis, settings.seed)
    index = list(range(len(result.ids))) if shown is None else shown.tolist()

    def take(items: Sequence[Any]) -> list[Any]:  # the page's segments, in order
        return [items[i] for i in index]

    position = {segment: i for i, segment in enumerate(index)}
    refs = take(result.references[0]) if result.references else None
    hyps = [take(s.hypotheses) for s in result.systems]
    payload = {
        "title": f"{result.reference.name}: {len(names)} system(s), {result.reference.n_segments} segments",
        "reference": result.reference.name,
        "target": result.reference.target_lang,
        "spaced": not zh,  # join words with spaces when showing differences
        "metrics": list(result.metrics),
        "lower": [m for m in result.metrics if m in LOWER_IS_BETTER],
        "systems": names,
        "warnings": list(result.warnings),
        "significance": {"method": settings.method, "resamples": settings.n_resamples,
                         "ci_resamples": settings.n_ci_resamples, "seed": settings.seed,
                         "baseline": board.baseline, "signatures": board.signatures},
        "leaderboard": leaderboard,
        "ids": take(result.ids),
        "paragraphs": take(result.paragraphs) if result.paragraphs is not None else None,
        "src": take(result.sources) if result.sources is not None else None,
        "ref": refs,  # None: reference-free
        "hyp": hyps,
        # positions among the page's segments, per system
        "untranslated": [[position[i] for i in s.untranslated if i in position] for s in result.systems],
        "refw": [word_lengths(t) for t in refs] if zh and refs is not None else None,
        "hypw": [[word_lengths(t) for t in texts] for texts in hyps] if zh else None,
        "scores": {m: [[round(v, 2) for v in s.segments[m][index].tolist()] for s in result.systems]
                   for m in result.metrics},
        "analysis": analysis.as_json(result),  # segment indices of the whole input
    }
    if shown is not None:
        payload["sample"] = {"index": shown.tolist(), "total": len(result.ids),
                             "note": sample_note(shown, len(result.ids), settings.seed)}
    return payload


def render_html(result: ScoreResult, board: Leaderboard, analysis: Analysis) -> str:
    names = [s.name for s in result.systems]
    plots = "".join(
        f'<figure><figcaption>{html.escape(m)}</figcaption>'
        f'{distribution_svg(m, names, [s.segments[m] for s in result.systems])}</figure>'
        for m in result.metrics
    )
    parts = {
        "/*STYLE*/": (_ASSETS / "report.css").read_text(encoding="utf-8"),
        "<!--PLOTS-->": plots,
        "/*DATA*/": script_json(_payload(result, board, analysis)),
        "/*SCRIPT*/": (_ASSETS / "report.js").read_text(encoding="utf-8"),
    }
    page = (_ASSETS / "report.html").read_text(encoding="utf-8")
    # One pass over the template only: a placeholder-like string inside the data is never expanded.
    return _PLACEHOLDER.sub(lambda match: parts[match.group(0)], page)

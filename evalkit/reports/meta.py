"""`evalkit meta` output: meta.json, meta.md and the terminal tables (rich)."""

from __future__ import annotations

import math

from rich.markup import escape
from rich.table import Table

from ..meta import LABELS, STATISTICS, Estimate, MetaResult
from .escape import md, md_code


def _estimate(e: Estimate) -> str:
    if math.isnan(e.value):
        return "n/a"
    interval = "" if math.isnan(e.low) else f" [{e.low:.3f}, {e.high:.3f}]"
    return f"{e.value:.3f}{interval}"


def _about(result: MetaResult) -> str:
    return (f"{len(result.systems)} systems, {result.n_items} segments, {result.n_judgments} human scores; "
            f"95% intervals from {result.resamples} bootstrap resamples of segments (seed {result.seed})")


def _winners(result: MetaResult) -> list[tuple[str, str, str]]:
    """(statistic, pair, verdict) rows: which metric agrees better, and how sure we are."""
    rows = []
    for c in result.comparisons:
        if c.better is None:
            verdict = "equal"
        else:
            other = c.b if c.better == c.a else c.a
            sure = "" if c.p_value < 0.05 else " (not significant)"
            verdict = f"{c.better} > {other} by {abs(c.delta):.3f}, p={c.p_value:.4f}{sure}"
        rows.append((LABELS[c.statistic], f"{c.a} vs {c.b}", verdict))
    return rows


def meta_tables(result: MetaResult) -> list[Table]:
    table = Table(title=f"Agreement with human judgments: {_about(result)}", title_justify="left",
                  caption="higher is better for every column; metrics where lower is better were negated",
                  caption_justify="left")
    table.add_column("metric", style="bold")
    for statistic in STATISTICS:
        table.add_column(LABELS[statistic], justify="right")
    for metric, estimates in result.metrics.items():
        table.add_row(escape(metric), *(_estimate(estimates[s]) for s in STATISTICS))
    tables = [table]
    if result.comparisons:
        pairs = Table(title="Which metric agrees better (paired bootstrap over segments)", title_justify="left")
        for column in ("statistic", "metrics", "verdict"):
            pairs.add_column(column)
        for row in _winners(result):
            pairs.add_row(*(escape(cell) for cell in row))
        tables.append(pairs)
    return tables


def render_meta_markdown(result: MetaResult) -> str:
    lines = [f"# evalkit meta: {md(result.report)} vs {md(result.human)}", "", _about(result) + ".", "",
             "| metric | " + " | ".join(LABELS[s] for s in STATISTICS) + " |",
             "|---|" + "---:|" * len(STATISTICS)]
    for metric, estimates in result.metrics.items():
        lines.append(f"| {md_code(metric)} | " + " | ".join(_estimate(estimates[s]) for s in STATISTICS) + " |")
    lines += ["", "Higher agrees better in every column (metrics where lower is better were negated). "
              "Kendall's tau is tau-b; acc_eq is WMT23's pairwise accuracy with tie calibration."]
    if result.comparisons:
        lines += ["", "## Which metric agrees better", "", "| statistic | metrics | verdict |", "|---|---|---|"]
        lines += [f"| {a} | {md(b)} | {md(c)} |" for a, b, c in _winners(result)]
    for warning in result.warnings:
        lines += ["", f"> **Warning:** {md(warning)}"]
    return "\n".join(lines) + "\n"

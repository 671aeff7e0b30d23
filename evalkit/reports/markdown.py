"""summary.md: a table a human or a pull request can read. Every string from the inputs is
escaped (see `escape`)."""

from __future__ import annotations

from ..analysis import Analysis, Bucket
from ..metrics import LOWER_IS_BETTER, embed_caveat
from ..scoring import ScoreResult
from ..significance import ALPHA, Leaderboard
from .escape import html_text, md, md_code
from .sample import html_segments, sample_note

EMPTY = "*(empty)*"  # a blank candidate segment, which would otherwise be an invisible cell
SHOWN_CHARS = 120  # of a candidate in the worst-segments table; longer ones end in "…"


def _candidate(text: str) -> str:
    if not text.strip():
        return EMPTY
    return md(text[:SHOWN_CHARS] + ("…" if len(text) > SHOWN_CHARS else ""))


def _arrow(metric: str) -> str:
    return "↓" if metric in LOWER_IS_BETTER else "↑"


def leaderboard_cell(board: Leaderboard, system: str, metric: str) -> tuple[str, str]:
    """(score with CI, p-value vs baseline) as plain text, shared by the Markdown and HTML reports."""
    cell = board.cell(system, metric)
    text = f"{cell.score:.2f}" + (f" ± {cell.ci:.2f}" if cell.ci is not None else "")
    if cell.p_value is None:
        return text, "baseline" if system == board.baseline else ""
    return text, f"p={cell.p_value:.4f}" + (" †" if cell.p_value < ALPHA else "")


def _leaderboard(board: Leaderboard, result: ScoreResult) -> list[str]:
    header = ["rank", "system"] + [f"{m} {_arrow(m)}" for m in board.metrics] + ["empty"]
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(["---:", "---"] + ["---:"] * (len(board.metrics) + 1)) + "|"]
    first = board.metrics[0]
    for system in board.order:
        cells = []
        for metric in board.metrics:
            score, p = leaderboard_cell(board, system, metric)
            if board.cell(system, metric).cluster == 1:
                score = f"**{score}**"
            cells.append(score + (f" ({p})" if p else ""))
        rank = board.cell(system, first).cluster
        cells.append(str(result.system(system).n_empty))
        lines.append(f"| {rank if rank is not None else ''} | {md(system)} | " + " | ".join(cells) + " |")
    settings = board.settings
    lines.append("")
    if settings.method == "none":
        lines.append("No resampling (`--significance none`): scores only.")
    else:
        test = "paired bootstrap" if settings.method == "bootstrap" else "approximate randomization"
        lines.append(
            f"± is the half-width of the 95% bootstrap confidence interval ({settings.n_ci_resamples} resamples); "
            f"p is from {test} ({settings.n_resamples} {'resamples' if settings.method == 'bootstrap' else 'trials'}, "
            f"seed {settings.seed}) against the baseline {md(board.baseline)}; † marks p < {ALPHA}. "
            f"**Bold**: not significantly different from the best system on that metric (cluster 1); "
            f"rank is the cluster on {first}; empty: blank candidate segments (they score 0)."
        )
    return lines


SHORT_BLEU = ("\\* under 4 tokens (words, or characters of Chinese) in every candidate: with no 4-gram, "
              "sacrebleu's corpus BLEU is 0, even for an exact match (sentence BLEU, as in the worst segments, "
              "lowers the order instead).")


def _bucket_table(title: str, column: str, buckets: tuple[Bucket, ...], names: list[str], primary: str) -> list[str]:
    short = {(bucket.label, name) for bucket in buckets for name in bucket.short} if primary == "bleu" else set()
    lines = ["", f"<details><summary>{title}</summary>", "",
             f"| {column} | segments | " + " | ".join(md(n) for n in names) + " |",
             "|---|---:|" + "---:|" * len(names)]
    for bucket in buckets:
        lines.append(f"| {bucket.label} | {bucket.n} | " + " | ".join(
            f"{bucket.scores[n][primary]:.2f}" + ("\\*" if (bucket.label, n) in short else "") for n in names) + " |")
    return lines + (["", SHORT_BLEU] if short else []) + ["", "</details>"]


def _analysis(analysis: Analysis, result: ScoreResult) -> list[str]:
    names = [s.name for s in result.systems]
    primary = analysis.primary
    lines = _bucket_table(f"{primary} by {analysis.length_of} length ({analysis.length_unit})", "length",
                          analysis.by_length, names, primary)
    if analysis.by_paragraph is not None:
        lines += _bucket_table(f"{primary} by paragraph", "paragraph", analysis.by_paragraph, names, primary)
    lines += ["", f"<details><summary>Worst segments by {primary}</summary>", "",
              f"| system | id | {primary} | candidate |", "|---|---|---:|---|"]
    for name, segments in analysis.worst.items():
        for seg in segments[:3]:
            lines.append(f"| {md(name)} | {md(seg.id)} | {seg.scores[name]:.2f} | {_candidate(seg.texts[name])} |")
    lines += ["", "</details>"]
    for diff in analysis.differences[:3]:
        lines += ["", f"<details><summary>Largest {primary} differences: {html_text(diff.system)} vs "
                      f"{html_text(diff.baseline)}</summary>", "",
                  f"| id | {md(diff.baseline)} | {md(diff.system)} |", "|---|---:|---:|"]
        for seg in diff.segments[:5]:
            lines.append(f"| {md(seg.id)} | {seg.scores[diff.baseline]:.2f} | {seg.scores[diff.system]:.2f} |")
        lines += ["", "</details>"]
    return lines


def render_markdown(result: ScoreResult, leaderboard: Leaderboard | None = None,
                    analysis: Analysis | None = None) -> str:
    ref = result.reference
    lines = [
        f"# evalkit: {len(result.systems)} system(s) on {md(ref.name)}",
        "",
        f"{ref.n_segments} segments, {ref.n_references} reference(s)"
        + (f", {ref.source_lang}-{ref.target_lang}" if ref.source_lang and ref.target_lang else "")
        + f", {'source' if result.reference_free else 'reference'} sha256 `{ref.sha256[:12]}`.",
        "",
    ]
    if result.reference_free:
        lines += ["Reference-free: no reference was given; candidates were compared with the source only.", ""]
    for warning in result.warnings:
        lines += [f"> **Warning:** {md(warning)}", ""]
    if caveat := embed_caveat(result.metrics):
        lines += [f"> **Note:** {caveat}", ""]
    if leaderboard is not None and analysis is not None:  # report.html is written beside
        shown = html_segments(result, analysis, leaderboard.settings.seed)
        if shown is not None:
            lines += [f"> **Note:** {sample_note(shown, len(result.ids), leaderboard.settings.seed)}", ""]
    if leaderboard is not None:
        lines += _leaderboard(leaderboard, result)
    else:
        header = ["system"] + [f"{m} {_arrow(m)}" for m in result.metrics] + ["empty"]
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
        for system in result.systems:
            cells = [md(system.name)] + [f"{system.corpus[m]:.2f}" for m in result.metrics] + [str(system.n_empty)]
            lines.append("| " + " | ".join(cells) + " |")
    if analysis is not None:
        lines += _analysis(analysis, result)
    lines += ["", "<details><summary>Signatures</summary>", ""]
    for system in result.systems:
        for name, signature in system.signatures.items():
            lines.append(f"- {md(system.name)} {name}: {md_code(signature)}")
    if leaderboard is not None:
        for name, signature in leaderboard.signatures.items():
            lines.append(f"- significance {name}: {md_code(signature)}")
    lines += ["", "</details>", ""]
    return "\n".join(lines)

"""summary.md: a table a human or a pull request can read."""

from __future__ import annotations

from ..metrics import LOWER_IS_BETTER
from ..scoring import ScoreResult


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(result: ScoreResult) -> str:
    ref = result.reference
    lines = [
        f"# evalkit: {len(result.systems)} system(s) on {_escape(ref.name)}",
        "",
        f"{ref.n_segments} segments, {ref.n_references} reference(s)"
        + (f", {ref.source_lang}-{ref.target_lang}" if ref.source_lang else "")
        + f", reference sha256 `{ref.sha256[:12]}`.",
        "",
    ]
    if result.reference_free:
        lines += ["Reference-free: no reference was given; candidates were compared with the source only.", ""]
    for warning in result.warnings:
        lines += [f"> **Warning:** {_escape(warning)}", ""]
    header = ["system"] + [f"{m} {'↓' if m in LOWER_IS_BETTER else '↑'}" for m in result.metrics] + ["empty"]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
    for system in result.systems:
        cells = [_escape(system.name)] + [f"{system.corpus[m]:.2f}" for m in result.metrics] + [str(system.n_empty)]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "<details><summary>Signatures</summary>", ""]
    for system in result.systems:
        for name, signature in system.signatures.items():
            lines.append(f"- `{_escape(system.name)}` {name}: `{signature}`")
    lines += ["", "</details>", ""]
    return "\n".join(lines)

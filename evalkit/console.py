"""Terminal rendering with rich. Nothing here computes; it only shows results."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .metrics import LOWER_IS_BETTER
from .references import ReferenceSet
from .scoring import ProgressHook, ScoreResult


def score_table(result: ScoreResult) -> Table:
    ref = result.reference
    pair = f", {ref.source_lang}→{ref.target_lang}" if ref.source_lang else ""
    table = Table(title=f"{ref.name}: {ref.n_segments} segments{pair}", title_justify="left")
    table.add_column("system", style="bold")
    for name in result.metrics:
        table.add_column(f"{name} {'↓' if name in LOWER_IS_BETTER else '↑'}", justify="right")
    table.add_column("empty", justify="right")
    for system in result.systems:
        table.add_row(system.name, *(f"{system.corpus[m]:.2f}" for m in result.metrics), str(system.n_empty))
    return table


def print_score(console: Console, result: ScoreResult) -> None:
    for warning in result.warnings:
        console.print(f"[bold red]WARNING[/] {warning}", highlight=False)
    if result.reference_free:
        console.print("Reference-free: no reference given; candidates were compared with the source only.", highlight=False)
    console.print(score_table(result))


def print_reference_set(console: Console, reference_set: ReferenceSet, out: str) -> None:
    manifest = reference_set.manifest
    shapes = ", ".join(f"{shape}: {count}" for shape, count in manifest["alignment_shapes"].items())
    console.print(
        f"Wrote {out}: {manifest['paragraphs']} paragraphs, {manifest['segments']} segments "
        f"({shapes}), aligner {manifest['aligner']['name']}",
        highlight=False,
    )


@contextmanager
def progress_bar(console: Console, description: str) -> Iterator[ProgressHook]:
    """A progress hook drawing a bar on a terminal; silent when output is redirected."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task(description, total=None)

        def hook(done: int, total: int, label: str) -> None:
            progress.update(task, completed=done, total=total, description=f"{description} {label}")

        yield hook

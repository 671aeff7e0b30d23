"""Terminal rendering with rich. Nothing here computes; it only shows results."""

from __future__ import annotations

from contextlib import contextmanager, nullcontext
from typing import Iterator

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .metrics import LOWER_IS_BETTER
from .references import ReferenceSet
from .reports.markdown import leaderboard_cell
from .scoring import ProgressHook, ScoreResult
from .significance import Leaderboard


def leaderboard_table(result: ScoreResult, board: Leaderboard) -> Table:
    ref = result.reference
    settings = board.settings
    compared = len(board.order) > 1
    test = {"bootstrap": f"paired bootstrap, {settings.n_resamples} resamples",
            "ar": f"approximate randomization, {settings.n_resamples} trials", "none": "no resampling"}[settings.method]
    n = len(result.systems)
    caption = "± 95% CI half-width"
    if compared:
        caption += (" · p vs baseline, † p < 0.05 · green: not significantly different from the best "
                    f"(cluster 1) · #: cluster on {board.metrics[0]}")
    table = Table(title=f"{ref.name}: {ref.n_segments} segments, {n} system{'s' if n != 1 else ''} ({test}, "
                        f"seed {settings.seed})", title_justify="left", caption=caption, caption_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("system", style="bold", no_wrap=True)
    for name in board.metrics:
        table.add_column(f"{name} {'↓' if name in LOWER_IS_BETTER else '↑'}", justify="right", no_wrap=True)
    for system in board.order:
        cells = []
        for metric in board.metrics:
            # score ± CI over the p-value, so that four metrics still fit 80 columns
            score, p = leaderboard_cell(board, system, metric)
            score = f"[green]{escape(score)}[/]" if compared and board.cell(system, metric).cluster == 1 else escape(score)
            cells.append(score + (f"\n[dim]{escape(p)}[/]" if p and compared else ""))
        rank = board.cell(system, board.metrics[0]).cluster
        empty = result.system(system).n_empty
        label = escape(system) + (f"\n[dim]{empty} empty[/]" if empty else "")  # counted, not hidden
        table.add_row("" if rank is None else str(rank), label, *cells)
    return table


def print_score(console: Console, result: ScoreResult, board: Leaderboard) -> None:
    for warning in result.warnings:
        console.print(f"[bold red]WARNING[/] {warning}", highlight=False)
    if result.reference_free:
        console.print("Reference-free: no reference given; candidates were compared with the source only.", highlight=False)
    console.print(leaderboard_table(result, board))


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


def working(console: Console, text: str):
    """A spinner for a step without countable progress; nothing when output is redirected."""
    return console.status(text) if console.is_terminal else nullcontext()

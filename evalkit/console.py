"""Terminal rendering with rich. Nothing here computes; it only shows results.

Every string from the inputs (names, paths, ids, texts, warnings) reaches rich through
`shown`, which escapes rich markup and makes control characters visible; `PipeConsole`,
the console of every command, never expands emoji codes (`a:fire:b` stays as written:
rich has no escape for them). Under GitHub Actions the CLI also passes all output
through `reports.github.CommandGuard`, so no line becomes a workflow command by accident.

The leaderboard is one table with a column per metric when it fits the terminal, and
folds into one row per system and metric when it does not (80-column CI logs, pipes),
so no name, score, interval, p-value or rank is ever cut. On a terminal that cannot
encode the arrows and marks (PYTHONIOENCODING=ascii, an ASCII locale) they become ASCII.
"""

from __future__ import annotations

from contextlib import contextmanager, nullcontext
from typing import Any, Iterator

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .metrics import LOWER_IS_BETTER
from .references import ReferenceSet
from .reports.escape import visible
from .reports.github import CommandGuard
from .reports.markdown import leaderboard_cell
from .scoring import ProgressHook, ScoreResult
from .significance import Leaderboard

MIN_NAME_WIDTH = 8  # a folded system name needs at least this many columns to stay readable
_ASCII = str.maketrans({"↑": "^", "↓": "v", "±": "+/-", "†": "*", "·": ";", "…": "..."})


class PipeConsole(Console):
    """evalkit's console: no emoji codes expanded, and a closed pipe (`evalkit ... | head -1`)
    left to the CLI's exit handling instead of rich's own SystemExit(1)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("emoji", False)
        super().__init__(*args, **kwargs)

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def shown(console: Console, text: str) -> str:
    """Text as this console can show it, markup escaped, control characters made visible;
    ASCII marks and backslash escapes for a console that cannot encode the rest (widths
    then measure what is printed)."""
    text = visible(text)
    if console.options.ascii_only:
        text = text.translate(_ASCII).encode("ascii", "backslashreplace").decode("ascii")
    return escape(text)


def say(console: Console, text: str, *, soft_wrap: bool = False) -> None:
    """A line of plain text holding user strings (paths, names), shown as written;
    `soft_wrap` leaves it whole (a CI log) rather than wrapped at the console's width."""
    console.print(shown(console, text), highlight=False, soft_wrap=soft_wrap)


def print_warning(console: Console, warning: str) -> None:
    console.print(f"[bold red]WARNING[/] {shown(console, warning)}", highlight=False)


def workflow_command(console: Console, command: str) -> None:
    """A GitHub workflow command evalkit means (an annotation), as one line past the guard."""
    guard = console.file
    if isinstance(guard, CommandGuard):
        guard.command(command)
    else:
        console.print(command, markup=False, highlight=False, soft_wrap=True)


def _caption(console: Console, board: Leaderboard, compared: bool) -> str:
    caption = "± 95% CI half-width"
    if compared:
        caption += (" · p vs baseline, † p < 0.05 · green: not significantly different from the best "
                    f"(cluster 1) · #: cluster on {board.metrics[0]}")
    return shown(console, caption)


def _title(console: Console, result: ScoreResult, board: Leaderboard) -> str:
    ref, settings, n = result.reference, board.settings, len(result.systems)
    test = {"bootstrap": f"paired bootstrap, {settings.n_resamples} resamples",
            "ar": f"approximate randomization, {settings.n_resamples} trials", "none": "no resampling"}[settings.method]
    return shown(console, f"{ref.name}: {ref.n_segments} segments, {n} system{'s' if n != 1 else ''} "
                          f"({test}, seed {settings.seed})")


def _metric_label(console: Console, metric: str) -> str:
    return shown(console, f"{metric} {'↓' if metric in LOWER_IS_BETTER else '↑'}")


def _cell_texts(console: Console, result: ScoreResult, board: Leaderboard, system: str, metric: str) -> tuple[str, str]:
    """(score ± CI, p-value) as markup: green for cluster 1, the p-value dimmed."""
    score, p = leaderboard_cell(board, system, metric)
    score = shown(console, score)
    if len(board.order) > 1 and board.cell(system, metric).cluster == 1:
        score = f"[green]{score}[/]"
    return score, (f"[dim]{shown(console, p)}[/]" if p and len(board.order) > 1 else "")


def _rank(board: Leaderboard, system: str) -> str:
    rank = board.cell(system, board.metrics[0]).cluster
    return "" if rank is None else str(rank)


def _empty(result: ScoreResult, system: str) -> str:
    empty = result.system(system).n_empty
    return f"[dim]{empty} empty[/]" if empty else ""  # counted, not hidden


def wide_table(console: Console, result: ScoreResult, board: Leaderboard) -> Table:
    """One row per system, one column per metric: score ± CI over the p-value."""
    compared = len(board.order) > 1
    table = Table(title=_title(console, result, board), title_justify="left",
                  caption=_caption(console, board, compared), caption_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("system", style="bold", no_wrap=True)
    for name in board.metrics:
        table.add_column(_metric_label(console, name), justify="right", no_wrap=True)
    for system in board.order:
        cells = []
        for metric in board.metrics:
            score, p = _cell_texts(console, result, board, system, metric)
            cells.append(score + (f"\n{p}" if p else ""))
        empty = _empty(result, system)
        table.add_row(_rank(board, system), shown(console, system) + (f"\n{empty}" if empty else ""), *cells)
    return table


def folded_table(console: Console, result: ScoreResult, board: Leaderboard) -> Table:
    """One row per system and metric, for terminals too narrow for `wide_table`.

    Only the system column wraps (long names fold onto more lines); every other column
    is as wide as its widest entry. Where even that does not fit (40 columns), the table
    loses its frame and each p-value goes under its score.
    """
    compared = len(board.order) > 1
    rows = []
    for system in board.order:
        empty = _empty(result, system)
        for k, metric in enumerate(board.metrics):
            score, p = _cell_texts(console, result, board, system, metric)
            if len(board.metrics) == 1:
                name = shown(console, system) + (f"\n{empty}" if empty else "")
            else:  # the empty count goes on the system's second row
                name = shown(console, system) if k == 0 else empty if k == 1 else ""
            rows.append(([_rank(board, system) if k == 0 else "", name, _metric_label(console, metric), score, p],
                         k == len(board.metrics) - 1))
    width = [max(console.measure(console.render_str(row[i])).maximum for row, _ in rows) for i in (0, 2, 3, 4)]
    framed = sum(width) + 3 * 5 + 1 + MIN_NAME_WIDTH <= console.width  # a bar and two spaces per column
    table = Table(title=_title(console, result, board), title_justify="left",
                  caption=_caption(console, board, compared), caption_justify="left",
                  **({} if framed else {"box": None, "padding": (0, 1), "show_edge": False}))
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("system", style="bold", overflow="fold", min_width=MIN_NAME_WIDTH)
    table.add_column("metric", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    if compared and framed:
        table.add_column("p", justify="right", no_wrap=True)
    for (rank, name, metric, score, p), last in rows:
        if not compared:
            cells = [score]
        elif framed:
            cells = [score, p]
        else:
            cells = [score + (f"\n{p}" if p else "")]
        table.add_row(rank, name, metric, *cells, end_section=last)
    return table


def leaderboard_table(console: Console, result: ScoreResult, board: Leaderboard) -> Table:
    table = wide_table(console, result, board)
    # measured without the terminal's limit, which rich would meet by cutting cells
    if console.measure(table, options=console.options.update_width(1 << 16)).maximum <= console.width:
        return table
    return folded_table(console, result, board)


def print_score(console: Console, result: ScoreResult, board: Leaderboard) -> None:
    for warning in result.warnings:
        print_warning(console, warning)
    if result.reference_free:
        console.print("Reference-free: no reference given; candidates were compared with the source only.", highlight=False)
    console.print(leaderboard_table(console, result, board))


def print_reference_set(console: Console, reference_set: ReferenceSet, out: str) -> None:
    manifest = reference_set.manifest
    shapes = ", ".join(f"{shape}: {count}" for shape, count in manifest["alignment_shapes"].items())
    console.print(
        shown(console, f"Wrote {out}: {manifest['paragraphs']} paragraphs, {manifest['segments']} segments "
                       f"({shapes}), aligner {manifest['aligner']['name']}"),
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
            progress.update(task, completed=done, total=total, description=shown(console, f"{description} {label}"))

        yield hook


def working(console: Console, text: str):
    """A spinner for a step without countable progress; nothing when output is redirected."""
    return console.status(text) if console.is_terminal else nullcontext()

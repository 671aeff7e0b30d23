"""`evalkit check` on the terminal (rich): findings worst first, grouped by kind, with counts."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..check import CheckResult
from ..console import shown
from ..checks import KINDS, SEVERITIES
from .check_report import where

_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


def print_check(console: Console, result: CheckResult) -> None:
    draft = result.draft.path or "draft"
    omitted = sum(1 for span in result.spans if span.ids and not span.sentences)
    added = sum(1 for span in result.spans if span.sentences and not span.ids)
    console.print(f"[bold]{shown(console, draft)}[/] ({result.source_lang}→{result.target_lang}) "
                  f"against {shown(console, result.against)}: "
                  f"{len(result.draft.sentences)} draft sentences aligned to {_segments(result)} segments "
                  f"({omitted} left out, {added} added)", highlight=False)
    counts = result.counts()
    console.print(f"{len(result.findings)} finding{'s' if len(result.findings) != 1 else ''}: "
                  + ", ".join(f"{kind} {count}" for kind, count in counts.items()), highlight=False)
    if not result.findings:
        return
    table = Table(show_lines=False, title_justify="left")
    for name, options in (("kind", {"no_wrap": True}), ("severity", {"no_wrap": True}),
                          ("line:col", {"no_wrap": True, "justify": "right"}), ("segments", {}), ("finding", {})):
        table.add_column(name, **options)
    by_kind = {kind: [f for f in result.findings if f.kind == kind] for kind in KINDS if counts.get(kind)}
    # kinds in the order of their worst finding
    order = sorted(by_kind, key=lambda kind: (SEVERITIES.index(by_kind[kind][0].severity), KINDS.index(kind)))
    for number, kind in enumerate(order):
        if number:
            table.add_section()
        for k, finding in enumerate(by_kind[kind]):
            table.add_row(f"{kind} ({len(by_kind[kind])})" if k == 0 else "",
                          f"[{_STYLE[finding.severity]}]{finding.severity}[/]", where(result, finding),
                          shown(console, ", ".join(finding.ids)), shown(console, finding.message))
    console.print(table)


def _segments(result: CheckResult) -> int:
    return len({i for span in result.spans for i in span.ids})

"""GitHub Actions: error annotations for failing rules and segments, the job summary, and
no workflow command evalkit did not mean.

Annotations are workflow commands on stdout (`::error file=...,line=...,title=...::message`),
escaped as the Actions toolkit escapes them; a failing segment points at its line in the
candidate file, so the pull request shows it in place.

The runner reads every line of a job's output: one that starts with `::` (after spaces)
or holds `##[` anywhere is run as a command (actions/runner, ActionCommand.TryParseV2 and
TryParse). A name or text from the inputs could start such a line (a system named
`::add-mask::x`, a wrapped table cell), so under GitHub Actions the CLI writes through a
`CommandGuard`, which escapes both markers in every line but its own annotations.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Mapping, TextIO

from ..errors import InputError
from ..gate import Verdict
from .gate_markdown import render_gate_markdown
from .gate_text import excerpt


STEP_SUMMARY = "GITHUB_STEP_SUMMARY"
ACTIONS = "GITHUB_ACTIONS"
# the first character of each marker, as `visible` shows characters: \x3a is ':', \x23 '#'
_MARKERS = re.compile(r"^(\s*):(?=:)|#(?=#\[)", re.M)


def under_actions(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get(ACTIONS) == "true"


def neutralise(text: str) -> str:
    """Text whose lines the runner reads as text, never as a workflow command."""
    return _MARKERS.sub(lambda m: f"{m.group(1)}\\x3a" if m.group(0).endswith(":") else "\\x23", text)


class CommandGuard:
    """A text stream that passes whole lines on, neutralised, except the commands given to
    `command`. Lines are held until complete, so a marker split over two writes is seen."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        if lines:
            self.stream.write(neutralise("\n".join(lines)) + "\n")
        return len(text)

    def command(self, line: str) -> None:
        """`line` as a workflow command: on a line of its own, as written."""
        if self._pending:
            self.write("\n")
        self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """Write what is left of an unfinished line."""
        if self._pending:
            self.stream.write(neutralise(self._pending))
            self._pending = ""

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _relative(path: str, environ: Mapping[str, str]) -> str:
    """Paths as GitHub shows them: relative to the workspace (the repository checkout)."""
    root = environ.get("GITHUB_WORKSPACE") or os.getcwd()
    try:
        return str(Path(path).resolve().relative_to(Path(root).resolve()))
    except (ValueError, OSError, RuntimeError):  # elsewhere, or unreachable (a link loop)
        return path


def _command(message: str, title: str, file: str | None = None, line: int | None = None) -> str:
    props = ([f"file={_property(file)}"] if file else []) + ([f"line={line}"] if file and line else [])
    props.append(f"title={_property(neutralise(title))}")
    return f"::error {','.join(props)}::{_data(neutralise(message))}"


def annotations(verdict: Verdict, environ: Mapping[str, str] = os.environ) -> list[str]:
    commands = []
    for outcome in verdict.failures:
        if outcome.segments:
            continue  # each failing segment gets its own annotation below
        path = verdict.systems.get(outcome.system)
        commands.append(_command(f"{outcome.system}: {outcome.detail}", f"evalkit gate: {outcome.rule}",
                                 _relative(path, environ) if path else None))
    for finding in verdict.findings:
        rules = "; ".join(f"{rule}: {problem}" for rule, problem in finding.problems)
        message = f"{finding.id}: {rules}\nreference: {excerpt(finding.reference)}"
        commands.append(_command(message, f"evalkit gate: {finding.system} {finding.id}",
                                 _relative(finding.path, environ) if finding.path else None, finding.line))
    return commands


def append_step_summary(verdict: Verdict, environ: Mapping[str, str] = os.environ) -> str | None:
    """Append the Markdown verdict to $GITHUB_STEP_SUMMARY when set; the file it went to."""
    path = environ.get(STEP_SUMMARY)
    if not path:
        return None
    try:
        with open(path, "a", encoding="utf-8") as handle:  # appending is the protocol: other steps share the file
            handle.write(render_gate_markdown(verdict) + "\n")
    except OSError as exc:
        raise InputError(f"$GITHUB_STEP_SUMMARY {path}: cannot write ({exc.strerror})") from None
    return path

"""GitHub Actions: error annotations for failing rules and segments, and the job summary.

Annotations are workflow commands on stdout (`::error file=...,line=...,title=...::message`),
escaped as the Actions toolkit escapes them; a failing segment points at its line in the
candidate file, so the pull request shows it in place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

from ..errors import InputError
from ..gate import Verdict
from .gate_markdown import render_gate_markdown
from .gate_text import excerpt


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _relative(path: str, environ: Mapping[str, str]) -> str:
    """Paths as GitHub shows them: relative to the workspace (the repository checkout)."""
    root = environ.get("GITHUB_WORKSPACE") or os.getcwd()
    try:
        return str(Path(path).resolve().relative_to(Path(root).resolve()))
    except ValueError:
        return path


def _command(message: str, title: str, file: str | None = None, line: int | None = None) -> str:
    props = ([f"file={_property(file)}"] if file else []) + ([f"line={line}"] if file and line else [])
    props.append(f"title={_property(title)}")
    return f"::error {','.join(props)}::{_data(message)}"


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
    path = environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return None
    try:
        with open(path, "a", encoding="utf-8") as handle:  # appending is the protocol: other steps share the file
            handle.write(render_gate_markdown(verdict) + "\n")
    except OSError as exc:
        raise InputError(f"$GITHUB_STEP_SUMMARY {path}: cannot write ({exc.strerror})") from None
    return path

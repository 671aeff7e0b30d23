"""Names and texts from the inputs reach the terminal and CI logs as text (issue 15 items
6 and 13): no rich markup or emoji code is interpreted, and under GitHub Actions no line
becomes a workflow command that evalkit did not mean. Run through the real command line."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest

from evalkit import textio
from evalkit.errors import InputError
from evalkit.reports.github import CommandGuard, neutralise
from outcomes import one_line_error, run_evalkit

REF = ["國家安全體系", "國家安全能力", "安全體系"]
HYP = ["国家安全体系", "国家安全能力", "安全体系"]  # Simplified against Traditional: a warning naming the system
NAME = "a\n::warning::pwned [/x] :fire: ##[error]b"


def evalkit_lines(done) -> list[str]:
    return (done.stdout + done.stderr).splitlines()


def workflow_commands(lines: list[str]) -> list[str]:
    """What the runner would run: a line starting `::` after spaces, or holding `##[` anywhere."""
    return [line for line in lines if line.lstrip().startswith("::") or "##[" in line]


@pytest.fixture
def gate_dir(tmp_path: Path) -> Path:
    (tmp_path / "ref.txt").write_text("\n".join(REF) + "\n", encoding="utf-8")
    (tmp_path / "hyp.txt").write_text("\n".join(HYP) + "\n", encoding="utf-8")
    (tmp_path / "evalkit.toml").write_text('baseline = "base.json"\n[task]\nref = "ref.txt"\nlang = "en-zh"\n'
                                           '[settings]\nmetrics = ["chrf"]\n[rules.floors]\nchrf = ">= 99"\n',
                                           encoding="utf-8")
    return tmp_path


def test_under_github_actions_only_evalkits_annotations_are_workflow_commands(gate_dir):
    done = run_evalkit("gate", "--config", gate_dir / "evalkit.toml", gate_dir / "hyp.txt", "--name", NAME,
                       env={"GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(gate_dir)})
    assert done.returncode == 1, done.stderr
    lines = evalkit_lines(done)
    commands = workflow_commands(lines)
    assert commands and all(line.startswith("::error file=hyp.txt,title=evalkit gate%3A floor") for line in commands)
    # the name is shown, escaped, where it was printed: in the warning and the system's heading
    warning = next(line for line in lines if line.startswith("WARNING SCRIPT MISMATCH"))
    assert warning.startswith("WARNING SCRIPT MISMATCH: a\\x0a::warning::pwned [/x] :fire: \\x23#[error]b is written")
    assert "\U0001f525" not in done.stdout  # :fire: is not an emoji


def test_the_same_run_outside_github_actions_keeps_the_name_as_written(gate_dir):
    done = run_evalkit("gate", "--config", gate_dir / "evalkit.toml", gate_dir / "hyp.txt", "--name", NAME)
    assert done.returncode == 1
    assert "WARNING SCRIPT MISMATCH: a\\x0a::warning::pwned [/x] :fire: ##[error]b is written" in done.stdout
    assert "::error" not in done.stdout  # annotations only under GitHub Actions


def test_an_error_line_naming_a_file_is_no_workflow_command(tmp_path):
    (tmp_path / "ref.txt").write_text("x\n", encoding="utf-8")
    done = run_evalkit("score", "--ref", tmp_path / "ref.txt", tmp_path / "##[error]x.txt", "--out", tmp_path / "o",
                       env={"GITHUB_ACTIONS": "true"})
    line = one_line_error(done.returncode, done.stderr, "\\x23#[error]x.txt: file not found")
    assert workflow_commands([line]) == []


def test_the_guard_sees_a_marker_split_over_writes_and_passes_its_own_commands():
    out = io.StringIO()
    guard = CommandGuard(out)
    for chunk in ("ok\n  :", ":warning::x\nsplit #", "#[error] y\n", "tail"):
        guard.write(chunk)
    guard.command("::error title=t::m")
    guard.finish()
    assert out.getvalue() == "ok\n  \\x3a:warning::x\nsplit \\x23#[error] y\ntail\n::error title=t::m\n"
    assert neutralise("a::b ::c\n::d") == "a::b ::c\n\\x3a:d"  # only at a line's start


def test_a_pipe_is_read_up_to_the_limit(tmp_path, monkeypatch):
    """Issue 15 item 11: what a pipe brings is bounded (`cat /dev/zero |` once filled memory)."""
    monkeypatch.setattr(textio, "MAX_PIPE_BYTES", 10_000)
    for size, fits in ((10_000, True), (10_001, False)):
        read, write = os.pipe()
        writer = threading.Thread(target=lambda: (os.write(write, b"a" * size), os.close(write)))
        writer.start()
        try:
            if fits:
                assert textio.read_text(f"/proc/self/fd/{read}") == "a" * size
            else:
                with pytest.raises(InputError, match=r"more than 10,000 bytes from a pipe; write it to a file first"):
                    textio.read_text(f"/proc/self/fd/{read}")
        finally:
            writer.join()
            os.close(read)


def test_the_verdicts_lines_show_control_characters_in_ids_and_metric_specs_as_escapes():
    import evalkit
    from evalkit.config import parse_rules
    from evalkit.gate import check
    from evalkit.reports.gate_text import verdict_text

    result = evalkit.score_texts({"mt": ["a b c", ""]}, references=["a b c", "d e f"], metrics=["chrf"],
                                 ids=["one", "\x1b[2J\x1b]0;title\x07two"], significance="none", use_cache=False)
    text = verdict_text(check(result, parse_rules({"segments": {"empty": True, "floors": {"chrf": ">= 50"}}})))
    assert "\x1b" not in text and "\x07" not in text
    assert "1 of 2 segments: \\x1b[2J\\x1b]0;title\\x07two" in text

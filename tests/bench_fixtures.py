"""Fixtures for the benchmarking tests (imported by them): synthetic systems derived from the
checked-in reference set. Kept out of conftest.py so the foundation's conftest stays its own."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFSET = ROOT / "references" / "natsec-en-zh"


def degrade(lines: list[str], drop: float, seed: int) -> list[str]:
    """Drop each word with probability `drop`: a system that is worse by a known amount."""
    rnd = random.Random(seed)
    return [" ".join(w for w in line.split() if rnd.random() >= drop) for line in lines]


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def english_refs() -> list[str]:
    return (REFSET / "en.txt").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def three_systems(tmp_path_factory, english_refs) -> dict[str, Path]:
    """ref + three systems close enough that some comparisons are not significant."""
    out = tmp_path_factory.mktemp("systems")
    paths = {"ref": write_lines(out / "ref.txt", english_refs)}
    for name, drop, seed in (("alpha", 0.10, 1), ("beta", 0.11, 2), ("gamma", 0.30, 3)):
        paths[name] = write_lines(out / f"{name}.txt", degrade(english_refs, drop, seed))
    return paths

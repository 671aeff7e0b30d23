"""evalkit's defaults must equal the sacrebleu command line's defaults.

The golden cases are scored by the real `sacrebleu` CLI (`-m bleu chrf ter -b`, at the
default width and with `-w 4`; chrF++ as `-m chrf --chrf-word-order 2`) and by evalkit
with nothing but the case's language pair (and `--lowercase` where the case asks for it),
so a default drifting away from sacrebleu's (TER's case handling, a tokenizer) fails here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import DATA

import evalkit
from evalkit.cli import run

CASES = sorted(p for p in (DATA / "cases").iterdir() if p.is_dir())
SACREBLEU = shutil.which("sacrebleu")


def _sacrebleu(case, *args: str) -> list[str]:
    """Scores as sacrebleu prints them: one number, or a bracketed list for several metrics."""
    refs = [str(p) for p in sorted(case.glob("ref*.txt"))]
    command = [SACREBLEU or sys.executable, *([] if SACREBLEU else ["-m", "sacrebleu"])]
    done = subprocess.run([*command, *refs, "-i", str(case / "hyp.txt"), "-b", *args],
                          capture_output=True, text=True, check=True)
    return [token.strip("[],") for token in done.stdout.split() if token.strip("[],")]


def _cli_options(settings: dict) -> list[str]:
    """What sacrebleu needs to be told to do what evalkit does by default for this case."""
    options = []
    if settings["lang"].endswith("-zh"):
        # evalkit's Chinese defaults: the zh tokenizer for BLEU, Asian support for TER
        options += ["-tok", "zh", "--ter-asian-support"]
    if settings.get("lowercase"):
        options += ["-lc", "--chrf-lowercase"]  # evalkit's --lowercase; TER is case-insensitive anyway
    return options


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_default_scores_equal_the_sacrebleu_cli(case):
    settings = json.loads((case / "case.json").read_text())
    options = _cli_options(settings)
    result = evalkit.score([case / "hyp.txt"], ref=sorted(case.glob("ref*.txt")), lang=settings["lang"],
                           metrics=["bleu", "chrf", "ter", "chrf++"], lowercase=settings.get("lowercase", False),
                           significance="none")
    corpus = result.systems[0].corpus
    for width in (1, 4):
        expected = _sacrebleu(case, "-m", "bleu", "chrf", "ter", "-w", str(width), *options)
        expected += _sacrebleu(case, "-m", "chrf", "--chrf-word-order", "2", "-w", str(width), *options)
        got = [f"{corpus[name]:.{width}f}" for name in ("bleu", "chrf", "ter", "chrf++")]
        assert got == expected, (case.name, width)


def test_ter_case_sensitive_is_sacrebleus_flag_and_shows_in_the_signature(cli, tmp_path):
    case = DATA / "cases" / "en-case"
    expected = _sacrebleu(case, "-m", "ter", "-w", "4", "--ter-case-sensitive")
    result = evalkit.score([case / "hyp.txt"], ref=case / "ref.txt", metrics=["ter"], ter_case_sensitive=True)
    assert [f"{result.systems[0].corpus['ter']:.4f}"] == expected
    assert "case:mixed" in result.systems[0].signatures["ter"]
    default = evalkit.score([case / "hyp.txt"], ref=case / "ref.txt", metrics=["ter"]).systems[0]
    assert "case:lc" in default.signatures["ter"] and default.corpus["ter"] < result.systems[0].corpus["ter"]
    both = cli("score", "--ref", case / "ref.txt", "--metrics", "ter", "--lowercase", "--ter-case-sensitive",
               "--out", tmp_path / "r", case / "hyp.txt")
    assert both.code == 2 and both.err.startswith("evalkit: error: --lowercase and --ter-case-sensitive")


def test_help_says_what_lowercase_does_to_each_metric(capsys):
    with pytest.raises(SystemExit):
        run(["score", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "case-insensitive BLEU, chrF and chrF++" in text and "TER ignores case anyway" in text
    assert "--ter-case-sensitive" in text

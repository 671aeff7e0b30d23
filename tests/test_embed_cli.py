"""`evalkit score` with embedding metrics, without a reference, and with models that cannot load."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from rich.console import Console

from evalkit.cli import run


def _run(argv: list[str]) -> tuple[int, str]:
    buffer = io.StringIO()
    code = run(argv, console=Console(file=buffer, width=200))
    return code, buffer.getvalue()


@pytest.fixture()
def draft(tmp_path, reference_set_dir):
    """Source and candidate files: the seed's first 12 segments, one mistranslated."""
    src = (reference_set_dir / "zh.txt").read_text(encoding="utf-8").splitlines()[:12]
    hyp = (reference_set_dir / "en.txt").read_text(encoding="utf-8").splitlines()[:12]
    hyp[5] = "The weather was pleasant and the market sold fresh apples."
    (tmp_path / "src.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    (tmp_path / "hyp.txt").write_text("\n".join(hyp) + "\n", encoding="utf-8")
    return tmp_path


def test_a_reference_set_gets_embed_and_embed_src_by_default(tmp_path, reference_set_dir) -> None:
    hyp = tmp_path / "mt.txt"
    hyp.write_text((reference_set_dir / "en.txt").read_text(encoding="utf-8").lower(), encoding="utf-8")
    code, out = _run(["score", "--ref", str(reference_set_dir), "--lang", "zh-en", "--out", str(tmp_path / "r"), str(hyp)])
    assert code == 0, out
    summary = json.loads((tmp_path / "r" / "summary.json").read_text(encoding="utf-8"))
    assert summary["metrics"] == ["bleu", "chrf", "embed", "embed_src"] and summary["reference_free"] is False
    corpus = summary["systems"][0]["corpus"]
    # lowercasing costs a little; the source is another language (embeddings: BLAS may move the 4th decimal)
    assert corpus == {"bleu": 91.4156, "chrf": 97.3162, "embed": pytest.approx(97.8088, abs=0.01),
                      "embed_src": pytest.approx(50.7341, abs=0.01)}
    assert "use-multilingual" in summary["systems"][0]["signatures"]["embed"]
    row = json.loads((tmp_path / "r" / "segments.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert {"embed", "embed_src"} <= set(row)
    assert "embed ↑" in out and "embed_src ↑" in out


def test_reference_free_mode_runs_only_source_metrics_and_says_so(draft) -> None:
    code, out = _run(["score", "--src", str(draft / "src.txt"), "--out", str(draft / "r"), str(draft / "hyp.txt")])
    assert code == 0, out
    assert "Reference-free" in out and "bleu" not in out
    summary = json.loads((draft / "r" / "summary.json").read_text(encoding="utf-8"))
    assert summary["reference_free"] is True and summary["metrics"] == ["embed_src"]
    assert "Reference-free" in (draft / "r" / "summary.md").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in (draft / "r" / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    worst = min(rows, key=lambda row: row["embed_src"])
    assert worst["index"] == 5 and worst["ref"] is None  # the mistranslated segment is the weakest


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--metrics", "bleu"], "bleu needs a reference"),
        (["--embedder", "st:no-such-org/no-such-model"], "'st:no-such-org/no-such-model' is not in the local Hugging Face cache"),
        (["--embedder", "word2vec"], "unknown embedding model 'word2vec'"),
    ],
)
def test_bad_choices_exit_2_with_one_line(draft, extra, message, capsys, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    code, _ = _run(["score", "--src", str(draft / "src.txt"), "--out", str(draft / "r"), *extra, str(draft / "hyp.txt")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("evalkit: error: ") and message in err, err


def test_no_reference_and_no_source_is_an_error(draft, capsys) -> None:
    assert _run(["score", str(draft / "hyp.txt")])[0] == 2
    assert "give the source (--src)" in capsys.readouterr().err


def test_an_unknown_hub_model_fails_fast_as_a_process(draft, repo_root) -> None:
    """The real command line, offline: one line on stderr, exit 2, no traceback, no network wait."""
    env = {**os.environ, "PYTHONPATH": str(repo_root), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "evalkit", "score", "--src", str(draft / "src.txt"), "--embedder",
         "st:sentence-transformers/LaBSE-not-here", "--out", str(draft / "r"), str(draft / "hyp.txt")],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "st:sentence-transformers/LaBSE-not-here" in done.stderr

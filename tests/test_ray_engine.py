"""`--engine ray` on real local Ray clusters: the same bytes as the local engine for every
metric kind, faults (a killed worker, a bad address, no CPU, another evalkit on the
workers, Ctrl-C and SIGTERM) and streamed submission.

One cluster is started in this process for most tests (`ray.init(num_cpus=2)`); one is a
separate `ray start --head` process that command-line runs join by address. Both live in
temporary directories and are stopped (every process of the head's session killed) at the
end of the module.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import _thread
from pathlib import Path

import numpy as np
import pytest
from conftest import REFSET, ROOT, write_lines
from outcomes import one_line_error, only_diagnostics, run_evalkit, start_evalkit, wait_for_sigterm_handler

pytest.importorskip("ray")

import ray  # noqa: E402

import evalkit  # noqa: E402
from evalkit import ray_engine, stats  # noqa: E402

PLUGINS = ROOT / "tests" / "plugins"
CANDIDATES = ROOT / "candidates" / "natsec-zh-en"
REPORTS = ("summary.json", "segments.jsonl")
N = 24  # segments: the seed's shortest, in 3 shards of 8
# Ray's C++ core, starting or joining Ray on a machine without a route to the internet (it then finds
# its IP from the hostname): Ray's line, not evalkit's, and the tests must pass offline
RAY_OFFLINE_WARNING = re.compile(r"\[[^]]*\] network_util\.cc:\d+: Failed to determine local IP via external "
                                 r"connectivity to: .*, falling back to hostname resolution")


@pytest.fixture(autouse=True)
def small_shards(monkeypatch):
    monkeypatch.setattr(stats, "SHARD_SEGMENTS", 8)


def _cluster_env(room: Path) -> dict[str, str]:
    """What the test clusters' workers need: this checkout and the test plugins importable, the
    fault plugin's room, and a token of their own (else Ray would write one to ~/.ray)."""
    path = os.pathsep.join(filter(None, [str(ROOT), str(PLUGINS), os.environ.get("PYTHONPATH")]))
    return {"PYTHONPATH": path, "EVALKIT_TEST_RAY_DIR": str(room), "RAY_AUTH_TOKEN": secrets.token_hex(16),
            "RAY_USAGE_STATS_ENABLED": "0"}


@pytest.fixture(scope="module")
def room(tmp_path_factory) -> Path:
    """This process connected to a 2-CPU Ray cluster of its own; the fault plugin's room."""
    room = tmp_path_factory.mktemp("ray-room")
    temp = tempfile.mkdtemp(prefix="ekray-")  # short: Ray's socket paths must fit in 107 bytes
    with pytest.MonkeyPatch.context() as patch:
        for key, value in _cluster_env(room).items():
            patch.setenv(key, value)
        patch.setenv("RAY_AUTH_MODE", os.environ.get("RAY_AUTH_MODE", ""))  # ray.init sets it: put it back after
        patch.delenv("RAY_AUTH_MODE")
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="error",
                 object_store_memory=100 << 20, _temp_dir=temp)
        try:
            yield room
        finally:
            ray.shutdown()
            shutil.rmtree(temp, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and text.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            pass
    return found


@pytest.fixture(scope="module")
def head(tmp_path_factory):
    """A separate `ray start --head` on a free port: (its address, the environment to join it)."""
    room = tmp_path_factory.mktemp("head-room")
    temp = tempfile.mkdtemp(prefix="ekhead-")
    port = _free_port()
    env = {**os.environ, **_cluster_env(room), "RAY_AUTH_MODE": "token"}
    command = [sys.executable, "-c", "from ray.scripts.scripts import main; main()", "start", "--head",
               f"--port={port}", f"--temp-dir={temp}", "--num-cpus=2", "--include-dashboard=false",
               "--disable-usage-stats", f"--object-store-memory={100 << 20}", "--block"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, "ray start --head exited"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "ray start --head never listened"
                time.sleep(0.2)
        yield f"127.0.0.1:{port}", env, room
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # every process of its session: GCS, raylet, workers
        process.wait()
        deadline = time.monotonic() + 30
        while _processes_mentioning(temp) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _processes_mentioning(temp), "the test cluster left processes behind"
        shutil.rmtree(temp, ignore_errors=True)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The N shortest segments of the seed (zh-en) and the two shipped candidates."""
    folder = tmp_path_factory.mktemp("ray-files")
    en, zh = ((REFSET / f"{side}.txt").read_text(encoding="utf-8").splitlines() for side in ("en", "zh"))
    keep = sorted(sorted(range(len(en)), key=lambda i: len(en[i]))[:N])
    paths = {"ref": write_lines(folder / "ref.txt", [en[i] for i in keep]),
             "src": write_lines(folder / "src.txt", [zh[i] for i in keep])}
    for name in ("careful", "literal-mt"):
        lines = (CANDIDATES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        paths[name] = write_lines(folder / f"{name}.txt", [lines[i] for i in keep])
    return paths


def _score(cli, out: Path, files, metrics: str, *extra: object) -> dict[str, bytes]:
    result = cli("score", files["careful"], files["literal-mt"], "--ref", files["ref"], "--src", files["src"],
                 "--lang", "zh-en", "--metrics", metrics, "--resamples", "100", "--out", out, *extra)
    assert result.code == 0, result.err
    if "ray" in extra:  # what the workers print (model loading, ...) stays in their logs
        assert only_diagnostics(result.err), result.err
    return {name: (out / name).read_bytes() for name in REPORTS}


def test_score_writes_the_same_bytes_on_ray_as_locally_for_every_built_in_metric(cli, room, files, tmp_path):
    metrics = "bleu,chrf,chrf++,ter,embed,embed_src"
    local = _score(cli, tmp_path / "local", files, metrics, "--jobs", "2", "--no-cache")
    assert _score(cli, tmp_path / "ray", files, metrics, "--engine", "ray", "--no-cache") == local
    # one worker or two, cold or with the cache (filled by this process, never by a worker)
    cache = tmp_path / "cache"
    assert _score(cli, tmp_path / "ray1", files, metrics, "--engine", "ray", "--jobs", "1",
                  "--cache-dir", cache) == local
    assert sorted(path.parent.name.split("-")[0] for path in (cache / "statistics").glob("*/*.pack"))
    assert not list(cache.glob("embeddings/*/*.pack"))  # the workers' embedders kept their vectors to themselves


def test_cached_rows_are_never_sent_to_the_cluster(cli, room, files, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    _score(cli, tmp_path / "cold", files, "bleu,embed", "--engine", "ray", "--cache-dir", cache)
    lines = files["careful"].read_text(encoding="utf-8").splitlines()
    edited = write_lines(tmp_path / "careful.txt", [line + " (revised)" if i == 5 else line for i, line in enumerate(lines)])
    sent = []
    real_rows = ray_engine.RayEngine.rows

    def recording(self, work):
        sent.append(int(work.missing.sum()))
        return real_rows(self, work)

    monkeypatch.setattr(ray_engine.RayEngine, "rows", recording)
    warm = cli("score", edited, files["literal-mt"], "--ref", files["ref"], "--src", files["src"], "--lang", "zh-en",
               "--metrics", "bleu,embed", "--resamples", "100", "--engine", "ray", "--cache-dir", cache,
               "--out", tmp_path / "warm")
    assert warm.code == 0, warm.err
    assert sent == [2]  # the edited segment, for each metric
    assert f"statistics: 1 of {2 * N} segments recomputed" in warm.err


def test_neural_metrics_give_the_same_bytes_on_ray(cli, room, files, tmp_path, request):
    pytest.importorskip("comet")
    pytest.importorskip("bert_score")
    from tiny_models import minilm_path

    comet = request.getfixturevalue("comet_models")["ref"].parents[1]
    # COMET, and BERTScore with idf weights: a corpus-wide fact each worker must learn
    metrics = f"comet:{comet},bertscore:{minilm_path()}?layer=4&idf=yes"
    local = _score(cli, tmp_path / "local", files, metrics, "--no-cache")
    assert _score(cli, tmp_path / "ray", files, metrics, "--no-cache", "--engine", "ray", "--jobs", "1") == local


def test_gate_writes_the_same_verdict_and_reports_on_ray(cli, room, files, tmp_path):
    config = tmp_path / "evalkit.toml"
    config.write_text(f"""baseline = "baseline.json"

[task]
ref = "{files['ref']}"
src = "{files['src']}"
lang = "zh-en"
candidates = ["{files['careful']}", "{files['literal-mt']}"]

[settings]
metrics = ["chrf", "embed"]
engine = "ray"
use_cache = false

[settings.significance]
resamples = 100

[rules.floors]
chrf = ">= 60"
""", encoding="utf-8")
    assert cli("gate", "--config", config, "--update-baseline").code == 0
    runs = {}
    for engine in ("ray", "local"):  # the configuration's engine, then the command line's
        options = ["--engine", engine] if engine == "local" else []
        result = cli("gate", "--config", config, "--out", tmp_path / engine, "--markdown", tmp_path / f"{engine}.md",
                     *options)
        runs[engine] = (result.code, result.out, (tmp_path / f"{engine}.md").read_bytes(),
                        *((tmp_path / engine / name).read_bytes() for name in REPORTS))
    assert runs["ray"] == runs["local"]
    assert runs["ray"][0] == 1  # literal-mt is under the floor: a verdict worth comparing


def test_check_writes_the_same_reports_on_ray(cli, room, tmp_path, reference_set_dir):
    en, zh = ((reference_set_dir / f"{side}.txt").read_text(encoding="utf-8").splitlines()[:8] for side in ("en", "zh"))
    ref, src = write_lines(tmp_path / "ref.txt", en), write_lines(tmp_path / "src.txt", zh)
    draft = tmp_path / "draft.md"
    draft.write_text(" ".join(en[:3]) + "\n\n" + " ".join(en[4:]) + "\n", encoding="utf-8")  # one segment left out
    outputs = {}
    for engine in ("local", "ray"):
        result = cli("check", draft, "--ref", ref, "--src", src, "--lang", "zh-en", "--engine", engine,
                     "--cache-dir", tmp_path / f"cache-{engine}", "--out", tmp_path / engine)
        assert result.code == 0, result.err
        outputs[engine] = {path.name: path.read_bytes() for path in sorted((tmp_path / engine).iterdir())}
    assert outputs["ray"] == outputs["local"] and "findings.jsonl" in outputs["ray"]
    assert b"omission" in outputs["ray"]["findings.jsonl"]
    # the driver wrote the embedding cache; the worker only encoded what was not in it
    assert list((tmp_path / "cache-ray" / "embeddings").glob("*/*.pack"))


def _kill_when_it_stalls(room: Path, kind: str) -> threading.Thread:
    def kill() -> None:
        victim = room / f"victim-{kind}"
        deadline = time.monotonic() + 120
        while not victim.exists() or not victim.read_text():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(int(victim.read_text()), signal.SIGKILL)

    thread = threading.Thread(target=kill, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("kind", ["task", "actor"])
def test_a_worker_killed_mid_run_is_retried_with_the_same_result(room, files, monkeypatch, kind):
    monkeypatch.syspath_prepend(str(PLUGINS))
    metric = f"ray_fault_plugin:make_{kind}"
    texts = {name: files[name].read_text(encoding="utf-8").splitlines() for name in ("careful", "literal-mt")}
    refs = files["ref"].read_text(encoding="utf-8").splitlines()

    def run(engine: str):
        return evalkit.score_texts(texts, references=refs, lang="zh-en", metrics=[metric], use_cache=False,
                                   engine=engine, significance="none")

    local = run("local")
    (room / f"armed-{kind}").touch()
    killer = _kill_when_it_stalls(room, kind)
    try:
        survived = run("ray")
    finally:
        (room / f"armed-{kind}").unlink()
    killer.join(timeout=5)
    assert (room / f"victim-{kind}").exists()  # a worker really was killed mid-run
    for name in texts:
        assert np.array_equal(survived.system(name).stats[metric], local.system(name).stats[metric])
        assert survived.system(name).corpus == local.system(name).corpus


def test_shards_are_built_as_results_come_back_not_all_at_once(room, monkeypatch):
    """The driver holds a window of shards (here --jobs 2), not the corpus: shards 3 onwards
    are cut only after the first results are in."""
    monkeypatch.setattr(stats, "SHARD_SEGMENTS", 2)
    events = []
    real_shard, real_unpack = stats.Work.shard, stats.Work.unpack
    monkeypatch.setattr(stats.Work, "shard", lambda self, *a: events.append("cut") or real_shard(self, *a))
    monkeypatch.setattr(stats.Work, "unpack", lambda self, *a: events.append("got") or real_unpack(self, *a))
    refs = [f"sentence number {i} about the weather today" for i in range(20)]
    hyps = {"a": [f"a sentence {i} on today's weather" for i in range(20)]}
    evalkit.score_texts(hyps, references=refs, lang="de-en", metrics=["bleu"], use_cache=False, engine="ray", jobs=2,
                        significance="none")
    assert events.count("cut") == events.count("got") == 10
    assert events[:3] == ["cut", "cut", "got"]  # never more than 2 shards out
    assert max(events[:i].count("cut") - events[:i].count("got") for i in range(len(events) + 1)) == 2


def test_another_evalkit_on_the_workers_is_one_line(cli, room, files, tmp_path, monkeypatch):
    theirs = evalkit.__version__  # what the workers import
    monkeypatch.setattr(evalkit, "__version__", "0.0.0+driver")
    result = cli("score", files["careful"], "--ref", files["ref"], "--lang", "zh-en", "--metrics", "bleu",
                 "--engine", "ray", "--no-cache", "--out", tmp_path / "out")
    one_line_error(result.code, result.err, f"workers run evalkit {theirs}, this process 0.0.0+driver",
                   "install the same evalkit")
    assert not (tmp_path / "out" / "summary.json").exists()


def test_a_cluster_without_cpus_is_one_line(cli, room, files, tmp_path, monkeypatch):
    monkeypatch.setattr(ray_engine.ray, "cluster_resources", lambda: {"memory": 1e9, "GPU": 1.0})
    result = cli("score", files["careful"], "--ref", files["ref"], "--lang", "zh-en", "--metrics", "bleu",
                 "--engine", "ray", "--no-cache", "--out", tmp_path / "out")
    one_line_error(result.code, result.err, "has no CPU", "GPU 1")


def test_without_ray_the_engine_is_one_line_naming_the_extra(cli, files, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "evalkit.ray_engine")
    monkeypatch.delattr(evalkit, "ray_engine")
    result = cli("score", files["careful"], "--ref", files["ref"], "--lang", "zh-en", "--metrics", "bleu",
                 "--engine", "ray", "--no-cache", "--out", tmp_path / "out")
    one_line_error(result.code, result.err, "pip install 'evalkit-mt[ray]'")


@pytest.mark.parametrize("address, fragment", [
    (f"127.0.0.1:{_free_port()}", "cannot reach a Ray cluster at 127.0.0.1:"),
    ("no-port-here", "write HOST:PORT"),
])
def test_a_bad_address_is_one_line_in_seconds(files, tmp_path, address, fragment):
    started = time.monotonic()
    result = run_evalkit("score", files["careful"], "--ref", files["ref"], "--lang", "zh-en", "--metrics", "bleu",
                         "--engine", "ray", "--ray-address", address, "--no-cache", "--out", tmp_path / "out", timeout=60)
    one_line_error(result.returncode, result.stderr, fragment)
    assert time.monotonic() - started < 30
    # RAY_ADDRESS means the same as --ray-address
    result = run_evalkit("score", files["careful"], "--ref", files["ref"], "--lang", "zh-en", "--metrics", "bleu",
                         "--engine", "ray", "--no-cache", "--out", tmp_path / "out", env={"RAY_ADDRESS": address},
                         timeout=60)
    one_line_error(result.returncode, result.stderr, fragment)


def test_a_separate_head_joined_by_address_gives_the_same_bytes(cli, head, files, tmp_path):
    address, env, _ = head
    local = _score(cli, tmp_path / "local", files, "bleu,chrf,embed", "--no-cache")
    result = run_evalkit("score", files["careful"], files["literal-mt"], "--ref", files["ref"], "--src", files["src"],
                         "--lang", "zh-en", "--metrics", "bleu,chrf,embed", "--resamples", "100", "--no-cache",
                         "--engine", "ray", "--ray-address", address, "--out", tmp_path / "ray", env=env, timeout=300)
    err = "\n".join(line for line in result.stderr.splitlines() if not RAY_OFFLINE_WARNING.fullmatch(line))
    assert result.returncode == 0 and only_diagnostics(err), result.stderr
    assert {name: (tmp_path / "ray" / name).read_bytes() for name in REPORTS} == local


@pytest.mark.parametrize("kind, signum, code, message", [
    ("slow-task", signal.SIGINT, 130, "evalkit: interrupted; no file was half-written"),
    ("slow-actor", signal.SIGTERM, 143, "evalkit: terminated (SIGTERM); no file was half-written"),
])
def test_ctrl_c_and_sigterm_cancel_the_work_and_write_nothing(head, files, tmp_path, kind, signum, code, message):
    address, env, room = head
    cache, out = tmp_path / "cache", tmp_path / "out"
    process = start_evalkit("score", files["careful"], files["literal-mt"], "--ref", files["ref"], "--lang", "zh-en",
                            "--metrics", f"bleu,ray_fault_plugin:make_{kind.replace('-', '_')}", "--engine", "ray",
                            "--ray-address", address, "--cache-dir", cache, "--out", out, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    heartbeat = room / f"heartbeat-{kind}"
    deadline = time.monotonic() + 120
    while not heartbeat.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    wait_for_sigterm_handler(process.pid)
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode == code and err.strip().splitlines()[-1] == message, err
    assert not out.exists() or not any(out.iterdir())
    assert not list(cache.glob("statistics/*/*.pack")) and not list(cache.glob("statistics/*/.tmp-*"))


@pytest.mark.parametrize("kind", ["slow-task", "slow-actor"])
def test_an_interrupted_run_cancels_its_work_on_the_cluster(room, files, monkeypatch, kind):
    """A process that stays connected (the API, a notebook) must not leave its tasks running."""
    monkeypatch.syspath_prepend(str(PLUGINS))
    heartbeat = room / f"heartbeat-{kind}"
    heartbeat.unlink(missing_ok=True)

    def interrupt_when_it_runs() -> None:
        deadline = time.monotonic() + 120
        while not heartbeat.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        _thread.interrupt_main()  # Ctrl-C, as the main thread waits on the cluster

    threading.Thread(target=interrupt_when_it_runs, daemon=True).start()
    texts = {"a": files["careful"].read_text(encoding="utf-8").splitlines()}
    with pytest.raises(KeyboardInterrupt):
        evalkit.score_texts(texts, references=files["ref"].read_text(encoding="utf-8").splitlines(), lang="zh-en",
                            metrics=[f"ray_fault_plugin:make_{kind.replace('-', '_')}"], use_cache=False, engine="ray")
    stopped = time.time()
    time.sleep(2)
    assert heartbeat.stat().st_mtime < stopped + 0.5, "the work went on after the run was interrupted"

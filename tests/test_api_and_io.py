from __future__ import annotations

import pytest
from conftest import REFSET, ROOT

import evalkit
from evalkit.textio import atomic_write


def test_python_api_returns_typed_results():
    result = evalkit.score([ROOT / "candidates" / "natsec-zh-en" / "careful.txt"], ref=REFSET, lang="zh-en")
    assert isinstance(result, evalkit.ScoreResult)
    system = result.system("careful")
    assert isinstance(system, evalkit.SystemResult)
    assert len(system.segments["bleu"]) == len(result.ids) == 79
    assert system.stats["bleu"].shape[0] == 79
    assert result.sources is not None and result.sources[0] == "推動國家安全體系和能力現代化"
    with pytest.raises(evalkit.ConfigError):
        result.system("nobody")


def test_api_raises_typed_errors(tmp_path):
    with pytest.raises(evalkit.InputError):
        evalkit.score([tmp_path / "missing.txt"], ref=REFSET / "en.txt")


def test_atomic_write_keeps_old_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "summary.json"
    atomic_write(target, "old")

    def boom(*_):
        raise KeyboardInterrupt

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.json"]  # no temporary file left behind


def test_an_interrupted_report_leaves_the_previous_one_whole(tmp_path, monkeypatch):
    from evalkit import textio

    write_files = textio.write_files
    write_files(tmp_path, {"segments.jsonl": "old rows", "summary.json": "old summary"})
    calls = []
    real_atomic_write = textio.atomic_write

    def interrupted_after_one(path, text):
        if calls:
            raise KeyboardInterrupt
        calls.append(path)
        real_atomic_write(path, text)

    monkeypatch.setattr(textio, "atomic_write", interrupted_after_one)
    with pytest.raises(KeyboardInterrupt):
        write_files(tmp_path, {"segments.jsonl": "new rows", "summary.json": "new summary"})
    assert (tmp_path / "segments.jsonl").read_text() == "old rows"
    assert (tmp_path / "summary.json").read_text() == "old summary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["segments.jsonl", "summary.json"]


def test_a_report_written_in_chunks_is_whole_or_not_there(tmp_path, monkeypatch):
    """Large segment files are streamed chunk by chunk; a failure half-way leaves the previous
    report as it was, and text that cannot be encoded is named by its line in the file."""
    from evalkit import textio
    from evalkit.errors import InputError

    monkeypatch.setattr(textio, "CHUNK_ROWS", 2)
    rows = [{"id": i, "hyp": f"segment {i}"} for i in range(7)]
    assert list(textio.jsonl_chunks(rows)) == [
        "".join(f'{{"id": {i}, "hyp": "segment {i}"}}\n' for i in range(start, min(start + 2, 7)))
        for start in range(0, 7, 2)]
    textio.write_files(tmp_path, {"segments.jsonl": textio.jsonl_chunks(rows), "summary.json": "old"})
    assert (tmp_path / "segments.jsonl").read_text() == textio.dump_jsonl(rows)

    def failing():
        yield from textio.jsonl_chunks(rows[:4])
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        textio.write_files(tmp_path, {"segments.jsonl": failing(), "summary.json": "new"})
    assert (tmp_path / "segments.jsonl").read_text() == textio.dump_jsonl(rows)
    assert (tmp_path / "summary.json").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["segments.jsonl", "summary.json"]
    broken = rows[:5] + [{"id": 5, "hyp": "lone \ud800"}] + rows[6:]
    with pytest.raises(InputError, match=r"segments\.jsonl:6"):
        textio.write_files(tmp_path, {"segments.jsonl": textio.jsonl_chunks(broken), "summary.json": "new"})
    assert (tmp_path / "summary.json").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["segments.jsonl", "summary.json"]

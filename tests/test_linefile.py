"""Lines read from disk when needed (`--engine ray`'s driver) are exactly the lines
`read_lines` holds in memory, refused for the same reasons with the same messages."""

from __future__ import annotations

import os
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evalkit import linefile, textio
from evalkit.errors import InputError
from evalkit.linefile import LineFile, LineNumbers

# line ends of every kind, characters of 1-4 UTF-8 bytes, and breaks JSON keeps but Unicode splits on
PIECES = st.sampled_from(["a", "b", " ", "\n", "\r", "\r\n", "é", "中", "😀", "\u2028", "\x85", "\ufeff"])


def _read(path):
    try:
        return list(textio.read_lines(path))
    except InputError as exc:
        return str(exc)


def _lazy(path):
    try:
        lines = LineFile(path)
        assert [lines[i] for i in range(len(lines))] == list(lines)  # by index and by iteration
        assert lines[-1] == list(lines)[-1] and lines[1:3] == list(lines)[1:3] and lines[::2] == list(lines)[::2]
        return list(lines)
    except InputError as exc:
        return str(exc)


@pytest.fixture(params=["default", "tiny"])
def reads(request, monkeypatch):
    """Default sizes, and reads of 3 bytes and blocks of 2 lines: every boundary case shows."""
    if request.param == "tiny":
        monkeypatch.setattr(linefile, "READ_BYTES", 3)
        monkeypatch.setattr(linefile, "BLOCK_LINES", 2)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(PIECES, max_size=14).map("".join), bom=st.booleans(), bad=st.sampled_from([b"", b"\xff", b"\xe4\xb8"]))
def test_the_same_lines_and_errors_as_read_lines(tmp_path_factory, reads, text, bom, bad):
    path = tmp_path_factory.mktemp("lines") / "f.txt"
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    path.write_bytes(data[: len(data) // 2] + bad + data[len(data) // 2:])
    assert _lazy(path) == _read(path)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.sampled_from(["a", "中", "😀", "\n", "\r\n", "\r"]), max_size=16).map("".join))
def test_a_line_too_long_is_refused_by_its_number(tmp_path_factory, monkeypatch, reads, text):
    monkeypatch.setattr(textio.read_text, "__kwdefaults__", {"max_line": 3})
    monkeypatch.setattr(linefile, "MAX_LINE_CHARS", 3)
    path = tmp_path_factory.mktemp("long") / "f.txt"
    path.write_text(text, encoding="utf-8", newline="")
    expected, found = _read(path), _lazy(path)
    if "line of more than 3 characters" in str(found):  # no line end within 4 bytes a character: not read on
        assert str(expected).split(":")[:2] == str(found).split(":")[:2] and "line of" in str(expected)
    else:
        assert found == expected


def test_a_file_changed_in_place_is_refused_but_one_renamed_over_it_is_read_as_opened(tmp_path, monkeypatch):
    monkeypatch.setattr(linefile, "BLOCK_LINES", 2)
    path = tmp_path / "hyp.txt"
    path.write_text("one\ntwo\nthree\nfour\n", encoding="utf-8")
    lines = LineFile(path)
    replacement = tmp_path / "new.txt"
    replacement.write_text("uno\ndos\ntres\ncuatro\n", encoding="utf-8")
    os.replace(replacement, path)
    assert list(lines) == ["one", "two", "three", "four"]
    changed = LineFile(path)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("cinco\n")
    with pytest.raises(InputError, match="changed while being scored"):
        changed[3]


def test_a_copy_for_another_process_reads_the_file_again(tmp_path):
    path = tmp_path / "ref.txt"
    path.write_text("x\ny\n", encoding="utf-8")
    assert list(pickle.loads(pickle.dumps(LineFile(path)))) == ["x", "y"]


def test_only_the_offsets_stay_in_memory(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("a line of some forty characters or so..\n" * 20_000, encoding="utf-8")
    lines = LineFile(path)
    assert len(lines) == 20_000 and lines[12_345] == "a line of some forty characters or so.."
    assert lines._starts.nbytes + lines._ends.nbytes == 16 * 20_000
    assert sum(len(block) for block in lines._blocks.values()) <= 2 * linefile.BLOCK_LINES


def test_line_numbers_are_the_ids_of_the_lines_and_equal_them_as_a_tuple():
    ids = LineNumbers(3)
    assert list(ids) == ["1", "2", "3"] and ids[-1] == "3" and ids[1:] == ["2", "3"] and len(ids) == 3
    assert ids == ("1", "2", "3") and ("1", "2", "3") == ids and ids != ("1", "2") and ids != ("1", "2", "4")
    with pytest.raises(IndexError):
        ids[3]

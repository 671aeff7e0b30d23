"""Every bad input is one line on stderr and exit code 2; never a traceback."""

from __future__ import annotations

import json

import pytest
from conftest import REFSET, write_lines


@pytest.fixture
def files(tmp_path):
    ref = write_lines(tmp_path / "ref.txt", ["a b c", "d e f", "g h i"])
    return tmp_path, ref


def assert_one_line_error(res, *fragments):
    assert res.code == 2
    lines = [line for line in res.err.splitlines() if line.strip()]
    assert len(lines) == 1, res.err
    assert lines[0].startswith("evalkit: error: ")
    assert "Traceback" not in res.err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def test_line_counts_differ(cli, files):
    tmp, ref = files
    hyp = write_lines(tmp / "hyp.txt", ["a b c", "d e f"])
    assert_one_line_error(cli("score", "--ref", ref, hyp), "hyp.txt has 2 lines", "has 3", "ref.txt")


def test_reference_line_counts_differ(cli, files):
    tmp, ref = files
    ref2 = write_lines(tmp / "ref2.txt", ["a"])
    hyp = write_lines(tmp / "hyp.txt", ["a b c", "d e f", "g"])
    assert_one_line_error(cli("score", "--ref", ref, "--ref", ref2, hyp), "ref2.txt has 1")


def test_source_line_counts_differ(cli, files):
    tmp, ref = files
    src = write_lines(tmp / "src.txt", ["x"])
    hyp = write_lines(tmp / "hyp.txt", ["a b c", "d e f", "g"])
    assert_one_line_error(cli("score", "--ref", ref, "--src", src, hyp), "src.txt has 1")


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_jsonl_unknown_id(cli, files):
    tmp, ref = files
    hyp = _jsonl(tmp / "h.jsonl", [{"id": "1", "text": "a"}, {"id": "2", "text": "b"}, {"id": "9", "text": "c"}])
    assert_one_line_error(cli("score", "--ref", ref, hyp), "h.jsonl:3", "unknown id '9'")


def test_jsonl_duplicate_id(cli, files):
    tmp, ref = files
    hyp = _jsonl(tmp / "h.jsonl", [{"id": "1", "text": "a"}, {"id": "1", "text": "b"}, {"id": "3", "text": "c"}])
    assert_one_line_error(cli("score", "--ref", ref, hyp), "h.jsonl:2", "duplicate id '1'")


def test_jsonl_missing_ids(cli, files):
    tmp, ref = files
    hyp = _jsonl(tmp / "h.jsonl", [{"id": "1", "text": "a"}])
    assert_one_line_error(cli("score", "--ref", ref, hyp), "2 of 3 reference ids have no text", "2, 3")


def test_jsonl_malformed(cli, files):
    tmp, ref = files
    hyp = tmp / "h.jsonl"
    hyp.write_text('{"id": "1", "text": "a"}\n{not json\n', encoding="utf-8")
    assert_one_line_error(cli("score", "--ref", ref, hyp), "h.jsonl:2", "invalid JSON")


def test_invalid_utf8_names_file_and_line(cli, files):
    tmp, ref = files
    hyp = tmp / "hyp.txt"
    hyp.write_bytes(b"a b c\nd e f\ng \xff h\n")
    assert_one_line_error(cli("score", "--ref", ref, hyp), "hyp.txt:3", "invalid UTF-8")


def test_empty_file(cli, files):
    tmp, ref = files
    hyp = tmp / "hyp.txt"
    hyp.write_text("", encoding="utf-8")
    assert_one_line_error(cli("score", "--ref", ref, hyp), "hyp.txt", "empty")


def test_missing_file(cli, files):
    tmp, ref = files
    assert_one_line_error(cli("score", "--ref", ref, tmp / "nope.txt"), "nope.txt", "not found")


def test_unknown_metric(cli, files):
    tmp, ref = files
    assert_one_line_error(cli("score", "--ref", ref, "--metrics", "bleu,meteor", ref), "unknown metric 'meteor'")


def test_unknown_tokenizer(cli, files):
    tmp, ref = files
    assert_one_line_error(cli("score", "--ref", ref, "--tokenize", "moses", ref), "unknown tokenizer 'moses'")


def test_unwritable_output(cli, files):
    tmp, ref = files
    (tmp / "afile").write_text("x")
    assert_one_line_error(cli("score", "--ref", ref, ref, "--out", tmp / "afile" / "sub"), "cannot write")


@pytest.mark.parametrize("pair, fragment", [("fr-de", "unsupported language pair"), ("zh_en", "invalid language pair")])
def test_unknown_language_pair(cli, pair, fragment):
    assert_one_line_error(cli("score", "--ref", REFSET, "--lang", pair, REFSET / "en.txt"), fragment)


def test_reference_set_needs_lang(cli, tmp_path):
    # without --lang the candidates' language picks the side; numbers alone say nothing
    numbers = write_lines(tmp_path / "numbers.txt", [str(i) for i in range(79)])
    assert_one_line_error(cli("score", "--ref", REFSET, numbers), "--lang zh-en or en-zh")


def test_not_a_reference_set(cli, tmp_path):
    assert_one_line_error(cli("score", "--ref", tmp_path, "--lang", "zh-en", REFSET / "en.txt"), "not a reference set")


def test_duplicate_system_names(cli, files):
    tmp, ref = files
    assert_one_line_error(cli("score", "--ref", ref, ref, ref), "two systems are named 'ref'")


def test_refs_build_unequal_paragraphs(cli, tmp_path):
    en = write_lines(tmp_path / "en.txt", ["One.", "Two."])
    zh = write_lines(tmp_path / "zh.txt", ["一。"])
    assert_one_line_error(cli("refs", "build", "--en", en, "--zh", zh, "--out", tmp_path / "out"),
                          "paragraph counts differ: 2 English vs 1 Chinese")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, fragment", [
    (["score", "--ref", "r.txt", "--resamples", "abc", "h.txt"], "invalid int value: 'abc'"),
    (["score", "--ref", "r.txt", "--zh-script", "xx", "h.txt"], "invalid choice: 'xx'"),
    (["score", "--ref", "r.txt"], "the following arguments are required: HYP"),
    ([], "the following arguments are required: COMMAND"),
])
def test_command_line_mistakes_are_one_line(cli, args, fragment):
    assert_one_line_error(cli(*args), fragment, "--help")


def test_jsonl_reference_is_refused(cli, files):
    tmp, ref = files
    refs = _jsonl(tmp / "refs.jsonl", [{"id": "1", "text": "a b c"}])
    assert_one_line_error(cli("score", "--ref", refs, ref), "refs.jsonl", "plain text")


def test_jsonl_error_names_the_real_line_after_blank_lines(cli, files):
    tmp, ref = files
    hyp = tmp / "gap.jsonl"
    hyp.write_text('{"id": "1", "text": "a"}\n\n\n{"id": "9", "text": "c"}\n', encoding="utf-8")
    assert_one_line_error(cli("score", "--ref", ref, hyp), "gap.jsonl:4", "unknown id '9'")


def test_out_that_holds_a_reference_set_is_refused(cli, tmp_path):
    import shutil

    copy = tmp_path / "refset"
    shutil.copytree(REFSET, copy)
    before = (copy / "segments.jsonl").read_bytes()
    assert_one_line_error(cli("score", "--ref", copy, "--lang", "zh-en", copy / "en.txt", "--out", copy),
                          "holds a reference set")
    assert (copy / "segments.jsonl").read_bytes() == before


@pytest.mark.parametrize("damage, fragment", [
    (lambda d: (d / "manifest.json").write_text("[1, 2]"), "expected a JSON object"),
    (lambda d: (d / "segments.jsonl").write_text('{"id": "a", "paragraph": "x", "alignment": "1-1", '
                                                 '"en": "e", "zh": "z", "score": 1}\n'), "'paragraph' has the wrong type"),
    (lambda d: (d / "segments.jsonl").write_text('{"id": "a", "paragraph": 0, "alignment": "1-1", '
                                                 '"en": null, "zh": "z", "score": 1}\n'), "'en' has the wrong type"),
])
def test_damaged_reference_set(cli, tmp_path, damage, fragment):
    import shutil

    copy = tmp_path / "refset"
    shutil.copytree(REFSET, copy)
    damage(copy)
    assert_one_line_error(cli("score", "--ref", copy, "--lang", "zh-en", REFSET / "en.txt", "--metrics", "bleu"),
                          fragment)


def test_empty_seed_sections(cli, tmp_path):
    seed = tmp_path / "seed.txt"
    seed.write_text("標題\n現代英語:\n現代國語:\n", encoding="utf-8")
    assert_one_line_error(cli("refs", "build", seed, "--out", tmp_path / "out", "--aligner", "length"),
                          "no parallel paragraphs")


def test_unwritable_embedding_cache(cli, files):
    tmp, ref = files
    (tmp / "afile").write_text("x")
    assert_one_line_error(cli("score", "--ref", ref, "--metrics", "embed", ref, "--cache-dir", tmp / "afile"),
                          "embedding cache", "--no-cache")


def test_tokenizer_is_checked_for_chrf_too(cli, files):
    tmp, ref = files
    assert_one_line_error(cli("score", "--ref", ref, "--metrics", "chrf", "--tokenize", "moses", ref),
                          "unknown tokenizer 'moses'")

"""Reference sets are used as built (issue 11, item 10) and sentence splitting never gives
absurd sentences (item 11)."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest
from conftest import REFSET, SEED, write_lines

from evalkit.documents import parse_seed
from evalkit.errors import InputError
from evalkit.references import load_reference_set
from evalkit.segment import MAX_SENTENCE, WINDOW, split_paragraph, split_sentences

SENTENCES = [s for paragraph in parse_seed(SEED).en for s in split_sentences(paragraph, "en")]


# ---- item 10: every file is verified against the manifest's sha256

def test_the_manifest_records_the_sha256_of_every_file():
    manifest = json.loads((REFSET / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["sha256"] == {name: hashlib.sha256((REFSET / name).read_bytes()).hexdigest()
                                  for name in ("segments.jsonl", "en.txt", "zh.txt")}
    assert manifest["warnings"] == []


def _edit(path, change):
    lines = path.read_text(encoding="utf-8").split("\n")
    change(lines)
    path.write_text("\n".join(lines), encoding="utf-8")


def _first_word_doubled(lines):
    lines[11] = lines[11].replace(" ", "  ", 1)


def _segment_edited(lines):
    row = json.loads(lines[0])
    row["en"] += " And more."
    lines[0] = json.dumps(row, ensure_ascii=False)


@pytest.mark.parametrize("name, change, detail", [
    ("en.txt", _first_word_doubled, "line 12 differs from segments.jsonl"),
    ("zh.txt", lambda lines: lines.pop(40), "78 lines, segments.jsonl has 79 segments"),
    ("segments.jsonl", _segment_edited, "its sha256 is not the one in manifest.json"),
])
def test_a_hand_edit_is_named(cli, tmp_path, name, change, detail):
    copy = shutil.copytree(REFSET, tmp_path / "set")
    _edit(copy / name, change)
    res = cli("score", "--ref", copy, "--lang", "zh-en", REFSET / "en.txt", "--metrics", "bleu", "--out", tmp_path / "o")
    assert res.code == 2 and not (tmp_path / "o").exists()
    assert res.err == (f"evalkit: error: {copy / name} changed after the reference set was built ({detail}); "
                       "restore it or rebuild the set with `evalkit refs build`\n")


def test_a_missing_file_is_named(tmp_path):
    copy = shutil.copytree(REFSET, tmp_path / "set")
    (copy / "zh.txt").unlink()
    with pytest.raises(InputError, match=r"zh.txt: missing from the reference set"):
        load_reference_set(copy)


def test_a_manifest_without_hashes_is_refused(tmp_path):
    copy = shutil.copytree(REFSET, tmp_path / "set")
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    del manifest["sha256"]
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(InputError, match=r"no sha256 recorded for segments.jsonl, en.txt, zh.txt"):
        load_reference_set(copy)


def test_refs_build_then_load_round_trips(cli, tmp_path):
    en = write_lines(tmp_path / "en.txt", ["The sky is blue. Grass is green.", "Water is wet."])
    zh = write_lines(tmp_path / "zh.txt", ["天空是藍色的。草是綠色的。", "水是濕的。"])
    assert cli("refs", "build", "--en", en, "--zh", zh, "--out", tmp_path / "set", "--aligner", "length").code == 0
    assert load_reference_set(tmp_path / "set").side("zh") == ["天空是藍色的。", "草是綠色的。", "水是濕的。"]


# ---- item 11: no absurd sentences

def _with_stray_quotes(sentences: list[str]) -> str:
    """pysbd takes all between two straight quotes as one sentence: a stray one swallows the rest."""
    sentences = list(sentences)
    sentences[1] = '"' + sentences[1]
    sentences[-2] = sentences[-2].replace(" ", ' "quoted" ', 1)
    return " ".join(sentences)


def test_a_stray_quote_does_not_swallow_a_paragraph():
    sentences = SENTENCES[:20]  # 4,584 characters: pysbd reads the paragraph at once (segment.WINDOW)
    split = split_paragraph(_with_stray_quotes(sentences), "en")
    assert len(split.too_long) == 1 and split.too_long[0] > MAX_SENTENCE["en"]
    assert max(map(len, split.sentences)) <= MAX_SENTENCE["en"]
    assert len(split.sentences) >= len(sentences) - 3  # abbreviation-free fallback: close to the truth
    assert " ".join(split.sentences).split() == _with_stray_quotes(sentences).split()  # nothing lost


def test_a_stray_quote_pairs_with_no_quote_beyond_the_window():
    """In a paragraph longer than a window, a quote mark pysbd would have paired with one
    thousands of characters later swallows nothing: the sentences are the clean paragraph's."""
    sentences = SENTENCES[:30]
    text = _with_stray_quotes(sentences)
    assert len(text) > WINDOW
    split = split_paragraph(text, "en")
    assert split.too_long == ()
    clean = split_paragraph(" ".join(sentences), "en").sentences
    assert [s.split()[-1] for s in split.sentences] == [s.split()[-1] for s in clean]  # the same sentence ends
    assert " ".join(split.sentences).split() == text.split()  # nothing lost


def test_chinese_falls_back_to_terminal_punctuation():
    zh = [s for paragraph in parse_seed(SEED).zh for s in split_sentences(paragraph, "zh")]
    paragraph = "“" + "".join(zh[:12]).replace("“", "").replace("”", "")  # an opening quote never closed
    split = split_paragraph(paragraph, "zh")
    assert max(map(len, split.sentences)) <= MAX_SENTENCE["zh"]
    assert "".join(split.sentences) == paragraph


def test_text_without_punctuation_is_cut_at_spaces():
    words = " ".join(["word"] * 1500)  # 7,499 characters, no terminal punctuation
    split = split_paragraph(words, "en")
    assert split.too_long == (len(words),)
    assert all(len(s) <= MAX_SENTENCE["en"] and s.startswith("word") and s.endswith("word") for s in split.sentences)
    assert " ".join(split.sentences) == words


def test_the_seed_splits_as_before():
    assert all(not split_paragraph(p, lang).too_long
               for lang, paragraphs in (("en", parse_seed(SEED).en), ("zh", parse_seed(SEED).zh)) for p in paragraphs)


def test_refs_build_warns_and_records_the_warning(cli, tmp_path):
    en = write_lines(tmp_path / "en.txt", [_with_stray_quotes(SENTENCES[:20])])
    zh_text = "".join((REFSET / "zh.txt").read_text(encoding="utf-8").splitlines()[:25])
    zh = write_lines(tmp_path / "zh.txt", [zh_text.translate({ord(c): None for c in "“”「」"})])
    res = cli("refs", "build", "--en", en, "--zh", zh, "--out", tmp_path / "set", "--aligner", "length")
    assert res.code == 0, res.err
    manifest = json.loads((tmp_path / "set" / "manifest.json").read_text(encoding="utf-8"))
    [warning] = manifest["warnings"]
    assert warning.startswith("paragraph 0 (en): the sentence splitter gave 1 sentence over 2,000 characters (")
    assert warning.endswith("); split again on terminal punctuation (a stray quote mark?)")
    assert f"WARNING {warning}" in " ".join(res.out.split())
    assert load_reference_set(tmp_path / "set").warnings == [warning]

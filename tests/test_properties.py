"""Property-based tests (hypothesis) over the loaders, the scorers and every report writer:
random Unicode with combining marks, RTL, emoji, NUL, whitespace-only and CR-only text,
long lines, lone surrogates in JSON. Each example ends in a correct result or a clean
EvalkitError; nothing is lost, truncated or written outside the output folder."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from pathlib import Path

import sacrebleu
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import evalkit
from evalkit.analysis import analyse
from evalkit.errors import InputError
from evalkit.reports import csv_cell, write_reports
from evalkit.settings import SignificanceSettings
from evalkit.significance import build_leaderboard
from evalkit.textio import read_jsonl, read_lines

from outcomes import snapshot

# Examples per test come from the profile (tests/conftest.py: 40 on every run, 4,000 in the long run).
PROPERTY = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(PROPERTY, max_examples=max(PROPERTY.max_examples // 2, 1))  # a whole report per example
SLOWEST = settings(PROPERTY, max_examples=max(PROPERTY.max_examples // 4, 1))  # a whole CLI run per example
SPECIAL = ["e\u0301", "\u0651\u0627", "مرحبا", "שלום", "\u202e", "👩‍👩‍👧", "🇹🇼", "\x00", "\t", " ", "\u3000",
           "\u2028", "\x85", "國家", "<b>", "|", "*", "=", "`", "&amp;", "\\", '"']
# any character but surrogates (a Python str can hold them; no file can)
CHARACTERS = st.characters(blacklist_categories=("Cs",))
TEXT = st.lists(st.one_of(st.text(CHARACTERS, max_size=12), st.sampled_from(SPECIAL)), max_size=6).map("".join)
LONG = st.builds(lambda char, n: char * n, st.sampled_from(["a", "國", "👍", " ", "e\u0301"]), st.integers(1000, 5000))
# a few characters of a small alphabet: segments shorter than chrF's 6-grams that share them
SHORT = st.text(st.sampled_from("aé國 "), min_size=1, max_size=5)
SEGMENT = st.one_of(TEXT, TEXT, TEXT, SHORT, LONG, st.sampled_from(["", " ", "\t\t", "\u3000"]))


def segments(n: int) -> st.SearchStrategy[list[str]]:
    return st.lists(SEGMENT, min_size=n, max_size=n)


def no_newlines(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ")


# --- loaders ------------------------------------------------------------------------------

@PROPERTY
@given(st.lists(TEXT.map(no_newlines), min_size=1, max_size=8), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans(),
       st.booleans())
def test_read_lines_returns_every_segment_whatever_the_line_ends(rows, end, bom, final):
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "f.txt"
        body = end.join(rows) + (end if final else "")
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8"))
        if not body:
            try:
                read_lines(path)
            except InputError as exc:
                assert "file is empty" in str(exc)
            return
        # without a final line end, a last empty row leaves the text ending in one, which reads as a final newline
        assert read_lines(path) == (rows[:-1] if not final and rows[-1] == "" else rows)


@PROPERTY
@given(st.binary(max_size=300))
def test_read_lines_on_any_bytes_is_text_or_one_clean_error(data):
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "f.txt"
        path.write_bytes(data)
        try:
            found = read_lines(path)
        except InputError as exc:
            assert "\n" not in str(exc) and str(exc).startswith(str(path))
            return
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        assert "\n".join(found) == text.removesuffix("\n")


JSON_TEXT = st.one_of(TEXT, st.sampled_from(["\\ud800", "\\udfff x", "\\ud83d\\ude00", "\\u0000", "\\u2028"]))


@PROPERTY
@given(st.lists(st.tuples(TEXT, JSON_TEXT), min_size=1, max_size=6))
def test_read_jsonl_keeps_every_text_or_names_the_bad_line(rows):
    lines, expected, bad_line = [], [], None
    for number, (key, text) in enumerate(rows, start=1):
        escaped = json.dumps(text, ensure_ascii=False)
        if text.startswith("\\u"):  # a raw \u escape, as another tool might write it
            escaped = '"' + text + '"'
            decoded = json.loads(escaped)
            if re.search("[\ud800-\udfff]", decoded) and bad_line is None:
                bad_line = number
            text = decoded
        lines.append(f'{{"id": {json.dumps(key, ensure_ascii=False)}, "text": {escaped}}}')
        expected.append((number, {"id": key, "text": text}))
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "f.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if bad_line is not None:
            try:
                read_jsonl(path)
            except InputError as exc:
                assert str(exc).startswith(f"{path}:{bad_line}: invalid Unicode: lone surrogate")
            else:
                raise AssertionError("a lone surrogate was accepted")
            return
        assert read_jsonl(path) == expected


# --- scorers --------------------------------------------------------------------------------

@PROPERTY
@given(st.integers(1, 5).flatmap(lambda n: st.tuples(segments(n), segments(n))))
def test_bleu_and_chrf_are_sacrebleus_on_any_text(pair):
    hyps, refs = pair
    try:
        result = evalkit.score_texts({"sys": hyps}, references=refs, metrics=["bleu", "chrf"], tokenize="13a")
    except InputError as exc:  # texts clearly in two languages ('a' * 1000 vs '國' * 1000) are refused (langcheck)
        assert str(exc).endswith("candidates must be in the reference's language")
        return
    system = result.systems[0]
    assert system.corpus["bleu"] == sacrebleu.corpus_bleu(hyps, [refs]).score
    assert system.corpus["chrf"] == sacrebleu.corpus_chrf(hyps, [refs]).score
    for metric in ("bleu", "chrf"):
        assert len(system.segments[metric]) == len(hyps)
        assert all(0 <= value <= 100 + 1e-9 for value in system.segments[metric])
    assert system.n_empty == sum(1 for h in hyps if not h.strip())


# --- writers --------------------------------------------------------------------------------

def _report(hyps_a, hyps_b, refs, out: Path):
    result = evalkit.score_texts({"a <b>|*": hyps_a, "b\u202e": hyps_b}, references=refs, metrics=["bleu", "chrf"],
                                 ids=[f"id|{i}<x>" for i in range(len(refs))])
    board = build_leaderboard(result, SignificanceSettings(resamples=10))
    write_reports(result, out, leaderboard=board, analysis=analyse(result, baseline=board.baseline))
    return result


ALLOWED_TAGS = {"h1", "p", "table", "thead", "tbody", "tr", "th", "td", "strong", "em", "code", "details", "summary",
                "ul", "li", "blockquote"}


@SLOW
@given(st.integers(1, 4).flatmap(lambda n: st.tuples(segments(n), segments(n), segments(n))))
def test_every_writer_keeps_every_text_and_renders_none_as_markup(texts):
    hyps_a, hyps_b, refs = texts
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        try:
            result = _report(hyps_a, hyps_b, refs, out)
        except InputError as exc:  # texts clearly in two languages are refused (langcheck), nothing written
            assert str(exc).endswith("candidates must be in the reference's language") and not out.exists()
            return
        assert sorted(p.name for p in out.iterdir()) == ["report.html", "segments.csv", "segments.jsonl",
                                                         "summary.json", "summary.md"]
        rows = [json.loads(line) for line in (out / "segments.jsonl").read_text(encoding="utf-8").split("\n")[:-1]]
        assert [row["hyp"] for row in rows] == hyps_a + hyps_b
        assert [row["ref"] for row in rows] == refs + refs
        with open(out / "segments.csv", encoding="utf-8", newline="") as handle:
            table = list(csv.DictReader(handle))
        assert [row["hyp"] for row in table] == [csv_cell(text) for text in hyps_a + hyps_b]
        page = (out / "report.html").read_text(encoding="utf-8")
        data = json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S).group(1))
        assert data["hyp"] == [hyps_a, hyps_b] and data["ref"] == refs
        assert page.count("<script") == 2 and "<b>" not in page.split('id="data">')[1]
        rendered = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(
            (out / "summary.md").read_text(encoding="utf-8"))
        assert set(re.findall(r"<([a-z][a-z0-9]*)", rendered)) <= ALLOWED_TAGS
        summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
        assert [s["n_empty"] for s in summary["systems"]] == [s.n_empty for s in result.systems]


@PROPERTY
@given(segments(2), st.sampled_from(["\ud800", "x\udc00y", "\udbff"]), st.integers(0, 1))
def test_a_lone_surrogate_is_refused_before_anything_is_written(hyps, surrogate, where):
    hyps = list(hyps)
    hyps[where] = hyps[where] + surrogate
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        before = snapshot(root)
        try:
            _report(hyps, ["x", "y"], ["x", "y"], root / "out")
        except InputError as exc:
            assert "lone surrogate" in str(exc) and "\n" not in str(exc)
        else:
            raise AssertionError("a lone surrogate was written")
        assert snapshot(root) == before


# --- the command line, end to end --------------------------------------------------------------

@SLOWEST
@given(st.integers(1, 4).flatmap(lambda n: st.tuples(segments(n), segments(n))), st.sampled_from(["\n", "\r\n", "\r"]))
def test_the_cli_scores_any_text_files_whatever_their_line_ends(pair, end):
    from contextlib import redirect_stderr

    from rich.console import Console

    from evalkit.cli import run

    hyps, refs = (list(map(no_newlines, texts)) for texts in pair)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        (root / "ref.txt").write_text(end.join(refs) + end, encoding="utf-8", newline="")
        (root / "hyp.txt").write_text(end.join(hyps) + end, encoding="utf-8", newline="")
        before = snapshot(root)
        err = io.StringIO()
        with redirect_stderr(err):
            code = run(["score", "--ref", str(root / "ref.txt"), str(root / "hyp.txt"), "--metrics", "bleu,chrf",
                        "--resamples", "10", "--out", str(root / "out")], console=Console(file=io.StringIO()))
        assert snapshot(root, outside=root / "out") == before
        if code == 2 and err.getvalue().endswith("candidates must be in the reference's language\n"):
            return  # texts clearly in two languages are refused (langcheck), in one line
        assert code == 0, err.getvalue()
        rows = [json.loads(line) for line in (root / "out" / "segments.jsonl").read_text(encoding="utf-8")
                .split("\n")[:-1]]
        assert [row["hyp"] for row in rows] == hyps and [row["ref"] for row in rows] == refs

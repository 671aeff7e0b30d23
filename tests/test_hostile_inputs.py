"""The hostile-input suite (issue 11): bad and unusual inputs against `evalkit score`,
`evalkit refs build` and the Python API.

Every case ends in exactly one of two ways: a clean, correct result (exit 0, nothing on
stderr but `evalkit: warning:` lines, the case's own check passing), or exactly one
`evalkit: error:` line with exit 2 (the API: an `EvalkitError`). Never a traceback, never
a file touched outside --out (the case's folder is hashed before and after). The
expected outcome of each case is written down, and `test_the_suite_counts` pins how
many cases end each way.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pytest
from rich.console import Console

import evalkit
from evalkit.cli import run
from evalkit.console import PipeConsole
from evalkit.baseline import Baseline, BaselineSystem, load_baseline, write_baseline
from evalkit.errors import EvalkitError
from evalkit.reports import write_reports
from evalkit.textio import MAX_LINE_CHARS, STALE_STAGING_SECONDS

from conftest import REFSET
from outcomes import (
    one_line_error, only_diagnostics, run_evalkit, snapshot, start_blocked_score, start_evalkit,
)

REF = ["the cat sat on the mat", "a dog barked twice at night", "rain fell all day long"]
HYP = ["the cat sat on a mat", "a dog barked at night", "it rained all day"]
FAST = ["--metrics", "bleu,chrf", "--resamples", "100"]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def lines(path: Path, rows: list[str], *, end: str = "\n", encoding: str = "utf-8", bom: bool = False) -> Path:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + "".join(row + end for row in rows).encode(encoding))
    return path


def jsonl(path: Path, rows: list[Any], raw: str | None = None) -> Path:
    path.write_text(raw if raw is not None else "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
                    encoding="utf-8")
    return path


def raw(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def link(path: Path, target: Path) -> Path:
    path.symlink_to(target)
    return path


def unreadable(path: Path) -> Path:
    path.chmod(0)
    return path


def summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def rows(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "segments.jsonl").read_text(encoding="utf-8").split("\n")[:-1]]


@dataclass
class Case:
    """argv built in a fresh folder; `check(out)` for a clean result, `fragments` of the error line."""

    name: str
    build: Callable[[Path], list[Any]]
    error: tuple[str, ...] | None = None  # None: a clean result is expected
    check: Callable[[Path], None] | None = None
    touches: tuple[str, ...] = ()  # folders besides --out a run may write (an embedding cache)
    env: dict[str, str] = field(default_factory=dict)  # environment variables for the run
    output: Callable[[str], None] | None = None  # a check of what the run printed (stdout and stderr)
    code: int = 0  # the exit code of a clean result: 1 for a gate that fails as it should

    @property
    def outcome(self) -> str:
        return "ok" if self.error is None else "error"


def score(tmp: Path, *hyps: Any, ref: Any = None, extra: tuple = ()) -> list[Any]:
    ref = lines(tmp / "ref.txt", REF) if ref is None else ref
    return ["score", "--ref", ref, *hyps, *FAST, "--out", tmp / "out", *extra]


def score_into(tmp: Path, out: Path) -> list[Any]:
    return ["score", "--ref", lines(tmp / "ref.txt", REF), hyp(tmp), *FAST, "--out", out]


def hyp(tmp: Path, rows_: list[str] = HYP, name: str = "hyp.txt", **kwargs) -> Path:
    return lines(tmp / name, rows_, **kwargs)


def same_scores_as_plain(out: Path) -> None:
    """The texts came through unchanged: the scores equal those of plain LF UTF-8 files."""
    plain = evalkit.score_texts({"hyp": HYP}, references=REF, metrics=["bleu", "chrf"])
    assert summary(out)["systems"][0]["corpus"] == {m: round(v, 4) for m, v in plain.systems[0].corpus.items()}


def expect(holds: Callable[[Path], bool]) -> Callable[[Path], None]:
    def check(out: Path) -> None:
        assert holds(out)
    return check


def hyps_are(*expected: str) -> Callable[[Path], None]:
    def check(out: Path) -> None:
        assert [row["hyp"] for row in rows(out)] == list(expected)
    return check


def csv_rows_whole(out: Path) -> None:
    """A CR or LF inside a text stays inside its quoted cell: every row comes back whole."""
    with open(out / "segments.csv", encoding="utf-8", newline="") as handle:
        assert [row["hyp"] for row in csv.DictReader(handle)] == [row["hyp"] for row in rows(out)]


def one_row_per_line(out: Path) -> None:
    """Readers that split lines on U+2028 too (str.splitlines, many JSONL tools) see every row whole."""
    assert len((out / "segments.jsonl").read_text(encoding="utf-8").splitlines()) == len(rows(out))


def n_empty(count: int) -> Callable[[Path], None]:
    def check(out: Path) -> None:
        assert summary(out)["systems"][0]["n_empty"] == count
    return check


def refset_copy(tmp: Path, damage: Callable[[Path], Any] | None = None) -> Path:
    copy = tmp / "refset"
    shutil.copytree(REFSET, copy)
    if damage:
        damage(copy)
    return copy


def en_lines() -> list[str]:
    return (REFSET / "en.txt").read_text(encoding="utf-8").splitlines()


def fifo_like(tmp: Path) -> Path:
    """What `<(cat file)` gives: a pipe that already holds the text."""
    read, write = os.pipe()
    os.write(write, "".join(row + "\n" for row in HYP).encode())
    os.close(write)
    return Path(f"/proc/self/fd/{read}")


def stale_staging(tmp: Path) -> list[Any]:
    old = tmp / "out" / ".staging-killed"
    old.mkdir(parents=True)
    (old / "segments.jsonl").write_text("half a report")
    stamp = time.time() - STALE_STAGING_SECONDS - 60
    os.utime(old, (stamp, stamp))
    return score(tmp, hyp(tmp))


def no_staging_left(out: Path) -> None:
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["report.html", "segments.csv", "segments.jsonl", "summary.json", "summary.md"])


def hard_linked_report(tmp: Path) -> list[Any]:
    """The candidate is also --out/segments.csv, under another name."""
    candidate = hyp(tmp)
    os.link(candidate, folder(tmp / "out") / "segments.csv")
    return score(tmp, candidate)


def report_is_a_directory(tmp: Path) -> list[Any]:
    folder(tmp / "out" / "report.html")
    return score(tmp, hyp(tmp))


def previous_report(tmp: Path) -> list[Any]:
    out = tmp / "out"
    out.mkdir()
    (out / "summary.json").write_text('{"old": true}')
    (out / "notes.txt").write_text("mine")
    return score(tmp, hyp(tmp))


def old_report_replaced(out: Path) -> None:
    assert "systems" in summary(out) and (out / "notes.txt").read_text() == "mine"


def deep_json(tmp: Path) -> list[Any]:
    nested = "[" * 100_000 + "]" * 100_000
    raw = f'{{"id": "1", "text": "a", "x": {nested}}}\n{{"id": "2", "text": "b"}}\n{{"id": "3", "text": "c"}}\n'
    return score(tmp, jsonl(tmp / "h.jsonl", [], raw=raw))


def two_named_copies(tmp: Path) -> list[Any]:
    path = hyp(tmp)
    return score(tmp, path, path, extra=("--name", "a", "--name", "b"))


def equal_systems(out: Path) -> None:
    first, second = summary(out)["systems"]
    assert (first["name"], second["name"]) == ("a", "b") and first["corpus"] == second["corpus"]


def perfect(out: Path) -> None:
    assert summary(out)["systems"][0]["corpus"] == {"bleu": 100.0, "chrf": 100.0}


def cache_damaged(kind: str) -> Callable[[Path], list[Any]]:
    def build(tmp: Path) -> list[Any]:
        cache = tmp / "cache"
        args = ["score", "--ref", lines(tmp / "ref.txt", REF), hyp(tmp), "--metrics", "embed", "--resamples", "50",
                "--cache-dir", cache, "--out", tmp / "warm"]
        assert run([str(a) for a in args], console=Console(file=io.StringIO())) == 0
        [model] = (cache / "embeddings").iterdir()
        pack = sorted(model.glob("*.pack"))[0]
        if kind == "truncated pack":
            pack.write_bytes(pack.read_bytes()[:-50])
        elif kind == "directory named like a pack":
            (model / "0000-dir.pack").mkdir()
        elif kind == "garbage pack":
            pack.write_bytes(os.urandom(300))
        elif kind == "empty pack":
            pack.write_bytes(b"")
        return ["score", "--ref", tmp / "ref.txt", tmp / "hyp.txt", "--metrics", "embed", "--resamples", "50",
                "--cache-dir", cache, "--out", tmp / "out"]
    return build


def same_as_before_the_damage(out: Path) -> None:
    assert summary(out)["systems"][0]["corpus"] == summary(out.parent / "warm")["systems"][0]["corpus"]


def refs_pair(tmp: Path, en: list[str], zh: list[str], *, out: str = "out", extra: tuple = ()) -> list[Any]:
    return ["refs", "build", "--en", lines(tmp / "en.txt", en), "--zh", lines(tmp / "zh.txt", zh),
            "--aligner", "length", "--out", tmp / out, *extra]


def seed(tmp: Path, text: str) -> Path:
    path = tmp / "seed.txt"
    path.write_text(text, encoding="utf-8")
    return path


def refset_built(n_segments: int) -> Callable[[Path], None]:
    def check(out: Path) -> None:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["segments"] == n_segments
        assert len((out / "en.txt").read_text(encoding="utf-8").splitlines()) == n_segments
    return check


EN2, ZH2 = ["The sky is blue. It is clear today.", "We met at noon."], ["天空是藍色的。今天很晴朗。", "我們中午見面。"]

CASES = [
    # --- encodings and line ends
    Case("utf8-bom-in-candidate", lambda t: score(t, hyp(t, bom=True)), check=same_scores_as_plain),
    Case("utf8-bom-in-reference", lambda t: score(t, hyp(t), ref=lines(t / "ref.txt", REF, bom=True)),
         check=same_scores_as_plain),
    Case("crlf-line-ends", lambda t: score(t, hyp(t, end="\r\n")), check=same_scores_as_plain),
    Case("cr-only-line-ends", lambda t: score(t, hyp(t, end="\r")), check=same_scores_as_plain),
    Case("mixed-line-ends", lambda t: score(t, lines(t / "h.txt", [HYP[0] + "\r\n" + HYP[1] + "\r" + HYP[2]])),
         check=same_scores_as_plain),
    Case("no-final-newline", lambda t: score(t, lines(t / "h.txt", ["\n".join(HYP)], end="")),
         check=same_scores_as_plain),
    Case("u2028-inside-a-segment", lambda t: score(t, hyp(t, [HYP[0] + "\u2028x", HYP[1], HYP[2]])),
         check=lambda out: (hyps_are(HYP[0] + "\u2028x", HYP[1], HYP[2])(out), one_row_per_line(out))),
    Case("u2029-and-nel-inside-segments", lambda t: score(t, hyp(t, [HYP[0] + "\u2029", "\x85" + HYP[1], HYP[2]])),
         check=hyps_are(HYP[0] + "\u2029", "\x85" + HYP[1], HYP[2])),
    Case("form-feed-and-vertical-tab", lambda t: score(t, hyp(t, ["a\x0cb", "c\x0bd", "e"])),
         check=hyps_are("a\x0cb", "c\x0bd", "e")),
    Case("invalid-utf8", lambda t: score(t, raw(t / "h.txt", b"ok\nbad \xff\nok\n")),
         error=("h.txt:2", "invalid UTF-8 (byte 0xff)")),
    Case("utf16-file", lambda t: score(t, hyp(t, encoding="utf-16")), error=("invalid UTF-8",)),
    Case("latin1-file", lambda t: score(t, hyp(t, ["café", "naïve", "x"], encoding="latin-1")),
         error=("hyp.txt:1", "invalid UTF-8")),
    Case("utf8-encoded-surrogate", lambda t: score(t, raw(t / "h.txt", b"a\n\xed\xa0\x80\nc\n")),
         error=("h.txt:2", "invalid UTF-8")),
    Case("overlong-utf8", lambda t: score(t, raw(t / "h.txt", b"a\n\xc0\xaf\nc\n")),
         error=("h.txt:2", "invalid UTF-8")),
    Case("random-binary", lambda t: score(t, raw(t / "h.bin", bytes(range(256)) * 4)),
         error=("h.bin", "invalid UTF-8")),
    Case("nul-bytes-in-segments", lambda t: score(t, hyp(t, ["a\x00b", "\x00", "c d\x00"])),
         check=hyps_are("a\x00b", "\x00", "c d\x00")),
    Case("only-nul-bytes", lambda t: score(t, raw(t / "h.txt", b"\x00" * 10)),
         error=("line counts differ", "has 1 lines")),
    # --- line structure
    Case("empty-file", lambda t: score(t, hyp(t, [], end="")), error=("hyp.txt: file is empty",)),
    Case("one-blank-line-for-one-segment", lambda t: score(t, hyp(t, [""]), ref=lines(t / "r.txt", ["word"])),
         check=n_empty(1)),
    Case("trailing-blank-line", lambda t: score(t, hyp(t, HYP + [""])), error=("hyp.txt has 4 lines", "has 3")),
    Case("fewer-lines", lambda t: score(t, hyp(t, HYP[:2])), error=("hyp.txt has 2 lines",)),
    Case("more-lines", lambda t: score(t, hyp(t, HYP + ["extra"])), error=("hyp.txt has 4 lines",)),
    Case("all-segments-empty", lambda t: score(t, hyp(t, ["", "", ""])), check=n_empty(3)),
    Case("whitespace-only-segments", lambda t: score(t, hyp(t, [" ", "\t", "\u3000 \u00a0"])), check=n_empty(3)),
    Case("whitespace-only-reference", lambda t: score(t, hyp(t), ref=lines(t / "r.txt", [" ", "\t", "x"])),
         check=expect(lambda out: [row["ref"] for row in rows(out)] == [" ", "\t", "x"])),
    Case("tabs-and-runs-of-spaces", lambda t: score(t, hyp(t, ["the\tcat  sat", "a   dog", " rain "])),
         check=hyps_are("the\tcat  sat", "a   dog", " rain ")),
    Case("line-of-one-megabyte", lambda t: ["score", "--ref", lines(t / "r.txt", ["a b c d"]),
                                            lines(t / "h.txt", [("abc " * 250_000)[:MAX_LINE_CHARS]]),
                                            "--metrics", "bleu", "--resamples", "20", "--out", t / "out"],
         check=expect(lambda out: len(rows(out)[0]["hyp"]) == MAX_LINE_CHARS)),
    Case("line-over-the-limit", lambda t: score(t, hyp(t, ["a", "x" * (MAX_LINE_CHARS + 1), "b"])),
         error=("hyp.txt:2", "line of 1,000,001 characters")),
    Case("a-word-of-50k-letters", lambda t: score(t, hyp(t, ["x" * 50_000, "a", "b"])),
         check=expect(lambda out: rows(out)[0]["hyp"] == "x" * 50_000 and rows(out)[0]["bleu"] == 0)),
    Case("two-thousand-segments", lambda t: score(t, hyp(t, [f"w{i} x" for i in range(2000)]),
                                                  ref=lines(t / "r.txt", [f"w{i} y" for i in range(2000)])),
         check=expect(lambda out: len(rows(out)) == 2000)),
    Case("one-segment-with-bootstrap", lambda t: score(t, hyp(t, ["a b c d e"]), ref=lines(t / "r.txt", ["a b c d e"])),
         check=perfect),
    Case("reference-streams-of-different-lengths",
         lambda t: ["score", "--ref", lines(t / "r1.txt", REF), "--ref", lines(t / "r2.txt", REF[:2]), hyp(t), *FAST,
                    "--out", t / "out"], error=("reference line counts differ",)),
    Case("source-of-another-length", lambda t: score(t, hyp(t), extra=("--src", lines(t / "s.txt", ["一"]))),
         error=("source and reference line counts differ",)),
    # --- Unicode content
    Case("rtl-arabic-and-hebrew", lambda t: score(t, hyp(t, ["مرحبا بالعالم", "שלום עולם", "\u202eevil\u202c"]),
                                                  ref=lines(t / "r.txt", ["مرحبا بالعالم", "שלום", "x"])),
         check=hyps_are("مرحبا بالعالم", "שלום עולם", "\u202eevil\u202c")),
    Case("emoji-zwj-and-flags", lambda t: score(t, hyp(t, ["👩‍👩‍👧‍👦 family", "🇹🇼🇺🇸", "🙂" * 100])),
         check=hyps_are("👩‍👩‍👧‍👦 family", "🇹🇼🇺🇸", "🙂" * 100)),
    Case("combining-marks", lambda t: score(t, hyp(t, ["e\u0301te\u0301", "Z̸̡͇̈a̷͕̐l̵̰̔g̴̞̈o̸̥͌", "n\u0303"])),
         check=hyps_are("e\u0301te\u0301", "Z̸̡͇̈a̷͕̐l̵̰̔g̴̞̈o̸̥͌", "n\u0303")),
    Case("zero-width-characters", lambda t: score(t, hyp(t, ["a\u200bb", "c\u200dd\ufeff", "\u2060"])),
         check=hyps_are("a\u200bb", "c\u200dd\ufeff", "\u2060")),
    Case("terminal-escape-sequences", lambda t: score(t, hyp(t, ["\x1b[2J\x1b[31mred", "\x07bell", "\x1b]0;title\x07"])),
         check=hyps_are("\x1b[2J\x1b[31mred", "\x07bell", "\x1b]0;title\x07")),
    Case("noncharacters-and-private-use", lambda t: score(t, hyp(t, ["\ufffe\uffff", "\ue000\U000f0000", "\ufffd"])),
         check=hyps_are("\ufffe\uffff", "\ue000\U000f0000", "\ufffd")),
    Case("astral-cjk-and-fullwidth", lambda t: score(t, hyp(t, ["𠀀𠀁", "ＡＢＣ１２３", "漢字"]),
                                                   ref=lines(t / "r.txt", ["𠀀𠀁", "ＡＢＣ", "漢字"])),
         check=hyps_are("𠀀𠀁", "ＡＢＣ１２３", "漢字")),
    Case("chinese-traditional-vs-simplified", lambda t: score(t, hyp(t, ["国家安全体系"] * 3),
                                                            ref=lines(t / "r.txt", ["國家安全體系"] * 3)),
         check=expect(lambda out: "SCRIPT MISMATCH" in summary(out)["warnings"][0])),
    Case("markup-and-placeholders-in-text", lambda t: score(t, hyp(t, ["<script>alert(1)</script>", "/*DATA*/ <!--PLOTS-->",
                                                                       "</textarea><img src=x onerror=alert(1)>"])),
         check=expect(lambda out: "<script>alert" not in (out / "report.html").read_text())),
    Case("markdown-and-pipes-in-text", lambda t: score(t, hyp(t, ["| a | b |", "**bold** [x](javascript:y)", "`x`"])),
         check=expect(lambda out: "\\| a \\| b \\|" in (out / "summary.md").read_text())),
    Case("spreadsheet-formulas-in-text", lambda t: score(t, hyp(t, ["=1+1", "+cmd", "@SUM(A1)"])),
         check=expect(lambda out: "'=1+1" in (out / "segments.csv").read_text())),
    # --- JSONL candidates
    Case("jsonl-reordered", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": str(i), "text": HYP[i - 1]}
                                                                     for i in (3, 1, 2)])), check=same_scores_as_plain),
    Case("jsonl-integer-ids", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": i, "text": HYP[i - 1]} for i in (1, 2, 3)])),
         check=same_scores_as_plain),
    Case("jsonl-extra-keys", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": str(i), "text": h, "score": None, "x": [1]}
                                                                      for i, h in enumerate(HYP, 1)])),
         check=same_scores_as_plain),
    Case("jsonl-blank-lines", lambda t: score(t, jsonl(t / "h.jsonl", [], raw="\n" + "\n\n".join(
        json.dumps({"id": str(i), "text": h}) for i, h in enumerate(HYP, 1)) + "\n\n")), check=same_scores_as_plain),
    Case("jsonl-bom-and-crlf", lambda t: score(t, lines(t / "h.jsonl", [json.dumps({"id": str(i), "text": h})
                                                                        for i, h in enumerate(HYP, 1)], end="\r\n",
                                                        bom=True)), check=same_scores_as_plain),
    Case("jsonl-uppercase-extension", lambda t: score(t, jsonl(t / "h.JSONL", [{"id": str(i), "text": h}
                                                                               for i, h in enumerate(HYP, 1)])),
         check=same_scores_as_plain),
    Case("jsonl-lone-surrogate", lambda t: score(t, jsonl(t / "h.jsonl", [], raw='{"id": "1", "text": "\\ud800"}\n')),
         error=("h.jsonl:1", "lone surrogate U+D800")),
    Case("jsonl-lone-low-surrogate-in-id", lambda t: score(t, jsonl(t / "h.jsonl", [], raw='{"id": "\\udc00", "text": "a"}\n')),
         error=("h.jsonl:1", "lone surrogate U+DC00")),
    Case("jsonl-surrogate-pair", lambda t: score(t, jsonl(t / "h.jsonl", [], raw="".join(
        f'{{"id": "{i}", "text": "\\ud83d\\ude00 {i}"}}\n' for i in (1, 2, 3)))),
         check=hyps_are("\U0001f600 1", "\U0001f600 2", "\U0001f600 3")),
    Case("jsonl-carriage-returns-in-texts", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": str(i), "text": f"a\rb {i}"}
                                                                                    for i in (1, 2, 3)])),
         check=lambda out: (hyps_are("a\rb 1", "a\rb 2", "a\rb 3")(out), csv_rows_whole(out))),
    Case("jsonl-escaped-nul", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": str(i), "text": "a\u0000b"}
                                                                       for i in (1, 2, 3)])),
         check=hyps_are("a\x00b", "a\x00b", "a\x00b")),
    Case("jsonl-missing-text", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": "1"}])), error=("h.jsonl:1", '"text"')),
    Case("jsonl-null-text", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": "1", "text": None}])),
         error=("h.jsonl:1", "must be a string")),
    Case("jsonl-number-text", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": "1", "text": 5}])),
         error=("h.jsonl:1", "must be a string")),
    Case("jsonl-array-line", lambda t: score(t, jsonl(t / "h.jsonl", [["1", "a"]])),
         error=("h.jsonl:1", "expected a JSON object")),
    Case("jsonl-malformed", lambda t: score(t, jsonl(t / "h.jsonl", [], raw='{"id": "1", "text": "a"\n')),
         error=("h.jsonl:1", "invalid JSON")),
    Case("jsonl-duplicate-id", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": "1", "text": "a"}, {"id": "1", "text": "b"}])),
         error=("h.jsonl:2", "duplicate id '1'")),
    Case("jsonl-unknown-id", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": "7", "text": "a"}])),
         error=("h.jsonl:1", "unknown id '7'")),
    Case("jsonl-float-id", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": 1.0, "text": "a"}])),
         error=("unknown id '1.0'",)),
    Case("jsonl-missing-ids", lambda t: score(t, jsonl(t / "h.jsonl", [{"id": "2", "text": "a"}])),
         error=("2 of 3 reference ids have no text", "1, 3")),
    Case("jsonl-only-blank-lines", lambda t: score(t, jsonl(t / "h.jsonl", [], raw="\n \n\t\n")),
         error=("h.jsonl: file is empty",)),
    Case("jsonl-nested-100k-deep", deep_json, error=("h.jsonl:1", "nested too deeply")),
    Case("jsonl-5000-digit-integer", lambda t: score(t, jsonl(t / "h.jsonl", [], raw='{"id": ' + "9" * 5000 + ', "text": "a"}\n')),
         error=("h.jsonl:1", "JSON that cannot be read")),
    Case("jsonl-nan-and-infinity", lambda t: score(t, jsonl(t / "h.jsonl", [], raw="".join(
        f'{{"id": "{i}", "text": "{h}", "w": NaN, "v": -Infinity}}\n' for i, h in enumerate(HYP, 1)))),
         check=same_scores_as_plain),
    Case("jsonl-given-plain-text", lambda t: score(t, lines(t / "h.jsonl", HYP)), error=("h.jsonl:1", "invalid JSON")),
    Case("json-lines-in-a-txt-are-text", lambda t: score(t, lines(t / "h.txt", [json.dumps({"id": "1", "text": h})
                                                                                for h in HYP])),
         check=expect(lambda out: rows(out)[0]["hyp"].startswith('{"id"'))),
    Case("jsonl-as-reference", lambda t: score(t, hyp(t), ref=jsonl(t / "r.jsonl", [{"id": "1", "text": "a"}])),
         error=("r.jsonl", "plain text")),
    # --- files, paths and links
    Case("candidate-is-a-directory", lambda t: score(t, folder(t / "d")), error=("is a directory",)),
    Case("candidate-missing", lambda t: score(t, t / "nope.txt"), error=("nope.txt: file not found",)),
    Case("reference-missing", lambda t: score(t, hyp(t), ref=t / "nope.txt"), error=("nope.txt: file not found",)),
    Case("source-is-a-directory", lambda t: score(t, hyp(t), extra=("--src", t)), error=("is a directory",)),
    Case("symlinked-candidate", lambda t: score(t, link(t / "link.txt", hyp(t))),
         check=same_scores_as_plain),
    Case("broken-symlink", lambda t: score(t, link(t / "dangling.txt", t / "gone")),
         error=("dangling.txt: file not found",)),
    Case("symlink-loop", lambda t: score(t, link(t / "loop.txt", t / "loop.txt")),
         error=("loop.txt", "cannot read")),
    Case("pipe-like-process-substitution", lambda t: score(t, fifo_like(t)), check=same_scores_as_plain),
    Case("dev-null-candidate", lambda t: score(t, "/dev/null"),
         error=("/dev/null: not a regular file (a character device)",)),
    Case("unreadable-file", lambda t: score(t, unreadable(hyp(t))),
         **({"check": same_scores_as_plain} if IS_ROOT else {"error": ("Permission denied",)})),
    Case("same-file-twice", lambda t: score(t, hyp(t), t / "hyp.txt"), error=("two systems are named 'hyp'",)),
    Case("same-file-twice-named", two_named_copies, check=equal_systems),
    Case("reference-as-candidate", lambda t: score(t, lines(t / "ref.txt", REF), ref=t / "ref.txt"), check=perfect),
    Case("file-name-with-spaces-and-unicode", lambda t: score(t, hyp(t, name="my draft — 草稿 v2.txt")),
         check=expect(lambda out: summary(out)["systems"][0]["name"] == "my draft — 草稿 v2")),
    Case("file-name-with-a-newline", lambda t: score(t, hyp(t, name="two\nlines.txt")),
         check=expect(lambda out: "two lines" in (out / "summary.md").read_text())),
    Case("file-name-like-markup", lambda t: score(t, hyp(t, name="<img src=x onerror=alert(1)>.txt")),
         check=expect(lambda out: "<img" not in (out / "summary.md").read_text())),
    Case("file-name-with-escape-sequence", lambda t: score(t, hyp(t, name="\x1b[31mred.txt")),
         check=expect(lambda out: summary(out)["systems"][0]["name"] == "\x1b[31mred")),
    Case("file-name-starting-with-a-dash-as-a-path", lambda t: score(t, "./" + hyp(t, name="-x.txt").name),
         check=same_scores_as_plain),
    Case("file-name-of-250-characters", lambda t: score(t, hyp(t, name="n" * 246 + ".txt")),
         check=expect(lambda out: summary(out)["systems"][0]["name"] == "n" * 246)),
    Case("file-name-starting-with-a-dash", lambda t: score(t, Path(hyp(t, name="-x.txt").name)),
         error=("the following arguments are required: HYP",)),  # "-x.txt" reads as an option: say ./-x.txt
    # --- --out
    Case("out-is-a-file", lambda t: score_into(t, raw(t / "f", b"x")), error=("exists and is not a directory",)),
    Case("out-under-a-file", lambda t: score_into(t, raw(t / "f", b"x") / "out"), error=("cannot write",)),
    Case("out-in-proc", lambda t: score_into(t, Path("/proc/evalkit-x")), error=("/proc/evalkit-x: cannot write",)),
    Case("out-holds-a-reference-set", lambda t: ["score", "--ref", refset_copy(t), "--lang", "zh-en",
                                                 lines(t / "h.txt", en_lines()), *FAST, "--out", t / "refset"],
         error=("holds a reference set",)),
    Case("out-would-overwrite-a-candidate", lambda t: score(t, lines(folder(t / "out") / "summary.md", HYP)),
         error=("would overwrite the input",)),
    Case("out-would-overwrite-via-hard-link", hard_linked_report, error=("would overwrite the input",)),
    Case("out-holds-a-directory-named-like-a-report", report_is_a_directory, error=("report.html is a directory",)),
    Case("out-holds-an-old-report", previous_report, check=old_report_replaced),
    Case("out-holds-stale-staging", stale_staging, check=no_staging_left),
    Case("out-is-a-symlink-to-a-directory", lambda t: score_into(t, link(t / "out", folder(t / "real"))),
         check=same_scores_as_plain),
    Case("out-with-spaces-and-unicode", lambda t: score_into(t, t / "out" / "報告 1"), check=same_scores_as_plain),
    # --- options
    Case("resamples-zero", lambda t: score(t, hyp(t), extra=("--resamples", "0")), error=("--resamples must be between",)),
    Case("resamples-negative", lambda t: score(t, hyp(t), extra=("--resamples", "-5")), error=("--resamples must be",)),
    # just past the bound: were the bound lost, this still fits in memory (test_robustness checks a billion)
    Case("resamples-past-the-bound", lambda t: score(t, hyp(t), extra=("--resamples", "100001")),
         error=("--resamples must be between 1 and 100,000, not 100,001",)),
    Case("resamples-not-a-number", lambda t: score(t, hyp(t), extra=("--resamples", "1e3")), error=("invalid int value",)),
    Case("seed-negative", lambda t: score(t, hyp(t), extra=("--seed", "-1")), error=("--seed must be",)),
    Case("seed-beyond-64-bits", lambda t: score(t, hyp(t), extra=("--seed", str(2 ** 70))),
         check=expect(lambda out: summary(out)["significance"]["seed"] == 2 ** 70)),
    Case("jobs-zero", lambda t: score(t, hyp(t), extra=("--jobs", "0")), error=("--jobs must be at least 1",)),
    Case("jobs-ten-thousand", lambda t: score(t, hyp(t), extra=("--jobs", "10000")), check=same_scores_as_plain),
    Case("metrics-empty", lambda t: score(t, hyp(t), extra=("--metrics", "")), error=("no metric given",)),
    Case("metrics-repeated-and-uppercase", lambda t: score(t, hyp(t), extra=("--metrics", "BLEU,bleu,chrf")),
         check=same_scores_as_plain),
    Case("metric-unknown", lambda t: score(t, hyp(t), extra=("--metrics", "meteor")), error=("unknown metric 'meteor'",)),
    Case("tokenizer-unknown", lambda t: score(t, hyp(t), extra=("--tokenize", "moses")), error=("unknown tokenizer",)),
    Case("language-pair-malformed", lambda t: score(t, hyp(t), extra=("--lang", "zh_en")), error=("invalid language pair",)),
    Case("baseline-unknown", lambda t: score(t, hyp(t), extra=("--baseline", "nobody")), error=("nobody",)),
    Case("more-names-than-files", lambda t: score(t, hyp(t), extra=("--name", "a", "--name", "b")),
         error=("2 names given",)),
    Case("empty-name", lambda t: score(t, hyp(t), extra=("--name", " ")), error=("--name cannot be empty",)),
    Case("significance-none", lambda t: score(t, hyp(t), extra=("--significance", "none")), check=same_scores_as_plain),
    Case("approximate-randomization", lambda t: score(t, hyp(t), hyp(t, name="h2.txt"),
                                                      extra=("--significance", "ar")),
         check=expect(lambda out: summary(out)["significance"]["method"] == "ar")),
    Case("embedder-unknown", lambda t: score(t, hyp(t), extra=("--metrics", "embed", "--embedder", "word2vec")),
         error=("unknown embedding model 'word2vec'",)),
    Case("embedder-missing-directory", lambda t: score(t, hyp(t), extra=("--metrics", "embed", "--embedder",
                                                                         "st:/no/such/model")),
         error=("no such model directory",)),
    Case("embedder-hub-model-not-cached", lambda t: score(t, hyp(t), extra=("--metrics", "embed", "--embedder",
                                                                            "st:evalkit-tests/none")),
         error=("not in the local Hugging Face cache",)),
    Case("cache-dir-is-a-file", lambda t: score(t, hyp(t), extra=("--metrics", "embed", "--cache-dir", raw(t / "c", b"x"))),
         error=("embedding cache", "--no-cache")),
    Case("cache-with-a-truncated-pack", cache_damaged("truncated pack"), check=same_as_before_the_damage, touches=("cache",)),
    Case("cache-with-a-garbage-pack", cache_damaged("garbage pack"), check=same_as_before_the_damage, touches=("cache",)),
    Case("cache-with-an-empty-pack", cache_damaged("empty pack"), check=same_as_before_the_damage, touches=("cache",)),
    Case("cache-with-a-directory-named-like-a-pack", cache_damaged("directory named like a pack"),
         check=same_as_before_the_damage, touches=("cache",)),
    Case("embedding-a-text-beyond-the-model-limit", lambda t: score(t, hyp(t, ["word " * 3000, "a", "b"]),
                                                                    extra=("--metrics", "embed", "--no-cache")),
         check=expect(lambda out: len(rows(out)[0]["hyp"]) == 15_000 and rows(out)[0]["embed"] > 0)),
    # without --lang the candidates' language picks the side; numbers alone cannot
    Case("reference-set-without-lang", lambda t: ["score", "--ref", refset_copy(t), lines(t / "h.txt", [
        str(i) for i in range(79)]), *FAST, "--out", t / "out"], error=("--lang zh-en or en-zh",)),
    Case("reference-set-without-lang-english-candidates", lambda t: [
        "score", "--ref", refset_copy(t), lines(t / "h.txt", en_lines()), *FAST, "--out", t / "out"],
        check=expect(lambda out: summary(out)["reference"]["target_lang"] == "en")),
    Case("reference-set-with-broken-manifest", lambda t: ["score", "--ref", refset_copy(
        t, lambda d: (d / "manifest.json").write_text("{oops")), "--lang", "zh-en", lines(t / "h.txt", en_lines()),
        *FAST, "--out", t / "out"], error=("manifest.json",)),
    Case("reference-set-without-manifest", lambda t: ["score", "--ref", refset_copy(
        t, lambda d: (d / "manifest.json").unlink()), "--lang", "zh-en", lines(t / "h.txt", en_lines()),
        *FAST, "--out", t / "out"], error=("not a reference set",)),
    Case("reference-set-with-a-lone-surrogate", lambda t: ["score", "--ref", refset_copy(
        t, lambda d: (d / "segments.jsonl").write_text('{"id": "a", "paragraph": 0, "alignment": "1-1", '
                                                       '"en": "\\udfff", "zh": "z", "score": 1}\n')),
        "--lang", "zh-en", lines(t / "h.txt", ["x"]), *FAST, "--out", t / "out"],
         error=("segments.jsonl",)),
    Case("command-unknown", lambda t: ["frobnicate"], error=("invalid choice: 'frobnicate'",)),
    Case("no-arguments", lambda t: [], error=("the following arguments are required: COMMAND",)),
    # --- refs build
    Case("refs-build-a-small-pair", lambda t: refs_pair(t, EN2, ZH2), check=refset_built(3)),
    Case("refs-build-crlf-and-bom", lambda t: ["refs", "build", "--en", lines(t / "en.txt", EN2, end="\r\n", bom=True),
                                               "--zh", lines(t / "zh.txt", ZH2, end="\r"), "--aligner", "length",
                                               "--out", t / "out"], check=refset_built(3)),
    Case("refs-build-unequal-paragraphs", lambda t: refs_pair(t, EN2, ZH2[:1]),
         error=("paragraph counts differ: 2 English vs 1 Chinese",)),
    Case("refs-build-into-its-inputs", lambda t: ["refs", "build", "--en", lines(folder(t / "out") / "en.txt", EN2),
                                                  "--zh", lines(t / "zh.txt", ZH2), "--aligner", "length",
                                                  "--out", t / "out"], error=("would overwrite the input",)),
    Case("refs-build-seed-and-pair", lambda t: ["refs", "build", seed(t, "x"), "--en", lines(t / "en.txt", EN2),
                                                "--zh", lines(t / "zh.txt", ZH2), "--out", t / "out"],
         error=("not both",)),
    Case("refs-build-nothing-given", lambda t: ["refs", "build", "--out", t / "out"], error=("give a seed document",)),
    Case("refs-build-seed-without-headers", lambda t: ["refs", "build", seed(t, "just text\n"), "--aligner", "length",
                                                       "--out", t / "out"], error=("not a bilingual seed document",)),
    Case("refs-build-empty-seed-sections", lambda t: ["refs", "build", seed(t, "標題\n現代英語:\n現代國語:\n"),
                                                      "--aligner", "length", "--out", t / "out"],
         error=("no parallel paragraphs",)),
    Case("refs-build-seed-is-binary", lambda t: ["refs", "build", raw(t / "s.bin", b"\xff\xfe\x00"), "--out", t / "out"],
         error=("invalid UTF-8",)),
    Case("refs-build-en-is-a-directory", lambda t: ["refs", "build", "--en", t, "--zh", lines(t / "zh.txt", ZH2),
                                                    "--aligner", "length", "--out", t / "out"],
         error=("is a directory",)),
    Case("refs-build-out-is-a-file", lambda t: refs_pair(t, EN2, ZH2, out=raw(t / "f", b"x").name),
         error=("exists and is not a directory",)),
    Case("refs-build-embedder-with-length-aligner", lambda t: refs_pair(t, EN2, ZH2, extra=("--embedder", "st:x/y")),
         error=("--embedder is used by the embedding aligner only",)),
]


# --- issue 15: the gate, baselines, meta and plugins ------------------------------------------

GATE_RULES = '[rules.floors]\nchrf = ">= 10"\n\n[rules.regression]\nmargin = 1.0\n'
PLUGINS = Path(__file__).resolve().parent / "plugins"


def gate_config(tmp: Path, *, baseline: str = "base.json", rules: str = GATE_RULES, metrics: str = '["bleu", "chrf"]',
                candidates: str = '["hyp.txt"]', ref: str = '"ref.txt"', hyps: list[str] = HYP,
                refs: list[str] = REF, lang: str | None = None) -> Path:
    lines(tmp / "ref.txt", refs)
    hyp(tmp, hyps)
    path = tmp / "evalkit.toml"
    task = f'ref = {ref}\ncandidates = {candidates}\n' + (f'lang = "{lang}"\n' if lang else "")
    path.write_text(f'baseline = "{baseline}"\n\n[task]\n{task}\n[settings]\n'
                    f'metrics = {metrics}\n\n[settings.significance]\nresamples = 100\n\n{rules}', encoding="utf-8")
    return path


def gate(tmp: Path, *args: Any, update: bool = True, edit: Callable[[dict], Any] | None = None,
         **config: Any) -> list[Any]:
    """`evalkit gate --config evalkit.toml ARGS` in a folder gating hyp.txt, its baseline written first."""
    path = gate_config(tmp, **config)
    if update:
        code, _, err = _invoke(["gate", "--config", path, "--update-baseline"])
        assert code == 0, err
    if edit is not None:
        stored = tmp / config.get("baseline", "base.json")
        data = json.loads(stored.read_text(encoding="utf-8"))
        edit(data["systems"]["hyp"])
        stored.write_text(json.dumps(data), encoding="utf-8")
    return ["gate", "--config", path, *args]


def edited(**changes: Callable[[dict], Any]) -> Callable[[dict], None]:
    def edit(system: dict) -> None:
        for key, change in changes.items():
            system[key] = change(system[key])
    return edit


def without(key: str) -> Callable[[dict], dict]:
    return lambda table: {k: v for k, v in table.items() if k != key}


def says(*fragments: str, absent: tuple[str, ...] = ()) -> Callable[[str], None]:
    def check(output: str) -> None:
        for fragment in fragments:
            assert fragment in output, (fragment, output)
        for fragment in absent:
            assert fragment not in output, (fragment, output)
    return check


def no_workflow_command_but_evalkits(output: str) -> None:
    """GitHub runs a line starting `::` (after spaces) or holding `##[` as a workflow command."""
    for line in output.splitlines():
        assert "##[" not in line, line
        assert not line.lstrip().startswith("::") or line.startswith("::error file="), line


HUMAN = "system\tid\tscore\nhyp\t1\t3\nhyp\t2\t2\nhyp\t3\t4\nh2\t1\t1\nh2\t2\t0\nh2\t3\t1\n"


def meta(tmp: Path, *extra: Any, human: str = HUMAN, human_name: str = "human.tsv",
         damage: Callable[[Path], Any] | None = None) -> list[Any]:
    """`evalkit meta` on a fresh report of two systems and their human scores."""
    report = tmp / "rep"
    code, _, err = _invoke(["score", "--ref", lines(tmp / "ref.txt", REF), hyp(tmp),
                            hyp(tmp, ["a cat sat", "a dog", "rain"], name="h2.txt"), *FAST, "--out", report])
    assert code == 0, err
    if damage is not None:
        damage(report)
    scores = Path(human_name) if human_name.startswith("/dev/") else raw(tmp / human_name, human.encode())
    return ["meta", report, scores, "--resamples", "50", "--out", tmp / "out", *extra]


def string_score(report: Path) -> None:
    rows_ = (report / "segments.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(rows_[0])
    first["bleu"] = "high"
    (report / "segments.jsonl").write_text("\n".join([json.dumps(first), *rows_[1:]]) + "\n", encoding="utf-8")


def plugin(tmp: Path, name: str) -> list[Any]:
    return score(tmp, hyp(tmp), extra=("--metrics", f"hostile_metric_plugins:{name}", "--no-cache"))


def chrf_is_sacrebleus(refs: list[str], hyps: list[str]) -> Callable[[Path], None]:
    def check(out: Path) -> None:
        import sacrebleu

        assert summary(out)["systems"][0]["corpus"]["chrf"] == round(sacrebleu.corpus_chrf(hyps, [refs]).score, 4)
    return check


def loop(path: Path) -> str:
    """A symbolic link to itself; its name, for a configuration file."""
    path.symlink_to(path)
    return path.name


def hard_link(path: Path, target: Path) -> Path:
    os.link(target, path)
    return path


SPEC_WITH_HTML = "toy_metric_plugin:make_overlap?x=<img src=x onerror=alert(1)>"

CASES += [
    # item 1: no input of any command is ever an output
    Case("gate-junit-over-the-baseline", lambda t: gate(t, "--junit", t / "base.json"),
         error=("--junit", "would overwrite the input", "base.json", "baseline")),
    Case("gate-markdown-over-the-config", lambda t: gate(t, "--markdown", t / "evalkit.toml"),
         error=("--markdown", "would overwrite the input", "evalkit.toml", "configuration")),
    Case("gate-out-over-the-baseline", lambda t: gate(t, "--out", t / "rep", baseline="rep/summary.json"),
         error=("--out", "would overwrite the input", "summary.json", "baseline")),
    Case("gate-update-baseline-over-a-candidate", lambda t: gate(t, "--update-baseline", update=False,
                                                                 baseline="hyp.txt"),
         error=("baseline", "would overwrite the input", "hyp.txt", "candidate")),
    Case("gate-update-baseline-over-the-reference", lambda t: gate(t, "--update-baseline", update=False,
                                                                   baseline="ref.txt"),
         error=("would overwrite the input", "ref.txt", "reference")),
    Case("gate-update-baseline-over-the-config", lambda t: gate(t, "--update-baseline", update=False,
                                                                baseline="evalkit.toml"),
         error=("would overwrite the input", "evalkit.toml", "configuration")),
    Case("gate-junit-hard-linked-to-the-reference", lambda t: [*gate(t), "--junit", hard_link(t / "gate.xml", t / "ref.txt")],
         error=("--junit", "would overwrite the input", "ref.txt")),
    Case("gate-markdown-symlinked-to-the-baseline", lambda t: [*gate(t), "--markdown", link(t / "gate.md", t / "base.json")],
         error=("--markdown", "would overwrite the input", "base.json")),
    Case("gate-junit-and-markdown-one-file", lambda t: gate(t, "--junit", t / "v.txt", "--markdown", t / "v.txt"),
         error=("--junit", "--markdown", "same file")),
    Case("gate-step-summary-is-the-config", lambda t: gate(t), env={"GITHUB_STEP_SUMMARY": "evalkit.toml"},
         error=("$GITHUB_STEP_SUMMARY", "would overwrite the input", "evalkit.toml")),
    Case("meta-out-hard-linked-to-the-report", lambda t: meta(t, damage=lambda rep: os.link(
        rep / "summary.json", folder(t / "out") / "meta.json")), error=("would overwrite the input", "summary.json")),
    Case("check-out-over-the-glossary", lambda t: ["check", hyp(t), "--ref", lines(t / "ref.txt", REF), "--glossary",
                                                   raw(folder(t / "out") / "summary.md", b"cat\tchat\n"), "--out",
                                                   t / "out"], error=("would overwrite the input", "summary.md")),
    # item 2: a hand-edited baseline never passes a real drop
    Case("gate-baseline-corpus-edited", lambda t: gate(t, lines(t / "bad.txt", ["a", "b", "c"]), "--name", "hyp",
                                                       edit=edited(corpus=lambda c: {"bleu": 1, "chrf": 10})),
         error=("base.json", "hyp bleu", "stored corpus score 1", "is not the score of its statistics")),
    # item 3: non-finite numbers are input errors
    Case("gate-floor-nan", lambda t: gate(t, update=False, rules='[rules.floors]\nchrf = ">= nan"\n'),
         error=("rules.floors.chrf", "a threshold is a finite number, not nan")),
    Case("gate-margin-nan", lambda t: gate(t, update=False, rules='[rules.regression]\nmargin = nan\n'),
         error=("rules.regression", "margin", "nan")),
    Case("gate-margin-inf", lambda t: gate(t, update=False, rules='[rules.regression]\nmargin = { chrf = inf }\n'),
         error=("rules.regression", "margin", "inf")),
    Case("gate-baseline-statistics-nan", lambda t: gate(t, edit=edited(
        stats=lambda s: {**s, "chrf": [[float("nan")] * len(row) for row in s["chrf"]]})),
         error=("base.json", "hyp chrf", "not finite")),
    Case("gate-baseline-corpus-infinite", lambda t: gate(t, edit=edited(corpus=lambda c: {**c, "bleu": float("inf")})),
         error=("base.json", "hyp bleu", "not finite")),
    Case("plugin-returns-nan", lambda t: plugin(t, "nan"), error=("hostile_metric_plugins:nan", "nan")),
    Case("plugin-returns-infinity", lambda t: plugin(t, "inf"), error=("hostile_metric_plugins:inf", "inf")),
    Case("plugin-statistics-nan", lambda t: plugin(t, "raw_nan_stats"),
         error=("hostile_metric_plugins:raw_nan_stats", "segment_stats returned nan", "not a finite number")),
    # item 4: a damaged baseline is one line
    Case("gate-baseline-without-a-corpus-score", lambda t: gate(t, edit=edited(corpus=without("bleu"))),
         error=("base.json", "hyp", "no corpus bleu score")),
    Case("gate-baseline-without-statistics", lambda t: gate(t, edit=edited(stats=without("bleu"))),
         error=("base.json", "hyp", "no bleu statistics")),
    Case("gate-baseline-short-statistics-rows", lambda t: gate(t, edit=edited(
        stats=lambda s: {**s, "bleu": [row[:3] for row in s["bleu"]]})),
         error=("base.json", "hyp bleu", "3 statistics per segment", "10")),
    # item 5: symbolic link loops anywhere
    Case("gate-candidate-is-a-symlink-loop", lambda t: gate(t, update=False, candidates=f'["{loop(t / "l.txt")}"]'),
         error=("l.txt", "Too many levels of symbolic links")),
    Case("gate-reference-is-a-symlink-loop", lambda t: gate(t, update=False, ref=f'"{loop(t / "l.txt")}"'),
         error=("l.txt", "Too many levels of symbolic links")),
    Case("gate-baseline-is-a-symlink-loop", lambda t: gate(t, update=False, baseline=loop(t / "l.json")),
         error=("l.json", "Too many levels of symbolic links")),
    # item 6: markup and emoji codes in names are text
    Case("gate-name-with-markup", lambda t: gate(t, t / "hyp.txt", "--name", "a[/x]b", "--update-baseline", update=False),
         touches=("base.json",), output=says("Wrote baseline", "a[/x]b on 3 segments")),
    Case("gate-warning-naming-markup", lambda t: gate(
        t, t / "hyp.txt", "--name", "[bold]x[red]", update=False, rules='[rules.floors]\nchrf = ">= 0"\n',
        refs=["國家安全體系"] * 3, hyps=["国家安全体系"] * 3, lang="en-zh"),
        output=says("SCRIPT MISMATCH: [bold]x[red] is written")),
    Case("gate-file-name-with-brackets-and-emoji-codes", lambda t: gate(
        t, hyp(t, name="[bold]x[red]:fire:.txt"), "--update-baseline", update=False),
        touches=("base.json",), output=says("[bold]x[red]:fire: on 3 segments", absent=("\U0001f525",))),
    Case("meta-warning-naming-markup", lambda t: meta(t, human=HUMAN + "x[/y]:fire:\t1\t1\n"),
         output=says("ignored: x[/y]:fire:", absent=("\U0001f525",))),
    # item 7: a plugin's mistakes are the plugin's, in one line
    Case("plugin-factory-not-callable", lambda t: plugin(t, "not_callable"),
         error=("hostile_metric_plugins:not_callable", "not callable")),
    Case("plugin-factory-raises", lambda t: plugin(t, "raises"),
         error=("hostile_metric_plugins:raises", "ValueError: no model at /models/x")),
    Case("plugin-predict-raises", lambda t: plugin(t, "predict_raises"),
         error=("hostile_metric_plugins:predict_raises", "RuntimeError: CUDA out of memory")),
    Case("plugin-returns-strings", lambda t: plugin(t, "strings"), error=("hostile_metric_plugins:strings", "'good'")),
    Case("plugin-returns-numbers-as-strings", lambda t: plugin(t, "numbers_as_strings"),
         error=("hostile_metric_plugins:numbers_as_strings", "'0.5'")),
    Case("plugin-returns-a-generator", lambda t: plugin(t, "generator"),
         error=("hostile_metric_plugins:generator", "generator")),
    # item 8: meta's inputs
    Case("meta-seed-negative", lambda t: meta(t, "--seed", "-1"), error=("--seed must be a non-negative integer",)),
    Case("meta-string-score-in-segments", lambda t: meta(t, damage=string_score),
         error=("segments.jsonl:1", "bleu", "'high'", "not a number")),
    # item 9: chrF on references shorter than its n-grams
    Case("chrf-on-references-shorter-than-six-characters", lambda t: score(
        t, hyp(t, ["éééééééééé"]), ref=lines(t / "r.txt", ["é"]), extra=("--metrics", "chrf")),
        check=chrf_is_sacrebleus(["é"], ["éééééééééé"])),
    # item 10: meta's resamples are bounded like score's
    Case("meta-resamples-absurd", lambda t: meta(t, "--resamples", "3000000"), error=("--resamples must be between 1 and",)),
    # item 11: devices are refused before reading
    Case("gate-baseline-is-dev-zero", lambda t: gate(t, update=False, baseline="/dev/zero"),
         error=("/dev/zero", "not a regular file")),
    Case("candidate-is-dev-zero", lambda t: score(t, "/dev/zero"), error=("/dev/zero", "not a regular file")),
    Case("config-is-dev-zero", lambda t: ["gate", "--config", "/dev/zero"], error=("/dev/zero", "not a regular file")),
    Case("human-scores-are-dev-urandom", lambda t: meta(t, human_name="/dev/urandom"),
         error=("/dev/urandom", "not a regular file")),
    # items 13 and 14: nothing from the inputs becomes a workflow command or HTML
    Case("gate-name-starting-a-workflow-command", lambda t: gate(
        t, t / "hyp.txt", "--name", "::warning::pwned", update=False, rules='[rules.segments]\nempty = true\n'),
        env={"GITHUB_ACTIONS": "true"}, output=no_workflow_command_but_evalkits),
    Case("gate-name-with-a-newline-and-a-workflow-command", lambda t: gate(
        t, t / "hyp.txt", "--name", "a\n::warning::pwned\n##[error]x", update=False,
        rules='[rules.floors]\nchrf = ">= 99"\n', refs=["國家安全體系"] * 3, hyps=["国家安全体系"] * 3, lang="en-zh"),
        env={"GITHUB_ACTIONS": "true"}, output=no_workflow_command_but_evalkits, code=1),
    Case("meta-warning-with-a-workflow-command", lambda t: meta(t, human_name="human.jsonl", human="".join(
        json.dumps({"system": system, "id": str(i), "score": i}) + "\n"
        for system in ("hyp", "h2", "x\n::warning::pwned\n##[error]y") for i in (1, 2, 3))),
        env={"GITHUB_ACTIONS": "true"}, output=no_workflow_command_but_evalkits),
    Case("gate-markdown-metric-spec-with-html", lambda t: gate(
        t, "--markdown", t / "gate.md", update=False, metrics=json.dumps([SPEC_WITH_HTML]),
        rules='[rules.segments]\nempty = true\n', hyps=[HYP[0], "", HYP[2]]),
        env={"GITHUB_STEP_SUMMARY": "step.md"}, touches=("gate.md", "step.md"), code=1,
        check=lambda t: [says("Failing segments", absent=("<img",))(p.read_text(encoding="utf-8"))
                         for p in (t / "gate.md", t / "step.md")]),
]


def _invoke(argv: list[Any]) -> tuple[int, str, str]:
    import contextlib

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = run([str(a) for a in argv], console=PipeConsole(file=out, width=100, color_system=None))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_cli_case(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)  # a default --out (reports/...) would land here, inside the snapshot
    monkeypatch.syspath_prepend(str(PLUGINS))  # the metric plugins of the plugin cases
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    argv = case.build(tmp_path)
    out = tmp_path / "out"
    allowed = [out, *(tmp_path / name for name in case.touches)]
    before = snapshot(tmp_path)
    for name, value in case.env.items():
        monkeypatch.setenv(name, value)
    code, stdout, err = _invoke(argv)
    assert "Traceback" not in err and "Traceback" not in stdout
    if case.error is not None:
        one_line_error(code, err, *case.error)
        assert stdout == ""
    else:
        assert code == case.code, err + stdout
        assert only_diagnostics(err), err
        if case.check is not None:
            case.check(Path(argv[argv.index("--out") + 1]) if "--out" in argv else tmp_path)
    if case.output is not None:
        case.output(stdout + err)
    after = snapshot(tmp_path)
    changed = {path for path in set(before) | set(after) if before.get(path) != after.get(path)}
    stray = [path for path in changed if not any((tmp_path / path.rstrip("/")).is_relative_to(place)
                                                 or (tmp_path / path.rstrip("/")) == place for place in allowed)
             and not (out.is_symlink() and path.startswith("real"))]
    assert stray == [], stray


# --- the Python API ---------------------------------------------------------------------

@dataclass
class ApiCase:
    name: str
    call: Callable[[Path], Any]
    error: type[EvalkitError] | None = None


def big_baseline_loads(tmp: Path) -> None:
    """Issue 15 item 12: any baseline the gate writes must load, however many segments it has
    (120,000 ids once made one JSON line longer than the segment reader takes)."""
    ids = tuple(f"doc{i // 100}-seg{i % 100}" for i in range(120_000))
    stats = {"chrf": np.arange(120_000 * 6, dtype=np.float64).reshape(-1, 6) % 7}
    write_baseline(Baseline(path=str(tmp / "b.json"), reference_sha256="0" * 64, ids=ids,
                            systems={"s": BaselineSystem("s", {"chrf": 50.0}, {"chrf": "nc:6"}, stats)}))
    loaded = load_baseline(tmp / "b.json")
    assert loaded.ids == ids and np.array_equal(loaded.systems["s"].stats["chrf"], stats["chrf"])


API_CASES = [
    ApiCase("texts-of-unequal-length", lambda t: evalkit.score_texts({"a": ["x"]}, references=["x", "y"]),
            evalkit.InputError),
    ApiCase("a-segment-that-is-not-a-string", lambda t: evalkit.score_texts({"a": ["x", 3]}, references=["x", "y"]),
            evalkit.InputError),
    ApiCase("one-string-instead-of-a-list", lambda t: evalkit.score_texts({"a": "xy"}, references=["x", "y"]),
            evalkit.ConfigError),
    ApiCase("no-candidates", lambda t: evalkit.score_texts({}, references=["x"]), evalkit.ConfigError),
    ApiCase("no-reference-segments", lambda t: evalkit.score_texts({"a": []}, references=[]), evalkit.ConfigError),
    ApiCase("an-unknown-option", lambda t: evalkit.score_texts({"a": ["x"]}, references=["x"], colour="red"),
            evalkit.ConfigError),
    ApiCase("resamples-as-a-string", lambda t: evalkit.Settings().with_options(resamples="10"), evalkit.ConfigError),
    ApiCase("resamples-absurd", lambda t: evalkit.SignificanceSettings(resamples=10 ** 9), evalkit.ConfigError),
    ApiCase("significance-method-unknown", lambda t: evalkit.SignificanceSettings(method="magic"), evalkit.ConfigError),
    ApiCase("lone-surrogate-embedded", lambda t: evalkit.score_texts({"a": ["\ud800"]}, references=["x"],
                                                                     metrics=["embed"], use_cache=False),
            evalkit.InputError),
    ApiCase("lone-surrogate-written", lambda t: write_reports(evalkit.score_texts(
        {"a": ["x \udbff"]}, references=["x"], metrics=["bleu"]), t / "out"), evalkit.InputError),
    ApiCase("duplicate-ids", lambda t: evalkit.score_texts({"a": ["x", "y"]}, references=["x", "y"], ids=["1", "1"]),
            evalkit.InputError),
    ApiCase("missing-file", lambda t: evalkit.score([t / "nope.txt"], ref=t / "nope.txt"), evalkit.InputError),
    ApiCase("unicode-soup-scored-and-written", lambda t: write_reports(evalkit.score_texts(
        {"soup": ["مرحبا 👩‍👩‍👧 e\u0301 \x00", "  ", "\u202e|*<b>"]}, references=["مرحبا", "x", "y"],
        metrics=["bleu", "chrf"]), t / "out")),
    ApiCase("whitespace-only-everything", lambda t: evalkit.score_texts({"a": [" ", "\t"]}, references=[" ", "\t"],
                                                                        metrics=["bleu", "chrf", "ter"])),
    ApiCase("baseline-of-120000-segments", big_baseline_loads),
]


@pytest.mark.parametrize("case", API_CASES, ids=[case.name for case in API_CASES])
def test_api_case(case: ApiCase, tmp_path: Path):
    if case.error is None:
        case.call(tmp_path)
        return
    with pytest.raises(EvalkitError) as caught:
        case.call(tmp_path)
    assert type(caught.value) is case.error
    assert "\n" not in str(caught.value) and str(caught.value)


# --- the environment: signals, pipes, encodings, races (real processes) ---------------------

def _files(tmp: Path) -> tuple[Path, Path]:
    return lines(tmp / "ref.txt", REF), lines(tmp / "hyp.txt", HYP)


def env_ascii_terminal(tmp: Path) -> str:
    done = run_evalkit("score", "--ref", *_files(tmp), *FAST, "--out", tmp / "out", env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0 and done.stdout.isascii() and "+/-" in done.stdout, done.stderr
    return "ok"


def env_c_locale(tmp: Path) -> str:
    done = run_evalkit("score", "--ref", *_files(tmp), lines(tmp / "系統.txt", HYP), *FAST, "--out", tmp / "out",
                       env={"LC_ALL": "C", "LANG": "C"})
    assert done.returncode == 0 and only_diagnostics(done.stderr), done.stderr
    return "ok"


def env_closed_stdout(tmp: Path) -> str:
    proc = start_evalkit("score", "--ref", *_files(tmp), *FAST, "--out", tmp / "out", stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait() == 141 and err == b"", err
    return "ended"


def _stopped_by(tmp: Path, signum: int, code: int, message: str) -> str:
    proc = start_blocked_score("--ref", REFSET, "--lang", "zh-en", lines(tmp / "h.txt", en_lines()), "--out", tmp / "out")
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == code and err == message, err
    assert not (tmp / "out").exists()
    return "ended"


def env_sigterm(tmp: Path) -> str:
    return _stopped_by(tmp, signal.SIGTERM, 143, "evalkit: terminated (SIGTERM); no file was half-written\n")


def env_ctrl_c(tmp: Path) -> str:
    return _stopped_by(tmp, signal.SIGINT, 130, "evalkit: interrupted; no file was half-written\n")


def env_two_runs_on_one_out(tmp: Path) -> str:
    procs = [start_evalkit("score", "--ref", *_files(tmp), *FAST, "--out", tmp / "out", stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE) for _ in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and only_diagnostics(err.decode()), err
    no_staging_left(tmp / "out")
    same_scores_as_plain(tmp / "out")
    return "ok"


def env_fifo_nobody_writes_to(tmp: Path) -> str:
    """Issue 15 item 11: a named FIFO without a writer reads as empty instead of waiting forever."""
    done = run_evalkit("score", "--ref", tmp / "ref.txt", tmp / "fifo.txt", *FAST, "--out", tmp / "out", timeout=60)
    one_line_error(done.returncode, done.stderr, "fifo.txt: file is empty")
    return "error"


ENV_CASES = [env_ascii_terminal, env_c_locale, env_closed_stdout, env_sigterm, env_ctrl_c, env_two_runs_on_one_out,
             env_fifo_nobody_writes_to]
# "ended": stopped from outside (a signal, a reader gone), one line or none, and its own exit code
ENV_OUTCOMES = {"env_ascii_terminal": "ok", "env_c_locale": "ok", "env_closed_stdout": "ended", "env_sigterm": "ended",
                "env_ctrl_c": "ended", "env_two_runs_on_one_out": "ok", "env_fifo_nobody_writes_to": "error"}


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("case", ENV_CASES, ids=[case.__name__ for case in ENV_CASES])
def test_environment_case(case, tmp_path: Path):
    _files(tmp_path)  # every input the cases use, written (again, identically) by the case itself
    lines(tmp_path / "h.txt", en_lines())
    lines(tmp_path / "系統.txt", HYP)
    os.mkfifo(tmp_path / "fifo.txt")
    before = snapshot(tmp_path)
    assert case(tmp_path) == ENV_OUTCOMES[case.__name__]
    assert snapshot(tmp_path, outside=tmp_path / "out") == before


def test_the_suite_counts():
    """How the cases end (the note of issue 11 reports these numbers)."""
    outcomes = Counter(case.outcome for case in CASES)
    outcomes.update("ok" if case.error is None else "error" for case in API_CASES)
    outcomes.update(ENV_OUTCOMES.values())
    total = sum(outcomes.values())
    print(f"\nhostile inputs: {total} cases: {outcomes['ok']} clean results, {outcomes['error']} one-line errors "
          f"(exit 2), {outcomes['ended']} stopped from outside (SIGTERM 143, Ctrl-C 130, closed pipe 141)")
    assert total >= 98
    assert len({case.name for case in CASES} | {case.name for case in API_CASES}) == len(CASES) + len(API_CASES)
    assert outcomes == Counter({"ok": 84 if IS_ROOT else 83, "error": 133 if IS_ROOT else 134, "ended": 3})

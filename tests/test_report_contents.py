"""What the report files contain, checked against the input files and the Python API: every
field of a sample of rows (segments.jsonl, segments.csv, report.html's data), escaping of
every user-controlled string (issue 11, item 12) and empty segments shown (item 20)."""

from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil

import pytest
from markdown_it import MarkdownIt

import evalkit
from evalkit.reports import csv_cell

from conftest import REFSET, ROOT, write_lines

CANDIDATES = ROOT / "candidates" / "natsec-zh-en"
SYSTEMS = ("careful", "literal-mt", "hasty-draft")
METRICS = ("bleu", "chrf", "embed", "embed_src")
HOSTILE = "<img src=x onerror=alert(1)>"
# candidates/natsec-zh-en/README.md: segments left in Chinese (0-based)
UNTRANSLATED = {"careful": set(), "literal-mt": {43, 68}, "hasty-draft": {57}}


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    """The main job's three candidates, scored by the CLI (reports) and by the API (the truth)."""
    from evalkit.cli import run
    from rich.console import Console

    out = tmp_path_factory.mktemp("shipped") / "out"
    hyps = [CANDIDATES / f"{name}.txt" for name in SYSTEMS]
    code = run(["score", "--ref", str(REFSET), "--lang", "zh-en", *map(str, hyps), "--out", str(out),
                "--metrics", ",".join(METRICS), "--resamples", "100"], console=Console(file=io.StringIO()))
    assert code == 0
    api = evalkit.score(hyps, ref=REFSET, lang="zh-en", metrics=list(METRICS))
    return out, api


def _inputs():
    """The input files, read here without evalkit: the reference set's rows and each candidate's lines."""
    refset = [json.loads(line) for line in (REFSET / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    hyps = {name: (CANDIDATES / f"{name}.txt").read_text(encoding="utf-8").split("\n")[:-1] for name in SYSTEMS}
    return refset, hyps


def _sample(n_rows: int) -> list[int]:
    return sorted({0, 1, n_rows - 1} | set(random.Random(11).sample(range(n_rows), 25)))


def test_segments_jsonl_rows_match_the_inputs_field_by_field(shipped):
    out, api = shipped
    rows = [json.loads(line) for line in (out / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    refset, hyps = _inputs()
    n = len(refset)
    assert len(rows) == 3 * n == 237
    for k in _sample(len(rows)):
        system, index = SYSTEMS[k // n], k % n
        expected = {"system": system, "index": index, "id": refset[index]["id"], "src": refset[index]["zh"],
                    "ref": refset[index]["en"], "hyp": hyps[system][index],
                    "untranslated": index in UNTRANSLATED[system]}
        expected.update({m: round(api.system(system).segments[m][index], 4) for m in METRICS})
        assert rows[k] == expected, k


def test_segments_csv_rows_match_the_inputs_field_by_field(shipped):
    out, api = shipped
    with open(out / "segments.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    refset, hyps = _inputs()
    n = len(refset)
    assert len(rows) == 3 * n
    for k in _sample(len(rows)):
        system, index = SYSTEMS[k // n], k % n
        expected = {"system": system, "index": str(index), "id": refset[index]["id"], "src": refset[index]["zh"],
                    "ref": refset[index]["en"], "hyp": csv_cell(hyps[system][index]),
                    "untranslated": str(index in UNTRANSLATED[system])}
        expected.update({m: str(round(api.system(system).segments[m][index], 4)) for m in METRICS})
        assert rows[k] == expected, k


def _html_data(path) -> dict:
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S).group(1))


def test_report_html_data_matches_the_inputs(shipped):
    out, api = shipped
    data = _html_data(out / "report.html")
    refset, hyps = _inputs()
    assert data["systems"] == list(SYSTEMS)
    assert data["ids"] == [row["id"] for row in refset]
    assert data["src"] == [row["zh"] for row in refset]
    assert data["ref"] == [row["en"] for row in refset]
    assert data["paragraphs"] == [row["paragraph"] for row in refset]
    assert data["hyp"] == [hyps[name] for name in SYSTEMS]
    for metric in METRICS:
        assert data["scores"][metric] == [[round(v, 2) for v in api.system(name).segments[metric]] for name in SYSTEMS]
    assert {row["system"]: row["empty"] for row in data["leaderboard"]} == {"careful": 0, "literal-mt": 0,
                                                                            "hasty-draft": 2}


def test_summary_json_corpus_scores_are_the_apis(shipped):
    out, api = shipped
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in summary["systems"]] == list(SYSTEMS)
    for system in summary["systems"]:
        assert system["corpus"] == {m: round(api.system(system["name"]).corpus[m], 4) for m in METRICS}
        assert system["n_empty"] == (2 if system["name"] == "hasty-draft" else 0)


# 20. empty candidate segments, shown everywhere --------------------------------------------------

def test_summary_md_counts_empty_segments_and_marks_them(shipped):
    out, _ = shipped
    lines = (out / "summary.md").read_text(encoding="utf-8").splitlines()
    assert next(line for line in lines if line.startswith("| rank |")).endswith("| embed_src ↑ | empty |")
    counts = {match.group(1): line.rsplit("|", 2)[1].strip() for line in lines
              if (match := re.match(r"\| \d+ \| (careful|literal-mt|hasty-draft) \| ", line))}
    assert counts == {"careful": "0", "literal-mt": "0", "hasty-draft": "2"}
    worst = [line for line in lines if line.startswith("| hasty-draft | ")]
    assert worst[:2] == ["| hasty-draft | p06s03 | 0.00 | *(empty)* |", "| hasty-draft | p12s10 | 0.00 | *(empty)* |"]


# 12. every user-controlled string escaped -------------------------------------------------------

@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A system named like markup, ids and candidate text full of Markdown and formulas."""
    from evalkit.cli import run
    from rich.console import Console

    folder = tmp_path_factory.mktemp("hostile")
    ref = write_lines(folder / "ref.txt", ["one two three", "four five six", "seven eight nine"])
    evil = write_lines(folder / f"{HOSTILE}.txt", ["=HYPERLINK(\"http://x\")", "", "*bold* [link](javascript:x) `code` | pipe"])
    plain = write_lines(folder / "plain.txt", ["one two three", "four five", "@SUM(A1:A2)"])
    out = folder / "out"
    code = run(["score", "--ref", str(ref), str(plain), str(evil), "--out", str(out), "--metrics", "bleu,chrf",
                "--resamples", "50"], console=Console(file=io.StringIO()))
    assert code == 0
    return out


def test_summary_md_renders_no_markup_from_the_inputs(hostile):
    markdown = (hostile / "summary.md").read_text(encoding="utf-8")
    assert "<img" not in markdown and "&lt;img src=x onerror=alert(1)&gt;" in markdown
    rendered = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(markdown)
    tags = set(re.findall(r"<([a-z][a-z0-9]*)", rendered))
    assert tags <= {"h1", "p", "table", "thead", "tbody", "tr", "th", "td", "strong", "em", "code", "details",
                    "summary", "ul", "li", "blockquote"}, tags
    assert "<img" not in rendered and "&lt;img src=x onerror=alert(1)&gt;" in rendered  # shown, as text
    assert "<a " not in rendered and "[link](javascript:x)" in rendered  # a link in a candidate stays text
    assert "<em>bold</em>" not in rendered and "*bold*" in rendered
    assert "<code>code</code>" not in rendered and "`code`" in rendered


def test_summary_md_table_cells_keep_their_columns(hostile):
    markdown = (hostile / "summary.md").read_text(encoding="utf-8")
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    tables = re.findall(r"<table>(.*?)</table>", rendered, re.S)
    assert len(tables) == 4  # leaderboard, lengths, worst segments, differences: all still tables
    for table in tables:
        widths = [len(re.findall(r"<t[dh][ >]", row)) for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)]
        assert len(set(widths)) == 1, widths  # a pipe inside a candidate or a name never adds a column


def test_csv_cells_that_a_spreadsheet_would_run_start_with_an_apostrophe(hostile):
    with open(hostile / "segments.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    hyps = {(row["system"], row["index"]): row["hyp"] for row in rows}
    assert hyps[(HOSTILE, "0")] == "'=HYPERLINK(\"http://x\")"
    assert hyps[("plain", "2")] == "'@SUM(A1:A2)"
    assert hyps[("plain", "0")] == "one two three"
    jsonl = [json.loads(line) for line in (hostile / "segments.jsonl").read_text(encoding="utf-8").splitlines()]
    assert jsonl[3]["hyp"] == "=HYPERLINK(\"http://x\")"  # the exact text stays in segments.jsonl
    assert [csv_cell(x) for x in ("-1 apple", "+1", "\tx", "plain", -3.5)] == ["'-1 apple", "'+1", "'\tx", "plain", -3.5]


def test_report_html_carries_the_name_only_as_escaped_data(hostile):
    page = (hostile / "report.html").read_text(encoding="utf-8")
    assert "<img" not in page
    assert _html_data(hostile / "report.html")["systems"] == ["plain", HOSTILE]


def test_report_html_shows_the_name_and_empty_cells_as_text_in_a_browser(hostile):
    chromium = "/usr/bin/chromium"
    if not shutil.which(chromium):
        pytest.skip("Chromium is not installed (.ci/run installs it)")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox"])
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto((hostile / "report.html").as_uri())
        page.wait_for_selector("body[data-ready]", timeout=10_000)
        names = page.locator("#leaderboard tbody tr td:nth-child(2)").all_inner_texts()
        empties = page.locator("#leaderboard tbody tr td:last-child").all_inner_texts()
        empty_cells = page.locator("#segments td.text span.empty").all_inner_texts()
        images = page.locator("img").count()
        browser.close()
    assert sorted(name.replace("baseline", "").strip() for name in names) == sorted(["plain", HOSTILE])
    assert sorted(empties) == ["0", "1"]
    assert empty_cells == ["(empty)"] and images == 0 and errors == []
